#include "testscript.h"

#include "widgets/mainwindow/mainwindow.h"

#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "model/document/documentio.h"

#include <QCoreApplication>
#include <QFile>
#include <QUndoStack>

#include <cstdio>

namespace Stackyard::Gui {

bool runTestScript(const QString &path, MainWindow *window)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "stackyard-script: cannot read %s\n", qPrintable(path));
        return false;
    }
    DesignDocument *doc = window->document();
    int lineNumber = 0;
    bool quit = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString verb = words.first();
        bool ok = true;
        if (verb == QLatin1String("rename") && words.size() >= 3) {
            doc->rename(words[1].toStdString(), words.mid(2).join(QLatin1Char(' ')));
        } else if (verb == QLatin1String("set") && words.size() >= 4) {
            const Json value = Json::parse(words.mid(3).join(QLatin1Char(' ')).toStdString(), nullptr, false);
            ok = !value.is_discarded();
            if (ok)
                doc->setProperty(words[1].toStdString(), words[2].toStdString(), value);
        } else if (verb == QLatin1String("delete") && words.size() == 2) {
            doc->removeObjects({words[1]});
        } else if (verb == QLatin1String("undo")) {
            doc->undoStack()->undo();
        } else if (verb == QLatin1String("redo")) {
            doc->undoStack()->redo();
        } else if (verb == QLatin1String("dump") && words.size() == 2) {
            QString error;
            ok = writeFileAtomically(words[1], QByteArray::fromStdString(saveDesign(doc->file())), &error);
        } else if (verb == QLatin1String("quit")) {
            quit = true;
        } else {
            ok = false;
        }
        if (!ok) {
            std::fprintf(stderr, "stackyard-script: %s:%d: cannot run: %s\n", qPrintable(path), lineNumber, qPrintable(line));
            return false;
        }
    }
    std::printf("stackyard-script: done\n");
    std::fflush(stdout);
    if (quit)
        QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    return true;
}

} // namespace Stackyard::Gui
