#include "startup.h"

#include "recoverydialog.h"
#include "testscript.h"

#include "widgets/canvas/designview.h"
#include "widgets/i18n/language.h"
#include "widgets/i18n/languagemenu.h"
#include "widgets/mainwindow/mainactions.h"
#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/fitkeeper.h"
#include "widgets/mainwindow/mainwindow.h"

#include "model/document/designdocument.h"
#include "model/document/journal.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <vector>

namespace Stackyard::Gui {

namespace {

const QString kReferenceSample = QStringLiteral("samples/reference.stackyard.json");

/// A new window with its document journaled.
MainWindow *newWindow(std::vector<std::unique_ptr<MainWindow>> &windows)
{
    windows.push_back(std::make_unique<MainWindow>());
    MainWindow *w = windows.back().get();
    new Journal(w->document(), Journal::defaultDirectory());
    addLanguageMenu(w->actions()->viewMenu);
    return w;
}

/// Offers the orphaned journals; opens the recovered ones. Returns how many were opened.
int recover(std::vector<std::unique_ptr<MainWindow>> &windows)
{
    const QList<Journal::Entry> orphans = Journal::orphans(Journal::defaultDirectory());
    if (orphans.isEmpty())
        return 0;
    QList<Journal::Entry> chosen;
    bool discard = false;
    const QString automatic = qEnvironmentVariable("STACKYARD_RECOVERY_AUTO");
    if (automatic == QLatin1String("accept")) {
        chosen = orphans;
        discard = true;
    } else if (automatic == QLatin1String("discard")) {
        discard = true;
    } else {
        RecoveryDialog dialog(orphans);
        dialog.exec();
        chosen = dialog.chosen();
        discard = dialog.discardJournals();
    }
    int opened = 0;
    for (const Journal::Entry &e : std::as_const(chosen)) {
        MainWindow *w = newWindow(windows);
        if (w->files()->openRecovered(e.designText, e.originalPath)) {
            ++opened;
        } else {
            windows.pop_back();
            continue;
        }
    }
    if (discard)
        for (const Journal::Entry &e : orphans)
            Journal::discard(e.journalPath);
    return opened;
}

} // namespace

int runEditor(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stackyard"));
    QApplication::setApplicationName(QStringLiteral("Stackyard"));
    QApplication::setApplicationVersion(QStringLiteral(STACKYARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("stackyard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vpc.svg")));
    // Before any window or dialog (recovery) builds its texts.
    Language::install(Language::localeFor(Language::savedChoice()));

    std::vector<std::unique_ptr<MainWindow>> windows;
    const QStringList args = QApplication::arguments().mid(1);
    const int recovered = recover(windows);

    if (!args.isEmpty() || recovered == 0) {
        MainWindow *w = newWindow(windows);
        QSettings settings;
        const QString last = settings.value(QStringLiteral("lastFile")).toString();
        bool opened = false;
        if (!args.isEmpty())
            opened = w->files()->openPath(args.first());
        else if (!last.isEmpty() && QFileInfo::exists(last))
            opened = w->files()->openPath(last);
        if (!opened && args.isEmpty())
            opened = w->files()->openSample(kReferenceSample);
        if (!opened)
            w->files()->openBlank();
    }
    for (const auto &w : windows) {
        w->show();
        // Fit once the window has its size, and again while it settles (maximized by the window
        // manager, docks restored) until the user zooms or pans.
        QTimer::singleShot(0, w->fit(), &FitKeeper::fit);
    }
    const QString script = qEnvironmentVariable("STACKYARD_TEST_SCRIPT");
    if (!script.isEmpty()) {
        MainWindow *w = windows.front().get();
        QTimer::singleShot(0, w, [script, w] {
            if (!runTestScript(script, w))
                QCoreApplication::exit(2);
        });
    }
    return app.exec();
}

} // namespace Stackyard::Gui
