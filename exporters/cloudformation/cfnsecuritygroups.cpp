#include "cfncontext.h"

#include <cctype>
#include <cstring>

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

/// IpProtocol and ports of a rule, in CloudFormation's spelling.
void protocolAndPorts(const SgRule &rule, OJson &out)
{
    switch (rule.protocol) {
    case Protocol::All:
        out["IpProtocol"] = "-1";
        return;
    case Protocol::Icmp:
        out["IpProtocol"] = "icmp";
        out["FromPort"] = rule.ports.isAll() ? -1 : rule.ports.from;
        out["ToPort"] = rule.ports.isAll() ? -1 : rule.ports.to;
        return;
    case Protocol::Tcp:
    case Protocol::Udp:
        out["IpProtocol"] = std::string(protocolName(rule.protocol));
        out["FromPort"] = rule.ports.from;
        out["ToPort"] = rule.ports.to;
        return;
    }
}

std::string ruleSuffix(bool ingress, const SgRule &rule)
{
    std::string s = std::string(ingress ? "Ingress-" : "Egress-") + rule.peer + "-" + rule.ports.toString();
    if (rule.protocol != Protocol::Tcp)
        s += "-" + std::string(protocolName(rule.protocol));
    return s;
}

void rules(CfnContext &cx, const SecurityGroup &sg, bool ingress, OJson &inlineRules)
{
    const std::vector<SgRule> &list = ingress ? sg.ingress : sg.egress;
    for (const SgRule &rule : list) {
        OJson r = OJson::object();
        protocolAndPorts(rule, r);
        if (!rule.description.empty())
            r["Description"] = ec2Description(rule.description);
        if (rule.peerKind == PeerKind::SecurityGroup) {
            const std::string peer = cx.refId(rule.peer);
            if (peer.empty() || !cx.design().securityGroup(rule.peer)) {
                cx.warn(sg.id, "rule refers to unknown security group '" + rule.peer + "'; not exported");
                continue;
            }
            // Separate resources: groups referring to each other would otherwise form a cycle.
            OJson props{{"GroupId", CfnContext::getAtt(cx.id(sg.id), "GroupId")}};
            for (auto it = r.begin(); it != r.end(); ++it)
                props[it.key()] = it.value();
            props[ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId"] = CfnContext::getAtt(peer, "GroupId");
            cx.add(cx.id(sg.id, ruleSuffix(ingress, rule)),
                   ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress", std::move(props));
            continue;
        }
        if (rule.peerKind == PeerKind::PrefixList && isPrefixListId(rule.peer)) {
            r[ingress ? "SourcePrefixListId" : "DestinationPrefixListId"] = rule.peer;
        } else if (rule.peerKind == PeerKind::PrefixList) {
            if (ingress) {
                cx.warn(sg.id, "ingress from the symbolic prefix list '" + rule.peer + "' is not exported");
                continue;
            }
            // A service's prefix list id differs per Region and CloudFormation cannot look it up.
            cx.info(sg.id, "egress to '" + rule.peer + "' exported as 0.0.0.0/0 on the same ports");
            r["CidrIp"] = "0.0.0.0/0";
        } else {
            r["CidrIp"] = rule.peer;
        }
        inlineRules.push_back(std::move(r));
    }
}

} // namespace

std::string ec2Description(std::string_view text)
{
    std::string out;
    for (char c : text) {
        const bool ok = std::isalnum(static_cast<unsigned char>(c)) || std::strchr(" ._-:/()#,@[]+=&;{}!$*", c);
        out += ok && c != '\0' ? c : ' ';
    }
    return out.substr(0, 255);
}

void buildSecurityGroups(CfnContext &cx)
{
    for (const auto &[id, sg] : cx.design().securityGroups) {
        OJson ingress = OJson::array();
        OJson egress = OJson::array();
        const std::string logical = cx.id(id);
        OJson props{{"GroupDescription", ec2Description(sg.description.empty() ? (sg.name.empty() ? id : sg.name)
                                                                               : sg.description)},
                    {"VpcId", cx.refOrKept(sg.vpc, id, "VpcId")}};
        cx.add(logical, "AWS::EC2::SecurityGroup", props);
        rules(cx, sg, true, ingress);
        rules(cx, sg, false, egress);
        OJson &res = cx.resource(logical)["Properties"];
        if (!ingress.empty())
            res["SecurityGroupIngress"] = std::move(ingress);
        // No egress rule at all would give AWS's default "allow all"; a loopback rule closes it.
        if (egress.empty())
            egress.push_back({{"IpProtocol", "-1"}, {"CidrIp", "127.0.0.1/32"}, {"Description", "no egress"}});
        if (!egress.empty())
            res["SecurityGroupEgress"] = std::move(egress);
        res["Tags"] = cx.tags(sg.name.empty() ? id : sg.name, id);
    }
}

} // namespace Stackyard
