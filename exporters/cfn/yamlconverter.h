#pragma once

#include "templatereader.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace Stackyard::Cfn {

/// Converts a loaded YAML node tree to JSON, turning short-form tags into long-form intrinsics.
/// Counts every produced value (aliases as often as they expand) and the depth against `limits`.
/// Throws YAML::Exception (with the offending node's mark) on an unknown tag, a limit or a bad key.
class YamlConverter
{
public:
    explicit YamlConverter(const ReaderLimits &limits) : m_limits(limits) {}

    Json convert(const YAML::Node &node) { return convertNode(node, 0); }

private:
    Json convertNode(const YAML::Node &node, int depth);
    Json convertUntagged(const YAML::Node &node, int depth);
    Json scalarValue(const YAML::Node &node) const;
    void count(const YAML::Node &node, int depth);

    const ReaderLimits &m_limits;
    std::size_t m_nodes = 0;
};

} // namespace Stackyard::Cfn
