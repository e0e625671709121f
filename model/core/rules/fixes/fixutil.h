#pragma once

#include "model/core/analysis/analysis.h"

#include <optional>
#include <string>

namespace Stackyard::FixUtil {

/// A free block of `prefix` inside the VPC's CIDR overlapping no subnet nor `taken`, or nothing.
std::optional<Cidr> freeBlock(const Analysis &a, const Id &vpc, int prefix = 24, std::vector<Cidr> taken = {});
/// The availabilityZone value to write for zone suffix `az`, in the style the VPC's subnets use.
std::string zoneValue(const Analysis &a, const Id &vpc, const std::string &az);
/// The VPC the finding is about: its first subject that belongs to one.
Id vpcOfFinding(const Analysis &a, const std::vector<Id> &subjects);
/// Makes sure the VPC has an internet gateway and a public route table; returns the table id.
Id ensurePublicRouteTable(Design &d, const Analysis &a, const Id &vpc);
/// A public subnet of zone `az` in the VPC, created (with a free /24) when there is none.
Id ensurePublicSubnet(Design &d, const Analysis &a, const Id &vpc, const std::string &az);
/// Adds a rule unless an identical one exists.
void addRule(std::vector<SgRule> &rules, SgRule rule);

} // namespace Stackyard::FixUtil
