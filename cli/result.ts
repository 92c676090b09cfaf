/**
 * What a scan (or a converted event log) found: the packs and their policies, the resources
 * checked, and the violations. Every output format renders this one shape.
 */

/** Configured level of a policy. */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
/** Level of a reported violation: remediate is reported as mandatory, as the engine does. */
export type ViolationLevel = "advisory" | "mandatory";
export type Severity = "low" | "medium" | "high" | "critical";

export interface PolicyMeta {
  name: string;
  displayName?: string;
  description: string;
  /** The effective level after configuration. */
  enforcementLevel: EnforcementLevel;
  kind: "resource" | "stack" | "unknown";
  severity?: Severity;
  remediationSteps?: string;
  url?: string;
  tags: string[];
  /** The type tokens a resource policy reads, when its pack says (ICP Guard does): its checks. */
  appliesTo?: string[];
}

export interface PackSummary {
  name: string;
  version: string;
  /** The pack's folder, when it was run (not when read from an event log). */
  path?: string;
  policies: PolicyMeta[];
}

export interface Violation {
  policyPack: string;
  policyPackVersion: string;
  policyName: string;
  enforcementLevel: ViolationLevel;
  severity?: Severity;
  urn: string;
  /** What the engine prints: the policy's description, a newline, then the policy's message. */
  message: string;
}

/** A remediate-level policy that would change a resource's inputs (reported, not applied). */
export interface Remediation {
  policyPack: string;
  policyPackVersion: string;
  policyName: string;
  urn: string;
  description: string;
}

export interface ResourceRef {
  urn: string;
  type: string;
  name: string;
  /**
   * Where the resource comes from: for `scan`, the input file and the line its URN is on; for
   * `preview`, the program's source file and the line of the call that constructed it.
   */
  file?: string;
  line?: number;
  column?: number;
}

/**
 * A policy the pack reported as not applicable to a resource, with its reason. `scope: "stack"`:
 * the policy was not applicable to the whole stack (urn is the root stack's).
 */
export interface NotApplicable {
  policyPack: string;
  policyName: string;
  urn: string;
  reason: string;
  scope?: "stack";
}

/** A result an active registry exemption turned into a pass: an audit record every report shows. */
export interface Exempted {
  policyPack: string;
  policyName: string;
  urn: string;
  /** The exemption's reason, as written in the registry. */
  reason: string;
  /** YYYY-MM-DD, the last day it applies. */
  expires: string;
  /** The exemption's URN glob, and where it is written. */
  match?: string;
  file?: string;
  line?: number;
}

/** Where the ICP registry the packs ran with came from. */
export type RegistrySource = "option" | "env" | "program" | "cwd" | "pack" | "none";

/** The registry one or more stacks were checked against (`file` null: none). */
export interface RegistryNotice {
  /** `project/stack` of the stacks that used it. */
  stacks: string[];
  file: string | null;
  source: RegistrySource;
  /** As the pack that loaded it counted them (absent when no pack reported it). */
  counts?: { filings: number; servers: number; exemptions: number };
}

/** One policy checked on one resource: a JUnit test case. */
export interface Check {
  policyPack: string;
  policyName: string;
  urn: string;
}

export interface ScanResult {
  policyPacks: PackSummary[];
  resources: ResourceRef[];
  violations: Violation[];
  remediations: Remediation[];
  notApplicable: NotApplicable[];
  exempted: Exempted[];
  /** The registries used; absent when not known (a converted event log). */
  registries?: RegistryNotice[];
  /**
   * The checks that ran, when known explicitly (event logs); otherwise they are every resource
   * times every enabled policy of the matching kind, less the not-applicable ones.
   */
  checks?: Check[];
}

/** A result before anything is added to it: no packs, resources or findings. */
export function emptyResult(): ScanResult {
  return {
    policyPacks: [],
    resources: [],
    violations: [],
    remediations: [],
    notApplicable: [],
    exempted: [],
  };
}

/** 0 without a mandatory violation, 1 with one (as `pulumi preview` since CLI 3.227). */
export function exitCodeFor(result: Pick<ScanResult, "violations">): 0 | 1 {
  return result.violations.some((v) => v.enforcementLevel === "mandatory") ? 1 : 0;
}

export function countByLevel(violations: readonly Violation[]): Record<ViolationLevel, number> {
  let mandatory = 0;
  let advisory = 0;
  for (const v of violations) {
    if (v.enforcementLevel === "mandatory") mandatory++;
    else advisory++;
  }
  return { mandatory, advisory };
}
