#include "yamlwriter.h"

#include <cctype>
#include <cstring>
#include <string_view>

namespace Stackyard {

namespace {

using OJson = nlohmann::ordered_json;

bool isPlainUnsafeWord(std::string_view s)
{
    static constexpr std::string_view words[] = {"true", "false", "yes", "no", "on", "off", "null",
                                                 "y", "n", "~"};
    std::string lower;
    for (char c : s)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view w : words)
        if (lower == w)
            return true;
    return false;
}

/// Anything number-like (ints, floats, 0x1, 1e3, 1_000, 12:30 sexagesimal, .inf) stays a string.
bool looksNumeric(std::string_view s)
{
    if (s == ".inf" || s == "-.inf" || s == ".nan" || s == ".NaN" || s == ".Inf")
        return true;
    bool digit = false;
    for (char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digit = true;
        else if (!std::strchr("+-._:eExXabcdefABCDEFoO", c))
            return false;
    }
    return digit && (std::isdigit(static_cast<unsigned char>(s.front())) || std::strchr("+-.", s.front()));
}

bool needsQuotes(std::string_view s)
{
    if (s.empty() || isPlainUnsafeWord(s) || looksNumeric(s))
        return true;
    if (std::strchr("-?:,[]{}#&*!|>'\"%@` ", s.front()) || s.back() == ' ' || s.back() == ':')
        return true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f)
            return true;
        if ((s[i] == ':' && i + 1 < s.size() && s[i + 1] == ' ') || (s[i] == '#' && i > 0 && s[i - 1] == ' '))
            return true;
    }
    return false;
}

std::string doubleQuoted(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\x";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string yamlQuoted(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return doubleQuoted(s);
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

std::string scalar(const OJson &v)
{
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        return needsQuotes(s) ? yamlQuoted(s) : s;
    }
    return v.dump();
}

/// A literal block suits text with newlines, no tabs/CRs, and at most one trailing newline.
bool literalBlockable(std::string_view s)
{
    if (s.find('\n') == std::string_view::npos || s.find('\r') != std::string_view::npos)
        return false;
    if (s.front() == ' ' || s.front() == '\n' || s.ends_with("\n\n"))
        return false;
    for (char c : s)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f)
            return false;
    return true;
}

std::string pad(int n) { return std::string(std::size_t(n), ' '); }

/// The short-form tag of a one-key intrinsic object, or "" when it has none.
std::string tagOf(const OJson &v)
{
    if (!v.is_object() || v.size() != 1)
        return {};
    const std::string &key = v.begin().key();
    if (key == "Ref")
        return "Ref";
    if (key.rfind("Fn::", 0) == 0 && key.size() > 4)
        return key.substr(4);
    return {};
}

bool isSimple(const OJson &v)
{
    if (v.is_primitive())
        return !(v.is_string() && v.get_ref<const std::string &>().find('\n') != std::string::npos);
    const std::string tag = tagOf(v);
    return !tag.empty() && isSimple(v.begin().value());
}

std::string flow(const OJson &v);

std::string flowItem(const OJson &v)
{
    const std::string tag = tagOf(v);
    if (tag.empty())
        return scalar(v);
    const OJson &inner = v.begin().value();
    if (tag == "GetAtt" && inner.is_array())
        return "!GetAtt " + inner[0].get<std::string>() + "." + inner[1].get<std::string>();
    return "!" + tag + " " + (inner.is_array() ? flow(inner) : scalar(inner));
}

std::string flow(const OJson &list)
{
    std::string out = "[";
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? ", " : "") + flowItem(list[i]);
    return out + "]";
}

bool flowable(const OJson &list)
{
    if (list.empty() || list.size() > 6)
        return false;
    for (const OJson &item : list)
        if (!isSimple(item) || (item.is_object() && item.begin().value().is_array()
                                && !(tagOf(item) == "GetAtt" && item.begin().value().size() == 2)))
            return false;
    return flow(list).size() <= 70;
}

bool isGetAttPair(const OJson &inner)
{
    return inner.is_array() && inner.size() == 2 && inner[0].is_string() && inner[1].is_string();
}

void writeNode(const OJson &v, int indent, std::string &out);

void writeMapEntries(const OJson &map, int keyColumn, bool firstInline, std::string &out)
{
    bool first = true;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!(first && firstInline))
            out += pad(keyColumn);
        first = false;
        out += (needsQuotes(it.key()) ? yamlQuoted(it.key()) : it.key()) + ":";
        writeNode(it.value(), keyColumn, out);
    }
}

void writeListItems(const OJson &list, int dashColumn, std::string &out)
{
    for (const OJson &item : list) {
        out += pad(dashColumn) + "-";
        if (item.is_object() && !item.empty() && tagOf(item).empty()) {
            out += " ";
            writeMapEntries(item, dashColumn + 2, true, out);
        } else {
            writeNode(item, dashColumn, out);
        }
    }
}

/// Writes what follows "key:" or "-" (starting with a space or a newline) and ends the line.
/// Children of a block go two columns right of `indent`.
void writeNode(const OJson &v, int indent, std::string &out)
{
    // A node has at most one tag: an intrinsic directly inside another stays in long form.
    if (const std::string tag = tagOf(v); !tag.empty() && tagOf(v.begin().value()).empty()) {
        const OJson &inner = v.begin().value();
        if (tag == "GetAtt" && isGetAttPair(inner)) {
            out += " !GetAtt " + inner[0].get<std::string>() + "." + inner[1].get<std::string>() + "\n";
            return;
        }
        out += " !" + tag;
        if (inner.is_array() && flowable(inner))
            out += " " + flow(inner) + "\n";
        else
            writeNode(inner, indent, out);
        return;
    }
    if (v.is_object()) {
        if (v.empty()) {
            out += " {}\n";
            return;
        }
        out += "\n";
        writeMapEntries(v, indent + 2, false, out);
    } else if (v.is_array()) {
        if (v.empty()) {
            out += " []\n";
            return;
        }
        out += "\n";
        writeListItems(v, indent + 2, out);
    } else if (v.is_string() && literalBlockable(v.get_ref<const std::string &>())) {
        const auto &s = v.get_ref<const std::string &>();
        out += s.back() == '\n' ? " |\n" : " |-\n";
        std::size_t start = 0;
        while (start < s.size()) {
            std::size_t end = s.find('\n', start);
            if (end == std::string::npos)
                end = s.size();
            const std::string_view line(s.data() + start, end - start);
            out += line.empty() ? std::string() : pad(indent + 2) + std::string(line);
            out += "\n";
            start = end + 1;
        }
    } else {
        out += " " + scalar(v) + "\n";
    }
}

} // namespace

std::string writeCloudFormationYaml(const nlohmann::ordered_json &templ)
{
    std::string out;
    bool first = true;
    for (auto it = templ.begin(); it != templ.end(); ++it) {
        if (!first && (it.value().is_structured() && !it.value().empty()))
            out += "\n";
        first = false;
        out += it.key() + ":";
        writeNode(it.value(), 0, out);
    }
    return out;
}

} // namespace Stackyard
