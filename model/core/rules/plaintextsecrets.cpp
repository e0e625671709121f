#include "allrules.h"
#include "ruleutil.h"


namespace Stackyard {

STACKYARD_RULE(plaintextSecrets, PlaintextSecrets, "plaintext-secrets", "No secrets in plaintext", Pillar::Sec,
               Severity::Error, "SEC-7", "rules/plaintext-secrets.md")


void PlaintextSecrets::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service")) {
        for (const Json &c : RuleUtil::containers(a, *s)) {
            if (!c.is_object() || !c.contains("environment") || !c["environment"].is_object())
                continue;
            for (const auto &[name, value] : c["environment"].items()) {
                if (!RuleUtil::looksSecret(name) || !value.is_string() || value.get<std::string>().empty())
                    continue;
                f.add(info(), {s->id}, "container \"" + c.value("name", std::string()) + "\" of " + s->id
                                           + " sets " + name + " in plaintext in its environment",
                      "store " + name + " in Secrets Manager and reference it from the container's secrets",
                      std::nullopt, "move-secret");
            }
            if (!c.contains("secrets") || !c["secrets"].is_object())
                continue;
            for (const auto &[name, ref] : c["secrets"].items()) {
                const Resource *p = ref.is_string() ? a.resource(ref.get<std::string>()) : nullptr;
                if (p && p->kind == "ssm-parameter" && a.props().other(*p).parameterType != "SecureString")
                    f.add(info(), {s->id, p->id}, name + " of " + s->id + " comes from " + p->id + ", a "
                                                      + a.stringProperty(*p, "parameterType") + " parameter, which is not encrypted",
                          "make " + p->id + " a SecureString parameter or a Secrets Manager secret", Severity::Warning);
            }
        }
    }
    for (const Resource *db : a.ofKind("aurora-cluster"))
        if (!a.props().aurora(*db).manageMasterUserPassword.orElse(true))
            f.add(info(), {db->id}, "the master password of " + db->id + " is not managed by Secrets Manager",
                  "turn on manageMasterUserPassword", Severity::Warning);
}

} // namespace Stackyard
