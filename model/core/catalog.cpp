#include "catalog.h"

#include "resources/embedded.h"

#include <algorithm>

namespace Stackyard {

const PropertySpec *KindSpec::property(std::string_view name) const
{
    for (const auto &p : properties)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool KindSpec::allowsParent(std::string_view parentKind) const
{
    return std::find(allowedParents.begin(), allowedParents.end(), parentKind) != allowedParents.end();
}

Catalog Catalog::fromJson(std::string_view text, std::string *error)
{
    Catalog catalog;
    Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("kinds") || !root["kinds"].is_array()) {
        if (error)
            *error = "catalogue: not a JSON object with a \"kinds\" array";
        return catalog;
    }
    auto str = [](const Json &j, const char *key) {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const Json &k : root["kinds"]) {
        if (!k.is_object())
            continue;
        KindSpec spec;
        spec.kind = str(k, "kind");
        spec.title = str(k, "title");
        spec.category = str(k, "category");
        spec.icon = str(k, "icon");
        spec.doc = str(k, "doc");
        spec.cfnType = str(k, "cfnType");
        spec.tfType = str(k, "tfType");
        spec.container = k.value("container", false);
        spec.spansSubnets = k.value("spansSubnets", false);
        spec.placeable = k.value("placeable", true);
        if (auto it = k.find("allowedParents"); it != k.end() && it->is_array())
            for (const Json &p : *it)
                if (p.is_string())
                    spec.allowedParents.push_back(p.get<std::string>());
        if (auto it = k.find("properties"); it != k.end() && it->is_array()) {
            for (const Json &p : *it) {
                if (!p.is_object())
                    continue;
                PropertySpec ps;
                ps.name = str(p, "name");
                ps.type = str(p, "type");
                ps.title = str(p, "title");
                ps.doc = str(p, "doc");
                ps.refKind = str(p, "refKind");
                ps.holdsReferences = p.value("holdsReferences", true);
                if (auto d = p.find("default"); d != p.end())
                    ps.defaultValue = *d;
                if (auto v = p.find("values"); v != p.end() && v->is_array())
                    for (const Json &e : *v)
                        if (e.is_string())
                            ps.values.push_back(e.get<std::string>());
                spec.properties.push_back(std::move(ps));
            }
        }
        catalog.m_kinds.push_back(std::move(spec));
    }
    return catalog;
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        auto text = embeddedFile("catalog/catalog.json");
        return text ? fromJson(*text) : Catalog();
    }();
    return catalog;
}

const KindSpec *Catalog::kind(std::string_view kind) const
{
    for (const auto &k : m_kinds)
        if (k.kind == kind)
            return &k;
    return nullptr;
}

const KindSpec *Catalog::kindForCfnType(std::string_view cfnType) const
{
    for (const auto &k : m_kinds)
        if (!cfnType.empty() && k.cfnType == cfnType)
            return &k;
    return nullptr;
}

Json Catalog::defaultProperties(std::string_view kind) const
{
    Json props = Json::object();
    if (const KindSpec *spec = this->kind(kind))
        for (const auto &p : spec->properties)
            if (!p.defaultValue.is_null())
                props[p.name] = p.defaultValue;
    return props;
}

} // namespace Stackyard
