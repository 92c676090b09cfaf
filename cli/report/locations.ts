/**
 * Where each finding points: the resource's file and line (the program source that constructed it
 * for `preview`, the input file for `scan`). A finding whose URN is not among the resources (a
 * stack-level finding without a registered stack resource) points at line 1 of the file its
 * stack's resources came from, so every finding has a place to show.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CliText } from "../i18n";
import type { Exempted, ResourceRef, ScanResult } from "../result";
import { parseUrn } from "../urn";

export interface Location {
  file: string;
  line: number;
  column?: number;
}

export type Locator = (urn: string) => Location | undefined;

export function locator(result: Pick<ScanResult, "resources">): Locator {
  const byUrn = new Map<string, ResourceRef>();
  const byStack = new Map<string, string>();
  for (const r of result.resources) {
    byUrn.set(r.urn, r);
    const key = stackOf(r.urn);
    if (r.file && !byStack.has(key)) byStack.set(key, r.file);
  }
  return (urn) => {
    const r = byUrn.get(urn);
    if (r?.file) {
      const loc: Location = { file: r.file, line: r.line ?? 1 };
      if (r.column !== undefined) loc.column = r.column;
      return loc;
    }
    const file =
      byStack.get(stackOf(urn)) ?? (byStack.size === 1 ? [...byStack.values()][0] : undefined);
    return file ? { file, line: 1 } : undefined;
  };
}

function stackOf(urn: string): string {
  const p = parseUrn(urn);
  return p ? `${p.stack}::${p.project}` : "";
}

/** A path as a person reads it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const abs = path.resolve(file);
  const rel = path.relative(cwd, abs);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}

export function displayLocation(loc: Location, cwd?: string): string {
  return `${displayPath(loc.file, cwd)}:${loc.line}`;
}

/** The repository the working directory is in (the nearest folder with `.git`), else the cwd itself. */
export function sourceRoot(cwd: string = process.cwd()): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/** How many distinct stacks the resources belong to. */
export function stackCount(result: Pick<ScanResult, "resources">): number {
  return new Set(result.resources.map((r) => stackOf(r.urn))).size;
}

/** `project/stack` of a URN, for naming the stack in multi-stack reports. */
export function stackLabel(urn: string): string {
  const p = parseUrn(urn);
  return p ? `${p.project}/${p.stack}` : "";
}

/** "exempted until <date> by <file>:<line>: <reason>", as every format words an exemption. */
export function exemptionText(e: Exempted, t: CliText): string {
  const where = e.file ? displayLocation({ file: e.file, line: e.line ?? 1 }) : undefined;
  return t.exemptedLine({ reason: e.reason, expires: e.expires, where });
}
