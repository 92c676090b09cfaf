/**
 * What the pack tells `icp-guard` beyond the Analyzer protocol, so every report can show what was
 * not checked and why. The protocol carries a resource policy's not-applicable reason, but a stack
 * policy can only say "not applicable" for the whole stack, and neither says that a result was an
 * exemption (which file, which line, until when). When `icp-guard` runs the pack it sets
 * ICP_GUARD_AUDIT_FILE to a file of its own; the pack appends one JSON object per line:
 *
 * - `registry`: the registry the pack loaded (absolute path, or null for none) and its counts;
 * - `applies-to`: the type tokens a resource policy reads (any other resource is not its concern);
 * - `not-applicable`: a stack policy's not-applicable result for one resource, with the reason;
 * - `exempted`: a result an active registry exemption turned into not applicable (any policy).
 *
 * The engine never sets the variable: under `pulumi preview` nothing is written and nothing the
 * engine sees changes (a resource policy's exemption still reaches it as a not-applicable reason).
 */
import { appendFileSync } from "node:fs";
import type { Registry, RegistryExemption } from "../model/registry";

export const AUDIT_FILE_ENV = "ICP_GUARD_AUDIT_FILE";

export interface RegistryAudit {
  kind: "registry";
  /** Absolute path of the registry file, or null when the pack runs without one. */
  file: string | null;
  filings: number;
  servers: number;
  exemptions: number;
}

export interface AppliesToAudit {
  kind: "applies-to";
  policy: string;
  types: string[];
}

export interface NotApplicableAudit {
  kind: "not-applicable";
  policy: string;
  urn: string;
  reason: string;
}

export interface ExemptedAudit {
  kind: "exempted";
  policy: string;
  urn: string;
  /** The exemption's own `reason`. */
  reason: string;
  /** YYYY-MM-DD, the last day it applies. */
  expires: string;
  /** The exemption's `match` glob and where it is written. */
  match: string;
  file: string;
  line: number;
}

export type AuditRecord = RegistryAudit | AppliesToAudit | NotApplicableAudit | ExemptedAudit;

export interface AuditSink {
  write(records: readonly AuditRecord[]): void;
}

/** The sink `icp-guard` asked for, or none (under the engine). */
export function auditSinkFromEnv(env: NodeJS.ProcessEnv): AuditSink | undefined {
  const file = env[AUDIT_FILE_ENV]?.trim();
  if (!file) return undefined;
  return {
    write(records) {
      if (records.length === 0) return;
      // One append per call: a stack policy's records land together, before its response is sent.
      appendFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(""));
    },
  };
}

export function registryAudit(registry: Registry): RegistryAudit {
  return {
    kind: "registry",
    file: registry.source === "" ? null : registry.source,
    filings: registry.filings.length,
    servers: registry.servers.length,
    exemptions: registry.exemptions.length,
  };
}

export function exemptedAudit(
  policy: string,
  urn: string,
  exemption: RegistryExemption,
  registry: Registry,
): ExemptedAudit {
  return {
    kind: "exempted",
    policy,
    urn,
    reason: exemption.reason,
    expires: exemption.expires,
    match: exemption.match,
    file: registry.source,
    line: exemption.line,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === "string";
const count = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Reads an audit file's lines; a line that is not a well-formed record is skipped. */
export function parseAuditRecords(text: string): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isObject(v)) continue;
    if (
      v.kind === "registry" &&
      (v.file === null || str(v.file)) &&
      count(v.filings) &&
      count(v.servers) &&
      count(v.exemptions)
    ) {
      records.push({
        kind: "registry",
        file: v.file,
        filings: v.filings,
        servers: v.servers,
        exemptions: v.exemptions,
      });
    } else if (
      v.kind === "applies-to" &&
      str(v.policy) &&
      Array.isArray(v.types) &&
      v.types.every(str)
    ) {
      records.push({ kind: "applies-to", policy: v.policy, types: v.types });
    } else if (v.kind === "not-applicable" && str(v.policy) && str(v.urn) && str(v.reason)) {
      records.push({ kind: "not-applicable", policy: v.policy, urn: v.urn, reason: v.reason });
    } else if (
      v.kind === "exempted" &&
      str(v.policy) &&
      str(v.urn) &&
      str(v.reason) &&
      str(v.expires) &&
      str(v.match) &&
      str(v.file) &&
      count(v.line)
    ) {
      records.push({
        kind: "exempted",
        policy: v.policy,
        urn: v.urn,
        reason: v.reason,
        expires: v.expires,
        match: v.match,
        file: v.file,
        line: v.line,
      });
    }
  }
  return records;
}
