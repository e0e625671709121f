#include "recordtable.h"

#include "model/core/network.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

Json::json_pointer pointerOf(QString key)
{
    return Json::json_pointer("/" + key.replace(QLatin1Char('.'), QLatin1Char('/')).toStdString());
}

Json memberOf(const Json &row, const QString &key)
{
    const Json::json_pointer p = pointerOf(key);
    return row.is_object() && row.contains(p) ? row.at(p) : Json();
}

/// "8080/tcp, 9090/udp" from a container's portMappings.
QString portsText(const Json &mappings)
{
    QStringList parts;
    if (mappings.is_array())
        for (const Json &m : mappings) {
            const Json port = m.is_object() ? m.value("containerPort", Json()) : Json();
            const std::string protocol = m.is_object() ? m.value("protocol", std::string("tcp")) : "tcp";
            if (port.is_number())
                parts << QStringLiteral("%1/%2").arg(port.get<long long>()).arg(QString::fromStdString(protocol));
        }
    return parts.join(QStringLiteral(", "));
}

std::optional<Json> parsePorts(const QString &text)
{
    Json mappings = Json::array();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList bits = part.trimmed().split(QLatin1Char('/'));
        bool ok = false;
        const int port = bits.value(0).toInt(&ok);
        const QString protocol = bits.value(1, QStringLiteral("tcp")).toLower();
        if (!ok || port < 1 || port > 65535 || (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp")))
            return std::nullopt;
        mappings.push_back({{"containerPort", port}, {"protocol", protocol.toStdString()}});
    }
    return mappings;
}

} // namespace

QList<RecordColumn> RecordTable::columnsFor(const QString &property)
{
    using T = RecordColumn::Type;
    if (property == QLatin1String("containers"))
        return {{"name", tr("Name"), T::Text},
                {"image", tr("Image"), T::Text, {}, tr("An ECR repository id, or a full image reference")},
                {"imageSource", tr("Source"), T::Choice, {"ecr", "public"}},
                {"essential", tr("Essential"), T::Bool},
                {"cpu", tr("CPU units"), T::Int, {}, tr("Reserved CPU units of the task's share (1024 = 1 vCPU)")},
                {"memory", tr("Memory MiB"), T::Int},
                {"portMappings", tr("Ports"), T::Ports, {}, tr("Container ports, e.g. 8080/tcp, 9090/udp")},
                {"role", tr("Role"), T::Choice, {"app", "sidecar", "log-router", "xray"}}};
    if (property == QLatin1String("listeners"))
        return {{"port", tr("Port"), T::Int},
                {"protocol", tr("Protocol"), T::Choice, {"HTTPS", "HTTP"}},
                {"certificateArn", tr("Certificate ARN"), T::Text},
                {"defaultTargetGroup", tr("Target group"), T::Text, {}, tr("A name from the target groups list")},
                {"redirectToHttps", tr("Redirect to HTTPS"), T::Bool}};
    if (property == QLatin1String("targetGroups"))
        return {{"name", tr("Name"), T::Text},
                {"port", tr("Port"), T::Int},
                {"protocol", tr("Protocol"), T::Choice, {"HTTP", "HTTPS"}},
                {"targetType", tr("Target type"), T::Choice, {"ip", "instance"}},
                {"deregistrationDelay", tr("Deregistration s"), T::Int},
                {"healthCheck.path", tr("Health check path"), T::Text},
                {"healthCheck.matcher", tr("Matcher"), T::Text}};
    return {};
}

RecordTable::RecordTable(QList<RecordColumn> columns, Json newRow, QWidget *parent)
    : PropertyEditor(parent)
    , m_columns(std::move(columns))
    , m_newRow(newRow.is_object() ? std::move(newRow) : Json::object())
    , m_table(new QTableWidget(this))
{
    m_table->setColumnCount(int(m_columns.size()));
    QStringList titles;
    for (const RecordColumn &c : m_columns)
        titles << c.title;
    m_table->setHorizontalHeaderLabels(titles);
    for (int i = 0; i < m_columns.size(); ++i)
        if (!m_columns[i].tip.isEmpty())
            m_table->horizontalHeaderItem(i)->setToolTip(m_columns[i].tip);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(96);

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("add"));
    remove->setObjectName(QStringLiteral("remove"));
    add->setToolTip(tr("Append a row"));
    remove->setToolTip(tr("Remove the selected row"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        Json rows = m_rows;
        rows.push_back(m_newRow);
        emit committed(rows);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= int(m_rows.size()))
            return;
        Json rows = m_rows;
        rows.erase(rows.begin() + row);
        emit committed(rows);
    });
}

void RecordTable::setValue(const Json &value)
{
    const Json rows = value.is_array() ? value : Json::array();
    if (rows == m_rows && m_table->rowCount() == int(rows.size()))
        return;
    const bool sameShape = m_table->rowCount() == int(rows.size());
    m_rows = rows;
    if (!sameShape) {
        rebuild();
        return;
    }
    // Same rows: update the cells in place, so a cell that just committed is not deleted while
    // its own signal is still being delivered, and focus stays where the user is.
    for (int row = 0; row < int(m_rows.size()); ++row)
        for (int col = 0; col < m_columns.size(); ++col)
            showCell(m_table->cellWidget(row, col), m_columns[col], memberOf(m_rows[row], m_columns[col].key));
}

void RecordTable::showCell(QWidget *editor, const RecordColumn &column, const Json &value)
{
    const QSignalBlocker block(editor);
    switch (column.type) {
    case RecordColumn::Type::Int:
        static_cast<QSpinBox *>(editor)->setValue(value.is_number() ? int(value.get<double>()) : 0);
        break;
    case RecordColumn::Type::Bool:
        static_cast<QCheckBox *>(editor)->setChecked(value.is_boolean() && value.get<bool>());
        break;
    case RecordColumn::Type::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
        if (!text.isEmpty() && combo->findText(text) < 0)
            combo->addItem(text);
        combo->setCurrentIndex(text.isEmpty() ? -1 : combo->findText(text));
        break;
    }
    case RecordColumn::Type::Ports:
    case RecordColumn::Type::Text: {
        auto *edit = static_cast<QLineEdit *>(editor);
        const QString text = column.type == RecordColumn::Type::Ports ? portsText(value)
                             : value.is_string()                      ? QString::fromStdString(value.get<std::string>())
                                                                      : QString();
        edit->setProperty("shown", text);
        if (!edit->hasFocus() || !edit->isModified())
            edit->setText(text);
        edit->setStyleSheet(QString());
        edit->setToolTip(column.tip);
        break;
    }
    }
}

void RecordTable::rebuild()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row)
        for (int col = 0; col < m_columns.size(); ++col)
            m_table->setCellWidget(row, col, cellEditor(row, m_columns[col], memberOf(m_rows[row], m_columns[col].key)));
    m_table->resizeColumnsToContents();
    m_table->setFixedHeight(m_table->horizontalHeader()->height() + 4
                            + std::max(2, m_table->rowCount()) * m_table->verticalHeader()->defaultSectionSize());
}

QWidget *RecordTable::cellEditor(int row, const RecordColumn &column, const Json &value)
{
    const QString key = column.key;
    QWidget *editor = nullptr;
    switch (column.type) {
    case RecordColumn::Type::Int: {
        auto *spin = new QSpinBox;
        spin->setRange(0, 1 << 30);
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this, row, key](int v) { commitCell(row, key, Json(v)); });
        editor = spin;
        break;
    }
    case RecordColumn::Type::Bool: {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, [this, row, key](bool on) { commitCell(row, key, Json(on)); });
        editor = box;
        break;
    }
    case RecordColumn::Type::Choice: {
        auto *combo = new QComboBox;
        combo->addItems(column.choices);
        connect(combo, &QComboBox::activated, this, [this, row, key, combo] { commitCell(row, key, Json(combo->currentText().toStdString())); });
        editor = combo;
        break;
    }
    case RecordColumn::Type::Ports:
    case RecordColumn::Type::Text: {
        const bool ports = column.type == RecordColumn::Type::Ports;
        auto *edit = new QLineEdit;
        edit->setFrame(false);
        connect(edit, &QLineEdit::editingFinished, this, [this, row, key, edit, ports] {
            if (edit->text() == edit->property("shown").toString())
                return;
            edit->setModified(false);
            if (!ports) {
                commitCell(row, key, Json(edit->text().toStdString()));
            } else if (const std::optional<Json> mappings = parsePorts(edit->text())) {
                commitCell(row, key, *mappings);
            } else {
                edit->setStyleSheet(QStringLiteral("border: 2px solid #d13212"));
                edit->setToolTip(tr("Write ports as 8080/tcp, 9090/udp"));
            }
        });
        editor = edit;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("%1.%2.%3").arg(objectName()).arg(row).arg(key));
    showCell(editor, column, value);
    if (!column.tip.isEmpty())
        editor->setToolTip(column.tip);
    return editor;
}

void RecordTable::commitCell(int row, const QString &key, const Json &value)
{
    if (row >= int(m_rows.size()))
        return;
    Json rows = m_rows;
    if (!rows[row].is_object())
        rows[row] = Json::object();
    rows[row][pointerOf(key)] = value;
    if (rows != m_rows)
        emit committed(rows);
}

} // namespace Stackyard
