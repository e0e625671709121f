#include "cfncontext.h"

namespace Stackyard {

namespace {

const char *const kAttributes[] = {"Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy",
                                   "CreationPolicy", "UpdatePolicy", "Metadata"};

} // namespace

OJson toOrdered(const Json &value)
{
    if (value.is_object()) {
        OJson out = OJson::object();
        for (auto it = value.begin(); it != value.end(); ++it)
            out[it.key()] = toOrdered(it.value());
        return out;
    }
    if (value.is_array()) {
        OJson out = OJson::array();
        for (const Json &item : value)
            out.push_back(toOrdered(item));
        return out;
    }
    return OJson(value);
}

void buildOpaque(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "opaque")
            continue;
        if (r.rawType.empty()) {
            cx.warn(id, "opaque resource without a CloudFormation type; not exported");
            continue;
        }
        cx.add(cx.id(id), r.rawType, toOrdered(r.properties));
    }
    // Attributes an imported template had (DependsOn, Condition, DeletionPolicy…) go back on the
    // resource a design id became; DependsOn lists are merged with the ones the export adds.
    for (const auto &[id, r] : cx.design().resources) {
        if (!r.templateAttributes.is_object() || r.templateAttributes.empty() || !cx.has(cx.id(id)))
            continue;
        OJson &entry = cx.resource(cx.id(id));
        for (const char *name : kAttributes) {
            auto it = r.templateAttributes.find(name);
            if (it == r.templateAttributes.end())
                continue;
            if (std::string(name) == "DependsOn") {
                const Json deps = it->is_array() ? *it : Json::array({*it});
                for (const Json &dep : deps)
                    if (dep.is_string())
                        cx.dependOn(cx.id(id), dep.get<std::string>());
            } else {
                entry[name] = toOrdered(*it);
            }
        }
    }
}

} // namespace Stackyard
