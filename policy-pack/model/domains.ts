/**
 * Domain names as ICP filings see them: normalised to lower-case ASCII (IDN → punycode), without
 * wildcard, port or trailing dot; the registrable domain (eTLD+1) from the Public Suffix List.
 */
import { isIP } from "node:net";
import { domainToASCII } from "node:url";
import { getDomain } from "tldts";

export type NormalisedDomain =
  | { ok: true; domain: string }
  | { ok: false; reason: "empty" | "ip" | "invalid" };

// Full-width dots and the ideographic full stop separate labels in IDN input too (UTS #46).
const DOT_VARIANTS = /[\u3002\uff0e\uff61]/g;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function normaliseDomain(input: string): NormalisedDomain {
  let d = input.trim().replace(DOT_VARIANTS, ".").toLowerCase();
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
  const ascii = domainToASCII(d);
  if (ascii === "") return invalid();
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
