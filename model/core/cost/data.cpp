// Aurora (provisioned and Serverless v2), S3, ECR and Secrets Manager.
#include "pricers.h"

namespace Stackyard {

void priceAurora(Pricer &p, const Resource &cluster)
{
    std::string engine = p.text(cluster, "engine"); // aurora-postgresql -> aurora_postgresql
    for (char &c : engine)
        if (c == '-')
            c = '_';
    const double instances = p.number(cluster, "instanceCount");
    if (p.text(cluster, "capacity") == "serverless-v2") {
        const double acu = p.number(cluster, "averageAcu");
        p.add(cluster, "aurora-serverless.acu-hours", instances * acu * kHoursPerMonth, "ACU-hours",
              "aurora.serverless_v2.acu_hour",
              Text(STACKYARD_TEXT("%1 Serverless v2 instances x %2 average ACUs (property averageAcu) x 730 h"),
                   formatNumber(instances), formatNumber(acu)));
    } else {
        const std::string klass = p.text(cluster, "instanceClass");
        p.add(cluster, "aurora.instance-hours", instances * kHoursPerMonth, "instance-hours",
              engine + "." + klass + ".hour",
              Text(STACKYARD_TEXT("%1 x %2 (%3, Aurora Standard) x 730 h"), formatNumber(instances), klass,
                   p.text(cluster, "engine")));
    }
    const double storage = p.number(cluster, "storageGb");
    p.add(cluster, "aurora.storage-gb-months", storage, "GB-months", "aurora.standard.storage_gb_month",
          Text(STACKYARD_TEXT("%1 GB stored (property storageGb)"), formatNumber(storage)));
    const double io = p.number(cluster, "ioRequestsPerMonth");
    p.add(cluster, "aurora.io-requests", io / 1e6, "1M requests", "aurora.standard.io_per_million",
          Text(STACKYARD_TEXT("%1 I/O requests (property ioRequestsPerMonth)"), formatNumber(io)));
    if (p.flag(cluster, "manageMasterUserPassword"))
        p.add(cluster, "secrets.secret-months", 1, "secret-months", "secretsmanager.secret_month",
              Text(STACKYARD_TEXT("master user password managed in Secrets Manager")));
}

void priceStorage(Pricer &p, const Resource &r)
{
    if (r.kind == "s3-bucket") {
        const double gb = p.number(r, "storageGb");
        p.add(r, "s3.storage-gb-months", gb, "GB-months", "s3.standard.storage_gb_month_first_50tb",
              Text(STACKYARD_TEXT("%1 GB in S3 Standard (property storageGb); requests not priced"), formatNumber(gb)));
    } else if (r.kind == "ecr-repository") {
        const double gb = p.number(r, "storageGb");
        p.add(r, "ecr.storage-gb-months", gb, "GB-months", "ecr.storage_gb_month",
              Text(STACKYARD_TEXT("%1 GB of images (property storageGb)"), formatNumber(gb)));
    } else if (r.kind == "secret") {
        p.add(r, "secrets.secret-months", 1, "secret-months", "secretsmanager.secret_month",
              Text(STACKYARD_TEXT("1 secret; API calls not priced")));
    }
}

} // namespace Stackyard
