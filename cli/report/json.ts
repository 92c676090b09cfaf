/** The JSON report: field names are stable, other tools read them. */
import { countByLevel, type ScanResult } from "../result";

export function renderJson(result: ScanResult): string {
  const doc = {
    policyPacks: result.policyPacks.map((p) => ({ name: p.name, version: p.version })),
    resources: result.resources.length,
    violations: result.violations.map((v) => ({
      policyPack: v.policyPack,
      policyName: v.policyName,
      enforcementLevel: v.enforcementLevel,
      severity: v.severity ?? null,
      urn: v.urn,
      message: v.message,
    })),
    remediations: result.remediations.map((r) => ({
      policyPack: r.policyPack,
      policyName: r.policyName,
      urn: r.urn,
      description: r.description,
    })),
    summary: countByLevel(result.violations),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
