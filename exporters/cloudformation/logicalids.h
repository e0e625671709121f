#pragma once

#include "model/core/ids.h"

#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>

namespace Stackyard {

/// Turns design ids into names an output format accepts and keeps them unique, deterministically:
/// the first name asked for wins, later collisions get 2, 3… appended. Reserve every design id
/// first (in id order) so primary names never depend on which derived names were asked for.
class LogicalIds
{
public:
    enum class Style {
        Pascal, ///< CloudFormation logical IDs: "ecs-service-1" -> "EcsService1"
        Snake,  ///< Terraform names: "ecs-service-1" -> "ecs_service_1"
    };

    explicit LogicalIds(Style style) : m_style(style) {}

    /// `words` in this style: non-alphanumerics separate words; a leading digit gets a prefix.
    std::string convert(std::string_view words) const;

    /// Makes `name` the name of (id, suffix) when neither is taken yet (an imported template's
    /// logical ID kept for what the export regenerates); returns whether it did.
    bool assign(const Id &id, std::string_view suffix, const std::string &name);

    /// Marks a fixed name (a parameter, an output) as taken.
    void reserve(const std::string &name) { m_taken.insert(name); }

    /// The name of a design id plus an optional suffix ("TaskDefinition" / "task_definition"),
    /// allocated on first use and the same on every later call.
    const std::string &name(const Id &id, std::string_view suffix = {});

    /// Calls f(name, id, suffix) for every name given to an id plus a non-empty suffix.
    template<typename F>
    void forEachDerived(F &&f) const
    {
        for (const auto &[key, name] : m_names)
            if (const auto sep = key.find('\x1f'); sep != std::string::npos && sep + 1 < key.size())
                f(name, std::string_view(key).substr(0, sep), std::string_view(key).substr(sep + 1));
    }

private:
    Style m_style;
    // Hashed: only looked up, never iterated (references into m_names stay valid on rehash).
    std::unordered_set<std::string> m_taken;
    std::unordered_map<std::string, std::string> m_names; ///< key: id + '\x1f' + suffix
    std::string m_key; ///< name()'s lookup key, kept to reuse its buffer
};

} // namespace Stackyard
