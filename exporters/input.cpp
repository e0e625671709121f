#include "input.h"

#include "model/core/io/designio.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace Stackyard {

InputResult loadInput(const std::string &path, const ImportOptions &options)
{
    InputResult result;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.diagnostics.push_back({Diagnostic::Severity::Error, path, {}, "cannot open the file"});
        return result;
    }
    // Refuse before reading it all: the limit exists to keep memory bounded.
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg()));
    in.seekg(0, std::ios::beg);
    if (size > options.limits.maxBytes) {
        result.diagnostics.push_back({Diagnostic::Severity::Error, path + ":1:1", {},
                                      "input is " + std::to_string(size) + " bytes, more than the limit of "
                                          + std::to_string(options.limits.maxBytes) + "; refused"});
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    if (looksLikeDesign(text)) {
        LoadResult loaded = loadDesign(text, path);
        result.file = std::move(loaded.file);
        result.diagnostics = std::move(loaded.diagnostics);
        return result;
    }
    ImportResult imported = importCloudFormation(text, path, options);
    result.isTemplate = true;
    result.file = std::move(imported.file);
    result.diagnostics = std::move(imported.diagnostics);
    return result;
}

} // namespace Stackyard
