/**
 * SARIF 2.1.0: one rule per policy (with its description, remediation steps, URL and severity),
 * one result per violation (mandatory → error, advisory → warning), located at the resource: a
 * logical location with the URN, and a physical one — the program line that constructed the
 * resource (preview), the input file's line (scan), or line 1 of that file for a stack-level
 * finding — relative to the repository root, as GitHub code scanning needs. An exempted result
 * is a result too, suppressed (`external`, with the exemption's reason); the registry used and
 * the not-applicable results are in the run's properties.
 */
import { createHash } from "node:crypto";
import * as path from "node:path";
import type { PackSummary, PolicyMeta, ScanResult, Severity } from "../result";
import { urnName } from "../urn";
import { displayPath, type Location, locator, sourceRoot } from "./locations";
import type { RenderOptions } from "./options";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

// GitHub code scanning ranks security alerts by this score (critical ≥ 9, high ≥ 7, medium ≥ 4).
const SECURITY_SEVERITY: Record<Severity, string> = {
  low: "3.0",
  medium: "5.5",
  high: "8.0",
  critical: "9.5",
};

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration: { level: "error" | "warning" | "note"; enabled?: boolean };
  properties: Record<string, unknown>;
}

export function ruleId(policyPack: string, policyName: string): string {
  return `${policyPack}/${policyName}`;
}

function makeRule(
  pack: Pick<PackSummary, "name" | "version">,
  policy: PolicyMeta | undefined,
  policyName: string,
): Rule {
  const level = policy?.enforcementLevel;
  const description = policy?.description || policyName;
  const rule: Rule = {
    id: ruleId(pack.name, policyName),
    name: policyName,
    shortDescription: { text: description },
    defaultConfiguration: {
      level:
        level === "mandatory" || level === "remediate"
          ? "error"
          : level === "advisory"
            ? "warning"
            : "note",
    },
    properties: {
      policyPack: pack.name,
      policyPackVersion: pack.version,
      tags: policy?.tags ?? [],
    },
  };
  if (level === "disabled") rule.defaultConfiguration.enabled = false;
  if (policy) {
    rule.fullDescription = { text: description };
    rule.properties.enforcementLevel = policy.enforcementLevel;
    if (policy.displayName) rule.properties.displayName = policy.displayName;
    if (policy.severity) {
      rule.properties.severity = policy.severity;
      rule.properties["security-severity"] = SECURITY_SEVERITY[policy.severity];
    }
    if (policy.remediationSteps) {
      rule.help = { text: policy.remediationSteps, markdown: policy.remediationSteps };
    }
    if (policy.url) rule.helpUri = policy.url;
  }
  return rule;
}

export function renderSarif(result: ScanResult, opts: RenderOptions): string {
  const rules: Rule[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: Rule) => {
    ruleIndex.set(rule.id, rules.length);
    rules.push(rule);
  };
  for (const pack of result.policyPacks) {
    for (const policy of pack.policies) addRule(makeRule(pack, policy, policy.name));
  }
  const locate = locator(result);
  const baseDir = opts.baseDir ?? sourceRoot();
  const ensureRule = (pack: string, version: string, policyName: string) => {
    const id = ruleId(pack, policyName);
    if (!ruleIndex.has(id)) addRule(makeRule({ name: pack, version }, undefined, policyName));
    return id;
  };
  const locationOf = (urn: string): Record<string, unknown> => {
    const location: Record<string, unknown> = {
      logicalLocations: [{ name: urnName(urn), fullyQualifiedName: urn, kind: "resource" }],
    };
    const loc = locate(urn);
    if (loc) location.physicalLocation = physicalLocation(loc, baseDir);
    return location;
  };
  const versions = new Map(result.policyPacks.map((p) => [p.name, p.version]));
  const levels = new Map<string, string>();
  for (const p of result.policyPacks)
    for (const policy of p.policies)
      levels.set(ruleId(p.name, policy.name), policy.enforcementLevel);

  const results = result.violations.map((v) => {
    const id = ensureRule(v.policyPack, v.policyPackVersion, v.policyName);
    const fingerprint = createHash("sha256").update(`${id}\0${v.urn}`).digest("hex");
    const out: Record<string, unknown> = {
      ruleId: id,
      ruleIndex: ruleIndex.get(id),
      level: v.enforcementLevel === "mandatory" ? "error" : "warning",
      message: { text: v.message.trim() || v.policyName },
      locations: [locationOf(v.urn)],
      partialFingerprints: { "icpGuardViolation/v1": fingerprint },
      properties: {
        policyPack: v.policyPack,
        policyPackVersion: v.policyPackVersion,
        enforcementLevel: v.enforcementLevel,
      },
    };
    if (v.severity) (out.properties as Record<string, unknown>).severity = v.severity;
    return out;
  });
  for (const e of result.exempted) {
    const version = versions.get(e.policyPack) ?? "";
    const id = ensureRule(e.policyPack, version, e.policyName);
    const level = levels.get(id);
    const where = e.file ? ` (${displayPath(e.file)}${e.line ? `:${e.line}` : ""})` : "";
    const justification = `${e.reason}; exempted until ${e.expires}${where}`;
    results.push({
      ruleId: id,
      ruleIndex: ruleIndex.get(id),
      level: level === "advisory" ? "warning" : "error",
      message: { text: `${e.policyName}: ${justification}` },
      locations: [locationOf(e.urn)],
      partialFingerprints: {
        "icpGuardViolation/v1": createHash("sha256").update(`${id}\0${e.urn}`).digest("hex"),
      },
      suppressions: [{ kind: "external", justification }],
      properties: {
        policyPack: e.policyPack,
        policyPackVersion: version,
        exemption: {
          reason: e.reason,
          expires: e.expires,
          ...(e.match ? { match: e.match } : {}),
          ...(e.file ? { file: displayPath(e.file), line: e.line } : {}),
        },
      },
    });
  }

  const doc = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "icp-guard",
            ...(opts.toolVersion
              ? { version: opts.toolVersion, semanticVersion: opts.toolVersion }
              : {}),
            rules,
          },
        },
        results,
        properties: {
          policyPacks: result.policyPacks.map((p) => ({ name: p.name, version: p.version })),
          resources: result.resources.length,
          ...(result.registries
            ? {
                registries: result.registries.map((r) => ({
                  stacks: r.stacks,
                  file: r.file === null ? null : displayPath(r.file),
                  source: r.source,
                  ...(r.counts ?? {}),
                })),
              }
            : {}),
          notApplicable: result.notApplicable.map((na) => ({
            policyPack: na.policyPack,
            policyName: na.policyName,
            urn: na.urn,
            reason: na.reason,
          })),
        },
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function physicalLocation(loc: Location, baseDir: string): Record<string, unknown> {
  const region: Record<string, number> = { startLine: loc.line };
  if (loc.column !== undefined) region.startColumn = loc.column;
  return { artifactLocation: { uri: artifactUri(loc.file, baseDir) }, region };
}

/** A path relative to the base, with forward slashes; a file URI when it lies outside it. */
function artifactUri(file: string, baseDir: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(baseDir, abs);
  if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) {
    return rel.split(path.sep).map(encodeURIComponent).join("/");
  }
  return `file://${abs.split(path.sep).map(encodeURIComponent).join("/")}`;
}
