/** The (resource, policy) pairs that were checked or skipped: JUnit's test cases. */
import type { Check, Exempted, ScanResult, Violation } from "../result";
import { parseUrn, rootStackUrn } from "../urn";

export interface CheckResult extends Check {
  violations: Violation[];
  /** Not checked: the pack's not-applicable reason. */
  skipped?: string;
  /** Not checked because a registry exemption is in force. */
  exempted?: Exempted;
}

/**
 * The explicit checks when known (event logs); otherwise every resource times every enabled
 * resource policy (only the types it reads, when its pack says which), and each stack policy once
 * per stack (on the root stack's URN). A pair the pack reported not applicable is skipped with
 * its reason, an exempted pair carries its exemption, a pair with a violation fails (each adds
 * its pair when missing: a stack policy's verdict on one resource).
 */
export function listChecks(result: ScanResult): CheckResult[] {
  const checks = new Map<string, CheckResult>();
  const keyOf = (pack: string, policy: string, urn: string) => `${pack}\0${policy}\0${urn}`;
  const add = (c: Check) => {
    const key = keyOf(c.policyPack, c.policyName, c.urn);
    let entry = checks.get(key);
    if (!entry) {
      entry = { policyPack: c.policyPack, policyName: c.policyName, urn: c.urn, violations: [] };
      checks.set(key, entry);
    }
    return entry;
  };
  if (result.checks) {
    for (const c of result.checks) add(c);
  } else {
    const roots = [...new Set(result.resources.map((r) => rootOf(r.urn)))];
    for (const pack of result.policyPacks) {
      for (const policy of pack.policies) {
        if (policy.enforcementLevel === "disabled") continue;
        if (policy.kind === "stack") {
          for (const urn of roots) add({ policyPack: pack.name, policyName: policy.name, urn });
          continue;
        }
        const types = policy.appliesTo ? new Set(policy.appliesTo) : undefined;
        for (const r of result.resources) {
          if (!types || types.has(r.type))
            add({ policyPack: pack.name, policyName: policy.name, urn: r.urn });
        }
      }
    }
  }
  for (const na of result.notApplicable) {
    if (na.scope === "stack") {
      // Not applicable to the whole stack: every pair of that stack's resources.
      const stack = stackKey(na.urn);
      for (const c of checks.values()) {
        if (
          c.policyPack === na.policyPack &&
          c.policyName === na.policyName &&
          stackKey(c.urn) === stack
        )
          c.skipped ??= na.reason;
      }
    } else {
      add(na).skipped = na.reason;
    }
  }
  for (const e of result.exempted) add(e).exempted = e;
  for (const v of result.violations) add(v).violations.push(v);
  return [...checks.values()];
}

/** The root stack's URN of the stack a resource belongs to. */
function rootOf(urn: string): string {
  const p = parseUrn(urn);
  return p ? rootStackUrn(p.stack, p.project) : urn;
}

function stackKey(urn: string): string {
  const parsed = parseUrn(urn);
  return parsed ? `${parsed.stack}::${parsed.project}` : urn;
}
