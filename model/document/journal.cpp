#include "journal.h"

#include "designdocument.h"
#include "documentio.h"

#include "model/core/io/designio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace Stackyard {

namespace {

const QString kSuffix = QStringLiteral(".journal.json");

QString lockPathOf(const QString &journalPath)
{
    return journalPath + QStringLiteral(".lock");
}

} // namespace

Journal::Journal(DesignDocument *document, const QString &directory)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    QDir().mkpath(directory);
    const QString stem = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_path = QDir(directory).filePath(stem + kSuffix);
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_path));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &Journal::write);
    connect(document, &DesignDocument::changed, this, &Journal::schedule);
    connect(document, &DesignDocument::modifiedChanged, this, &Journal::schedule);
    // Scratch edits (presentation what-ifs) are taken back: record what came before them, then
    // hold until they are gone.
    connect(document, &DesignDocument::scratchChanged, this, [this](bool on) {
        if (on && m_timer->isActive()) {
            m_timer->stop();
            record();
        } else if (!on)
            schedule();
    });
}

Journal::~Journal()
{
    remove();
    m_lock->unlock();
}

QString Journal::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("STACKYARD_RECOVERY_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("recovery"));
}

void Journal::schedule()
{
    // The timer is not restarted while pending: a steady stream of edits must still reach the
    // disk within kDelayMs of the first one.
    if (!m_timer->isActive())
        m_timer->start();
}

void Journal::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        write();
    }
}

void Journal::write()
{
    if (!m_document->isScratch())
        record();
}

void Journal::record()
{
    if (!m_document->isModified()) {
        remove();
        return;
    }
    QJsonObject o;
    o.insert(QStringLiteral("originalPath"), m_document->filePath());
    o.insert(QStringLiteral("name"), QString::fromStdString(m_document->design().name));
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("design"), QString::fromStdString(saveDesign(m_document->file())));
    QString error;
    if (!writeFileAtomically(m_path, QJsonDocument(o).toJson(QJsonDocument::Indented), &error))
        qWarning("crash journal: %s", qPrintable(error));
}

void Journal::remove()
{
    m_timer->stop();
    QFile::remove(m_path);
}

QList<Journal::Entry> Journal::orphans(const QString &directory)
{
    QList<Entry> entries;
    const QDir dir(directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        QLockFile lock(lockPathOf(info.absoluteFilePath()));
        lock.setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
        if (!lock.tryLock(0)) // a live editor owns it
            continue;
        lock.unlock();
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        Entry e;
        e.journalPath = info.absoluteFilePath();
        e.originalPath = o.value(QStringLiteral("originalPath")).toString();
        e.name = o.value(QStringLiteral("name")).toString();
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.designText = o.value(QStringLiteral("design")).toString();
        if (!e.designText.isEmpty())
            entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.time > b.time; });
    return entries;
}

void Journal::discard(const QString &journalPath)
{
    QFile::remove(journalPath);
    QFile::remove(lockPathOf(journalPath));
}

} // namespace Stackyard
