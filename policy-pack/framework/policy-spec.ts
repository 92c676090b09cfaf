/**
 * The declaration of one ICP policy: its metadata (what the engine and every report show) and a
 * pure `evaluate` function of a resource (or of the whole stack) and the evaluation context.
 */
import type { EnforcementLevel } from "@pulumi/policy";
import type { EvalContext, PolicySettings } from "../model/context";
import { DEFAULT_MAX_EXEMPTION_DAYS, MAX_EXEMPTION_DAYS_CEILING } from "../model/exemptions";
import type { ResourceView } from "../model/resource";
import type { Finding, StackFinding } from "./finding";

export type Severity = "low" | "medium" | "high" | "critical";

/** The knobs a policy may expose in its configSchema. */
export type SettingName = keyof PolicySettings;

interface PolicyMeta {
  name: string;
  description: string;
  enforcementLevel: EnforcementLevel;
  severity: Severity;
  remediationSteps: string;
  url: string;
  settings: readonly SettingName[];
}

export interface ResourcePolicySpec extends PolicyMeta {
  kind: "resource";
  /** Type tokens (aliases included) the policy reads; other types are ignored silently. */
  types: ReadonlySet<string>;
  evaluate(r: ResourceView, ctx: EvalContext): Finding;
}

export interface StackPolicySpec extends PolicyMeta {
  kind: "stack";
  evaluate(resources: readonly ResourceView[], ctx: EvalContext): StackFinding[];
}

export type PolicySpec = ResourcePolicySpec | StackPolicySpec;

/** Knobs every policy has, whatever its `settings` list: exemptions apply to every policy. */
export const COMMON_SETTINGS: readonly SettingName[] = ["maxExemptionDays"];

/** JSON Schema of each knob, as the engine validates `--policy-pack-config`. */
export const SETTING_SCHEMAS: Record<SettingName, object> = {
  unknownRegion: {
    type: "string",
    enum: ["mainland", "skip"],
    default: "mainland",
    description:
      "What to do when a resource's region cannot be determined: treat it as mainland (default) or skip it.",
  },
  unknownValues: {
    type: "string",
    enum: ["fail", "skip"],
    default: "fail",
    description:
      "What to do when a decisive value is unknown during preview: report it (default) or skip it as not applicable.",
  },
  webPorts: {
    type: "array",
    items: { type: "integer", minimum: 1, maximum: 65535 },
    default: [80, 443],
    description: "Listener ports that count as web traffic, whatever their protocol.",
  },
  codesPerServer: {
    type: "integer",
    minimum: 1,
    default: 5,
    description: "ICP service codes one eligible server gives.",
  },
  maxExemptionDays: {
    type: "integer",
    minimum: 1,
    maximum: MAX_EXEMPTION_DAYS_CEILING,
    default: DEFAULT_MAX_EXEMPTION_DAYS,
    description: `How many days after today an exemption may expire and still apply to this policy; one that expires later is not applied and the violation says why. The registry refuses, at start, exemptions beyond ICP_GUARD_MAX_EXEMPTION_DAYS (default ${DEFAULT_MAX_EXEMPTION_DAYS}): allowing more than ${DEFAULT_MAX_EXEMPTION_DAYS} days takes both.`,
  },
};
