#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace Stackyard {

/// A page of the inspector. refresh() shows the document's current values in place; it returns
/// false when the page no longer fits (its object was deleted or changed kind) and must be rebuilt.
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual bool refresh() = 0;

protected:
    /// A titled section with a form layout, added to `parentLayout`'s widget.
    static QFormLayout *addSection(QWidget *owner, const QString &title, QGroupBox **box = nullptr);
    /// A bold heading label followed by the full-width `editor` (tables, JSON, lists).
    static void addWideRow(QFormLayout *form, const QString &title, QWidget *editor);
    /// The header: a large icon, a title and a subtitle.
    static QWidget *header(const QIcon &icon, QWidget *title, const QString &subtitle, QWidget *owner);
};

} // namespace Stackyard
