// Application load balancers with their listeners, rules and target groups folded in.
#include "mapper.h"

namespace Stackyard::Cfn {

namespace {

Json attribute(const Json &attributes, const std::string &key)
{
    if (attributes.is_array())
        for (const Json &a : attributes)
            if (a.is_object() && a.value("Key", Json()) == key)
                return a.value("Value", Json());
    return Json();
}

// The target group a forward action sends to (first of a weighted forward).
std::string forwardTarget(const Json &action)
{
    if (!action.is_object())
        return {};
    if (action.contains("TargetGroupArn"))
        return Mapper::ref(action["TargetGroupArn"]);
    if (action.contains("ForwardConfig") && action["ForwardConfig"].contains("TargetGroups")) {
        const Json &groups = action["ForwardConfig"]["TargetGroups"];
        if (groups.is_array() && !groups.empty() && groups[0].is_object())
            return Mapper::ref(groups[0].value("TargetGroupArn", Json()));
    }
    return {};
}

// Fills rule/listener fields from the first action (forward, fixed-response, redirect).
void describeAction(const Json &actions, Json &out, const char *targetKey)
{
    if (!actions.is_array() || actions.empty() || !actions[0].is_object())
        return;
    const Json &action = actions[0];
    const std::string type = action.value("Type", std::string("forward"));
    if (type == "forward") {
        out["action"] = "forward";
        out[targetKey] = forwardTarget(action);
    } else if (type == "fixed-response") {
        const Json &config = action.value("FixedResponseConfig", Json::object());
        out["action"] = "fixed-response";
        out["statusCode"] = toInt(config.value("StatusCode", Json("503"))).value_or(503);
        out["contentType"] = textOrExpression(config.value("ContentType", Json("text/plain")));
        out["messageBody"] = textOrExpression(config.value("MessageBody", Json("")));
    } else if (type == "redirect") {
        const Json &config = action.value("RedirectConfig", Json::object());
        out["action"] = "redirect";
        out["redirectToHttps"] = config.value("Protocol", Json()) == "HTTPS";
    } else {
        out["action"] = type;
    }
}

} // namespace

void Mapper::mapLoadBalancer(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    if (p.value("Type", Json("application")) != "application")
        return; // network and gateway load balancers stay opaque
    Resource &r = add(logicalId, "alb");
    r.properties["scheme"] = textOrExpression(p.value("Scheme", Json("internet-facing")));
    const Json attributes = p.value("LoadBalancerAttributes", Json());
    r.properties["idleTimeout"] = toInt(attribute(attributes, "idle_timeout.timeout_seconds")).value_or(60);
    const std::string bucket = ref(attribute(attributes, "access_logs.s3.bucket"));
    r.properties["accessLogsBucket"] = bucket;
    r.properties["listeners"] = Json::array();
    r.properties["targetGroups"] = Json::array();
    r.properties["maintenanceMode"] = false;
    r.placement = refs(p.value("Subnets", Json()));
    if (r.placement.empty() && p.contains("SubnetMappings") && p["SubnetMappings"].is_array())
        for (const Json &m : p["SubnetMappings"])
            if (m.is_object() && !ref(m.value("SubnetId", Json())).empty())
                r.placement.push_back(ref(m["SubnetId"]));
    r.securityGroups = refs(p.value("SecurityGroups", Json()));
}

bool Mapper::foldListener(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource *alb = m_design.resource(ref(p.value("LoadBalancerArn", Json())));
    if (!alb || alb->kind != "alb")
        return false;
    Json listener{{"port", toInt(p.value("Port", Json())).value_or(80)},
                  {"protocol", textOrExpression(p.value("Protocol", Json("HTTP")))},
                  {"certificateArn", ""},
                  {"defaultTargetGroup", ""},
                  {"redirectToHttps", false},
                  {"rules", Json::array()},
                  {"id", id(logicalId)}};
    if (p.contains("Certificates") && p["Certificates"].is_array() && !p["Certificates"].empty())
        listener["certificateArn"] = textOrExpression(p["Certificates"][0].value("CertificateArn", Json("")));
    // The parameter a Stackyard export asks for when the listener has no certificate: none again.
    if (const std::string parameter = listener["certificateArn"].is_object() && listener["certificateArn"].contains("Ref")
                                          && listener["certificateArn"]["Ref"].is_string()
                                          ? listener["certificateArn"]["Ref"].get<std::string>() : std::string();
        !parameter.empty()) {
        const auto parameters = m_parsed.root.find("Parameters");
        const Json declared = parameters != m_parsed.root.end() && parameters->is_object() ? parameters->value(parameter, Json()) : Json();
        if (declared.is_object() && declared.value("Description", Json()).is_string()
            && declared["Description"].get<std::string>().rfind("ACM certificate ARN for the HTTPS listener of ", 0) == 0)
            listener["certificateArn"] = "";
    }
    Json action = Json::object();
    describeAction(p.value("DefaultActions", Json()), action, "targetGroup");
    if (action.contains("targetGroup"))
        listener["defaultTargetGroup"] = action["targetGroup"];
    listener["redirectToHttps"] = action.value("redirectToHttps", false);
    if (action.value("action", std::string()) == "fixed-response")
        listener["defaultAction"] = action;
    if (!action.value("targetGroup", std::string()).empty())
        m_targetGroupAlb.emplace(action["targetGroup"].get<std::string>(), alb->id);
    alb->properties["listeners"].push_back(listener);
    m_listenerAlb[id(logicalId)] = alb->id;
    fold(logicalId, alb->id, "listener", {{"index", alb->properties["listeners"].size() - 1}});
    return true;
}

bool Mapper::foldListenerRule(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    const std::string listenerId = ref(p.value("ListenerArn", Json()));
    auto albIt = m_listenerAlb.find(listenerId);
    if (albIt == m_listenerAlb.end())
        return false;
    Resource &alb = m_design.resources[albIt->second];
    Json rule{{"priority", toInt(p.value("Priority", Json())).value_or(0)}, {"id", id(logicalId)}};
    if (p.contains("Conditions") && p["Conditions"].is_array()) {
        for (const Json &c : p["Conditions"]) {
            const std::string field = c.value("Field", std::string());
            const Json values = c.contains("Values") ? c["Values"]
                                : c.contains("PathPatternConfig") ? c["PathPatternConfig"].value("Values", Json())
                                : c.contains("HostHeaderConfig") ? c["HostHeaderConfig"].value("Values", Json())
                                                                 : Json();
            const Json first = values.is_array() && !values.empty() ? textOrExpression(values[0]) : Json("");
            if (field == "path-pattern")
                rule["pathPattern"] = first;
            else if (field == "host-header")
                rule["hostHeader"] = first;
        }
    }
    describeAction(p.value("Actions", Json()), rule, "targetGroup");
    rule["maintenance"] = rule.value("action", std::string()) == "fixed-response" && rule.value("statusCode", 0) == 503;
    if (!rule.value("targetGroup", std::string()).empty())
        m_targetGroupAlb.emplace(rule["targetGroup"].get<std::string>(), alb.id);
    std::size_t index = 0;
    for (Json &listener : alb.properties["listeners"]) {
        if (listener.value("id", std::string()) == listenerId) {
            listener["rules"].push_back(rule);
            break;
        }
        ++index;
    }
    fold(logicalId, alb.id, "listener-rule", {{"listener", listenerId}, {"listenerIndex", index}});
    return true;
}

bool Mapper::foldTargetGroup(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    auto albIt = m_targetGroupAlb.find(id(logicalId));
    if (albIt == m_targetGroupAlb.end())
        return false;
    Resource &alb = m_design.resources[albIt->second];
    const Json attributes = p.value("TargetGroupAttributes", Json());
    const std::string protocol = scalarText(p.value("Protocol", Json("HTTP"))).value_or("HTTP");
    Json healthCheck{{"path", textOrExpression(p.value("HealthCheckPath", Json("/")))},
                     {"intervalSeconds", toInt(p.value("HealthCheckIntervalSeconds", Json())).value_or(30)},
                     {"timeoutSeconds", toInt(p.value("HealthCheckTimeoutSeconds", Json())).value_or(5)},
                     {"healthyThreshold", toInt(p.value("HealthyThresholdCount", Json())).value_or(5)},
                     {"unhealthyThreshold", toInt(p.value("UnhealthyThresholdCount", Json())).value_or(2)},
                     {"matcher", "200"}};
    if (p.contains("Matcher") && p["Matcher"].is_object())
        healthCheck["matcher"] = textOrExpression(p["Matcher"].value("HttpCode", Json("200")));
    // A target group a Stackyard export generated keeps the name it had in the design.
    std::string name = id(logicalId);
    Json extra{{"index", alb.properties["targetGroups"].size()}};
    const Json &body = m_parsed.root["Resources"][logicalId];
    if (const std::string role = body.contains("Metadata") && generatedBy(body) == alb.id
                                     ? body["Metadata"]["Stackyard"]["role"].get<std::string>() : std::string();
        role.rfind("TargetGroup-", 0) == 0 && role.size() > 12) {
        name = role.substr(12);
        extra["name"] = name;
        m_targetGroupNames[id(logicalId)] = name;
    }
    Json group{{"name", name},
               {"port", toInt(p.value("Port", Json())).value_or(protocol == "HTTPS" ? 443 : 80)},
               {"protocol", protocol},
               {"targetType", textOrExpression(p.value("TargetType", Json("instance")))},
               {"deregistrationDelay", toInt(attribute(attributes, "deregistration_delay.timeout_seconds")).value_or(300)},
               {"healthCheck", healthCheck}};
    alb.properties["targetGroups"].push_back(group);
    fold(logicalId, alb.id, "target-group", std::move(extra));
    return true;
}

void Mapper::renameTargetGroups()
{
    if (m_targetGroupNames.empty())
        return;
    auto rename = [&](Json &holder, const char *key) {
        if (!holder.is_object() || !holder.contains(key) || !holder[key].is_string())
            return;
        if (auto it = m_targetGroupNames.find(holder[key].get<std::string>()); it != m_targetGroupNames.end())
            holder[key] = it->second;
    };
    for (auto &[rid, r] : m_design.resources) {
        if (r.kind == "ecs-service" && r.properties.contains("loadBalancer")) {
            rename(r.properties["loadBalancer"], "targetGroup");
        } else if (r.kind == "alb" && r.properties.contains("listeners") && r.properties["listeners"].is_array()) {
            for (Json &listener : r.properties["listeners"]) {
                rename(listener, "defaultTargetGroup");
                if (listener.is_object() && listener.contains("rules") && listener["rules"].is_array())
                    for (Json &rule : listener["rules"])
                        rename(rule, "targetGroup");
            }
        }
    }
}

} // namespace Stackyard::Cfn
