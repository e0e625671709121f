#include "yamlconverter.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <istream>
#include <streambuf>

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

// A local tag ("!Ref"); "?" (plain), "!" (quoted) and "!!…"/"tag:…" are not short forms.
bool isShortFormTag(const std::string &tag)
{
    return tag.size() >= 2 && tag[0] == '!' && tag[1] != '!';
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

// Reads the caller's text in place (YAML::Load copied it into a stringstream first).
class ViewBuffer : public std::streambuf
{
public:
    explicit ViewBuffer(std::string_view text)
    {
        char *begin = const_cast<char *>(text.data()); // never written: get area only
        setg(begin, begin, begin + text.size());
    }
};

Json singleMember(std::string key, Json value)
{
    Json object = Json::object();
    object.get_ref<Json::object_t &>().emplace(std::move(key), std::move(value));
    return object;
}

} // namespace

Json yamlScalarValue(const std::string &s, bool plain)
{
    if (!plain) // quoted ("!") or explicitly tagged: a string
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

Json YamlBuilder::build(std::string_view text, const ReaderLimits &limits, std::map<std::string, int> &resourceLines)
{
    ViewBuffer buffer(text);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    YamlBuilder builder(limits);
    parser.HandleNextDocument(builder); // the first document only, as YAML::Load
    Json root = builder.finish();
    resourceLines = std::move(builder.m_resourceLines);
    return root;
}

Json YamlBuilder::finish()
{
    if (m_error)
        throw YAML::Exception(m_error->first, m_error->second);
    return std::move(m_root);
}

void YamlBuilder::fail(const YAML::Mark &mark, std::string message)
{
    if (!m_error)
        m_error.emplace(mark, std::move(message));
}

bool YamlBuilder::count(const YAML::Mark &mark, std::size_t nodes, int height)
{
    m_nodes += nodes;
    if (m_nodes > m_limits.maxNodes) {
        fail(mark, "document expands to more than " + std::to_string(m_limits.maxNodes)
                       + " values (alias expansion bomb?); refused");
        return false;
    }
    if (static_cast<long long>(m_stack.size()) + height > m_limits.maxDepth) {
        fail(mark, "nesting deeper than " + std::to_string(m_limits.maxDepth) + " levels; refused");
        return false;
    }
    return true;
}

void YamlBuilder::takeKey(const YAML::Mark &mark, std::string key)
{
    Frame &map = m_stack.back();
    ++m_nodes; // keys count as values, as they did when converted from the node tree
    if (map.recordsResourceLines)
        m_resourceLines[key] = mark.line + 1;
    map.key = std::move(key);
    map.haveKey = true;
}

void YamlBuilder::deliver(Json value, int height)
{
    if (m_stack.empty()) {
        m_root = std::move(value);
        return;
    }
    Frame &parent = m_stack.back();
    parent.height = std::max(parent.height, height + 1);
    if (parent.value.is_array()) {
        parent.value.get_ref<Json::array_t &>().push_back(std::move(value));
        return;
    }
    // A repeated key keeps its last value.
    parent.value.get_ref<Json::object_t &>().insert_or_assign(std::move(parent.key), std::move(value));
    parent.key.clear();
    parent.haveKey = false;
}

Json YamlBuilder::applyTag(const std::string &tag, Json value, const YAML::Mark &mark)
{
    std::string name = tag.substr(1);
    if (name == "Ref" || name == "Condition")
        return singleMember(std::move(name), std::move(value));
    if (!isFnTag(name)) {
        fail(mark, "unknown tag " + tag);
        return nullptr;
    }
    if (name == "GetAtt" && value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        const auto dot = text.find('.');
        if (dot == std::string::npos || dot == 0 || dot + 1 == text.size()) {
            fail(mark, "!GetAtt needs Resource.Attribute, got '" + text + "'");
            return nullptr;
        }
        value = Json::array({text.substr(0, dot), text.substr(dot + 1)});
    }
    return singleMember("Fn::" + name, std::move(value));
}

bool YamlBuilder::startNonScalar(const YAML::Mark &mark)
{
    if (failed())
        return false;
    if (expectingKey()) {
        fail(mark, "mapping key is not a scalar");
        return false;
    }
    return count(mark);
}

void YamlBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (!startNonScalar(mark))
        return;
    if (anchor)
        m_anchors[anchor] = Anchored{nullptr, std::nullopt, 1, 0};
    deliver(nullptr, 0);
}

void YamlBuilder::OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                           const std::string &text)
{
    if (failed())
        return;
    if (expectingKey()) {
        // A key is its text whatever it looks like ("80", "true"), tagged or not.
        if (anchor) // an anchored key may be aliased as a value later (a tagged one as its text)
            m_anchors[anchor] = Anchored{isShortFormTag(tag) ? Json(text) : yamlScalarValue(text, tag == "?"), text, 1, 0};
        return takeKey(mark, text);
    }
    if (!count(mark))
        return;
    // A tagged scalar is a string argument ("!Ref X", "!GetAZs ''"), never a number or null.
    Json value = isShortFormTag(tag) ? applyTag(tag, Json(text), mark) : yamlScalarValue(text, tag == "?");
    if (failed())
        return;
    if (anchor)
        m_anchors[anchor] = Anchored{value, text, 1, 0};
    deliver(std::move(value), 0);
}

void YamlBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (failed())
        return;
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end())
        return fail(mark, "alias to a node that contains it (a recursive alias); refused");
    const Anchored &anchored = it->second;
    if (expectingKey()) {
        if (!anchored.scalar)
            return fail(mark, "mapping key is not a scalar");
        return takeKey(mark, *anchored.scalar);
    }
    // Counted before it is copied: an expansion bomb is refused before it allocates.
    if (!count(mark, anchored.nodes, anchored.height))
        return;
    deliver(anchored.value, anchored.height);
}

void YamlBuilder::openCollection(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, Json empty)
{
    if (!startNonScalar(mark))
        return;
    Frame frame;
    frame.value = std::move(empty);
    frame.tag = tag;
    frame.mark = mark;
    frame.anchor = anchor;
    frame.nodesAtStart = m_nodes - 1;
    // The top-level Resources mapping (its first occurrence) records where each logical ID is.
    if (m_stack.size() == 1 && !m_resourcesSeen && frame.value.is_object() && m_stack[0].value.is_object()
        && m_stack[0].key == "Resources") {
        frame.recordsResourceLines = true;
        m_resourcesSeen = true;
    }
    m_stack.push_back(std::move(frame));
}

void YamlBuilder::closeCollection()
{
    if (failed())
        return;
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    Json value = isShortFormTag(frame.tag) ? applyTag(frame.tag, std::move(frame.value), frame.mark)
                                           : std::move(frame.value);
    if (failed())
        return;
    if (frame.anchor)
        m_anchors[frame.anchor] = Anchored{value, std::nullopt, m_nodes - frame.nodesAtStart, frame.height};
    deliver(std::move(value), frame.height);
}

void YamlBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                                  YAML::EmitterStyle::value)
{
    openCollection(mark, tag, anchor, Json::array());
}

void YamlBuilder::OnSequenceEnd() { closeCollection(); }

void YamlBuilder::OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                             YAML::EmitterStyle::value)
{
    openCollection(mark, tag, anchor, Json::object());
}

void YamlBuilder::OnMapEnd() { closeCollection(); }

} // namespace Stackyard::Cfn
