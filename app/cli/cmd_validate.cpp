#include "cli.h"

namespace Stackyard::Cli {

int runValidate(const QStringList &)
{
    return notAvailable("validate");
}

} // namespace Stackyard::Cli
