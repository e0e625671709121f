#include "diagnostic.h"

#include <algorithm>

namespace Stackyard {

std::string Diagnostic::toString() const
{
    std::string s = location.empty() ? std::string() : location + ": ";
    switch (severity) {
    case Severity::Error: s += "error: "; break;
    case Severity::Warning: s += "warning: "; break;
    case Severity::Info: s += "info: "; break;
    }
    s += message;
    if (!subject.empty())
        s += " [" + subject + "]";
    return s;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace Stackyard
