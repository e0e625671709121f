#include "fixutil.h"

#include "model/core/catalog.h"

#include <algorithm>

namespace Stackyard::FixUtil {

std::optional<Cidr> freeBlock(const Analysis &a, const Id &vpc, int prefix, std::vector<Cidr> taken)
{
    const Resource *v = a.resource(vpc);
    const auto range = v ? Cidr::parse(a.stringProperty(*v, "cidrBlock")) : std::nullopt;
    if (!range || range->prefix > prefix)
        return std::nullopt;
    // Walk the sorted subnets once, trying aligned blocks in the gaps between them.
    const std::uint64_t step = std::uint64_t(1) << (32 - prefix);
    std::uint64_t cursor = range->first();
    auto tryUpTo = [&](std::uint64_t end) -> std::optional<Cidr> {
        cursor = (cursor + step - 1) / step * step;
        if (cursor + step - 1 <= end)
            return Cidr{std::uint32_t(cursor), prefix};
        return std::nullopt;
    };
    for (const SubnetInfo *s : a.cidrIndex().subnetsOf(vpc))
        taken.push_back(*s->cidr);
    std::sort(taken.begin(), taken.end(), [](const Cidr &x, const Cidr &y) { return x.first() < y.first(); });
    for (const Cidr &c : taken) {
        if (c.first() > cursor)
            if (auto block = tryUpTo(std::uint64_t(c.first()) - 1))
                return block;
        cursor = std::max<std::uint64_t>(cursor, std::uint64_t(c.last()) + 1);
    }
    return tryUpTo(range->last());
}

std::string zoneValue(const Analysis &a, const Id &vpc, const std::string &az)
{
    for (const SubnetInfo &s : a.subnets())
        if (s.vpc == vpc) {
            const std::string written = a.stringProperty(*s.subnet, "availabilityZone");
            if (written.size() > s.az.size() && written.ends_with(s.az))
                return written.substr(0, written.size() - s.az.size()) + az;
            return az;
        }
    return a.design().region + az;
}

Id vpcOfFinding(const Analysis &a, const std::vector<Id> &subjects)
{
    for (const Id &id : subjects) {
        if (const Resource *r = a.resource(id))
            if (Id vpc = a.vpcOf(*r); !vpc.empty())
                return vpc;
        if (const SecurityGroup *sg = a.design().securityGroup(id))
            return sg->vpc;
    }
    return {};
}

Id ensurePublicRouteTable(Design &d, const Analysis &a, const Id &vpc)
{
    Id igw = a.internetGatewayOf(vpc);
    if (igw.empty()) {
        Resource gw;
        gw.id = igw = d.uniqueId("igw");
        gw.kind = "internet-gateway";
        gw.name = "internet gateway";
        gw.parent = vpc;
        d.resources.emplace(gw.id, gw);
    }
    for (const auto &[id, table] : d.routeTables)
        if (table.vpc == vpc)
            for (const Route &r : table.routes)
                if (r.destination == "0.0.0.0/0" && r.target == RouteTargetKind::InternetGateway && r.targetId == igw)
                    return id;
    RouteTable table;
    table.id = d.uniqueId("rt-public");
    table.name = "public";
    table.vpc = vpc;
    table.routes.push_back({"0.0.0.0/0", RouteTargetKind::InternetGateway, igw});
    d.routeTables.emplace(table.id, table);
    return table.id;
}

Id ensurePublicSubnet(Design &d, const Analysis &a, const Id &vpc, const std::string &az)
{
    for (const SubnetInfo &s : a.subnets())
        if (s.vpc == vpc && s.az == az && s.isPublic())
            return s.id();
    const Id table = ensurePublicRouteTable(d, a, vpc);
    Resource subnet;
    subnet.id = d.uniqueId("public-" + az);
    subnet.kind = "subnet";
    subnet.name = "public " + az;
    subnet.parent = vpc;
    subnet.properties = Catalog::builtin().defaultProperties("subnet");
    subnet.properties["availabilityZone"] = zoneValue(a, vpc, az);
    subnet.properties["role"] = "public";
    std::vector<Cidr> added; // subnets this fix already created are not in the analysis yet
    for (const auto &[id, r] : d.resources)
        if (r.kind == "subnet" && r.parent == vpc && !a.subnet(id))
            if (auto c = Cidr::parse(r.stringProperty("cidrBlock")))
                added.push_back(*c);
    if (auto block = freeBlock(a, vpc, 24, added))
        subnet.properties["cidrBlock"] = block->toString();
    d.routeTables[table].subnets.push_back(subnet.id);
    d.resources.emplace(subnet.id, subnet);
    return subnet.id;
}

void addRule(std::vector<SgRule> &rules, SgRule rule)
{
    auto same = [&](const SgRule &r) {
        return r.protocol == rule.protocol && r.ports == rule.ports && r.peerKind == rule.peerKind && r.peer == rule.peer;
    };
    if (std::none_of(rules.begin(), rules.end(), same))
        rules.push_back(std::move(rule));
}

} // namespace Stackyard::FixUtil
