/**
 * Registry exemptions (docs/registry.md): a URN glob, the policies it silences, and an expiry day
 * after which it no longer applies (an expired match is still returned, so a policy can say so).
 *
 * Globs are matched by a two-pointer wildcard matcher, never a regular expression: a pattern such
 * as `*a*a*a…*Z` makes a backtracking engine take exponential time on a long URN, while this
 * matcher takes at most (URN length × glob length) steps.
 */
import type { RegistryExemption } from "./registry";

export type ExemptionStatus =
  | { status: "active"; exemption: RegistryExemption }
  | { status: "expired"; exemption: RegistryExemption };

/** Code units of the code point starting at `i` (2 for a surrogate pair, else 1). */
function width(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * Whether the whole of `urn` matches `glob`: `*` any run of characters (`:` and `/` included, or
 * none), `?` exactly one character (one code point), every other character literal.
 *
 * Greedy with one backtrack point: on a mismatch, only the most recent `*` is made to swallow one
 * more character. That is enough for `*`/`?` globs (an earlier star can never need to swallow
 * more once a later one has matched), and bounds the work by (URN length × glob length).
 */
export function matchUrnGlob(glob: string, urn: string): boolean {
  let g = 0;
  let u = 0;
  let starG = -1; // glob index just after the last `*` seen
  let starU = 0; // where in the URN that star's run currently ends
  while (u < urn.length) {
    const c = glob[g];
    if (c === "*") {
      g++;
      starG = g;
      starU = u;
    } else if (c === "?") {
      g++;
      u += width(urn, u);
    } else if (g < glob.length && c === urn[u]) {
      g++;
      u++;
    } else if (starG >= 0) {
      starU += width(urn, starU);
      u = starU;
      g = starG;
    } else {
      return false;
    }
  }
  while (glob[g] === "*") g++;
  return g === glob.length;
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
    if (!matchUrnGlob(e.match, urn)) continue;
    if (today <= e.expires) return { status: "active", exemption: e };
    expired ??= e;
  }
  return expired ? { status: "expired", exemption: expired } : undefined;
}
