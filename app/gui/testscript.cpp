#include "testscript.h"

#include "widgets/canvas/designview.h"
#include "widgets/cost/costdock.h"
#include "widgets/findings/findingsdock.h"
#include "widgets/mainwindow/exportdialog.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/priceoverrides.h"

#include "exporters/registry.h"
#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "model/document/documentio.h"
#include "model/document/liveanalysis.h"

#include <QCoreApplication>
#include <QFile>
#include <QTabWidget>
#include <QTreeWidget>
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
        } else if (verb == QLatin1String("raise") && words.size() == 2
                   && (words[1] == QLatin1String("findings") || words[1] == QLatin1String("cost"))) {
            QDockWidget *dock = words[1] == QLatin1String("cost") ? static_cast<QDockWidget *>(window->cost())
                                                                  : static_cast<QDockWidget *>(window->findings());
            dock->show();
            dock->raise();
        } else if (verb == QLatin1String("cost-tab") && words.size() >= 2) {
            auto *tabs = window->cost()->findChild<QTabWidget *>();
            const QString title = words.mid(1).join(QLatin1Char(' '));
            ok = false;
            for (int i = 0; tabs && i < tabs->count(); ++i)
                if (tabs->tabText(i) == title) {
                    tabs->setCurrentIndex(i);
                    ok = true;
                }
        } else if (verb == QLatin1String("strip") && words.size() == 2 && words[1].toInt() > 0) {
            window->resizeDocks({window->findings()}, {words[1].toInt()}, Qt::Vertical);
        } else if (verb == QLatin1String("finding") && words.size() == 2) {
            // The Nth finding (1-based) in the findings panel's tree, as if clicked; the edits
            // above are validated first (live validation runs on the next turn of the event loop).
            window->analysis()->refresh();
            auto *tree = window->findings()->findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
            QList<QTreeWidgetItem *> leaves;
            for (int g = 0; tree && g < tree->topLevelItemCount(); ++g)
                for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                    leaves << tree->topLevelItem(g)->child(i);
            const int n = words[1].toInt();
            ok = n >= 1 && n <= leaves.size();
            if (ok)
                tree->setCurrentItem(leaves[n - 1]);
        } else if (verb == QLatin1String("prices") && words.size() == 1) {
            window->prices()->edit();
        } else if (verb == QLatin1String("override") && words.size() == 3) {
            // Through the price dialog, as typing into its "Your price" column does.
            window->prices()->edit();
            const double value = words[2].toDouble(&ok);
            if (ok)
                window->prices()->dialog()->setOverride(words[1].toStdString(), value);
        } else if (verb == QLatin1String("export-dialog") && words.size() == 2) {
            // File ▸ Export…'s dialog, shown without waiting for it (screenshots).
            const int index = words[1].toInt(&ok);
            ok = ok && index >= 0 && std::size_t(index) < exporters().size();
            if (ok) {
                window->analysis()->refresh(); // the edits above, validated now (as the "finding" verb does)
                auto *dialog = new ExportDialog(window->document()->design(), window->analysis()->findings(), index, window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            }
        } else if (verb == QLatin1String("select") && words.size() >= 2) {
            window->view()->selectIds(words.mid(1));
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
