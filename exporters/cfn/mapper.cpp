#include "mapper.h"

#include "model/core/catalog.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

namespace Stackyard::Cfn {

namespace {

const Json kNull;

constexpr std::array<const char *, 8> kAttributes{"Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy",
                                                   "Metadata", "UpdatePolicy", "CreationPolicy", "Version"};

} // namespace

Mapper::Mapper(Design &design, Diagnostics &diagnostics, const ParsedTemplate &parsed, Evaluator &evaluator,
               std::string fileName, std::map<std::string, std::string> ids)
    : m_design(design), m_diagnostics(diagnostics), m_parsed(parsed), m_evaluator(evaluator),
      m_fileName(std::move(fileName)), m_ids(std::move(ids))
{
    const Json &resources = m_parsed.root["Resources"];
    // Template order is the order of lines, which json's sorted keys lose.
    std::vector<std::pair<int, std::string>> byLine;
    byLine.reserve(resources.size());
    for (const auto &[logicalId, body] : resources.items()) {
        const auto line = m_parsed.resourceLines.find(logicalId);
        byLine.emplace_back(line == m_parsed.resourceLines.end() ? 0 : line->second, logicalId);
        m_logicalIds[id(logicalId)] = logicalId;
        const auto type = body.find("Type");
        if (type != body.end() && type->is_string())
            m_typeOf.emplace(logicalId, &type->get_ref<const std::string &>());
    }
    std::stable_sort(byLine.begin(), byLine.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_order.reserve(byLine.size());
    for (auto &[line, logicalId] : byLine) {
        if (const auto type = m_typeOf.find(logicalId); type != m_typeOf.end())
            m_ofType[*type->second].push_back(logicalId);
        m_order.push_back(std::move(logicalId));
    }
}

const std::string &Mapper::type(const std::string &logicalId) const
{
    if (const auto it = m_typeOf.find(logicalId); it != m_typeOf.end())
        return *it->second;
    return m_parsed.root["Resources"][logicalId]["Type"].get_ref<const std::string &>();
}

const Json &Mapper::props(const std::string &logicalId) const
{
    auto it = m_props.find(logicalId);
    return it == m_props.end() ? kNull : it->second;
}

const Json &Mapper::rawProps(const std::string &logicalId) const
{
    const Json &body = m_parsed.root["Resources"][logicalId];
    auto it = body.find("Properties");
    return it == body.end() ? kNull : *it;
}

std::string Mapper::id(const std::string &logicalId) const
{
    auto it = m_ids.find(logicalId);
    return it == m_ids.end() ? logicalId : it->second;
}

std::string Mapper::logicalIdOf(const std::string &designId) const
{
    auto it = m_logicalIds.find(designId);
    return it == m_logicalIds.end() ? std::string() : it->second;
}

std::string Mapper::where(const std::string &logicalId) const
{
    auto it = m_parsed.resourceLines.find(logicalId);
    return location(m_fileName, it == m_parsed.resourceLines.end() ? 1 : it->second, 3);
}

void Mapper::warn(const std::string &logicalId, const std::string &message)
{
    m_diagnostics.push_back({Diagnostic::Severity::Warning, where(logicalId), id(logicalId), message});
}

std::string Mapper::ref(const Json &value)
{
    if (!value.is_object() || value.size() != 1)
        return {};
    if (auto it = value.find("Ref"); it != value.end() && it->is_string())
        return it->get<std::string>().rfind("AWS::", 0) == 0 ? std::string() : it->get<std::string>();
    if (auto it = value.find("Fn::GetAtt"); it != value.end() && it->is_array() && !it->empty() && (*it)[0].is_string())
        return (*it)[0].get<std::string>();
    return {};
}

std::vector<std::string> Mapper::refs(const Json &value)
{
    std::vector<std::string> out;
    if (value.is_array()) {
        for (const Json &item : value)
            for (const std::string &r : refs(item))
                out.push_back(r);
    } else if (std::string single = ref(value); !single.empty()) {
        out.push_back(single);
    } else if (value.is_object() && value.size() == 1) {
        const std::string &fn = value.begin().key();
        const Json &arg = value.begin().value();
        if ((fn == "Fn::Join" || fn == "Fn::Split") && arg.is_array() && arg.size() == 2)
            out = refs(arg[1]);
        else if (fn == "Fn::If" && arg.is_array() && arg.size() == 3) {
            out = refs(arg[1]);
            for (const std::string &r : refs(arg[2]))
                if (std::find(out.begin(), out.end(), r) == out.end())
                    out.push_back(r);
        }
    }
    return out;
}

void Mapper::collectRefs(const Json &value, std::set<std::string> &out)
{
    if (std::string single = ref(value); !single.empty())
        out.insert(single);
    if (value.is_object() && value.size() == 1 && value.contains("Fn::Sub")) {
        const Json &arg = value["Fn::Sub"];
        const Json &text = arg.is_array() && !arg.empty() ? arg[0] : arg;
        if (text.is_string()) {
            const std::string &s = text.get_ref<const std::string &>();
            for (auto pos = s.find("${"); pos != std::string::npos; pos = s.find("${", pos + 2)) {
                const auto end = s.find_first_of(".}", pos + 2);
                if (end != std::string::npos)
                    out.insert(s.substr(pos + 2, end - pos - 2));
            }
        }
    }
    if (value.is_structured())
        for (const Json &item : value)
            collectRefs(item, out);
}

std::vector<std::string> Mapper::ofType(const std::string &cfnType) const
{
    const auto it = m_ofType.find(cfnType);
    return it == m_ofType.end() ? std::vector<std::string>{} : it->second;
}

Json Mapper::templateAttributes(const std::string &logicalId, bool withProperties) const
{
    const Json &body = m_parsed.root["Resources"][logicalId];
    Json attributes = Json::object();
    for (const char *name : kAttributes)
        if (body.contains(name))
            attributes[name] = body[name];
    if (withProperties && body.contains("Properties"))
        attributes["Properties"] = body["Properties"];
    if (id(logicalId) != logicalId)
        attributes["LogicalId"] = logicalId;
    return attributes;
}

Resource &Mapper::add(const std::string &logicalId, const std::string &kind)
{
    Resource r;
    r.id = id(logicalId);
    r.kind = kind;
    r.rawType = type(logicalId);
    r.name = tagName(props(logicalId));
    if (r.name.empty())
        r.name = logicalId;
    r.templateAttributes = templateAttributes(logicalId, kind != "opaque");
    m_done.insert(logicalId);
    Resource &stored = m_design.resources[r.id];
    stored = std::move(r);
    return stored;
}

void Mapper::fold(const std::string &logicalId, const std::string &into, const std::string &role, Json extra)
{
    Json entry = templateAttributes(logicalId, true);
    entry["Type"] = type(logicalId);
    entry["into"] = into;
    entry["as"] = role;
    for (auto &[key, value] : extra.items())
        entry[key] = value;
    m_design.cloudFormation["Folded"][id(logicalId)] = std::move(entry);
    m_done.insert(logicalId);
}

Json Mapper::standalone(const Json &value)
{
    const Json &resources = m_parsed.root["Resources"];
    // Not root.value("Parameters", …): that copies every parameter on each of the many calls.
    static const Json kNoParameters = Json::object();
    const auto declaredParameters = m_parsed.root.find("Parameters");
    const Json &parameters = declaredParameters != m_parsed.root.end() ? *declaredParameters : kNoParameters;
    if (value.is_array()) {
        Json out = Json::array();
        for (const Json &item : value)
            out.push_back(standalone(item));
        return out;
    }
    if (!value.is_object())
        return value;
    if (value.size() == 1) {
        const std::string &fn = value.begin().key();
        const Json &arg = value.begin().value();
        if (fn == "Ref" && arg.is_string()) {
            const std::string &name = arg.get_ref<const std::string &>();
            if (m_nested && parameters.is_object() && parameters.contains(name)) {
                Json v = m_evaluator.evaluate(value);
                // A list parameter passed as one joined value (what the parent wrote) is a list here.
                const Json declared = parameters[name].is_object() ? parameters[name].value("Type", Json("")) : Json("");
                const bool isList = declared.is_string()
                                    && (declared.get<std::string>().rfind("List<", 0) == 0 || declared == "CommaDelimitedList");
                if (isList && v.is_object() && v.size() == 1 && v.contains("Fn::Join") && v["Fn::Join"].is_array()
                    && v["Fn::Join"].size() == 2 && v["Fn::Join"][0] == "," && v["Fn::Join"][1].is_array())
                    return v["Fn::Join"][1];
                return v;
            }
            if (resources.contains(name))
                return Json{{"Ref", id(name)}};
            return value;
        }
        if (fn == "Fn::GetAtt" && arg.is_array() && arg.size() == 2 && arg[0].is_string() && arg[1].is_string()) {
            const std::string &name = arg[0].get_ref<const std::string &>();
            if (resources.contains(name) && type(name) == "AWS::CloudFormation::Stack"
                && arg[1].get_ref<const std::string &>().rfind("Outputs.", 0) == 0 && isDone(name))
                return m_evaluator.evaluate(value);
            if (resources.contains(name))
                return Json{{"Fn::GetAtt", Json::array({id(name), arg[1]})}};
            return value;
        }
        if (fn == "Fn::Sub" && (arg.is_string() || (arg.is_array() && !arg.empty() && arg[0].is_string()))) {
            std::string text = arg.is_string() ? arg.get<std::string>() : arg[0].get<std::string>();
            std::string out;
            std::size_t from = 0;
            for (auto pos = text.find("${"); pos != std::string::npos; pos = text.find("${", from)) {
                const auto end = text.find('}', pos);
                if (end == std::string::npos)
                    break;
                const std::string inner = text.substr(pos + 2, end - pos - 2);
                const std::string name = inner.substr(0, inner.find('.'));
                std::string replacement = text.substr(pos, end - pos + 1);
                if (m_nested && inner == name && parameters.is_object() && parameters.contains(name)) {
                    const Json v = m_evaluator.evaluate(Json{{"Ref", name}});
                    if (auto scalar = scalarText(v))
                        replacement = *scalar;
                } else if (resources.contains(name)) {
                    replacement = "${" + id(name) + inner.substr(name.size()) + "}";
                }
                out += text.substr(from, pos - from) + replacement;
                from = end + 1;
            }
            out += text.substr(std::min(from, text.size()));
            if (arg.is_string())
                return Json{{"Fn::Sub", out}};
            Json copy = arg;
            copy[0] = out;
            if (copy.size() > 1)
                copy[1] = standalone(copy[1]);
            return Json{{"Fn::Sub", copy}};
        }
    }
    Json out = Json::object();
    for (auto it = value.begin(); it != value.end(); ++it)
        out[it.key()] = standalone(it.value());
    return out;
}

void Mapper::mapOpaque(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource &r = add(logicalId, "opaque");
    r.properties = rawProps(logicalId).is_object() ? standalone(rawProps(logicalId)) : Json::object();
    if (auto deps = r.templateAttributes.find("DependsOn"); deps != r.templateAttributes.end()) {
        if (deps->is_string())
            *deps = id(deps->get<std::string>());
        else if (deps->is_array())
            for (Json &d : *deps)
                if (d.is_string())
                    d = id(d.get<std::string>());
    }
    // Keep opaque network things inside their VPC or subnet so the diagram shows them there.
    for (const char *key : {"SubnetId", "VpcId"}) {
        if (!p.is_object() || !p.contains(key))
            continue;
        const Resource *parent = m_design.resource(ref(p[key]));
        if (parent && (parent->kind == "subnet" || parent->kind == "vpc")) {
            r.parent = parent->id;
            break;
        }
    }
}

void Mapper::guarded(const std::string &logicalId, const std::function<void()> &step)
{
    // Templates are user input: a value of an unexpected shape (a string where a mapping
    // belongs) must not stop the import. The resource keeps what was mapped, or becomes opaque.
    try {
        step();
    } catch (const Json::exception &e) {
        warn(logicalId, std::string("could not be read fully (") + e.what() + "); kept as written");
        if (!isDone(logicalId))
            mapOpaque(logicalId);
    }
}

void Mapper::run()
{
    for (const std::string &logicalId : m_order) {
        const Json &body = m_parsed.root["Resources"][logicalId];
        m_evaluator.setLocation(where(logicalId));
        Json evaluated = body.contains("Properties") ? m_evaluator.evaluate(body["Properties"]) : Json::object();
        if (!evaluated.is_object()) {
            warn(logicalId, "Properties is not a mapping");
            evaluated = Json::object();
        }
        m_props[logicalId] = std::move(evaluated);
        if (body.contains("Condition") && body["Condition"].is_string()) {
            const auto value = m_evaluator.condition(body["Condition"].get<std::string>());
            if (value && !*value)
                m_diagnostics.push_back({Diagnostic::Severity::Info, where(logicalId), id(logicalId),
                                         "condition " + body["Condition"].get<std::string>()
                                             + " is false with these parameter values: not created"});
        }
    }
    m_evaluator.setLocation({});
    for (const std::string &logicalId : m_order)
        guarded(logicalId, [&] { mapPrimary(logicalId); });
    for (const std::string &logicalId : m_order)
        guarded(logicalId, [&] { mapSecondary(logicalId); });
    const std::pair<const char *, bool (Mapper::*)(const std::string &)> folds[] = {
        {"AWS::ElasticLoadBalancingV2::ListenerRule", &Mapper::foldListenerRule},
        {"AWS::ElasticLoadBalancingV2::TargetGroup", &Mapper::foldTargetGroup},
        {"AWS::ECS::Service", nullptr},
        {"AWS::ApplicationAutoScaling::ScalableTarget", &Mapper::foldScalableTarget},
        {"AWS::ApplicationAutoScaling::ScalingPolicy", &Mapper::foldScalingPolicy},
        {"AWS::EC2::EIP", &Mapper::foldEip}};
    for (const auto &[cfnType, fold] : folds)
        for (const std::string &logicalId : ofType(cfnType))
            guarded(logicalId, [&, f = fold] {
                if (!isDone(logicalId))
                    f ? (void)(this->*f)(logicalId) : mapService(logicalId);
            });
    finish();
}

void Mapper::clearDanglingRefs()
{
    // A reference property names a design resource or nothing: a Ref to a parameter or an
    // imported value stays in templateAttributes.Properties, as written.
    const Catalog &catalog = Catalog::builtin();
    for (auto &[rid, r] : m_design.resources) {
        const KindSpec *spec = catalog.kind(r.kind);
        if (!spec || !m_done.count(logicalIdOf(rid)))
            continue;
        for (const PropertySpec &property : spec->properties) {
            auto it = r.properties.find(property.name);
            if (it == r.properties.end())
                continue;
            if (property.type == "ref" && it->is_string() && !it->get<std::string>().empty()
                && !m_design.resource(it->get<std::string>()))
                *it = "";
            if (property.type == "refs" && it->is_array()) {
                Json kept = Json::array();
                for (const Json &item : *it)
                    if (item.is_string() && (m_design.resource(item.get<std::string>()) || m_design.routeTable(item.get<std::string>())))
                        kept.push_back(item);
                *it = kept;
            }
        }
        auto keep = [&](std::vector<Id> &ids) {
            std::erase_if(ids, [&](const Id &id) { return !m_design.resource(id) && !m_design.securityGroup(id); });
        };
        keep(r.placement);
        keep(r.securityGroups);
    }
}

void Mapper::finish()
{
    for (const std::string &logicalId : m_order)
        if (!isDone(logicalId))
            mapOpaque(logicalId);
    clearDanglingRefs();
    deriveSubnetRoles();
    linkAlarms();
    foldGenerated();
    renameTargetGroups();
    // Spanning resources sit in the VPC of their subnets.
    for (auto &[rid, r] : m_design.resources) {
        if (r.placement.empty() || !r.parent.empty())
            continue;
        for (const Id &subnet : r.placement)
            if (const Resource *s = m_design.resource(subnet); s && s->kind == "subnet" && !s->parent.empty()) {
                r.parent = s->parent;
                break;
            }
    }
}

void Mapper::foldGenerated()
{
    bool any = false;
    // Json::value() would copy the whole Folded object: look it up instead.
    const auto foldedIt = m_design.cloudFormation.find("Folded");
    const auto isFolded = [&](const std::string &designId) {
        return foldedIt != m_design.cloudFormation.end() && foldedIt->contains(designId);
    };
    for (const std::string &logicalId : m_order) {
        const std::string owner = generatedBy(m_parsed.root["Resources"][logicalId]);
        if (owner.empty() || owner == id(logicalId) || isFolded(id(logicalId)))
            continue; // not generated, or already folded by its own rule
        if (!m_design.resource(owner) && !m_design.securityGroup(owner) && !m_design.routeTable(owner))
            continue; // its design object is not in this template: kept as mapped
        const std::string role = m_parsed.root["Resources"][logicalId]["Metadata"]["Stackyard"].value("role", "");
        // What the design says by having it generated.
        if (Resource *service = m_design.resource(owner); service && service->kind == "ecs-service" && role == "RunningTaskAlarm") {
            service->properties["runningTaskAlarm"] = true;
            const std::vector<std::string> topics = refs(props(logicalId).value("AlarmActions", Json()));
            service->properties["alarmTopic"] = topics.empty() ? std::string() : topics.front();
        }
        m_design.resources.erase(id(logicalId));
        fold(logicalId, owner, "generated", Json{{"role", role}});
        any = true;
    }
    if (any)
        clearDanglingRefs();
}

std::string designIdTag(const Json &properties)
{
    if (!properties.is_object())
        return {};
    const auto tags = properties.find("Tags");
    if (tags == properties.end() || !tags->is_array())
        return {};
    for (const Json &tag : *tags)
        if (tag.is_object() && tag.value("Key", Json()) == "stackyard:design-id" && tag.value("Value", Json()).is_string())
            return tag["Value"].get<std::string>();
    return {};
}

std::string generatedBy(const Json &body)
{
    const auto metadata = body.find("Metadata");
    if (metadata == body.end() || !metadata->is_object())
        return {};
    const auto mark = metadata->find("Stackyard");
    if (mark == metadata->end() || !mark->is_object())
        return {};
    const auto by = mark->find("generatedBy");
    return by != mark->end() && by->is_string() && mark->value("role", Json()).is_string() ? by->get<std::string>() : std::string();
}

std::optional<long long> toInt(const Json &value)
{
    if (value.is_number())
        return value.get<long long>();
    if (value.is_string()) {
        const std::string &s = value.get_ref<const std::string &>();
        std::size_t pos = 0;
        try {
            const long long v = std::stoll(s, &pos);
            if (pos == s.size())
                return v;
        } catch (const std::logic_error &) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<double> toNumber(const Json &value)
{
    if (value.is_number())
        return value.get<double>();
    if (value.is_string()) {
        const std::string &s = value.get_ref<const std::string &>();
        std::size_t pos = 0;
        try {
            const double v = std::stod(s, &pos);
            if (pos == s.size())
                return v;
        } catch (const std::logic_error &) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<bool> toBool(const Json &value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_string()) {
        const std::string s = lower(value.get<std::string>());
        if (s == "true" || s == "enabled")
            return true;
        if (s == "false" || s == "disabled")
            return false;
    }
    return std::nullopt;
}

Json textOrExpression(const Json &value)
{
    if (value.is_null())
        return value;
    if (auto text = scalarText(value))
        return *text;
    return value;
}

std::string tagName(const Json &properties)
{
    if (!properties.is_object() || !properties.contains("Tags") || !properties["Tags"].is_array())
        return {};
    for (const Json &tag : properties["Tags"])
        if (tag.is_object() && tag.value("Key", Json()) == "Name" && tag.contains("Value") && tag["Value"].is_string())
            return tag["Value"].get<std::string>();
    return {};
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace Stackyard::Cfn
