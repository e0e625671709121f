#include "yamlwriter.h"

#include <cctype>
#include <cstring>
#include <string_view>

namespace Stackyard {

namespace {

bool isPlainUnsafeWord(std::string_view s)
{
    static constexpr std::string_view words[] = {"true", "false", "yes", "no", "on", "off", "null",
                                                 "y", "n", "~"};
    if (s.size() > 5)
        return false;
    // Case-insensitive (ASCII, as std::tolower in the "C" locale) without building a copy.
    for (std::string_view w : words) {
        if (w.size() != s.size())
            continue;
        std::size_t i = 0;
        while (i < s.size() && (s[i] >= 'A' && s[i] <= 'Z' ? char(s[i] - 'A' + 'a') : s[i]) == w[i])
            ++i;
        if (i == s.size())
            return true;
    }
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

void appendDoubleQuoted(std::string_view s, std::string &out)
{
    out += '"';
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
    out += '"';
}

void appendYamlQuoted(std::string_view s, std::string &out)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            appendDoubleQuoted(s, out);
            return;
        }
    out += '\'';
    for (char c : s) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    out += '\'';
}

/// A string as written: plain when YAML reads it back as that string, else quoted.
void appendText(std::string_view s, std::string &out)
{
    if (needsQuotes(s))
        appendYamlQuoted(s, out);
    else
        out += s;
}

void appendScalar(const OJson &v, std::string &out)
{
    if (v.is_string())
        appendText(v.get_ref<const std::string &>(), out);
    else
        out += v.dump();
}

/// A string value as it is (what get<std::string>() would give, and throw for a non-string).
void appendString(const OJson &v, std::string &out)
{
    if (v.is_string())
        out += v.get_ref<const std::string &>();
    else
        out += v.get<std::string>();
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

void pad(int n, std::string &out) { out.append(std::size_t(n), ' '); }

/// The short-form tag of a one-key intrinsic object, or "" when it has none (a view of the key).
std::string_view tagOf(const OJson &v)
{
    if (!v.is_object() || v.size() != 1)
        return {};
    const std::string &key = v.begin().key();
    if (key == "Ref")
        return key;
    if (key.size() > 4 && key.compare(0, 4, "Fn::") == 0)
        return std::string_view(key).substr(4);
    return {};
}

bool isSimple(const OJson &v)
{
    if (v.is_primitive())
        return !(v.is_string() && v.get_ref<const std::string &>().find('\n') != std::string::npos);
    return !tagOf(v).empty() && isSimple(v.begin().value());
}

void appendFlow(const OJson &list, std::string &out);

void appendFlowItem(const OJson &v, std::string &out)
{
    const std::string_view tag = tagOf(v);
    if (tag.empty()) {
        appendScalar(v, out);
        return;
    }
    const OJson &inner = v.begin().value();
    if (tag == "GetAtt" && inner.is_array()) {
        out += "!GetAtt ";
        appendString(inner[0], out);
        out += '.';
        appendString(inner[1], out);
        return;
    }
    out += '!';
    out += tag;
    out += ' ';
    if (inner.is_array())
        appendFlow(inner, out);
    else
        appendScalar(inner, out);
}

void appendFlow(const OJson &list, std::string &out)
{
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i)
            out += ", ";
        appendFlowItem(list[i], out);
    }
    out += ']';
}

/// A list short and simple enough for one line in flow style ([a, !Ref B]); whether it fits in
/// 70 columns is checked on the written text.
bool flowableShape(const OJson &list)
{
    if (list.empty() || list.size() > 6)
        return false;
    for (const OJson &item : list)
        if (!isSimple(item) || (item.is_object() && item.begin().value().is_array()
                                && !(tagOf(item) == "GetAtt" && item.begin().value().size() == 2)))
            return false;
    return true;
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
            pad(keyColumn, out);
        first = false;
        appendText(it.key(), out);
        out += ':';
        writeNode(it.value(), keyColumn, out);
    }
}

void writeListItems(const OJson &list, int dashColumn, std::string &out)
{
    for (const OJson &item : list) {
        pad(dashColumn, out);
        out += '-';
        if (item.is_object() && !item.empty() && tagOf(item).empty()) {
            out += ' ';
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
    if (const std::string_view tag = tagOf(v); !tag.empty() && tagOf(v.begin().value()).empty()) {
        const OJson &inner = v.begin().value();
        if (tag == "GetAtt" && isGetAttPair(inner)) {
            out += " !GetAtt ";
            out += inner[0].get_ref<const std::string &>();
            out += '.';
            out += inner[1].get_ref<const std::string &>();
            out += '\n';
            return;
        }
        out += " !";
        out += tag;
        if (inner.is_array() && flowableShape(inner)) {
            const std::size_t mark = out.size();
            out += ' ';
            appendFlow(inner, out);
            if (out.size() - mark - 1 <= 70) {
                out += '\n';
                return;
            }
            out.resize(mark); // too long for one line: block style
        }
        writeNode(inner, indent, out);
        return;
    }
    if (v.is_object()) {
        if (v.empty()) {
            out += " {}\n";
            return;
        }
        out += '\n';
        writeMapEntries(v, indent + 2, false, out);
    } else if (v.is_array()) {
        if (v.empty()) {
            out += " []\n";
            return;
        }
        out += '\n';
        writeListItems(v, indent + 2, out);
    } else if (v.is_string() && literalBlockable(v.get_ref<const std::string &>())) {
        const auto &s = v.get_ref<const std::string &>();
        out += s.back() == '\n' ? " |\n" : " |-\n";
        std::size_t start = 0;
        while (start < s.size()) {
            std::size_t end = s.find('\n', start);
            if (end == std::string::npos)
                end = s.size();
            if (end > start) {
                pad(indent + 2, out);
                out.append(s, start, end - start);
            }
            out += '\n';
            start = end + 1;
        }
    } else {
        out += ' ';
        appendScalar(v, out);
        out += '\n';
    }
}

} // namespace

std::size_t cfnTextReserve(const OJson &templ, std::size_t perResource)
{
    const auto resources = templ.find("Resources");
    return 4096 + (resources != templ.end() && resources->is_object() ? perResource * resources->size() : 0);
}

std::string writeCloudFormationYaml(const OJson &templ)
{
    std::string out;
    out.reserve(cfnTextReserve(templ, 1024));
    bool first = true;
    for (auto it = templ.begin(); it != templ.end(); ++it) {
        if (!first && (it.value().is_structured() && !it.value().empty()))
            out += "\n";
        first = false;
        out += it.key();
        out += ':';
        writeNode(it.value(), 0, out);
    }
    return out;
}

} // namespace Stackyard
