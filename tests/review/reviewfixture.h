#pragma once

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ReviewFixture {

/// The sample every review test uses.
inline QString samplePath() { return QStringLiteral(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json"); }

/// Number of page objects of a PDF ("/Type /Page", not "/Pages").
inline int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

/// Every text node of an XML document joined by newlines; `ok` false when it does not parse.
inline QString xmlText(const QByteArray &xml, bool *ok, QString *error = nullptr)
{
    QXmlStreamReader reader(xml);
    QStringList texts;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters() && !reader.isWhitespace())
            texts << reader.text().toString();
    }
    *ok = !reader.hasError();
    if (error)
        *error = reader.errorString() + QStringLiteral(" at line %1").arg(reader.lineNumber());
    return texts.join('\n');
}

} // namespace ReviewFixture
