#include "model/core/generator/generator.h"
#include "model/core/io/designio.h"

#include <QTest>

using namespace Stackyard;

class TestIoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void counts_data()
    {
        QTest::addColumn<int>("services");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one vpc") << kServicesPerVpc;
        QTest::newRow("two vpcs") << kServicesPerVpc + 1;
        QTest::newRow("many") << 57;
    }

    /// The documented resource count holds, and the design loads back without a single diagnostic.
    void counts()
    {
        QFETCH(int, services);
        DesignFile file = generateDesign(services, 7);
        QCOMPARE(int(file.design.resources.size()), designResourceCount(services));
        int serviceCount = 0;
        for (const auto &[id, r] : file.design.resources)
            serviceCount += r.kind == "ecs-service";
        QCOMPARE(serviceCount, services);
        QCOMPARE(file.layout.nodes.size(), file.design.resources.size());
        const std::string text = saveDesign(file);
        LoadResult r = loadDesign(text, "generated.json");
        QVERIFY(r.file);
        QVERIFY2(r.diagnostics.empty(), r.diagnostics.empty() ? "" : r.diagnostics[0].toString().c_str());
        QVERIFY(*r.file == file);
        QCOMPARE(saveDesign(*r.file), text);
    }

    void deterministic()
    {
        QCOMPARE(saveDesign(generateDesign(30, 1)), saveDesign(generateDesign(30, 1)));
        QVERIFY(saveDesign(generateDesign(30, 1)) != saveDesign(generateDesign(30, 2)));
    }

    void exactSize_data()
    {
        QTest::addColumn<int>("resources");
        for (int n : {4, 21, 22, 100, 1000, 10000})
            QTest::newRow(std::to_string(n).c_str()) << n;
    }

    void exactSize()
    {
        QFETCH(int, resources);
        DesignFile file = generateDesignOfSize(resources, 3);
        QCOMPARE(int(file.design.resources.size()), resources);
        if (resources <= 1000) {
            LoadResult r = loadDesign(saveDesign(file), "sized.json");
            QVERIFY(r.file);
            QVERIFY(r.diagnostics.empty());
        }
    }

    /// Icons never overlap one another and every box sits inside its parent's.
    void layoutIsClean()
    {
        DesignFile file = generateDesign(45, 11);
        const auto &nodes = file.layout.nodes;
        std::vector<std::pair<Id, Rect>> icons;
        for (const auto &[id, r] : file.design.resources) {
            const Rect &box = nodes.at(id);
            if (!r.parent.empty()) {
                const Rect &p = nodes.at(r.parent);
                QVERIFY2(box.x >= p.x && box.y >= p.y && box.x + box.width <= p.x + p.width
                             && box.y + box.height <= p.y + p.height, id.c_str());
            }
            if (r.kind != "vpc" && r.kind != "subnet")
                icons.emplace_back(id, box);
        }
        std::sort(icons.begin(), icons.end(), [](const auto &a, const auto &b) { return a.second.x < b.second.x; });
        for (std::size_t i = 0; i < icons.size(); ++i)
            for (std::size_t j = i + 1; j < icons.size() && icons[j].second.x < icons[i].second.x + icons[i].second.width; ++j) {
                const Rect &a = icons[i].second, &b = icons[j].second;
                QVERIFY2(!(a.y < b.y + b.height && b.y < a.y + a.height), (icons[i].first + " / " + icons[j].first).c_str());
            }
    }
};

QTEST_GUILESS_MAIN(TestIoGenerator)
#include "tst_io_generator.moc"
