// validate(design) checks a design part by part (DesignPartition). These tests hold it to one
// analysis of the whole design: the same findings, field by field, in the same order, on every
// rule fixture, the samples, the corpus templates, generated designs, designs made of two
// fixtures side by side (so that parts and shared leaves really occur), and designs with objects
// deleted at random (dangling references everywhere).
#include "findingdiff.h"
#include "fixturepatch.h"
#include "fixturerows.h"

#include "exporters/cfn/cfnimport.h"
#include "model/core/analysis/analysis.h"
#include "model/core/generator/generator.h"
#include "model/core/rules/validate.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <random>
#include <set>

using namespace Stackyard;
using Stackyard::Testing::difference;
using Stackyard::Testing::validateWhole;

namespace {

/// Against one analysis of the whole: every component its own part (the finest split, so the
/// strictest comparison), on one thread and on three, and validate() as the product calls it.
std::string differences(const Design &design)
{
    const std::vector<Finding> whole = validateWhole(design);
    std::string diff = difference(validate(design, DesignPartition(design, 1)), whole);
    if (diff.empty())
        diff = difference(validate(design, DesignPartition(design, 1, 3), 3), whole);
    if (diff.empty())
        diff = difference(validate(design), whole);
    return diff;
}

/// Every id of `design` with `prefix`, and every reference to it, so that two copies of a design
/// can sit side by side. Shared leaves ("users", "internet"…) keep their ids: both copies use them.
Design prefixed(const Design &design, const std::string &prefix)
{
    std::set<Id> renamed;
    for (const auto &[id, r] : design.resources)
        if (!isSharedLeafKind(r.kind))
            renamed.insert(id);
    for (const auto &[id, g] : design.securityGroups)
        renamed.insert(id);
    for (const auto &[id, t] : design.routeTables)
        renamed.insert(id);
    for (const auto &[id, f] : design.flows)
        renamed.insert(id);
    const auto name = [&](const Id &id) { return renamed.count(id) ? prefix + id : id; };
    const auto names = [&](std::vector<Id> ids) {
        for (Id &id : ids)
            id = name(id);
        return ids;
    };
    std::function<void(Json &)> rename = [&](Json &v) {
        if (v.is_string())
            v = name(v.get<std::string>());
        else if (v.is_structured())
            for (Json &e : v)
                rename(e);
    };
    Design out = design;
    out.resources.clear();
    out.securityGroups.clear();
    out.routeTables.clear();
    out.flows.clear();
    for (auto [id, r] : design.resources) {
        r.id = name(id);
        r.parent = name(r.parent);
        r.placement = names(r.placement);
        r.securityGroups = names(r.securityGroups);
        rename(r.properties);
        out.resources.emplace(r.id, std::move(r));
    }
    for (auto [id, g] : design.securityGroups) {
        g.id = name(id);
        g.vpc = name(g.vpc);
        for (auto *rules : {&g.ingress, &g.egress})
            for (SgRule &rule : *rules)
                if (rule.peerKind == PeerKind::SecurityGroup)
                    rule.peer = name(rule.peer);
        out.securityGroups.emplace(g.id, std::move(g));
    }
    for (auto [id, t] : design.routeTables) {
        t.id = name(id);
        t.vpc = name(t.vpc);
        t.subnets = names(t.subnets);
        for (Route &route : t.routes)
            route.targetId = name(route.targetId);
        out.routeTables.emplace(t.id, std::move(t));
    }
    for (auto [id, f] : design.flows) {
        f.id = name(id);
        f.from = name(f.from);
        f.to = name(f.to);
        out.flows.emplace(f.id, std::move(f));
    }
    return out;
}

/// `a` and a renamed copy of `b` in one design (a's shared leaves win).
Design sideBySide(const Design &a, const Design &b)
{
    Design out = a;
    Design copy = prefixed(b, "z-");
    out.resources.merge(copy.resources);
    out.securityGroups.merge(copy.securityGroups);
    out.routeTables.merge(copy.routeTables);
    out.flows.merge(copy.flows);
    return out;
}

std::optional<Design> fixture(const std::string &rule, const std::string &variant)
{
    std::string error;
    auto design = Fixture::loadRuleFixture(rule, variant, error);
    if (!design)
        qWarning("%s", error.c_str());
    return design;
}

} // namespace

class TestPartition : public QObject
{
    Q_OBJECT

private slots:
    /// Small parts are packed in order; a run closes before the item that would overfill it.
    void packRunsFillsInOrder()
    {
        const std::vector<std::size_t> runs = packRuns({100, 500, 10, 600, 1, 1}, 512);
        QCOMPARE(runs, (std::vector<std::size_t>{0, 1, 1, 2, 3, 3}));
        QVERIFY(packRuns({}, 512).empty());
    }

    /// Every fixture alone, and next to the reference sample (whose shared leaves it then borrows).
    void fixturesGiveTheSameFindings_data() { Fixture::addRuleFixtureRows(); }
    void fixturesGiveTheSameFindings()
    {
        QFETCH(QString, rule);
        QFETCH(QString, variant);
        const auto design = fixture(rule.toStdString(), variant.toStdString());
        QVERIFY(design);
        std::string diff = differences(*design);
        QVERIFY2(diff.empty(), diff.c_str());

        std::string error;
        const auto reference = Fixture::loadSample("reference", error);
        QVERIFY2(reference, error.c_str());
        for (const Design &both : {sideBySide(*reference, *design), sideBySide(*design, *reference)}) {
            QVERIFY(DesignPartition(both, 1).parts().size() >= 2);
            diff = differences(both);
            QVERIFY2(diff.empty(), diff.c_str());
        }
    }

    /// Pairs of fixtures side by side: the failing designs of two rules next to each other.
    void fixturePairsGiveTheSameFindings()
    {
        const auto rules = registeredRules();
        for (std::size_t i = 0; i + 1 < rules.size(); ++i) {
            const auto a = fixture(std::string(rules[i]->info().id), "fail");
            const auto b = fixture(std::string(rules[i + 1]->info().id), "fail");
            QVERIFY(a && b);
            const Design both = sideBySide(*a, *b);
            const std::string diff = differences(both);
            QVERIFY2(diff.empty(), (std::string(rules[i]->info().id) + " + " + std::string(rules[i + 1]->info().id) + ": " + diff).c_str());
        }
    }

    void samplesGiveTheSameFindings()
    {
        for (const char *sample : {"reference", "private-endpoints", "firelens-xray"}) {
            std::string error;
            const auto design = Fixture::loadSample(sample, error);
            if (!design)
                QFAIL(error.c_str());
            const std::string diff = differences(*design);
            QVERIFY2(diff.empty(), (std::string(sample) + ": " + diff).c_str());
        }
    }

    void corpusTemplatesGiveTheSameFindings()
    {
        QDir corpus(QStringLiteral(STACKYARD_SHARED_DIR "/corpus/cloudformation"));
        if (!corpus.exists())
            QSKIP("../shared/corpus is not here");
        int checked = 0;
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name)) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            ImportOptions options;
            options.layout = false;
            const ImportResult result = importCloudFormation(std::string_view(text.constData(), std::size_t(text.size())),
                                                             corpus.filePath(name).toStdString(), options);
            if (!result.file)
                continue;
            const Design &design = result.file->design;
            std::string diff = differences(design);
            QVERIFY2(diff.empty(), (name.toStdString() + ": " + diff).c_str());
            const Design twice = sideBySide(design, design);
            diff = differences(twice);
            QVERIFY2(diff.empty(), (name.toStdString() + " twice: " + diff).c_str());
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    /// Generated designs: many VPCs that share only the users node, the alert topic and the log
    /// bucket. They split into one part per few VPCs.
    void generatedDesignsGiveTheSameFindings()
    {
        for (const auto &[size, seed] : std::vector<std::pair<int, unsigned>>{{300, 1}, {1000, 42}, {2000, 7}}) {
            const Design design = generateDesignOfSize(size, seed).design;
            const DesignPartition partition(design);
            QVERIFY2(partition.parts().size() >= 2, std::to_string(size).c_str());
            const std::string diff = differences(design);
            QVERIFY2(diff.empty(), (std::to_string(size) + ": " + diff).c_str());
        }
    }

    /// A design large enough that validate() splits it and uses every core.
    void largeDesignsAreSplit()
    {
        const Design design = generateDesignOfSize(5000, 3).design;
        QVERIFY(validationSplits(design.objectCount(), 1));
        QVERIFY(DesignPartition(design).parts().size() >= 10);
        const std::string diff = differences(design);
        QVERIFY2(diff.empty(), diff.c_str());
    }

    /// Objects deleted at random leave dangling references of every sort, and parts that fall
    /// apart: still the same findings.
    void damagedDesignsGiveTheSameFindings()
    {
        std::mt19937 random(2026);
        for (int round = 0; round < 12; ++round) {
            Design design = generateDesignOfSize(400, unsigned(round)).design;
            std::vector<Id> ids;
            for (const auto &[id, r] : design.resources)
                ids.push_back(id);
            for (const auto &[id, g] : design.securityGroups)
                ids.push_back(id);
            for (const auto &[id, t] : design.routeTables)
                ids.push_back(id);
            std::shuffle(ids.begin(), ids.end(), random);
            ids.resize(ids.size() / 8);
            for (const Id &id : ids) {
                design.resources.erase(id);
                design.securityGroups.erase(id);
                design.routeTables.erase(id);
            }
            const std::string diff = differences(design);
            QVERIFY2(diff.empty(), ("round " + std::to_string(round) + ": " + diff).c_str());
        }
    }

    /// Each object is owned by one part; a shared leaf is listed in every part that refers to it,
    /// and a part holds every object its objects name.
    void partsAreClosed()
    {
        const Design design = generateDesignOfSize(2000, 42).design;
        const DesignPartition partition(design);
        std::map<Id, int> owned;
        for (const DesignScope &part : partition.parts()) {
            std::set<Id> here;
            for (const Resource *r : part.resources)
                here.insert(r->id);
            for (const SecurityGroup *g : part.securityGroups)
                here.insert(g->id);
            for (const RouteTable *t : part.routeTables)
                here.insert(t->id);
            for (const Flow *f : part.flows) {
                here.insert(f->id);
                QVERIFY2(here.count(f->from) || !design.containsId(f->from), f->id.c_str());
                QVERIFY2(here.count(f->to) || !design.containsId(f->to), f->id.c_str());
            }
            for (const Resource *r : part.resources) {
                if (!isSharedLeafKind(r->kind) || !r->parent.empty())
                    ++owned[r->id];
                for (const Id &s : r->placement)
                    QVERIFY(here.count(s));
                for (const Id &g : r->securityGroups)
                    QVERIFY(here.count(g));
                QVERIFY(r->parent.empty() || here.count(r->parent));
            }
            QVERIFY(std::is_sorted(part.resources.begin(), part.resources.end(),
                                   [](const Resource *a, const Resource *b) { return a->id < b->id; }));
        }
        for (const auto &[id, r] : design.resources)
            if (!isSharedLeafKind(r.kind))
                QCOMPARE(owned[id], 1);
        const auto users = std::count_if(partition.parts().begin(), partition.parts().end(), [](const DesignScope &p) {
            return std::any_of(p.resources.begin(), p.resources.end(), [](const Resource *r) { return r->id == "users"; });
        });
        QVERIFY(users >= 2); // the users node is borrowed, not a reason to join every VPC
    }
};

QTEST_GUILESS_MAIN(TestPartition)
#include "tst_partition.moc"
