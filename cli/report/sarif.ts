/**
 * SARIF 2.1.0: one rule per policy (with its description, remediation steps, URL and severity),
 * one result per violation (mandatory → error, advisory → warning), located at the resource: a
 * logical location with the URN, and the input file and line when the resource came from one.
 */
import { createHash } from "node:crypto";
import * as path from "node:path";
import type { PackSummary, PolicyMeta, ScanResult, Severity } from "../result";
import { urnName } from "../urn";
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
  const files = new Map(result.resources.map((r) => [r.urn, r]));
  const baseDir = opts.baseDir ?? process.cwd();

  const results = result.violations.map((v) => {
    const id = ruleId(v.policyPack, v.policyName);
    if (!ruleIndex.has(id))
      addRule(
        makeRule({ name: v.policyPack, version: v.policyPackVersion }, undefined, v.policyName),
      );
    const location: Record<string, unknown> = {
      logicalLocations: [{ name: urnName(v.urn), fullyQualifiedName: v.urn, kind: "resource" }],
    };
    const source = files.get(v.urn);
    if (source?.file) {
      location.physicalLocation = {
        artifactLocation: { uri: artifactUri(source.file, baseDir) },
        region: { startLine: source.line ?? 1 },
      };
    }
    const fingerprint = createHash("sha256").update(`${id}\0${v.urn}`).digest("hex");
    const out: Record<string, unknown> = {
      ruleId: id,
      ruleIndex: ruleIndex.get(id),
      level: v.enforcementLevel === "mandatory" ? "error" : "warning",
      message: { text: v.message.trim() || v.policyName },
      locations: [location],
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
        },
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
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
