#include "cli.h"

namespace Stackyard::Cli {

int runExport(const QStringList &)
{
    return notAvailable("export");
}

} // namespace Stackyard::Cli
