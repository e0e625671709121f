#pragma once

// What the editor tests share: private settings, the main window on the reference sample, and
// closing it without the save prompt.

#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainwindow.h"

#include "model/document/liveanalysis.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

#include <memory>

namespace Stackyard::Testing {

/// Settings in `home` (INI files), cleared: every test starts as a first start and never reads or
/// changes the user's own settings.
inline void useScratchSettings(const QString &home, const char *application)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home);
    QCoreApplication::setOrganizationName("StackyardTest");
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

/// A shown main window on the reference sample (us-east-1), or null. With `priced`, also waits
/// until it is validated and priced: that runs on the next turn of the event loop, and the
/// region's price overrides (read from settings once the region is known) one turn later.
inline std::unique_ptr<MainWindow> openReferenceWindow(bool priced)
{
    auto w = std::make_unique<MainWindow>();
    if (!w->files()->openSample("samples/reference.stackyard.json"))
        return nullptr;
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    if (priced) {
        if (!QTest::qWaitFor([&] { return w->analysis()->pricedRegion() == "us-east-1" && !w->analysis()->estimate().items.empty(); }))
            return nullptr;
        QTest::qWait(50);
    }
    return w;
}

/// Closes the window, answering "Discard" to the save prompt.
inline void closeDiscarding(MainWindow *w)
{
    w->files()->setAsker([](const QString &, const QString &, int) { return 0x00800000; }); // QMessageBox::Discard
    w->close();
}

} // namespace Stackyard::Testing
