#include "guiapplication.h"

#include <QApplication>

namespace Stackyard {

std::unique_ptr<QApplication> ensureGuiApplication()
{
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        return nullptr;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "stackyard";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace Stackyard
