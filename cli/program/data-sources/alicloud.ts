/**
 * What the common Alibaba Cloud data sources would plausibly answer in the stack's region, so the
 * provider's documented programs (`zones.zones[0].id`, `images.images[0].id`,
 * `types.instanceTypes[0].id`, `groups.groups[0].id`, ...) run offline unmodified. Every value is
 * derived from the region and the call's arguments, never from the network or the clock: zones are
 * `<region>-a` … `-f`, ids end in `offline`. The shapes follow each function's `Get…Result` in
 * `@pulumi/alicloud` (fields a program is likely to read; the rest are left out).
 */

export interface AlicloudContext {
  region: string;
}

type Args = Record<string, unknown>;
type Result = Record<string, unknown>;
type Builtin = (args: Args, ctx: AlicloudContext) => Result;

/** A fixed, plausible account id for ARNs and owner fields. */
export const OFFLINE_ACCOUNT_ID = "1234567890123456";
const ZONE_LETTERS = ["a", "b", "c", "d", "e", "f"];

export function zonesOf(region: string): string[] {
  return ZONE_LETTERS.map((l) => `${region}-${l}`);
}

const text = (v: unknown): string | undefined =>
  typeof v === "string" && v !== "" ? v : undefined;
const count = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** Items whose `name` matches the call's `nameRegex` (all of them when it is absent or invalid). */
function byNameRegex<T extends { name: string }>(items: T[], args: Args): T[] {
  const pattern = text(args.nameRegex);
  if (!pattern) return items;
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    return items;
  }
  const matching = items.filter((i) => re.test(i.name));
  return matching.length > 0 ? matching : items;
}

/** `{ <key>: items, ids, names? }` as most list data sources answer. */
function listResult(
  key: string,
  items: Array<Record<string, unknown> & { id: string }>,
  names = true,
): Result {
  const out: Result = { id: `${key}-offline`, [key]: items, ids: items.map((i) => i.id) };
  if (names) out.names = items.map((i) => String(i.name ?? i.id));
  return out;
}

const zoneItems = (region: string, args: Args) => {
  const only = text(args.zoneId) ?? text(args.availabilityZone);
  return only ? [only] : zonesOf(region);
};

// -- ECS images and instance types --------------------------------------------------------------

const IMAGES = [
  {
    id: "aliyun_3_x64_20G_alibase_20240528.vhd",
    name: "Alibaba Cloud Linux 3.2104 LTS 64 bit",
    osType: "linux",
    osName: "Alibaba Cloud Linux 3.2104 LTS 64 bit",
    architecture: "x86_64",
    platform: "Aliyun",
  },
  {
    id: "aliyun_3_arm64_20G_alibase_20240528.vhd",
    name: "Alibaba Cloud Linux 3.2104 LTS 64 bit ARM",
    osType: "linux",
    osName: "Alibaba Cloud Linux 3.2104 LTS 64 bit ARM",
    architecture: "arm64",
    platform: "Aliyun",
  },
  {
    id: "ubuntu_22_04_x64_20G_alibase_20240530.vhd",
    name: "ubuntu_22_04_x64_20G_alibase_20240530.vhd",
    osType: "linux",
    osName: "Ubuntu 22.04 64 bit",
    architecture: "x86_64",
    platform: "Ubuntu",
  },
  {
    id: "centos_7_9_x64_20G_alibase_20240628.vhd",
    name: "centos_7_9_x64_20G_alibase_20240628.vhd",
    osType: "linux",
    osName: "CentOS 7.9 64 bit",
    architecture: "x86_64",
    platform: "CentOS",
  },
  {
    id: "win2022_21H2_x64_dtc_en-us_40G_alibase_20240603.vhd",
    name: "win2022_21H2_x64_dtc_en-us_40G_alibase_20240603.vhd",
    osType: "windows",
    osName: "Windows Server 2022 Datacenter 64 bit",
    architecture: "x86_64",
    platform: "Windows Server 2022",
  },
];

const getImages: Builtin = (args) => {
  let images = IMAGES.filter(
    (i) =>
      (!text(args.osType) || i.osType === text(args.osType)) &&
      (!text(args.architecture) || i.architecture === text(args.architecture)),
  );
  const pattern = text(args.nameRegex) ?? text(args.imageName);
  if (pattern) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(pattern, "i");
    } catch {
      re = undefined;
    }
    const matching = re ? images.filter((i) => re.test(i.name) || re.test(i.id)) : [];
    images =
      matching.length > 0
        ? matching
        : [{ ...IMAGES[0], id: `m-${slug(pattern)}-offline`, name: pattern }];
  }
  if (images.length === 0) images = [IMAGES[0]];
  return listResult(
    "images",
    images.map((i) => ({
      ...i,
      imageId: i.id,
      imageOwnerAlias: text(args.owners) ?? "system",
      status: "Available",
      state: "Available",
      size: i.osType === "windows" ? 40 : 20,
      isSupportIoOptimized: true,
      tags: {},
    })),
  );
};

const INSTANCE_TYPES: Array<{ id: string; family: string; cpu: number; memory: number }> = [
  { id: "ecs.c7.large", family: "ecs.c7", cpu: 2, memory: 4 },
  { id: "ecs.g7.large", family: "ecs.g7", cpu: 2, memory: 8 },
  { id: "ecs.r7.large", family: "ecs.r7", cpu: 2, memory: 16 },
  { id: "ecs.g6.large", family: "ecs.g6", cpu: 2, memory: 8 },
  { id: "ecs.c7.xlarge", family: "ecs.c7", cpu: 4, memory: 8 },
  { id: "ecs.g7.xlarge", family: "ecs.g7", cpu: 4, memory: 16 },
  { id: "ecs.g6.xlarge", family: "ecs.g6", cpu: 4, memory: 16 },
  { id: "ecs.r7.xlarge", family: "ecs.r7", cpu: 4, memory: 32 },
  { id: "ecs.g7.2xlarge", family: "ecs.g7", cpu: 8, memory: 32 },
  { id: "ecs.g7.4xlarge", family: "ecs.g7", cpu: 16, memory: 64 },
  // Burstable last: a request for 2 vCPU / 4 GiB gets ecs.c7.large, as the console lists it first.
  { id: "ecs.t6-c1m1.large", family: "ecs.t6", cpu: 2, memory: 2 },
  { id: "ecs.t6-c1m2.large", family: "ecs.t6", cpu: 2, memory: 4 },
];

const getInstanceTypes: Builtin = (args, ctx) => {
  const cpu = count(args.cpuCoreCount);
  const memory = count(args.memorySize);
  const family = text(args.instanceTypeFamily);
  const wanted = text(args.instanceType);
  let types = INSTANCE_TYPES.filter(
    (t) =>
      (cpu === undefined || t.cpu === cpu) &&
      (memory === undefined || t.memory === memory) &&
      (family === undefined || t.family === family) &&
      (wanted === undefined || t.id === wanted),
  );
  if (types.length === 0) {
    const f = family ?? wanted?.replace(/\.[^.]+$/, "") ?? "ecs.g7";
    types = [{ id: wanted ?? `${f}.offline`, family: f, cpu: cpu ?? 2, memory: memory ?? 8 }];
  }
  const zones = zoneItems(ctx.region, args);
  return listResult(
    "instanceTypes",
    types.map((t) => ({
      id: t.id,
      family: t.family,
      cpuCoreCount: t.cpu,
      memorySize: t.memory,
      availabilityZones: zones,
      eniAmount: 3,
      eniQuantity: 3,
      eniPrivateIpAddressQuantity: 6,
      eniIpv6AddressQuantity: 1,
      price: "",
      gpu: { amount: "0", category: "" },
      burstableInstance: { initialCredit: "", baselineCredit: "" },
      localStorage: { capacity: "0", amount: "0", category: "" },
    })),
    false,
  );
};

// -- the rest, one plausible item each (two where documented programs index [1]) -----------------

const BUILTINS: Record<string, Builtin> = {
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
  "alicloud:index/getRegions:getRegions": (args, ctx) => {
    const named = text(args.name);
    const ids = named
      ? [named]
      : args.current === true
        ? [ctx.region]
        : [
            ...new Set([
              ctx.region,
              "cn-hangzhou",
              "cn-shanghai",
              "cn-beijing",
              "cn-hongkong",
              "ap-southeast-1",
            ]),
          ];
    const regions = ids.map((id) => ({ id, regionId: id, localName: id }));
    return {
      id: "regions-offline",
      regions,
      ids,
      current: args.current === true,
      name: named ?? ctx.region,
    };
  },
  "alicloud:index/getAccount:getAccount": () => ({ id: OFFLINE_ACCOUNT_ID }),
  "alicloud:index/getCallerIdentity:getCallerIdentity": () => ({
    id: OFFLINE_ACCOUNT_ID,
    accountId: OFFLINE_ACCOUNT_ID,
    arn: `acs:ram::${OFFLINE_ACCOUNT_ID}:root`,
    identityType: "Account",
  }),
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
  "alicloud:kms/getKeys:getKeys": (_args, ctx) => {
    const items = [{ id: "key-offline" }].map((k) => ({
      ...k,
      keyId: k.id,
      arn: `acs:kms:${ctx.region}:${OFFLINE_ACCOUNT_ID}:key/${k.id}`,
      status: "Enabled",
      keySpec: "Aliyun_AES_256",
      keyUsage: "ENCRYPT/DECRYPT",
      origin: "Aliyun_KMS",
      protectionLevel: "SOFTWARE",
      automaticRotation: "Disabled",
      creator: OFFLINE_ACCOUNT_ID,
      description: "",
      creationDate: "2024-01-01T00:00:00Z",
    }));
    return listResult("keys", items, false);
  },
  "alicloud:kms/getInstances:getInstances": () => {
    const items = [{ id: "kst-offline", instanceId: "kst-offline" }];
    return listResult("instances", items, false);
  },
  "alicloud:resourcemanager/getResourceGroups:getResourceGroups": (args) => {
    const items = byNameRegex([{ id: "rg-offline", name: "default" }], args).map((g) => ({
      ...g,
      resourceGroupName: g.name,
      displayName: "Default resource group",
      accountId: OFFLINE_ACCOUNT_ID,
      status: text(args.status) ?? "OK",
      regionStatuses: [],
    }));
    return listResult("groups", items);
  },
  "alicloud:resourcemanager/getAccounts:getAccounts": (args) => {
    const items = [{ id: OFFLINE_ACCOUNT_ID, name: "offline-account" }].map((a) => ({
      ...a,
      accountId: a.id,
      accountName: a.name,
      displayName: a.name,
      status: text(args.status) ?? "CreateSuccess",
      type: "ResourceAccount",
      folderId: "r-offline",
      resourceDirectoryId: "rd-offline",
      payerAccountId: OFFLINE_ACCOUNT_ID,
      joinMethod: "created",
      joinTime: "2024-01-01T00:00:00Z",
      modifyTime: "2024-01-01T00:00:00Z",
      deletionStatus: "",
      tags: {},
    }));
    return listResult("accounts", items, false);
  },
  "alicloud:resourcemanager/getResourceDirectories:getResourceDirectories": () => ({
    id: "rd-offline",
    directories: [
      {
        id: "rd-offline",
        resourceDirectoryId: "rd-offline",
        masterAccountId: OFFLINE_ACCOUNT_ID,
        masterAccountName: "offline-account",
        rootFolderId: "r-offline",
        status: "Enabled",
      },
    ],
  }),
  "alicloud:resourcemanager/getFolders:getFolders": (args) => {
    const items = byNameRegex([{ id: "fd-offline", name: "offline" }], args).map((f) => ({
      ...f,
      folderId: f.id,
      folderName: f.name,
      parentFolderId: text(args.parentFolderId) ?? "r-offline",
    }));
    return listResult("folders", items);
  },
  "alicloud:cs/getKubernetesVersion:getKubernetesVersion": (args) => {
    const runtimes = [{ name: "containerd", version: "1.6.36" }];
    const versions = ["1.33.1-aliyun.1", "1.32.7-aliyun.1", "1.31.9-aliyun.1"];
    const wanted = text(args.kubernetesVersion);
    return {
      id: "kubernetes-versions-offline",
      clusterType: text(args.clusterType) ?? "ManagedKubernetes",
      kubernetesVersion: wanted,
      profile: text(args.profile),
      metadatas: (wanted ? [wanted] : versions).map((version) => ({ version, runtimes })),
    };
  },
  "alicloud:cs/getKubernetesAddons:getKubernetesAddons": (args) => {
    const items = byNameRegex(
      [
        {
          id: "nginx-ingress-controller",
          name: "nginx-ingress-controller",
          version: "v1.12.1-aliyun.1",
        },
        { id: "terway-eniip", name: "terway-eniip", version: "v1.13.2" },
        { id: "csi-plugin", name: "csi-plugin", version: "v1.32.1" },
        { id: "csi-provisioner", name: "csi-provisioner", version: "v1.32.1" },
        { id: "logtail-ds", name: "logtail-ds", version: "v1.8.2.0-aliyun" },
      ],
      args,
    ).map((a) => ({
      name: a.name,
      currentVersion: a.version,
      nextVersion: a.version,
      currentConfig: "",
      required: false,
      supportedActions: [],
    }));
    return {
      id: "addons-offline",
      clusterId: text(args.clusterId) ?? "c-offline",
      addons: items,
      ids: items.map((a) => a.name),
      names: items.map((a) => a.name),
    };
  },
  "alicloud:cs/getManagedKubernetesClusters:getManagedKubernetesClusters": (args, ctx) => {
    const items = byNameRegex([{ id: "c-offline", name: "cluster-offline" }], args).map((c) => ({
      ...c,
      availabilityZone: zonesOf(ctx.region)[0],
      vpcId: "vpc-offline",
      vswitchIds: ["vsw-offline"],
      securityGroupId: "sg-offline",
      natGatewayId: "",
      podCidr: "10.0.0.0/16",
      serviceCidr: "172.21.0.0/20",
      clusterNetworkType: "terway",
      slbInternetEnabled: false,
      state: "running",
      workerInstanceTypes: ["ecs.g7.large"],
      workerNumbers: [2],
      workerNodes: [],
      connections: [],
      logConfigs: [],
    }));
    return listResult("clusters", items);
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
};

function lbZones(ctx: AlicloudContext): Result {
  const zones = zonesOf(ctx.region).map((zoneId) => ({ id: zoneId, zoneId, localName: zoneId }));
  return { id: "zones-offline", zones, ids: zones.map((z) => z.zoneId) };
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "image"
  );
}

/** Tokens that have a built-in answer. */
export const ALICLOUD_BUILTINS: readonly string[] = Object.keys(BUILTINS);

/** The built-in answer for an Alibaba Cloud data source, or undefined when there is none. */
export function callAlicloud(token: string, args: Args, ctx: AlicloudContext): Result | undefined {
  const fn = Object.hasOwn(BUILTINS, token) ? BUILTINS[token] : undefined;
  return fn ? fn(args, ctx) : undefined;
}
