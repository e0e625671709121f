#pragma once

#include "model/core/rules/validate.h"

#include <QTest>

namespace Stackyard::Fixture {

/// QTest data rows "<rule>/fail" and "<rule>/pass" for every registered rule, in columns "rule"
/// and "variant" (QString): the fixtures in tests/rules/data/<rule>/.
inline void addRuleFixtureRows()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("variant");
    for (const Rule *r : registeredRules())
        for (const char *variant : {"fail", "pass"})
            QTest::newRow((std::string(r->info().id) + "/" + variant).c_str())
                << QString::fromUtf8(r->info().id.data(), qsizetype(r->info().id.size())) << QString::fromLatin1(variant);
}

} // namespace Stackyard::Fixture
