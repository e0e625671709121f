#pragma once

#include <cstdint>
#include <string_view>

namespace Stackyard::Facts {

/// AWS facts the validator encodes. Every value cites its row in ../shared/reference/aws-facts.md
/// (as of 2026-11-26); nothing here is invented.

/// §1 "Reserved addresses per subnet": AWS reserves five addresses in every subnet.
inline constexpr int kReservedPerSubnet = 5;
/// §1 "VPC primary IPv4 CIDR size" and "Subnet IPv4 CIDR size": /16 to /28.
inline constexpr int kMinPrefix = 16;
inline constexpr int kMaxPrefix = 28;
/// §3 "Subnet size": each ALB subnet needs at least 8 free addresses.
inline constexpr int kAlbFreeAddressesPerSubnet = 8;
/// §4 "stopTimeout": Fargate maximum 120 s, default 30 s.
inline constexpr int kFargateMaxStopTimeout = 120;
inline constexpr int kDefaultStopTimeout = 30;
/// §3 "Deregistration delay": default 300 s.
inline constexpr int kDefaultDeregistrationDelay = 300;
/// §4 "IP consumption": rolling deployments run up to desired × maximumPercent (default 200 %).
inline constexpr int kDefaultMaximumPercent = 200;
/// §6 "Default ports": Aurora port range 1150–65535.
inline constexpr int kAuroraMinPort = 1150;
/// §3 "Health check defaults": interval 5–300 s, timeout 2–120 s, thresholds 2–10.
inline constexpr int kHcMinInterval = 5, kHcMaxInterval = 300;
inline constexpr int kHcMinTimeout = 2, kHcMaxTimeout = 120;
inline constexpr int kHcMinThreshold = 2, kHcMaxThreshold = 10;

/// Usable addresses of a subnet of this prefix length: 2^(32-prefix) - 5 (§1, derived row).
inline std::int64_t usableAddresses(int prefix)
{
    return (std::int64_t(1) << (32 - prefix)) - kReservedPerSubnet;
}

/// §4 "Task CPU/memory (MiB)": true when (cpu units, memory MiB) is a valid Fargate task size.
bool isValidFargateSize(long long cpu, long long memory);
/// The memory values allowed for a CPU value, as text ("1024-4096 step 1024"), or "" for a bad CPU.
std::string_view fargateMemoryText(long long cpu);

/// §7 "Service names": interface endpoint services AWS offers (the catalogue's enum).
bool isGatewayEndpointService(std::string_view service);

} // namespace Stackyard::Facts
