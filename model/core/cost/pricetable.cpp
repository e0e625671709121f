#include "pricetable.h"

#include "resources/embedded.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Stackyard {

namespace {

constexpr std::string_view kPrefix = "pricing/";
constexpr std::string_view kSuffix = ".json";

std::string str(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

std::optional<PriceTable> PriceTable::fromJson(std::string_view text, std::string *error)
{
    auto fail = [error](std::string message) -> std::optional<PriceTable> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return fail("pricing: not a JSON object");
    auto prices = root.find("prices");
    if (prices == root.end() || !prices->is_object())
        return fail("pricing: no \"prices\" object");
    PriceTable table;
    table.m_region = str(root, "region");
    table.m_currency = str(root, "currency");
    table.m_asOf = str(root, "asOf");
    if (table.m_region.empty() || table.m_asOf.empty())
        return fail("pricing: \"region\" and \"asOf\" are required");
    for (const auto &[key, p] : prices->items()) {
        auto value = p.find("value");
        if (!p.is_object() || value == p.end() || !value->is_number())
            return fail("pricing: price \"" + key + "\" has no numeric \"value\"");
        Price price;
        price.value = value->get<double>();
        price.unit = str(p, "unit");
        price.status = str(p, "status");
        price.asOf = str(p, "asOf");
        price.note = str(p, "note");
        if (auto s = p.find("sources"); s != p.end() && s->is_array())
            for (const auto &id : *s)
                if (id.is_string())
                    price.sources.push_back(id.get<std::string>());
        table.m_prices.emplace(key, std::move(price));
    }
    if (auto missing = root.find("missing"); missing != root.end() && missing->is_object())
        for (const auto &[key, m] : missing->items())
            table.m_missing.emplace(key, m.is_object() ? str(m, "reason") : std::string());
    return table;
}

std::optional<PriceTable> PriceTable::builtin(std::string_view region, std::string *error)
{
    const std::string path = std::string(kPrefix) + std::string(region) + std::string(kSuffix);
    if (auto text = embeddedFile(path))
        return fromJson(*text, error);
    if (error) {
        std::string known;
        for (const auto &r : builtinRegions())
            known += (known.empty() ? "" : ", ") + r;
        *error = "no prices for region \"" + std::string(region) + "\" (known regions: " + known + ")";
    }
    return std::nullopt;
}

std::vector<std::string> PriceTable::builtinRegions()
{
    std::vector<std::string> regions;
    for (const EmbeddedFile &f : embeddedFiles()) {
        const std::string_view p = f.path;
        if (p.size() > kPrefix.size() + kSuffix.size() && p.substr(0, kPrefix.size()) == kPrefix
            && p.substr(p.size() - kSuffix.size()) == kSuffix)
            regions.emplace_back(p.substr(kPrefix.size(), p.size() - kPrefix.size() - kSuffix.size()));
    }
    std::sort(regions.begin(), regions.end());
    return regions;
}

const Price *PriceTable::find(std::string_view key) const
{
    auto it = m_prices.find(key);
    return it == m_prices.end() ? nullptr : &it->second;
}

} // namespace Stackyard
