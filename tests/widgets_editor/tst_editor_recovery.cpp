// Crash recovery end to end with the real program: edits driven through the document by the
// STACKYARD_TEST_SCRIPT hook, SIGKILL one second after the last edit, a restart that accepts the
// recovery, and the recovered design compared with the same edits applied here.

#include "model/core/io/designio.h"
#include "model/document/designdocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Stackyard;

class TestEditorRecovery : public QObject
{
    Q_OBJECT
private slots:
    void killNineThenRecover()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString recovery = tmp.filePath("recovery");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("STACKYARD_RECOVERY_DIR", recovery);
        env.insert("XDG_CONFIG_HOME", tmp.filePath("config"));
        env.insert("XDG_DATA_HOME", tmp.filePath("data"));

        const QString editScript = tmp.filePath("edit.txt");
        {
            QFile f(editScript);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("rename app orders service\n"
                    "set app desiredCount 7\n"
                    "set app-a cidrBlock \"10.0.50.0/24\"\n"
                    "delete waf\n");
        }
        // First run: the reference design (first start), edits, then killed.
        QProcess first;
        env.insert("STACKYARD_TEST_SCRIPT", editScript);
        first.setProcessEnvironment(env);
        first.start(STACKYARD_BINARY, {});
        QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));
        // QTRY_* evaluates its condition again after the loop (and once more in the verify), so the
        // condition must not consume the output: collect it, then look.
        QByteArray output;
        const auto doneOrGone = [&] {
            output += first.readAllStandardOutput();
            return output.contains("stackyard-script: done") || first.state() != QProcess::Running;
        };
        QTRY_VERIFY_WITH_TIMEOUT(doneOrGone(), 30000);
        QVERIFY2(first.state() == QProcess::Running,
                 qPrintable("the first run ended early: " + QString::fromUtf8(output + first.readAllStandardError())));
        // At most the last second of work may be lost: kill exactly one second after the edits.
        QTest::qWait(1000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QCOMPARE(QDir(recovery).entryList({"*.journal.json"}, QDir::Files).size(), 1);

        // Second run: accept the recovery and dump what was recovered.
        const QString dump = tmp.filePath("recovered.stackyard.json");
        const QString dumpScript = tmp.filePath("dump.txt");
        {
            QFile f(dumpScript);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("dump %1\nquit\n").arg(dump).toUtf8());
        }
        QProcess second;
        env.insert("STACKYARD_TEST_SCRIPT", dumpScript);
        env.insert("STACKYARD_RECOVERY_AUTO", "accept");
        second.setProcessEnvironment(env);
        second.start(STACKYARD_BINARY, {});
        QVERIFY(second.waitForStarted(10000));
        QVERIFY2(second.waitForFinished(30000), "the second run did not quit");
        QVERIFY2(second.exitCode() == 0, qPrintable("the second run failed: " + QString::fromUtf8(second.readAllStandardError())));

        // The same edits applied here to the same sample.
        DesignDocument expected;
        LoadResult sample = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
        QVERIFY(sample.file);
        expected.reset(*sample.file);
        expected.rename("app", "orders service");
        expected.setProperty("app", "desiredCount", 7);
        expected.setProperty("app-a", "cidrBlock", "10.0.50.0/24");
        expected.removeObjects({"waf"});

        QFile recovered(dump);
        QVERIFY(recovered.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(recovered.readAll()), QString::fromStdString(saveDesign(expected.file())));
        // The journal was consumed by the recovery; the recovered window's own journal went with it.
        QTRY_COMPARE(QDir(recovery).entryList({"*.journal.json"}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEditorRecovery)
#include "tst_editor_recovery.moc"
