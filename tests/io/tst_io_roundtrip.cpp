#include "model/core/generator/generator.h"
#include "model/core/io/designio.h"
#include "model/core/io/designwriter.h"
#include "model/core/io/jsontext.h"
#include "resources/embedded.h"

#include <QFile>
#include <QTest>

using namespace Stackyard;

namespace {

QString messages(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << QString::fromStdString(d.toString());
    return lines.join('\n');
}

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

bool inside(const Rect &a, const Rect &b)
{
    return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

} // namespace

class TestIoRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const EmbeddedFile &f : embeddedFiles()) {
            if (f.path.rfind("samples/", 0) == 0 && f.path.ends_with(".stackyard.json")) {
                QTest::newRow(std::string(f.path).c_str()) << QString::fromUtf8(f.path.data(), qsizetype(f.path.size()));
                ++count;
            }
        }
        QVERIFY2(count >= 3, "the reference sample and at least two more are embedded");
    }

    /// Golden round trip: load -> save reproduces every sample byte for byte, without a warning.
    void samples()
    {
        QFETCH(QString, path);
        const std::string_view text = *embeddedFile(path.toStdString());
        LoadResult r = loadDesign(text, path.toStdString());
        QVERIFY2(r.file, qPrintable(messages(r.diagnostics)));
        QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r.diagnostics)));
        QCOMPARE(QString::fromStdString(saveDesign(*r.file)), QString::fromUtf8(text.data(), qsizetype(text.size())));
        QVERIFY(looksLikeDesign(text));

        // The embedded copy is the committed file.
        QFile source(QStringLiteral(STACKYARD_SOURCE_DIR "/resources/") + path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(source.readAll(), QByteArray(text.data(), qsizetype(text.size())));
    }

    void sampleLayouts_data() { samples_data(); }

    /// Every resource has a box; icons do not overlap one another; every box sits inside its parent's.
    void sampleLayouts()
    {
        QFETCH(QString, path);
        LoadResult r = loadDesign(*embeddedFile(path.toStdString()), path.toStdString());
        QVERIFY(r.file);
        const Design &d = r.file->design;
        const Layout &l = r.file->layout;
        for (const auto &[id, res] : d.resources) {
            QVERIFY2(l.nodes.count(id), id.c_str());
            if (!res.parent.empty())
                QVERIFY2(inside(l.nodes.at(id), l.nodes.at(res.parent)), id.c_str());
            if (res.kind == "vpc" || res.kind == "subnet")
                continue;
            for (const auto &[other, box] : l.nodes) {
                const std::string &kind = d.resource(other)->kind;
                if (other != id && kind != "vpc" && kind != "subnet")
                    QVERIFY2(!overlaps(l.nodes.at(id), box), (id + " overlaps " + other).c_str());
            }
        }
    }

    void referenceIsNet4()
    {
        LoadResult r = loadDesign(*embeddedFile("samples/reference.stackyard.json"), "reference");
        QVERIFY(r.file);
        std::map<std::string, int> kinds;
        for (const auto &[id, res] : r.file->design.resources)
            ++kinds[res.kind];
        QCOMPARE(kinds["subnet"], 6);
        QCOMPARE(kinds["nat-gateway"], 2);
        QCOMPARE(kinds["alb"], 1);
        QCOMPARE(kinds["ecs-service"], 1);
        QCOMPARE(kinds["aurora-cluster"], 1);
        QCOMPARE(r.file->design.securityGroups.size(), std::size_t(3));
        QCOMPARE(r.file->design.routeTables.size(), std::size_t(4));
        QVERIFY(r.file->design.flows.size() >= 6);
    }

    /// A non-canonical spelling (other key order, spacing, 64.0) loads and saves canonically;
    /// saving again changes nothing.
    void canonicalForm()
    {
        const char *text = R"({ "resources": [ {"name":"b","kind":"users","id":"b"},
            {"kind":"internet","id":"a","name":"a","parent":""} ], "formatVersion": 1,
            "layout": {"nodes": {"a": [1.0, 2.5, 64.0, 64]}}, "environments": ["prod"],
            "flows": [{"id":"f","from":"b","to":"a","protocol":"tcp","ports":443}]})";
        LoadResult r = loadDesign(text, "x.json");
        QVERIFY2(r.file, qPrintable(messages(r.diagnostics)));
        const std::string saved = saveDesign(*r.file);
        QVERIFY(saved.find("\"a\": [1, 2.5, 64, 64]") != std::string::npos);
        QVERIFY(saved.find("\"ports\": \"443\"") != std::string::npos);
        QVERIFY(saved.find("\"parent\"") == std::string::npos);
        QVERIFY(saved.find("\"id\": \"a\"") < saved.find("\"id\": \"b\""));
        QVERIFY(saved.ends_with("}\n"));
        LoadResult again = loadDesign(saved, "x.json");
        QVERIFY(again.file);
        QVERIFY(*again.file == *r.file);
        QCOMPARE(saveDesign(*again.file), saved);
    }

    /// Format 0 (layout boxes as objects, a flow's "port" integer) migrates to format 1.
    void migrationFromFormat0()
    {
        const char *text = R"({"formatVersion": 0, "resources": [{"id":"u","kind":"users","name":"U"},
            {"id":"i","kind":"internet","name":"I"}],
            "flows": [{"id":"f","from":"u","to":"i","protocol":"tcp","port":8080}],
            "layout": {"nodes": {"u": {"x": 10, "y": 20, "width": 64, "height": 64}}}})";
        LoadResult r = loadDesign(text, "old.json");
        QVERIFY2(r.file, qPrintable(messages(r.diagnostics)));
        QCOMPARE(r.file->layout.nodes.at("u"), (Rect{10, 20, 64, 64}));
        QCOMPARE(r.file->design.flows.at("f").ports, PortRange::single(8080));
        QVERIFY(saveDesign(*r.file).find("\"formatVersion\": 1") != std::string::npos);
    }

    /// The fast writer behind saveDesign equals the plain one (build a JSON tree, print it).
    void fastWriterMatchesReference()
    {
        std::vector<DesignFile> designs{generateDesign(25, 5)};
        for (const char *path : {"samples/reference.stackyard.json", "samples/firelens-xray.stackyard.json"})
            designs.push_back(*loadDesign(*embeddedFile(path), path).file);
        DesignFile odd;
        odd.design.name = "quote \" backslash \\ tab \t and \xc3\xa9";
        odd.design.resources["u"] = Resource{"u", "opaque", "", "", {}, {}, Json{{"a", {1.5, 2, "x"}}}, Json::object(),
                                            "AWS::X::Y", Json{{"DependsOn", {"b"}}}};
        odd.design.flows["f"] = Flow{"f", "u", "u", Protocol::Udp, {53, 53}, "", 0.25, true};
        odd.design.routeTables["rt"] = RouteTable{"rt", "", "", true, {{"10.0.0.0/8", RouteTargetKind::Blackhole, ""}}, {}};
        odd.layout.nodes["u"] = Rect{-1.5, 2, 3, 4};
        odd.layout.waypoints["f"] = {{1, 2}, {3.25, 4}};
        odd.layout.waypoints["g"] = {};
        designs.push_back(odd);
        for (const DesignFile &d : designs)
            QCOMPARE(QString::fromStdString(saveDesign(d)),
                     QString::fromStdString(Io::canonicalJson(Io::designToJson(d)) + "\n"));
    }

    void contentDetection()
    {
        QVERIFY(looksLikeDesign(R"(  {"formatVersion": 1})"));
        QVERIFY(looksLikeDesign("\xEF\xBB\xBF{\"resources\": []}"));
        QVERIFY(looksLikeDesign("{\"cloudFormation\": {\"x\": 1}, \"formatVersion\": 1, \"resou")); // truncated
        QVERIFY(!looksLikeDesign(R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}})"));
        QVERIFY(!looksLikeDesign(R"({"Resources": {"formatVersion": {"Type": "AWS::S3::Bucket"}}})"));
        QVERIFY(!looksLikeDesign("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n"));
        QVERIFY(!looksLikeDesign(""));
        QVERIFY(!looksLikeDesign("[1, 2]"));
    }

    void missingFileNamesThePath()
    {
        LoadResult r = loadDesignFile("/nonexistent/dir/design.stackyard.json");
        QVERIFY(!r.file);
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(r.diagnostics[0].location), QString("/nonexistent/dir/design.stackyard.json"));
    }
};

QTEST_GUILESS_MAIN(TestIoRoundTrip)
#include "tst_io_roundtrip.moc"
