#include "cli.h"

namespace Stackyard::Cli {

int runReport(const QStringList &)
{
    return notAvailable("report");
}

} // namespace Stackyard::Cli
