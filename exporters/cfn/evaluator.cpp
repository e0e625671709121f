#include "evaluator.h"

namespace Stackyard::Cfn {

namespace {

constexpr int kMaxEvalDepth = 200;

Json parameterValue(const Json &declaration, const Json &raw)
{
    const std::string type = declaration.value("Type", std::string());
    const bool isList = type.rfind("List<", 0) == 0 || type == "CommaDelimitedList";
    if (isList && raw.is_string()) {
        Json list = Json::array();
        const std::string text = raw.get<std::string>();
        std::size_t start = 0;
        while (true) {
            const auto comma = text.find(',', start);
            std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            while (!item.empty() && item.front() == ' ')
                item.erase(item.begin());
            while (!item.empty() && item.back() == ' ')
                item.pop_back();
            list.push_back(item);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        return list;
    }
    return raw;
}

} // namespace

bool isNoValue(const Json &value)
{
    return value.is_object() && value.size() == 1 && value.contains("Ref") && value["Ref"] == "AWS::NoValue";
}

std::optional<std::string> scalarText(const Json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    if (value.is_number() || value.is_boolean())
        return value.dump();
    return std::nullopt;
}

Evaluator::Evaluator(const Json &templ, EvalContext context, std::map<std::string, Json> supplied)
    : m_template(templ), m_context(std::move(context))
{
    const auto params = templ.find("Parameters");
    if (params != templ.end() && params->is_object()) {
        for (const auto &[name, decl] : params->items()) {
            auto given = supplied.find(name);
            if (given != supplied.end())
                m_parameters[name] = decl.is_object() ? parameterValue(decl, given->second) : given->second;
            else if (decl.is_object() && decl.contains("Default"))
                m_parameters[name] = parameterValue(decl, decl["Default"]);
            else
                m_unknownParameters.insert(name);
        }
    }
    for (const auto &[name, value] : supplied)
        if (!m_parameters.count(name) && !m_unknownParameters.count(name))
            warnOnce(name, "the scenario sets parameter " + name + ", which the template does not declare");
}

std::string Evaluator::resourceId(const std::string &logicalId) const
{
    const auto resources = m_template.find("Resources");
    if (resources == m_template.end() || !resources->is_object() || !resources->contains(logicalId))
        return {};
    auto it = m_resourceIds.find(logicalId);
    return it == m_resourceIds.end() ? logicalId : it->second;
}

std::optional<Json> Evaluator::parameter(const std::string &name) const
{
    auto it = m_parameters.find(name);
    if (it == m_parameters.end())
        return std::nullopt;
    return it->second;
}

bool Evaluator::isIntrinsic(const Json &value)
{
    if (!value.is_object() || value.size() != 1)
        return false;
    const std::string &key = value.begin().key();
    return key == "Ref" || key.rfind("Fn::", 0) == 0;
}

bool Evaluator::isKnown(const Json &value)
{
    if (isIntrinsic(value))
        return false;
    if (value.is_structured())
        for (const auto &item : value)
            if (!isKnown(item))
                return false;
    return true;
}

void Evaluator::warnOnce(const std::string &subject, const std::string &message)
{
    if (m_warned.insert(message).second)
        m_diagnostics.push_back({Diagnostic::Severity::Warning, m_location.empty() ? m_context.fileName : m_location,
                                 subject, message});
}

Json Evaluator::evaluate(const Json &value)
{
    if (!value.is_structured())
        return value;
    if (m_depth > kMaxEvalDepth)
        return value;
    ++m_depth;
    Json result;
    if (isIntrinsic(value)) {
        result = evalIntrinsic(value.begin().key(), value.begin().value(), value);
    } else if (value.is_object()) {
        result = Json::object();
        for (const auto &[key, item] : value.items()) {
            Json evaluated = evaluate(item);
            if (!isNoValue(evaluated))
                result[key] = std::move(evaluated);
        }
    } else {
        result = Json::array();
        for (const auto &item : value) {
            Json evaluated = evaluate(item);
            if (!isNoValue(evaluated))
                result.push_back(std::move(evaluated));
        }
    }
    --m_depth;
    return result;
}

Json Evaluator::evalIntrinsic(const std::string &fn, const Json &arg, const Json &original)
{
    if (fn == "Ref")
        return arg.is_string() ? evalRef(arg.get<std::string>(), original) : original;
    if (fn == "Fn::GetAtt")
        return evalGetAtt(arg, original);
    if (fn == "Fn::Sub")
        return evalSub(arg, original);
    if (fn == "Fn::Join")
        return evalJoin(arg, original);
    if (fn == "Fn::Select")
        return evalSelect(arg, original);
    if (fn == "Fn::Split")
        return evalSplit(arg, original);
    if (fn == "Fn::GetAZs")
        return evalGetAZs(arg);
    if (fn == "Fn::Cidr")
        return evalCidr(arg, original);
    if (fn == "Fn::FindInMap")
        return evalFindInMap(arg, original);
    if (fn == "Fn::If")
        return evalIf(arg, original);
    if (fn == "Fn::Equals" || fn == "Fn::And" || fn == "Fn::Or" || fn == "Fn::Not") {
        const auto known = evalCondition(original);
        return known ? Json(*known) : Json{{fn, evaluate(arg)}};
    }
    if (fn == "Fn::ImportValue") {
        const Json name = evaluate(arg);
        warnOnce(scalarText(name).value_or(name.dump()),
                 "Fn::ImportValue " + scalarText(name).value_or(name.dump())
                     + " comes from another stack and cannot be known here; kept symbolic");
        return Json{{fn, name}};
    }
    // Base64, Length, ToJsonString, Transform…: arguments evaluated, the call itself kept.
    return Json{{fn, evaluate(arg)}};
}

Json Evaluator::evalRef(const std::string &name, const Json &original)
{
    if (name == "AWS::Region")
        return m_context.region;
    if (name == "AWS::StackName")
        return m_context.stackName;
    if (name == "AWS::Partition")
        return "aws";
    if (name == "AWS::URLSuffix")
        return "amazonaws.com";
    if (name.rfind("AWS::", 0) == 0) // AccountId, StackId, NotificationARNs, NoValue: runtime values
        return original;
    if (auto it = m_parameters.find(name); it != m_parameters.end())
        return it->second;
    if (m_unknownParameters.count(name)) {
        warnOnce(name, "parameter " + name + " has no default"
                           + (m_context.scenario.empty() ? std::string() : " and no value in scenario " + m_context.scenario)
                           + ": values that depend on it are kept symbolic");
        return original;
    }
    if (const std::string id = resourceId(name); !id.empty())
        return Json{{"Ref", id}};
    warnOnce(name, "Ref to " + name + ", which is neither a parameter nor a resource; kept symbolic");
    return original;
}

Json Evaluator::evalGetAtt(const Json &arg, const Json &original)
{
    if (!arg.is_array() || arg.size() != 2 || !arg[0].is_string())
        return original;
    const std::string logicalId = arg[0].get<std::string>();
    const Json attribute = evaluate(arg[1]);
    if (m_getAttHook && attribute.is_string())
        if (auto resolved = m_getAttHook(logicalId, attribute.get<std::string>()))
            return *resolved;
    const std::string id = resourceId(logicalId);
    return Json{{"Fn::GetAtt", Json::array({id.empty() ? logicalId : id, attribute})}};
}

Json Evaluator::evalIf(const Json &arg, const Json &original)
{
    if (!arg.is_array() || arg.size() != 3 || !arg[0].is_string())
        return original;
    const auto known = condition(arg[0].get<std::string>());
    if (known)
        return evaluate(arg[*known ? 1 : 2]);
    return Json{{"Fn::If", Json::array({arg[0], evaluate(arg[1]), evaluate(arg[2])})}};
}

std::optional<bool> Evaluator::condition(const std::string &name)
{
    if (auto it = m_conditions.find(name); it != m_conditions.end())
        return it->second;
    const auto conditions = m_template.find("Conditions");
    if (conditions == m_template.end() || !conditions->is_object() || !conditions->contains(name)) {
        warnOnce(name, "condition " + name + " is not defined; treated as unknown");
        return std::nullopt;
    }
    if (!m_evaluatingConditions.insert(name).second) {
        warnOnce(name, "condition " + name + " refers to itself; treated as unknown");
        return std::nullopt;
    }
    const auto value = evalCondition((*conditions)[name]);
    m_evaluatingConditions.erase(name);
    m_conditions[name] = value;
    return value;
}

std::optional<bool> Evaluator::evalCondition(const Json &expr)
{
    if (expr.is_boolean())
        return expr.get<bool>();
    if (!expr.is_object() || expr.size() != 1)
        return std::nullopt;
    const std::string &fn = expr.begin().key();
    const Json &arg = expr.begin().value();
    if (fn == "Condition")
        return arg.is_string() ? condition(arg.get<std::string>()) : std::nullopt;
    if (fn == "Fn::Equals") {
        if (!arg.is_array() || arg.size() != 2)
            return std::nullopt;
        const Json a = evaluate(arg[0]), b = evaluate(arg[1]);
        if (!isKnown(a) || !isKnown(b))
            return std::nullopt;
        const auto ta = scalarText(a), tb = scalarText(b);
        return (ta && tb) ? *ta == *tb : a == b;
    }
    if (fn == "Fn::Not")
        return (arg.is_array() && arg.size() == 1) ? [&]() -> std::optional<bool> {
            const auto v = evalCondition(arg[0]);
            return v ? std::optional<bool>(!*v) : std::nullopt;
        }() : std::nullopt;
    if (fn == "Fn::And" || fn == "Fn::Or") {
        if (!arg.is_array())
            return std::nullopt;
        const bool isAnd = fn == "Fn::And";
        bool unknown = false;
        for (const Json &item : arg) {
            const auto v = evalCondition(item);
            if (!v)
                unknown = true;
            else if (*v != isAnd)
                return !isAnd; // a false in And, a true in Or decides
        }
        return unknown ? std::nullopt : std::optional<bool>(isAnd);
    }
    const Json value = evaluate(expr);
    return value.is_boolean() ? std::optional<bool>(value.get<bool>()) : std::nullopt;
}

} // namespace Stackyard::Cfn
