#include "model/core/catalog.h"

#include <QTest>

using namespace Stackyard;

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtinHasEveryRequiredKind()
    {
        const Catalog &c = Catalog::builtin();
        for (const char *kind : {"internet", "users", "vpc", "subnet", "internet-gateway", "nat-gateway",
                                 "route-table", "security-group", "alb", "waf-web-acl", "ecs-cluster",
                                 "ecs-service", "ecr-repository", "aurora-cluster", "vpc-endpoint",
                                 "bastion", "eic-endpoint", "log-group", "subscription-filter", "alarm",
                                 "lambda", "sns-topic", "s3-bucket", "secret", "ssm-parameter",
                                 "firehose", "eventbridge-rule", "codebuild-project", "opaque"})
            QVERIFY2(c.kind(kind), kind);
    }
    void containment()
    {
        const Catalog &c = Catalog::builtin();
        QVERIFY(c.kind("subnet")->allowsParent("vpc"));
        QVERIFY(!c.kind("vpc")->allowsParent("subnet"));
        QVERIFY(c.kind("nat-gateway")->allowsParent("subnet"));
        QVERIFY(!c.kind("nat-gateway")->allowsParent(""));
        QVERIFY(c.kind("alb")->spansSubnets);
        QCOMPARE(c.kindForCfnType("AWS::ECS::Service")->kind, std::string("ecs-service"));
    }
    void defaults()
    {
        Json props = Catalog::builtin().defaultProperties("ecr-repository");
        QCOMPARE(props["tagMutability"].get<std::string>(), std::string("IMMUTABLE"));
        QCOMPARE(props["scanOnPush"].get<bool>(), true);
    }
    void badCatalogue()
    {
        std::string error;
        Catalog c = Catalog::fromJson("{\"kinds\": 3}", &error);
        QVERIFY(c.kinds().empty());
        QVERIFY(!error.empty());
    }
};

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
