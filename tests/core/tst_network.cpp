#include "model/core/network.h"

#include <QTest>

using namespace Stackyard;

class TestNetwork : public QObject
{
    Q_OBJECT
private slots:
    void parseCidr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<qulonglong>("size");
        QTest::newRow("vpc") << "10.0.0.0/16" << true << "10.0.0.0/16" << 65536ull;
        QTest::newRow("host bits") << "100.68.0.18/18" << true << "100.68.0.0/18" << 16384ull;
        QTest::newRow("any") << "0.0.0.0/0" << true << "0.0.0.0/0" << 4294967296ull;
        QTest::newRow("single") << "192.168.1.7/32" << true << "192.168.1.7/32" << 1ull;
        QTest::newRow("octet") << "10.0.256.0/24" << false << "" << 0ull;
        QTest::newRow("prefix") << "10.0.0.0/33" << false << "" << 0ull;
        QTest::newRow("no prefix") << "10.0.0.0" << false << "" << 0ull;
        QTest::newRow("trailing") << "10.0.0.0/24x" << false << "" << 0ull;
        QTest::newRow("leading zero") << "10.0.01.0/24" << false << "" << 0ull;
        QTest::newRow("short") << "10.0.0/24" << false << "" << 0ull;
    }
    void parseCidr()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        QFETCH(qulonglong, size);
        auto c = Cidr::parse(text.toStdString());
        QCOMPARE(c.has_value(), ok);
        if (ok) {
            QCOMPARE(QString::fromStdString(c->toString()), canonical);
            QCOMPARE(qulonglong(c->size()), size);
        }
    }
    void containment()
    {
        auto vpc = *Cidr::parse("10.0.0.0/16");
        auto a = *Cidr::parse("10.0.1.0/24");
        auto b = *Cidr::parse("10.0.1.128/25");
        auto outside = *Cidr::parse("10.1.0.0/24");
        QVERIFY(vpc.contains(a));
        QVERIFY(!vpc.contains(outside));
        QVERIFY(a.overlaps(b));
        QVERIFY(!a.overlaps(outside));
        QVERIFY(isCanonicalCidr("10.0.1.0/24"));
        QVERIFY(!isCanonicalCidr("10.0.1.1/24"));
    }
    void ports()
    {
        QCOMPARE(PortRange::parse("8000-8080")->toString(), std::string("8000-8080"));
        QCOMPARE(PortRange::parse("all")->isAll(), true);
        QVERIFY(!PortRange::parse("80-79"));
        QVERIFY(!PortRange::parse("65536"));
        QVERIFY(PortRange::parse("1-65535")->contains(PortRange::single(443)));
        QVERIFY(!PortRange::single(80).overlaps(PortRange::single(8080)));
        QCOMPARE(parseProtocol("-1"), std::optional<Protocol>(Protocol::All));
    }
};

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
