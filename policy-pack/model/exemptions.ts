/**
 * Registry exemptions (docs/registry.md): a URN glob, the policies it silences, and an expiry day
 * after which it no longer applies (an expired match is still returned, so a policy can say so).
 *
 * Globs are matched by a two-pointer wildcard matcher, never a regular expression: a pattern such
 * as `*a*a*a…*Z` makes a backtracking engine take exponential time on a long URN, while this
 * matcher takes at most (URN length × glob length) steps.
 *
 * How far ahead an exemption may expire is limited twice, so that no single knob opens the gate:
 * - when the registry loads (pack start, before the engine sends any policy config), against
 *   ICP_GUARD_MAX_EXEMPTION_DAYS or DEFAULT_MAX_EXEMPTION_DAYS: beyond it the pack does not start;
 * - when a policy applies it, against the policy's maxExemptionDays setting (same default), capped
 *   by the load-time limit: beyond it the exemption is not applied and the violation says why.
 * Either knob can lower the limit; raising it past the default takes both (`icp-guard` sets the
 * variable from its config file so the two agree). Neither can exceed MAX_EXEMPTION_DAYS_CEILING.
 */
import type { RegistryExemption } from "./registry";

/**
 * How far ahead an exemption may expire, in days after today, unless configured otherwise
 * (ICP_GUARD_MAX_EXEMPTION_DAYS when the registry loads, policy setting maxExemptionDays when a
 * policy applies it). An exemption is a temporary waiver: a year and a day covers any filing wait.
 */
export const DEFAULT_MAX_EXEMPTION_DAYS = 366;
/** No configuration may allow more (ten years): a typo such as 36600 must not make a waiver permanent. */
export const MAX_EXEMPTION_DAYS_CEILING = 3660;

/**
 * The limit a policy applies: its own setting (default DEFAULT_MAX_EXEMPTION_DAYS), never more
 * than the registry was loaded with. Neither the policy config nor the environment alone can let
 * a longer exemption through: either can lower the limit, raising it takes both.
 */
export function exemptionLimit(loaded: number | undefined, setting: number): number {
  return Math.min(setting, loaded ?? DEFAULT_MAX_EXEMPTION_DAYS);
}

/** The last day (YYYY-MM-DD) an exemption may run to: `days` after `today`. */
export function latestExpiry(today: string, days: number): string {
  const [y, m, d] = today.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** What an exemption glob pins down (docs/registry.md, "Exemptions"). */
export interface GlobScope {
  /** The type token, when the glob spells it out with no wildcard. */
  type?: string;
  /** The literal start of the resource name, when the name part does not start with a wildcard. */
  namePrefix?: string;
}

const TYPE_TOKEN = /^[^:*?]+:[^:*?]*:[^:*?]+$/;

/**
 * A URN is `urn:pulumi:<stack>::<project>::<parent$type>::<name>`: the glob's text after its last
 * `::` stands for the name, the part before that for the (qualified) type. A glob without `::`
 * pins neither: `*`, `**`, `urn:pulumi:*`, `*legacy*`.
 */
export function globScope(glob: string): GlobScope {
  const parts = glob.split("::");
  if (parts.length < 2) return {};
  const typePart = parts[parts.length - 2];
  const type = typePart.slice(typePart.lastIndexOf("$") + 1);
  const namePrefix = /^[^*?]+/.exec(parts[parts.length - 1])?.[0];
  return {
    ...(TYPE_TOKEN.test(type) ? { type } : {}),
    ...(namePrefix !== undefined ? { namePrefix } : {}),
  };
}

export type ExemptionStatus =
  | { status: "active"; exemption: RegistryExemption }
  | { status: "expired"; exemption: RegistryExemption }
  /** Expires after `latest` (today + `days`): not applied, and the violation says so. */
  | { status: "beyond-limit"; exemption: RegistryExemption; days: number; latest: string };

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
 * file order, else the first one that does not apply (expired, or expiring more than `maxDays`
 * after today). Active through the expiry day itself.
 */
export function findExemption(
  exemptions: readonly RegistryExemption[],
  urn: string,
  policyName: string,
  today: string,
  maxDays: number = DEFAULT_MAX_EXEMPTION_DAYS,
): ExemptionStatus | undefined {
  const latest = latestExpiry(today, maxDays);
  let inactive: ExemptionStatus | undefined;
  for (const e of exemptions) {
    if (!e.policies.some((p) => p === "*" || p === policyName)) continue;
    if (!matchUrnGlob(e.match, urn)) continue;
    if (today > e.expires) inactive ??= { status: "expired", exemption: e };
    else if (e.expires > latest)
      inactive ??= { status: "beyond-limit", exemption: e, days: maxDays, latest };
    else return { status: "active", exemption: e };
  }
  return inactive;
}
