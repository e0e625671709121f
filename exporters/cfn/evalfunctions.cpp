// The string, list and lookup functions of Evaluator (the dispatch and conditions are in evaluator.cpp).
#include "evaluator.h"

#include "model/core/network.h"

namespace Stackyard::Cfn {

std::optional<std::string> Evaluator::subVariable(const std::string &name, const Json &vars, Json &unknownVars)
{
    if (vars.is_object() && vars.contains(name)) {
        Json value = evaluate(vars[name]);
        if (auto text = scalarText(value))
            return text;
        unknownVars[name] = value;
        return std::nullopt;
    }
    const auto dot = name.find('.');
    Json value = dot == std::string::npos
                     ? evalRef(name, Json{{"Ref", name}})
                     : evalGetAtt(Json::array({name.substr(0, dot), name.substr(dot + 1)}), Json());
    return scalarText(value);
}

Json Evaluator::evalSub(const Json &arg, const Json &original)
{
    const Json *textValue = &arg;
    Json vars = Json::object();
    if (arg.is_array()) {
        if (arg.size() != 2 || !arg[1].is_object())
            return original;
        textValue = &arg[0];
        vars = arg[1];
    }
    if (!textValue->is_string())
        return original;
    const std::string &text = textValue->get_ref<const std::string &>();
    std::string out;
    Json unknownVars = Json::object();
    bool known = true;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 2, "${") != 0) {
            out += text[i++];
            continue;
        }
        const auto close = text.find('}', i + 2);
        if (close == std::string::npos) {
            out += text.substr(i);
            break;
        }
        const std::string name = text.substr(i + 2, close - i - 2);
        i = close + 1;
        if (!name.empty() && name[0] == '!') { // ${!Literal} is the text "${Literal}"
            out += "${" + name.substr(1) + "}";
            continue;
        }
        if (auto value = subVariable(name, vars, unknownVars)) {
            out += *value;
            continue;
        }
        known = false;
        // Keep the reference, renamed to the design id when it names a resource.
        const auto dot = name.find('.');
        const std::string head = name.substr(0, dot);
        const std::string id = vars.contains(name) ? std::string() : resourceId(head);
        out += "${" + (id.empty() ? name : id + (dot == std::string::npos ? "" : name.substr(dot))) + "}";
    }
    if (known)
        return out;
    if (unknownVars.empty())
        return Json{{"Fn::Sub", out}};
    return Json{{"Fn::Sub", Json::array({out, unknownVars})}};
}

Json Evaluator::evalJoin(const Json &arg, const Json &original)
{
    if (!arg.is_array() || arg.size() != 2 || !arg[0].is_string())
        return original;
    const Json list = evaluate(arg[1]);
    if (!list.is_array())
        return Json{{"Fn::Join", Json::array({arg[0], list})}};
    std::string out;
    const std::string &delimiter = arg[0].get_ref<const std::string &>();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto text = scalarText(list[i]);
        if (!text)
            return Json{{"Fn::Join", Json::array({arg[0], list})}};
        if (i)
            out += delimiter;
        out += *text;
    }
    return out;
}

Json Evaluator::evalSelect(const Json &arg, const Json &original)
{
    if (!arg.is_array() || arg.size() != 2)
        return original;
    const Json index = evaluate(arg[0]);
    const Json list = evaluate(arg[1]);
    const auto indexText = scalarText(index);
    if (!indexText || !list.is_array())
        return Json{{"Fn::Select", Json::array({index, list})}};
    std::size_t pos = 0;
    try {
        const long long i = std::stoll(*indexText, &pos);
        if (pos == indexText->size() && i >= 0 && static_cast<std::size_t>(i) < list.size())
            return list[static_cast<std::size_t>(i)];
    } catch (const std::logic_error &) {
        // not a number: reported below
    }
    warnOnce(*indexText, "Fn::Select index " + *indexText + " is not valid for a list of "
                             + std::to_string(list.size()) + "; kept symbolic");
    return Json{{"Fn::Select", Json::array({index, list})}};
}

Json Evaluator::evalSplit(const Json &arg, const Json &original)
{
    if (!arg.is_array() || arg.size() != 2 || !arg[0].is_string())
        return original;
    const Json source = evaluate(arg[1]);
    const std::string &delimiter = arg[0].get_ref<const std::string &>();
    if (!source.is_string() || delimiter.empty())
        return Json{{"Fn::Split", Json::array({arg[0], source})}};
    const std::string &text = source.get_ref<const std::string &>();
    Json parts = Json::array();
    std::size_t start = 0;
    for (auto pos = text.find(delimiter); pos != std::string::npos; pos = text.find(delimiter, start)) {
        parts.push_back(text.substr(start, pos - start));
        start = pos + delimiter.size();
    }
    parts.push_back(text.substr(start));
    return parts;
}

Json Evaluator::evalGetAZs(const Json &arg)
{
    const Json region = evaluate(arg);
    std::string name = region.is_string() ? region.get<std::string>() : std::string();
    if (name.empty())
        name = m_context.region;
    // Offline there is no list of a region's zones; six letters cover every index templates use.
    Json zones = Json::array();
    for (char letter = 'a'; letter <= 'f'; ++letter)
        zones.push_back(name + letter);
    return zones;
}

Json Evaluator::evalCidr(const Json &arg, const Json &original)
{
    if (!arg.is_array() || arg.size() != 3)
        return original;
    const Json block = evaluate(arg[0]), count = evaluate(arg[1]), bits = evaluate(arg[2]);
    const Json kept{{"Fn::Cidr", Json::array({block, count, bits})}};
    const auto blockText = scalarText(block), countText = scalarText(count), bitsText = scalarText(bits);
    if (!blockText || !countText || !bitsText)
        return kept;
    const auto cidr = Cidr::parse(*blockText);
    int n = 0, hostBits = 0;
    try {
        n = std::stoi(*countText);
        hostBits = std::stoi(*bitsText);
    } catch (const std::logic_error &) {
        return kept;
    }
    const int prefix = 32 - hostBits;
    if (!cidr || n < 1 || n > 256 || prefix < cidr->prefix || prefix > 32
        || (prefix - cidr->prefix < 31 && (std::uint64_t(1) << (prefix - cidr->prefix)) < std::uint64_t(n))) {
        warnOnce(blockText.value_or(""), "Fn::Cidr cannot carve " + *countText + " /" + std::to_string(prefix)
                                             + " blocks from " + *blockText + "; kept symbolic");
        return kept;
    }
    Json blocks = Json::array();
    const std::uint64_t size = std::uint64_t(1) << hostBits;
    for (int i = 0; i < n; ++i)
        blocks.push_back(Cidr{static_cast<std::uint32_t>(cidr->base + size * i), prefix}.toString());
    return blocks;
}

Json Evaluator::evalFindInMap(const Json &arg, const Json &original)
{
    if (!arg.is_array() || arg.size() < 3 || !arg[0].is_string())
        return original;
    const Json top = evaluate(arg[1]), second = evaluate(arg[2]);
    const auto topText = scalarText(top), secondText = scalarText(second);
    const Json kept{{"Fn::FindInMap", Json::array({arg[0], top, second})}};
    if (!topText || !secondText)
        return kept;
    const std::string mapName = arg[0].get<std::string>();
    const auto mappings = m_template.find("Mappings");
    if (mappings != m_template.end() && mappings->is_object()) {
        const auto map = mappings->find(mapName);
        if (map != mappings->end() && map->is_object() && map->contains(*topText)) {
            const Json &level = (*map)[*topText];
            if (level.is_object() && level.contains(*secondText))
                return evaluate(level[*secondText]);
        }
    }
    if (arg.size() == 4 && arg[3].is_object() && arg[3].contains("DefaultValue"))
        return evaluate(arg[3]["DefaultValue"]);
    warnOnce(mapName, "Fn::FindInMap " + mapName + "/" + *topText + "/" + *secondText
                          + " has no entry; kept symbolic");
    return kept;
}

} // namespace Stackyard::Cfn
