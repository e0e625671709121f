#pragma once

namespace Stackyard::Gui {

/// Runs the editor: application names and settings, the interface language (View → Language:
/// the system's unless English or Korean is chosen), crash recovery (a dialog, or
/// STACKYARD_RECOVERY_AUTO=accept|discard for tests), then the design to show: the file named on
/// the command line, else (a later start) the last file, else the built-in reference architecture
/// as an unsaved design. Every window journals its document for crash recovery
/// (STACKYARD_RECOVERY_DIR overrides where). Returns the exit code.
int runEditor(int argc, char **argv);

} // namespace Stackyard::Gui
