#include "designio.h"

#include "designreader.h"
#include "canonicalwriter.h"
#include "jsontext.h"
#include "migrations.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace Stackyard {

namespace {

/// Reads formatVersion; refuses newer formats and migrates older ones. False on error.
bool checkFormatVersion(Json &root, Io::DiagnosticSink &sink, int &fileVersion)
{
    auto it = root.find("formatVersion");
    if (it == root.end()) {
        sink.error("", "missing \"formatVersion\": not a Stackyard design");
        return false;
    }
    if (!it->is_number_integer()) {
        sink.error("/formatVersion", "expected an integer format version, found " + it->dump());
        return false;
    }
    const long long version = it->get<long long>();
    fileVersion = int(std::clamp<long long>(version, -1, 1 << 30));
    if (version > kFormatVersion) {
        sink.error("/formatVersion", "written by a newer Stackyard (format " + std::to_string(version)
                                         + "); this build reads up to " + std::to_string(kFormatVersion));
        return false;
    }
    if (version < 0) {
        sink.error("/formatVersion", "invalid format version " + std::to_string(version));
        return false;
    }
    if (version == kFormatVersion)
        return true;
    const int before = sink.errorCount();
    return Io::migrateToCurrent(root, int(version), sink) && sink.errorCount() == before;
}

} // namespace

LoadResult loadDesign(std::string_view text, const std::string &fileName)
{
    LoadResult result;
    // A UTF-8 byte order mark is tolerated (some editors add one); it is not saved back.
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.diagnostics.push_back({Diagnostic::Severity::Error, fileName + ":1:1", {}, "the file is empty"});
        return result;
    }
    std::optional<Json> root = Io::parseJson(text, fileName, result.diagnostics);
    if (!root)
        return result;
    Io::DiagnosticSink sink(fileName, result.diagnostics);
    if (!root->is_object()) {
        sink.error("", "expected a JSON object at the top level, found " + Io::jsonTypeName(*root));
        return result;
    }
    if (!checkFormatVersion(*root, sink, result.formatVersion))
        return result;
    Io::PointerIndex index;
    std::optional<DesignFile> file = Io::readDesignJson(*root, sink, index);
    if (!file)
        return result;
    Io::checkDesign(*file, index, sink);
    if (sink.errorCount() == 0)
        result.file = std::move(file);
    return result;
}

LoadResult loadDesignFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        LoadResult result;
        result.diagnostics.push_back({Diagnostic::Severity::Error, path, {},
                                      std::string("cannot open the file: ") + std::strerror(errno)});
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return loadDesign(buffer.str(), path);
}

std::string saveDesign(const DesignFile &file)
{
    std::string text;
    text.reserve(1024 + 1200 * file.design.resources.size());
    Io::writeCanonicalDesign(file, text);
    text += '\n';
    return text;
}

bool looksLikeDesign(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || text[start] != '{')
        return false;
    int depth = 0;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t open = i;
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\')
                    ++i;
            if (depth != 1)
                continue;
            const std::string_view key = text.substr(open + 1, i - open - 1);
            std::size_t next = text.find_first_not_of(" \t\r\n", i + 1);
            if (next != std::string_view::npos && text[next] == ':'
                && (key == "formatVersion" || key == "resources"))
                return true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                return false;
        }
    }
    return false;
}

} // namespace Stackyard
