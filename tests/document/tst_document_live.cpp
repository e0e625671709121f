#include "model/core/io/designio.h"
#include "model/core/rules/fixes.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "model/document/placement.h"
#include "resources/embedded.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Stackyard;

namespace {

DesignFile sample(const char *name)
{
    auto text = embeddedFile(std::string("samples/") + name);
    if (!text)
        return {};
    LoadResult loaded = loadDesign(*text, name);
    return loaded.file ? *loaded.file : DesignFile{};
}

DesignFile reference()
{
    return sample("reference.stackyard.json");
}

/// What a live analysis announces, counted.
struct Announced
{
    explicit Announced(LiveAnalysis *live) : findings(live, &LiveAnalysis::findingsChanged), cost(live, &LiveAnalysis::costChanged) {}
    QSignalSpy findings;
    QSignalSpy cost;
};

int errors(const std::vector<Finding> &findings)
{
    return int(std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
}

} // namespace

class TestDocumentLive : public QObject
{
    Q_OBJECT
private slots:
    void referenceIsCleanAndPriced()
    {
        DesignDocument doc;
        doc.reset(reference());
        QVERIFY(!doc.design().resources.empty());
        LiveAnalysis live(&doc);
        QCOMPARE(errors(live.findings()), 0);
        QVERIFY(live.estimate().monthlyTotal > 0);
        QCOMPARE(live.pricedRegion(), QString::fromStdString(doc.design().region));
    }
    void editsReCheckOncePerTurnAndUndoRestores()
    {
        DesignDocument doc;
        doc.reset(reference());
        LiveAnalysis live(&doc);
        QSignalSpy spy(&live, &LiveAnalysis::findingsChanged);
        const double before = live.estimate().monthlyTotal;
        QStringList nats;
        for (const auto &[id, r] : doc.design().resources)
            if (r.kind == "nat-gateway")
                nats << QString::fromStdString(id);
        QVERIFY(!nats.isEmpty());
        for (const QString &nat : nats)
            doc.removeObjects({nat}); // several edits in one turn of the event loop
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(errors(live.findings()) > 0); // the tasks can no longer pull their image
        QVERIFY(live.estimate().monthlyTotal < before);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(errors(live.findings()), 0);
        QCOMPARE(live.estimate().monthlyTotal, before);
    }
    /// Moving nodes (each mouse move of a drag) changes only the layout, which no rule or price
    /// reads: no new analysis. Renaming a resource does re-check.
    void layoutOnlyEditsDoNotReCheck()
    {
        DesignDocument doc;
        doc.reset(reference());
        LiveAnalysis live(&doc);
        const Announced said(&live);
        const Id id = doc.design().resources.begin()->first;
        const auto box = doc.layout().nodes.find(id);
        QVERIFY(box != doc.layout().nodes.end());
        for (int step = 1; step <= 5; ++step) {
            Rect moved = box->second;
            moved.x += 10 * step;
            doc.setNodeBoxes({{id, moved}}, QStringLiteral("drag"));
            QTest::qWait(1); // one turn of the event loop per mouse move
        }
        QTest::qWait(20);
        QCOMPARE(said.findings.count(), 0);
        QCOMPARE(said.cost.count(), 0);
        doc.rename(id, "renamed");
        QTRY_COMPARE(said.findings.count(), 1);
        QCOMPARE(said.cost.count(), 1);
    }

    /// A new price re-prices but leaves the findings (and whoever draws them) alone.
    void aPriceChangeDoesNotReannounceFindings()
    {
        DesignDocument doc;
        doc.reset(reference());
        LiveAnalysis live(&doc);
        const Announced said(&live);
        const double before = live.estimate().monthlyTotal;
        std::map<std::string, double> overrides;
        for (const LineItem &item : live.estimate().items)
            overrides[item.priceKey] = 1000.0;
        live.setPriceOverrides(overrides);
        QTRY_COMPARE(said.cost.count(), 1);
        QVERIFY(live.estimate().monthlyTotal != before);
        QCOMPARE(said.findings.count(), 0);
    }

    void fixesAddedNodesGetPlacesInsideTheirContainers()
    {
        DesignDocument doc;
        doc.reset(reference());
        for (const auto &[id, r] : DesignFile(doc.file()).design.resources)
            if (r.kind == "nat-gateway")
                doc.removeObjects({QString::fromStdString(id)});
        LiveAnalysis live(&doc);
        const Finding *pull = nullptr;
        for (const Finding &f : live.findings())
            if (fixFor(f) && f.fix == "add-nat-per-az")
                pull = &f;
        QVERIFY(pull);
        DesignFile after{fixFor(*pull)->apply(doc.design(), *pull), doc.layout()};
        placeNewNodes(after);
        for (const auto &[id, r] : after.design.resources) {
            QVERIFY2(after.layout.nodes.count(id), id.c_str());
            if (r.kind != "nat-gateway")
                continue;
            const Rect box = after.layout.nodes.at(id), parent = after.layout.nodes.at(r.parent);
            QVERIFY(box.x >= parent.x && box.y >= parent.y);
            QVERIFY(box.x + box.width <= parent.x + parent.width && box.y + box.height <= parent.y + parent.height);
        }
        doc.replaceAll(after, "Add NAT gateways");
        QTRY_COMPARE(errors(live.findings()), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentLive)
#include "tst_document_live.moc"
