/**
 * Where a resource is (docs/scope.md): region classification, zone → region, and the order in which
 * a resource's own inputs, its provider and the pack's environment answer.
 */
import type { PackEnvironment } from "./context";
import { type Read, readArray, readString } from "./props";
import type { ResourceView } from "./resource";
import { OWN_REGION } from "./type-index";

/** Exactly the list in docs/scope.md: public, finance and government regions, their aliases, OSS's regionless id. */
export const MAINLAND_REGIONS: readonly string[] = [
  "cn-qingdao",
  "cn-beijing",
  "cn-zhangjiakou",
  "cn-huhehaote",
  "cn-wulanchabu",
  "cn-hangzhou",
  "cn-shanghai",
  "cn-nanjing",
  "cn-fuzhou",
  "cn-shenzhen",
  "cn-heyuan",
  "cn-guangzhou",
  "cn-chengdu",
  "cn-wuhan-lr",
  "cn-zhengzhou-jva",
  "cn-zhongwei",
  "cn-hangzhou-finance",
  "cn-shanghai-finance-1",
  "cn-shenzhen-finance-1",
  "cn-beijing-finance-1",
  "cn-north-2-gov-1",
  "cn-hzfinance",
  "cn-hzjbp",
  "cn-szfinance",
  "cn-shenzhen-finance",
  "cn-beijing-finance-1-pub",
  "cn-shanghai-finance-1-pub",
  "cn-heyuan-acdr-1",
  "rg-china-mainland",
];

/** Alibaba Cloud's public regions outside the mainland (Hong Kong starts with `cn-`). */
export const OUTSIDE_REGIONS: readonly string[] = [
  "cn-hongkong",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "eu-central-1",
  "eu-west-1",
  "us-west-1",
  "us-east-1",
  "me-east-1",
  "me-central-1",
  "na-south-1",
  "rus-west-1",
];

/** Region ids an ECS or SAS instance can be in: every listed id but OSS's regionless one. */
export const SERVER_REGIONS: readonly string[] = [...MAINLAND_REGIONS, ...OUTSIDE_REGIONS].filter(
  (r) => r !== "rg-china-mainland",
);

const MAINLAND = new Set(MAINLAND_REGIONS);
const OUTSIDE = new Set(OUTSIDE_REGIONS);
/** Longest first, so `cn-shanghai-finance-1` wins over `cn-shanghai` as a zone prefix. */
const KNOWN_LONGEST_FIRST = [...MAINLAND_REGIONS, ...OUTSIDE_REGIONS].sort(
  (a, b) => b.length - a.length,
);

export interface RegionClass {
  mainland: boolean;
  /** False when the id is in neither list and the shape rule decided. */
  listed: boolean;
}

function normalise(id: string): string {
  return id.trim().toLowerCase();
}

export function classifyRegion(id: string): RegionClass {
  const r = normalise(id);
  if (MAINLAND.has(r)) return { mainland: true, listed: true };
  if (OUTSIDE.has(r)) return { mainland: false, listed: true };
  // An unlisted cn-* id is most likely a new mainland region: fail safe.
  return { mainland: r.startsWith("cn-"), listed: false };
}

/**
 * The longest known region id that prefixes a zone id, followed by `-` (`cn-hangzhou-h`), by
 * nothing (the region itself), or, for ids ending in a digit, by zone letters
 * (`ap-southeast-1a`, `cn-shanghai-finance-1z`). An unknown region's zone gives undefined.
 */
export function regionFromZone(zone: string): string | undefined {
  const z = normalise(zone);
  for (const region of KNOWN_LONGEST_FIRST) {
    if (!z.startsWith(region)) continue;
    const rest = z.slice(region.length);
    if (rest === "" || rest.startsWith("-")) return region;
    if (/\d$/.test(region) && /^[a-z]+$/.test(rest)) return region;
  }
  return undefined;
}

export type RegionSource =
  | "resource"
  | "zone"
  | "provider"
  | "stack-config"
  | "ALICLOUD_REGION"
  | "ALIBABA_CLOUD_REGION"
  | "none";

export interface ResolvedRegion {
  /** Normalised (trimmed, lower-case) region id; undefined when undetermined. */
  region?: string;
  source: RegionSource;
  /** The input it came from: "region", "zoneMappings[0].zoneId", "provider.region", "alicloud:region", "ALICLOUD_REGION". */
  field?: string;
  /** Nothing answered, or the deciding value is unknown during preview. */
  undetermined: boolean;
  /** Inputs that were unknown on the way. */
  unknownFields: string[];
  /** Inputs skipped for their shape (not a string, empty zone list entry, a zone of no known region). */
  invalidFields: string[];
  /** Undetermined → true (fail safe). */
  mainland: boolean;
  listed: boolean;
  /** The deciding value was a secret: do not print it. */
  secret?: true;
}

const ZONE_FIELDS = ["availabilityZone", "zoneId", "masterZoneId"] as const;

interface Found {
  region: string;
  field: string;
  secret: boolean;
}

interface Walk {
  unknown: string[];
  invalid: string[];
}

/** A string that names a region, or undefined after noting why it does not. */
function regionValue(r: Read<string>, field: string, walk: Walk): Found | undefined {
  if (r.kind === "unknown") walk.unknown.push(field);
  else if (r.kind === "invalid") walk.invalid.push(field);
  else if (r.kind === "known" && r.value.trim() !== "") {
    return { region: normalise(r.value), field, secret: r.secret };
  }
  // Missing, or an empty string (bridged providers send "" for unset): the next step answers.
  return undefined;
}

function zoneValue(r: Read<string>, field: string, walk: Walk): Found | undefined {
  const v = regionValue(r, field, walk);
  if (!v) return undefined;
  const region = regionFromZone(v.region);
  if (region === undefined) {
    walk.invalid.push(field);
    return undefined;
  }
  return { ...v, region };
}

function fromZones(props: unknown, walk: Walk): Found | undefined {
  for (const key of ZONE_FIELDS) {
    const found = zoneValue(readString(props, key), key, walk);
    if (found) return found;
  }
  const ids = readArray(props, "zoneIds");
  if (ids.kind === "unknown") walk.unknown.push("zoneIds");
  else if (ids.kind === "invalid") walk.invalid.push("zoneIds");
  else if (ids.kind === "known") {
    for (let i = 0; i < ids.value.length; i++) {
      const found = zoneValue(readString(ids.value[i]), `zoneIds[${i}]`, walk);
      if (found) return found;
    }
  }
  const mappings = readArray(props, "zoneMappings");
  if (mappings.kind === "unknown") walk.unknown.push("zoneMappings");
  else if (mappings.kind === "invalid") walk.invalid.push("zoneMappings");
  else if (mappings.kind === "known") {
    for (let i = 0; i < mappings.value.length; i++) {
      const field = `zoneMappings[${i}].zoneId`;
      const found = zoneValue(readString(mappings.value[i], "zoneId"), field, walk);
      if (found) return found;
    }
  }
  return undefined;
}

const PACK_REGION_FIELD: Record<string, string> = {
  "stack-config": "alicloud:region",
  ALICLOUD_REGION: "ALICLOUD_REGION",
  ALIBABA_CLOUD_REGION: "ALIBABA_CLOUD_REGION",
};

/**
 * A resource's region, first that answers (docs/scope.md): its own `region` (only the OWN_REGION
 * types), a zone input, its provider's `region`, the pack's environment. A provider whose region
 * is unknown leaves the region undetermined rather than falling to the pack's environment: that
 * provider does not use the stack's region, so the environment would answer for the wrong place.
 */
export function resolveRegion(r: ResourceView, env: PackEnvironment): ResolvedRegion {
  const walk: Walk = { unknown: [], invalid: [] };
  const done = (found: Found, source: RegionSource): ResolvedRegion => ({
    region: found.region,
    source,
    field: found.field,
    undetermined: false,
    unknownFields: walk.unknown,
    invalidFields: walk.invalid,
    ...classifyRegion(found.region),
    ...(found.secret ? { secret: true as const } : {}),
  });
  const undetermined = (): ResolvedRegion => ({
    source: "none",
    undetermined: true,
    unknownFields: walk.unknown,
    invalidFields: walk.invalid,
    mainland: true,
    listed: false,
  });

  if (OWN_REGION.has(r.type)) {
    const own = regionValue(readString(r.props, "region"), "region", walk);
    if (own) return done(own, "resource");
  }

  const zone = fromZones(r.props, walk);
  if (zone) return done(zone, "zone");

  if (r.provider) {
    const read = readString(r.provider.props, "region");
    const provider = regionValue(read, "provider.region", walk);
    if (provider) return done(provider, "provider");
    if (read.kind === "unknown") return undetermined();
  }

  const pack = env.packRegion;
  if (pack) {
    const field = PACK_REGION_FIELD[pack.source] ?? pack.source;
    const read: Read<string> = { kind: "known", value: pack.region, secret: pack.secret === true };
    const found = regionValue(read, field, walk);
    if (found) return done(found, pack.source);
  }
  return undetermined();
}
