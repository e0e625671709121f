// One-click fixes in the findings panel (issue 5, item 5): a task that cannot pull its image is
// offered both answers — a NAT gateway per zone or the VPC endpoint set (SEC-15) — each with its
// monthly cost difference and whether it resolves the finding; a click applies it as one edit.

#include "widgets/findings/findingsdock.h"
#include "widgets/findings/fixchoices.h"
#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "editorfixture.h"

#include "model/core/cost/estimate.h"
#include "model/core/cost/pricetable.h"
#include "model/core/rules/fixes.h"
#include "model/document/designdocument.h"
#include "model/document/edit.h"
#include "model/document/editcommand.h"
#include "model/document/liveanalysis.h"

#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Stackyard;

namespace {

/// Removes every resource of `kind` as one undoable edit.
void removeKind(DesignDocument *document, const std::string &kind)
{
    EditBuilder b(document->design(), document->layout());
    for (const auto &[id, r] : document->design().resources)
        if (r.kind == kind)
            b.remove(id);
    document->undoStack()->push(new EditCommand(document, b.finish(), QStringLiteral("remove")));
}

const Finding *findingOf(const std::vector<Finding> &findings, const std::string &rule, const std::string &subject)
{
    for (const Finding &f : findings)
        if (f.rule == rule && !f.subjects.empty() && f.subjects.front() == subject)
            return &f;
    return nullptr;
}

/// Makes `f` the current item of the findings tree (as a click would).
bool selectFinding(QTreeWidget *tree, const Finding &f)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0) == QString::fromStdString(f.message)) {
            tree->setCurrentItem(*it);
            return true;
        }
    return false;
}

/// The same difference the panel shows, priced here from the fix's own result.
double expectedDelta(const Design &design, const Finding &f, const char *fixId)
{
    const PriceTable prices = *PriceTable::builtin("us-east-1");
    for (const FixInfo &fix : fixes())
        if (fix.id == fixId)
            return estimate(fix.apply(design, f), prices).monthlyTotal - estimate(design, prices).monthlyTotal;
    return 0;
}

} // namespace

class TestEditorFixes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        Testing::useScratchSettings(m_home.path(), "tst_widgets_editor_fixes"); // list prices, no overrides
    }

    void imagePullOffersNatOrEndpointsWithTheirCost()
    {
        auto w = Testing::openReferenceWindow(true);
        QVERIFY(w);
        DesignDocument *document = w->document();
        QVERIFY(!findingOf(w->analysis()->findings(), "image-pull-path", "app"));
        removeKind(document, "nat-gateway");
        QVERIFY(QTest::qWaitFor([&] { return findingOf(w->analysis()->findings(), "image-pull-path", "app"); }));
        const Finding finding = *findingOf(w->analysis()->findings(), "image-pull-path", "app");

        auto *tree = w->findings()->findChild<QTreeWidget *>("findingsTree");
        QVERIFY(tree);
        QVERIFY(selectFinding(tree, finding));
        auto *nat = w->findings()->findChild<QPushButton *>("applyFix:add-nat-per-az");
        auto *endpoints = w->findings()->findChild<QPushButton *>("applyFix:add-endpoints");
        QVERIFY(nat && endpoints);
        QTRY_VERIFY(nat->text().contains("/mo"));
        QTRY_VERIFY(endpoints->text().contains("/mo"));

        // Each button carries the difference of its own fix, both priced above zero: two NAT
        // gateways are at least 2 x 730 h x 0.045 USD (resources/pricing/us-east-1.json).
        const double natDelta = expectedDelta(document->design(), finding, "add-nat-per-az");
        const double endpointDelta = expectedDelta(document->design(), finding, "add-endpoints");
        QVERIFY2(natDelta >= 65.70, qPrintable(QString::number(natDelta)));
        QVERIFY(endpointDelta > 0);
        const QLocale en(QLocale::English);
        QVERIFY2(nat->text().contains("+$" + en.toString(natDelta, 'f', 2) + "/mo"), qPrintable(nat->text()));
        QVERIFY2(endpoints->text().contains("+$" + en.toString(endpointDelta, 'f', 2) + "/mo"), qPrintable(endpoints->text()));
        QVERIFY(!nat->text().contains("does not resolve"));
        QVERIFY(!endpoints->text().contains("does not resolve"));
        QVERIFY2(nat->toolTip().contains("Resolves this finding"), qPrintable(nat->toolTip()));

        // An unrelated edit shows the same finding again: its buttons stay (focus, no flicker)
        // and are priced again once the edit settles.
        const QPointer<QPushButton> kept(endpoints);
        document->rename("web", "front door");
        QTest::qWait(FixChoices::kPreviewDelayMs + 100);
        QVERIFY2(kept, "the button was deleted and made again");
        QCOMPARE(w->findings()->findChild<QPushButton *>("applyFix:add-endpoints"), endpoints);
        QVERIFY(endpoints->text().contains("+$" + en.toString(endpointDelta, 'f', 2) + "/mo"));

        // The endpoints answer it; Undo brings the finding back.
        const double before = w->analysis()->estimate().monthlyTotal;
        const int undoCount = document->undoStack()->count();
        QTest::mouseClick(endpoints, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !findingOf(w->analysis()->findings(), "image-pull-path", "app"); }));
        QCOMPARE(document->undoStack()->count(), undoCount + 1);
        QVERIFY(qAbs(w->analysis()->estimate().monthlyTotal - before - endpointDelta) < 0.005);
        document->undoStack()->undo();
        QVERIFY(QTest::qWaitFor([&] { return findingOf(w->analysis()->findings(), "image-pull-path", "app"); }));
        Testing::closeDiscarding(w.get());
    }

    /// A public image needs the internet: the endpoints do not resolve it, and the panel says so.
    void endpointsDoNotResolveAPublicImage()
    {
        auto w = Testing::openReferenceWindow(true);
        QVERIFY(w);
        DesignDocument *document = w->document();
        {
            EditBuilder b(document->design(), document->layout());
            Resource svc = *b.resource("app");
            for (auto &c : svc.properties["containers"]) {
                c["imageSource"] = "public";
                c["image"] = "nginx:1.27";
            }
            b.putResource(svc);
            document->undoStack()->push(new EditCommand(document, b.finish(), QStringLiteral("public image")));
        }
        removeKind(document, "nat-gateway");
        QVERIFY(QTest::qWaitFor([&] { return findingOf(w->analysis()->findings(), "image-pull-path", "app"); }));
        const Finding finding = *findingOf(w->analysis()->findings(), "image-pull-path", "app");
        auto *tree = w->findings()->findChild<QTreeWidget *>("findingsTree");
        QVERIFY(selectFinding(tree, finding));
        auto *nat = w->findings()->findChild<QPushButton *>("applyFix:add-nat-per-az");
        auto *endpoints = w->findings()->findChild<QPushButton *>("applyFix:add-endpoints");
        QVERIFY(nat && endpoints);
        QTRY_VERIFY(endpoints->text().contains("/mo"));
        QVERIFY2(endpoints->text().contains("does not resolve this finding"), qPrintable(endpoints->text()));
        QVERIFY2(!nat->text().contains("does not resolve"), qPrintable(nat->text()));
        Testing::closeDiscarding(w.get());
    }

    /// A finding without a fix shows no buttons; one with a single fix shows one.
    void choicesFollowTheFinding()
    {
        Finding f;
        f.rule = "alb-two-azs";
        f.fix = "alb-peer-subnet";
        QCOMPARE(fixChoices(f).size(), std::size_t(1));
        f.fix.clear();
        QVERIFY(fixChoices(f).empty());
        f.rule = "logs-path";
        f.fix = "add-endpoints";
        const auto choices = fixChoices(f);
        QCOMPARE(choices.size(), std::size_t(2));
        QCOMPARE(choices[0]->id, std::string_view("add-endpoints")); // its own first
        QCOMPARE(choices[1]->id, std::string_view("add-nat-per-az"));
        f.rule = "flow-blocked"; // least-privilege has no alternative
        f.fix = "least-privilege";
        QCOMPARE(fixChoices(f).size(), std::size_t(1));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestEditorFixes)
#include "tst_editor_fixes.moc"
