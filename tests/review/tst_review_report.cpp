#include "reviewfixture.h"

#include "model/core/cost/estimate.h"
#include "model/core/cost/pricetable.h"
#include "model/core/io/designio.h"
#include "widgets/review/practicechecklist.h"
#include "widgets/review/reviewreport.h"

#include <QApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Stackyard;

class TestReviewReport : public QObject
{
    Q_OBJECT

    DesignFile m_file;
    QString m_html;

    const PracticeResult *find(const std::vector<PracticeResult> &results, const char *id)
    {
        for (const PracticeResult &r : results)
            if (r.row.id == id)
                return &r;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        LoadResult loaded = loadDesignFile(ReviewFixture::samplePath().toStdString());
        QVERIFY(loaded.file);
        m_file = *loaded.file;
        m_file.design.settings["date"] = "2026-11-20";
        m_html = reviewReportHtml(m_file);
    }

    void holdsEverySection()
    {
        QVERIFY(m_html.startsWith("<!DOCTYPE html>"));
        QVERIFY(m_html.contains("<h1>Reference architecture (NET-4)</h1>"));
        QVERIFY(m_html.contains("us-east-1"));
        QVERIFY(m_html.contains("2026-11-20"));
        QVERIFY(m_html.contains("id=\"diagram\""));
        QVERIFY(m_html.count("<svg") >= 3); // diagram, donut, bars
        for (const char *pillar : {"Operational excellence", "Security", "Reliability", "Performance efficiency",
                                   "Cost optimization", "Sustainability"})
            QVERIFY2(m_html.contains(QStringLiteral("%1 — score").arg(pillar)), pillar);
        QVERIFY(m_html.contains("Shared responsibility (SEC-1)"));
        QVERIFY(m_html.contains("customer's side"));
    }

    void listsEveryPracticeRow()
    {
        QFile practices(QStringLiteral(STACKYARD_SHARED_DIR "/docs/PRACTICES.md"));
        if (!practices.open(QIODevice::ReadOnly))
            QSKIP("../shared/docs/PRACTICES.md is not present");
        const QString text = QString::fromUtf8(practices.readAll());
        static const QRegularExpression row(QStringLiteral("^\\| ([A-Z]+-[0-9]+) \\|"), QRegularExpression::MultilineOption);
        int rows = 0;
        for (auto it = row.globalMatch(text); it.hasNext(); ++rows) {
            const QString id = it.next().captured(1);
            QVERIFY2(m_html.contains(QStringLiteral("id=\"practice-%1\"").arg(id)), qPrintable(id));
        }
        QCOMPARE(rows, 43);
        QCOMPARE(int(practiceRows().size()), rows);
    }

    void costTotalAndPriceDate()
    {
        const std::optional<PriceTable> prices = PriceTable::builtin(m_file.design.region);
        QVERIFY(prices);
        const CostEstimate e = estimate(m_file.design, *prices);
        QVERIFY(e.monthlyTotal > 0);
        const QString total = "$" + QLocale(QLocale::English).toString(e.monthlyTotal, 'f', 2);
        QVERIFY2(m_html.contains("Monthly total: <b>" + total + "</b>"), qPrintable(total));
        QVERIFY(m_html.contains(QString::fromStdString(e.pricesAsOf)));
        QVERIFY(m_html.contains("Assumptions (usage)"));
        QVERIFY(m_html.contains("requestsPerMonth"));
    }

    void priceOverridesAreUsedAndMarked()
    {
        QVERIFY(!m_html.contains("(your price)"));
        // Two NAT gateways in the reference: 2 x 730 h x (0.05 - 0.045) = $7.30 more a month.
        ReviewReportOptions options;
        options.priceOverrides["nat_gateway.hour"] = 0.05;
        const QString html = reviewReportHtml(m_file, options);
        QVERIFY(html.contains("(your price)"));
        const std::optional<PriceTable> prices = PriceTable::builtin(m_file.design.region);
        QVERIFY(prices);
        CostOptions costOptions;
        costOptions.priceOverrides = options.priceOverrides;
        const CostEstimate listed = estimate(m_file.design, *prices);
        const CostEstimate mine = estimate(m_file.design, *prices, costOptions);
        QCOMPARE(qRound((mine.monthlyTotal - listed.monthlyTotal) * 100), 730);
        const QString total = "$" + QLocale(QLocale::English).toString(mine.monthlyTotal, 'f', 2);
        QVERIFY2(html.contains("Monthly total: <b>" + total + "</b>"), qPrintable(total));
    }

    void selfContained()
    {
        // No scripts, stylesheets, images or fonts fetched from anywhere.
        QVERIFY(!m_html.contains("<script"));
        QVERIFY(!m_html.contains("<link"));
        QVERIFY(!m_html.contains("<img"));
        QVERIFY(!m_html.contains("src="));
        QVERIFY(!m_html.contains("url("));
        // Links only to data inside the file (icons as data: URIs) or to its own anchors.
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (auto it = href.globalMatch(m_html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith("data:") || target.startsWith('#'), qPrintable(target.left(80)));
        }
        QVERIFY(m_html.contains("<style>"));
    }

    void checklistIsHonest()
    {
        // Nothing in the sample looks at a bastion: not applicable, never "met".
        Design design = m_file.design;
        std::vector<PracticeResult> results = checkPractices(design, {});
        QCOMPARE(find(results, "BAS-1")->status, PracticeStatus::NotApplicable);
        QCOMPARE(find(results, "SEC-6")->status, PracticeStatus::NotMet); // no GuardDuty setting
        QCOMPARE(find(results, "PERF-3")->status, PracticeStatus::NotChecked);
        QCOMPARE(find(results, "SEC-2")->status, PracticeStatus::Met);
        QVERIFY(find(results, "SEC-2")->why.contains("ecr-scan-on-push"));

        // A finding of a practice's rule makes the row "not met" with the finding as the reason.
        Finding f;
        f.rule = "ecr-scan-on-push";
        f.severity = Severity::Warning;
        f.pillar = Pillar::Sec;
        f.practice = "SEC-2";
        f.message = "ecr-app does not scan on push";
        results = checkPractices(design, {f});
        QCOMPARE(find(results, "SEC-2")->status, PracticeStatus::NotMet);
        QVERIFY(find(results, "SEC-2")->why.contains("does not scan on push"));

        design.settings["guardDuty"] = true;
        QCOMPARE(find(checkPractices(design, {}), "SEC-6")->status, PracticeStatus::Met);
    }

    void pdfPaginates()
    {
        const QByteArray pdf = reviewReportPdf(m_file);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(ReviewFixture::pdfPageCount(pdf) > 4); // title, diagram, findings, checklist, cost, SEC-1
    }
};

QTEST_MAIN(TestReviewReport)
#include "tst_review_report.moc"
