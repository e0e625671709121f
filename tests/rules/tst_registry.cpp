#include "model/core/rules/rulesdoc.h"
#include "model/core/rules/validate.h"
#include "resources/embedded.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Stackyard;

/// Every registered rule is documented and has fixtures; the list is sorted; docs/rules.md is fresh.
class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void sortedAndUnique()
    {
        const auto rules = registeredRules();
        QVERIFY(rules.size() >= 30);
        for (std::size_t i = 1; i < rules.size(); ++i)
            QVERIFY2(rules[i - 1]->info().id < rules[i]->info().id, std::string(rules[i]->info().id).c_str());
    }

    void everyRuleHasDocAndFixtures()
    {
        for (const Rule *r : registeredRules()) {
            const RuleInfo &i = r->info();
            const std::string id(i.id);
            QCOMPARE(std::string(i.doc), "rules/" + id + ".md");
            const auto doc = embeddedFile(i.doc);
            QVERIFY2(doc.has_value(), ("no embedded doc page for " + id).c_str());
            for (const char *section : {"## What", "## Why", "## How to fix", "https://docs.aws.amazon.com/"})
                QVERIFY2(doc->find(section) != std::string_view::npos, (id + ".md lacks " + section).c_str());
            if (!i.practice.empty())
                QVERIFY2(doc->find(i.practice) != std::string_view::npos, (id + ".md does not cite " + std::string(i.practice)).c_str());
            const QDir dir(QStringLiteral(STACKYARD_SOURCE_DIR "/tests/rules/data/") + QString::fromStdString(id));
            for (const char *file : {"fail.json", "pass.json", "expected.json"})
                QVERIFY2(dir.exists(QString::fromLatin1(file)), (id + "/" + file + " missing").c_str());
        }
    }

    void noOrphanFixturesOrDocs()
    {
        const QDir data(QStringLiteral(STACKYARD_SOURCE_DIR "/tests/rules/data"));
        for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(findRule(name.toStdString()), qPrintable(name + " has fixtures but no rule"));
        const QDir docs(QStringLiteral(STACKYARD_SOURCE_DIR "/resources/rules"));
        for (const QString &name : docs.entryList({QStringLiteral("*.md")}))
            QVERIFY2(findRule(name.chopped(3).toStdString()), qPrintable(name + " documents no rule"));
    }

    void rulesDocIsFresh()
    {
        QFile file(QStringLiteral(STACKYARD_SOURCE_DIR "/docs/rules.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/rules.md missing: run gen_rules_doc > docs/rules.md");
        QVERIFY2(file.readAll().toStdString() == rulesMarkdown(),
                 "docs/rules.md is stale: run gen_rules_doc > docs/rules.md");
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
