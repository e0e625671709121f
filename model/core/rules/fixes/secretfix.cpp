#include "fixutil.h"

#include "model/core/rules/fixes.h"
#include "model/core/rules/ruleutil.h"

#include <cctype>

namespace Stackyard {

Design fixMoveSecret(const Design &design, const Finding &finding)
{
    const Resource *service = finding.subjects.empty() ? nullptr : design.resource(finding.subjects.front());
    if (!service || service->kind != "ecs-service" || !service->properties.contains("containers"))
        return design;
    Design d = design;
    Resource &s = d.resources[service->id];
    Json &containers = s.properties["containers"];
    if (!containers.is_array())
        return design;
    for (Json &c : containers) {
        if (!c.is_object() || !c.contains("environment") || !c["environment"].is_object())
            continue;
        std::vector<std::string> moved;
        for (const auto &[name, value] : c["environment"].items())
            if (RuleUtil::looksSecret(name) && value.is_string() && !value.get<std::string>().empty())
                moved.push_back(name);
        for (const std::string &name : moved) {
            std::string stem = s.id + "-" + name;
            for (char &ch : stem)
                ch = ch == '_' ? '-' : char(std::tolower(static_cast<unsigned char>(ch)));
            Resource secret;
            secret.id = d.uniqueId(stem);
            secret.kind = "secret";
            secret.name = name;
            secret.properties = {{"description", name + " of " + s.id + " (moved out of the task environment; set its value in Secrets Manager)"},
                                 {"rotation", false}};
            c["environment"].erase(name);
            if (!c.contains("secrets") || !c["secrets"].is_object())
                c["secrets"] = Json::object();
            c["secrets"][name] = secret.id;
            d.resources.emplace(secret.id, std::move(secret));
        }
    }
    return d;
}

} // namespace Stackyard
