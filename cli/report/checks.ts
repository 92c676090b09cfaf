/** The (resource, policy) pairs that were checked: JUnit's test cases. */
import type { Check, ScanResult, Violation } from "../result";

export interface CheckResult extends Check {
  violations: Violation[];
}

/**
 * The explicit checks when known (event logs), otherwise every resource times every enabled
 * policy, less those the pack reported not applicable; plus any pair that has a violation.
 */
export function listChecks(result: ScanResult): CheckResult[] {
  const checks = new Map<string, CheckResult>();
  const add = (c: Check) => {
    const key = `${c.policyPack}\0${c.policyName}\0${c.urn}`;
    let entry = checks.get(key);
    if (!entry) {
      entry = { ...c, violations: [] };
      checks.set(key, entry);
    }
    return entry;
  };
  if (result.checks) {
    for (const c of result.checks) add(c);
  } else {
    const skipped = new Map<string, Set<string>>();
    for (const na of result.notApplicable)
      skipped.set(`${na.policyPack}\0${na.policyName}`, new Set(na.urns));
    for (const pack of result.policyPacks) {
      for (const policy of pack.policies) {
        if (policy.enforcementLevel === "disabled") continue;
        const notApplicable = skipped.get(`${pack.name}\0${policy.name}`);
        for (const r of result.resources) {
          if (!notApplicable?.has(r.urn))
            add({ policyPack: pack.name, policyName: policy.name, urn: r.urn });
        }
      }
    }
  }
  for (const v of result.violations)
    add({ policyPack: v.policyPack, policyName: v.policyName, urn: v.urn }).violations.push(v);
  return [...checks.values()];
}
