#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace Stackyard {

/// The palette: every placeable catalogue kind with its icon, grouped by AWS category, filtered
/// by a search field (title, kind or category). Items drag onto the canvas with
/// DesignScene::kMimeType (payload: the kind); a double-click or Enter asks to add the kind into
/// the selected container.
class PaletteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    /// Shows only the kinds matching `text` (case-insensitive); empty shows all.
    void setFilter(const QString &text);
    QTreeWidget *tree() const { return m_tree; }

signals:
    void kindActivated(const QString &kind);

private:
    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace Stackyard
