/** The JSON report: field names are stable, other tools read them. */
import { countByLevel, type ScanResult } from "../result";
import { displayPath, type Location, locator } from "./locations";

function jsonLocation(loc: Location | undefined) {
  if (!loc) return null;
  return {
    file: displayPath(loc.file),
    line: loc.line,
    ...(loc.column !== undefined ? { column: loc.column } : {}),
  };
}

export function renderJson(result: ScanResult): string {
  const locate = locator(result);
  const doc = {
    policyPacks: result.policyPacks.map((p) => ({ name: p.name, version: p.version })),
    resources: result.resources.length,
    // null: not known (a converted event log); [] never (a run always has a registry notice).
    registries:
      result.registries?.map((r) => ({
        stacks: r.stacks,
        file: r.file === null ? null : displayPath(r.file),
        source: r.source,
        filings: r.counts?.filings ?? null,
        servers: r.counts?.servers ?? null,
        exemptions: r.counts?.exemptions ?? null,
      })) ?? null,
    violations: result.violations.map((v) => ({
      policyPack: v.policyPack,
      policyName: v.policyName,
      enforcementLevel: v.enforcementLevel,
      severity: v.severity ?? null,
      urn: v.urn,
      message: v.message,
      location: jsonLocation(locate(v.urn)),
    })),
    remediations: result.remediations.map((r) => ({
      policyPack: r.policyPack,
      policyName: r.policyName,
      urn: r.urn,
      description: r.description,
    })),
    notApplicable: result.notApplicable.map((na) => ({
      policyPack: na.policyPack,
      policyName: na.policyName,
      urn: na.urn,
      reason: na.reason,
      ...(na.scope ? { scope: na.scope } : {}),
      location: jsonLocation(locate(na.urn)),
    })),
    exempted: result.exempted.map((e) => ({
      policyPack: e.policyPack,
      policyName: e.policyName,
      urn: e.urn,
      reason: e.reason,
      expires: e.expires,
      match: e.match ?? null,
      exemption: e.file ? { file: displayPath(e.file), line: e.line ?? null } : null,
      location: jsonLocation(locate(e.urn)),
    })),
    summary: countByLevel(result.violations),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
