#include "model/core/io/designio.h"

#include <QTest>

using namespace Stackyard;

namespace {

/// A small valid design: VPC, one subnet, a users node; `resources` and `rest` are appended.
QString design(const QString &resources = {}, const QString &rest = {})
{
    return QStringLiteral(R"({"formatVersion": 1, "resources": [
  {"id": "vpc", "kind": "vpc", "name": "v", "properties": {"cidrBlock": "10.0.0.0/16"}},
  {"id": "sub", "kind": "subnet", "name": "s", "parent": "vpc", "properties": {"cidrBlock": "10.0.1.0/24"}},
  {"id": "users", "kind": "users", "name": "u"}%1]%2})")
        .arg(resources.isEmpty() ? QString() : ", " + resources, rest.isEmpty() ? QString() : ", " + rest);
}

} // namespace

class TestIoBadFiles : public QObject
{
    Q_OBJECT
private slots:
    void baseIsValid()
    {
        LoadResult r = loadDesign(design().toStdString(), "design.json");
        QVERIFY(r.file);
        QVERIFY(r.diagnostics.empty());
    }

    void badFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << "" << "design.json:1:1" << "the file is empty";
        QTest::newRow("truncated") << design().left(120) << "design.json:2:" << "ends too early";
        QTest::newRow("syntax") << "{\"formatVersion\": 1,\n  \"resources\": [}\n" << "design.json:2:17" << "unexpected '}'";
        QTest::newRow("trailing garbage") << design() + " x" << "design.json:4:51" << "expected end of input";
        QTest::newRow("number overflow") << "{\"formatVersion\": 1e999}" << "design.json:1:" << "number overflow";
        QTest::newRow("too deep") << "{\"formatVersion\": 1, \"settings\": " + QString(70, '[') + QString(70, ']') + "}"
                                  << "design.json:1:97" << "deeper than 64";
        QTest::newRow("not an object") << "[1]" << "design.json" << "expected a JSON object";
        QTest::newRow("no version") << "{\"resources\": []}" << "design.json" << "missing \"formatVersion\"";
        QTest::newRow("newer") << "{\"formatVersion\": 7, \"resources\": []}" << "design.json: /formatVersion"
                               << "written by a newer Stackyard (format 7); this build reads up to 1";
        QTest::newRow("version type") << "{\"formatVersion\": \"1\"}" << "design.json: /formatVersion" << "expected an integer";
        QTest::newRow("no resources") << "{\"formatVersion\": 1}" << "design.json" << "missing required member \"resources\"";
        QTest::newRow("resources type") << "{\"formatVersion\": 1, \"resources\": {}}" << "design.json: /resources" << "expected an array";
        QTest::newRow("name type") << design({}, "\"name\": 5") << "design.json: /name" << "expected a string, found a number";
        QTest::newRow("kind type") << design("{\"id\": \"x\", \"kind\": 3}") << "design.json: /resources/3/kind" << "expected a string";
        QTest::newRow("properties type") << design("{\"id\": \"x\", \"kind\": \"users\", \"properties\": []}")
                                         << "design.json: /resources/3/properties" << "expected an object";
        QTest::newRow("unknown kind") << design("{\"id\": \"x\", \"kind\": \"mainframe\"}")
                                      << "design.json: /resources/3/kind" << "unknown kind \"mainframe\"";
        QTest::newRow("opaque without type") << design("{\"id\": \"x\", \"kind\": \"opaque\"}")
                                             << "design.json: /resources/3/rawType" << "needs its rawType";
        QTest::newRow("missing id") << design("{\"kind\": \"users\"}") << "design.json: /resources/3" << "missing required member \"id\"";
        QTest::newRow("duplicate id") << design("{\"id\": \"sub\", \"kind\": \"users\"}")
                                      << "design.json: /resources/3/id" << "duplicate id \"sub\" (already used at /resources/1)";
        QTest::newRow("duplicate across sorts")
            << design({}, "\"flows\": [{\"id\": \"vpc\", \"from\": \"users\", \"to\": \"sub\", \"protocol\": \"tcp\", \"ports\": \"443\"}]")
            << "design.json: /flows/0/id" << "duplicate id \"vpc\"";
        QTest::newRow("dangling parent") << design("{\"id\": \"x\", \"kind\": \"nat-gateway\", \"parent\": \"nowhere\"}")
                                         << "design.json: /resources/3/parent" << "unknown resource \"nowhere\"";
        QTest::newRow("dangling placement") << design("{\"id\": \"x\", \"kind\": \"alb\", \"parent\": \"vpc\", \"placement\": [\"sub\", \"sub-b\"]}")
                                            << "design.json: /resources/3/placement/1" << "unknown resource \"sub-b\"";
        QTest::newRow("dangling sg") << design("{\"id\": \"x\", \"kind\": \"alb\", \"parent\": \"vpc\", \"securityGroups\": [\"alb-sg\"]}")
                                     << "design.json: /resources/3/securityGroups/0" << "unknown security group \"alb-sg\"";
        QTest::newRow("cycle") << design("{\"id\": \"a\", \"kind\": \"subnet\", \"parent\": \"b\"}, {\"id\": \"b\", \"kind\": \"subnet\", \"parent\": \"a\"}")
                               << "design.json: /resources/" << "containment cycle";
        QTest::newRow("self parent") << design("{\"id\": \"a\", \"kind\": \"vpc\", \"parent\": \"a\"}")
                                     << "design.json: /resources/3/parent" << "cannot contain itself";
        QTest::newRow("bad cidr") << design("{\"id\": \"v2\", \"kind\": \"vpc\", \"properties\": {\"cidrBlock\": \"10.0.0.0/33\"}}")
                                  << "design.json: /resources/3/properties/cidrBlock" << "invalid CIDR \"10.0.0.0/33\"";
        QTest::newRow("host bits") << design("{\"id\": \"v2\", \"kind\": \"vpc\", \"properties\": {\"cidrBlock\": \"10.1.2.3/16\"}}")
                                   << "design.json: /resources/3/properties/cidrBlock" << "did you mean 10.1.0.0/16?";
        QTest::newRow("huge int") << design("{\"id\": \"s\", \"kind\": \"ecs-service\", \"parent\": \"vpc\", \"properties\": {\"desiredCount\": 1e300}}")
                                  << "design.json: /resources/3/properties/desiredCount" << "out of range";
        QTest::newRow("dangling ref") << design("{\"id\": \"w\", \"kind\": \"waf-web-acl\", \"properties\": {\"associatedWith\": \"alb-9\"}}")
                                      << "design.json: /resources/3/properties/associatedWith" << "unknown id \"alb-9\"";
        QTest::newRow("dangling secret") << design("{\"id\": \"s\", \"kind\": \"ecs-service\", \"parent\": \"vpc\", \"properties\": {\"containers\": [{\"secrets\": {\"DB\": \"nope\"}}]}}")
                                         << "design.json: /resources/3/properties/containers/0/secrets/DB" << "unknown id \"nope\"";
        const QString sg = "\"securityGroups\": [{\"id\": \"sg\", \"vpc\": \"vpc\", \"ingress\": [%1]}]";
        QTest::newRow("bad port") << design({}, sg.arg("{\"protocol\": \"tcp\", \"ports\": \"70000\", \"peerKind\": \"cidr\", \"peer\": \"0.0.0.0/0\"}"))
                                  << "design.json: /securityGroups/0/ingress/0/ports" << "invalid port range \"70000\"";
        QTest::newRow("reversed ports") << design({}, sg.arg("{\"protocol\": \"tcp\", \"ports\": \"90-80\", \"peerKind\": \"cidr\", \"peer\": \"0.0.0.0/0\"}"))
                                        << "design.json: /securityGroups/0/ingress/0/ports" << "invalid port range \"90-80\"";
        QTest::newRow("bad protocol") << design({}, sg.arg("{\"protocol\": \"sctp\", \"ports\": \"1\", \"peerKind\": \"cidr\", \"peer\": \"0.0.0.0/0\"}"))
                                      << "design.json: /securityGroups/0/ingress/0/protocol" << "unknown protocol \"sctp\"";
        QTest::newRow("bad peer cidr") << design({}, sg.arg("{\"protocol\": \"tcp\", \"ports\": \"22\", \"peerKind\": \"cidr\", \"peer\": \"1.2.3/8\"}"))
                                       << "design.json: /securityGroups/0/ingress/0/peer" << "invalid CIDR \"1.2.3/8\"";
        QTest::newRow("dangling peer sg") << design({}, sg.arg("{\"protocol\": \"tcp\", \"ports\": \"22\", \"peerKind\": \"sg\", \"peer\": \"other\"}"))
                                          << "design.json: /securityGroups/0/ingress/0/peer" << "unknown security group \"other\"";
        const QString rt = "\"routeTables\": [{\"id\": \"rt\", \"vpc\": \"vpc\", \"routes\": [%1], \"subnets\": [%2]}]";
        QTest::newRow("dangling route target") << design({}, rt.arg("{\"destination\": \"0.0.0.0/0\", \"target\": \"nat\", \"targetId\": \"nat-a\"}", ""))
                                               << "design.json: /routeTables/0/routes/0/targetId" << "unknown resource \"nat-a\"";
        QTest::newRow("route without target") << design({}, rt.arg("{\"destination\": \"0.0.0.0/0\", \"target\": \"igw\"}", ""))
                                              << "design.json: /routeTables/0/routes/0/targetId" << "needs a targetId";
        QTest::newRow("bad destination") << design({}, rt.arg("{\"destination\": \"0.0.0.0/99\", \"target\": \"local\"}", ""))
                                         << "design.json: /routeTables/0/routes/0/destination" << "invalid CIDR";
        QTest::newRow("associated non-subnet") << design({}, rt.arg("", "\"vpc\""))
                                               << "design.json: /routeTables/0/subnets/0" << "not a subnet";
        QTest::newRow("dangling flow end") << design({}, "\"flows\": [{\"id\": \"f\", \"from\": \"users\", \"to\": \"alb\", \"protocol\": \"tcp\", \"ports\": \"443\"}]")
                                           << "design.json: /flows/0/to" << "unknown resource \"alb\"";
        QTest::newRow("negative gb") << design({}, "\"flows\": [{\"id\": \"f\", \"from\": \"users\", \"to\": \"sub\", \"protocol\": \"tcp\", \"ports\": \"443\", \"monthlyGb\": -5}]")
                                     << "design.json: /flows/0/monthlyGb" << "out of range";
        QTest::newRow("layout dangling") << design({}, "\"layout\": {\"nodes\": {\"ghost\": [0, 0, 64, 64]}}")
                                         << "design.json: /layout/nodes/ghost" << "unknown resource \"ghost\"";
        QTest::newRow("layout shape") << design({}, "\"layout\": {\"nodes\": {\"users\": [0, 0, 64]}}")
                                      << "design.json: /layout/nodes/users" << "expected an array [x, y, width, height]";
        QTest::newRow("layout huge") << design({}, "\"layout\": {\"nodes\": {\"users\": [0, 1e300, 64, 64]}}")
                                     << "design.json: /layout/nodes/users/1" << "out of range";
        QTest::newRow("waypoints dangling") << design({}, "\"layout\": {\"waypoints\": {\"f9\": [[1, 2]]}}")
                                            << "design.json: /layout/waypoints/f9" << "unknown flow \"f9\"";
        QTest::newRow("pointer escaping") << design({}, "\"layout\": {\"nodes\": {\"a/b~c\": [0, 0, 1, 1]}}")
                                          << "design.json: /layout/nodes/a~1b~0c" << "unknown resource";
    }

    /// Each bad file is refused with an error that names the file and the place.
    void badFile()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        QFETCH(QString, message);
        LoadResult r = loadDesign(text.toStdString(), "design.json");
        QVERIFY(!r.file);
        QVERIFY(hasErrors(r.diagnostics));
        bool found = false;
        QStringList seen;
        for (const Diagnostic &d : r.diagnostics) {
            const QString loc = QString::fromStdString(d.location);
            const QString msg = QString::fromStdString(d.message);
            seen << QString::fromStdString(d.toString());
            found = found || (loc.startsWith(location) && msg.contains(message));
        }
        QVERIFY2(found, qPrintable(seen.join('\n')));
    }

    void warningsDoNotRefuse()
    {
        LoadResult r = loadDesign(design("{\"id\": \"x\", \"kind\": \"users\", \"properties\": {\"colour\": \"red\"}}",
                                         "\"futureThing\": 1").toStdString(), "design.json");
        QVERIFY(r.file);
        QCOMPARE(r.diagnostics.size(), std::size_t(2));
        QCOMPARE(r.diagnostics[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(QString::fromStdString(r.diagnostics[0].location), QString("design.json: /futureThing"));
        QCOMPARE(QString::fromStdString(r.diagnostics[1].location), QString("design.json: /resources/3/properties/colour"));
    }

    void manyErrorsAreCapped()
    {
        QString many;
        for (int i = 0; i < 1000; ++i)
            many += QString("%1{\"id\": \"x%2\", \"kind\": \"nope\"}").arg(i ? ", " : "").arg(i);
        LoadResult r = loadDesign(design(many).toStdString(), "design.json");
        QVERIFY(!r.file);
        QVERIFY(r.diagnostics.size() <= 201);
        QVERIFY(QString::fromStdString(r.diagnostics.back().message).contains("too many problems"));
    }
};

QTEST_GUILESS_MAIN(TestIoBadFiles)
#include "tst_io_badfiles.moc"
