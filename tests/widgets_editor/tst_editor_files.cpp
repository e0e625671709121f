// Files and crash journal: atomic save, located errors that replace nothing, save/reload
// round trip, the journal written within a second of an edit and removed on save.

#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainwindow.h"

#include "model/core/generator/generator.h"
#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "model/document/documentio.h"
#include "model/document/journal.h"
#include "widgets/present/whatif.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stackyard;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEditorFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName("StackyardTest");
        QCoreApplication::setApplicationName("tst_widgets_editor_files");
    }

    void saveReloadCompare()
    {
        MainWindow w;
        QVERIFY(w.files()->openSample("samples/reference.stackyard.json"));
        DesignDocument *doc = w.document();
        QVERIFY(!doc->isModified());
        doc->rename("app", "orders");
        QVERIFY(doc->isModified());
        QVERIFY(w.isWindowModified() || !w.isVisible());
        QVERIFY(w.windowTitle().contains("[*]"));

        const QString path = m_home.filePath("reference.stackyard.json");
        QString error;
        QVERIFY2(doc->saveAs(path, &error), qPrintable(error));
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->filePath(), QFileInfo(path).absoluteFilePath());
        const QByteArray saved = readAll(path);
        QCOMPARE(saved, QByteArray::fromStdString(saveDesign(doc->file())));

        const DesignFile before = doc->file();
        MainWindow other;
        QVERIFY(other.files()->openPath(path));
        QVERIFY(other.document()->file() == before);
        QCOMPARE(other.document()->design().resource("app")->name, std::string("orders"));
        QCOMPARE(QSettings().value("recentFiles").toStringList().value(0), QFileInfo(path).absoluteFilePath());
    }

    /// A saved design with many flows opens as that design, not as an untitled import: its
    /// "formatVersion" key comes after the flows, tens of KiB into the file.
    void designWithManyFlowsOpensAsItself()
    {
        const QString path = m_home.filePath("many-flows.stackyard.json");
        const DesignFile generated = generateDesignOfSize(300, 1);
        QVERIFY(generated.design.flows.size() > 100);
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray::fromStdString(saveDesign(generated)));
        }
        QVERIFY(readAll(path).indexOf("\"formatVersion\"") > 4096);
        MainWindow w;
        QVERIFY(w.files()->openPath(path));
        QCOMPARE(w.document()->filePath(), QFileInfo(path).absoluteFilePath()); // not an untitled import
        QVERIFY(!w.document()->isModified());
        QCOMPARE(w.document()->design().flows.size(), generated.design.flows.size());
    }

    /// Open on a CloudFormation template imports it: a new, untitled design, so saving never
    /// writes over the template.
    void templateOpensAsUntitledImport()
    {
        const QString path = m_home.filePath("bucket.yaml");
        const QByteArray text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n";
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        MainWindow w;
        QString status;
        connect(w.files(), &FileController::message, this, [&status](const QString &m) { status = m; });
        QVERIFY(w.files()->openPath(path));
        QVERIFY(w.document()->filePath().isEmpty());
        QVERIFY(w.document()->design().resource("Logs"));
        QVERIFY(status.startsWith(QStringLiteral("Imported")));
        QCOMPARE(readAll(path), text);
    }

    void failedSaveLeavesFileUntouched()
    {
        const QString path = m_home.filePath("keep.stackyard.json");
        QVERIFY(writeFileAtomically(path, "original\n", nullptr));
        DesignDocument doc;
        QString error;
        // A directory where the file should be: the save must fail and keep nothing half-written.
        QVERIFY(!doc.saveAs(m_home.filePath("no/such/dir/x.stackyard.json"), &error));
        QVERIFY(error.contains("no/such/dir"));
        QDir().mkpath(m_home.filePath("blocked.stackyard.json"));
        QVERIFY(!doc.saveAs(m_home.filePath("blocked.stackyard.json"), &error));
        QCOMPARE(readAll(path), QByteArray("original\n"));
    }

    void badFileShowsLocatedErrorAndReplacesNothing()
    {
        const QString bad = m_home.filePath("bad.stackyard.json");
        QVERIFY(writeFileAtomically(bad, "{\n  \"formatVersion\": 1,\n  \"resources\": [ {\"id\": }\n]}\n", nullptr));
        MainWindow w;
        QVERIFY(w.files()->openSample("samples/reference.stackyard.json"));
        const DesignFile before = w.document()->file();
        QString shown;
        w.files()->setAsker([&shown](const QString &, const QString &text, int) {
            shown = text;
            return int(QMessageBox::Ok);
        });
        QVERIFY(!w.files()->openPath(bad));
        QVERIFY2(shown.contains("bad.stackyard.json:3:"), qPrintable(shown));
        QVERIFY(w.document()->file() == before);
        QCOMPARE(readAll(bad), QByteArray("{\n  \"formatVersion\": 1,\n  \"resources\": [ {\"id\": }\n]}\n"));
    }

    void closePromptCancelKeepsWindow()
    {
        MainWindow w;
        QVERIFY(w.files()->openSample("samples/reference.stackyard.json"));
        w.document()->rename("app", "changed");
        int asked = 0;
        w.files()->setAsker([&asked](const QString &, const QString &, int buttons) {
            ++asked;
            if (buttons & QMessageBox::Cancel)
                return int(QMessageBox::Cancel);
            return int(QMessageBox::Ok);
        });
        w.show();
        QVERIFY(!w.close());
        QCOMPARE(asked, 1);
        QVERIFY(w.isVisible());
        w.files()->setAsker([](const QString &, const QString &, int) { return int(QMessageBox::Discard); });
        QVERIFY(w.close());
    }

    void journalWithinASecondAndRemovedOnSave()
    {
        QTemporaryDir dir;
        DesignDocument doc;
        Journal *journal = new Journal(&doc, dir.path());
        LoadResult sample = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
        QVERIFY(sample.file);
        doc.reset(*sample.file);
        QElapsedTimer clock;
        clock.start();
        doc.rename("alb", "front door");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(journal->path()), 1000);
        QVERIFY(clock.elapsed() <= 1000);
        const QList<Journal::Entry> none = Journal::orphans(dir.path()); // locked by this live journal
        QVERIFY(none.isEmpty());
        const QByteArray text = readAll(journal->path());
        QVERIFY(text.contains("front door"));
        QString error;
        QVERIFY(doc.saveAs(dir.filePath("saved.stackyard.json"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(journal->path()), 1000);
    }

    /// A presentation what-if removes the NAT gateways for a moment: a crash meanwhile must not
    /// offer that design as the user's work, and saving it is refused (nothing is written).
    void whatIfIsNeitherJournaledNorSaved()
    {
        QTemporaryDir dir;
        DesignDocument doc;
        Journal *journal = new Journal(&doc, dir.path());
        LoadResult sample = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
        QVERIFY(sample.file);
        doc.reset(*sample.file);
        doc.rename("alb", "front door"); // a real edit, still pending in the journal's timer
        WhatIf whatIf(&doc);
        QCOMPARE(whatIf.set(WhatIf::Toggle::NoNatGateways, true).size(), 2);
        QVERIFY(doc.isScratch());
        QVERIFY(!doc.design().resource("nat-a"));
        // The real edit was written when the what-if began; the what-if never is.
        QVERIFY(QFile::exists(journal->path()));
        QTest::qWait(2 * Journal::kDelayMs);
        doc.rename("web", "changed during the what-if"); // presentation blocks this; the journal holds anyway
        journal->flush();
        QTest::qWait(2 * Journal::kDelayMs);
        const QByteArray text = readAll(journal->path());
        QVERIFY(text.contains("front door"));
        QVERIFY2(text.contains("nat-a"), "the journal lost the NAT gateways the what-if removed");
        QVERIFY(!text.contains("changed during the what-if"));

        const QString target = dir.filePath("design.stackyard.json");
        QString error;
        QVERIFY(!doc.saveAs(target, &error));
        QVERIFY2(error.contains("what-if"), qPrintable(error));
        QVERIFY(!QFile::exists(target));

        doc.undoStack()->undo(); // the rename made during the what-if
        whatIf.restoreAll();
        QVERIFY(!doc.isScratch());
        QVERIFY(doc.design().resource("nat-a"));
        QVERIFY(doc.saveAs(target, &error));
        QVERIFY(readAll(target).contains("nat-a"));
    }

    void orphanedJournalIsOffered()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto *doc = new DesignDocument;
            Journal *journal = new Journal(doc, dir.path());
            path = journal->path();
            LoadResult sample = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
            doc->reset(*sample.file, "/tmp/original.stackyard.json");
            doc->rename("alb", "edge");
            journal->flush();
            QVERIFY(QFile::exists(path));
            // Simulate a crash: keep the journal file, release the lock as a dead process would.
            QFile::copy(path, path + ".keep");
            delete doc;
            QFile::rename(path + ".keep", path);
        }
        const QList<Journal::Entry> orphans = Journal::orphans(dir.path());
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, QString("/tmp/original.stackyard.json"));
        QVERIFY(orphans.first().designText.contains("\"edge\""));
        MainWindow w;
        QVERIFY(w.files()->openRecovered(orphans.first().designText, orphans.first().originalPath));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->design().resource("alb")->name, std::string("edge"));
        Journal::discard(orphans.first().journalPath);
        QVERIFY(Journal::orphans(dir.path()).isEmpty());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestEditorFiles)
#include "tst_editor_files.moc"
