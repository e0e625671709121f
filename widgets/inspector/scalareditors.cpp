#include "scalareditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace Stackyard {

namespace {

QHBoxLayout *bareLayout(QWidget *w)
{
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

StringEditor::StringEditor(QWidget *parent)
    : PropertyEditor(parent)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_edit->text() != m_shown) {
            m_shown = m_edit->text();
            m_edit->setModified(false);
            emit committed(Json(m_shown.toStdString()));
        }
    });
}

void StringEditor::setValue(const Json &value)
{
    m_shown = value.is_string() ? QString::fromStdString(value.get<std::string>()) : value.is_null() ? QString() : QString::fromStdString(value.dump());
    if (!m_edit->hasFocus() || !m_edit->isModified())
        m_edit->setText(m_shown);
}

IntEditor::IntEditor(QWidget *parent)
    : PropertyEditor(parent)
    , m_spin(new QSpinBox(this))
{
    m_spin->setRange(-1, std::numeric_limits<int>::max());
    m_spin->setKeyboardTracking(false);
    m_spin->setAccelerated(true);
    bareLayout(this)->addWidget(m_spin);
    setFocusProxy(m_spin);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) { emit committed(Json(v)); });
}

void IntEditor::setValue(const Json &value)
{
    const QSignalBlocker block(m_spin);
    m_spin->setValue(value.is_number() ? int(value.get<double>()) : 0);
}

NumberEditor::NumberEditor(QWidget *parent)
    : PropertyEditor(parent)
    , m_spin(new QDoubleSpinBox(this))
{
    m_spin->setRange(-1, 1e15);
    m_spin->setDecimals(2);
    m_spin->setSpecialValueText(tr("auto"));
    m_spin->setKeyboardTracking(false);
    m_spin->setAccelerated(true);
    bareLayout(this)->addWidget(m_spin);
    setFocusProxy(m_spin);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        // Whole numbers stay integers in the file, as the catalogue writes them.
        if (v == double(static_cast<long long>(v)))
            emit committed(Json(static_cast<long long>(v)));
        else
            emit committed(Json(v));
    });
}

void NumberEditor::setValue(const Json &value)
{
    const QSignalBlocker block(m_spin);
    m_spin->setValue(value.is_number() ? value.get<double>() : -1);
}

BoolEditor::BoolEditor(QWidget *parent)
    : PropertyEditor(parent)
    , m_box(new QCheckBox(this))
{
    bareLayout(this)->addWidget(m_box);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::toggled, this, [this](bool on) { emit committed(Json(on)); });
}

void BoolEditor::setValue(const Json &value)
{
    const QSignalBlocker block(m_box);
    m_box->setChecked(value.is_boolean() && value.get<bool>());
}

ChoiceEditor::ChoiceEditor(const QStringList &values, bool editable, QWidget *parent)
    : PropertyEditor(parent)
    , m_combo(new QComboBox(this))
{
    m_combo->addItems(values);
    m_combo->setEditable(editable);
    if (editable)
        m_combo->setInsertPolicy(QComboBox::NoInsert);
    bareLayout(this)->addWidget(m_combo);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int) { emit committed(Json(m_combo->currentText().toStdString())); });
    if (editable)
        connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this,
                [this] { emit committed(Json(m_combo->currentText().toStdString())); });
}

void ChoiceEditor::setValue(const Json &value)
{
    const QSignalBlocker block(m_combo);
    const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    int index = m_combo->findText(text);
    if (index < 0 && !text.isEmpty()) {
        m_combo->addItem(text);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

} // namespace Stackyard
