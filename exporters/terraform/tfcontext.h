#pragma once

#include "hclwriter.h"

#include "exporters/cloudformation/exportplan.h"
#include "exporters/cloudformation/logicalids.h"

#include <string>
#include <string_view>
#include <vector>

namespace Stackyard {

/// Shared state of one Terraform export: the plan, resource names, the blocks of main.tf,
/// variables and outputs. Builders (tf*.cpp) mirror the CloudFormation ones.
class TfContext
{
public:
    TfContext(const ExportPlan &plan, Diagnostics &diagnostics);

    const Design &design() const { return m_plan.design; }
    const ExportPlan &plan() const { return m_plan; }

    /// The Terraform name of a design id (plus a suffix for what it expands into).
    const std::string &name(const Id &designId, std::string_view suffix = {}) { return m_names.name(designId, suffix); }
    /// The Terraform resource type a design id becomes ("" for pseudo-nodes and unknown ids).
    std::string typeOf(const Id &designId) const;
    /// "aws_vpc.vpc.id" for a design id; "" when it has no resource.
    std::string ref(const Id &designId, std::string_view attribute = "id");
    /// [ref, ref…] as an HCL expression list for `ids`, skipping ids without a resource.
    OJson refs(const std::vector<Id> &ids, std::string_view attribute = "id");

    /// ref(designId, attribute) as an expression; when the design does not have that resource
    /// (an imported template's VPC given as a parameter), the new variable `<owner>_<key>`.
    OJson refOrVariable(const Id &designId, std::string_view attribute, const Id &owner, const std::string &key);

    void resource(std::string_view type, const std::string &name, const HclBody &body);
    void data(std::string_view type, const std::string &name, const HclBody &body);
    void variable(const std::string &name, HclBody body) { m_variables[name] = std::move(body); }
    void output(const std::string &name, HclBody body) { m_outputs[name] = std::move(body); }
    bool hasVariable(const std::string &name) const { return m_variables.contains(name); }

    /// Name, environment and design-id tags.
    OJson tags(const std::string &name, const Id &designId) const;
    OJson tags(const Resource &r) const { return tags(r.name.empty() ? r.id : r.name, r.id); }
    /// data.aws_availability_zones.available.names[i] for a suffix or an in-Region zone name.
    OJson availabilityZone(const std::string &zone);

    void warn(const Id &subject, std::string message);
    void info(const Id &subject, std::string message);

    const std::string &mainText() const { return m_main; }
    /// The resource blocks, moved out (the context is done with them).
    std::string takeMainText() { return std::move(m_main); }
    const std::string &dataText() const { return m_data; }
    const OJson &variables() const { return m_variables; }
    const OJson &outputs() const { return m_outputs; }
    bool usesAvailabilityZones() const { return m_usesAzs; }

    /// Extra files (Lambda sources) the configuration refers to, relative to the module.
    std::vector<std::pair<std::string, std::string>> &extraFiles() { return m_files; }

private:
    const ExportPlan &m_plan;
    Diagnostics &m_diagnostics;
    LogicalIds m_names{LogicalIds::Style::Snake};
    std::string m_main;
    std::string m_data;
    OJson m_variables = OJson::object();
    OJson m_outputs = OJson::object();
    bool m_usesAzs = false;
    std::vector<std::pair<std::string, std::string>> m_files;
};

inline std::string tfAttr(std::string_view type, const std::string &name, std::string_view attribute)
{
    return std::string(type) + "." + name + "." + std::string(attribute);
}

/// jsonencode(<value>) as an expression.
std::string tfJsonEncode(const OJson &value, int indent = 2);
/// An IAM policy document {Version, Statement} as jsonencode(...).
std::string tfPolicy(OJson statements);
/// {Effect = "Allow", Action = […], Resource = …}
OJson tfAllow(OJson actions, OJson resources);
/// The assume-role policy of a service principal as jsonencode(...).
std::string tfAssumeRole(const std::string &servicePrincipal);

/// Addresses of the listeners of `alb` forwarding to its target group `tg`.
std::vector<std::string> tfListenersForwardingTo(TfContext &tx, const Resource &alb, const std::string &tg);
/// aws_lb_target_group.<name>.arn of a target group of an ALB.
std::string tfTargetGroupArn(TfContext &tx, const Id &alb, const std::string &name);

void tfNetwork(TfContext &tx);
void tfSecurityGroups(TfContext &tx);
void tfLoadBalancers(TfContext &tx);
void tfContainers(TfContext &tx);
void tfScaling(TfContext &tx);
void tfRegistry(TfContext &tx);
void tfData(TfContext &tx);
void tfOperations(TfContext &tx);
void tfOpaque(TfContext &tx);

/// Adds an IAM role named `name` for `principal` with managed policies and inline statements.
void tfRole(TfContext &tx, const std::string &name, const std::string &principal, const Id &owner,
            const std::vector<std::string> &managedPolicies, OJson statements);
/// Adds a Python Lambda function `name(owner, suffix)` packaged from lambda/<name>/index.py.
void tfLambda(TfContext &tx, const Resource &owner, const std::string &suffix, const std::string &source,
              OJson environment, OJson statements, long long memory, const std::string &runtime);

} // namespace Stackyard
