#!/usr/bin/env python3
"""Writes the built-in sample designs in resources/samples/ in the canonical text of the
.stackyard.json format (docs/file-format.md): what saveDesign() writes, byte for byte
(tests/io checks it). Property names come from resources/catalog/catalog.json; every resource
starts from the catalogue's defaults, so a sample holds what the editor would create.

Run: python3 tools/gen_samples.py"""
import copy, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = json.load(open(os.path.join(ROOT, "resources", "catalog", "catalog.json")))
KINDS = {k["kind"]: k for k in CATALOG["kinds"]}
ICON = 64  # icons are 64 x 64 boxes


def canonical(v, indent=0):
    """The canonical printer of model/core/io/jsontext.cpp, in Python."""
    pad = " " * (indent + 2)
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + canonical(v[k], indent + 2) for k in sorted(v)]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
            return "[" + ", ".join(canonical(x) for x in v) + "]"
        return "[\n" + ",\n".join(pad + canonical(x, indent + 2) for x in v) + "\n" + " " * indent + "]"
    return json.dumps(v, ensure_ascii=False)


class Design:
    def __init__(self, name, description, region="us-east-1"):
        self.doc = {"formatVersion": 1, "name": name, "description": description, "region": region,
                    "environments": ["dev", "staging", "prod"], "settings": {}, "usage": {},
                    "cloudFormation": {}, "resources": [], "securityGroups": [], "routeTables": [],
                    "flows": [], "layout": {"nodes": {}, "waypoints": {}}}
        self.ids = set()

    def _id(self, id):
        assert id not in self.ids, id
        self.ids.add(id)
        return id

    def add(self, id, kind, name, box, parent="", placement=(), sgs=(), **props):
        """A resource with the catalogue's defaults overridden by props; box = (x, y) of an icon
        or (x, y, w, h) of a container."""
        spec = KINDS[kind]
        known = {p["name"] for p in spec["properties"]}
        unknown = set(props) - known
        assert not unknown, f"{kind}: not in the catalogue: {unknown}"
        properties = {p["name"]: copy.deepcopy(p["default"]) for p in spec["properties"] if "default" in p}
        properties.update(props)
        r = {"id": self._id(id), "kind": kind, "name": name}
        if parent: r["parent"] = parent
        if placement: r["placement"] = list(placement)
        if sgs: r["securityGroups"] = list(sgs)
        if properties: r["properties"] = properties
        self.doc["resources"].append(r)
        self.doc["layout"]["nodes"][id] = list(box) if len(box) == 4 else [box[0], box[1], ICON, ICON]

    def sg(self, id, name, vpc, description, ingress, egress):
        def rules(rs):
            out = []
            for proto, ports, kind, peer, desc in rs:
                r = {"protocol": proto, "ports": ports, "peerKind": kind, "peer": peer}
                if desc: r["description"] = desc
                out.append(r)
            return out
        g = {"id": self._id(id), "name": name, "vpc": vpc, "ingress": rules(ingress), "egress": rules(egress)}
        if description: g["description"] = description
        self.doc["securityGroups"].append(g)

    def rt(self, id, name, vpc, routes, subnets):
        rs = []
        for dest, target, target_id in routes:
            r = {"destination": dest, "target": target}
            if target_id: r["targetId"] = target_id
            rs.append(r)
        self.doc["routeTables"].append({"id": self._id(id), "name": name, "vpc": vpc, "routes": rs,
                                        "subnets": list(subnets)})

    def flow(self, id, src, dst, ports, label, gb=None, waypoints=None, protocol="tcp"):
        f = {"id": self._id(id), "from": src, "to": dst, "protocol": protocol, "ports": ports}
        if label: f["label"] = label
        if gb is not None: f["monthlyGb"] = gb
        self.doc["flows"].append(f)
        if waypoints: self.doc["layout"]["waypoints"][id] = [list(p) for p in waypoints]

    def write(self, file_name):
        for key in ("resources", "securityGroups", "routeTables", "flows"):
            self.doc[key].sort(key=lambda o: o["id"])
        path = os.path.join(ROOT, "resources", "samples", file_name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(canonical(self.doc) + "\n")
        print("wrote", os.path.relpath(path, ROOT), len(self.doc["resources"]), "resources")


# The grid every sample shares: a VPC box with one column per AZ and one row per tier; spanning
# resources (ALB, service, Aurora, interface endpoints) sit in the gutter between the AZ columns;
# regional services in a band right of the VPC; Users and Internet outside on the left.
VPC_X, VPC_Y = 240, 40
COL_A, COL_W, GUTTER = 360, 440, 200
COL_B = COL_A + COL_W + GUTTER
VPC_W = COL_B + COL_W + 40 - VPC_X
BAND_X = VPC_X + VPC_W + 80


def gutter_x(slot=0, slots=1):
    """x of an icon in the gutter; several icons of a row share it side by side."""
    step = GUTTER / slots
    return int(COL_A + COL_W + step * slot + (step - ICON) / 2)


def network(d, rows, nat=True, cidr="10.0.0.0/16"):
    """VPC, IGW, one subnet per AZ and tier, NAT gateways per AZ. rows: [(tier, role, y, h, [cidr_a, cidr_b])]."""
    bottom = max(y + h for _, _, y, h, _ in rows) + 40
    d.add("vpc", "vpc", "main", (VPC_X, VPC_Y, VPC_W, bottom - VPC_Y), cidrBlock=cidr)
    public_y = rows[0][2]
    d.add("igw", "internet-gateway", "igw", (VPC_X + 24, public_y + 120), parent="vpc")
    for tier, role, y, h, cidrs in rows:
        for az, x, block in (("a", COL_A, cidrs[0]), ("b", COL_B, cidrs[1])):
            d.add(f"{tier}-{az}", "subnet", f"{tier} {az}", (x, y, COL_W, h), parent="vpc",
                  availabilityZone=f"us-east-1{az}", cidrBlock=block, role=role,
                  mapPublicIpOnLaunch=False)
    if nat:
        for az, x in (("a", COL_A), ("b", COL_B)):
            d.add(f"nat-{az}", "nat-gateway", f"nat {az}", (x + (COL_W - ICON) // 2 + 80, public_y + 110),
                  parent=f"public-{az}")
    d.rt("rt-public", "public", "vpc", [("0.0.0.0/0", "igw", "igw")], ["public-a", "public-b"])


def alb_props(bucket):
    return dict(
        scheme="internet-facing",
        listeners=[
            {"port": 443, "protocol": "HTTPS",
             "certificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/0b9d3c1e-5a8f-4c2e-9d61-7f3a2b8c4e10",
             "defaultTargetGroup": "app", "rules": []},
            {"port": 80, "protocol": "HTTP", "redirectToHttps": True, "defaultTargetGroup": "", "rules": []},
        ],
        targetGroups=[{"name": "app", "port": 8080, "protocol": "HTTP", "targetType": "ip", "deregistrationDelay": 30,
                       "healthCheck": {"path": "/health", "intervalSeconds": 15, "timeoutSeconds": 5,
                                       "healthyThreshold": 2, "unhealthyThreshold": 3, "matcher": "200"}}],
        accessLogsBucket=bucket)


def app_container(name, repo, secrets, environment=None):
    return {"name": name, "image": repo, "imageSource": "ecr", "essential": True,
            "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
            "environment": environment or {}, "secrets": secrets, "stopTimeout": 60, "role": "app"}


def service(d, id, name, placement, sgs, box, **props):
    d.add(id, "ecs-service", name, box, parent="vpc", placement=placement, sgs=sgs, **props)


def edge_pseudo_nodes(d, users_y=178):
    d.add("users", "users", "Users", (40, users_y), requestsPerMonth=30000000)
    d.add("internet", "internet", "Internet", (40, users_y + 200))


def regional(d, items):
    """items: [(id, kind, name, column, row, props)] placed in the band right of the VPC."""
    for id, kind, name, col, row, props in items:
        d.add(id, kind, name, (BAND_X + col * 160, 118 + row * 160), **props)


def error_alert(d, log_group, col=2):
    regional(d, [
        ("errors-filter", "subscription-filter", "error lines", col, 0,
         dict(logGroup=log_group, filterPattern="?ERROR ?Error ?Exception", destination="error-alert")),
        ("error-alert", "lambda", "error alert", col, 1, dict(purpose="error-alert", topic="alerts")),
    ])


ROWS = [("public", "public", 140, 220, ["10.0.0.0/24", "10.0.1.0/24"]),
        ("app", "app", 400, 180, ["10.0.16.0/20", "10.0.32.0/20"]),
        ("db", "data", 620, 180, ["10.0.48.0/24", "10.0.49.0/24"])]


def reference():
    d = Design("Reference architecture (NET-4)",
               "Internet-facing ALB in two public subnets, a Fargate service in two private app subnets, "
               "Aurora PostgreSQL in two private DB subnets, a NAT gateway per AZ, security groups chained "
               "ALB -> app -> DB, images from ECR, secrets from Secrets Manager, logs through FireLens.")
    network(d, ROWS)
    edge_pseudo_nodes(d)
    d.add("alb", "alb", "web", (gutter_x(), 178), parent="vpc", placement=["public-a", "public-b"],
          sgs=["alb-sg"], **alb_props("log-bucket"))
    service(d, "app", "app", ["app-a", "app-b"], ["app-sg"], (gutter_x(), 458),
            cluster="cluster", desiredCount=2, minCount=2, maxCount=6, cpu=512, memory=1024,
            containers=[app_container("app", "ecr-app", {"APP_SECRETS": "app-secrets"}, {"PORT": "8080"})],
            logDriver="firelens-fluentbit", logGroup="app-logs", logBucket="log-bucket",
            loadBalancer={"alb": "alb", "targetGroup": "app", "containerName": "app", "containerPort": 8080},
            alarmTopic="alerts")
    d.add("aurora", "aurora-cluster", "orders-db", (gutter_x(), 678), parent="vpc", placement=["db-a", "db-b"],
          sgs=["db-sg"], engine="aurora-postgresql", capacity="provisioned", instanceClass="db.r6g.large",
          instanceCount=2, storageEncrypted=True, manageMasterUserPassword=True, publiclyAccessible=False)
    regional(d, [
        ("cluster", "ecs-cluster", "main", 0, 0, dict(containerInsights="enabled")),
        ("app-secrets", "secret", "app/api-keys", 0, 1, dict(description="API keys of third-party services")),
        ("ecr-app", "ecr-repository", "app", 0, 2, {}),
        ("app-logs", "log-group", "/ecs/app", 0, 3, dict(retentionDays=30)),
        ("waf", "waf-web-acl", "web-acl", 1, 0, dict(associatedWith="alb")),
        ("alerts", "sns-topic", "alerts", 1, 1, dict(email="ops@example.com")),
        ("log-bucket", "s3-bucket", "access-logs", 1, 2, dict(storageGb=200)),
    ])
    error_alert(d, "app-logs")
    d.rt("rt-app-a", "app a", "vpc", [("0.0.0.0/0", "nat", "nat-a")], ["app-a"])
    d.rt("rt-app-b", "app b", "vpc", [("0.0.0.0/0", "nat", "nat-b")], ["app-b"])
    d.rt("rt-db", "db", "vpc", [], ["db-a", "db-b"])
    chained_security_groups(d)
    d.flow("users-alb", "users", "alb", "443", "HTTPS", gb=50)
    d.flow("alb-app", "alb", "app", "8080", "HTTP to tasks")
    d.flow("app-aurora", "app", "aurora", "5432", "PostgreSQL", gb=20)
    d.flow("app-ecr", "app", "ecr-app", "443", "image pulls", gb=10)
    d.flow("app-logs-flow", "app", "app-logs", "443", "error logs", gb=5)
    d.flow("app-secrets-flow", "app", "app-secrets", "443", "secrets at task start")
    d.write("reference.stackyard.json")


def chained_security_groups(d, app_egress_all=True, services=("app",)):
    d.sg("alb-sg", "alb", "vpc", "Public ALB: HTTPS and the HTTP redirect from anywhere",
         [("tcp", "443", "cidr", "0.0.0.0/0", "HTTPS from anywhere"),
          ("tcp", "80", "cidr", "0.0.0.0/0", "HTTP, redirected to HTTPS")],
         [("tcp", "8080", "sg", "app-sg", "to the tasks")])
    egress = [("tcp", "5432", "sg", "db-sg", "to Aurora")]
    egress.append(("tcp", "443", "cidr", "0.0.0.0/0", "AWS APIs (ECR, logs, secrets)") if app_egress_all
                  else ("tcp", "443", "sg", "endpoints-sg", "AWS APIs through the interface endpoints"))
    if not app_egress_all:
        egress.append(("tcp", "443", "prefix-list", "pl-s3", "image layers from S3 (gateway endpoint)"))
    d.sg("app-sg", "app", "vpc", "Tasks: only from the ALB", [("tcp", "8080", "sg", "alb-sg", "from the ALB only")],
         egress)
    d.sg("db-sg", "db", "vpc", "Aurora: only from the tasks",
         [("tcp", "5432", "sg", "app-sg", "PostgreSQL from the tasks only")], [])


def private_endpoints():
    d = Design("Private tasks with VPC endpoints",
               "The reference design without NAT gateways: tasks reach ECR, CloudWatch Logs and Secrets "
               "Manager through interface endpoints in both app subnets and S3 (image layers) through a "
               "gateway endpoint. Nothing in the app or DB tiers can reach the internet.")
    rows = [("public", "public", 140, 220, ["10.0.0.0/24", "10.0.1.0/24"]),
            ("app", "app", 400, 320, ["10.0.16.0/20", "10.0.32.0/20"]),
            ("db", "data", 760, 180, ["10.0.48.0/24", "10.0.49.0/24"])]
    network(d, rows, nat=False)
    edge_pseudo_nodes(d)
    d.add("alb", "alb", "web", (gutter_x(), 178), parent="vpc", placement=["public-a", "public-b"],
          sgs=["alb-sg"], **alb_props("log-bucket"))
    service(d, "app", "app", ["app-a", "app-b"], ["app-sg"], (gutter_x(), 420),
            cluster="cluster", containers=[app_container("app", "ecr-app", {"APP_SECRETS": "app-secrets"})],
            logDriver="awslogs", logGroup="app-logs", logRoutes=[],
            loadBalancer={"alb": "alb", "targetGroup": "app", "containerName": "app", "containerPort": 8080},
            alarmTopic="alerts")
    endpoints = [("vpce-ecr-api", "ecr.api"), ("vpce-ecr-dkr", "ecr.dkr"), ("vpce-logs", "logs"),
                 ("vpce-secrets", "secretsmanager")]
    for i, (id, svc) in enumerate(endpoints):
        d.add(id, "vpc-endpoint", svc, (gutter_x(i % 2, 2), 520 + (i // 2) * 90), parent="vpc",
              placement=["app-a", "app-b"], sgs=["endpoints-sg"], endpointType="Interface", service=svc,
              privateDnsEnabled=True, routeTables=[])
    d.add("vpce-s3", "vpc-endpoint", "s3", (VPC_X + 24, 560), parent="vpc", endpointType="Gateway", service="s3",
          privateDnsEnabled=False, routeTables=["rt-app"])
    d.add("aurora", "aurora-cluster", "orders-db", (gutter_x(), 818), parent="vpc", placement=["db-a", "db-b"],
          sgs=["db-sg"], capacity="serverless-v2", minAcu=0.5, maxAcu=8, averageAcu=1)
    regional(d, [
        ("cluster", "ecs-cluster", "main", 0, 0, dict(containerInsights="enabled")),
        ("app-secrets", "secret", "app/api-keys", 0, 1, dict(description="API keys of third-party services")),
        ("ecr-app", "ecr-repository", "app", 0, 2, {}),
        ("app-logs", "log-group", "/ecs/app", 0, 3, dict(retentionDays=30)),
        ("waf", "waf-web-acl", "web-acl", 1, 0, dict(associatedWith="alb")),
        ("alerts", "sns-topic", "alerts", 1, 1, dict(email="ops@example.com")),
        ("log-bucket", "s3-bucket", "access-logs", 1, 2, {}),
    ])
    error_alert(d, "app-logs")
    d.rt("rt-app", "app (no internet)", "vpc", [("pl-s3", "gateway-endpoint", "vpce-s3")], ["app-a", "app-b"])
    d.rt("rt-db", "db", "vpc", [], ["db-a", "db-b"])
    chained_security_groups(d, app_egress_all=False)
    d.sg("endpoints-sg", "endpoints", "vpc", "Interface endpoints: HTTPS from the tasks",
         [("tcp", "443", "sg", "app-sg", "HTTPS from the tasks")], [])
    d.flow("users-alb", "users", "alb", "443", "HTTPS", gb=50)
    d.flow("alb-app", "alb", "app", "8080", "HTTP to tasks")
    d.flow("app-aurora", "app", "aurora", "5432", "PostgreSQL", gb=20)
    d.flow("app-ecr", "app", "ecr-app", "443", "image pulls via vpce-ecr-*", gb=10)
    d.flow("app-logs-flow", "app", "app-logs", "443", "logs via vpce-logs", gb=5)
    d.flow("app-secrets-flow", "app", "app-secrets", "443", "secrets via vpce-secrets")
    d.write("private-endpoints.stackyard.json")


def firelens_xray():
    d = Design("Two services with FireLens and X-Ray",
               "Web and API services behind one ALB (path routing). FireLens (Fluent Bit) sends access logs "
               "straight to S3 and only errors to CloudWatch Logs; an X-Ray daemon sidecar traces both "
               "through an xray interface endpoint. Error lines trigger a Lambda that notifies an SNS topic.")
    rows = [("public", "public", 140, 220, ["10.0.0.0/24", "10.0.1.0/24"]),
            ("app", "app", 400, 260, ["10.0.16.0/20", "10.0.32.0/20"]),
            ("db", "data", 700, 180, ["10.0.48.0/24", "10.0.49.0/24"])]
    network(d, rows)
    edge_pseudo_nodes(d)
    alb = alb_props("log-bucket")
    alb["listeners"][0]["rules"] = [{"priority": 10, "pathPattern": "/api/*", "action": "forward", "targetGroup": "api"}]
    api_tg = copy.deepcopy(alb["targetGroups"][0])
    api_tg["name"] = "api"
    alb["targetGroups"].append(api_tg)
    d.add("alb", "alb", "web", (gutter_x(), 178), parent="vpc", placement=["public-a", "public-b"],
          sgs=["alb-sg"], **alb)
    routes = [{"match": "access", "destination": "s3"}, {"match": "error", "destination": "cloudwatch"}]
    for i, (id, tg, secret) in enumerate((("web", "app", "web-secrets"), ("api", "api", "api-secrets"))):
        service(d, id, id, ["app-a", "app-b"], ["app-sg"], (gutter_x(i, 2), 430),
                cluster="cluster", containers=[app_container("app", f"ecr-{id}", {"APP_SECRETS": secret})],
                logDriver="firelens-fluentbit", logGroup=f"{id}-errors", logRoutes=routes, logBucket="log-bucket",
                xray=True, loadBalancer={"alb": "alb", "targetGroup": tg, "containerName": "app", "containerPort": 8080},
                alarmTopic="alerts", maxCount=10 if id == "api" else 6)
    d.add("vpce-xray", "vpc-endpoint", "xray", (gutter_x(), 560), parent="vpc", placement=["app-a", "app-b"],
          sgs=["endpoints-sg"], endpointType="Interface", service="xray", privateDnsEnabled=True, routeTables=[])
    d.add("aurora", "aurora-cluster", "orders-db", (gutter_x(), 758), parent="vpc", placement=["db-a", "db-b"],
          sgs=["db-sg"])
    regional(d, [
        ("cluster", "ecs-cluster", "main", 0, 0, dict(containerInsights="enabled")),
        ("web-secrets", "secret", "web/keys", 0, 1, dict(description="Session signing key of the web service")),
        ("api-secrets", "secret", "api/keys", 0, 2, dict(description="API keys of third-party services")),
        ("ecr-web", "ecr-repository", "web", 0, 3, {}),
        ("ecr-api", "ecr-repository", "api", 0, 4, {}),
        ("waf", "waf-web-acl", "web-acl", 1, 0, dict(associatedWith="alb")),
        ("web-errors", "log-group", "/ecs/web/errors", 1, 1, dict(retentionDays=90)),
        ("api-errors", "log-group", "/ecs/api/errors", 1, 2, dict(retentionDays=90)),
        ("log-bucket", "s3-bucket", "logs", 1, 3, dict(storageGb=500)),
        ("alerts", "sns-topic", "alerts", 1, 4, dict(email="ops@example.com")),
    ])
    regional(d, [
        ("web-errors-filter", "subscription-filter", "web error lines", 2, 0,
         dict(logGroup="web-errors", filterPattern="?ERROR ?Error ?Exception", destination="error-alert")),
        ("api-errors-filter", "subscription-filter", "api error lines", 2, 1,
         dict(logGroup="api-errors", filterPattern="?ERROR ?Error ?Exception", destination="error-alert")),
        ("error-alert", "lambda", "error alert", 2, 2, dict(purpose="error-alert", topic="alerts")),
    ])
    d.rt("rt-app-a", "app a", "vpc", [("0.0.0.0/0", "nat", "nat-a")], ["app-a"])
    d.rt("rt-app-b", "app b", "vpc", [("0.0.0.0/0", "nat", "nat-b")], ["app-b"])
    d.rt("rt-db", "db", "vpc", [], ["db-a", "db-b"])
    d.sg("alb-sg", "alb", "vpc", "Public ALB: HTTPS and the HTTP redirect from anywhere",
         [("tcp", "443", "cidr", "0.0.0.0/0", "HTTPS from anywhere"),
          ("tcp", "80", "cidr", "0.0.0.0/0", "HTTP, redirected to HTTPS")],
         [("tcp", "8080", "sg", "app-sg", "to the tasks")])
    d.sg("app-sg", "app", "vpc", "Tasks of both services: only from the ALB",
         [("tcp", "8080", "sg", "alb-sg", "from the ALB only")],
         [("tcp", "5432", "sg", "db-sg", "to Aurora"),
          ("tcp", "443", "sg", "endpoints-sg", "X-Ray through its endpoint"),
          ("tcp", "443", "cidr", "0.0.0.0/0", "AWS APIs through NAT (ECR, logs, S3, secrets)")])
    d.sg("db-sg", "db", "vpc", "Aurora: only from the tasks",
         [("tcp", "5432", "sg", "app-sg", "PostgreSQL from the tasks only")], [])
    d.sg("endpoints-sg", "endpoints", "vpc", "Interface endpoints: HTTPS from the tasks",
         [("tcp", "443", "sg", "app-sg", "HTTPS from the tasks")], [])
    d.flow("users-alb", "users", "alb", "443", "HTTPS", gb=80)
    d.flow("alb-web", "alb", "web", "8080", "/*")
    d.flow("alb-api", "alb", "api", "8080", "/api/*")
    for id in ("web", "api"):
        d.flow(f"{id}-aurora", id, "aurora", "5432", "PostgreSQL", gb=10)
        d.flow(f"{id}-ecr", id, f"ecr-{id}", "443", "image pulls", gb=5)
        d.flow(f"{id}-s3", id, "log-bucket", "443", "access logs (FireLens)", gb=40)
        d.flow(f"{id}-errors-flow", id, f"{id}-errors", "443", "error logs (FireLens)", gb=2)
        d.flow(f"{id}-xray", id, "vpce-xray", "443", "traces", gb=1)
    d.write("firelens-xray.stackyard.json")


if __name__ == "__main__":
    reference()
    private_endpoints()
    firelens_xray()
