#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace Stackyard::Io {

/// The deepest nesting of arrays and objects a design file may have. Deeper input is refused
/// before the JSON parser sees it.
inline constexpr int kMaxJsonDepth = 64;

/// "file:line:column" (1-based; column in bytes) of the byte at `offset` in `text`.
std::string textLocation(std::string_view text, std::size_t offset, const std::string &fileName);

/// Parses JSON text. On failure returns nothing and appends one located error to `diagnostics`:
/// syntax errors, truncation, number overflow and nesting deeper than kMaxJsonDepth all name
/// file:line:column. Never throws.
std::optional<Json> parseJson(std::string_view text, const std::string &fileName, Diagnostics &diagnostics);

/// The canonical text of a JSON value: keys sorted, two-space indent, arrays of numbers on one
/// line ("[0, 0, 64, 64]"), UTF-8 kept as is (invalid sequences replaced), no trailing newline.
std::string canonicalJson(const Json &value);

/// canonicalJson appended to `out`, as a value nested `indent` spaces deep.
void appendCanonicalJson(const Json &value, int indent, std::string &out);

/// A JSON string literal appended to `out`, escaped as canonicalJson escapes it.
void appendJsonString(const std::string &text, std::string &out);

/// Escapes a JSON-pointer reference token ("~" -> "~0", "/" -> "~1").
std::string pointerToken(std::string_view key);

} // namespace Stackyard::Io
