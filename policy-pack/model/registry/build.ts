/**
 * The checks of a registry that the schema cannot express (docs/registry.md, "What the registry
 * refuses"): duplicate names, ids and domains; domains that are not host names or are public
 * suffixes; servers a filing names but the file lacks, in regions nobody knows; access providers
 * outside the vocabulary; exemptions that pin no resource, silence every policy for a whole type,
 * or run further ahead than the configured maximum. Each would make a filing check pass (or fail)
 * for the wrong reason, so each stops the pack.
 */
import { isPublicSuffix, normaliseDomain } from "../domains";
import { globScope, latestExpiry } from "../exemptions";
import { checkIcpNumber } from "../icp-number";
import { SERVER_REGIONS } from "../regions";
import { closest } from "../suggest";
import {
  type AccessProvider,
  canonicalAccessProvider,
  suggestAccessProvider,
} from "./access-providers";
import { byLine, RegistryError, type RegistryIssue } from "./errors";
import { LoadedRegistry } from "./lookup";
import { fieldPath, type Segment, type SourceMap } from "./source-map";
import type {
  RawExemption,
  RawFiling,
  RawRegistry,
  RawServer,
  Registry,
  RegistryExemption,
  RegistryFiling,
  RegistryServer,
} from "./types";
import * as say from "./wording";

/** What the checks need beyond the file: today, and how far ahead an exemption may expire. */
export interface BuildLimits {
  today: string;
  maxExemptionDays: number;
}

const KNOWN_REGIONS = new Set(SERVER_REGIONS);

function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Collects issues, each at the line and field of a path in the file. */
class Issues {
  readonly list: RegistryIssue[] = [];
  constructor(private readonly src: SourceMap) {}

  at(path: readonly Segment[], w: say.Wording): void {
    this.list.push({ line: this.src.line(path), field: fieldPath(path), ...w });
  }
}

export function buildRegistry(
  raw: RawRegistry,
  file: string,
  src: SourceMap,
  limits: BuildLimits,
): Registry {
  const issues = new Issues(src);
  const servers = buildServers(raw.servers ?? [], src, issues);
  const names = new Set(servers.map((s) => s.name));
  const filings = buildFilings(raw.filings ?? [], names, src, issues);
  const exemptions = buildExemptions(raw.exemptions ?? [], limits, src, issues);
  if (issues.list.length > 0) throw new RegistryError(file, issues.list.sort(byLine));
  return new LoadedRegistry(
    file,
    Object.freeze(filings),
    Object.freeze(servers),
    Object.freeze(exemptions),
  );
}

function buildServers(raw: readonly RawServer[], src: SourceMap, issues: Issues) {
  const servers: RegistryServer[] = [];
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  raw.forEach((s, i) => {
    const at: Segment[] = ["servers", i];
    const sameName = names.get(s.name);
    if (sameName !== undefined) {
      issues.at([...at, "name"], say.duplicateServerName(s.name, sameName, servers[sameName].line));
    } else names.set(s.name, i);
    if (s.id !== undefined) {
      const sameId = ids.get(s.id);
      if (sameId !== undefined) {
        issues.at([...at, "id"], say.duplicateServerId(s.id, sameId, servers[sameId].line));
      } else ids.set(s.id, i);
    }
    if (!KNOWN_REGIONS.has(s.region.trim().toLowerCase())) {
      issues.at([...at, "region"], say.unknownRegion(s.region, closest(s.region, SERVER_REGIONS)));
    }
    servers.push({ ...s, line: src.line(at) });
  });
  return servers;
}

function buildFilings(
  raw: readonly RawFiling[],
  serverNames: ReadonlySet<string>,
  src: SourceMap,
  issues: Issues,
) {
  const filings: RegistryFiling[] = [];
  const domainAt = new Map<string, { field: string; line: number }>();
  raw.forEach((f, i) => {
    const at: Segment[] = ["filings", i];
    const domains: string[] = [];
    f.domains.forEach((written, j) => {
      const dAt = [...at, "domains", j];
      const n = normaliseDomain(written);
      const first = n.ok ? domainAt.get(n.domain) : undefined;
      if (!n.ok) issues.at(dAt, say.notADomain(written, n.reason));
      else if (isPublicSuffix(n.domain)) issues.at(dAt, say.publicSuffix(written, n.domain));
      else if (first)
        issues.at(dAt, say.duplicateDomain(written, n.domain, first.field, first.line));
      else {
        domainAt.set(n.domain, { field: fieldPath(dAt) ?? "", line: src.line(dAt) });
        domains.push(n.domain);
      }
    });

    const server = f.serviceCode?.server;
    if (server !== undefined && !serverNames.has(server)) {
      const near = closest(server, [...serverNames]);
      issues.at([...at, "serviceCode", "server"], say.unknownServer(server, near));
    }

    const accessProviders = new Set<AccessProvider>();
    f.accessProviders.forEach((written, j) => {
      const p = canonicalAccessProvider(written);
      if (p) accessProviders.add(p);
      else {
        const near = suggestAccessProvider(written);
        issues.at([...at, "accessProviders", j], say.unknownAccessProvider(written, near));
      }
    });

    filings.push({
      number: f.number,
      numberCheck: checkIcpNumber(f.number),
      domains,
      subdomains: f.subdomains ?? true,
      accessProviders: [...accessProviders],
      ...(f.serviceCode ? { serviceCode: { ...f.serviceCode } } : {}),
      ...(f.psbNumber !== undefined ? { psbNumber: f.psbNumber } : {}),
      line: src.line(at),
    });
  });
  return filings;
}

function buildExemptions(
  raw: readonly RawExemption[],
  limits: BuildLimits,
  src: SourceMap,
  issues: Issues,
) {
  const latest = latestExpiry(limits.today, limits.maxExemptionDays);
  const exemptions: RegistryExemption[] = [];
  raw.forEach((e, i) => {
    const at: Segment[] = ["exemptions", i];
    const scope = globScope(e.match);
    if (scope.type === undefined && scope.namePrefix === undefined) {
      issues.at([...at, "match"], say.unscopedMatch(e.match));
    } else if (e.policies.includes("*") && scope.namePrefix === undefined) {
      issues.at([...at, "policies"], say.allPoliciesWithoutName(e.match));
    }
    if (!isCalendarDate(e.expires)) {
      issues.at([...at, "expires"], say.notACalendarDate(e.expires));
    } else if (e.expires > latest) {
      const { today, maxExemptionDays } = limits;
      issues.at([...at, "expires"], say.expiresTooFar(e.expires, today, maxExemptionDays, latest));
    }
    exemptions.push({ ...e, policies: [...e.policies], line: src.line(at) });
  });
  return exemptions;
}
