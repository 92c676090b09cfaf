/**
 * Turns a PolicySpec into the object `@pulumi/policy` serves. This is the only place that touches
 * the SDK's args: it removes the unknown-checking proxy, reads the policy's config, applies
 * exemptions and the unknownValues knob, words the message, and never lets an exception escape
 * (an internal error is reported as a violation at the policy's level, never a silent pass).
 */
import type {
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { catalog } from "../messages/catalog";
import { POLICY_METADATA_ZH } from "../messages/policy-metadata-zh";
import { DEFAULT_SETTINGS, type EvalContext, type PolicySettings } from "../model/context";
import { findExemption } from "../model/exemptions";
import { plainProps } from "../model/props";
import type { RegistryExemption } from "../model/registry";
import type { ProviderView, ResourceView } from "../model/resource";
import { type ExemptedAudit, exemptedAudit, type NotApplicableAudit } from "./audit";
import type { Finding, Problem } from "./finding";
import { type PolicySpec, SETTING_SCHEMAS, type SettingName } from "./policy-spec";
import type { PackRuntime } from "./runtime";

type SdkPolicy = ResourceValidationPolicy | StackValidationPolicy;

/** What the adapter does with a finding for one URN. */
export type Outcome =
  | { kind: "none" }
  | { kind: "not-applicable"; reason: string; exemption?: RegistryExemption }
  | { kind: "violation"; message: string };

function providerView(p: ResourceValidationArgs["provider"]): ProviderView | undefined {
  if (!p) return undefined;
  return { urn: p.urn, name: p.name, type: p.type, props: plainProps(p.props) };
}

export function viewOfResourceArgs(args: ResourceValidationArgs): ResourceView {
  return {
    urn: args.urn,
    type: args.type,
    name: args.name,
    props: plainProps(args.props),
    provider: providerView(args.provider),
    dependencies: [],
    propertyDependencies: {},
  };
}

export function viewOfStackResource(r: PolicyResource): ResourceView {
  const propertyDependencies: Record<string, string[]> = {};
  for (const [k, deps] of Object.entries(r.propertyDependencies ?? {})) {
    propertyDependencies[k] = deps.map((d) => d.urn);
  }
  return {
    urn: r.urn,
    type: r.type,
    name: r.name,
    props: plainProps(r.props),
    provider: providerView(r.provider),
    parent: r.parent?.urn,
    dependencies: (r.dependencies ?? []).map((d) => d.urn),
    propertyDependencies,
  };
}

/** Reads the engine-reconciled config, keeping only well-typed knobs (the engine validated it). */
export function settingsFrom(config: unknown): PolicySettings {
  const s: PolicySettings = { ...DEFAULT_SETTINGS };
  if (!config || typeof config !== "object") return s;
  const c = config as Record<string, unknown>;
  if (c.unknownRegion === "mainland" || c.unknownRegion === "skip")
    s.unknownRegion = c.unknownRegion;
  if (c.unknownValues === "fail" || c.unknownValues === "skip") s.unknownValues = c.unknownValues;
  if (Array.isArray(c.webPorts) && c.webPorts.every((p) => Number.isInteger(p))) {
    s.webPorts = c.webPorts as number[];
  }
  if (Number.isInteger(c.codesPerServer) && (c.codesPerServer as number) > 0) {
    s.codesPerServer = c.codesPerServer as number;
  }
  return s;
}

export function composeMessage(subject: string, problems: readonly Problem[], why: string): string {
  const lines = problems.map((p) => `- ${p.text}`);
  return [subject, ...lines, why].join("\n");
}

/** Applies the unknownValues knob and exemptions to one finding: the heart of every policy. */
export function settle(spec: PolicySpec, urn: string, finding: Finding, ctx: EvalContext): Outcome {
  const t = catalog(ctx.env.lang);
  if (finding.kind === "pass") return { kind: "none" };
  if (finding.kind === "not-applicable") return { kind: "not-applicable", reason: finding.reason };
  let problems = finding.problems;
  if (ctx.settings.unknownValues === "skip") {
    const known = problems.filter((p) => !p.unknown);
    if (known.length === 0) {
      return {
        kind: "not-applicable",
        reason: t.naUnknownSkipped(problems.map((p) => p.text).join(" ")),
      };
    }
    problems = known;
  }
  const exemption = findExemption(ctx.registry.exemptions, urn, spec.name, ctx.env.today);
  if (exemption?.status === "active") {
    const { reason, expires, line } = exemption.exemption;
    return {
      kind: "not-applicable",
      reason: t.naExempted({ reason, expires, line }),
      exemption: exemption.exemption,
    };
  }
  if (exemption?.status === "expired") {
    const { reason, expires, line } = exemption.exemption;
    problems = [...problems, { text: t.exemptionExpired({ reason, expires, line }) }];
  }
  return {
    kind: "violation",
    message: composeMessage(finding.subject, problems, finding.why ?? t.blocked),
  };
}

function internalError(spec: PolicySpec, e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `ICP Guard could not evaluate policy ${spec.name} (internal error: ${detail}). This is a bug in ICP Guard; the check is reported as failed so nothing passes unchecked.`;
}

function configSchema(settings: readonly SettingName[]) {
  if (settings.length === 0) return undefined;
  const properties: Record<string, object> = {};
  for (const s of settings) properties[s] = SETTING_SCHEMAS[s];
  return { properties } as StackValidationPolicy["configSchema"];
}

export function toSdkPolicy(spec: PolicySpec, runtime: PackRuntime): SdkPolicy {
  // The engine prints the description above each message: give it in the message language.
  const zh = runtime.env.lang === "zh-CN" ? POLICY_METADATA_ZH[spec.name] : undefined;
  const base = {
    name: spec.name,
    description: zh?.description ?? spec.description,
    enforcementLevel: spec.enforcementLevel,
    severity: spec.severity,
    remediationSteps: zh?.remediationSteps ?? spec.remediationSteps,
    url: spec.url,
    configSchema: configSchema(spec.settings),
  };
  const contextFor = (config: unknown): EvalContext => ({
    registry: runtime.registry,
    env: runtime.env,
    settings: settingsFrom(config),
  });

  if (spec.kind === "resource") {
    return {
      ...base,
      validateResource: (args: ResourceValidationArgs, report: ReportViolation) => {
        if (!spec.types.has(args.type)) return;
        let outcome: Outcome;
        try {
          const ctx = contextFor(args.getConfig());
          outcome = settle(spec, args.urn, spec.evaluate(viewOfResourceArgs(args), ctx), ctx);
        } catch (e) {
          outcome = { kind: "violation", message: internalError(spec, e) };
        }
        if (outcome.kind === "violation") report(outcome.message);
        else if (outcome.kind === "not-applicable") {
          // The reason reaches the engine; the exemption's details only icp-guard (audit.ts).
          if (outcome.exemption)
            runtime.audit?.write([
              exemptedAudit(spec.name, args.urn, outcome.exemption, runtime.registry),
            ]);
          args.notApplicable(outcome.reason);
        }
      },
    };
  }

  return {
    ...base,
    validateStack: (args: StackValidationArgs, report: ReportViolation) => {
      let outcomes: Array<{ urn: string; outcome: Outcome }>;
      try {
        const ctx = contextFor(args.getConfig());
        const views = args.resources.map(viewOfStackResource);
        outcomes = spec
          .evaluate(views, ctx)
          .map((f) => ({ urn: f.urn, outcome: settle(spec, f.urn, f.finding, ctx) }));
      } catch (e) {
        report(internalError(spec, e));
        return;
      }
      // A stack policy can tell the engine "not applicable" only for the whole stack: each
      // resource's reason and exemption go to icp-guard's audit file instead.
      if (runtime.audit) runtime.audit.write(auditRecords(spec, outcomes, runtime));
      // At most one violation per resource (docs/configuration.md, "One violation per resource"), in URN order, so output is stable.
      const messages = new Map<string, string[]>();
      for (const { urn, outcome } of outcomes) {
        if (outcome.kind !== "violation") continue;
        const list = messages.get(urn);
        if (list) list.push(outcome.message);
        else messages.set(urn, [outcome.message]);
      }
      const urns = [...messages.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const urn of urns) report(messages.get(urn)?.join("\n\n") ?? "", urn);
    },
  };
}

/**
 * A stack policy's not-applicable results and exemptions, one record per resource (none for a
 * resource that also has a violation), in URN order.
 */
function auditRecords(
  spec: PolicySpec,
  outcomes: ReadonlyArray<{ urn: string; outcome: Outcome }>,
  runtime: PackRuntime,
): Array<NotApplicableAudit | ExemptedAudit> {
  const violated = new Set(
    outcomes.filter((o) => o.outcome.kind === "violation").map((o) => o.urn),
  );
  const byUrn = new Map<string, NotApplicableAudit | ExemptedAudit>();
  for (const { urn, outcome } of outcomes) {
    if (outcome.kind !== "not-applicable" || violated.has(urn) || byUrn.has(urn)) continue;
    byUrn.set(
      urn,
      outcome.exemption
        ? exemptedAudit(spec.name, urn, outcome.exemption, runtime.registry)
        : { kind: "not-applicable", policy: spec.name, urn, reason: outcome.reason },
    );
  }
  return [...byUrn.keys()]
    .sort()
    .map((urn) => byUrn.get(urn) as NotApplicableAudit | ExemptedAudit);
}
