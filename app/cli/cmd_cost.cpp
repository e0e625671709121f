#include "cli.h"

namespace Stackyard::Cli {

int runCost(const QStringList &)
{
    return notAvailable("cost");
}

} // namespace Stackyard::Cli
