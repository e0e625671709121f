#include "input.h"

#include "model/core/io/designio.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace Stackyard {

namespace {

/// How much of an oversized file is read to see whether it is JSON (a design may be) or not.
constexpr std::size_t kSniffBytes = 4 * 1024;

} // namespace

InputResult loadInput(const std::string &path, const ImportOptions &options)
{
    InputResult result;
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const std::string reason = errno != 0 ? std::strerror(errno) : "unreadable";
        result.diagnostics.push_back({Diagnostic::Severity::Error, path, {}, "cannot open the file: " + reason});
        return result;
    }
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg()));
    in.seekg(0, std::ios::beg);

    // The byte limit guards the template reader (YAML aliases, untrusted input); designs are our
    // own JSON format with its own checks and may be larger (a 50,000-resource design is ~50 MB).
    // An oversized file that is not JSON cannot be a design: refuse it before reading it all, to
    // keep memory bounded. (An oversized JSON template is refused by the template reader.)
    if (size > options.limits.maxBytes) {
        std::string head(std::min(size, kSniffBytes), '\0');
        in.read(head.data(), std::streamsize(head.size()));
        const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        if (first == std::string::npos || head[first] != '{') {
            result.diagnostics.push_back({Diagnostic::Severity::Error, path + ":1:1", {},
                                          "input is " + std::to_string(size) + " bytes, more than the limit of "
                                              + std::to_string(options.limits.maxBytes) + "; refused"});
            return result;
        }
        in.seekg(0, std::ios::beg);
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    // A design, or JSON that is neither a design nor a template (a damaged design, most likely):
    // the design loader names the line and column of a JSON error.
    const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool jsonObject = first != std::string::npos && text[first] == '{';
    if (looksLikeDesign(text) || (jsonObject && !looksLikeCloudFormation(text))) {
        LoadResult loaded = loadDesign(text, path);
        result.file = std::move(loaded.file);
        result.diagnostics = std::move(loaded.diagnostics);
        result.formatVersion = loaded.formatVersion;
        return result;
    }
    ImportResult imported = importCloudFormation(text, path, options);
    result.isTemplate = true;
    result.file = std::move(imported.file);
    result.diagnostics = std::move(imported.diagnostics);
    return result;
}

} // namespace Stackyard
