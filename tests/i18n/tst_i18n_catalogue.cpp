// Runs lupdate over the editor's sources (widgets/, model/document/, app/gui/) into a temporary copy of
// translations/stackyard_ko.ts, as `cmake --build … --target update_translations` would, and fails
// when any message lacks a finished Korean translation or a translation drops a placeholder.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

namespace {

const QString kSource = QStringLiteral(STACKYARD_SOURCE_DIR);

struct Message
{
    QString context, source, translation, type;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms sit in <numerusform> children; Korean has one form.
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

std::set<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    std::set<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("stackyard_ko.ts"));
        QVERIFY(QFile::copy(kSource + QStringLiteral("/translations/stackyard_ko.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        QStringList args = QString::fromLatin1(STACKYARD_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        args << QStringLiteral("-recursive") << kSource + QStringLiteral("/widgets") << kSource + QStringLiteral("/model/document")
             << kSource + QStringLiteral("/app/gui")
             << QStringLiteral("-ts") << ts;
        lupdate.start(QStringLiteral(STACKYARD_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = readCatalogue(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 300, "lupdate found too few messages: the sources were not read");
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (m.type == QLatin1String("unfinished") || m.translation.trimmed().isEmpty())
                problems << QStringLiteral("untranslated ") + where;
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("obsolete ") + where;
            else if (placeholders(m.source) != placeholders(m.translation))
                problems << QStringLiteral("placeholders differ in ") + where + QStringLiteral(" -> ") + m.translation;
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in translations/stackyard_ko.ts (see translations/README.md):\n")
                                .arg(problems.size())
                            + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_i18n_catalogue.moc"
