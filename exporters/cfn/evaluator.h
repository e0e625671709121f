#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace Stackyard::Cfn {

/// Where and as what a template is evaluated.
struct EvalContext
{
    std::string region = "us-east-1";
    std::string stackName = "stack";
    std::string fileName;  ///< for diagnostics
    std::string scenario;  ///< name of the parameter scenario, for messages ("" = defaults)
};

/// Evaluates template values under one set of parameter values: parameter defaults, overridden
/// by the caller's values (a named scenario, or a parent stack's parameters). Conditions are
/// evaluated under those values only, never across combinations. What cannot be known (an
/// Fn::ImportValue, a parameter without value, a resource's runtime attribute) stays as its
/// long-form expression; unknowable parameters and imports produce one warning each.
/// References to resources come out as {"Ref": id} / {"Fn::GetAtt": [id, attr]} with `id` the
/// design id (see setResourceIds), so mapping code can follow them.
class Evaluator
{
public:
    Evaluator(const Json &templ, EvalContext context, std::map<std::string, Json> supplied);

    /// logical ID -> design id for this template's resources (identity when not given).
    void setResourceIds(std::map<std::string, std::string> ids) { m_resourceIds = std::move(ids); }
    /// Resolves Fn::GetAtt on a resource before the default (kept symbolic); used for nested
    /// stacks' Outputs.*. Receives the logical ID and attribute; nullopt = keep symbolic.
    using GetAttHook = std::function<std::optional<Json>(const std::string &, const std::string &)>;
    void setGetAttHook(GetAttHook hook) { m_getAttHook = std::move(hook); }

    /// The value with every knowable intrinsic replaced; AWS::NoValue entries are dropped.
    Json evaluate(const Json &value);
    /// A condition's value; nullopt when it depends on something unknowable.
    std::optional<bool> condition(const std::string &name);
    /// The value of a parameter as evaluated (default or supplied); nullopt if unknowable.
    std::optional<Json> parameter(const std::string &name) const;
    /// Design id of a logical ID of this template ("" if it is not a resource).
    std::string resourceId(const std::string &logicalId) const;

    /// Where the values being evaluated are written ("file:line:column"), for warnings.
    void setLocation(std::string where) { m_location = std::move(where); }
    /// Warnings about values kept symbolic (one per cause, located where first met).
    Diagnostics takeDiagnostics() { return std::exchange(m_diagnostics, {}); }

    /// True when the value holds no intrinsic function (so it is fully known).
    static bool isKnown(const Json &value);
    /// True when the value is an intrinsic function call ({"Ref": ..} or {"Fn::...": ..}).
    static bool isIntrinsic(const Json &value);

private:
    Json evalIntrinsic(const std::string &fn, const Json &arg, const Json &original);
    Json evalRef(const std::string &name, const Json &original);
    Json evalGetAtt(const Json &arg, const Json &original);
    Json evalSub(const Json &arg, const Json &original);
    Json evalJoin(const Json &arg, const Json &original);
    Json evalSelect(const Json &arg, const Json &original);
    Json evalSplit(const Json &arg, const Json &original);
    Json evalGetAZs(const Json &arg);
    Json evalCidr(const Json &arg, const Json &original);
    Json evalFindInMap(const Json &arg, const Json &original);
    Json evalIf(const Json &arg, const Json &original);
    std::optional<bool> evalCondition(const Json &expr);
    std::optional<std::string> subVariable(const std::string &name, const Json &vars, Json &unknownVars);
    void warnOnce(const std::string &subject, const std::string &message);

    const Json &m_template;
    EvalContext m_context;
    std::map<std::string, Json> m_parameters;  ///< known values
    std::set<std::string> m_unknownParameters; ///< declared, with no value
    std::map<std::string, std::string> m_resourceIds;
    std::map<std::string, std::optional<bool>> m_conditions;
    std::set<std::string> m_evaluatingConditions;
    GetAttHook m_getAttHook;
    std::set<std::string> m_warned;
    Diagnostics m_diagnostics;
    std::string m_location;
    int m_depth = 0;
};

/// True for {"Ref": "AWS::NoValue"}.
bool isNoValue(const Json &value);
/// A scalar as text ("80" for 80, "true" for true); nullopt for objects, arrays, null.
std::optional<std::string> scalarText(const Json &value);

} // namespace Stackyard::Cfn
