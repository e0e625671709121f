#pragma once

#include "designreader.h"

namespace Stackyard::Io {

/// One step of the migration table: rewrites a document of format `from` into format `from + 1`
/// in place, reporting problems through `sink` (located by JSON pointer).
struct Migration
{
    int from;
    void (*migrate)(Json &document, DiagnosticSink &sink);
};

/// The steps, in order; the last one produces kFormatVersion. See docs/file-format.md.
const std::vector<Migration> &migrations();

/// Brings a document of format `version` up to kFormatVersion. Returns false (with an error
/// in `sink`) when no path exists.
bool migrateToCurrent(Json &document, int version, DiagnosticSink &sink);

} // namespace Stackyard::Io
