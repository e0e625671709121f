#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace Stackyard::Cfn {

/// Bounds that keep a hostile template (a YAML "billion laughs" bomb, a huge or absurdly deep
/// document) from exhausting memory or the stack. Aliases are counted as often as they expand.
struct ReaderLimits
{
    std::size_t maxBytes = 20u * 1024u * 1024u; ///< input size
    std::size_t maxNodes = 2'000'000;           ///< JSON values produced, aliases expanded
    int maxDepth = 128;                         ///< nesting of mappings and sequences
};

/// A template read into JSON. Short-form tags are in their long form ({"Ref": ..},
/// {"Fn::GetAtt": ["A", "B"]}, {"Fn::Sub": ..}); nothing is evaluated or flattened.
struct ParsedTemplate
{
    Json root;
    bool isJson = false;                      ///< the text was JSON (else YAML)
    std::map<std::string, int> resourceLines; ///< logical ID -> 1-based line of its definition
};

/// True when the text is JSON by content (its first non-blank character opens an object).
bool looksLikeJson(std::string_view text);

/// Reads a CloudFormation template (YAML with every short-form tag, or JSON, detected by content).
/// On failure returns nullopt with an error naming `fileName:line:column` in `diagnostics`.
std::optional<ParsedTemplate> readTemplate(std::string_view text, const std::string &fileName,
                                           Diagnostics &diagnostics, const ReaderLimits &limits = {});

/// "file:line:column" with 1-based line and column.
std::string location(const std::string &fileName, int line, int column);

} // namespace Stackyard::Cfn
