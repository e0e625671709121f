#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Stackyard {

class DesignDocument;
class RecentFiles;
struct DesignFile;

/// The File menu's work for one window's document: new (blank or a sample), open, save, save as,
/// the unsaved-changes prompt, recent files, opening recovered journals. Files are read with the
/// design loader; a bad file shows its located error and replaces nothing. Saving is atomic.
class FileController : public QObject
{
    Q_OBJECT
public:
    FileController(DesignDocument *document, QWidget *window, RecentFiles *recent);

    /// Replaces the design without asking (startup, tests). Returns false (with the error shown)
    /// when the file cannot be read; the current design is then kept.
    bool openPath(const QString &path);
    /// Opens an embedded sample as a new, unsaved design.
    bool openSample(const QString &embeddedPath);
    /// Opens a recovered journal text: modified, with `originalPath` as its file (may be empty).
    bool openRecovered(const QString &designText, const QString &originalPath);
    /// A blank design.
    void openBlank();

    /// True when it is fine to replace or close the document: it is unmodified, or the user saved
    /// it, or chose Discard. Cancel (or a failed save) returns false.
    bool maybeSave();

    /// When set, errors and questions go to this function instead of a message box (tests,
    /// scripted runs); it returns the button for questions.
    using Asker = std::function<int(const QString &title, const QString &text, int buttons)>;
    void setAsker(Asker asker) { m_asker = std::move(asker); }

public slots:
    void newDesign();
    void open();
    bool save();
    bool saveAs();
    void importTemplate();
    /// Asks first when there are unsaved changes (recent files, dropped files).
    void openWithPrompt(const QString &path);

signals:
    /// A message for the status bar.
    void message(const QString &text);

private:
    int ask(const QString &title, const QString &text, int buttons);
    void fail(const QString &title, const QString &text);
    bool importPath(const QString &path);
    /// Makes an imported template the document: new and unsaved, so the template is never overwritten.
    void adoptImport(DesignFile file, const QString &path);

    DesignDocument *m_document;
    QWidget *m_window;
    RecentFiles *m_recent;
    Asker m_asker;
};

} // namespace Stackyard
