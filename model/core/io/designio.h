#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>

namespace Stackyard {

/// What reading a design produced: the design when it could be read, and every diagnostic.
/// `file` is empty exactly when `diagnostics` holds an error. Warnings (unknown members,
/// catalogue mismatches) may accompany a successful load.
struct LoadResult
{
    std::optional<DesignFile> file;
    Diagnostics diagnostics;
    int formatVersion = -1; ///< the version the file was written in (before migration); -1 if unknown
};

/// Reads a .stackyard.json document (docs/file-format.md). Never throws and never crashes on
/// any input. Every diagnostic is located: JSON syntax errors, truncation, number overflow and
/// nesting deeper than 64 levels as "fileName:line:column"; everything else as
/// "fileName: /json/pointer" (wrong types, unknown kinds, dangling or duplicate ids, containment
/// cycles, invalid CIDRs and ports, out-of-range numbers). A formatVersion newer than
/// kFormatVersion is refused; older ones are migrated first.
LoadResult loadDesign(std::string_view text, const std::string &fileName);

/// Reads the file at `path` with loadDesign; a file that cannot be opened gives one error
/// naming the path.
LoadResult loadDesignFile(const std::string &path);

/// The canonical text of a design: keys sorted, two-space indent, arrays of numbers on one
/// line, arrays of objects sorted by id, empty optional members left out, trailing newline.
/// loadDesign followed by saveDesign reproduces a canonical file byte for byte.
std::string saveDesign(const DesignFile &file);

/// Content detection: true when the text is a JSON object (leading whitespace and a UTF-8 BOM
/// allowed) whose top level has a "formatVersion" member or a lower-case "resources" member.
/// A CloudFormation template has "AWSTemplateFormatVersion"/"Resources" instead. Looks only at
/// the top-level keys and does not need the text to be complete or valid.
bool looksLikeDesign(std::string_view text);

} // namespace Stackyard
