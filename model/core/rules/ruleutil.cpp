#include "ruleutil.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace Stackyard::RuleUtil {

const Json &arrayOrEmpty(const Json &value)
{
    static const Json empty = Json::array();
    return value.is_array() ? value : empty;
}

bool hasString(const Json &object, std::string_view key, std::string_view text)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() && it->get_ref<const std::string &>() == text;
}

const Json &containers(const Analysis &a, const Resource &service)
{
    return arrayOrEmpty(*a.props().service(service).containers);
}

void reportReachability(const Analysis &a, Findings &findings, const RuleInfo &rule, Reachability::Purpose purpose,
                        TextPattern what, const std::string &fix)
{
    // One finding per (source, destination) pair: the image pull of one service checks three
    // services (ecr.api, ecr.dkr, s3); they become one finding listing every blocked one.
    std::map<std::pair<Id, Id>, std::vector<const Reachability *>> blocked;
    for (const Reachability *r : a.reachabilityOf(purpose))
        if (!r->isOk())
            blocked[{r->from, r->flow.empty() ? r->to : r->flow}].push_back(r);
    for (const auto &[key, list] : blocked) {
        const bool fromInternet = list.front()->from == "internet";
        std::vector<Id> subjects{fromInternet ? list.front()->to : list.front()->from};
        std::optional<Text> details; // "<summary>; <summary> (<last hop>)"
        Text hint;
        for (const Reachability *r : list) {
            for (Id id : {r->to, r->flow, r->blocking})
                if (!id.empty() && id != "internet" && a.contains(id)
                    && std::find(subjects.begin(), subjects.end(), id) == subjects.end())
                    subjects.push_back(id);
            Text one = r->allowed && !r->hops.empty() ? Text(STACKYARD_TEXT("%1 (%2)"), r->summaryText(), r->hops.back().text)
                                                      : r->summaryText();
            details = details ? Text(STACKYARD_TEXT("%1; %2"), std::move(*details), std::move(one)) : std::move(one);
            if (hint.isEmpty())
                hint = r->fix;
        }
        Text message = fromInternet ? Text(STACKYARD_TEXT("%1 %2: %3"), list.front()->to, Text(what), std::move(*details))
                                    : Text(STACKYARD_TEXT("%1 cannot %2: %3"), list.front()->from, Text(what), std::move(*details));
        findings.add(rule, std::move(subjects), std::move(message), std::move(hint), std::nullopt, fix).blocking =
            list.front()->blocking;
    }
}

const Json *targetGroup(const Analysis &a, const Resource &alb, const std::string &name)
{
    for (const Json &g : arrayOrEmpty(*a.props().alb(alb).targetGroups))
        if (hasString(g, "name", name))
            return &g;
    return nullptr;
}

} // namespace Stackyard::RuleUtil

namespace Stackyard::RuleUtil {

bool looksSecret(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    for (const char *word : {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL"})
        if (name.find(word) != std::string::npos)
            return true;
    return name.size() >= 4 && name.compare(name.size() - 4, 4, "_KEY") == 0;
}

} // namespace Stackyard::RuleUtil
