#pragma once

#include <QDockWidget>

class QLineEdit;
class QListWidget;

namespace Stackyard {

class DesignDocument;

/// Find a resource (Ctrl+F): type part of a name, id or kind; the matches list below; Enter or a
/// click emits found(id) so the window selects it and centres the canvas on it.
class FindDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit FindDock(const DesignDocument *document, QWidget *parent = nullptr);

    /// Shows the dock and puts the cursor in the search field.
    void activate();
    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }

signals:
    void found(const QString &id);

private:
    void search();

    const DesignDocument *m_document;
    QLineEdit *m_field;
    QListWidget *m_results;
};

} // namespace Stackyard
