/**
 * Turns a PolicySpec into the object `@pulumi/policy` serves. This is the only place that touches
 * the SDK's args: it removes the unknown-checking proxy, reads the policy's config, applies
 * exemptions and the unknownValues knob, words the message, and never lets an exception escape
 * (an internal error is reported as a violation at the policy's level, never a silent pass).
 * Every text it hands the engine has its control characters escaped and, as a last line of
 * defence behind model/props.ts, every value found inside a secret of the request redacted.
 */
import type {
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { type Catalog, catalog } from "../messages/catalog";
import { escapeControls } from "../model/clip";
import type { EvalContext } from "../model/context";
import { exemptionLimit, findExemption } from "../model/exemptions";
import { plainProps } from "../model/props";
import { redactSecrets } from "../model/redact";
import type { RegistryExemption } from "../model/registry";
import type { ProviderView, ResourceView } from "../model/resource";
import { settingsFrom, settingsSchema } from "../model/settings";
import { type ExemptedAudit, exemptedAudit, type NotApplicableAudit } from "./audit";
import { isUnreadable, secretTexts } from "./deserializer-patch";
import { evalContext } from "./eval-context";
import type { Finding, Problem } from "./finding";
import type { PolicySpec } from "./policy-spec";
import { learnStack, type PackRuntime } from "./runtime";

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

/** One line per part: a newline inside a part (a resource name, say) is escaped, never a new line. */
export function composeMessage(subject: string, problems: readonly Problem[], why: string): string {
  const lines = problems.map((p) => `- ${escapeControls(p.text)}`);
  return [escapeControls(subject), ...lines, escapeControls(why)].join("\n");
}

/** The secret values of a request's resources (and their providers), and a secret pack region. */
function requestSecrets(
  resources: ReadonlyArray<{ props: unknown; provider?: { props: unknown } }>,
  runtime: PackRuntime,
): Set<string> {
  const out = new Set<string>();
  const add = (props: unknown) => {
    for (const s of secretTexts(plainProps(props))) out.add(s);
  };
  for (const r of resources) {
    add(r.props);
    if (r.provider) add(r.provider.props);
  }
  const region = runtime.env.packRegion;
  if (region?.secret) out.add(region.region);
  return out;
}

/** The first resource of a request whose properties could not be read at all (judged by nobody). */
function unreadableIn(
  resources: ReadonlyArray<{ urn: string; props: unknown }>,
): string | undefined {
  return resources.find((r) => isUnreadable(plainProps(r.props)))?.urn;
}

/** Applies the unknownValues knob and exemptions to one finding: the heart of every policy. */
export function settle(spec: PolicySpec, urn: string, finding: Finding, ctx: EvalContext): Outcome {
  const t = ctx.t;
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
  const maxDays = exemptionLimit(ctx.env.maxExemptionDays, ctx.settings.maxExemptionDays);
  const exemption = findExemption(ctx.registry.exemptions, urn, spec.name, ctx.env.today, maxDays);
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
  if (exemption?.status === "beyond-limit") {
    const { reason, expires, line } = exemption.exemption;
    const { days, latest } = exemption;
    problems = [
      ...problems,
      { text: t.exemptionBeyondLimit({ reason, expires, line, days, latest }) },
    ];
  }
  return {
    kind: "violation",
    message: composeMessage(finding.subject, problems, finding.why ?? t.blocked),
  };
}

function internalError(spec: PolicySpec, t: Catalog, e: unknown): string {
  const detail = escapeControls(e instanceof Error ? e.message : String(e));
  return t.internalError({ policy: spec.name, detail });
}

function unreadableMessage(spec: PolicySpec, t: Catalog, urn: string): string {
  return t.unreadableProperties({ policy: spec.name, urn: escapeControls(urn) });
}

export function toSdkPolicy(spec: PolicySpec, runtime: PackRuntime): SdkPolicy {
  // The engine prints the description above each message: give it in the message language.
  const meta = spec.messages[runtime.env.lang];
  const t = catalog(runtime.env.lang);
  const base = {
    name: spec.name,
    description: meta.description,
    enforcementLevel: spec.enforcementLevel,
    severity: spec.severity,
    remediationSteps: meta.remediationSteps,
    url: spec.url,
    configSchema: settingsSchema(spec.settings) as StackValidationPolicy["configSchema"],
  };
  const contextFor = (config: unknown) => evalContext(spec, runtime, settingsFrom(config));

  if (spec.kind === "resource") {
    return {
      ...base,
      validateResource: (args: ResourceValidationArgs, report: ReportViolation) => {
        runtime.previewInputs?.note(args);
        if (!spec.types.has(args.type)) return;
        learnStack(runtime, args.urn);
        let outcome: Outcome;
        let secrets = new Set<string>();
        try {
          secrets = requestSecrets([args], runtime);
          const ctx = contextFor(args.getConfig());
          outcome = unreadableIn([args])
            ? { kind: "violation", message: unreadableMessage(spec, t, args.urn) }
            : settle(spec, args.urn, spec.evaluate(viewOfResourceArgs(args), ctx), ctx);
        } catch (e) {
          outcome = { kind: "violation", message: internalError(spec, t, e) };
        }
        if (outcome.kind === "violation") report(redactSecrets(outcome.message, secrets));
        else if (outcome.kind === "not-applicable") {
          // The reason reaches the engine; the exemption's details only icp-guard (audit.ts).
          if (outcome.exemption)
            runtime.audit?.write([
              exemptedAudit(spec.name, args.urn, outcome.exemption, runtime.registry),
            ]);
          args.notApplicable(redactSecrets(escapeControls(outcome.reason), secrets));
        }
      },
    };
  }

  return {
    ...base,
    validateStack: (args: StackValidationArgs, report: ReportViolation) => {
      let outcomes: Array<{ urn: string; outcome: Outcome }>;
      const resources = runtime.previewInputs?.apply(args.resources) ?? args.resources;
      if (resources.length > 0) learnStack(runtime, resources[0].urn);
      let secrets = new Set<string>();
      try {
        secrets = requestSecrets(resources, runtime);
        const unreadable = unreadableIn(resources);
        if (unreadable !== undefined) {
          report(unreadableMessage(spec, t, unreadable), unreadable);
          return;
        }
        const ctx = contextFor(args.getConfig());
        const views = resources.map(viewOfStackResource);
        outcomes = spec
          .evaluate(views, ctx)
          .map((f) => ({ urn: f.urn, outcome: settle(spec, f.urn, f.finding, ctx) }));
      } catch (e) {
        report(redactSecrets(internalError(spec, t, e), secrets));
        return;
      }
      // A stack policy can tell the engine "not applicable" only for the whole stack: each
      // resource's reason and exemption go to icp-guard's audit file instead.
      // Their reasons are cleaned as the engine's are (controls escaped, secrets redacted).
      if (runtime.audit) {
        const clean = (reason: string) => redactSecrets(escapeControls(reason), secrets);
        runtime.audit.write(auditRecords(spec, outcomes, runtime, clean));
      }
      // At most one violation per resource (docs/configuration.md, "One violation per resource"), in URN order, so output is stable.
      const messages = new Map<string, string[]>();
      for (const { urn, outcome } of outcomes) {
        if (outcome.kind !== "violation") continue;
        const list = messages.get(urn);
        if (list) list.push(outcome.message);
        else messages.set(urn, [outcome.message]);
      }
      const urns = [...messages.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const urn of urns) {
        report(redactSecrets(messages.get(urn)?.join("\n\n") ?? "", secrets), urn);
      }
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
  clean: (reason: string) => string,
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
        : { kind: "not-applicable", policy: spec.name, urn, reason: clean(outcome.reason) },
    );
  }
  return [...byUrn.keys()]
    .sort()
    .map((urn) => byUrn.get(urn) as NotApplicableAudit | ExemptedAudit);
}
