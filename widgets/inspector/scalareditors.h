#pragma once

#include "propertyeditor.h"

#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Stackyard {

/// A single-line text; commits on Enter or focus out when the text changed.
class StringEditor : public PropertyEditor
{
    Q_OBJECT
public:
    explicit StringEditor(QWidget *parent = nullptr);
    void setValue(const Json &value) override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
    QString m_shown;
};

/// An integer spin box; commits on Enter, focus out or a step, not per keystroke.
class IntEditor : public PropertyEditor
{
    Q_OBJECT
public:
    explicit IntEditor(QWidget *parent = nullptr);
    void setValue(const Json &value) override;

private:
    QSpinBox *m_spin;
};

/// A floating-point spin box; -1 (meaning "not given") shows as "auto".
class NumberEditor : public PropertyEditor
{
    Q_OBJECT
public:
    explicit NumberEditor(QWidget *parent = nullptr);
    void setValue(const Json &value) override;

private:
    QDoubleSpinBox *m_spin;
};

/// A check box.
class BoolEditor : public PropertyEditor
{
    Q_OBJECT
public:
    explicit BoolEditor(QWidget *parent = nullptr);
    void setValue(const Json &value) override;

private:
    QCheckBox *m_box;
};

/// A combo of fixed choices; an editable one (availability zones) also takes typed text.
class ChoiceEditor : public PropertyEditor
{
    Q_OBJECT
public:
    ChoiceEditor(const QStringList &values, bool editable, QWidget *parent = nullptr);
    void setValue(const Json &value) override;

private:
    QComboBox *m_combo;
};

} // namespace Stackyard
