/**
 * The ICP registry (`icp-registry.yaml`, docs/registry.md): the organisation's filings, the eligible
 * servers their service codes came from, and policy exemptions. A registry that does not parse or
 * does not match its schema stops the pack with file, line and field; a filing whose *number* is
 * invalid still loads (it covers nothing) so that `icp-filing-number-format` can name it.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from "yaml";
import { normaliseDomain, selfAndParents } from "./domains";
import { checkIcpNumber, type IcpNumberCheck } from "./icp-number";
import schema from "./registry.schema.json";
import type { StackIdentity } from "./resource";

/** Canonical: "alibaba-cloud" for its aliases; any other provider lower-cased as written. */
export type AccessProvider = string;

export const ALIBABA_CLOUD: AccessProvider = "alibaba-cloud";
const ALIBABA_ALIASES = new Set(["alibaba-cloud", "aliyun", "alibabacloud", "阿里云"]);

export function canonicalAccessProvider(raw: string): AccessProvider {
  const p = raw.trim().toLowerCase();
  return ALIBABA_ALIASES.has(p) ? ALIBABA_CLOUD : p;
}

/** A server as the registry declares it (docs/registry.md), with the line it starts on. */
export interface RegistryServer extends RawServer {
  line: number;
}

export interface RegistryFiling {
  /** As written in the file; `numberCheck.normalised` is the folded form. */
  number: string;
  numberCheck: IcpNumberCheck;
  /** Normalised (domains.ts). */
  domains: string[];
  subdomains: boolean;
  accessProviders: AccessProvider[];
  serviceCode?: { server?: string; account?: "own" | "authorized"; authorizedBy?: string };
  psbNumber?: string;
  line: number;
}

export interface RegistryExemption {
  match: string;
  policies: string[];
  reason: string;
  /** YYYY-MM-DD; the exemption applies through this day. */
  expires: string;
  line: number;
}

export interface FilingMatch {
  filing: RegistryFiling;
  /** The (normalised) `domains[]` entry that covers the asked domain. */
  coveredBy: string;
  alibabaAccess: boolean;
}

export interface Registry {
  /** Absolute file path, or "" for the empty registry. */
  source: string;
  filings: readonly RegistryFiling[];
  servers: readonly RegistryServer[];
  exemptions: readonly RegistryExemption[];
  /** `domain` normalised. Only filings with a valid number; the most specific covering entry wins. */
  findFiling(domain: string): FilingMatch | undefined;
  /** Covering filings whose number is invalid, most specific first. */
  findInvalidFilings(domain: string): RegistryFiling[];
  serverByName(name: string): RegistryServer | undefined;
  serverById(id: string): RegistryServer | undefined;
  serversOfStack(stack: StackIdentity): RegistryServer[];
  filingsUsingServer(name: string): RegistryFiling[];
}

/** One thing wrong with a registry file. */
export interface RegistryIssue {
  line?: number;
  /** Human path such as `filings[2].domains[0]`; absent for file-level problems. */
  field?: string;
  problem: string;
  fix: string;
}

function formatIssue(file: string, issue: RegistryIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const field = issue.field === undefined ? "" : `${issue.field}: `;
  return `${where}: ${field}${issue.problem} — ${issue.fix}`;
}

/**
 * A registry that cannot be used. `line`/`field` are those of the first issue (in file order);
 * the message lists every issue, one per line.
 */
export class RegistryError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly issues: readonly RegistryIssue[];

  constructor(file: string, issues: readonly RegistryIssue[]) {
    super(issues.map((i) => formatIssue(file, i)).join("\n"));
    this.name = "RegistryError";
    this.file = file;
    this.issues = issues;
    this.line = issues[0]?.line;
    this.field = issues[0]?.field;
  }
}

// ---------------------------------------------------------------------------------------------
// The registry object

class LoadedRegistry implements Registry {
  private readonly byDomain = new Map<string, RegistryFiling>();
  private readonly byName = new Map<string, RegistryServer>();
  private readonly byId = new Map<string, RegistryServer>();
  private readonly byServer = new Map<string, RegistryFiling[]>();

  constructor(
    readonly source: string,
    readonly filings: readonly RegistryFiling[],
    readonly servers: readonly RegistryServer[],
    readonly exemptions: readonly RegistryExemption[],
  ) {
    // parseRegistry has already refused duplicates, so each key is set once.
    for (const f of filings) {
      for (const d of f.domains) this.byDomain.set(d, f);
      const server = f.serviceCode?.server;
      if (server !== undefined) {
        const list = this.byServer.get(server);
        if (list) list.push(f);
        else this.byServer.set(server, [f]);
      }
    }
    for (const s of servers) {
      this.byName.set(s.name, s);
      if (s.id !== undefined) this.byId.set(s.id, s);
    }
  }

  /** Each registry entry that covers `domain`, most specific first, with the entry it matched. */
  private *covering(domain: string): Generator<[RegistryFiling, string]> {
    for (const d of selfAndParents(domain)) {
      const f = this.byDomain.get(d);
      if (f && (d === domain || f.subdomains)) yield [f, d];
    }
  }

  findFiling(domain: string): FilingMatch | undefined {
    for (const [filing, coveredBy] of this.covering(domain)) {
      if (filing.numberCheck.valid) {
        return { filing, coveredBy, alibabaAccess: filing.accessProviders.includes(ALIBABA_CLOUD) };
      }
    }
    return undefined;
  }

  findInvalidFilings(domain: string): RegistryFiling[] {
    const out: RegistryFiling[] = [];
    for (const [filing] of this.covering(domain)) if (!filing.numberCheck.valid) out.push(filing);
    return out;
  }

  serverByName(name: string): RegistryServer | undefined {
    return this.byName.get(name);
  }

  serverById(id: string): RegistryServer | undefined {
    return this.byId.get(id);
  }

  serversOfStack(stack: StackIdentity): RegistryServer[] {
    return this.servers.filter((s) => s.stack !== undefined && stackMatches(s.stack, stack));
  }

  filingsUsingServer(name: string): RegistryFiling[] {
    return [...(this.byServer.get(name) ?? [])];
  }
}

/**
 * Case-insensitive: Pulumi Cloud treats organisation names so, and a near-miss here would make the
 * anchor-server policies silently skip a server.
 */
function stackMatches(declared: string, stack: StackIdentity): boolean {
  const parts = declared.toLowerCase().split("/");
  const want = [stack.organization, stack.project, stack.stack].map((p) => p.toLowerCase());
  if (parts.length === 2) return parts[0] === want[1] && parts[1] === want[2];
  return parts.length === 3 && parts.every((p, i) => p === want[i]);
}

export const EMPTY_REGISTRY: Registry = new LoadedRegistry("", [], [], []);

// ---------------------------------------------------------------------------------------------
// Parsing

interface RawServer {
  name: string;
  id?: string;
  kind: "ecs" | "sas";
  region: string;
  chargeType?: "PrePaid" | "PostPaid";
  subscriptionMonths?: number;
  publicIp?: boolean;
  /** "org/project/stack", or "project/stack" for any organisation. */
  stack?: string;
  resource?: string;
}

interface RawFiling {
  number: string;
  domains: string[];
  subdomains?: boolean;
  accessProviders: string[];
  serviceCode?: { server?: string; account?: "own" | "authorized"; authorizedBy?: string };
  psbNumber?: string;
}

interface RawExemption {
  match: string;
  policies: string[];
  reason: string;
  expires: string;
}

interface RawRegistry {
  filings?: RawFiling[];
  servers?: RawServer[];
  exemptions?: RawExemption[];
}

/** Ajv options; scripts/precompile-registry-schema.js compiles with the same ones. */
export const VALIDATOR_OPTIONS = { allErrors: true, verbose: true } as const;

let compiled: ValidateFunction<RawRegistry> | undefined;
/**
 * The schema validator: the one precompiled at build time (dist/), else compiled now. Loading
 * the Ajv compiler costs pack start-up, so only the sources (tests) take the second path.
 */
function validator(): ValidateFunction<RawRegistry> {
  if (!compiled) {
    try {
      compiled = require("./registry-validator.js") as ValidateFunction<RawRegistry>;
    } catch {
      const { default: Ajv } = require("ajv") as typeof import("ajv");
      compiled = new Ajv(VALIDATOR_OPTIONS).compile<RawRegistry>(schema);
    }
  }
  return compiled;
}

type Segment = string | number;

/** Where things are in the YAML source. */
class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /**
   * Line of the node at `segs` (or, with `key`, of the key naming its last segment). When the
   * path runs out (missing or null value), the deepest node found.
   */
  line(segs: readonly Segment[], key = false): number {
    let node: unknown = this.doc.contents;
    let at: unknown = node;
    for (let i = 0; i < segs.length; i++) {
      if (isAlias(node)) node = node.resolve(this.doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(segs[i]));
        if (!pair) break;
        const last = i === segs.length - 1;
        at = key && last ? pair.key : (pair.value ?? pair.key);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segs[i])];
        if (item === undefined) break;
        at = item;
        node = item;
      } else break;
    }
    const start = isNode(at) ? at.range?.[0] : undefined;
    return start === undefined ? 1 : this.lineAt(start);
  }
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function fieldPath(segs: readonly Segment[]): string | undefined {
  let out = "";
  for (const s of segs) out += typeof s === "number" ? `[${s}]` : out === "" ? s : `.${s}`;
  return out === "" ? undefined : out;
}

/** JSON-pointer segments of an ajv instancePath, array indexes as numbers (read off the data). */
function pointerSegments(pointer: string, data: unknown): Segment[] {
  if (pointer === "") return [];
  const out: Segment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = isRecord(cur) ? cur[seg] : undefined;
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}

const REQUIRED_FIX: Record<string, string> = {
  number: "add the filing number, e.g. `number: 浙ICP备2021012345号-1`",
  domains: "add the filed domains, e.g. `domains: [example.com]`",
  accessProviders: "add who hosts it, e.g. `accessProviders: [alibaba-cloud]`",
  name: "add a unique name, e.g. `name: web-anchor`",
  kind: "add `kind: ecs` or `kind: sas`",
  region: "add the region id, e.g. `region: cn-hangzhou`",
  match:
    'add a URN glob, e.g. `match: "urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-*"`',
  policies: 'add the exempted policy names, e.g. `policies: [icp-cdn-domain]` (or `["*"]`)',
  reason: 'add why, e.g. `reason: "Filing in progress, ticket OPS-123"`',
  expires: "add `expires: YYYY-MM-DD`: every exemption must expire",
};

const EMPTY_LIST_FIX: Record<string, string> = {
  domains: "list at least one domain, e.g. `[example.com]`",
  accessProviders: "list at least one provider, e.g. `[alibaba-cloud]`",
  policies: 'list policy names, or `["*"]` for all',
};

const TYPE_NAME: Record<string, string> = {
  string: "a text value",
  array: "a list",
  object: "a mapping",
  boolean: "true or false",
  integer: "a whole number",
  number: "a number",
};

function typeFix(type: string, name: string, value: unknown): string {
  switch (type) {
    case "string":
      return typeof value === "number" || typeof value === "boolean"
        ? `quote it: \`${name}: "${String(value)}"\``
        : `write a single text value: \`${name}: …\``;
    case "array":
      return value === null || value === undefined
        ? `write \`${name}: []\` for none, or list entries as \`- …\` lines`
        : `write a list: \`${name}: [a, b]\` or one \`- …\` line per entry`;
    case "object":
      return "write `key: value` lines (indented under it)";
    case "boolean":
      return `write \`${name}: true\` or \`${name}: false\``;
    case "integer":
      return `write a whole number, e.g. \`${name}: 12\``;
    default:
      return `write ${TYPE_NAME[type] ?? type}`;
  }
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function closest(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of choices) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
const NON_EMPTY_PATTERN = "\\S";

function schemaIssue(err: ErrorObject, data: unknown, src: SourceMap): RegistryIssue {
  const segs = pointerSegments(err.instancePath, data);
  const name = String(segs[segs.length - 1] ?? "registry");
  const value: unknown = err.data;
  const line = src.line(segs);
  const field = fieldPath(segs);
  switch (err.keyword) {
    case "required": {
      const missing = String(err.params.missingProperty);
      return {
        line,
        field: fieldPath([...segs, missing]),
        problem: "is required",
        fix: REQUIRED_FIX[missing] ?? `add \`${missing}: …\``,
      };
    }
    case "additionalProperties": {
      const key = String(err.params.additionalProperty);
      const props: unknown = isRecord(err.parentSchema) ? err.parentSchema.properties : undefined;
      const allowed = isRecord(props) ? Object.keys(props) : [];
      const near = closest(key, allowed);
      return {
        line: src.line([...segs, key], true),
        field: fieldPath([...segs, key]),
        problem: `unknown key "${key}"`,
        fix: `${near ? `did you mean \`${near}\`? ` : ""}remove or rename it; allowed here: ${allowed.join(", ")}`,
      };
    }
    case "type": {
      const type = String(err.params.type);
      return {
        line,
        field,
        problem: `must be ${TYPE_NAME[type] ?? type}, not ${describe(value)}`,
        fix: typeFix(type, name, value),
      };
    }
    case "enum": {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      return {
        line,
        field,
        problem: `must be one of ${allowed.join(", ")}, not ${describe(value)}`,
        fix: `write one of ${allowed.map((a) => `\`${a}\``).join(", ")} (exact spelling and case)`,
      };
    }
    case "minItems":
      return {
        line,
        field,
        problem: "must not be an empty list",
        fix: EMPTY_LIST_FIX[name] ?? "list at least one entry",
      };
    case "pattern": {
      const pattern = String(err.params.pattern);
      if (pattern === NON_EMPTY_PATTERN) {
        return {
          line,
          field,
          problem: "must not be empty",
          fix: "write a value, or remove the key",
        };
      }
      if (pattern === DATE_PATTERN) {
        return {
          line,
          field,
          problem: `must be a date written YYYY-MM-DD, not ${describe(value)}`,
          fix: `write e.g. \`${name}: 2027-01-31\``,
        };
      }
      return {
        line,
        field,
        problem: `must be "org/project/stack" or "project/stack", not ${describe(value)}`,
        fix: "write the stack as Pulumi names it, e.g. `acme/shop/prod`",
      };
    }
    case "minimum":
      return {
        line,
        field,
        problem: `must be at least ${String(err.params.limit)}, not ${describe(value)}`,
        fix: `write a number of months ≥ ${String(err.params.limit)}`,
      };
    default:
      return {
        line,
        field,
        problem: err.message ?? "is not valid",
        fix: "see the registry schema",
      };
  }
}

function byLine(a: RegistryIssue, b: RegistryIssue): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/** YAML 1.1 timestamps (or a custom tag) can yield a Date: turn it back into YYYY-MM-DD. */
function datesToText(v: unknown): unknown {
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(datesToText);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = datesToText(x);
    return out;
  }
  return v;
}

function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DOMAIN_PROBLEM: Record<"empty" | "ip" | "invalid", string> = {
  empty: "is empty once normalised",
  ip: "is an IP address, not a domain",
  invalid: "is not a valid domain name",
};

const EMPTY_FILE: RegistryIssue = {
  line: 1,
  problem: "the registry is empty",
  fix: "write `filings: []` if you mean no filings",
};

/** Parses and checks a registry; throws RegistryError listing every problem found. */
export function parseRegistry(text: string, file: string): Registry {
  if (text.trim() === "") {
    throw new RegistryError(file, [EMPTY_FILE]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const src = new SourceMap(doc, lines);

  // Later syntax errors are mostly consequences of the first: report that one only.
  const syntax = doc.errors[0];
  if (syntax) {
    throw new RegistryError(file, [
      {
        line: src.lineAt(syntax.pos[0]),
        problem: `YAML syntax error: ${syntax.message}`,
        fix:
          syntax.code === "DUPLICATE_KEY"
            ? "each key may appear once in a mapping: remove or merge the repeated one"
            : "correct the YAML at this line (indentation, quotes, brackets)",
      },
    ]);
  }
  const aliasIssues: RegistryIssue[] = [];
  visit(doc, {
    Alias(_, node) {
      if (!node.resolve(doc)) {
        aliasIssues.push({
          line: src.lineAt(node.range?.[0] ?? 0),
          problem: `YAML alias *${node.source} has no anchor &${node.source} before it`,
          fix: "define the anchor first, or write the value out",
        });
      }
    },
  });
  if (aliasIssues.length > 0) throw new RegistryError(file, aliasIssues);

  // A file of comments, or a bare `---`, has no contents or an empty plain scalar.
  const top = doc.contents;
  if (top === null || (isScalar(top) && top.value === null && top.source === "")) {
    throw new RegistryError(file, [EMPTY_FILE]);
  }
  if (!isMap(top)) {
    throw new RegistryError(file, [
      {
        line: src.line([]),
        problem: "the top level must be a mapping with `filings`, `servers`, `exemptions`",
        fix: "start the file with `filings:` (docs/registry.md shows the layout)",
      },
    ]);
  }

  let data: unknown;
  try {
    data = datesToText(doc.toJS({ maxAliasCount: 100 }));
  } catch (e) {
    throw new RegistryError(file, [
      {
        line: 1,
        problem: `cannot read the YAML: ${(e as Error).message}`,
        fix: "write the values out without aliases",
      },
    ]);
  }

  const validate = validator();
  if (!validate(data)) {
    const seen = new Set<string>();
    const issues: RegistryIssue[] = [];
    for (const err of validate.errors ?? []) {
      const issue = schemaIssue(err, data, src);
      const key = formatIssue("", issue);
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(issue);
      }
    }
    throw new RegistryError(file, issues.sort(byLine));
  }
  return buildRegistry(data, file, src);
}

function buildRegistry(raw: RawRegistry, file: string, src: SourceMap): Registry {
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
          problem: `${JSON.stringify(written)} ${DOMAIN_PROBLEM[n.reason]}`,
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

// ---------------------------------------------------------------------------------------------
// Locating and loading

export const REGISTRY_FILE = "icp-registry.yaml";

/** `ICP_GUARD_REGISTRY` (resolved against the cwd), else `<packDir>/icp-registry.yaml` if present. */
export function registryPath(env: NodeJS.ProcessEnv, packDir: string): string | undefined {
  const named = env.ICP_GUARD_REGISTRY?.trim();
  if (named) return path.resolve(process.cwd(), named);
  const inPack = path.resolve(packDir, REGISTRY_FILE);
  return existsSync(inPack) ? inPack : undefined;
}

/** The registry the pack runs with: EMPTY_REGISTRY when there is none (every filing check fails). */
export function loadRegistry(env: NodeJS.ProcessEnv, packDir: string): Registry {
  const file = registryPath(env, packDir);
  if (file === undefined) return EMPTY_REGISTRY;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const fromEnv = Boolean(env.ICP_GUARD_REGISTRY?.trim());
    throw new RegistryError(file, [
      {
        problem: `cannot read the registry (${code})`,
        fix: fromEnv
          ? "point ICP_GUARD_REGISTRY (or --registry) at an existing, readable file, or unset it"
          : `make ${REGISTRY_FILE} in the pack folder readable, or remove it`,
      },
    ]);
  }
  return parseRegistry(text, file);
}
