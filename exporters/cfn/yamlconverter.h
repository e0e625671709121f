#pragma once

#include "templatereader.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Stackyard::Cfn {

/// Builds JSON straight from yaml-cpp's parser events (no yaml-cpp node tree), turning short-form
/// tags into long-form intrinsics. Counts every produced value (aliases as often as they expand:
/// an alias adds the count of the value it names before that value is copied, so a "billion
/// laughs" document is refused before it allocates) and the depth against `limits`.
///
/// Errors found while building (an unknown tag, a limit, a key that is not a scalar, a bad
/// `!GetAtt`) are remembered with the offending node's mark and building stops, but the parser is
/// left to finish the document: a syntax error anywhere in it is reported first, as it was when
/// the whole tree was loaded before conversion. `finish()` throws the remembered error.
class YamlBuilder final : public YAML::EventHandler
{
public:
    explicit YamlBuilder(const ReaderLimits &limits) : m_limits(limits) {}

    /// Parses the first document of `text` (as YAML::Load did) and builds it.
    /// Throws YAML::Exception (with a mark) on a syntax error or a building error.
    static Json build(std::string_view text, const ReaderLimits &limits, std::map<std::string, int> &resourceLines);

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;

    /// Throws the first building error, if any; else the document's value.
    Json finish();
    /// Logical ID -> 1-based line of its key in the top-level Resources mapping.
    std::map<std::string, int> &resourceLines() { return m_resourceLines; }

private:
    /// An open mapping or sequence.
    struct Frame
    {
        Json value;
        std::string tag;          ///< as written ("?" plain, "!" non-specific, "!Ref" …)
        YAML::Mark mark;
        YAML::anchor_t anchor = 0;
        std::size_t nodesAtStart = 0; ///< m_nodes before this node was counted
        int height = 0;           ///< deepest nesting below this node, for aliases of it
        std::string key;          ///< maps: the key whose value comes next
        bool haveKey = false;
        bool recordsResourceLines = false;
    };
    /// A completed anchored node, kept for its aliases.
    struct Anchored
    {
        Json value;
        std::optional<std::string> scalar; ///< the text when the node is a scalar (usable as a key)
        std::size_t nodes = 0;
        int height = 0;
    };

    bool failed() const { return m_error.has_value(); }
    void fail(const YAML::Mark &mark, std::string message);
    /// Counts one value at the current depth; false (and an error) when a limit is passed.
    bool count(const YAML::Mark &mark, std::size_t nodes = 1, int height = 0);
    /// A null or a collection begins: false (and nothing more to do) after an error, where a
    /// mapping key is due (keys must be scalars), or past the node limit.
    bool startNonScalar(const YAML::Mark &mark);
    /// True when the next event is a mapping key (it is then consumed by the caller).
    bool expectingKey() const { return !m_stack.empty() && m_stack.back().value.is_object() && !m_stack.back().haveKey; }
    void takeKey(const YAML::Mark &mark, std::string key);
    void openCollection(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, Json empty);
    void closeCollection();
    /// Places a finished value into its parent (or as the root).
    void deliver(Json value, int height);
    /// Applies a short-form tag; the value is the converted content.
    Json applyTag(const std::string &tag, Json value, const YAML::Mark &mark);

    const ReaderLimits &m_limits;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    std::map<std::string, int> m_resourceLines;
    bool m_resourcesSeen = false;
    Json m_root;
    std::size_t m_nodes = 0;
    std::optional<std::pair<YAML::Mark, std::string>> m_error;
};

/// The value of an untagged plain scalar (null, bool, integer, a decimal that reads back the same,
/// else text); `plain` is false for quoted or explicitly tagged scalars, which are always text.
Json yamlScalarValue(const std::string &text, bool plain);

} // namespace Stackyard::Cfn
