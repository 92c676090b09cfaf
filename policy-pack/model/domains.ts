/**
 * Domain names as ICP filings see them: normalised to lower-case ASCII (IDN → punycode), without
 * wildcard, port or trailing dot; the registrable domain (eTLD+1) from the Public Suffix List.
 *
 * What remains after normalising must be a host name: labels of a–z, 0–9 and "-" (1–63 each),
 * at least two of them, 253 characters at most. Anything else is not a domain and is never filed:
 * `a.cn#b.cn`, `ex%61mple.cn` (a URL parser would read those as `a.cn` and `example.cn`), a URL,
 * a value with spaces, a Pulumi Output rendered into a template string.
 */
import { isIP } from "node:net";
import { domainToASCII } from "node:url";
import { getDomain, getPublicSuffix } from "tldts";

/** Why a value is not a domain. */
export type DomainProblem = "empty" | "ip" | "invalid" | "too-long" | "output";

export type NormalisedDomain = { ok: true; domain: string } | { ok: false; reason: DomainProblem };

/** The longest host name DNS allows (RFC 1035), without the trailing dot. */
export const MAX_DOMAIN_LENGTH = 253;

/**
 * What Pulumi renders when an Output is turned into text (`${bucket.id}.example.com`): the value
 * is then never a domain, and the fix is `pulumi.interpolate` or `apply`.
 */
export const OUTPUT_TO_STRING = "Calling [toString] on an [Output<T>]";

// Beyond this, a value cannot normalise to a host name (every kept character becomes at least one
// ASCII character): refuse it before the IDN conversion spends time on it.
const MAX_INPUT = 4 * MAX_DOMAIN_LENGTH;

// Full-width dots and the ideographic full stop separate labels in IDN input too (UTS #46).
const DOT_VARIANTS = /[\u3002\uff0e\uff61]/g;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// Anything but letters, digits, "-", "." and non-ASCII text: `#`, `%`, `/`, `?`, `@`, `:`, `_`,
// spaces, controls… A URL host parser (domainToASCII) would cut the value at `#`, `/`, `?` or
// decode `%61`: refuse those characters before it sees them. Non-ASCII goes to the IDN conversion.
const NOT_HOST_ASCII = /[^a-z0-9.\-\u00a0-\uffff]/;

export function normaliseDomain(input: string): NormalisedDomain {
  if (input.includes(OUTPUT_TO_STRING)) return { ok: false, reason: "output" };
  let d = input.trim();
  if (d.length > MAX_INPUT) return { ok: false, reason: "too-long" };
  d = d.replace(DOT_VARIANTS, ".").toLowerCase();
  if (d.startsWith("[")) {
    // Bracketed IPv6 literal, possibly with a port.
    const end = d.indexOf("]");
    return isIP(d.slice(1, end < 0 ? undefined : end)) ? { ok: false, reason: "ip" } : invalid();
  }
  if (isIP(d)) return { ok: false, reason: "ip" };
  d = d.replace(/:\d{1,5}$/, "");
  if (d.startsWith("*.")) d = d.slice(2);
  else if (d.startsWith(".")) d = d.slice(1);
  if (d.endsWith(".")) d = d.slice(0, -1);
  if (d === "") return { ok: false, reason: "empty" };
  if (isIP(d)) return { ok: false, reason: "ip" };
  if (NOT_HOST_ASCII.test(d)) return invalid();
  const ascii = domainToASCII(d);
  if (ascii === "") return invalid();
  if (ascii.length > MAX_DOMAIN_LENGTH) return { ok: false, reason: "too-long" };
  const labels = ascii.split(".");
  // Underscore labels (_dmarc, _acme-challenge) are DNS names but never a served host.
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return invalid();
  return { ok: true, domain: ascii };
}

function invalid(): NormalisedDomain {
  return { ok: false, reason: "invalid" };
}

/**
 * Domains the cloud provider owns and serves itself, which its users never file: Function
 * Compute's own test domains (`<name>.<region>.fcapp.run`). Returns the owning suffix.
 */
const PROVIDER_OWNED = ["fcapp.run"] as const;

export function providerOwnedSuffix(domain: string): string | undefined {
  return PROVIDER_OWNED.find((suffix) => isSameOrSubdomain(domain, suffix));
}

/** eTLD+1 of a normalised domain (ICANN section of the PSL), or undefined for a bare suffix. */
export function registrableDomain(domain: string): string | undefined {
  return getDomain(domain, { allowPrivateDomains: false }) ?? undefined;
}

/**
 * Whether a normalised domain is itself a public suffix (`com.cn`, `github.io`): by the whole PSL,
 * its private section included, where anyone can register a name under it. A filing for one would
 * cover every domain under it.
 */
export function isPublicSuffix(domain: string): boolean {
  return getPublicSuffix(domain, { allowPrivateDomains: true }) === domain;
}

/** Both arguments normalised: `a.example.com` is under `example.com`, `badexample.com` is not. */
export function isSameOrSubdomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** The normalised domain and each parent of it, most specific first (`a.b.c` → a.b.c, b.c, c). */
export function selfAndParents(domain: string): string[] {
  const out = [domain];
  let i = domain.indexOf(".");
  while (i >= 0) {
    out.push(domain.slice(i + 1));
    i = domain.indexOf(".", i + 1);
  }
  return out;
}
