/**
 * Runs the built CLI (dist/cli/main.js) as a child process. The tests need `npm run build`
 * first (`npm test` does it); a missing or stale build fails loudly instead of testing old code.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const MAIN = path.join(ROOT, "dist", "cli", "main.js");
export const PACKS = path.join(ROOT, "test", "fixtures", "packs");
export const INPUTS = path.join(ROOT, "test", "fixtures", "inputs");

export const pack = (name: string) => path.join(PACKS, name);
export const input = (name: string) => path.join(INPUTS, name);

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The newest mtime of the .ts files in dir (and below, except in `skip` folders). */
function newestMtime(dir: string, skip: readonly string[]): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) newest = Math.max(newest, newestMtime(p, skip));
    } else if (entry.name.endsWith(".ts")) {
      newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  }
  return newest;
}

/** Throws unless dist/cli exists and is newer than the scan CLI's sources (not the program runner's). */
export function assertBuilt(): void {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  const built = Math.min(
    ...["main.js", "scan/index.js", "inputs.js"].map(
      (f) => fs.statSync(path.join(ROOT, "dist", "cli", f)).mtimeMs,
    ),
  );
  const sources = newestMtime(path.join(ROOT, "cli"), ["program"]);
  if (sources > built + 1000) {
    throw new Error(`${MAIN} is older than cli/ sources: run \`npm run build\` first`);
  }
}

const BASE_ENV: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
delete BASE_ENV.ICP_GUARD_REGISTRY;
delete BASE_ENV.ICP_GUARD_PACK_TIMEOUT_MS;

export function runCli(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): CliResult {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...BASE_ENV, ...opts.env },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting for it (from the repository root, unless `cwd` says otherwise). */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  const child = spawn(process.execPath, [MAIN, ...args], {
    cwd,
    env: { ...BASE_ENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export function tempDir(prefix = "icp-guard-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

/** Pids the fixture packs recorded in a $PACK_PID_DIR. */
export function recordedPids(dir: string): number[] {
  return fs
    .readdirSync(dir)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

export interface JsonReport {
  policyPacks: { name: string; version: string }[];
  resources: number;
  violations: {
    policyPack: string;
    policyName: string;
    enforcementLevel: string;
    severity: string | null;
    urn: string;
    message: string;
  }[];
  remediations: { policyPack: string; policyName: string; urn: string; description: string }[];
  summary: { mandatory: number; advisory: number };
}

/** `[policyPack, policyName, level, urn]` of each violation, in report order. */
export function triples(report: JsonReport): [string, string, string, string][] {
  return report.violations.map((v) => [v.policyPack, v.policyName, v.enforcementLevel, v.urn]);
}
