#include "cli/cli.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    const int code = Stackyard::Cli::runCommandLine(argc, argv);
    if (code >= 0)
        return code;
    QApplication app(argc, argv);
    QLabel label("Stackyard");
    label.show();
    return app.exec();
}
