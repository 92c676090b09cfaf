/**
 * Every example under examples/ (a folder with an expected.json) goes through the offline preview
 * as a user runs it, `icp-guard preview examples/<name> --registry examples/icp-registry.yaml
 * --format json`, and must produce exactly the violations its expected.json lists: no missing, no
 * extra. Needs `npm run build` (`npm test` does it).
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../cli/program/run-program";
import { UNKNOWN } from "../../policy-pack/model/sentinels";
import { ALL_POLICIES } from "../../policy-pack/policies";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples");
const MAIN = path.join(ROOT, "dist", "cli", "main.js");
const REGISTRY = path.join(EXAMPLES, "icp-registry.yaml");
/**
 * The day the pack takes as today. exempted-legacy-domain has one exemption that expires in
 * 2027 and one that expired in 2026; pinning the day keeps the example's verdict from aging.
 */
const TODAY = "2026-12-01";

type Level = "mandatory" | "advisory";

/** One violation: the policy, the last segment of the URN (the resource name), the level. */
interface Found {
  policy: string;
  resource: string;
  level: Level;
}

interface Expected {
  violations: Found[];
  /** The same program with `--config KEY=VALUE` overrides, and what it must produce then. */
  variants?: Array<{ config: Record<string, string>; violations: Found[] }>;
}

interface PreviewRun {
  code: number | null;
  violations: Found[];
  stderr: string;
}

function examples(): string[] {
  return fs
    .readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(EXAMPLES, e.name, "expected.json")))
    .map((e) => e.name)
    .sort();
}

function readExpected(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name, "expected.json"), "utf8"));
}

function sorted(list: readonly Found[]): Found[] {
  const key = (f: Found) => `${f.policy}\0${f.resource}\0${f.level}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The name part of `urn:pulumi:<stack>::<project>::<type>::<name>` (a name may hold `::`). */
function urnName(urn: string): string {
  return urn.split("::").slice(3).join("::");
}

function preview(name: string, config: Record<string, string> = {}): Promise<PreviewRun> {
  const args = [
    MAIN,
    "preview",
    path.join("examples", name),
    "--registry",
    REGISTRY,
    "--format",
    "json",
    ...Object.entries(config).flatMap(([k, v]) => ["--config", `${k}=${v}`]),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ICP_GUARD_TODAY: TODAY };
  delete env.ICP_GUARD_REGISTRY;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        if (code !== 0 && code !== 1) {
          reject(new Error(`icp-guard preview ${name} exited ${code}:\n${stderr}`));
          return;
        }
        const report: {
          violations: Array<{ policyName: string; urn: string; enforcementLevel: Level }>;
        } = JSON.parse(stdout);
        const violations = report.violations.map((v) => ({
          policy: v.policyName,
          resource: urnName(v.urn),
          level: v.enforcementLevel,
        }));
        resolve({ code, violations, stderr });
      },
    );
  });
}

async function expectPreview(name: string, config: Record<string, string>, want: Found[]) {
  const run = await preview(name, config);
  expect(sorted(run.violations)).toEqual(sorted(want));
  // Exit 1 exactly when a mandatory violation stops the preview.
  expect(run.code).toBe(want.some((v) => v.level === "mandatory") ? 1 : 0);
}

describe("the examples folder", () => {
  const names = examples();

  it("holds at least twelve examples, each a complete program with a README", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    const projects = new Set<string>();
    for (const name of names) {
      const dir = path.join(EXAMPLES, name);
      const files = fs.readdirSync(dir);
      expect(files, name).toEqual(expect.arrayContaining(["Pulumi.yaml", "index.ts", "README.md"]));
      expect(
        files.some((f) => /^Pulumi\..+\.yaml$/.test(f)),
        `${name} has a stack file`,
      ).toBe(true);
      const project = /^name:\s*(\S+)\s*$/m.exec(
        fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8"),
      )?.[1];
      expect(project, `${name}: project name`).toBe(name);
      projects.add(project ?? "");
    }
    expect(projects.size).toBe(names.length);
  });

  it("expects only real policies, at a real level, each violation once", () => {
    const levels = new Map(ALL_POLICIES.map((p) => [p.name, p.enforcementLevel]));
    for (const name of names) {
      const e = readExpected(name);
      for (const list of [e.violations, ...(e.variants ?? []).map((v) => v.violations)]) {
        for (const v of list) {
          expect(levels.get(v.policy), `${name}: ${v.policy}`).toBe(v.level);
          expect(v.resource, `${name}: ${v.policy}`).not.toBe("");
        }
        expect(new Set(list.map((v) => `${v.policy} ${v.resource}`)).size).toBe(list.length);
      }
    }
  });

  it("lists every example in examples/README.md", () => {
    const readme = fs.readFileSync(path.join(EXAMPLES, "README.md"), "utf8");
    for (const name of names) expect(readme).toContain(`[${name}](${name}/)`);
  });

  it("type-checks every program against the installed @pulumi/alicloud", async () => {
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile(
        process.execPath,
        [tsc, "-p", path.join(EXAMPLES, "tsconfig.json")],
        { cwd: ROOT, encoding: "utf8" },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
          resolve({ code, out: stdout + stderr });
        },
      );
    });
    expect(result.out).toBe("");
    expect(result.code).toBe(0);
  });

  it("runs the same program for the Hong Kong twin of the compliant website", () => {
    const program = (name: string) =>
      fs.readFileSync(path.join(EXAMPLES, name, "index.ts"), "utf8");
    expect(program("hongkong-website")).toBe(program("compliant-website"));
  });
});

/**
 * Every preview starts at once, each a Node process running a Pulumi program: on a shared 2-core
 * machine one takes about a minute when 30 run together, so each gets well past the default.
 */
const PREVIEW_TIMEOUT = 300_000;

describe.concurrent("each example previews to exactly its expected.json", () => {
  for (const name of examples()) {
    const e = readExpected(name);
    it(name, () => expectPreview(name, {}, e.violations), PREVIEW_TIMEOUT);
    for (const v of e.variants ?? []) {
      const flags = Object.entries(v.config)
        .map(([k, val]) => `--config ${k}=${val}`)
        .join(" ");
      it(`${name} ${flags}`, () => expectPreview(name, v.config, v.violations), PREVIEW_TIMEOUT);
    }
  }
});

describe("payg-behind-clb: a new ECS behind a new CLB", () => {
  it("links the backend to the ECS only through propertyDependencies, and the verdict follows the ECS", async () => {
    const dir = path.join(EXAMPLES, "payg-behind-clb");
    const [payg, eligible] = await Promise.all([
      runProgram(dir),
      runProgram(dir, { config: { eligible: "true" } }),
    ]);
    for (const run of [payg, eligible]) {
      const ecs = run.states.find((s) => s.type === "alicloud:ecs/instance:Instance");
      const backends = run.states.find(
        (s) => s.type === "alicloud:slb/backendServer:BackendServer",
      );
      // The ECS id is unknown on a first preview: only propertyDependencies tie the two.
      expect(backends?.inputs?.backendServers).toEqual([{ serverId: UNKNOWN, weight: 100 }]);
      expect(backends?.propertyDependencies?.backendServers).toEqual([ecs?.urn]);
    }
    const ecsInputs = (run: typeof payg) =>
      run.states.find((s) => s.type === "alicloud:ecs/instance:Instance")?.inputs;
    expect(ecsInputs(payg)).toMatchObject({ instanceChargeType: "PostPaid" });
    expect(ecsInputs(eligible)).toMatchObject({
      instanceChargeType: "PrePaid",
      period: 3,
      internetMaxBandwidthOut: 10,
    });

    // The preview flags the CLB, and the variant with the eligible ECS flags nothing.
    const expected = readExpected("payg-behind-clb");
    expect(expected.violations).toEqual([
      { policy: "icp-lb-backend-ecs", resource: "clb", level: "mandatory" },
    ]);
    expect(expected.variants).toEqual([{ config: { eligible: "true" }, violations: [] }]);
  });
});
