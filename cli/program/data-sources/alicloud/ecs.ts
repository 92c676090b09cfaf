/** ECS data sources, and the zones of the region with the instance types they offer. */
import { getImages, getInstanceTypes, IMAGES, INSTANCE_TYPES } from "./ecs-catalog";
import { type Builtin, byNameRegex, listResult, text, zoneItems, zonesOf } from "./shared";

export const ECS = {
  "alicloud:index/getZones:getZones": (args, ctx) => {
    const zones = zoneItems(ctx.region, args).map((id) => ({
      id,
      localName: id,
      availableInstanceTypes: INSTANCE_TYPES.map((t) => t.id),
      availableResourceCreation: [
        "Instance",
        "Disk",
        "VSwitch",
        "Rds",
        "Slb",
        "Redis",
        "Memcache",
        "KVStore",
      ],
      availableDiskCategories: ["cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto"],
      multiZoneIds: [],
      slbSlaveZoneIds: [],
    }));
    return { id: "zones-offline", zones, ids: zones.map((z) => z.id) };
  },
  "alicloud:ecs/getImages:getImages": getImages,
  "alicloud:ecs/getInstanceTypes:getInstanceTypes": getInstanceTypes,
  "alicloud:ecs/getKeyPairs:getKeyPairs": (args) => {
    const items = byNameRegex([{ id: "key-pair-offline", name: "key-pair-offline" }], args).map(
      (k) => ({
        ...k,
        keyName: k.name,
        keyPairName: k.name,
        fingerPrint: "6a:2f:8c:41:0e:9b:3d:77:15:c2:a8:5e:f0:91:4b:d3",
        resourceGroupId: text(args.resourceGroupId) ?? "rg-offline",
        instances: [],
        tags: {},
      }),
    );
    return { ...listResult("keyPairs", items), pairs: items };
  },
  "alicloud:ecs/getSecurityGroups:getSecurityGroups": (args) => {
    const items = byNameRegex([{ id: "sg-offline", name: "default" }], args).map((g) => ({
      ...g,
      vpcId: text(args.vpcId) ?? "vpc-offline",
      securityGroupType: "normal",
      innerAccess: true,
      description: "",
      resourceGroupId: text(args.resourceGroupId) ?? "rg-offline",
      creationTime: "2024-01-01T00:00:00Z",
      tags: {},
    }));
    return { ...listResult("groups", items), totalCount: items.length };
  },
  "alicloud:ecs/getInstances:getInstances": (args, ctx) => {
    const items = byNameRegex([{ id: "i-offline", name: "instance-offline" }], args).map((i) => ({
      ...i,
      instanceName: i.name,
      regionId: ctx.region,
      availabilityZone: text(args.availabilityZone) ?? zonesOf(ctx.region)[0],
      instanceType: "ecs.g7.large",
      imageId: text(args.imageId) ?? IMAGES[0].id,
      instanceChargeType: "PostPaid",
      internetChargeType: "PayByTraffic",
      internetMaxBandwidthOut: 0,
      status: text(args.status) ?? "Running",
      vpcId: text(args.vpcId) ?? "vpc-offline",
      vswitchId: text(args.vswitchId) ?? "vsw-offline",
      privateIp: "172.16.0.10",
      publicIp: "",
      eip: "",
      securityGroups: ["sg-offline"],
      keyName: "",
      ramRoleName: "",
      resourceGroupId: "rg-offline",
      spotStrategy: "NoSpot",
      description: "",
      creationTime: "2024-01-01T00:00Z",
      diskDeviceMappings: [],
      tags: {},
    }));
    return { ...listResult("instances", items), totalCount: items.length };
  },
} satisfies Record<string, Builtin>;
