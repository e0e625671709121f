#include "cli.h"

namespace Stackyard::Cli {

int runInfo(const QStringList &)
{
    return notAvailable("info");
}

} // namespace Stackyard::Cli
