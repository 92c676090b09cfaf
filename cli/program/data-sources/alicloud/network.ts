/** VPC, load balancer zones, Global Accelerator and Express Connect data sources. */
import {
  type AlicloudContext,
  type Builtin,
  byNameRegex,
  listResult,
  type Result,
  text,
  zonesOf,
} from "./shared";

export const NETWORK = {
  "alicloud:vpc/getNetworks:getNetworks": (args, ctx) => {
    const items = byNameRegex(
      [{ id: "vpc-offline", name: text(args.vpcName) ?? "default" }],
      args,
    ).map((v) => ({
      ...v,
      vpcId: v.id,
      vpcName: v.name,
      regionId: ctx.region,
      cidrBlock: text(args.cidrBlock) ?? "172.16.0.0/12",
      ipv6CidrBlock: "",
      secondaryCidrBlocks: [],
      isDefault: args.isDefault === true,
      status: "Available",
      vswitchIds: ["vsw-offline"],
      routeTableId: "vtb-offline",
      routerId: "vrt-offline",
      resourceGroupId: "rg-offline",
      description: "",
      creationTime: "2024-01-01T00:00:00Z",
      tags: {},
    }));
    return { ...listResult("vpcs", items), totalCount: items.length };
  },
  "alicloud:vpc/getSwitches:getSwitches": (args, ctx) => {
    const items = byNameRegex(
      [{ id: "vsw-offline", name: text(args.vswitchName) ?? "default" }],
      args,
    ).map((s) => ({
      ...s,
      vswitchName: s.name,
      vpcId: text(args.vpcId) ?? "vpc-offline",
      zoneId: text(args.zoneId) ?? zonesOf(ctx.region)[0],
      cidrBlock: text(args.cidrBlock) ?? "172.16.0.0/24",
      availableIpAddressCount: 252,
      isDefault: args.isDefault === true,
      status: "Available",
      routeTableId: "vtb-offline",
      resourceGroupId: "rg-offline",
      description: "",
      creationTime: "2024-01-01T00:00:00Z",
      tags: {},
    }));
    return listResult("vswitches", items);
  },
  "alicloud:vpc/getEnhancedNatAvailableZones:getEnhancedNatAvailableZones": (_args, ctx) => {
    const zones = zonesOf(ctx.region).map((zoneId) => ({ zoneId, localName: zoneId }));
    return { id: "zones-offline", zones, ids: zones.map((z) => z.zoneId) };
  },
  "alicloud:vpc/getIpv6Addresses:getIpv6Addresses": (args) => {
    const items = [{ id: "ipv6-offline", name: "ipv6-offline" }].map((a) => ({
      ...a,
      ipv6AddressId: a.id,
      ipv6AddressName: a.name,
      ipv6Address: "2408:4000:0:0::10",
      ipv6GatewayId: "ipv6gw-offline",
      vpcId: text(args.vpcId) ?? "vpc-offline",
      vswitchId: text(args.vswitchId) ?? "vsw-offline",
      associatedInstanceId: text(args.associatedInstanceId) ?? "",
      associatedInstanceType: text(args.associatedInstanceType) ?? "",
      networkType: "Private",
      status: "Available",
    }));
    return listResult("addresses", items);
  },
  "alicloud:alb/getZones:getZones": (_args, ctx) => lbZones(ctx),
  "alicloud:nlb/getZones:getZones": (_args, ctx) => lbZones(ctx),
  "alicloud:slb/getZones:getZones": (args, ctx) => {
    const z = zonesOf(ctx.region);
    const zones = z.map((id, i) => ({
      id,
      masterZoneId: id,
      slaveZoneId: z[(i + 1) % z.length],
      slbSlaveZoneIds: [z[(i + 1) % z.length]],
      supportedResources: [
        {
          addressIpVersion: text(args.availableSlbAddressIpVersion) ?? "ipv4",
          addressType: text(args.availableSlbAddressType) ?? "internet",
        },
      ],
    }));
    return { id: "zones-offline", zones, ids: z };
  },
  "alicloud:ga/getAccelerators:getAccelerators": (args) => {
    const items = byNameRegex(
      [
        { id: "ga-offline1", name: "accelerator-offline-1" },
        { id: "ga-offline2", name: "accelerator-offline-2" },
      ],
      args,
    ).map((a) => ({
      ...a,
      acceleratorId: a.id,
      acceleratorName: a.name,
      spec: "1",
      status: text(args.status) ?? "active",
      dnsName: `${a.id}.aliyunga0019.com`,
      secondDnsName: "",
      ddosId: "",
      cenId: "",
      description: "",
      expiredTime: 0,
      paymentType: "PREPAY",
      basicBandwidthPackages: [],
      crossDomainBandwidthPackages: [],
    }));
    return listResult("accelerators", items);
  },
  "alicloud:expressconnect/getPhysicalConnections:getPhysicalConnections": (args) => {
    const items = byNameRegex(
      [{ id: "pc-offline", name: "physical-connection-offline" }],
      args,
    ).map((c) => ({
      ...c,
      physicalConnectionId: c.id,
      physicalConnectionName: c.name,
      accessPointId: "ap-offline",
      bandwidth: "100",
      lineOperator: "CT",
      portType: "1000Base-LX",
      status: text(args.status) ?? "Enabled",
      type: "VPC",
      paymentType: "PayAsYouGo",
      description: "",
    }));
    return listResult("connections", items);
  },
} satisfies Record<string, Builtin>;

function lbZones(ctx: AlicloudContext): Result {
  const zones = zonesOf(ctx.region).map((zoneId) => ({ id: zoneId, zoneId, localName: zoneId }));
  return { id: "zones-offline", zones, ids: zones.map((z) => z.zoneId) };
}
