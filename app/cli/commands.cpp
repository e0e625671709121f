#include "cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <iterator>

namespace Stackyard::Cli {

namespace {

const Command commands[] = {
    {"cost", "cost FILE [--region R] [--format text|json|csv]   monthly estimate with line items", runCost},
    {"export", "export FILE --to cloudformation-yaml|cloudformation-json|terraform -o PATH", runExport},
    {"import", "import TEMPLATE -o DESIGN   CloudFormation -> laid-out design", runImport},
    {"info", "info FILE [--format text|json]   what a design or template holds", runInfo},
    {"render", "render FILE -o OUT.svg|png|pdf [--scale N] [--transparent]   the diagram as an image", runRender, true},
    {"report", "report FILE -o OUT.html|pdf   the review report", runReport, true},
    {"validate", "validate FILE... [--format text|json|sarif] [--fail-on error|warning|never]", runValidate},
};

void printHelp()
{
    QTextStream out(stdout);
    out << "Usage: stackyard [FILE]            open the editor (on FILE)\n"
           "       stackyard COMMAND ARGS...   run headless\n\n"
           "Commands:\n";
    for (const Command &c : commands)
        out << "  " << c.synopsis << "\n";
    out << "\nOptions:\n  -h, --help     this help\n  -v, --version  the version\n\n"
           "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 input could not be read,\n"
           "3 command not available in this build.\n";
}

} // namespace

const Command *commandsBegin() { return std::begin(commands); }
const Command *commandsEnd() { return std::end(commands); }

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

int notAvailable(const char *name)
{
    std::fprintf(stderr, "stackyard %s: not available yet in this build\n", name);
    return ExitUnavailable;
}

int runCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return -1;
    const char *first = argv[1];
    if (!std::strcmp(first, "--help") || !std::strcmp(first, "-h") || !std::strcmp(first, "help")) {
        printHelp();
        return ExitClean;
    }
    if (!std::strcmp(first, "--version") || !std::strcmp(first, "-v")) {
        std::printf("stackyard %s\n", STACKYARD_VERSION);
        return ExitClean;
    }
    const Command *command = findCommand(QString::fromLocal8Bit(first));
    if (!command) {
        if (first[0] == '-') {
            std::fprintf(stderr, "stackyard: unknown option %s (see stackyard --help)\n", first);
            return ExitBadInput;
        }
        return -1; // a file to open in the editor
    }
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (command->needsGui) {
        // Headless means no display is needed: paint offscreen unless the user chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's platform code wants a runtime directory and warns on stderr without one (CI
        // containers, ssh sessions): give it a private temporary one for this run.
        QTemporaryDir runtimeDir;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
        QApplication app(argc, argv);
        return command->run(args);
    }
    QCoreApplication app(argc, argv);
    return command->run(args);
}

} // namespace Stackyard::Cli
