#pragma once

#include <string>
#include <vector>

namespace Stackyard {

/// A problem a user must see, as data: reading a file, importing or exporting. `location` is
/// "file:line:column" (or "file" + JSON pointer) when it comes from text; `subject` is the
/// design id or template logical ID it concerns, so the GUI can jump to it.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    std::string location;
    std::string subject;
    std::string message;

    /// "location: error: message" — the form printed by the command line.
    std::string toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Stackyard
