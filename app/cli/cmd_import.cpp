#include "cli.h"

namespace Stackyard::Cli {

int runImport(const QStringList &)
{
    return notAvailable("import");
}

} // namespace Stackyard::Cli
