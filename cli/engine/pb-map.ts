/**
 * The mapping between the Analyzer protocol's protobuf messages and icp-guard's own types:
 * enforcement levels and severities as numbers, policy metadata, policy config, diagnostics and
 * remediations. No calls are made here; phases.ts drives the protocol.
 */

import { CliError } from "../errors";
import { cliLang } from "../i18n";
import { withOutputHint } from "../output-text";
import type { EnforcementLevel, PolicyMeta, Remediation, Severity, Violation } from "../result";
import { isLevel, type PolicyConfigMap, type PolicyForConfig } from "./config";
import type { AnalyzerPb, Protocol } from "./protocol";

const LEVEL_NUMBERS: Record<EnforcementLevel, number> = {
  advisory: 0,
  mandatory: 1,
  disabled: 2,
  remediate: 3,
};
const LEVEL_NAMES: Record<number, EnforcementLevel> = {
  0: "advisory",
  1: "mandatory",
  2: "disabled",
  3: "remediate",
};
const SEVERITIES: Record<number, Severity> = { 1: "low", 2: "medium", 3: "high", 4: "critical" };

export interface PolicyInfoRead extends PolicyForConfig {
  meta: Omit<PolicyMeta, "enforcementLevel">;
}

export function policyFromInfo(p: AnalyzerPb.PolicyInfo): PolicyInfoRead {
  const schema = p.getConfigschema();
  const kind = p.getPolicyType() === 1 ? "resource" : p.getPolicyType() === 2 ? "stack" : "unknown";
  const meta: Omit<PolicyMeta, "enforcementLevel"> = {
    name: p.getName(),
    description: p.getDescription(),
    kind,
    tags: p.getTagsList(),
  };
  if (p.getDisplayname()) meta.displayName = p.getDisplayname();
  const severity = SEVERITIES[p.getSeverity()];
  if (severity) meta.severity = severity;
  if (p.getRemediationSteps()) meta.remediationSteps = p.getRemediationSteps();
  if (p.getUrl()) meta.url = p.getUrl();
  return {
    name: p.getName(),
    enforcementLevel: LEVEL_NAMES[p.getEnforcementlevel()] ?? "advisory",
    configSchema: schema
      ? {
          properties: schema.getProperties()?.toJavaScript() ?? {},
          required: schema.getRequiredList(),
        }
      : undefined,
    meta,
  };
}

/** The pack's `initialConfig` as the engine decodes it: a PolicyConfig without a level reads as ADVISORY (0). */
export function initialConfigFromInfo(info: AnalyzerPb.AnalyzerInfo): PolicyConfigMap {
  const initial: PolicyConfigMap = new Map();
  info.getInitialconfigMap().forEach((pc, key) => {
    const props = pc.getProperties()?.toJavaScript();
    initial.set(key, {
      enforcementLevel: LEVEL_NAMES[pc.getEnforcementlevel()] ?? "",
      properties: props,
    });
  });
  return initial;
}

/** The Configure request for reconciled config; `where` names the pack in the error for a bad level. */
export function configureRequest(
  protocol: Protocol,
  config: PolicyConfigMap,
  where: string,
): AnalyzerPb.ConfigureAnalyzerRequest {
  const m = protocol.messages;
  const req = new m.ConfigureAnalyzerRequest();
  for (const [key, pc] of config) {
    if (!isLevel(pc.enforcementLevel)) {
      throw new CliError(
        `configuring policy pack ${where}: invalid enforcement level ${JSON.stringify(pc.enforcementLevel)} for ${JSON.stringify(key)}`,
      );
    }
    const msg = new m.PolicyConfig();
    msg.setEnforcementlevel(LEVEL_NUMBERS[pc.enforcementLevel]);
    msg.setProperties(protocol.Struct.fromJavaScript(jsonClone(pc.properties ?? {})));
    req.getPolicyconfigMap().set(key, msg);
  }
  return req;
}

/** How diagnostics of one pack are attributed: its name and version, its policies' metadata. */
export interface PackIdentity {
  name: string;
  version: string;
  /** PulumiPolicy.yaml's version: when set, it wins over what the pack reports. */
  manifestVersion?: string;
  metaByName: ReadonlyMap<string, PolicyMeta>;
}

/** A diagnostic as the engine reports it; none for a disabled (or unknown) level. */
export function violationFromDiagnostic(
  d: AnalyzerPb.AnalyzeDiagnostic,
  urn: string,
  pack: PackIdentity,
): Violation | undefined {
  const level = LEVEL_NAMES[d.getEnforcementlevel()];
  if (level === "disabled" || level === undefined) return undefined;
  const policyName = d.getPolicyname();
  return {
    policyPack: d.getPolicypackname() || pack.name,
    policyPackVersion: pack.manifestVersion ?? d.getPolicypackversion() ?? pack.version,
    policyName,
    enforcementLevel: level === "advisory" ? "advisory" : "mandatory",
    severity: SEVERITIES[d.getSeverity()] ?? pack.metaByName.get(policyName)?.severity,
    urn,
    // Pulumi's ten-line text for an Output put into a template string, shortened (output-text.ts).
    message: withOutputHint(d.getMessage(), cliLang()),
  };
}

/**
 * A Remediate answer: a remediation that failed (it carries a diagnostic) is an advisory
 * violation; one that would change the inputs is a remediation (reported, not applied).
 */
export function fromRemediateResponse(
  resp: AnalyzerPb.RemediateResponse,
  urn: string,
  pack: PackIdentity,
): { violations: Violation[]; remediations: Remediation[] } {
  const violations: Violation[] = [];
  const remediations: Remediation[] = [];
  for (const r of resp.getRemediationsList()) {
    if (r.getDiagnostic() !== "") {
      violations.push({
        policyPack: r.getPolicypackname() || pack.name,
        policyPackVersion: pack.version,
        policyName: r.getPolicyname(),
        enforcementLevel: "advisory",
        severity: pack.metaByName.get(r.getPolicyname())?.severity,
        urn,
        message: r.getDiagnostic(),
      });
    } else if (r.getProperties()) {
      remediations.push({
        policyPack: r.getPolicypackname() || pack.name,
        policyPackVersion: pack.version,
        policyName: r.getPolicyname(),
        urn,
        description: r.getDescription(),
      });
    }
  }
  return { violations, remediations };
}

/** The policies an Analyze or AnalyzeStack answer says did not apply, with their reasons. */
export function notApplicableEntries(
  resp: AnalyzerPb.AnalyzeResponse,
): Array<{ policy: string; reason: string }> {
  return resp.getNotApplicableList().map((na) => ({
    policy: na.getPolicyName(),
    reason: withOutputHint(na.getReason(), cliLang()),
  }));
}

function jsonClone(v: Record<string, unknown>): {
  [key: string]: null | number | string | boolean | object;
} {
  return JSON.parse(JSON.stringify(v));
}
