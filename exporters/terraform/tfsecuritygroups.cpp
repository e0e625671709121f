#include "tfcontext.h"

#include "exporters/cloudformation/cfncontext.h"

#include <cctype>

namespace Stackyard {

namespace {

bool isPrefixListId(const std::string &peer)
{
    if (peer.size() < 11 || peer.rfind("pl-", 0) != 0)
        return false;
    for (std::size_t i = 3; i < peer.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(peer[i])))
            return false;
    return true;
}

void rules(TfContext &tx, const SecurityGroup &sg, bool ingress)
{
    for (const SgRule &rule : ingress ? sg.ingress : sg.egress) {
        HclBody body{{"security_group_id", hclExpr(tx.ref(sg.id))}};
        if (!rule.description.empty())
            body["description"] = ec2Description(rule.description);
        switch (rule.protocol) {
        case Protocol::All:
            body["ip_protocol"] = "-1";
            break;
        case Protocol::Icmp:
            body["ip_protocol"] = "icmp";
            body["from_port"] = rule.ports.isAll() ? -1 : rule.ports.from;
            body["to_port"] = rule.ports.isAll() ? -1 : rule.ports.to;
            break;
        default:
            body["ip_protocol"] = std::string(protocolName(rule.protocol));
            body["from_port"] = rule.ports.from;
            body["to_port"] = rule.ports.to;
        }
        if (rule.peerKind == PeerKind::SecurityGroup) {
            const std::string peer = tx.ref(rule.peer);
            if (peer.empty() || !tx.design().securityGroup(rule.peer)) {
                tx.warn(sg.id, "rule refers to unknown security group '" + rule.peer + "'; not exported");
                continue;
            }
            body["referenced_security_group_id"] = hclExpr(peer);
        } else if (rule.peerKind == PeerKind::PrefixList && isPrefixListId(rule.peer)) {
            body["prefix_list_id"] = rule.peer;
        } else if (rule.peerKind == PeerKind::PrefixList) {
            if (ingress) {
                tx.warn(sg.id, "ingress from the symbolic prefix list '" + rule.peer + "' is not exported");
                continue;
            }
            body["cidr_ipv4"] = "0.0.0.0/0";
        } else {
            body["cidr_ipv4"] = rule.peer;
        }
        std::string suffix = std::string(ingress ? "ingress-" : "egress-") + rule.peer + "-" + rule.ports.toString();
        if (rule.protocol != Protocol::Tcp)
            suffix += "-" + std::string(protocolName(rule.protocol));
        tx.resource(ingress ? "aws_vpc_security_group_ingress_rule" : "aws_vpc_security_group_egress_rule",
                    tx.name(sg.id, suffix), body);
    }
}

} // namespace

void tfSecurityGroups(TfContext &tx)
{
    for (const auto &[id, sg] : tx.design().securityGroups) {
        tx.resource("aws_security_group", tx.name(id),
                    {{"name_prefix", tx.name(id).substr(0, 100) + "-"},
                     {"description", ec2Description(sg.description.empty() ? (sg.name.empty() ? id : sg.name) : sg.description)},
                     {"vpc_id", tx.refOrVariable(sg.vpc, "id", id, "vpc_id")},
                     {"tags", tx.tags(sg.name.empty() ? id : sg.name, id)}});
        // Without egress rules Terraform removes AWS's default "allow all", as the template does.
        rules(tx, sg, true);
        rules(tx, sg, false);
    }
}

} // namespace Stackyard
