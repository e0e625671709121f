#pragma once

#include "model/core/ids.h"
#include "model/core/text.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Stackyard {

/// A month is 730 hours, as the AWS Pricing Calculator uses (PRODUCT.md).
inline constexpr double kHoursPerMonth = 730.0;

/// One priced quantity of one resource: monthly = quantity x unitPrice.
struct LineItem
{
    Id resource;            ///< the design resource that causes the charge
    std::string resourceName; ///< its name as the canvas shows it ("" when it has none)
    std::string usageType;  ///< PRODUCT.md name, e.g. "fargate.vcpu-hours", "nat.data-gb"
    double quantity = 0;    ///< per month, in `unit`
    std::string unit;       ///< "vCPU-hours", "GB", "1M requests"…
    double unitPrice = 0;   ///< USD per unit; 0 when not priced
    double monthly = 0;     ///< USD per month; 0 when not priced
    std::string note;       ///< how the quantity was reached, and anything the reader must know
    std::string priceKey;   ///< the price table entry used, e.g. "nat_gateway.hour"
    std::string priceAsOf;  ///< that price's date
    bool priced = true;     ///< false: the region has no sourced price (the note says so)
    bool overridden = false; ///< the unit price is the user's override, not the list price
    Text noteText;          ///< `note` as words to translate (note == noteText.str())
};

/// The monthly estimate of a design in one region.
struct CostEstimate
{
    std::string region;
    std::string currency = "USD";
    std::string pricesAsOf;          ///< the price table's date
    double hoursPerMonth = kHoursPerMonth;
    double monthlyTotal = 0;         ///< sum of the priced items
    std::vector<LineItem> items;     ///< priced items, in resource id order
    std::vector<LineItem> unpriced;  ///< quantities the region has no sourced price for

    /// Sum of the priced items of one resource.
    double monthlyOf(const Id &resource) const;
    /// Priced and unpriced items of one resource.
    std::vector<LineItem> itemsOf(const Id &resource) const;
    /// Monthly totals by AWS service ("Fargate", "VPC", "CloudWatch"…), see serviceOf().
    std::map<std::string, double> byService() const;
    /// Monthly totals by resource id.
    std::map<Id, double> byResource() const;
    /// What charts call a resource: its name, or its id when it has no name (or no item).
    std::string labelOf(const Id &resource) const;
    /// True when any item uses a price override.
    bool usesOverrides() const;
};

/// The AWS service a usage type bills under: "fargate-spot.vcpu-hours" -> "Fargate".
std::string serviceOf(const std::string &usageType);

/// Which task count an estimate assumes for every ECS service.
enum class TaskCountBasis { Desired, Minimum, Maximum };

/// One entry of a capacity provider strategy (COST-1/2).
struct CapacityShare
{
    std::string provider = "FARGATE"; ///< FARGATE or FARGATE_SPOT
    double base = 0;
    double weight = 0;
};

/// What an estimate assumes beyond the design.
struct CostOptions
{
    TaskCountBasis taskCount = TaskCountBasis::Desired;
    /// Task count per ECS service id, winning over `taskCount` (the min…max curve uses it).
    std::map<Id, double> taskCountOverrides;
    /// When set, every ECS service uses this strategy instead of its own (COST-2 scenarios).
    std::optional<std::vector<CapacityShare>> strategyOverride;
    /// The user's prices by price key (the GUI keeps them in settings); lines using one are marked.
    std::map<std::string, double> priceOverrides;
};

} // namespace Stackyard
