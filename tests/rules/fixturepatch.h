#pragma once

#include "model/core/design.h"

#include <optional>
#include <string>
#include <string_view>

namespace Stackyard::Fixture {

/// Applies a fixture patch to a design's JSON text. A patch is a list of
/// {"op": "set"|"remove"|"append", "path": "/resources/alb/placement", "value": …}; a path segment
/// that is not a number selects, in an array of objects, the element whose "id" equals it, so
/// patches name design ids and survive reordering. Returns an error text on a bad patch.
std::optional<std::string> applyPatch(Json &document, const Json &patch);

/// Edits applied to the loaded Design for what the loader itself refuses (dangling references,
/// invalid ports): [{"resource": id, "set": "parent"|"placement"|"securityGroups"|"property:NAME", "value": …},
/// {"flow": id, "set": "from"|"to"|"ports", "value": …}, {"securityGroup": id, "set": "ingressPorts", "value": [from, to]}].
std::optional<std::string> applyEdits(Design &design, const Json &edits);

/// Reads `dir/<name>.json` ({"base": "reference", "patch": […], "edit": […]});  ({"base": "reference", "patch": […]}), applies it to the embedded sample
/// "samples/<base>.stackyard.json" and loads it with the design loader. Sets `error` on failure.
std::optional<Design> loadFixture(const std::string &dir, const std::string &name, std::string &error);

/// The folder of one rule's fixtures: tests/rules/data/<rule> (fail.json, pass.json, expected.json).
std::string ruleFixtureDir(std::string_view rule);
/// One of a rule's fixtures ("fail" or "pass"), loaded as loadFixture does.
std::optional<Design> loadRuleFixture(std::string_view rule, const std::string &variant, std::string &error);

/// The embedded sample design `samples/<base>.stackyard.json`.
std::optional<Design> loadSample(const std::string &base, std::string &error);

} // namespace Stackyard::Fixture
