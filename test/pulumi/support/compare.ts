/**
 * What both tools produced, in one shape: the violations (policy, URN, level, message) and the
 * outcome. The engine exits 1 both for a mandatory violation and for an error; icp-guard exits 1
 * for a mandatory violation and 2 for an error; the outcome names the three cases.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResourceState } from "../../../cli/state";
import { EXAMPLES, PULUMI_VERSION, type RunResult, type Sandbox } from "./engine";

export type Level = "mandatory" | "advisory" | "remediate" | "disabled";

export interface Violation {
  policy: string;
  urn: string;
  level: Level;
  message: string;
}

export type Outcome = "pass" | "mandatory" | "error";

export interface Verdict {
  outcome: Outcome;
  violations: Violation[];
}

const key = (v: Violation) => `${v.policy}\0${v.urn}\0${v.level}\0${v.message}`;

export function sortViolations(list: readonly Violation[]): Violation[] {
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * `policyEvent`s of an engine event stream (`pulumi policy analyze --json` stdout, or a
 * `pulumi preview --event-log` file). The preview stream ends each message with a newline the
 * analyze stream does not have; both are compared without trailing whitespace.
 */
export function engineViolations(jsonLines: string): Violation[] {
  const out: Violation[] = [];
  for (const line of jsonLines.split("\n")) {
    if (!line.trim().startsWith("{")) continue;
    const event = JSON.parse(line) as {
      policyEvent?: {
        policyName: string;
        resourceUrn?: string;
        enforcementLevel: Level;
        message: string;
      };
    };
    const p = event.policyEvent;
    if (!p) continue;
    out.push({
      policy: p.policyName,
      urn: p.resourceUrn ?? "",
      level: p.enforcementLevel,
      message: p.message.trimEnd(),
    });
  }
  return sortViolations(out);
}

export function engineVerdict(r: RunResult, events: string): Verdict {
  const violations = engineViolations(events);
  if (r.code === 0) return { outcome: "pass", violations };
  const mandatory = violations.some((v) => v.level === "mandatory");
  return { outcome: mandatory ? "mandatory" : "error", violations };
}

/** `icp-guard scan|preview --format json`. */
export function icpGuardVerdict(r: RunResult): Verdict {
  const outcome: Outcome = r.code === 0 ? "pass" : r.code === 1 ? "mandatory" : "error";
  if (outcome === "error" || r.stdout.trim() === "") return { outcome, violations: [] };
  const report = JSON.parse(r.stdout) as {
    violations: Array<{
      policyName: string;
      urn: string;
      enforcementLevel: Level;
      message: string;
    }>;
  };
  return {
    outcome,
    violations: sortViolations(
      report.violations.map((v) => ({
        policy: v.policyName,
        urn: v.urn,
        level: v.enforcementLevel,
        message: v.message.trimEnd(),
      })),
    ),
  };
}

/** The last segment of a URN: the resource name (a name may hold `::`). */
export function urnName(urn: string): string {
  return urn.split("::").slice(3).join("::");
}

export interface Deployment {
  version: 3;
  deployment: {
    manifest: { time: string; magic: string; version: string };
    secrets_providers?: unknown;
    resources: unknown[];
  };
}

/**
 * A `pulumi stack export` document holding these states. The magic cookie is the engine's
 * (sha256 of the manifest version), so `pulumi stack import` accepts it without --force.
 */
export function stackExport(states: readonly ResourceState[]): Deployment {
  const version = `v${PULUMI_VERSION}`;
  return {
    version: 3,
    deployment: {
      manifest: {
        time: "2026-12-01T00:00:00Z",
        magic: crypto.createHash("sha256").update(version).digest("hex"),
        version,
      },
      resources: states.map((s) => ({ ...s })),
    },
  };
}

export const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/**
 * The same states with secrets, in the form `pulumi stack export --show-secrets` writes them
 * (`{sig, plaintext: <JSON>}`): every domain-like string property of a custom resource and every
 * `tags` map, in inputs and outputs.
 */
export function withSecrets(states: readonly ResourceState[]): ResourceState[] {
  const wrap = (v: unknown) => ({ [SECRET_SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(v) });
  const secretProps = (props: Record<string, unknown> | undefined) => {
    if (!props) return props;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props)) {
      const domainLike = /domain/i.test(k) && typeof v === "string";
      const tags = k === "tags" && typeof v === "object" && v !== null;
      out[k] = domainLike || tags ? wrap(v) : v;
    }
    return out;
  };
  return states.map((s) =>
    s.custom && !s.type.startsWith("pulumi:providers:")
      ? { ...s, inputs: secretProps(s.inputs), outputs: secretProps(s.outputs) }
      : s,
  );
}

export function writeJson(file: string, value: unknown): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`);
  return file;
}

/** Example names: folders of examples/ with an expected.json. */
export function exampleNames(): string[] {
  return fs
    .readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(EXAMPLES, e.name, "expected.json")))
    .map((e) => e.name)
    .sort();
}

export interface Expected {
  violations: Array<{ policy: string; resource: string; level: Level }>;
  variants?: Array<{ config: Record<string, string>; violations: Expected["violations"] }>;
}

export function readExpected(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name, "expected.json"), "utf8"));
}

/**
 * A copy of examples/<name> as a user's own project: Pulumi.yaml, the stack files and index.ts,
 * a package.json without `main` (the Node SDK then runs the folder's index.ts), and the
 * repository's node_modules linked two levels up. The CLI writes the stack's encryption salt into
 * the copy's Pulumi.<stack>.yaml, never into examples/.
 */
export function copyExample(sandbox: Sandbox, name: string, caseName = name): string {
  const projects = sandbox.path("projects");
  const link = path.join(projects, "node_modules");
  if (!fs.existsSync(link)) {
    fs.mkdirSync(projects, { recursive: true });
    fs.symlinkSync(path.join(EXAMPLES, "..", "node_modules"), link, "dir");
  }
  const dir = path.join(projects, caseName);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(path.join(EXAMPLES, name))) {
    if (f === "Pulumi.yaml" || /^Pulumi\..+\.yaml$/.test(f) || f.endsWith(".ts")) {
      fs.copyFileSync(path.join(EXAMPLES, name, f), path.join(dir, f));
    }
  }
  writeJson(path.join(dir, "package.json"), { name, private: true });
  return dir;
}
