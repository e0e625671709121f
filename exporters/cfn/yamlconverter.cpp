#include "yamlconverter.h"

#include <array>
#include <charconv>

namespace Stackyard::Cfn {

namespace {

// Tags whose long form is "Fn::<name>"; Ref and Condition are the two without the prefix.
constexpr std::array<std::string_view, 15> fnTags{
    "GetAtt", "Sub", "Join", "Select", "Split", "If", "Equals", "And", "Or", "Not",
    "FindInMap", "Base64", "Cidr", "GetAZs", "ImportValue"};

bool isFnTag(std::string_view name)
{
    for (std::string_view t : fnTags)
        if (t == name)
            return true;
    return false;
}

bool isInteger(const std::string &s)
{
    std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (i >= s.size() || s.size() - i > 18)
        return false;
    if (s[i] == '0' && s.size() - i > 1) // leading zeros: YAML 1.1 octal; keep the text
        return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

bool isDecimal(const std::string &s)
{
    std::size_t i = (s[0] == '-') ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9')
            digits = true;
        else if (s[i] == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits && dot;
}

} // namespace

void YamlConverter::count(const YAML::Node &node, int depth)
{
    if (++m_nodes > m_limits.maxNodes)
        throw YAML::Exception(node.Mark(), "document expands to more than " + std::to_string(m_limits.maxNodes)
                                               + " values (alias expansion bomb?); refused");
    if (depth > m_limits.maxDepth)
        throw YAML::Exception(node.Mark(), "nesting deeper than " + std::to_string(m_limits.maxDepth)
                                               + " levels; refused");
}

Json YamlConverter::scalarValue(const YAML::Node &node) const
{
    const std::string &s = node.Scalar();
    if (node.Tag() != "?") // quoted ("!") or explicitly tagged: a string
        return s;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return nullptr;
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    if (isInteger(s)) {
        long long v = 0;
        const char *b = s.data() + (s[0] == '+' ? 1 : 0);
        if (std::from_chars(b, s.data() + s.size(), v).ec == std::errc())
            return v;
    }
    // A decimal becomes a number only if it reads back the same ("5.7" yes, "1.10" stays text,
    // as engine versions must).
    if (isDecimal(s)) {
        Json number = std::stod(s);
        if (number.dump() == s)
            return number;
    }
    return s;
}

Json YamlConverter::convertUntagged(const YAML::Node &node, int depth)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return nullptr;
    case YAML::NodeType::Scalar:
        return scalarValue(node);
    case YAML::NodeType::Sequence: {
        Json array = Json::array();
        for (const YAML::Node &item : node)
            array.push_back(convertNode(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        Json object = Json::object();
        for (const auto &entry : node) {
            if (!entry.first.IsScalar())
                throw YAML::Exception(entry.first.Mark(), "mapping key is not a scalar");
            ++m_nodes;
            object[entry.first.Scalar()] = convertNode(entry.second, depth + 1);
        }
        return object;
    }
    }
    return nullptr;
}

Json YamlConverter::convertNode(const YAML::Node &node, int depth)
{
    count(node, depth);
    const std::string &tag = node.Tag();
    if (tag.size() < 2 || tag[0] != '!' || tag[1] == '!')
        return convertUntagged(node, depth);
    const std::string name = tag.substr(1);
    // A tagged scalar is a string argument ("!Ref X", "!GetAZs ''"), never a number or null.
    Json value = node.IsScalar() ? Json(node.Scalar()) : node.IsNull() ? Json("") : convertUntagged(node, depth);
    if (name == "Ref" || name == "Condition")
        return Json{{name, std::move(value)}};
    if (!isFnTag(name))
        throw YAML::Exception(node.Mark(), "unknown tag " + tag);
    if (name == "GetAtt" && value.is_string()) {
        const std::string text = value.get<std::string>();
        const auto dot = text.find('.');
        if (dot == std::string::npos || dot == 0 || dot + 1 == text.size())
            throw YAML::Exception(node.Mark(), "!GetAtt needs Resource.Attribute, got '" + text + "'");
        value = Json::array({text.substr(0, dot), text.substr(dot + 1)});
    }
    return Json{{"Fn::" + name, std::move(value)}};
}

} // namespace Stackyard::Cfn
