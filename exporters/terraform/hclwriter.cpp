#include "hclwriter.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace Stackyard {

namespace {

using OJson = nlohmann::ordered_json;

constexpr char kExpr = '\x01';
constexpr char kTemplate = '\x02';

std::string pad(int n) { return std::string(std::size_t(n), ' '); }

std::string quote(std::string_view s, bool interpolate)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (!interpolate && (c == '$' || c == '%') && i + 1 < s.size() && s[i + 1] == '{')
                out += c; // "$${" and "%%{" are literal
            out += c;
        }
    }
    return out + "\"";
}

bool isIdentifier(std::string_view s)
{
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s.front())))
        return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-')
            return false;
    return true;
}

std::string key(std::string_view k) { return isIdentifier(k) ? std::string(k) : quote(k, false); }

bool isSingleLine(const OJson &v)
{
    if (v.is_object())
        return v.empty();
    if (v.is_array()) {
        for (const OJson &item : v)
            if (!item.is_primitive())
                return false;
        return writeHclValue(v, 0).size() <= 80;
    }
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        return !(s.size() > 0 && s[0] == kExpr && s.find('\n') != std::string::npos);
    }
    return true;
}

using Group = std::vector<std::pair<std::string, const OJson *>>;

/// terraform fmt aligns "=" across consecutive single-line arguments; anything else ends a group.
void flush(Group &group, int indent, std::string &out)
{
    std::size_t width = 0;
    for (const auto &[k, v] : group)
        width = std::max(width, k.size());
    for (const auto &[k, v] : group)
        out += pad(indent) + k + std::string(width - k.size(), ' ') + " = " + writeHclValue(*v, indent) + "\n";
    group.clear();
}

/// Arguments and blocks of a body at `indent`; blocks and multi-line arguments get a blank line
/// before and after them.
void writeBody(const OJson &body, int indent, std::string &out)
{
    Group group;
    bool first = true;
    bool lastWasBig = false;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const std::string &name = it.key();
        if (!name.empty() && name[0] == '+') {
            flush(group, indent, out);
            const OJson blocks = it.value().is_array() ? it.value() : OJson::array({it.value()});
            for (const OJson &block : blocks) {
                if (!first)
                    out += "\n";
                if (block.empty()) {
                    out += pad(indent) + name.substr(1) + " {}\n";
                } else {
                    out += pad(indent) + name.substr(1) + " {\n";
                    writeBody(block, indent + 2, out);
                    out += pad(indent) + "}\n";
                }
                first = false;
            }
            lastWasBig = true;
        } else if (isSingleLine(it.value())) {
            if (lastWasBig)
                out += "\n";
            group.emplace_back(key(name), &it.value());
            first = false;
            lastWasBig = false;
        } else {
            flush(group, indent, out);
            if (!first)
                out += "\n";
            out += pad(indent) + key(name) + " = " + writeHclValue(it.value(), indent) + "\n";
            first = false;
            lastWasBig = true;
        }
    }
    flush(group, indent, out);
}

} // namespace

std::string hclExpr(std::string_view expression) { return kExpr + std::string(expression); }
std::string hclTemplate(std::string_view text) { return kTemplate + std::string(text); }

std::string writeHclValue(const OJson &v, int indent)
{
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        if (!s.empty() && s[0] == kExpr)
            return s.substr(1);
        if (!s.empty() && s[0] == kTemplate)
            return quote(std::string_view(s).substr(1), true);
        return quote(s, false);
    }
    if (v.is_null())
        return "null";
    if (v.is_primitive())
        return v.dump();
    if (v.is_array()) {
        if (v.empty())
            return "[]";
        bool simple = true;
        for (const OJson &item : v)
            simple = simple && item.is_primitive();
        std::string inlineText = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            inlineText += (i ? ", " : "") + writeHclValue(v[i], indent);
        inlineText += "]";
        if (simple && inlineText.size() <= 80)
            return inlineText;
        std::string out = "[\n";
        for (const OJson &item : v)
            out += pad(indent + 2) + writeHclValue(item, indent + 2) + ",\n";
        return out + pad(indent) + "]";
    }
    if (v.empty())
        return "{}";
    std::string out = "{\n";
    Group group;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (isSingleLine(it.value())) {
            group.emplace_back(key(it.key()), &it.value());
            continue;
        }
        flush(group, indent + 2, out);
        out += pad(indent + 2) + key(it.key()) + " = " + writeHclValue(it.value(), indent + 2) + "\n";
    }
    flush(group, indent + 2, out);
    return out + pad(indent) + "}";
}

std::string writeHclBlock(std::string_view type, std::initializer_list<std::string_view> labels, const HclBody &body)
{
    std::string out(type);
    for (std::string_view l : labels)
        out += " " + quote(l, false);
    out += " {\n";
    std::string inner;
    writeBody(body, 2, inner);
    return out + inner + "}\n";
}

} // namespace Stackyard
