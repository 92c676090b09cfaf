/**
 * The declaration of one ICP policy: its metadata (what the engine and every report show), its
 * sentences in each message language (its folder's messages.ts), and a pure `evaluate` function
 * of a resource (or of the whole stack) and the evaluation context.
 */
import type { EnforcementLevel } from "@pulumi/policy";
import type { EvalContext, Localized } from "../model/context";
import type { ResourceView } from "../model/resource";
import type { SettingName } from "../model/settings";
import type { Finding, StackFinding } from "./finding";

export type Severity = "low" | "medium" | "high" | "critical";

/** What every policy's messages.ts holds besides its sentences: its metadata, in each language. */
export interface PolicyText {
  description: string;
  remediationSteps: string;
}

interface PolicyMeta<M extends PolicyText> {
  name: string;
  /** English; the adapter gives the engine `messages[lang].description`. */
  description: string;
  enforcementLevel: EnforcementLevel;
  severity: Severity;
  /** English; the adapter gives the engine `messages[lang].remediationSteps`. */
  remediationSteps: string;
  url: string;
  settings: readonly SettingName[];
  /** The policy's sentences; the adapter hands `messages[lang]` to evaluate as `ctx.msg`. */
  messages: Localized<M>;
}

/**
 * `evaluate` is written as a method: a spec for its own sentences (`M`) is then usable where any
 * spec is (ALL_POLICIES), and the adapter always builds its context from the spec's own messages.
 */
export interface ResourcePolicySpec<M extends PolicyText = PolicyText> extends PolicyMeta<M> {
  kind: "resource";
  /** Type tokens (aliases included) the policy reads; other types are ignored silently. */
  types: ReadonlySet<string>;
  evaluate(r: ResourceView, ctx: EvalContext<M>): Finding;
}

export interface StackPolicySpec<M extends PolicyText = PolicyText> extends PolicyMeta<M> {
  kind: "stack";
  evaluate(resources: readonly ResourceView[], ctx: EvalContext<M>): StackFinding[];
}

export type PolicySpec = ResourcePolicySpec | StackPolicySpec;

/** The metadata fields a spec takes from its messages: English description and remediation. */
export function policyText<M extends PolicyText>(
  messages: Localized<M>,
): Pick<PolicyMeta<M>, "description" | "remediationSteps" | "messages"> {
  return {
    description: messages.en.description,
    remediationSteps: messages.en.remediationSteps,
    messages,
  };
}
