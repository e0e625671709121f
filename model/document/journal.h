#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace Stackyard {

class DesignDocument;

/// A crash journal for one open document. After every change (debounced, at most `kDelayMs`
/// later) it writes the whole design, the document's path and the time atomically to its own
/// file in the recovery directory, so a killed process loses at most the last second of work.
/// A clean document (just saved or opened) has no journal; destroying the journal (a clean
/// close) deletes its file. A lock file next to the journal tells live journals from orphans.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 500;

    /// One journal left behind by a process that died.
    struct Entry
    {
        QString journalPath;
        QString originalPath; ///< the file the design came from; empty for an unsaved design
        QString name;         ///< the design's name
        QDateTime time;       ///< when it was written
        QString designText;   ///< the saveDesign() text
    };

    /// Starts journaling `document` into `directory` (created when missing).
    Journal(DesignDocument *document, const QString &directory);
    ~Journal() override;

    /// $STACKYARD_RECOVERY_DIR when set, else <AppLocalDataLocation>/recovery.
    static QString defaultDirectory();
    /// The orphaned journals in `directory` (no live process holds their lock), newest first.
    static QList<Entry> orphans(const QString &directory);
    /// Deletes a journal and its lock (after it was recovered or declined).
    static void discard(const QString &journalPath);

    QString path() const { return m_path; }
    /// Writes now if a write is pending (tests, and before a risky operation).
    void flush();

private:
    void schedule();
    void write();  ///< record() unless the document is in scratch state
    void record();
    void remove();

    DesignDocument *m_document;
    QString m_path;
    QTimer *m_timer;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Stackyard
