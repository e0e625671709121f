#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(auroraEncryption, AuroraEncryption, "aurora-encryption", "Aurora storage is encrypted at rest",
               Pillar::Sec, Severity::Warning, "NET-3", "rules/aurora-encryption.md")

void AuroraEncryption::check(const Analysis &a, Findings &f) const
{
    for (const Resource *db : a.ofKind("aurora-cluster"))
        if (!a.props().aurora(*db).storageEncrypted.orElse(true))
            f.add(info(), {db->id}, Text(STACKYARD_TEXT("%1 stores data unencrypted (StorageEncrypted defaults to false)"), db->id),
                  Text(STACKYARD_TEXT("turn on storageEncrypted (it cannot be changed after creation)")));
}

} // namespace Stackyard
