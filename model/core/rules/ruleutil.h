#pragma once

#include "rule.h"

#include "model/core/analysis/analysis.h"

#include <set>
#include <string>

namespace Stackyard::RuleUtil {

/// The containers of a service (the catalogue default when unset); never null.
const Json &containers(const Analysis &a, const Resource &service);

/// Reports every reachability result of `purpose` whose outcome is wrong, one finding each:
/// "<summary>" with the blocking hop and its fix. `what` words the purpose
/// (STACKYARD_TEXT("pull its image")).
void reportReachability(const Analysis &a, Findings &findings, const RuleInfo &rule,
                        Reachability::Purpose purpose, TextPattern what, const std::string &fix = {});

/// True for environment variable names that usually hold secrets (PASSWORD, SECRET, TOKEN, *_KEY…).
bool looksSecret(std::string name);

/// `value` when it is an array, else an empty array: for range-for without copying the array
/// (`v.is_array() ? v : Json::array()` copies `v`, as both sides must become one prvalue).
const Json &arrayOrEmpty(const Json &value);

/// True when `object` is an object whose string member `key` equals `text` (no copy made).
bool hasString(const Json &object, std::string_view key, std::string_view text);

/// The target group object of an ALB by name, or null.
const Json *targetGroup(const Analysis &a, const Resource &alb, const std::string &name);

} // namespace Stackyard::RuleUtil
