#include "model/document/designdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Stackyard;

namespace {

Resource make(const Id &id, const std::string &kind, const Id &parent = {})
{
    Resource r;
    r.id = id;
    r.kind = kind;
    r.name = id;
    r.parent = parent;
    return r;
}

DesignFile smallDesign()
{
    DesignFile f;
    Design &d = f.design;
    d.resources["vpc"] = make("vpc", "vpc");
    d.resources["pub-a"] = make("pub-a", "subnet", "vpc");
    d.resources["app-a"] = make("app-a", "subnet", "vpc");
    d.resources["nat-a"] = make("nat-a", "nat-gateway", "pub-a");
    d.resources["svc"] = make("svc", "ecs-service", "vpc");
    d.resources["svc"].placement = {"app-a"};
    d.resources["svc"].securityGroups = {"app-sg"};
    d.resources["ecr"] = make("ecr", "ecr-repository");
    d.securityGroups["app-sg"] = {"app-sg", "app", "vpc", "", {}, {}};
    d.securityGroups["db-sg"] = {"db-sg", "db", "vpc", "", {{Protocol::Tcp, PortRange::single(5432), PeerKind::SecurityGroup, "app-sg", ""}}, {}};
    d.routeTables["rt-app"] = {"rt-app", "app", "vpc", false, {{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-a"}}, {"app-a"}};
    d.flows["f1"] = {"f1", "svc", "ecr", Protocol::Tcp, PortRange::single(443), "pull", -1, false};
    for (const auto &[id, r] : d.resources)
        f.layout.nodes[id] = {0, 0, 64, 64};
    return f;
}

} // namespace

class TestDocumentEdit : public QObject
{
    Q_OBJECT
private slots:
    void removingAVpcRemovesEverythingItHolds()
    {
        DesignDocument doc;
        const DesignFile original = smallDesign();
        doc.reset(original);
        doc.removeObjects({"vpc"});
        const Design &d = doc.design();
        QCOMPARE(d.resources.size(), std::size_t(1)); // only the regional ECR is left
        QVERIFY(d.resource("ecr"));
        QVERIFY(d.securityGroups.empty());
        QVERIFY(d.routeTables.empty());
        QVERIFY(d.flows.empty());
        QCOMPARE(doc.layout().nodes.size(), std::size_t(1));
        doc.undoStack()->undo();
        QVERIFY(doc.file() == original);
    }
    void removingANatDropsItsRoutes()
    {
        DesignDocument doc;
        doc.reset(smallDesign());
        doc.removeObjects({"nat-a"});
        QVERIFY(doc.design().routeTable("rt-app")->routes.empty());
        QVERIFY(doc.design().resource("pub-a"));
    }
    void removingAnSgDetachesItAndItsRuleReferences()
    {
        DesignDocument doc;
        doc.reset(smallDesign());
        doc.removeObjects({"app-sg"});
        QVERIFY(doc.design().resource("svc")->securityGroups.empty());
        QVERIFY(doc.design().securityGroup("db-sg")->ingress.empty());
    }
    void aDragIsOneUndoStep()
    {
        DesignDocument doc;
        doc.reset(smallDesign());
        for (int i = 1; i <= 10; ++i)
            doc.setNodeBoxes({{"ecr", Rect{double(i), double(i), 64, 64}}}, "drag-1");
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.layout().nodes.at("ecr").x, 10.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().nodes.at("ecr").x, 0.0);
        doc.setNodeBoxes({{"ecr", Rect{5, 5, 64, 64}}}, "drag-2");
        doc.setNodeBoxes({{"ecr", Rect{6, 5, 64, 64}}}, "drag-3");
        QCOMPARE(doc.undoStack()->count(), 2);
    }
    void changesAreSignalledAndDirtyTracked()
    {
        DesignDocument doc;
        doc.reset(smallDesign());
        QSignalSpy spy(&doc, &DesignDocument::changed);
        QVERIFY(!doc.isModified());
        doc.setProperty("svc", "desiredCount", 4);
        QVERIFY(doc.isModified());
        QCOMPARE(spy.count(), 1);
        auto changes = spy.first().first().value<ChangeSet>();
        QCOMPARE(changes.resources, std::set<Id>{"svc"});
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QVERIFY(!doc.design().resource("svc")->properties.contains("desiredCount"));
    }
    void noOpEditsPushNothing()
    {
        DesignDocument doc;
        doc.reset(smallDesign());
        doc.setResource(*doc.design().resource("svc"), "nothing");
        QCOMPARE(doc.undoStack()->count(), 0);
    }
    void addGivesFreshIds()
    {
        DesignDocument doc;
        doc.reset(smallDesign());
        const QString id = doc.addResource(make("svc", "ecs-service", "vpc"), {10, 10, 64, 64});
        QCOMPARE(id, QString("svc-2"));
        const QString flow = doc.addFlow({"", "svc-2", "ecr", Protocol::Tcp, PortRange::single(443), "", -1, false});
        QCOMPARE(flow, QString("svc-2-to-ecr"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentEdit)
#include "tst_document_edit.moc"
