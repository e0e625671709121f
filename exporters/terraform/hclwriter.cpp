#include "hclwriter.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace Stackyard {

namespace {

constexpr char kExpr = '\x01';
constexpr char kTemplate = '\x02';

void pad(int n, std::string &out) { out.append(std::size_t(n), ' '); }

void appendQuoted(std::string_view s, bool interpolate, std::string &out)
{
    out += '"';
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
    out += '"';
}

bool isIdentifier(std::string_view s)
{
    // ASCII, as std::isalnum in the "C" locale, without a library call per character.
    if (s.empty() || (s.front() >= '0' && s.front() <= '9'))
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) && c != '_' && c != '-')
            return false;
    return true;
}

void appendKey(std::string_view k, std::string &out)
{
    if (isIdentifier(k))
        out += k;
    else
        appendQuoted(k, false, out);
}

/// The width of a key as written (quoted and escaped when it is no identifier).
std::size_t keyWidth(std::string_view k)
{
    if (isIdentifier(k))
        return k.size();
    std::string quoted;
    appendQuoted(k, false, quoted);
    return quoted.size();
}

void appendValue(const OJson &v, int indent, std::string &out);

bool isSingleLine(const OJson &v)
{
    if (v.is_object())
        return v.empty();
    if (v.is_array()) {
        for (const OJson &item : v)
            if (!item.is_primitive())
                return false;
        // Primitives only: the inline form, unless it is too long.
        thread_local std::string scratch;
        scratch.clear();
        appendValue(v, 0, scratch);
        return scratch.size() <= 80;
    }
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        return !(s.size() > 0 && s[0] == kExpr && s.find('\n') != std::string::npos);
    }
    return true;
}

using Group = std::vector<std::pair<std::string_view, const OJson *>>;

/// terraform fmt aligns "=" across consecutive single-line arguments; anything else ends a group.
void flush(Group &group, int indent, std::string &out)
{
    std::size_t width = 0;
    for (const auto &[k, v] : group)
        width = std::max(width, keyWidth(k));
    for (const auto &[k, v] : group) {
        pad(indent, out);
        const std::size_t start = out.size();
        appendKey(k, out);
        out.append(width - (out.size() - start), ' ');
        out += " = ";
        appendValue(*v, indent, out);
        out += '\n';
    }
    group.clear();
}

void appendBlock(std::string_view name, const OJson &block, int indent, std::string &out);

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
            const std::string_view blockName = std::string_view(name).substr(1);
            auto one = [&](const OJson &block) {
                if (!first)
                    out += '\n';
                appendBlock(blockName, block, indent, out);
                first = false;
            };
            if (it.value().is_array())
                for (const OJson &block : it.value())
                    one(block);
            else
                one(it.value());
            lastWasBig = true;
        } else if (isSingleLine(it.value())) {
            if (lastWasBig)
                out += '\n';
            group.emplace_back(name, &it.value());
            first = false;
            lastWasBig = false;
        } else {
            flush(group, indent, out);
            if (!first)
                out += '\n';
            pad(indent, out);
            appendKey(name, out);
            out += " = ";
            appendValue(it.value(), indent, out);
            out += '\n';
            first = false;
            lastWasBig = true;
        }
    }
    flush(group, indent, out);
}

void appendBlock(std::string_view name, const OJson &block, int indent, std::string &out)
{
    pad(indent, out);
    out += name;
    if (block.empty()) {
        out += " {}\n";
        return;
    }
    out += " {\n";
    writeBody(block, indent + 2, out);
    pad(indent, out);
    out += "}\n";
}

void appendValue(const OJson &v, int indent, std::string &out)
{
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        if (!s.empty() && s[0] == kExpr)
            out.append(s, 1, std::string::npos);
        else if (!s.empty() && s[0] == kTemplate)
            appendQuoted(std::string_view(s).substr(1), true, out);
        else
            appendQuoted(s, false, out);
        return;
    }
    if (v.is_null()) {
        out += "null";
        return;
    }
    if (v.is_primitive()) {
        out += v.dump();
        return;
    }
    if (v.is_array()) {
        if (v.empty()) {
            out += "[]";
            return;
        }
        bool simple = true;
        for (const OJson &item : v)
            simple = simple && item.is_primitive();
        if (simple) {
            // Inline when it fits in 80 columns.
            const std::size_t mark = out.size();
            out += '[';
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i)
                    out += ", ";
                appendValue(v[i], indent, out);
            }
            out += ']';
            if (out.size() - mark <= 80)
                return;
            out.resize(mark);
        }
        out += "[\n";
        for (const OJson &item : v) {
            pad(indent + 2, out);
            appendValue(item, indent + 2, out);
            out += ",\n";
        }
        pad(indent, out);
        out += ']';
        return;
    }
    if (v.empty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    Group group;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (isSingleLine(it.value())) {
            group.emplace_back(it.key(), &it.value());
            continue;
        }
        flush(group, indent + 2, out);
        pad(indent + 2, out);
        appendKey(it.key(), out);
        out += " = ";
        appendValue(it.value(), indent + 2, out);
        out += '\n';
    }
    flush(group, indent + 2, out);
    pad(indent, out);
    out += '}';
}

} // namespace

std::string hclExpr(std::string_view expression) { return kExpr + std::string(expression); }
std::string hclTemplate(std::string_view text) { return kTemplate + std::string(text); }

std::string writeHclValue(const OJson &v, int indent)
{
    std::string out;
    appendValue(v, indent, out);
    return out;
}

std::string writeHclBlock(std::string_view type, std::initializer_list<std::string_view> labels, const HclBody &body)
{
    std::string out(type);
    for (std::string_view l : labels) {
        out += ' ';
        appendQuoted(l, false, out);
    }
    out += " {\n";
    writeBody(body, 2, out);
    out += "}\n";
    return out;
}

} // namespace Stackyard
