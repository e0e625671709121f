#pragma once

#include <QStringList>

namespace Stackyard::Cli {

/// Exit codes of the command-line contract (docs: PRODUCT.md).
enum ExitCode {
    ExitClean = 0,        ///< done, nothing at or above --fail-on
    ExitFindings = 1,     ///< findings at or above --fail-on
    ExitBadInput = 2,     ///< input could not be read (message names file:line:column)
    ExitUnavailable = 3,  ///< the command is not available in this build
};

/// One headless command: `stackyard <name> ARGS…`. `args` excludes the program and the command name.
struct Command
{
    const char *name;
    const char *synopsis; ///< one line for --help
    int (*run)(const QStringList &args);
    bool needsGui = false; ///< paints (render, report): gets a QApplication, offscreen when there is no display
};

/// The sorted table of commands (app/cli/commands.cpp).
const Command *findCommand(const QString &name);
const Command *commandsBegin();
const Command *commandsEnd();

/// Runs a command when argv names one; returns -1 when argv asks for the editor instead.
int runCommandLine(int argc, char **argv);

/// Prints "stackyard NAME: not available yet in this build" and returns ExitUnavailable.
int notAvailable(const char *name);

// The commands, one file each (app/cli/cmd_<name>.cpp).
int runInfo(const QStringList &args);
int runValidate(const QStringList &args);
int runCost(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runRender(const QStringList &args);
int runReport(const QStringList &args);

} // namespace Stackyard::Cli
