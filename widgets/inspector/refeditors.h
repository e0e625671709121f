#pragma once

#include "propertyeditor.h"

class QComboBox;
class QListWidget;

namespace Stackyard {

/// A combo of the design's resources of one kind (any kind when empty) plus "none"; the value is
/// the chosen resource's id ("" for none). The list follows the design on every setValue().
class RefEditor : public PropertyEditor
{
    Q_OBJECT
public:
    RefEditor(const DesignDocument *document, const QString &refKind, const QString &ownerId, QWidget *parent = nullptr);
    void setValue(const Json &value) override;

private:
    const DesignDocument *m_document;
    QString m_refKind;
    QString m_ownerId;
    QComboBox *m_combo;
};

/// A checkable list of the design's resources of one kind; the value is the array of checked ids.
class RefsEditor : public PropertyEditor
{
    Q_OBJECT
public:
    RefsEditor(const DesignDocument *document, const QString &refKind, QWidget *parent = nullptr);
    void setValue(const Json &value) override;

private:
    const DesignDocument *m_document;
    QString m_refKind;
    QListWidget *m_list;
};

/// The items of a candidates list: "name (id)" for every resource of `kind` except `exclude`.
QList<QPair<QString, QString>> resourceChoices(const Design &design, const QString &kind, const QString &exclude = {});

} // namespace Stackyard
