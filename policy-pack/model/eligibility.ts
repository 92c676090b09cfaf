/**
 * Which servers can give an ICP service code (docs/servers.md). Every failed requirement is returned,
 * so a message can list them all; a decisive value unknown during preview is a failure marked
 * `unknown`, never a pass. A stopped instance is eligible: `status` is not read.
 */
import { clip } from "./clip";
import type { PackEnvironment } from "./context";
import { printable, type Read, readNumber, readString, shown } from "./props";
import { classifyRegion, type ResolvedRegion, resolveRegion } from "./regions";
import type { ResourceView } from "./resource";
import { T } from "./resource-types";
import { ECS_LIKE, ELIGIBLE_SERVERS } from "./type-index";

export type Requirement =
  | "mainland-region"
  | "prepaid"
  | "subscription-months"
  | "public-bandwidth"
  | "standalone";

export interface Failure {
  requirement: Requirement;
  field?: string;
  /** Printable (clipped, model/clip.ts), never a secret; undefined when missing or unknown. */
  actual?: string;
  /** The deciding value is unknown during preview. */
  unknown?: boolean;
}

export interface Eligibility {
  eligible: boolean;
  failures: Failure[];
  region: ResolvedRegion;
}

export const MIN_SUBSCRIPTION_MONTHS = 3;

/** ECS, ECS instance sets and SAS instances: standalone servers (not ACK node pools). */
export function isEligibleServerType(type: string): boolean {
  return ELIGIBLE_SERVERS.has(type);
}

function failure(
  requirement: Requirement,
  field: string | undefined,
  read?: Read<unknown>,
): Failure {
  const f: Failure = { requirement };
  if (field !== undefined) f.field = field;
  if (read?.kind === "unknown") f.unknown = true;
  else if (read && (read.kind === "known" || read.kind === "invalid")) f.actual = clip(shown(read));
  return f;
}

function sameWord(read: Read<string>, word: string): boolean {
  return read.kind === "known" && read.value.trim().toLowerCase() === word.toLowerCase();
}

function regionFailure(region: ResolvedRegion): Failure | undefined {
  if (region.undetermined) {
    const f: Failure = { requirement: "mainland-region" };
    if (region.unknownFields.length > 0) {
      f.field = region.unknownFields[region.unknownFields.length - 1];
      f.unknown = true;
    }
    return f;
  }
  if (region.mainland) return undefined;
  const f: Failure = { requirement: "mainland-region" };
  if (region.field !== undefined) f.field = region.field;
  if (region.region !== undefined) f.actual = printable(region.region, region.secret);
  return f;
}

/** `period` ≥ 3 months; a missing period is 1. */
function periodFailure(props: unknown): Failure | undefined {
  const period = readNumber(props, "period");
  if (period.kind === "known" && period.value >= MIN_SUBSCRIPTION_MONTHS) return undefined;
  return failure("subscription-months", "period", period);
}

function standaloneFailure(r: ResourceView, allowed: (type: string) => boolean): Failure[] {
  return allowed(r.type) ? [] : [{ requirement: "standalone", actual: r.type }];
}

function result(region: ResolvedRegion, failures: (Failure | undefined)[]): Eligibility {
  const list = failures.filter((f): f is Failure => f !== undefined);
  return { eligible: list.length === 0, failures: list, region };
}

/** PrePaid, and not spot (a spot instance is pay-as-you-go whatever its charge type says). */
function chargeFailure(props: unknown): Failure | undefined {
  const charge = readString(props, "instanceChargeType");
  // Missing is the API default PostPaid (no schema default since TF 1.243).
  if (!sameWord(charge, "PrePaid")) return failure("prepaid", "instanceChargeType", charge);
  const spot = readString(props, "spotStrategy");
  if (spot.kind === "missing" || sameWord(spot, "NoSpot")) return undefined;
  return failure("prepaid", "spotStrategy", spot);
}

/** Month (the default) and period ≥ 3; weeks (1-3) never reach three months. */
function subscriptionFailure(props: unknown): Failure | undefined {
  const unit = readString(props, "periodUnit");
  if (unit.kind !== "missing" && !sameWord(unit, "Month")) {
    return failure("subscription-months", "periodUnit", unit);
  }
  return periodFailure(props);
}

function bandwidthFailure(props: unknown, boundEip: boolean | "unknown"): Failure | undefined {
  const bandwidth = readNumber(props, "internetMaxBandwidthOut");
  if (bandwidth.kind === "known" && bandwidth.value > 0) return undefined;
  if (boundEip === true) return undefined;
  const f = failure("public-bandwidth", "internetMaxBandwidthOut", bandwidth);
  if (boundEip === "unknown") f.unknown = true;
  return f;
}

/**
 * ecs.Instance / ecs.EcsInstanceSet. `boundEip`: whether an `ecs.EipAssociation` in the stack binds
 * an EIP to it ("unknown" when a link cannot be settled during preview).
 */
export function ecsEligibility(
  r: ResourceView,
  env: PackEnvironment,
  boundEip: boolean | "unknown",
): Eligibility {
  const region = resolveRegion(r, env);
  return result(region, [
    ...standaloneFailure(r, (t) => ECS_LIKE.has(t)),
    regionFailure(region),
    chargeFailure(r.props),
    subscriptionFailure(r.props),
    bandwidthFailure(r.props, boundEip),
  ]);
}

/** simpleapplicationserver.Instance: mainland and period ≥ 3 (our decision: ECS's 3-month rule). */
export function sasEligibility(r: ResourceView, env: PackEnvironment): Eligibility {
  const region = resolveRegion(r, env);
  return result(region, [
    ...standaloneFailure(r, (t) => t === T.sasInstance),
    regionFailure(region),
    periodFailure(r.props),
  ]);
}

/** A registry `servers` entry, judged by its declared facts. */
export interface RegistryServerFacts {
  kind: "ecs" | "sas";
  region: string;
  chargeType?: string;
  subscriptionMonths?: number;
  publicIp?: boolean;
}

export function registryServerEligibility(s: RegistryServerFacts): {
  eligible: boolean;
  failures: Failure[];
} {
  const failures: Failure[] = [];
  if (s.kind !== "ecs" && s.kind !== "sas") {
    failures.push({ requirement: "standalone", field: "kind", actual: clip(String(s.kind)) });
  }
  if (!classifyRegion(s.region).mainland) {
    failures.push({
      requirement: "mainland-region",
      field: "region",
      actual: clip(s.region.trim()),
    });
  }
  if (s.kind === "ecs" && s.chargeType?.trim().toLowerCase() !== "prepaid") {
    const f: Failure = { requirement: "prepaid", field: "chargeType" };
    if (s.chargeType !== undefined) f.actual = s.chargeType;
    failures.push(f);
  }
  if (s.subscriptionMonths === undefined || !(s.subscriptionMonths >= MIN_SUBSCRIPTION_MONTHS)) {
    const f: Failure = { requirement: "subscription-months", field: "subscriptionMonths" };
    if (s.subscriptionMonths !== undefined) f.actual = String(s.subscriptionMonths);
    failures.push(f);
  }
  if (s.kind === "ecs" && s.publicIp !== true) {
    const f: Failure = { requirement: "public-bandwidth", field: "publicIp" };
    if (s.publicIp !== undefined) f.actual = String(s.publicIp);
    failures.push(f);
  }
  return { eligible: failures.length === 0, failures };
}
