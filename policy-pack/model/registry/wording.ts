/**
 * What the registry says about the entries it refuses beyond its schema (schema-wording.ts has
 * the schema's): each is a problem (what is wrong and why it would open the gate) and a fix (the
 * edit to make). Every value written in the file is quoted through `quote` (at most 253
 * characters), so a hostile registry cannot flood the output.
 */
import { quote } from "../clip";
import { type DomainProblem, MAX_DOMAIN_LENGTH, OUTPUT_TO_STRING } from "../domains";
import { DEFAULT_MAX_EXEMPTION_DAYS } from "../exemptions";
import { ACCESS_PROVIDERS, ALIBABA_ALIASES } from "./access-providers";

export interface Wording {
  problem: string;
  fix: string;
}

const didYouMean = (near: string | undefined) => (near ? `did you mean \`${near}\`? ` : "");

export function notADomain(written: string, reason: DomainProblem): Wording {
  const v = quote(written);
  switch (reason) {
    case "empty":
      return { problem: `${v} is empty once normalised`, fix: "write the filed domain name" };
    case "ip":
      return {
        problem: `${v} is an IP address, not a domain`,
        fix: "list domain names such as `example.com` (filings cover names, not addresses)",
      };
    case "too-long":
      return {
        problem: `${v} is longer than ${MAX_DOMAIN_LENGTH} characters, the most a domain name can have`,
        fix: "list the filed domain names, such as `example.com`",
      };
    case "output":
      return {
        problem: `${v} is a Pulumi Output rendered as text (${OUTPUT_TO_STRING}), not a domain`,
        fix: "write the filed domain name itself, such as `example.com`",
      };
    case "invalid":
      return {
        problem: `${v} is not a valid domain name`,
        fix: 'list domain names such as `example.com`: letters, digits, "-" and "." only (no URL, path, "#", spaces or "%" escapes)',
      };
  }
}

export function publicSuffix(written: string, domain: string): Wording {
  const shown = written === domain ? quote(domain) : `${quote(written)} (${domain})`;
  return {
    problem: `${shown} is a public suffix: anyone can register names under it, and a filing for it would count every one of them as filed`,
    fix: `list the domain that was registered and filed, e.g. \`example.${domain}\``,
  };
}

export function duplicateDomain(written: string, domain: string, at: string, line: number) {
  const shown = domain === written ? domain : `${quote(written)} (${domain})`;
  return {
    problem: `${shown} is already listed at ${at} (line ${line})`,
    fix: "a domain belongs to one filing: remove the duplicate or merge the entries",
  };
}

export function unknownAccessProvider(written: string, near: string | undefined): Wording {
  const names = ACCESS_PROVIDERS.map((p) =>
    p === "alibaba-cloud" ? `alibaba-cloud (or ${ALIBABA_ALIASES.join(", ")})` : p,
  );
  return {
    problem: `${quote(written)} is not an access provider ICP Guard knows`,
    fix: `${didYouMean(near)}write one of ${names.join(", ")}; a provider not listed is \`other\``,
  };
}

export function unknownRegion(written: string, near: string | undefined): Wording {
  return {
    problem: `${quote(written)} is not a known region id, so whether the server is in the mainland cannot be judged`,
    fix: `${didYouMean(near)}write the instance's region id, e.g. \`cn-hangzhou\``,
  };
}

const MATCH_EXAMPLE = "`urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-cdn`";

export function unscopedMatch(match: string): Wording {
  return {
    problem: `${quote(match)} names neither a resource type nor a resource name, so it would exempt every resource of every stack`,
    fix: `end the URN glob with the type token and the resource name (or its start), e.g. ${MATCH_EXAMPLE}`,
  };
}

export function allPoliciesWithoutName(match: string): Wording {
  return {
    problem: `["*"] exempts the resources from every policy, but match ${quote(match)} does not name a resource (only its type)`,
    fix: `list the policies to exempt, e.g. \`policies: [icp-cdn-domain]\`, or end match with the resource name, e.g. ${MATCH_EXAMPLE}`,
  };
}

export function expiresTooFar(expires: string, today: string, days: number, latest: string) {
  return {
    problem: `${expires} is more than ${days} days after today (${today}): an exemption is a temporary waiver`,
    fix: `set expires on or before ${latest}, and renew the exemption when it runs out if it must (the limit is ICP_GUARD_MAX_EXEMPTION_DAYS, default ${DEFAULT_MAX_EXEMPTION_DAYS} days; a longer one also needs the policies' maxExemptionDays setting)`,
  };
}

export function notACalendarDate(expires: string): Wording {
  return {
    problem: `${quote(expires)} is not a calendar date`,
    fix: "write a real day as YYYY-MM-DD, e.g. `2027-01-31`",
  };
}

export function duplicateServerName(name: string, index: number, line: number): Wording {
  return {
    problem: `${quote(name)} is already the name of servers[${index}] (line ${line})`,
    fix: "give each server a unique name",
  };
}

export function duplicateServerId(id: string, index: number, line: number): Wording {
  return {
    problem: `instance id ${quote(id)} is already given to servers[${index}] (line ${line})`,
    fix: "an instance appears once: remove the duplicate or correct the id",
  };
}

export function unknownServer(name: string, near: string | undefined): Wording {
  return {
    problem: `no server named ${quote(name)} in \`servers\``,
    fix: `${didYouMean(near)}add the server to \`servers\` (name, kind, region) or correct the name`,
  };
}
