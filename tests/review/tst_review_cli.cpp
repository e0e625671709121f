// Runs the real executable, as a user would, without a display.
#include "reviewfixture.h"

#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReviewCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Runs `stackyard ARGS`; returns the exit code (-1 on crash) and fills `err`.
    int run(const QStringList &args, QString *err = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STACKYARD_BIN), args);
        if (!process.waitForFinished(240000))
            return -2;
        if (err)
            *err = QString::fromLocal8Bit(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void renderSvg()
    {
        const QString out = m_dir.filePath("d.svg");
        QString err;
        QCOMPARE(run({"render", ReviewFixture::samplePath(), "-o", out}, &err), 0);
        bool ok = false;
        const QString text = ReviewFixture::xmlText(read(out), &ok);
        QVERIFY(ok);
        for (const char *name : {"web", "orders-db", "Internet", "Users", "Region us-east-1"})
            QVERIFY2(text.contains(name), name);
    }

    void renderPngScales()
    {
        const QString one = m_dir.filePath("d1.png"), two = m_dir.filePath("d2.png");
        QCOMPARE(run({"render", ReviewFixture::samplePath(), "-o", one}), 0);
        QCOMPARE(run({"render", ReviewFixture::samplePath(), "-o", two, "--scale", "2", "--transparent"}), 0);
        const QSize a = QImageReader(one).size(), b = QImageReader(two).size();
        QVERIFY(a.width() > 300);
        QCOMPARE(b, a * 2);
        QImage clear(two);
        QCOMPARE(clear.pixelColor(0, 0).alpha(), 0);
    }

    void renderPdf()
    {
        const QString out = m_dir.filePath("d.pdf");
        QCOMPARE(run({"render", ReviewFixture::samplePath(), "-o", out}), 0);
        const QByteArray pdf = read(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(ReviewFixture::pdfPageCount(pdf), 1);
    }

    void reportHtmlAndPdf()
    {
        const QString html = m_dir.filePath("review.html"), pdf = m_dir.filePath("review.pdf");
        QCOMPARE(run({"report", ReviewFixture::samplePath(), "-o", html}), 0);
        const QString text = QString::fromUtf8(read(html));
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("id=\"practice-COST-3\""));
        QVERIFY(text.contains("Shared responsibility (SEC-1)"));
        QCOMPARE(run({"report", ReviewFixture::samplePath(), "-o", pdf}), 0);
        const QByteArray bytes = read(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(ReviewFixture::pdfPageCount(bytes) > 1);
    }

    void badInputExitsTwoWithALocatedMessage()
    {
        const QString broken = m_dir.filePath("broken.stackyard.json");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"formatVersion\": 1,\n  \"resources\": [\n");
        f.close();
        QString err;
        const QString out = m_dir.filePath("never.svg");
        QCOMPARE(run({"render", broken, "-o", out}, &err), 2);
        QVERIFY2(err.contains("broken.stackyard.json:"), qPrintable(err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(run({"report", broken, "-o", m_dir.filePath("never.html")}, &err), 2);
        QCOMPARE(run({"render", ReviewFixture::samplePath(), "-o", m_dir.filePath("x.gif")}, &err), 2);
        QVERIFY(err.contains("x.gif"));
        QCOMPARE(run({"render", ReviewFixture::samplePath()}, &err), 2);
        QCOMPARE(run({"render", m_dir.filePath("missing.json"), "-o", out}, &err), 2);
        QVERIFY(err.contains("missing.json"));
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_review_cli.moc"
