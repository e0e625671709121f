#pragma once

#include <QString>

namespace Stackyard {
class MainWindow;
}

namespace Stackyard::Gui {

/// A test hook (environment variable STACKYARD_TEST_SCRIPT = a file): drives real edits through
/// the window's document, one command a line, then prints "stackyard-script: done" on stdout.
/// The crash-recovery test and tools/screenshots.sh use it.
///   rename ID NAME…        DesignDocument::rename
///   set ID PROPERTY JSON   DesignDocument::setProperty
///   delete ID              DesignDocument::removeObjects
///   undo | redo            the undo stack
///   dump PATH              writes saveDesign() of the document to PATH
///   raise findings|cost    brings that panel to the front of the strip under the canvas
///   cost-tab TITLE         shows that tab of the cost panel (Overview, Scale, Scenarios, Line items)
///   strip HEIGHT           gives the strip under the canvas (findings, cost) HEIGHT pixels
///   finding N              shows the Nth finding of the findings panel, explained
///   prices                 opens the price overrides dialog
///   override KEY PRICE     sets a price override through that dialog (saved in settings)
///   select ID…             selects these resources on the canvas
///   quit                   leaves the event loop without prompting
/// Returns false (with a message on stderr) on a malformed line.
bool runTestScript(const QString &path, MainWindow *window);

} // namespace Stackyard::Gui
