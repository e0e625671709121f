#include "jsontext.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace Stackyard::Io {

namespace {

/// Forwards SAX events to nlohmann's DOM builder and keeps the first error with its byte offset.
class LocatingBuilder
{
public:
    explicit LocatingBuilder(Json &root) : m_dom(root, false) {}

    bool null() { return m_dom.null(); }
    bool boolean(bool v) { return m_dom.boolean(v); }
    bool number_integer(Json::number_integer_t v) { return m_dom.number_integer(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return m_dom.number_unsigned(v); }
    bool number_float(Json::number_float_t v, const std::string &s) { return m_dom.number_float(v, s); }
    bool string(std::string &v) { return m_dom.string(v); }
    bool binary(Json::binary_t &v) { return m_dom.binary(v); }
    bool start_object(std::size_t n) { return m_dom.start_object(n); }
    bool key(std::string &v) { return m_dom.key(v); }
    bool end_object() { return m_dom.end_object(); }
    bool start_array(std::size_t n) { return m_dom.start_array(n); }
    bool end_array() { return m_dom.end_array(); }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        m_failed = true;
        m_position = position;
        m_message = ex.what();
        return false;
    }

    bool failed() const { return m_failed; }
    std::size_t position() const { return m_position; }
    const std::string &message() const { return m_message; }

private:
    nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    bool m_failed = false;
    std::size_t m_position = 0;
    std::string m_message;
};

/// nlohmann's text without its "[json.exception…] parse error at line L, column C: " prefix.
std::string plainMessage(const std::string &what)
{
    std::string s = what;
    if (auto close = s.find("] "); s.rfind("[json.exception", 0) == 0 && close != std::string::npos)
        s.erase(0, close + 2);
    if (s.rfind("parse error", 0) == 0)
        if (auto colon = s.find(": "); colon != std::string::npos)
            s.erase(0, colon + 2);
    return s;
}

/// Offset of the first bracket that opens level kMaxJsonDepth + 1, or npos.
std::size_t tooDeepAt(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth)
                return i;
        } else if (c == '}' || c == ']') {
            depth = std::max(0, depth - 1);
        }
    }
    return std::string_view::npos;
}

/// Appends a JSON string literal; plain ASCII (the common case) is copied as is, anything else
/// goes through nlohmann's escaping (which also replaces invalid UTF-8).
void writeString(const std::string &s, std::string &out)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x80 || c == '"' || c == '\\') {
            out += Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
            return;
        }
    }
    out += '"';
    out += s;
    out += '"';
}

void writeScalar(const Json &value, std::string &out)
{
    char buffer[24];
    switch (value.type()) {
    case Json::value_t::string: writeString(value.get_ref<const std::string &>(), out); return;
    case Json::value_t::number_integer: {
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.get<std::int64_t>());
        out.append(buffer, end);
        return;
    }
    case Json::value_t::number_unsigned: {
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.get<std::uint64_t>());
        out.append(buffer, end);
        return;
    }
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Json::value_t::null: out += "null"; return;
    default: out += value.dump(-1, ' ', false, Json::error_handler_t::replace); return;
    }
}

void newline(int level, std::string &out)
{
    out += '\n';
    out.append(std::size_t(level), ' ');
}

void writeValue(const Json &value, int indent, std::string &out)
{
    if (value.is_object()) {
        if (value.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            newline(indent + 2, out);
            writeString(it.key(), out);
            out += ": ";
            writeValue(it.value(), indent + 2, out);
        }
        newline(indent, out);
        out += '}';
    } else if (value.is_array()) {
        if (value.empty()) {
            out += "[]";
            return;
        }
        const bool numbers = std::all_of(value.begin(), value.end(), [](const Json &v) { return v.is_number(); });
        out += '[';
        bool first = true;
        for (const auto &element : value) {
            if (!first)
                out += numbers ? ", " : ",";
            first = false;
            if (!numbers)
                newline(indent + 2, out);
            writeValue(element, indent + 2, out);
        }
        if (!numbers)
            newline(indent, out);
        out += ']';
    } else {
        writeScalar(value, out);
    }
}

} // namespace

std::string textLocation(std::string_view text, std::size_t offset, const std::string &fileName)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return fileName + ':' + std::to_string(line) + ':' + std::to_string(offset - lineStart + 1);
}

std::optional<Json> parseJson(std::string_view text, const std::string &fileName, Diagnostics &diagnostics)
{
    if (auto deep = tooDeepAt(text); deep != std::string_view::npos) {
        diagnostics.push_back({Diagnostic::Severity::Error, textLocation(text, deep, fileName), {},
                               "nesting deeper than " + std::to_string(kMaxJsonDepth)
                                   + " levels; refusing to read further"});
        return std::nullopt;
    }
    Json root;
    LocatingBuilder builder(root);
    Json::sax_parse(text.begin(), text.end(), &builder);
    if (!builder.failed())
        return root;
    // nlohmann reports the count of bytes read; the offending byte is the last of them.
    const std::size_t at = builder.position() > 0 ? builder.position() - 1 : 0;
    std::string message = plainMessage(builder.message());
    if (builder.position() >= text.size() && message.find("expected end of input") == std::string::npos)
        message = "the file ends too early (truncated?): " + message;
    diagnostics.push_back({Diagnostic::Severity::Error, textLocation(text, at, fileName), {}, message});
    return std::nullopt;
}

std::string canonicalJson(const Json &value)
{
    std::string out;
    writeValue(value, 0, out);
    return out;
}

void appendJsonString(const std::string &text, std::string &out)
{
    writeString(text, out);
}

void appendCanonicalJson(const Json &value, int indent, std::string &out)
{
    writeValue(value, indent, out);
}

std::string pointerToken(std::string_view key)
{
    std::string s;
    s.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            s += "~0";
        else if (c == '/')
            s += "~1";
        else
            s += c;
    }
    return s;
}

} // namespace Stackyard::Io
