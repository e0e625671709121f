#include "costitemstable.h"

#include "costcharts.h"
#include "widgets/i18n/modeltext.h"

#include <QColor>
#include <QHeaderView>
#include <QLocale>

namespace Stackyard {

namespace {

/// Monthly first after the names: the column people read, visible even in a narrow dock.
enum Column { ResourceColumn, UsageType, Monthly, Converted, Quantity, Unit, UnitPrice, Note, ColumnCount };

} // namespace

CostItemsTable::CostItemsTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName("costItems");
    setHorizontalHeaderLabels({tr("Resource"), tr("Usage type"), tr("Monthly (USD)"), QString(), tr("Quantity"),
                               tr("Unit"), tr("Unit price (USD)"), tr("How")});
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    setColumnHidden(Converted, true);
    connect(this, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit resourceActivated(item(rows.first().row(), ResourceColumn)->text());
    });
}

void CostItemsTable::setItems(const CostEstimate &estimate, const QString &currency, double rate,
                              const std::map<std::string, double> &listPrices)
{
    const QSignalBlocker blocker(this);
    clearContents();
    setRowCount(int(estimate.items.size() + estimate.unpriced.size()));
    const QLocale locale(QLocale::English);
    setColumnHidden(Converted, currency.isEmpty());
    setHorizontalHeaderItem(Converted, new QTableWidgetItem(tr("Monthly (%1, your rate)").arg(currency)));
    int row = 0;
    for (const auto *list : {&estimate.items, &estimate.unpriced})
        for (const LineItem &li : *list) {
            const QString monthly = li.priced ? usd(li.monthly) + (li.overridden ? QStringLiteral(" ✎") : QString())
                                              : tr("not priced");
            const QString note = ModelText::text(li.noteText, li.note);
            QString tip = note + "\n"
                          + tr("price: %1, as of %2")
                                .arg(QString::fromStdString(li.priceKey),
                                     // An override has no date: the model says "your price".
                                     li.overridden ? tr("your price") : QString::fromStdString(li.priceAsOf));
            if (li.overridden) {
                const auto list = listPrices.find(li.priceKey);
                tip = tr("✎ Priced with your override: %1 per %2 instead of the list price %3 (%4 a month at list price).")
                          .arg(QString::number(li.unitPrice, 'g', 8), QString::fromStdString(li.unit),
                               list == listPrices.end() ? tr("(none in the sources)") : QString::number(list->second, 'g', 8),
                               list == listPrices.end() ? tr("not priced") : usd(li.quantity * list->second))
                      + "\n" + tip;
            }
            const QStringList cells{QString::fromStdString(li.resource),
                                    QString::fromStdString(li.usageType),
                                    monthly,
                                    li.priced ? locale.toString(li.monthly * rate, 'f', currency == "EUR" ? 2 : 0)
                                              : QString(),
                                    locale.toString(li.quantity, 'g', 8),
                                    QString::fromStdString(li.unit),
                                    li.priced ? QString::number(li.unitPrice, 'g', 8) : QString("—"),
                                    note};
            for (int c = 0; c < ColumnCount; ++c) {
                auto *cell = new QTableWidgetItem(cells[c]);
                if (c == Quantity || c == UnitPrice || c == Monthly || c == Converted)
                    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (!li.priced)
                    cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                if (li.overridden) { // the user's price: set apart from list prices at a glance
                    QFont font = cell->font();
                    font.setItalic(true);
                    cell->setFont(font);
                    cell->setForeground(QColor(0x8a, 0x4b, 0x00));
                }
                cell->setToolTip(c == Note ? cells[c] : tip);
                setItem(row, c, cell);
            }
            ++row;
        }
}

void CostItemsTable::filterResource(const QString &resource)
{
    for (int r = 0; r < rowCount(); ++r)
        setRowHidden(r, !resource.isEmpty() && item(r, ResourceColumn)->text() != resource);
}

} // namespace Stackyard
