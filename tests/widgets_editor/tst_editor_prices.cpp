// Price overrides in the editor: typed into the dialog, priced at once, marked in the cost dock,
// kept in settings across a restart, and reset.

#include "widgets/cost/costdock.h"
#include "widgets/mainwindow/priceoverrides.h"
#include "widgets/cost/priceoverridesdialog.h"
#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "editorfixture.h"

#include "model/document/liveanalysis.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace Stackyard;

namespace {

// The reference sample (us-east-1) has two NAT gateways, 730 h a month each, at the list price
// of 0.045 USD per NAT gateway-hour (resources/pricing/us-east-1.json, sources INFRA_NAT and
// APIEV_VPC). An override of 0.05 adds 2 x 730 x 0.005 = 7.30 USD a month; each NAT line becomes
// 730 x 0.05 = 36.50 USD.
const std::string kKey = "nat_gateway.hour";
constexpr double kListPrice = 0.045;
constexpr double kOverride = 0.05;
constexpr double kDelta = 7.30;
constexpr double kLineMonthly = 36.50;

constexpr int kListPriceColumn = 1; // Price, List price, Your price, Reset, Unit…
constexpr int kYourPriceColumn = 2;
constexpr int kResetColumn = 3;

/// The NAT gateway-hour lines of the window's current estimate.
std::vector<LineItem> natHourLines(MainWindow *w)
{
    std::vector<LineItem> lines;
    for (const LineItem &item : w->analysis()->estimate().items)
        if (item.priceKey == kKey)
            lines.push_back(item);
    return lines;
}

} // namespace

class TestEditorPrices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        Testing::useScratchSettings(m_home.path(), "tst_widgets_editor_prices");
    }

    void overrideIsPricedMarkedKeptAndReset()
    {
        auto w = Testing::openReferenceWindow(true);
        QVERIFY(w);
        QCOMPARE(w->analysis()->pricedRegion(), QString("us-east-1"));
        QCOMPARE(natHourLines(w.get()).size(), std::size_t(2));
        for (const LineItem &item : natHourLines(w.get())) {
            QCOMPARE(item.unitPrice, kListPrice);
            QVERIFY(!item.overridden);
        }
        const double before = w->analysis()->estimate().monthlyTotal;
        QVERIFY(!w->cost()->findChild<QLabel *>("costTotal")->text().contains(QStringLiteral("✎")));

        // The dock's Prices… button opens the dialog; the user types 0.05 into "Your price".
        QTest::mouseClick(w->cost()->findChild<QPushButton *>("editPrices"), Qt::LeftButton);
        PriceOverridesDialog *dialog = w->prices()->dialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *table = dialog->findChild<QTableWidget *>("priceTable");
        const int row = dialog->rowOf(kKey);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, kListPriceColumn)->text(), QString("0.045")); // the list price, shown
        QVERIFY(!table->isRowHidden(row)); // the design uses it
        QVERIFY(table->isRowHidden(dialog->rowOf("aurora_mysql.db.r7g.large.hour"))); // it does not
        dialog->findChild<QCheckBox *>("onlyUsedPrices")->setChecked(false);
        QVERIFY(!table->isRowHidden(dialog->rowOf("aurora_mysql.db.r7g.large.hour"))); // the whole table
        table->setFocus();
        table->setCurrentCell(row, kYourPriceColumn);
        table->editItem(table->item(row, kYourPriceColumn));
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->placeholderText(), QString("list price"));
        QTest::keyClicks(editor, "0.05");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(dialog->overrides().count(kKey)); // the delegate commits on the next turn
        QCOMPARE(dialog->overrides().at(kKey), kOverride);

        // Priced at once, by the hand-computed amount, and marked wherever it is used.
        QTRY_VERIFY(std::abs(w->analysis()->estimate().monthlyTotal - (before + kDelta)) < 0.005);
        for (const LineItem &item : natHourLines(w.get())) {
            QVERIFY(item.overridden);
            QCOMPARE(item.monthly, kLineMonthly);
        }
        QTRY_VERIFY(w->cost()->findChild<QLabel *>("costTotal")->text().contains(QStringLiteral("✎")));
        QVERIFY(w->cost()->findChild<QLabel *>("costMeta")->text().contains(QStringLiteral("2 lines at your prices")));
        auto *items = w->cost()->findChild<QTableWidget *>("costItems");
        int marked = 0;
        for (int r = 0; r < items->rowCount(); ++r) {
            const bool nat = items->item(r, 1)->text() == "nat.hours";
            const bool mark = items->item(r, 2)->text().endsWith(QStringLiteral("✎"));
            QCOMPARE(mark, nat);
            if (mark) {
                ++marked;
                QCOMPARE(items->item(r, 2)->text(), QStringLiteral("$36.50 ✎"));
                QVERIFY(items->item(r, 2)->toolTip().contains("instead of the list price 0.045"));
            }
        }
        QCOMPARE(marked, 2);
        QCOMPARE(PriceOverridesController::load("us-east-1"), (PriceOverrides{{kKey, kOverride}}));
        dialog->close();
        Testing::closeDiscarding(w.get());
        w.reset();

        // A restart (a new window, the same settings) prices with the override from the start.
        w = Testing::openReferenceWindow(true);
        QVERIFY(w);
        QCOMPARE(w->analysis()->estimate().monthlyTotal, before + kDelta);
        QCOMPARE(natHourLines(w.get()).front().unitPrice, kOverride);
        QVERIFY(natHourLines(w.get()).front().overridden);

        // Reset on the row: back to the list price, and out of the settings.
        w->prices()->edit();
        dialog = w->prices()->dialog();
        QVERIFY(dialog);
        auto *reset = qobject_cast<QToolButton *>(
            dialog->findChild<QTableWidget *>("priceTable")->cellWidget(dialog->rowOf(kKey), kResetColumn));
        QVERIFY(reset && reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QTRY_VERIFY(std::abs(w->analysis()->estimate().monthlyTotal - before) < 0.005);
        QVERIFY(!natHourLines(w.get()).front().overridden);
        QVERIFY(PriceOverridesController::load("us-east-1").empty());
        QVERIFY(!reset->isEnabled());
        dialog->close();
        Testing::closeDiscarding(w.get());
    }

    void resetAllAndRejectedText()
    {
        auto w = Testing::openReferenceWindow(true);
        QVERIFY(w);
        const double before = w->analysis()->estimate().monthlyTotal;
        w->prices()->edit();
        PriceOverridesDialog *dialog = w->prices()->dialog();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>("priceTable");
        // Text that is not a price is refused and the cell shows what holds.
        table->item(dialog->rowOf(kKey), kYourPriceColumn)->setText("cheap");
        QVERIFY(dialog->overrides().empty());
        QCOMPARE(table->item(dialog->rowOf(kKey), kYourPriceColumn)->text(), QString());
        dialog->setOverride(kKey, 0.0); // free NAT gateways: 2 x 730 x 0.045 = 65.70 less
        dialog->setOverride("alb.hour", 1.0);
        QTRY_VERIFY(w->analysis()->estimate().usesOverrides());
        QCOMPARE(PriceOverridesController::load("us-east-1").size(), std::size_t(2));
        QVERIFY(w->analysis()->estimate().monthlyTotal > before); // the ALB at 1 USD an hour outweighs
        QTest::mouseClick(dialog->findChild<QPushButton *>("resetAllPrices"), Qt::LeftButton);
        QTRY_VERIFY(!w->analysis()->estimate().usesOverrides());
        QVERIFY(std::abs(w->analysis()->estimate().monthlyTotal - before) < 0.005);
        QVERIFY(PriceOverridesController::load("us-east-1").empty());
        dialog->close();
        Testing::closeDiscarding(w.get());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestEditorPrices)
#include "tst_editor_prices.moc"
