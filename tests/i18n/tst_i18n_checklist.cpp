// The practice checklist's reasons in Korean: whole translated sentences around the design's ids,
// with no English words left but ids and AWS names; the English reasons unchanged.
#include "widgets/i18n/language.h"
#include "widgets/review/practicechecklist.h"

#include "model/core/io/designio.h"
#include "model/core/rules/validate.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Stackyard;

namespace {

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

Design reference()
{
    LoadResult loaded = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
    return loaded.file ? loaded.file->design : Design{};
}

const PracticeResult *find(const std::vector<PracticeResult> &results, const char *id)
{
    for (const PracticeResult &r : results)
        if (r.row.id == id)
            return &r;
    return nullptr;
}

/// The words of `why` that are neither ids (the design's resources, rules, practices, kinds,
/// setting and property names) nor AWS product names: what is left would be untranslated English.
QStringList englishWords(const QString &why, const Design &design)
{
    static const QSet<QString> aws{"ALB", "ECS", "Aurora", "FireLens", "Fluent", "Bit", "CloudWatch", "Logs", "S3",
                                   "X-Ray", "WAF", "ACL", "VPC", "NAT", "Fargate", "Container", "Insights", "CodeBuild",
                                   "Trivy", "Dockle", "AWS", "Shield", "Standard", "Spot", "RunningTaskCount", "Auto",
                                   "Scaling", "awsvpc", "Lambda", "SNS"};
    QSet<QString> ids;
    for (const auto &[id, r] : design.resources)
        ids << QString::fromStdString(id) << QString::fromStdString(r.kind);
    for (const Rule *rule : registeredRules())
        ids << QString::fromLatin1(rule->info().id);
    for (const PracticeRow &row : practiceRows()) {
        ids << QString::fromStdString(row.id);
        for (const std::string &kind : row.appliesTo)
            ids << QString::fromStdString(kind);
    }
    for (const std::string &env : design.environments)
        ids << QString::fromStdString(env);
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]|[A-Za-z]"));
    static const QRegularExpression identifier(QStringLiteral("[._]|[a-z][A-Z]|^[A-Z0-9_]+$"));
    QStringList out;
    for (auto it = word.globalMatch(why); it.hasNext();) {
        const QString w = it.next().captured();
        if (!aws.contains(w) && !ids.contains(w) && !identifier.match(w).hasMatch())
            out << w;
    }
    return out;
}

} // namespace

class TestChecklistKorean : public QObject
{
    Q_OBJECT

private slots:
    void englishReasons()
    {
        QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        const Design design = reference();
        QVERIFY(!design.resources.empty());
        const auto results = checkPractices(design, validate(design));
        QCOMPARE(find(results, "NET-1")->why, QStringLiteral("checked by alb-public-subnets, alb-two-azs, alb-internet-ingress: no findings"));
        QCOMPARE(find(results, "LOG-2")->why, QStringLiteral("FireLens with Fluent Bit routes the logs of: app; checked by logs-path: no findings"));
        QCOMPARE(find(results, "CICD-1")->why, QStringLiteral("a lifecycle rule per environment tag prefix (dev, staging, prod) on: ecr-app"));
        QCOMPARE(find(results, "BAS-1")->why, QStringLiteral("the design has no bastion"));
        // The check below finds the English it is meant to find.
        int english = 0;
        for (const PracticeResult &r : results)
            english += englishWords(r.why, design).isEmpty() ? 0 : 1;
        QVERIFY(english >= 30);

        const auto empty = checkPractices(Design{}, {});
        QCOMPARE(find(empty, "SEC-7")->why, QStringLiteral("the design has no ecs-service, aurora-cluster or ssm-parameter"));
        QCOMPARE(find(empty, "NET-4")->why, QStringLiteral("the design lacks an ALB, an ECS service, an Aurora cluster"));
    }

    void koreanReasons_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::newRow("reference design") << false;
        QTest::newRow("empty design") << true;
    }

    void koreanReasons()
    {
        QFETCH(bool, empty);
        QVERIFY(Language::install(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        const Design design = empty ? Design{} : reference();
        const auto results = checkPractices(design, validate(design));
        QCOMPARE(results.size(), practiceRows().size());
        for (const PracticeResult &r : results) {
            const QString id = QString::fromStdString(r.row.id);
            QVERIFY2(hasHangul(r.why), qPrintable(id + ": " + r.why));
            const QStringList english = englishWords(r.why, design);
            QVERIFY2(english.isEmpty(), qPrintable(id + ": " + r.why + " — " + english.join(QLatin1Char(' '))));
        }
        QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void koreanReasonQuotesTheFinding()
    {
        QVERIFY(Language::install(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        Finding f;
        f.rule = "ecr-scan-on-push";
        f.severity = Severity::Warning;
        f.pillar = Pillar::Sec;
        f.practice = "SEC-2";
        f.message = "ecr-app does not scan on push";
        const auto results = checkPractices(reference(), {f});
        QCOMPARE(find(results, "SEC-2")->status, PracticeStatus::NotMet);
        // The severity is translated; the message is the finding's own (see findingMessage()).
        QCOMPARE(find(results, "SEC-2")->why, QStringLiteral("경고 ecr-scan-on-push: ecr-app does not scan on push"));
        QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_GUILESS_MAIN(TestChecklistKorean)
#include "tst_i18n_checklist.moc"
