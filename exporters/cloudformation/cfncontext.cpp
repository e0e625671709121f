#include "cfncontext.h"

#include <set>

namespace Stackyard {

CfnContext::CfnContext(const ExportPlan &plan, Diagnostics &diagnostics)
    : m_plan(plan), m_diagnostics(diagnostics)
{
    for (const char *fixed : {"EnvironmentName", "ImageTag", "MaintenanceMode", "MaintenanceModeEnabled"})
        m_ids.reserve(fixed);
    // Names the imported template already uses stay theirs.
    // Parameters share the resources' namespace; Conditions, Mappings and Outputs do not.
    for (const char *section : {"Parameters"}) {
        const Json kept = plan.design.cloudFormation.value(section, Json::object());
        if (kept.is_object())
            for (auto it = kept.begin(); it != kept.end(); ++it)
                m_ids.reserve(it.key());
    }
    std::set<Id> all;
    for (const auto &[id, r] : plan.design.resources)
        all.insert(id);
    for (const auto &[id, sg] : plan.design.securityGroups)
        all.insert(id);
    for (const auto &[id, rt] : plan.design.routeTables)
        all.insert(id);
    for (const Id &id : all)
        m_ids.name(id);
}

std::string CfnContext::refId(const Id &designId)
{
    if (designId.empty())
        return {};
    const Resource *r = design().resource(designId);
    if (r && (r->kind == "internet" || r->kind == "users" || r->kind == "route-table"
              || r->kind == "security-group"))
        return {};
    if (!r && !design().securityGroup(designId) && !design().routeTable(designId))
        return {};
    return id(designId);
}

OJson &CfnContext::add(const std::string &logicalId, std::string_view type, OJson properties)
{
    OJson entry = OJson::object();
    entry["Type"] = std::string(type);
    if (!properties.empty())
        entry["Properties"] = std::move(properties);
    if (auto found = m_index.find(logicalId); found != m_index.end())
        return (m_resources.get_ref<OJson::object_t &>().begin() + std::ptrdiff_t(found->second))->second = std::move(entry);
    // ordered_json's own insert searches linearly; appending to the underlying vector keeps a
    // 10,000-resource export linear (m_index guarantees the key is new).
    auto &items = m_resources.get_ref<OJson::object_t &>();
    m_index.emplace(logicalId, items.size());
    items.emplace_back(logicalId, std::move(entry));
    return items.back().second;
}

OJson &CfnContext::resource(const std::string &logicalId)
{
    return (m_resources.get_ref<OJson::object_t &>().begin() + std::ptrdiff_t(m_index.at(logicalId)))->second;
}

void CfnContext::dependOn(const std::string &logicalId, const std::string &dependency)
{
    if (!has(logicalId) || dependency.empty() || dependency == logicalId)
        return;
    OJson &deps = resource(logicalId)["DependsOn"];
    if (deps.is_null())
        deps = OJson::array();
    for (const OJson &d : deps)
        if (d == dependency)
            return;
    deps.push_back(dependency);
}

OJson CfnContext::tags(const std::string &name, const Id &designId) const
{
    return OJson::array({{{"Key", "Name"}, {"Value", name}},
                         {{"Key", "environment"}, {"Value", ref("EnvironmentName")}},
                         {{"Key", "stackyard:design-id"}, {"Value", designId}}});
}

void CfnContext::warn(const Id &subject, std::string message)
{
    m_diagnostics.push_back({Diagnostic::Severity::Warning, {}, subject, std::move(message)});
}

void CfnContext::info(const Id &subject, std::string message)
{
    m_diagnostics.push_back({Diagnostic::Severity::Info, {}, subject, std::move(message)});
}

OJson CfnContext::availabilityZone(const std::string &zone) const
{
    const std::string &region = design().region;
    const bool suffixOnly = zone.size() == 1;
    const bool inRegion = zone.size() == region.size() + 1 && zone.compare(0, region.size(), region) == 0;
    const char letter = zone.empty() ? 'a' : zone.back();
    if ((suffixOnly || inRegion) && letter >= 'a' && letter <= 'z')
        return {{"Fn::Select", OJson::array({letter - 'a', {{"Fn::GetAZs", ""}}})}};
    return zone;
}

OJson CfnContext::assumeRolePolicy(const std::string &servicePrincipal)
{
    return {{"Version", "2012-10-17"},
            {"Statement", OJson::array({{{"Effect", "Allow"},
                                         {"Principal", {{"Service", servicePrincipal}}},
                                         {"Action", "sts:AssumeRole"}}})}};
}

OJson CfnContext::managedPolicy(const std::string &name)
{
    return sub("arn:${AWS::Partition}:iam::aws:policy/" + name);
}

} // namespace Stackyard
