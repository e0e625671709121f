// The reference reader (see treereader.h): the reader as it was before the event builder.
// YAML: yaml-cpp's node tree, then conversion to JSON. JSON: nlohmann's parser with a callback,
// then a text search for each logical ID. Copied from the earlier sources, unchanged.
#include "treereader.h"

#include <yaml-cpp/yaml.h>

#include <array>
#include <cctype>
#include <charconv>
#include <stdexcept>

namespace Stackyard::Testing {

using Cfn::location;
using Cfn::looksLikeJson;
using Cfn::ParsedTemplate;
using Cfn::ReaderLimits;

namespace {

class TreeConverter
{
public:
    explicit TreeConverter(const ReaderLimits &limits) : m_limits(limits) {}

    Json convert(const YAML::Node &node) { return convertNode(node, 0); }

private:
    Json convertNode(const YAML::Node &node, int depth);
    Json convertUntagged(const YAML::Node &node, int depth);
    Json scalarValue(const YAML::Node &node) const;
    void count(const YAML::Node &node, int depth);

    const ReaderLimits &m_limits;
    std::size_t m_nodes = 0;
};

} // namespace

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

void TreeConverter::count(const YAML::Node &node, int depth)
{
    if (++m_nodes > m_limits.maxNodes)
        throw YAML::Exception(node.Mark(), "document expands to more than " + std::to_string(m_limits.maxNodes)
                                               + " values (alias expansion bomb?); refused");
    if (depth > m_limits.maxDepth)
        throw YAML::Exception(node.Mark(), "nesting deeper than " + std::to_string(m_limits.maxDepth)
                                               + " levels; refused");
}

Json TreeConverter::scalarValue(const YAML::Node &node) const
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

Json TreeConverter::convertUntagged(const YAML::Node &node, int depth)
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

Json TreeConverter::convertNode(const YAML::Node &node, int depth)
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


namespace {


std::string_view withoutBom(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text;
}

void fail(Diagnostics &diagnostics, std::string where, std::string message)
{
    diagnostics.push_back({Diagnostic::Severity::Error, std::move(where), {}, std::move(message)});
}

// 1-based line and column of a byte offset.
std::pair<int, int> lineColumn(std::string_view text, std::size_t offset)
{
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

struct LimitExceeded : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// JSON has no marks per value: find each logical ID's key after "Resources" in the text.
void locateJsonResources(std::string_view text, ParsedTemplate &parsed)
{
    const auto resources = parsed.root.find("Resources");
    const std::size_t start = text.find("\"Resources\"");
    if (resources == parsed.root.end() || !resources->is_object() || start == std::string_view::npos)
        return;
    for (const auto &[id, value] : resources->items()) {
        const std::string quoted = '"' + id + '"';
        for (std::size_t pos = text.find(quoted, start); pos != std::string_view::npos;
             pos = text.find(quoted, pos + 1)) {
            std::size_t after = pos + quoted.size();
            while (after < text.size() && std::isspace(static_cast<unsigned char>(text[after])))
                ++after;
            if (after < text.size() && text[after] == ':') {
                parsed.resourceLines[id] = lineColumn(text, pos).first;
                break;
            }
        }
    }
}

std::optional<ParsedTemplate> readJson(std::string_view text, const std::string &fileName,
                                       Diagnostics &diagnostics, const ReaderLimits &limits)
{
    std::size_t nodes = 0;
    std::size_t lastOffset = 0;
    auto callback = [&](int depth, Json::parse_event_t, Json &) {
        if (++nodes > limits.maxNodes)
            throw LimitExceeded("document has more than " + std::to_string(limits.maxNodes) + " values; refused");
        if (depth > limits.maxDepth)
            throw LimitExceeded("nesting deeper than " + std::to_string(limits.maxDepth) + " levels; refused");
        return true;
    };
    ParsedTemplate parsed;
    parsed.isJson = true;
    try {
        parsed.root = Json::parse(text.begin(), text.end(), callback);
    } catch (const Json::parse_error &e) {
        lastOffset = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, column] = lineColumn(text, lastOffset);
        std::string message = e.what();
        const auto colon = message.find("]: ");
        fail(diagnostics, location(fileName, line, column),
             colon == std::string::npos ? message : message.substr(colon + 3));
        return std::nullopt;
    } catch (const LimitExceeded &e) {
        fail(diagnostics, location(fileName, 1, 1), e.what());
        return std::nullopt;
    }
    locateJsonResources(text, parsed);
    return parsed;
}

std::optional<ParsedTemplate> readYaml(std::string_view text, const std::string &fileName,
                                       Diagnostics &diagnostics, const ReaderLimits &limits)
{
    ParsedTemplate parsed;
    try {
        // Aliases share nodes in yaml-cpp's tree, so loading is bounded by the text; the expansion
        // is bounded by the converter's node count.
        const YAML::Node root = YAML::Load(std::string(text));
        TreeConverter converter(limits);
        parsed.root = converter.convert(root);
        if (root.IsMap()) {
            const YAML::Node resources = root["Resources"];
            if (resources && resources.IsMap())
                for (const auto &entry : resources)
                    parsed.resourceLines[entry.first.Scalar()] = entry.first.Mark().line + 1;
        }
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 1 : e.mark.column + 1;
        fail(diagnostics, location(fileName, line, column), e.msg);
        return std::nullopt;
    }
    return parsed;
}

} // namespace

std::optional<ParsedTemplate> readTemplateBefore(std::string_view text, const std::string &fileName,
                                           Diagnostics &diagnostics, const ReaderLimits &limits)
{
    if (text.size() > limits.maxBytes) {
        fail(diagnostics, location(fileName, 1, 1),
             "input is " + std::to_string(text.size()) + " bytes, more than the limit of "
                 + std::to_string(limits.maxBytes) + "; refused");
        return std::nullopt;
    }
    text = withoutBom(text);
    auto parsed = looksLikeJson(text) ? readJson(text, fileName, diagnostics, limits)
                                      : readYaml(text, fileName, diagnostics, limits);
    if (parsed && !parsed->root.is_object()) {
        fail(diagnostics, location(fileName, 1, 1), "not a CloudFormation template: the document is not a mapping");
        return std::nullopt;
    }
    return parsed;
}


} // namespace Stackyard::Testing
