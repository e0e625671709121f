#include "cli/cli.h"
#include "gui/startup.h"

int main(int argc, char **argv)
{
    const int code = Stackyard::Cli::runCommandLine(argc, argv);
    if (code >= 0)
        return code;
    return Stackyard::Gui::runEditor(argc, argv);
}
