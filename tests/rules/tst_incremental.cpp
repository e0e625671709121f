// IncrementalValidation re-checks only the parts an edit touched. These tests hold it to one
// analysis of the whole design after every step of random edit sequences: objects edited, removed,
// given back, flows drawn and removed, references bent from one VPC to another (parts join and
// split), a shared leaf edited, the header changed.
#include "findingdiff.h"
#include "fixturepatch.h"

#include "model/core/analysis/analysis.h"
#include "model/core/generator/generator.h"
#include "model/core/rules/incremental.h"

#include <QTest>

#include <random>

using namespace Stackyard;

namespace {

/// Empty when the incremental findings are the whole analysis's, in order; else the first difference.
std::string difference(const std::vector<Finding> &got, const Design &design)
{
    return Testing::difference(got, Testing::validateWhole(design));
}

template<typename Map>
const typename Map::mapped_type &pick(const Map &map, std::mt19937 &random)
{
    auto it = map.begin();
    std::advance(it, std::uniform_int_distribution<std::size_t>(0, map.size() - 1)(random));
    return it->second;
}

/// One random edit of `design`; the ids it touched go to `changed`. Returns what it did.
std::string edit(Design &design, std::map<Id, Resource> &removed, std::mt19937 &random, std::set<Id> &changed)
{
    switch (std::uniform_int_distribution<int>(0, 7)(random)) {
    case 0: { // a security group loses or regains its ingress
        SecurityGroup sg = pick(design.securityGroups, random);
        sg.ingress = sg.ingress.empty() ? std::vector<SgRule>{{Protocol::Tcp, PortRange::single(8080), PeerKind::Cidr, "10.0.0.0/8", ""}}
                                        : std::vector<SgRule>{};
        changed.insert(sg.id);
        design.securityGroups[sg.id] = sg;
        return "ingress of " + sg.id;
    }
    case 1: { // a resource removed (its references dangle)
        const Resource r = pick(design.resources, random);
        changed.insert(r.id);
        removed[r.id] = r;
        design.resources.erase(r.id);
        return "remove " + r.id;
    }
    case 2: { // a removed resource given back (undo)
        if (removed.empty())
            return "nothing to give back";
        const Resource r = pick(removed, random);
        changed.insert(r.id);
        design.resources[r.id] = r;
        removed.erase(r.id);
        return "give back " + r.id;
    }
    case 3: { // a service's settings
        std::vector<Id> services;
        for (const auto &[id, r] : design.resources)
            if (r.kind == "ecs-service")
                services.push_back(id);
        if (services.empty())
            return "no service";
        Resource &s = design.resources[services[std::uniform_int_distribution<std::size_t>(0, services.size() - 1)(random)]];
        s.properties["environment"] = s.properties.value("environment", std::string()) == "prod" ? "dev" : "prod";
        s.properties["assignPublicIp"] = !s.properties.value("assignPublicIp", false);
        changed.insert(s.id);
        return "settings of " + s.id;
    }
    case 4: { // a flow drawn between two resources anywhere (it may join two parts)
        const Resource &from = pick(design.resources, random);
        const Resource &to = pick(design.resources, random);
        Flow f;
        f.id = design.uniqueId("random-flow");
        f.from = from.id;
        f.to = to.id;
        f.ports = PortRange::single(443);
        changed.insert(f.id);
        design.flows[f.id] = f;
        return "flow " + f.from + " -> " + f.to;
    }
    case 5: { // a flow removed (parts may split)
        const Flow f = pick(design.flows, random);
        changed.insert(f.id);
        design.flows.erase(f.id);
        return "remove flow " + f.id;
    }
    case 6: { // a service's log group bent to another resource's (parts join through the reference)
        std::vector<Id> services, groups;
        for (const auto &[id, r] : design.resources)
            (r.kind == "ecs-service" ? services : r.kind == "log-group" ? groups : std::vector<Id>{}).push_back(id);
        if (services.empty() || groups.empty())
            return "no log group";
        Resource &s = design.resources[services[std::uniform_int_distribution<std::size_t>(0, services.size() - 1)(random)]];
        s.properties["logGroup"] = groups[std::uniform_int_distribution<std::size_t>(0, groups.size() - 1)(random)];
        changed.insert(s.id);
        return "log group of " + s.id;
    }
    default: { // a shared leaf edited: the users node renamed
        for (auto &[id, r] : design.resources)
            if (r.kind == "users") {
                r.name = r.name == "Users" ? "Clients" : "Users";
                changed.insert(id);
                return "rename " + id;
            }
        return "no users node";
    }
    }
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsGiveTheSameFindings()
    {
        for (unsigned seed : {1u, 2u, 3u}) {
            Design design = generateDesignOfSize(700, seed).design;
            IncrementalValidation validation;
            std::string diff = difference(validation.update(design, {{}, true}), design);
            QVERIFY2(diff.empty(), diff.c_str());
            QCOMPARE(validation.partsChecked(), validation.parts());
            std::map<Id, Resource> removed;
            std::mt19937 random(seed);
            std::size_t skipped = 0;
            for (int step = 0; step < 60; ++step) {
                IncrementalValidation::Changes changes;
                const std::string what = edit(design, removed, random, changes.objects);
                diff = difference(validation.update(design, changes), design);
                QVERIFY2(diff.empty(), ("seed " + std::to_string(seed) + ", step " + std::to_string(step) + " (" + what + "): " + diff).c_str());
                skipped += validation.parts() - validation.partsChecked();
            }
            QVERIFY(skipped > 0); // it does re-use parts
        }
    }

    void aSmallEditChecksOnePart()
    {
        Design design = generateDesignOfSize(2000, 42).design;
        IncrementalValidation validation;
        validation.update(design, {{}, true});
        QVERIFY(validation.parts() > 10);
        SecurityGroup sg = design.securityGroups.begin()->second;
        sg.ingress.clear();
        design.securityGroups[sg.id] = sg;
        const std::string diff = difference(validation.update(design, {{sg.id}, false}), design);
        QVERIFY2(diff.empty(), diff.c_str());
        QCOMPARE(validation.partsChecked(), std::size_t(1));
        validation.update(design, {});
        QCOMPARE(validation.partsChecked(), std::size_t(0)); // nothing changed, nothing checked
    }

    void headerChangesCheckEverything()
    {
        Design design = generateDesignOfSize(300, 9).design;
        IncrementalValidation validation;
        validation.update(design, {{}, true});
        design.region = "eu-west-1";
        const std::string diff = difference(validation.update(design, {{}, true}), design);
        QVERIFY2(diff.empty(), diff.c_str());
        QCOMPARE(validation.partsChecked(), validation.parts());
    }
};

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
