#pragma once

#include "propertyeditor.h"

class QLineEdit;

namespace Stackyard {

/// A CIDR field that validates as you type: only digits, dots and one slash get in, and text that
/// is not a complete, canonical IPv4 CIDR (Cidr::parse) shows a red border with a tooltip saying
/// what is wrong. Only a valid block is committed; an invalid one is reverted on focus out.
class CidrEditor : public PropertyEditor
{
    Q_OBJECT
public:
    explicit CidrEditor(QWidget *parent = nullptr);
    void setValue(const Json &value) override;
    QLineEdit *lineEdit() const { return m_edit; }
    /// Empty when `text` is a valid canonical CIDR, else what is wrong with it.
    static QString problem(const QString &text);

private:
    void check();

    QLineEdit *m_edit;
    QString m_shown;
};

} // namespace Stackyard
