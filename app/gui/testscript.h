#pragma once

#include <QString>

namespace Stackyard {
class MainWindow;
}

namespace Stackyard::Gui {

/// A test hook (environment variable STACKYARD_TEST_SCRIPT = a file): drives real edits through
/// the window's document, one command a line, then prints "stackyard-script: done" on stdout.
///   rename ID NAME…        DesignDocument::rename
///   set ID PROPERTY JSON   DesignDocument::setProperty
///   delete ID              DesignDocument::removeObjects
///   undo | redo            the undo stack
///   dump PATH              writes saveDesign() of the document to PATH
///   quit                   leaves the event loop without prompting
/// Returns false (with a message on stderr) on a malformed line.
bool runTestScript(const QString &path, MainWindow *window);

} // namespace Stackyard::Gui
