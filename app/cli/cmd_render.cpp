#include "cli.h"

namespace Stackyard::Cli {

int runRender(const QStringList &)
{
    return notAvailable("render");
}

} // namespace Stackyard::Cli
