/**
 * The checks of a registry that the schema cannot express: duplicate names, ids and domains,
 * domains that are not host names, servers a filing names but the file lacks, impossible dates.
 */

import { quote } from "../clip";
import { type DomainProblem, MAX_DOMAIN_LENGTH, normaliseDomain } from "../domains";
import { checkIcpNumber } from "../icp-number";
import { canonicalAccessProvider } from "./access-providers";
import { byLine, RegistryError, type RegistryIssue } from "./errors";
import { LoadedRegistry } from "./lookup";
import { fieldPath, type Segment, type SourceMap } from "./source-map";
import type {
  RawRegistry,
  Registry,
  RegistryExemption,
  RegistryFiling,
  RegistryServer,
} from "./types";

function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DOMAIN_PROBLEM: Record<DomainProblem, string> = {
  empty: "is empty once normalised",
  ip: "is an IP address, not a domain",
  invalid: "is not a valid domain name",
  "too-long": `is longer than ${MAX_DOMAIN_LENGTH} characters, the most a domain name can have`,
  output: "is a Pulumi Output rendered as text, not a domain",
};

export function buildRegistry(raw: RawRegistry, file: string, src: SourceMap): Registry {
  const issues: RegistryIssue[] = [];

  const servers: RegistryServer[] = [];
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  (raw.servers ?? []).forEach((s, i) => {
    const at: Segment[] = ["servers", i];
    const line = src.line(at);
    const sameName = names.get(s.name);
    if (sameName !== undefined) {
      issues.push({
        line: src.line([...at, "name"]),
        field: fieldPath([...at, "name"]),
        problem: `"${s.name}" is already the name of servers[${sameName}] (line ${servers[sameName].line})`,
        fix: "give each server a unique name",
      });
    } else names.set(s.name, i);
    if (s.id !== undefined) {
      const sameId = ids.get(s.id);
      if (sameId !== undefined) {
        issues.push({
          line: src.line([...at, "id"]),
          field: fieldPath([...at, "id"]),
          problem: `instance id "${s.id}" is already given to servers[${sameId}] (line ${servers[sameId].line})`,
          fix: "an instance appears once: remove the duplicate or correct the id",
        });
      } else ids.set(s.id, i);
    }
    servers.push({ ...s, line });
  });

  const filings: RegistryFiling[] = [];
  const domainAt = new Map<string, { field: string; line: number }>();
  (raw.filings ?? []).forEach((f, i) => {
    const at: Segment[] = ["filings", i];
    const domains: string[] = [];
    f.domains.forEach((written, j) => {
      const dAt = [...at, "domains", j];
      const line = src.line(dAt);
      const field = fieldPath(dAt) ?? "";
      const n = normaliseDomain(written);
      if (!n.ok) {
        issues.push({
          line,
          field,
          problem: `${quote(written)} ${DOMAIN_PROBLEM[n.reason]}`,
          fix: "list domain names such as `example.com` (filings cover names, not addresses)",
        });
        return;
      }
      const first = domainAt.get(n.domain);
      if (first) {
        const shown = n.domain === written ? n.domain : `${JSON.stringify(written)} (${n.domain})`;
        issues.push({
          line,
          field,
          problem: `${shown} is already listed at ${first.field} (line ${first.line})`,
          fix: "a domain belongs to one filing: remove the duplicate or merge the entries",
        });
        return;
      }
      domainAt.set(n.domain, { field, line });
      domains.push(n.domain);
    });

    const server = f.serviceCode?.server;
    if (server !== undefined && !names.has(server)) {
      const sAt = [...at, "serviceCode", "server"];
      issues.push({
        line: src.line(sAt),
        field: fieldPath(sAt),
        problem: `no server named "${server}" in \`servers\``,
        fix: "add the server to `servers` (name, kind, region) or correct the name",
      });
    }

    const accessProviders = [...new Set(f.accessProviders.map(canonicalAccessProvider))];
    filings.push({
      number: f.number,
      numberCheck: checkIcpNumber(f.number),
      domains,
      subdomains: f.subdomains ?? true,
      accessProviders,
      ...(f.serviceCode ? { serviceCode: { ...f.serviceCode } } : {}),
      ...(f.psbNumber !== undefined ? { psbNumber: f.psbNumber } : {}),
      line: src.line(at),
    });
  });

  const exemptions: RegistryExemption[] = [];
  (raw.exemptions ?? []).forEach((e, i) => {
    const at: Segment[] = ["exemptions", i];
    if (!isCalendarDate(e.expires)) {
      issues.push({
        line: src.line([...at, "expires"]),
        field: fieldPath([...at, "expires"]),
        problem: `"${e.expires}" is not a calendar date`,
        fix: "write a real day as YYYY-MM-DD, e.g. `2027-01-31`",
      });
    }
    exemptions.push({ ...e, policies: [...e.policies], line: src.line(at) });
  });

  if (issues.length > 0) throw new RegistryError(file, issues.sort(byLine));
  return new LoadedRegistry(
    file,
    Object.freeze(filings),
    Object.freeze(servers),
    Object.freeze(exemptions),
  );
}
