/**
 * What ECS offers offline: a few public images and instance types, filtered by the call's
 * arguments as the real data sources filter them; a request nothing matches gets a plausible
 * made-up item rather than an empty list.
 */
import { type Builtin, count, listResult, text, zoneItems } from "./shared";

export const IMAGES = [
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

export const getImages: Builtin = (args) => {
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

export const INSTANCE_TYPES: Array<{ id: string; family: string; cpu: number; memory: number }> = [
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

export const getInstanceTypes: Builtin = (args, ctx) => {
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

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "image"
  );
}
