import { CliError } from "../errors";
import { cliLang, cliText } from "../i18n";
import { describeKind, forEachEvent, GONE_OPS, isRecord, readInputText } from "../inputs";
import { withOutputHint } from "../output-text";
import {
  type Check,
  emptyResult,
  type PackSummary,
  type PolicyMeta,
  type ResourceRef,
  type ScanResult,
  type ViolationLevel,
} from "../result";
import { parseUrn, rootStackUrn, urnName } from "../urn";

const SEVERITIES = new Set(["low", "medium", "high", "critical"]);

/** The engine's colour markup, e.g. `<{%fg 12%}>` and `<{%reset%}>`. */
export function stripColorTags(s: string): string {
  return s.replace(/<\{%[^%]*%\}>/g, "");
}

function violationLevel(level: unknown): ViolationLevel | undefined {
  if (level === "mandatory" || level === "remediate") return "mandatory";
  if (level === "advisory" || level === "warning") return "advisory";
  return undefined;
}

function version(v: unknown): string {
  const s = typeof v === "string" ? v : "";
  return /^v\d/.test(s) ? s.slice(1) : s;
}

/** What a file that `scan` reads but `report` does not is, by its content; undefined for anything else. */
function scanInputKind(text: string): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(doc)) return describeKind("state-array");
  if (isRecord(doc) && isRecord(doc.deployment)) return describeKind("stack-export");
  if (isRecord(doc) && Array.isArray(doc.steps)) return describeKind("preview-json");
  return undefined;
}

export function resultFromEventLog(file: string): ScanResult {
  const text = readInputText(file, "a pulumi preview --event-log file");
  const kind = scanInputKind(text);
  if (kind) throw new CliError(cliText().notAnEventLog(file, kind));
  const lang = cliLang();

  const result: ScanResult = { ...emptyResult(), checks: [] };
  const packs = new Map<string, PackSummary>();
  const resources = new Map<string, ResourceRef>();
  const stackChecks: { pack: string; policy: string }[] = [];
  let engineEvents = 0;

  const packFor = (name: string, ver: string): PackSummary => {
    let p = packs.get(name);
    if (!p) {
      p = { name, version: ver, policies: [] };
      packs.set(name, p);
    }
    if (!p.version && ver) p.version = ver;
    return p;
  };
  const notePolicy = (pack: PackSummary, policy: string, level?: ViolationLevel): void => {
    let meta = pack.policies.find((p) => p.name === policy);
    if (!meta) {
      meta = {
        name: policy,
        description: "",
        enforcementLevel: level ?? "advisory",
        kind: "unknown",
        tags: [],
      } satisfies PolicyMeta;
      pack.policies.push(meta);
    }
    if (level === "mandatory") meta.enforcementLevel = "mandatory";
  };
  const names = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

  forEachEvent(file, text, (event, line) => {
    if (typeof event.sequence === "number" || Object.keys(event).some((k) => k.endsWith("Event")))
      engineEvents++;
    const pre = event.resourcePreEvent;
    if (isRecord(pre) && isRecord(pre.metadata)) {
      const m = pre.metadata;
      if (typeof m.urn === "string" && !GONE_OPS.has(String(m.op))) {
        const type = typeof m.type === "string" ? m.type : (parseUrn(m.urn)?.type ?? "");
        resources.set(m.urn, { urn: m.urn, type, name: urnName(m.urn), file, line });
      }
    }
    const pe = event.policyEvent;
    if (isRecord(pe)) {
      const level = violationLevel(pe.enforcementLevel);
      if (level && typeof pe.policyName === "string") {
        const packName = String(pe.policyPackName ?? "");
        const pack = packFor(packName, version(pe.policyPackVersion));
        notePolicy(pack, pe.policyName, level);
        const severity =
          typeof pe.severity === "string" && SEVERITIES.has(pe.severity) ? pe.severity : undefined;
        result.violations.push({
          policyPack: packName,
          policyPackVersion: version(pe.policyPackVersion) || pack.version,
          policyName: pe.policyName,
          enforcementLevel: level,
          ...(severity ? { severity: severity as PolicyMeta["severity"] } : {}),
          urn: typeof pe.resourceUrn === "string" ? pe.resourceUrn : "",
          message: withOutputHint(
            stripColorTags(String(pe.message ?? "")).replace(/\n+$/, ""),
            lang,
          ),
        });
      }
    }
    const re = event.policyRemediationEvent;
    if (isRecord(re) && typeof re.policyName === "string") {
      const pack = packFor(String(re.policyPackName ?? ""), version(re.policyPackVersion));
      notePolicy(pack, re.policyName);
      result.remediations.push({
        policyPack: pack.name,
        policyPackVersion: pack.version,
        policyName: re.policyName,
        urn: typeof re.resourceUrn === "string" ? re.resourceUrn : "",
        description: "",
      });
    }
    const summary = event.summaryEvent;
    if (isRecord(summary) && isRecord(summary.PolicyPacks)) {
      // The engine keys a local pack `<name>|local|<path>` here, and names it `<name>` in its
      // policy events: the pack is the part before the first `|`.
      for (const [key, ver] of Object.entries(summary.PolicyPacks))
        packFor(key.split("|")[0], version(ver));
    }
    const as = event.policyAnalyzeSummaryEvent;
    if (isRecord(as) && typeof as.resourceUrn === "string") {
      const pack = packFor(String(as.policyPackName ?? ""), version(as.policyPackVersion));
      for (const policy of [...names(as.passed), ...names(as.failed)]) {
        notePolicy(pack, policy);
        result.checks?.push({ policyPack: pack.name, policyName: policy, urn: as.resourceUrn });
      }
    }
    const ss = event.policyAnalyzeStackSummaryEvent;
    if (isRecord(ss)) {
      const pack = packFor(String(ss.policyPackName ?? ""), version(ss.policyPackVersion));
      for (const policy of [...names(ss.passed), ...names(ss.failed)]) {
        notePolicy(pack, policy);
        stackChecks.push({ pack: pack.name, policy });
      }
    }
  });
  if (engineEvents === 0) throw new CliError(cliText().notAnEventLog(file, undefined));

  result.resources = [...resources.values()];
  // Stack policies are checked once per stack: attribute them (and URN-less violations) to the root stack.
  const first = result.resources.map((r) => parseUrn(r.urn)).find((u) => u !== undefined);
  const root = first ? rootStackUrn(first.stack, first.project) : "";
  for (const v of result.violations) if (v.urn === "") v.urn = root;
  for (const c of stackChecks)
    result.checks?.push({ policyPack: c.pack, policyName: c.policy, urn: root } satisfies Check);
  result.policyPacks = [...packs.values()];
  return result;
}
