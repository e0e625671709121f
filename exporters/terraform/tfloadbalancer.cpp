#include "tfcontext.h"

#include "model/core/topology.h"

#include <set>

namespace Stackyard {

namespace {

const char *const kMaintenanceBody =
    "<html><head><title>Maintenance</title></head><body><h1>Down for maintenance</h1>"
    "<p>We will be back shortly.</p></body></html>";

std::string targetGroup(TfContext &tx, const Id &alb, const std::string &name)
{
    return "aws_lb_target_group." + tx.name(alb, "target_group-" + name) + ".arn";
}

HclBody action(TfContext &tx, const Id &alb, const Json &rule)
{
    const std::string type = rule.value("action", "forward");
    if (type == "fixed-response")
        return {{"type", "fixed-response"},
                {"+fixed_response", {{"content_type", rule.value("contentType", "text/plain")},
                                     {"status_code", std::to_string(rule.value("statusCode", 503))},
                                     {"message_body", rule.value("messageBody", "")}}}};
    if (type == "redirect")
        return {{"type", "redirect"},
                {"+redirect", {{"protocol", "HTTPS"}, {"port", "443"}, {"status_code", "HTTP_301"}}}};
    return {{"type", "forward"}, {"target_group_arn", hclExpr(targetGroup(tx, alb, rule.value("targetGroup", "")))}};
}

OJson conditions(const Json &rule)
{
    OJson out = OJson::array();
    const std::string path = rule.value("pathPattern", "");
    const std::string host = rule.value("hostHeader", "");
    if (!host.empty())
        out.push_back({{"+host_header", {{"values", OJson::array({host})}}}});
    if (!path.empty() || out.empty())
        out.push_back({{"+path_pattern", {{"values", OJson::array({path.empty() ? "/*" : path})}}}});
    return out;
}

void maintenanceVariable(TfContext &tx)
{
    if (!tx.hasVariable("maintenance_mode"))
        tx.variable("maintenance_mode", {{"description", "true answers every request with the 503 maintenance page (REL-6)"},
                                         {"type", hclExpr("bool")},
                                         {"default", false}});
}

void rules(TfContext &tx, const Resource &alb, const Json &listener, const std::string &listenerName)
{
    std::set<int> priorities;
    bool modeled = false;
    const std::string port = std::to_string(listener.value("port", 443));
    for (const Json &rule : listMember(listener, "rules")) {
        const int priority = rule.value("priority", 100);
        priorities.insert(priority);
        const bool maintenance = rule.value("maintenance", false);
        HclBody body = OJson::object();
        if (maintenance) {
            maintenanceVariable(tx);
            body["count"] = hclExpr("var.maintenance_mode ? 1 : 0");
            modeled = true;
        }
        body["listener_arn"] = hclExpr("aws_lb_listener." + listenerName + ".arn");
        body["priority"] = priority;
        body["+action"] = action(tx, alb.id, rule);
        body["+condition"] = conditions(rule);
        tx.resource("aws_lb_listener_rule",
                    tx.name(alb.id, "listener" + port + (maintenance ? "_maintenance_rule" : "_rule" + std::to_string(priority))), body);
    }
    if (modeled || !alb.boolProperty("maintenanceMode") || listener.value("redirectToHttps", false) || priorities.count(1))
        return;
    maintenanceVariable(tx);
    Json rule{{"action", "fixed-response"}, {"statusCode", 503}, {"contentType", "text/html"}, {"messageBody", kMaintenanceBody}};
    tx.resource("aws_lb_listener_rule", tx.name(alb.id, "listener" + port + "_maintenance_rule"),
                {{"count", hclExpr("var.maintenance_mode ? 1 : 0")},
                 {"listener_arn", hclExpr("aws_lb_listener." + listenerName + ".arn")},
                 {"priority", 1},
                 {"+action", action(tx, alb.id, rule)},
                 {"+condition", conditions(rule)}});
}

void loadBalancer(TfContext &tx, const Resource &alb)
{
    const Design &d = tx.design();
    const bool internal = alb.stringProperty("scheme") == "internal";
    tx.resource("aws_lb", tx.name(alb.id),
                {{"internal", internal},
                 {"load_balancer_type", "application"},
                 {"subnets", tx.refs(subnetsOf(d, alb))},
                 {"security_groups", tx.refs(alb.securityGroups)},
                 {"idle_timeout", alb.intProperty("idleTimeout", 60)},
                 {"tags", tx.tags(alb)}});
    tx.output(tx.name(alb.id, "dns_name"), {{"description", "DNS name of " + alb.name},
                                            {"value", hclExpr(tx.ref(alb.id, "dns_name"))}});
    for (const Json &tg : listMember(alb.properties, "targetGroups")) {
        const Json &hc = mapMember(tg, "healthCheck");
        tx.resource("aws_lb_target_group", tx.name(alb.id, "target_group-" + tg.value("name", "")),
                    {{"port", tg.value("port", 8080)},
                     {"protocol", tg.value("protocol", "HTTP")},
                     {"target_type", tg.value("targetType", "ip")},
                     {"vpc_id", tx.refOrVariable(vpcOf(d, alb.id), "id", alb.id, "vpc_id")},
                     {"deregistration_delay", std::to_string(tg.value("deregistrationDelay", 300))},
                     {"+health_check", {{"path", hc.value("path", "/")},
                                        {"interval", hc.value("intervalSeconds", 30)},
                                        {"timeout", hc.value("timeoutSeconds", 5)},
                                        {"healthy_threshold", hc.value("healthyThreshold", 5)},
                                        {"unhealthy_threshold", hc.value("unhealthyThreshold", 2)},
                                        {"matcher", hc.value("matcher", "200")}}},
                     {"tags", tx.tags(alb.name + " " + tg.value("name", ""), alb.id)}});
    }
    for (const Json &l : listMember(alb.properties, "listeners")) {
        const std::string name = tx.name(alb.id, "listener" + std::to_string(l.value("port", 443)));
        const std::string protocol = l.value("protocol", "HTTPS");
        HclBody body{{"load_balancer_arn", hclExpr(tx.ref(alb.id, "arn"))}, {"port", l.value("port", 443)}, {"protocol", protocol}};
        if (protocol == "HTTPS") {
            body["ssl_policy"] = "ELBSecurityPolicy-TLS13-1-2-2021-06";
            const Json certificate = l.value("certificateArn", Json(""));
            // An imported expression cannot be written in HCL: it becomes the variable below too.
            const std::string cert = certificate.is_string() ? certificate.get<std::string>() : std::string();
            if (cert.empty()) {
                const std::string var = tx.name(alb.id, "certificate_arn");
                tx.variable(var, {{"description", "ACM certificate ARN for the HTTPS listener of " + alb.name}, {"type", hclExpr("string")}});
                tx.warn(alb.id, "HTTPS listener without a certificate: the configuration asks for variable " + var);
                body["certificate_arn"] = hclExpr("var." + var);
            } else {
                body["certificate_arn"] = cert;
            }
        }
        if (l.value("redirectToHttps", false))
            body["+default_action"] = action(tx, alb.id, {{"action", "redirect"}});
        else if (!l.value("defaultTargetGroup", "").empty())
            body["+default_action"] = action(tx, alb.id, {{"action", "forward"}, {"targetGroup", l.value("defaultTargetGroup", "")}});
        else
            body["+default_action"] = action(tx, alb.id, {{"action", "fixed-response"}, {"statusCode", 404}});
        tx.resource("aws_lb_listener", name, body);
        rules(tx, alb, l, name);
    }
}

void webAcls(TfContext &tx)
{
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind != "waf-web-acl")
            continue;
        const std::string metric = tx.name(id);
        OJson rules = OJson::array();
        int priority = 0;
        for (const Json &group : listMember(r.properties, "managedRuleGroups")) {
            if (!group.is_string())
                continue;
            const std::string name = group.get<std::string>();
            rules.push_back({{"name", name},
                             {"priority", priority++},
                             {"+override_action", {{"+none", OJson::object()}}},
                             {"+statement", {{"+managed_rule_group_statement", {{"name", name}, {"vendor_name", "AWS"}}}}},
                             {"+visibility_config", {{"cloudwatch_metrics_enabled", true},
                                                     {"metric_name", metric + "_" + name},
                                                     {"sampled_requests_enabled", true}}}});
        }
        HclBody body{{"name", hclTemplate("${var.environment_name}-" + id)},
                     {"scope", "REGIONAL"},
                     {"+default_action", {{"+allow", OJson::object()}}}};
        if (!rules.empty())
            body["+rule"] = rules;
        body["+visibility_config"] = {{"cloudwatch_metrics_enabled", true}, {"metric_name", metric}, {"sampled_requests_enabled", true}};
        body["tags"] = tx.tags(r);
        tx.resource("aws_wafv2_web_acl", metric, body);
        const Resource *alb = tx.design().resource(r.stringProperty("associatedWith"));
        if (!alb || alb->kind != "alb") {
            tx.warn(id, "web ACL is not associated with an ALB");
            continue;
        }
        tx.resource("aws_wafv2_web_acl_association", tx.name(id, "association"),
                    {{"resource_arn", hclExpr(tx.ref(alb->id, "arn"))}, {"web_acl_arn", hclExpr(tx.ref(id, "arn"))}});
    }
}

} // namespace

std::vector<std::string> tfListenersForwardingTo(TfContext &tx, const Resource &alb, const std::string &tg)
{
    // Asked once per service: the listeners are read in place, not copied.
    std::vector<std::string> out;
    for (const Json &l : listMember(alb.properties, "listeners")) {
        bool forwards = !l.value("redirectToHttps", false) && l.value("defaultTargetGroup", "") == tg;
        for (const Json &rule : listMember(l, "rules"))
            forwards = forwards || (rule.value("action", "forward") == "forward" && rule.value("targetGroup", "") == tg);
        if (forwards)
            out.push_back("aws_lb_listener." + tx.name(alb.id, "listener" + std::to_string(l.value("port", 443))));
    }
    return out;
}

std::string tfTargetGroupArn(TfContext &tx, const Id &alb, const std::string &name) { return targetGroup(tx, alb, name); }

void tfLoadBalancers(TfContext &tx)
{
    for (const auto &[id, r] : tx.design().resources)
        if (r.kind == "alb")
            loadBalancer(tx, r);
    webAcls(tx);
}

} // namespace Stackyard
