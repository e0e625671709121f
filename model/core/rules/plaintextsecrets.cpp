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
                f.add(info(), {s->id},
                      Text(STACKYARD_TEXT("container \"%1\" of %2 sets %3 in plaintext in its environment"),
                           c.value("name", std::string()), s->id, name),
                      Text(STACKYARD_TEXT("store %1 in Secrets Manager and reference it from the container's secrets"), name),
                      std::nullopt, "move-secret");
            }
            if (!c.contains("secrets") || !c["secrets"].is_object())
                continue;
            for (const auto &[name, ref] : c["secrets"].items()) {
                const Resource *p = ref.is_string() ? a.resource(ref.get<std::string>()) : nullptr;
                if (p && p->kind == "ssm-parameter" && a.props().other(*p).parameterType != "SecureString")
                    f.add(info(), {s->id, p->id},
                          Text(STACKYARD_TEXT("%1 of %2 comes from %3, a %4 parameter, which is not encrypted"), name, s->id, p->id,
                               a.stringProperty(*p, "parameterType")),
                          Text(STACKYARD_TEXT("make %1 a SecureString parameter or a Secrets Manager secret"), p->id),
                          Severity::Warning);
            }
        }
    }
    for (const Resource *db : a.ofKind("aurora-cluster"))
        if (!a.props().aurora(*db).manageMasterUserPassword.orElse(true))
            f.add(info(), {db->id}, Text(STACKYARD_TEXT("the master password of %1 is not managed by Secrets Manager"), db->id),
                  Text(STACKYARD_TEXT("turn on manageMasterUserPassword")), Severity::Warning);
}

} // namespace Stackyard
