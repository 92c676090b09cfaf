/** What one pack run is given (a stack's resources and the run's options) and what it returns. */
import type { AuditRecord } from "../../policy-pack/framework/audit";
import type { PackSummary, Remediation, Violation } from "../result";
import type { ResourceState } from "../state";

export interface StackIdentity {
  organization?: string;
  project: string;
  stack: string;
}

/** The resources of one stack, checked together (AnalyzeStack sees exactly these). */
export interface StackTarget {
  identity: StackIdentity;
  /** The stack and project of the URNs (for the root stack URN). */
  urnStack: string;
  urnProject: string;
  dryRun: boolean;
  states: ResourceState[];
  /** Stack configuration handed to the pack (`PULUMI_CONFIG`, ConfigureStack). */
  config: Record<string, string>;
  /** The config keys whose values are secrets (`PULUMI_CONFIG_SECRET_KEYS`). */
  secretKeys?: readonly string[];
}

/** Stack config as the engine hands it to a pack: decrypted values, and which keys are secret. */
export interface StackConfig {
  config: Record<string, string>;
  secretKeys: string[];
}

export interface PackRunOptions {
  dir: string;
  configFile?: string;
  registry?: string;
  timeoutMs: number;
  concurrency: number;
  signal?: AbortSignal;
}

export interface PackRun {
  summary: PackSummary;
  /** Per resource (same index as the target's states). */
  resourceViolations: Violation[][];
  remediations: Remediation[][];
  stackViolations: Violation[];
  /**
   * What the pack reported as not applicable through the protocol: per resource (Analyze), or
   * for the whole stack (AnalyzeStack, `urn` the root stack's).
   */
  notApplicable: Array<{ policy: string; urn: string; reason: string; scope?: "stack" }>;
  /** What the pack recorded in its audit file (policy-pack/framework/audit.ts), if anything. */
  audit: AuditRecord[];
  stderr: string;
}
