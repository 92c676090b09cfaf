/**
 * Registry exemptions (docs/registry.md): a URN glob, the policies it silences, and an expiry day
 * after which it no longer applies (an expired match is still returned, so a policy can say so).
 */
import type { RegistryExemption } from "./registry";

export type ExemptionStatus =
  | { status: "active"; exemption: RegistryExemption }
  | { status: "expired"; exemption: RegistryExemption };

const compiled = new Map<string, RegExp>();

/** `*` any run of characters (`:` and `/` included), `?` one character, the rest literal. */
export function urnGlobToRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    let body = "";
    for (const c of glob) {
      if (c === "*") body += "[\\s\\S]*";
      else if (c === "?") body += "[\\s\\S]";
      else body += c.replace(/[.+^${}()|[\]\\/]/g, "\\$&");
    }
    re = new RegExp(`^${body}$`, "u");
    compiled.set(glob, re);
  }
  return re;
}

/**
 * The exemption for this resource and policy on `today` (YYYY-MM-DD): the first active match in
 * file order, else the first expired one. Active through the expiry day itself.
 */
export function findExemption(
  exemptions: readonly RegistryExemption[],
  urn: string,
  policyName: string,
  today: string,
): ExemptionStatus | undefined {
  let expired: RegistryExemption | undefined;
  for (const e of exemptions) {
    if (!e.policies.some((p) => p === "*" || p === policyName)) continue;
    if (!urnGlobToRegExp(e.match).test(urn)) continue;
    if (today <= e.expires) return { status: "active", exemption: e };
    expired ??= e;
  }
  return expired ? { status: "expired", exemption: expired } : undefined;
}
