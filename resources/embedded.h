#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace Stackyard {

/// A data file from resources/ compiled into the program (catalogue, samples, pricing, rule docs).
struct EmbeddedFile
{
    std::string_view path; ///< relative to resources/, e.g. "samples/reference.stackyard.json"
    std::string_view content;
};

/// Every embedded file, sorted by path.
std::span<const EmbeddedFile> embeddedFiles();

/// The content of one embedded file, or nothing when no such file was embedded.
std::optional<std::string_view> embeddedFile(std::string_view path);

} // namespace Stackyard
