#pragma once

#include <memory>

class QApplication;

namespace Stackyard {

/// Headless commands that draw (render, report) need a QApplication for fonts and graphics items.
/// When the running application is not one, this selects the offscreen platform if there is no
/// display (neither DISPLAY nor WAYLAND_DISPLAY is set and QT_QPA_PLATFORM is not set either) and
/// creates a QApplication for the caller's scope; it returns null when one already runs.
/// Stop-gap until the CLI dispatcher creates a QApplication for such commands itself: Qt tolerates
/// the second application object only in release builds of Qt.
std::unique_ptr<QApplication> ensureGuiApplication();

} // namespace Stackyard
