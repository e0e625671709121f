// The undo property test: thousands of random edits of every sort, then undo all -> the design
// equals the original exactly; redo all -> equals the final state.
#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "resources/embedded.h"

#include <QTest>
#include <QUndoStack>

#include <random>

using namespace Stackyard;

namespace {

class RandomEditor
{
public:
    RandomEditor(DesignDocument &doc, unsigned seed) : m_doc(doc), m_rng(seed) {}

    void step()
    {
        switch (pick(12)) {
        case 0: addSubnet(); break;
        case 1: addService(); break;
        case 2: removeSomething(); break;
        case 3: move(); break;
        case 4: setProperty(); break;
        case 5: m_doc.rename(any(m_doc.design().resources), QStringLiteral("n%1").arg(pick(1000))); break;
        case 6: connect(); break;
        case 7: editSecurityGroup(); break;
        case 8: editRouteTable(); break;
        case 9: reparent(); break;
        case 10: editHeader(); break;
        case 11: m_doc.undoStack()->undo(); break; // interleaved undo, then new edits drop the redo tail
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    template<typename Map>
    Id any(const Map &map)
    {
        if (map.empty())
            return {};
        auto it = map.begin();
        std::advance(it, pick(int(map.size())));
        return it->first;
    }

    Id anyOfKind(const std::string &kind)
    {
        std::vector<Id> ids;
        for (const auto &[id, r] : m_doc.design().resources)
            if (r.kind == kind)
                ids.push_back(id);
        return ids.empty() ? Id() : ids[std::size_t(pick(int(ids.size())))];
    }

    Rect box() { return {double(pick(2000)), double(pick(2000)), 64.0 + pick(300), 64.0 + pick(200)}; }

    void addSubnet()
    {
        Id vpc = anyOfKind("vpc");
        Resource r{.id = "subnet", .kind = "subnet", .name = "s", .parent = vpc};
        r.properties["cidrBlock"] = "10.0." + std::to_string(pick(256)) + ".0/24";
        m_doc.addResource(r, box());
    }
    void addService()
    {
        Resource r{.id = "svc", .kind = "ecs-service", .name = "svc", .parent = anyOfKind("vpc")};
        if (Id s = anyOfKind("subnet"); !s.empty())
            r.placement.push_back(s);
        if (Id sg = any(m_doc.design().securityGroups); !sg.empty())
            r.securityGroups.push_back(sg);
        m_doc.addResource(r, box());
    }
    void removeSomething()
    {
        const Design &d = m_doc.design();
        Id id;
        switch (pick(4)) {
        case 0: id = any(d.resources); break;
        case 1: id = any(d.flows); break;
        case 2: id = any(d.securityGroups); break;
        case 3: id = any(d.routeTables); break;
        }
        if (!id.empty())
            m_doc.removeObjects({QString::fromStdString(id)});
    }
    void move()
    {
        std::map<Id, Rect> boxes;
        for (int i = 0; i < 3; ++i)
            if (Id id = any(m_doc.layout().nodes); !id.empty())
                boxes[id] = box();
        m_doc.setNodeBoxes(boxes, pick(2) ? QStringLiteral("g%1").arg(pick(3)) : QString());
    }
    void setProperty()
    {
        if (Id id = any(m_doc.design().resources); !id.empty()) {
            static const char *names[] = {"desiredCount", "cidrBlock", "scheme", "containers"};
            const char *name = names[pick(4)];
            Json value = pick(2) ? Json(pick(10)) : Json::array({Json{{"name", "c"}, {"cpu", pick(4096)}}});
            m_doc.setProperty(id, name, value);
        }
    }
    void connect()
    {
        Id a = any(m_doc.design().resources), b = any(m_doc.design().resources);
        if (!a.empty() && !b.empty() && a != b)
            m_doc.addFlow({"", a, b, Protocol::Tcp, PortRange::single(pick(65536)), "x", double(pick(3)) - 1, false});
    }
    void editSecurityGroup()
    {
        const Design &d = m_doc.design();
        if (d.securityGroups.empty() || pick(3) == 0) {
            m_doc.addSecurityGroup({"sg", "sg", anyOfKind("vpc"), "", {}, {}});
            return;
        }
        SecurityGroup sg = d.securityGroups.at(any(d.securityGroups));
        if (!sg.ingress.empty() && pick(2))
            sg.ingress.erase(sg.ingress.begin() + pick(int(sg.ingress.size())));
        else
            sg.ingress.push_back({Protocol::Tcp, {pick(100), 100 + pick(100)}, PeerKind::SecurityGroup,
                                  any(d.securityGroups), "rule"});
        m_doc.setSecurityGroup(sg);
    }
    void editRouteTable()
    {
        const Design &d = m_doc.design();
        if (d.routeTables.empty() || pick(3) == 0) {
            m_doc.addRouteTable({"rt", "rt", anyOfKind("vpc"), false, {}, {}});
            return;
        }
        RouteTable rt = d.routeTables.at(any(d.routeTables));
        if (Id nat = anyOfKind("nat-gateway"); !nat.empty())
            rt.routes.push_back({"0.0.0.0/0", RouteTargetKind::NatGateway, nat});
        if (Id s = anyOfKind("subnet"); !s.empty())
            rt.subnets.push_back(s);
        m_doc.setRouteTable(rt);
    }
    void reparent()
    {
        Id nat = anyOfKind("nat-gateway");
        Id subnet = anyOfKind("subnet");
        if (nat.empty() && !subnet.empty()) {
            m_doc.addResource({.id = "nat", .kind = "nat-gateway", .name = "nat", .parent = subnet}, box());
            return;
        }
        if (!nat.empty() && !subnet.empty())
            m_doc.reparent(nat, subnet, box());
    }
    void editHeader()
    {
        DesignHeader h = DesignHeader::of(m_doc.design());
        h.region = pick(2) ? "eu-west-1" : "us-east-1";
        h.usage["natGbPerMonth"] = pick(500);
        m_doc.setHeader(h, "header");
    }

    DesignDocument &m_doc;
    std::mt19937 m_rng;
};

DesignFile seedDesign(bool fromSample)
{
    if (fromSample) {
        auto text = embeddedFile("samples/reference.stackyard.json");
        if (text)
            if (LoadResult loaded = loadDesign(*text, "reference"); loaded.file)
                return *loaded.file;
    }
    DesignFile f;
    f.design.name = "seed";
    f.design.resources["vpc"] = {.id = "vpc", .kind = "vpc", .name = "vpc"};
    f.design.resources["ecr"] = {.id = "ecr", .kind = "ecr-repository", .name = "ecr"};
    f.layout.nodes["vpc"] = {0, 0, 1000, 800};
    f.layout.nodes["ecr"] = {1200, 0, 64, 64};
    return f;
}

} // namespace

class TestDocumentUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoAllRestoresTheOriginal_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<bool>("fromSample");
        QTest::newRow("small design, seed 1") << 1u << false;
        QTest::newRow("reference sample, seed 7") << 7u << true;
    }
    void undoAllRestoresTheOriginal()
    {
        QFETCH(unsigned, seed);
        QFETCH(bool, fromSample);
        DesignDocument doc;
        const DesignFile original = seedDesign(fromSample);
        if (fromSample)
            QVERIFY(original.design.resources.size() > 20);
        const std::string originalText = saveDesign(original);
        doc.reset(original);
        doc.undoStack()->setUndoLimit(0);
        RandomEditor editor(doc, seed);
        for (int i = 0; i < 10000; ++i)
            editor.step();
        const DesignFile final = doc.file();
        const std::string finalText = saveDesign(final);
        QVERIFY(doc.undoStack()->count() > 1000);
        QVERIFY(final.design.objectCount() > 10); // the edits really built something
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.file() == original);
        QCOMPARE(saveDesign(doc.file()), originalText); // byte for byte
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QVERIFY(doc.file() == final);
        QCOMPARE(saveDesign(doc.file()), finalText);
    }
};

QTEST_GUILESS_MAIN(TestDocumentUndo)
#include "tst_document_undo.moc"
