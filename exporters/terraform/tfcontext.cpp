#include "tfcontext.h"

#include "model/core/catalog.h"

#include <set>

namespace Stackyard {

TfContext::TfContext(const ExportPlan &plan, Diagnostics &diagnostics) : m_plan(plan), m_diagnostics(diagnostics)
{
    std::set<Id> all;
    for (const auto &[id, r] : plan.design.resources)
        all.insert(id);
    for (const auto &[id, sg] : plan.design.securityGroups)
        all.insert(id);
    for (const auto &[id, rt] : plan.design.routeTables)
        all.insert(id);
    for (const Id &id : all)
        m_names.name(id);
    // Generous (about 2.3 KiB are written per design object): a reservation is address space
    // until written, while growing by doubling copies main.tf and touches fresh pages each time.
    m_main.reserve(3072 * all.size());
}

std::string TfContext::typeOf(const Id &designId) const
{
    if (design().securityGroup(designId))
        return "aws_security_group";
    if (design().routeTable(designId))
        return "aws_route_table";
    const Resource *r = design().resource(designId);
    if (!r || r->kind == "route-table" || r->kind == "security-group")
        return {};
    const KindSpec *spec = Catalog::builtin().kind(r->kind);
    return spec ? spec->tfType : std::string();
}

std::string TfContext::ref(const Id &designId, std::string_view attribute)
{
    const std::string type = typeOf(designId);
    return type.empty() ? std::string() : tfAttr(type, name(designId), attribute);
}

OJson TfContext::refs(const std::vector<Id> &ids, std::string_view attribute)
{
    std::string list = "[";
    bool first = true;
    for (const Id &id : ids) {
        const std::string r = ref(id, attribute);
        if (r.empty())
            continue;
        list += (first ? "" : ", ") + r;
        first = false;
    }
    return hclExpr(list + "]");
}

OJson TfContext::refOrVariable(const Id &designId, std::string_view attribute, const Id &owner, const std::string &key)
{
    if (const std::string r = ref(designId, attribute); !r.empty())
        return hclExpr(r);
    const std::string variable = name(owner, key);
    if (!hasVariable(variable)) {
        m_variables[variable] = {{"description", key + " of " + owner + " (not part of the design)"}, {"type", hclExpr("string")}};
        warn(owner, key + " refers to nothing in the design; exported as the variable " + variable);
    }
    return hclExpr("var." + variable);
}

void TfContext::resource(std::string_view type, const std::string &name, const HclBody &body)
{
    m_main += '\n';
    m_main += writeHclBlock("resource", {type, name}, body);
}

void TfContext::data(std::string_view type, const std::string &name, const HclBody &body)
{
    m_data += '\n';
    m_data += writeHclBlock("data", {type, name}, body);
}

OJson TfContext::tags(const std::string &name, const Id &designId) const
{
    OJson t = OJson::object();
    t["Name"] = name;
    t["environment"] = hclExpr("var.environment_name");
    t["stackyard:design-id"] = designId;
    return t;
}

OJson TfContext::availabilityZone(const std::string &zone)
{
    const std::string &region = design().region;
    const bool suffixOnly = zone.size() == 1;
    const bool inRegion = zone.size() == region.size() + 1 && zone.compare(0, region.size(), region) == 0;
    const char letter = zone.empty() ? 'a' : zone.back();
    if ((suffixOnly || inRegion) && letter >= 'a' && letter <= 'z') {
        m_usesAzs = true;
        return hclExpr("data.aws_availability_zones.available.names[" + std::to_string(letter - 'a') + "]");
    }
    return zone;
}

void TfContext::warn(const Id &subject, std::string message)
{
    m_diagnostics.push_back({Diagnostic::Severity::Warning, {}, subject, std::move(message)});
}

void TfContext::info(const Id &subject, std::string message)
{
    m_diagnostics.push_back({Diagnostic::Severity::Info, {}, subject, std::move(message)});
}

std::string tfJsonEncode(const OJson &value, int indent)
{
    return "jsonencode(" + writeHclValue(value, indent) + ")";
}

OJson tfAllow(OJson actions, OJson resources)
{
    return {{"Effect", "Allow"}, {"Action", std::move(actions)}, {"Resource", std::move(resources)}};
}

std::string tfPolicy(OJson statements)
{
    return tfJsonEncode({{"Version", "2012-10-17"}, {"Statement", std::move(statements)}});
}

std::string tfAssumeRole(const std::string &servicePrincipal)
{
    return tfPolicy(OJson::array({{{"Effect", "Allow"},
                                   {"Principal", {{"Service", servicePrincipal}}},
                                   {"Action", "sts:AssumeRole"}}}));
}

void tfRole(TfContext &tx, const std::string &name, const std::string &principal, const Id &owner,
            const std::vector<std::string> &managedPolicies, OJson statements)
{
    HclBody role{{"name_prefix", name.substr(0, 38) + "-"},
                 {"assume_role_policy", hclExpr(tfAssumeRole(principal))},
                 {"tags", tx.tags(name, owner)}};
    tx.resource("aws_iam_role", name, role);
    for (const std::string &policy : managedPolicies) {
        std::string suffix;
        for (char c : policy.substr(policy.rfind('/') + 1))
            suffix += std::isalnum(static_cast<unsigned char>(c)) ? char(std::tolower(static_cast<unsigned char>(c))) : '_';
        tx.resource("aws_iam_role_policy_attachment", name + "_" + suffix,
                    {{"role", hclExpr("aws_iam_role." + name + ".name")},
                     {"policy_arn", hclTemplate("arn:${data.aws_partition.current.partition}:iam::aws:policy/" + policy)}});
    }
    if (!statements.empty())
        tx.resource("aws_iam_role_policy", name,
                    {{"name", "inline"}, {"role", hclExpr("aws_iam_role." + name + ".id")},
                     {"policy", hclExpr(tfPolicy(std::move(statements)))}});
}

} // namespace Stackyard
