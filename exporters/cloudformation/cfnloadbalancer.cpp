#include "cfncontext.h"

#include "model/core/topology.h"

#include <set>

namespace Stackyard {

namespace {

const char *const kMaintenanceBody =
    "<html><head><title>Maintenance</title></head><body><h1>Down for maintenance</h1>"
    "<p>We will be back shortly.</p></body></html>";

std::string listenerId(CfnContext &cx, const Id &alb, const Json &listener)
{
    return cx.id(alb, "Listener" + std::to_string(listener.value("port", 443)));
}

OJson forward(CfnContext &cx, const Id &alb, const std::string &targetGroup)
{
    return {{"Type", "forward"}, {"TargetGroupArn", CfnContext::ref(cfnTargetGroup(cx, alb, targetGroup))}};
}

OJson ruleAction(CfnContext &cx, const Id &alb, const Json &rule)
{
    const std::string action = rule.value("action", "forward");
    if (action == "fixed-response")
        return {{"Type", "fixed-response"},
                {"FixedResponseConfig", {{"StatusCode", std::to_string(rule.value("statusCode", 503))},
                                         {"ContentType", rule.value("contentType", "text/plain")},
                                         {"MessageBody", rule.value("messageBody", "")}}}};
    if (action == "redirect")
        return {{"Type", "redirect"},
                {"RedirectConfig", {{"Protocol", "HTTPS"}, {"Port", "443"}, {"StatusCode", "HTTP_301"}}}};
    return forward(cx, alb, rule.value("targetGroup", ""));
}

OJson ruleConditions(const Json &rule)
{
    OJson out = OJson::array();
    const std::string path = rule.value("pathPattern", "");
    const std::string host = rule.value("hostHeader", "");
    if (!host.empty())
        out.push_back({{"Field", "host-header"}, {"HostHeaderConfig", {{"Values", OJson::array({host})}}}});
    if (!path.empty() || out.empty())
        out.push_back({{"Field", "path-pattern"},
                       {"PathPatternConfig", {{"Values", OJson::array({path.empty() ? "/*" : path})}}}});
    return out;
}

void enableMaintenanceSwitch(CfnContext &cx)
{
    if (cx.hasParameter("MaintenanceMode"))
        return;
    cx.parameter("MaintenanceMode", {
        {"Type", "String"},
        {"Default", "false"},
        {"AllowedValues", OJson::array({"true", "false"})},
        {"Description", "true answers every request with the 503 maintenance page (REL-6)"}});
    cx.conditions()["MaintenanceModeEnabled"] = {
        {"Fn::Equals", OJson::array({CfnContext::ref("MaintenanceMode"), "true"})}};
}

void listenerRules(CfnContext &cx, const Resource &alb, const Json &listener, const std::string &listenerLogical)
{
    std::set<int> priorities;
    bool maintenanceModeled = false;
    for (const Json &rule : listMember(listener, "rules")) {
        const int priority = rule.value("priority", 100);
        priorities.insert(priority);
        const bool maintenance = rule.value("maintenance", false);
        const std::string logical = cx.id(alb.id, "Listener" + std::to_string(listener.value("port", 443))
                                                      + (maintenance ? "MaintenanceRule" : "Rule" + std::to_string(priority)));
        OJson &entry = cx.add(logical, "AWS::ElasticLoadBalancingV2::ListenerRule",
                              {{"ListenerArn", CfnContext::ref(listenerLogical)},
                               {"Priority", priority},
                               {"Conditions", ruleConditions(rule)},
                               {"Actions", OJson::array({ruleAction(cx, alb.id, rule)})}});
        if (maintenance) {
            enableMaintenanceSwitch(cx);
            entry["Condition"] = "MaintenanceModeEnabled";
            maintenanceModeled = true;
        }
    }
    if (maintenanceModeled || !alb.boolProperty("maintenanceMode") || listener.value("redirectToHttps", false))
        return;
    if (priorities.count(1)) {
        cx.warn(alb.id, "listener " + std::to_string(listener.value("port", 443))
                            + " already has a rule at priority 1; the maintenance rule is not exported");
        return;
    }
    enableMaintenanceSwitch(cx);
    Json rule{{"priority", 1}, {"action", "fixed-response"}, {"statusCode", 503}, {"contentType", "text/html"},
              {"messageBody", kMaintenanceBody}};
    OJson &entry = cx.add(cx.id(alb.id, "Listener" + std::to_string(listener.value("port", 443)) + "MaintenanceRule"),
                          "AWS::ElasticLoadBalancingV2::ListenerRule",
                          {{"ListenerArn", CfnContext::ref(listenerLogical)},
                           {"Priority", 1},
                           {"Conditions", ruleConditions(rule)},
                           {"Actions", OJson::array({ruleAction(cx, alb.id, rule)})}});
    entry["Condition"] = "MaintenanceModeEnabled";
}

void targetGroups(CfnContext &cx, const Resource &alb, const Id &vpc)
{
    for (const Json &tg : listMember(alb.properties, "targetGroups")) {
        const Json &hc = mapMember(tg, "healthCheck");
        OJson props{{"VpcId", cx.refOrKept(vpc, tg.value("name", alb.id), "VpcId")},
                    {"Port", tg.value("port", 8080)},
                    {"Protocol", tg.value("protocol", "HTTP")},
                    {"TargetType", tg.value("targetType", "ip")},
                    {"HealthCheckPath", hc.value("path", "/")},
                    {"HealthCheckIntervalSeconds", hc.value("intervalSeconds", 30)},
                    {"HealthCheckTimeoutSeconds", hc.value("timeoutSeconds", 5)},
                    {"HealthyThresholdCount", hc.value("healthyThreshold", 5)},
                    {"UnhealthyThresholdCount", hc.value("unhealthyThreshold", 2)},
                    {"Matcher", {{"HttpCode", hc.value("matcher", "200")}}},
                    {"TargetGroupAttributes",
                     OJson::array({{{"Key", "deregistration_delay.timeout_seconds"},
                                    {"Value", std::to_string(tg.value("deregistrationDelay", 300))}}})},
                    {"Tags", cx.tags(alb.name + " " + tg.value("name", ""), alb.id)}};
        cx.add(cfnTargetGroup(cx, alb.id, tg.value("name", "")), "AWS::ElasticLoadBalancingV2::TargetGroup",
               std::move(props));
    }
}

void listeners(CfnContext &cx, const Resource &alb)
{
    for (const Json &l : listMember(alb.properties, "listeners")) {
        const std::string logical = listenerId(cx, alb.id, l);
        const std::string protocol = l.value("protocol", "HTTPS");
        OJson props{{"LoadBalancerArn", CfnContext::ref(cx.id(alb.id))}, {"Port", l.value("port", 443)},
                    {"Protocol", protocol}};
        if (protocol == "HTTPS") {
            const Json certificate = l.value("certificateArn", Json(""));
            const std::string cert = certificate.is_string() ? certificate.get<std::string>() : std::string();
            if (!certificate.is_string() && !certificate.is_null()) {
                // An imported expression ({"Ref": "CertificateParameter"}) goes back as written.
                props["Certificates"] = OJson::array({{{"CertificateArn", toOrdered(certificate)}}});
            } else if (cert.empty()) {
                const std::string param = cx.id(alb.id, "CertificateArn");
                cx.parameter(param, {{"Type", "String"},
                                          {"Description", "ACM certificate ARN for the HTTPS listener of " + alb.name}});
                cx.warn(alb.id, "HTTPS listener without a certificate: the template asks for parameter " + param);
                props["Certificates"] = OJson::array({{{"CertificateArn", CfnContext::ref(param)}}});
            } else {
                props["Certificates"] = OJson::array({{{"CertificateArn", cert}}});
            }
            props["SslPolicy"] = "ELBSecurityPolicy-TLS13-1-2-2021-06";
        }
        OJson action;
        if (l.value("redirectToHttps", false))
            action = {{"Type", "redirect"},
                      {"RedirectConfig", {{"Protocol", "HTTPS"}, {"Port", "443"}, {"StatusCode", "HTTP_301"}}}};
        else if (!l.value("defaultTargetGroup", "").empty())
            action = forward(cx, alb.id, l.value("defaultTargetGroup", ""));
        else
            action = {{"Type", "fixed-response"}, {"FixedResponseConfig", {{"StatusCode", "404"}, {"ContentType", "text/plain"}}}};
        props["DefaultActions"] = OJson::array({action});
        cx.add(logical, "AWS::ElasticLoadBalancingV2::Listener", std::move(props));
        listenerRules(cx, alb, l, logical);
    }
}

void webAcls(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "waf-web-acl")
            continue;
        const std::string metric = cx.id(id);
        OJson rules = OJson::array();
        int priority = 0;
        for (const Json &group : listMember(r.properties, "managedRuleGroups")) {
            if (!group.is_string())
                continue;
            const std::string name = group.get<std::string>();
            rules.push_back({{"Name", name},
                             {"Priority", priority++},
                             {"OverrideAction", {{"None", OJson::object()}}},
                             {"Statement", {{"ManagedRuleGroupStatement", {{"VendorName", "AWS"}, {"Name", name}}}}},
                             {"VisibilityConfig", {{"SampledRequestsEnabled", true},
                                                   {"CloudWatchMetricsEnabled", true},
                                                   {"MetricName", metric + name}}}});
        }
        cx.add(metric, "AWS::WAFv2::WebACL",
               {{"Scope", "REGIONAL"},
                {"DefaultAction", {{"Allow", OJson::object()}}},
                {"VisibilityConfig", {{"SampledRequestsEnabled", true}, {"CloudWatchMetricsEnabled", true}, {"MetricName", metric}}},
                {"Rules", std::move(rules)},
                {"Tags", cx.tags(r)}});
        const Resource *alb = cx.design().resource(r.stringProperty("associatedWith"));
        if (!alb || alb->kind != "alb") {
            cx.warn(id, "web ACL is not associated with an ALB");
            continue;
        }
        cx.add(cx.id(id, "Association"), "AWS::WAFv2::WebACLAssociation",
               {{"ResourceArn", CfnContext::ref(cx.id(alb->id))}, {"WebACLArn", CfnContext::getAtt(metric, "Arn")}});
    }
}

} // namespace

std::string cfnTargetGroup(CfnContext &cx, const Id &alb, const std::string &targetGroup)
{
    return cx.id(alb, "TargetGroup-" + targetGroup);
}

std::vector<std::string> cfnListenersForwardingTo(CfnContext &cx, const Resource &alb, const std::string &targetGroup)
{
    // Asked once per service: the listeners are read in place, not copied.
    std::vector<std::string> out;
    for (const Json &l : listMember(alb.properties, "listeners")) {
        bool forwards = !l.value("redirectToHttps", false) && l.value("defaultTargetGroup", "") == targetGroup;
        for (const Json &rule : listMember(l, "rules"))
            if (rule.value("action", "forward") == "forward" && rule.value("targetGroup", "") == targetGroup)
                forwards = true;
        if (forwards)
            out.push_back(listenerId(cx, alb.id, l));
    }
    return out;
}

void buildLoadBalancers(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "alb")
            continue;
        const Id vpc = vpcOf(cx.design(), id);
        const bool internal = r.stringProperty("scheme") == "internal";
        OJson props{{"Type", "application"},
                    {"Scheme", internal ? "internal" : "internet-facing"},
                    {"Subnets", cfnRefList(cx, subnetsOf(cx.design(), r))},
                    {"SecurityGroups", cfnRefList(cx, r.securityGroups)},
                    {"LoadBalancerAttributes",
                     OJson::array({{{"Key", "idle_timeout.timeout_seconds"},
                                    {"Value", std::to_string(r.intProperty("idleTimeout", 60))}}})},
                    {"Tags", cx.tags(r)}};
        if (!r.stringProperty("accessLogsBucket").empty())
            cx.warn(id, "ALB access logs are not exported: the bucket policy needs the Region's load balancer account");
        cx.add(cx.id(id), "AWS::ElasticLoadBalancingV2::LoadBalancer", std::move(props));
        if (!internal)
            cx.dependOn(cx.id(id), cfnIgwAttachment(cx, vpc));
        cx.output(cx.id(id, "DnsName"), {{"Description", "DNS name of " + r.name},
                                             {"Value", CfnContext::getAtt(cx.id(id), "DNSName")}});
        targetGroups(cx, r, vpc);
        listeners(cx, r);
    }
    webAcls(cx);
}

} // namespace Stackyard
