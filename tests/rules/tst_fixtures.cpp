#include "fixturepatch.h"
#include "fixturerows.h"

#include "model/core/rules/validate.h"

#include <QTest>

#include <fstream>

using namespace Stackyard;

namespace {


std::string describe(const std::vector<Finding> &findings)
{
    std::string text;
    for (const Finding &f : findings) {
        text += "\n  " + std::string(severityName(f.severity)) + " [";
        for (const Id &s : f.subjects)
            text += s + " ";
        text += "] " + f.message;
    }
    return text;
}

} // namespace

/// For every rule: the failing design gives exactly the expected findings of that rule, the
/// passing design none. Expected findings sit in data/<id>/expected.json next to the designs.
class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data() { Fixture::addRuleFixtureRows(); }

    void fixture()
    {
        QFETCH(QString, rule);
        QFETCH(QString, variant);
        std::string error;
        const auto design = Fixture::loadRuleFixture(rule.toStdString(), variant.toStdString(), error);
        QVERIFY2(design, error.c_str());
        std::ifstream in(Fixture::ruleFixtureDir(rule.toStdString()) + "/expected.json");
        const Json expected = Json::parse(in, nullptr, false);
        QVERIFY2(expected.is_object(), "expected.json is not a JSON object");

        std::vector<Finding> mine;
        for (const Finding &f : validate(*design))
            if (f.rule == rule.toStdString())
                mine.push_back(f);
        const Json wanted = expected.value(variant.toStdString(), Json::array());
        QVERIFY2(mine.size() == wanted.size(),
                 ("expected " + std::to_string(wanted.size()) + " finding(s), got:" + describe(mine)).c_str());
        for (std::size_t i = 0; i < mine.size(); ++i) {
            const Json &w = wanted[i];
            QCOMPARE(std::string(severityName(mine[i].severity)), w.value("severity", std::string()));
            QCOMPARE(mine[i].subjects, w.value("subjects", std::vector<std::string>{}));
            if (w.contains("message"))
                QVERIFY2(mine[i].message.find(w["message"].get<std::string>()) != std::string::npos,
                         ("message was: " + mine[i].message).c_str());
            QVERIFY(!mine[i].fixHint.empty());
        }
    }

    void samplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("reference") << QStringLiteral("reference");
        QTest::newRow("private-endpoints") << QStringLiteral("private-endpoints");
        QTest::newRow("firelens-xray") << QStringLiteral("firelens-xray");
    }

    void samplesHaveNoErrors()
    {
        QFETCH(QString, sample);
        std::string error;
        const auto design = Fixture::loadSample(sample.toStdString(), error);
        QVERIFY2(design, error.c_str());
        std::vector<Finding> errors;
        for (const Finding &f : validate(*design)) {
            if (f.severity == Severity::Error)
                errors.push_back(f);
            else // warnings and advice are allowed; list them in the log for reviewers
                qInfo("%s: %s [%s] %s", qPrintable(sample), std::string(severityName(f.severity)).c_str(),
                      f.rule.c_str(), f.message.c_str());
        }
        QVERIFY2(errors.empty(), describe(errors).c_str());
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
