#include "costformat.h"

#include <cmath>
#include <cstdio>

namespace Stackyard {

namespace {

double tidy(double v)
{
    return std::round(v * 1e6) / 1e6;
}

nlohmann::ordered_json itemJson(const LineItem &item)
{
    return {{"resource", item.resource},   {"usageType", item.usageType}, {"quantity", tidy(item.quantity)},
            {"unit", item.unit},           {"unitPrice", item.unitPrice}, {"monthly", tidy(item.monthly)},
            {"note", item.note}};
}

std::string money(double v)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    return buffer;
}

std::string printf(const char *format, const std::string &a, const std::string &b, const std::string &c,
                   const std::string &d, const std::string &e)
{
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, format, a.c_str(), b.c_str(), c.c_str(), d.c_str(), e.c_str());
    return buffer;
}

std::string number(double v)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.10g", tidy(v));
    return buffer;
}

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

nlohmann::ordered_json costToJson(const CostEstimate &estimate)
{
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const LineItem &item : estimate.items)
        items.push_back(itemJson(item));
    nlohmann::ordered_json unpriced = nlohmann::ordered_json::array();
    for (const LineItem &item : estimate.unpriced)
        unpriced.push_back(itemJson(item));
    return {{"region", estimate.region},
            {"currency", estimate.currency},
            {"pricesAsOf", estimate.pricesAsOf},
            {"hoursPerMonth", std::lround(estimate.hoursPerMonth)},
            {"monthlyTotal", tidy(estimate.monthlyTotal)},
            {"items", items},
            {"unpriced", unpriced}};
}

std::string costToText(const CostEstimate &estimate)
{
    const char *row = "%-24s %-34s %16s %-18s %12s\n";
    std::string out = "Monthly estimate, " + estimate.region + ", list prices as of " + estimate.pricesAsOf
                      + " (" + estimate.currency + ", 730 h/month)\n\n";
    out += printf(row, "RESOURCE", "USAGE TYPE", "QUANTITY", "UNIT", "MONTHLY");
    for (const LineItem &item : estimate.items) {
        out += printf(row, item.resource, item.usageType, number(item.quantity), item.unit,
                      money(item.monthly) + (item.overridden ? "*" : ""));
        out += "    " + number(item.quantity) + " x " + number(item.unitPrice) + " USD; " + item.note + "\n";
    }
    out += "\nTotal: " + money(estimate.monthlyTotal) + " " + estimate.currency + " per month\n";
    if (estimate.usesOverrides())
        out += "* priced with your override, not the list price\n";
    if (!estimate.unpriced.empty()) {
        out += "\nNot priced (no sourced price for " + estimate.region + "; the total leaves them out):\n";
        for (const LineItem &item : estimate.unpriced)
            out += "  " + item.resource + "  " + item.usageType + "  " + number(item.quantity) + " " + item.unit
                   + "\n";
    }
    return out;
}

std::string costToCsv(const CostEstimate &estimate)
{
    std::string out = "resource,usageType,quantity,unit,unitPrice,monthly,priced,overridden,note\n";
    for (const auto *list : {&estimate.items, &estimate.unpriced})
        for (const LineItem &item : *list)
            out += csvField(item.resource) + "," + csvField(item.usageType) + "," + number(item.quantity) + ","
                   + csvField(item.unit) + "," + number(item.unitPrice) + "," + number(item.monthly) + ","
                   + (item.priced ? "true" : "false") + "," + (item.overridden ? "true" : "false") + ","
                   + csvField(item.note) + "\n";
    return out;
}

} // namespace Stackyard
