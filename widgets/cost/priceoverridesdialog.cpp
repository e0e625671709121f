#include "priceoverridesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Stackyard {

namespace {

/// What is read and typed first, then where it comes from; the long note last, elided (tooltip).
enum Column { KeyColumn, ListPrice, YourPrice, ResetColumn, Unit, AsOf, Sources, Note, ColumnCount };

const QString kMark = QStringLiteral("✎ ");

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 10);
}

/// The editor of "Your price": digits and one decimal point (a leading "$" is allowed), or empty
/// to go back to the list price.
class PriceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral(R"(\$?\d*\.?\d*)")), edit));
        edit->setPlaceholderText(PriceOverridesDialog::tr("list price"));
        return edit;
    }
};

} // namespace

PriceOverridesDialog::PriceOverridesDialog(const PriceTable &table, const std::set<std::string> &used,
                                           const PriceOverrides &overrides, QWidget *parent)
    : QDialog(parent)
    , m_overrides(overrides)
    , m_region(QString::fromStdString(table.region()))
    , m_summary(new QLabel)
    , m_search(new QLineEdit)
    , m_onlyUsed(new QCheckBox)
    , m_table(new QTableWidget(0, ColumnCount))
{
    setObjectName(QStringLiteral("priceOverridesDialog"));
    setWindowTitle(tr("Price Overrides — %1").arg(m_region));
    m_summary->setObjectName(QStringLiteral("priceSummary"));
    m_summary->setWordWrap(true);
    m_search->setPlaceholderText(tr("Filter prices (key, unit, source)…"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("priceTable"));
    m_table->setHorizontalHeaderLabels({tr("Price"), tr("List price (USD)"), tr("Your price (USD)"), QString(),
                                        tr("Unit"), tr("As of"), tr("Sources"), tr("Note")});
    m_table->setItemDelegateForColumn(YourPrice, new PriceDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    for (int c : {Unit, Sources}) // long texts: elided, in full in the tooltip
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_onlyUsed->setObjectName(QStringLiteral("onlyUsedPrices"));
    m_onlyUsed->setText(tr("Only the prices this design uses"));
    m_onlyUsed->setChecked(!used.empty());
    m_onlyUsed->setEnabled(!used.empty());
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *resetAllButton = buttons->addButton(tr("Reset All"), QDialogButtonBox::ResetRole);
    resetAllButton->setObjectName(QStringLiteral("resetAllPrices"));
    resetAllButton->setToolTip(tr("Forget every override of this region and use the list prices again"));
    connect(resetAllButton, &QPushButton::clicked, this, &PriceOverridesDialog::resetAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_onlyUsed);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    fill(table, used);
    connect(m_table, &QTableWidget::cellChanged, this, &PriceOverridesDialog::cellEdited);
    connect(m_search, &QLineEdit::textChanged, this, &PriceOverridesDialog::filter);
    connect(m_onlyUsed, &QCheckBox::toggled, this, &PriceOverridesDialog::filter);
    filter();
    updateSummary();
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Unit, 230);
    m_table->setColumnWidth(Sources, 150);
    resize(1150, 640);
}

void PriceOverridesDialog::fill(const PriceTable &table, const std::set<std::string> &used)
{
    const QSignalBlocker blocker(m_table);
    std::vector<std::string> keys;
    for (const auto &[key, price] : table.prices()) {
        keys.push_back(key);
        m_list[key] = price.value;
    }
    for (const std::string &key : used)
        if (!m_list.count(key))
            keys.push_back(key);
    // An override of a price this table does not know (another table version) still shows.
    for (const auto &[key, value] : m_overrides)
        if (!m_list.count(key) && std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);

    m_table->setRowCount(int(keys.size()));
    for (int row = 0; row < int(keys.size()); ++row) {
        const std::string &key = keys[std::size_t(row)];
        const Price *price = table.find(key);
        QStringList cells(ColumnCount);
        cells[KeyColumn] = QString::fromStdString(key);
        if (price) {
            cells[Unit] = QString::fromStdString(price->unit);
            cells[Note] = QString::fromStdString(price->note);
            cells[ListPrice] = number(price->value);
            QStringList sources;
            for (const std::string &s : price->sources)
                sources << QString::fromStdString(s);
            cells[Sources] = sources.join(QStringLiteral(", "));
            cells[AsOf] = QString::fromStdString(price->asOf.empty() ? table.asOf() : price->asOf);
        } else {
            cells[Note] = tr("Not found in the sources: the estimate leaves it out unless you set a price");
            cells[ListPrice] = QStringLiteral("—");
        }
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == ResetColumn)
                continue;
            auto *item = new QTableWidgetItem(cells[c]);
            if (c != YourPrice)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c == ListPrice || c == YourPrice)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == KeyColumn) {
                item->setData(Qt::UserRole, cells[c]);
                item->setData(Qt::UserRole + 1, used.count(key) > 0);
            }
            if (c == Note || c == Unit)
                item->setToolTip(cells[c]);
            if (price && c == Sources)
                item->setToolTip(tr("Status: %1").arg(QString::fromStdString(price->status)));
            m_table->setItem(row, c, item);
        }
        auto *reset = new QToolButton;
        reset->setText(tr("Reset"));
        reset->setToolTip(tr("Use the list price of %1 again").arg(cells[KeyColumn]));
        reset->setAutoRaise(true);
        connect(reset, &QToolButton::clicked, this, [this, key] { setOverride(key, std::nullopt); });
        m_table->setCellWidget(row, ResetColumn, reset);
        showRow(row);
    }
}

int PriceOverridesDialog::rowOf(const std::string &key) const
{
    const QString k = QString::fromStdString(key);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, KeyColumn)->data(Qt::UserRole).toString() == k)
            return row;
    return -1;
}

void PriceOverridesDialog::showRow(int row)
{
    const QSignalBlocker blocker(m_table);
    const std::string key = m_table->item(row, KeyColumn)->data(Qt::UserRole).toString().toStdString();
    const auto it = m_overrides.find(key);
    const bool overridden = it != m_overrides.end();
    const auto list = m_list.find(key);
    QTableWidgetItem *keyItem = m_table->item(row, KeyColumn);
    keyItem->setText((overridden ? kMark : QString()) + QString::fromStdString(key));
    QTableWidgetItem *yours = m_table->item(row, YourPrice);
    yours->setText(overridden ? number(it->second) : QString());
    const QString listText = list == m_list.end() ? tr("no list price") : tr("list price %1").arg(number(list->second));
    yours->setToolTip(overridden ? tr("Your price, used instead of the %1. Empty the cell or press Reset to go back.").arg(listText)
                                 : tr("Type a price to override the %1.").arg(listText));
    for (int c : {KeyColumn, YourPrice}) {
        QFont font = m_table->item(row, c)->font();
        font.setBold(overridden);
        m_table->item(row, c)->setFont(font);
    }
    if (QWidget *reset = m_table->cellWidget(row, ResetColumn))
        reset->setEnabled(overridden);
}

void PriceOverridesDialog::cellEdited(int row, int column)
{
    if (column != YourPrice)
        return;
    const std::string key = m_table->item(row, KeyColumn)->data(Qt::UserRole).toString().toStdString();
    QString text = m_table->item(row, YourPrice)->text().trimmed();
    if (text.startsWith(QLatin1Char('$')))
        text.remove(0, 1);
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (text.isEmpty())
        setOverride(key, std::nullopt);
    else if (ok && value >= 0)
        setOverride(key, value);
    else
        showRow(row); // not a price: show what holds
}

void PriceOverridesDialog::setOverride(const std::string &key, std::optional<double> value)
{
    const auto before = m_overrides;
    if (value)
        m_overrides[key] = *value;
    else
        m_overrides.erase(key);
    const int row = rowOf(key);
    if (row >= 0)
        showRow(row);
    if (m_overrides != before) {
        updateSummary();
        emit overridesChanged();
    }
}

void PriceOverridesDialog::resetAll()
{
    if (m_overrides.empty())
        return;
    m_overrides.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        showRow(row);
    updateSummary();
    emit overridesChanged();
}

void PriceOverridesDialog::filter()
{
    const QString text = m_search->text();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *key = m_table->item(row, KeyColumn);
        const bool overridden = m_overrides.count(key->data(Qt::UserRole).toString().toStdString()) > 0;
        bool match = !m_onlyUsed->isChecked() || key->data(Qt::UserRole + 1).toBool() || overridden;
        if (match && !text.isEmpty()) {
            match = false;
            for (int c : {KeyColumn, Unit, Sources, Note})
                match = match || m_table->item(row, c)->text().contains(text, Qt::CaseInsensitive);
        }
        m_table->setRowHidden(row, !match);
    }
}

void PriceOverridesDialog::updateSummary()
{
    const QString region = m_region;
    const int count = int(m_overrides.size());
    const QString overrides = count == 0 ? tr("No price overrides")
                              : count == 1 ? tr("1 price override")
                                           : tr("%1 price overrides").arg(count);
    m_summary->setText(tr("<b>%1</b> in %2. Double-click “Your price” to type your own unit price (USD); the estimate "
                          "updates at once and marks every line it changes with ✎. Overrides are kept in this "
                          "computer's settings and apply to every design priced in %2.")
                           .arg(overrides, region));
}

} // namespace Stackyard
