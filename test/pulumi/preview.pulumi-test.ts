/**
 * Every example program previewed by the real CLI (`pulumi preview --policy-pack <repo>`, the
 * program run by @pulumi/pulumi's own runner, the provider answered by the preview-only stand-in in
 * test/pulumi/provider) and by `icp-guard preview` of the same folder: the violations (policy,
 * URN, level, message) and the outcome must be equal, and equal to the example's expected.json.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  copyExample,
  engineVerdict,
  exampleNames,
  icpGuardVerdict,
  readExpected,
  urnName,
  type Verdict,
} from "./support/compare";
import {
  describeRun,
  describeWithPulumi,
  EXAMPLES,
  EXAMPLES_REGISTRY,
  icpGuard,
  ROOT,
  Sandbox,
} from "./support/engine";

describeWithPulumi("pulumi preview --policy-pack = icp-guard preview", (cli) => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = Sandbox.create(cli);
  });
  afterAll(() => sandbox?.dispose());

  /** `pulumi stack init` + `pulumi preview` in dir, with its own backend; the policy events. */
  async function enginePreview(
    caseName: string,
    dir: string,
    opts: { policyPack?: string; config?: Record<string, string>; env?: NodeJS.ProcessEnv } = {},
  ): Promise<Verdict & { events: string }> {
    const backend = sandbox.path("backends", caseName);
    fs.mkdirSync(backend, { recursive: true });
    const env = {
      PULUMI_BACKEND_URL: `file://${backend}`,
      ICP_GUARD_REGISTRY: EXAMPLES_REGISTRY,
      ...opts.env,
    };
    const init = await sandbox.pulumi(["stack", "init", "prod"], { cwd: dir, env });
    expect(init.code, describeRun("pulumi stack init", init)).toBe(0);
    const events = sandbox.path("events", `${caseName}.jsonl`);
    fs.mkdirSync(path.dirname(events), { recursive: true });
    const args = ["preview", "--policy-pack", opts.policyPack ?? ROOT, "--event-log", events];
    for (const [k, v] of Object.entries(opts.config ?? {})) args.push("--config", `${k}=${v}`);
    const r = await sandbox.pulumi(args, { cwd: dir, env });
    const verdict = engineVerdict(r, fs.existsSync(events) ? fs.readFileSync(events, "utf8") : "");
    if (verdict.outcome === "error") throw new Error(describeRun("pulumi preview", r));
    // The stand-in served the provider: nothing was downloaded or looked up on PATH.
    expect(r.stdout + r.stderr).not.toMatch(/\bdownloading (plugin|provider)|from \$PATH/i);
    return { ...verdict, events };
  }

  async function ourPreview(dir: string, config: Record<string, string> = {}): Promise<Verdict> {
    const args = ["preview", dir, "--registry", EXAMPLES_REGISTRY, "--format", "json"];
    for (const [k, v] of Object.entries(config)) args.push("--config", `${k}=${v}`);
    const r = await icpGuard(args);
    const verdict = icpGuardVerdict(r);
    if (verdict.outcome === "error") throw new Error(describeRun("icp-guard preview", r));
    return verdict;
  }

  const eventLogs: string[] = [];

  for (const name of exampleNames()) {
    const expected = readExpected(name);
    const cases = [
      { config: {} as Record<string, string>, want: expected.violations },
      ...(expected.variants ?? []).map((v) => ({ config: v.config, want: v.violations })),
    ];
    cases.forEach(({ config, want }, i) => {
      const label = Object.entries(config)
        .map(([k, v]) => ` --config ${k}=${v}`)
        .join("");
      it(`${name}${label}`, async () => {
        const caseName = i === 0 ? name : `${name}-variant-${i}`;
        const dir = copyExample(sandbox, name, caseName);
        // icp-guard first: the real CLI then writes the stack's encryption salt into the copy.
        const ours = await ourPreview(dir, config);
        const engine = await enginePreview(caseName, dir, { config });
        expect(ours.violations).toEqual(engine.violations);
        expect(ours.outcome).toBe(engine.outcome);
        // `icp-guard report` reads the same real event log to the same verdict.
        const report = icpGuardVerdict(
          await icpGuard(["report", engine.events, "--format", "json"]),
        );
        expect(report.violations).toEqual(engine.violations);
        expect(report.outcome).toBe(engine.outcome);
        eventLogs.push(engine.events);
        // And both are what the example documents.
        const found = engine.violations.map((v) => `${v.policy} ${urnName(v.urn)} ${v.level}`);
        expect(found.sort()).toEqual(
          want.map((v) => `${v.policy} ${v.resource} ${v.level}`).sort(),
        );
        expect(engine.outcome).toBe(
          want.some((v) => v.level === "mandatory") ? "mandatory" : "pass",
        );
      });
    });
  }

  // Once a difference (docs/real-engine.md, "icp-guard report lists a local pack twice"): CLI
  // 3.274.1's summaryEvent names a local pack `<name>|local|<path>` in PolicyPacks;
  // cli/report/event-log.ts now takes the part before the first `|`.
  it("icp-guard report of a real event log lists the one pack that ran", async () => {
    expect(eventLogs.length).toBeGreaterThan(0);
    const r = await icpGuard(["report", eventLogs[0], "--format", "json"]);
    const packs = (JSON.parse(r.stdout) as { policyPacks: unknown[] }).policyPacks;
    expect(packs).toEqual([{ name: "alicloud-icp-guard", version: "0.1.0" }]);
  });

  // Once a difference (docs/real-engine.md, "Examples run in place"): examples/README.md says to
  // run `pulumi preview --policy-pack ../..` from an example's folder. Without `main` in Pulumi.yaml
  // the Node SDK's runner follows the nearest package.json upwards (the repository's: the pack) and
  // runs the pack as the program; every example now names its entry point (`main: index.ts`).
  /** The repository's layout (package.json, the built pack) with examples/unfiled-cdn in place. */
  function inPlace(name: string, pulumiYaml?: string): string {
    const repo = sandbox.path(name);
    fs.mkdirSync(path.join(repo, "examples"), { recursive: true });
    for (const f of ["package.json", "PulumiPolicy.yaml"]) {
      fs.copyFileSync(path.join(ROOT, f), path.join(repo, f));
    }
    for (const d of ["dist", "node_modules"]) {
      fs.symlinkSync(path.join(ROOT, d), path.join(repo, d), "dir");
    }
    fs.copyFileSync(EXAMPLES_REGISTRY, path.join(repo, "examples", "icp-registry.yaml"));
    const dir = path.join(repo, "examples", "unfiled-cdn");
    fs.mkdirSync(dir);
    for (const f of ["Pulumi.yaml", "Pulumi.prod.yaml", "index.ts"]) {
      fs.copyFileSync(path.join(EXAMPLES, "unfiled-cdn", f), path.join(dir, f));
    }
    if (pulumiYaml !== undefined) fs.writeFileSync(path.join(dir, "Pulumi.yaml"), pulumiYaml);
    return dir;
  }

  it("examples/README.md's in-place command: pulumi preview from examples/<name> = icp-guard preview", async () => {
    const dir = inPlace("repo-layout");
    const ours = await ourPreview(dir);
    expect(ours.outcome).toBe("mandatory");
    const engine = await enginePreview("in-place", dir, {
      policyPack: "../..",
      env: { ICP_GUARD_REGISTRY: path.join(dir, "..", "icp-registry.yaml") },
    });
    expect(ours.violations).toEqual(engine.violations);
  });

  // Without `main`, both run the repository's package.json `main` (the pack) as the program, and
  // both fail (docs/real-engine.md, difference 3); icp-guard says which manifest chose the entry.
  it("a project without main inside the repository: both run the package.json main, and fail", async () => {
    const yaml = fs
      .readFileSync(path.join(EXAMPLES, "unfiled-cdn", "Pulumi.yaml"), "utf8")
      .replace(/^main:.*\n/m, "");
    const dir = inPlace("repo-layout-no-main", yaml);
    expect(fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8")).not.toMatch(/^main:/m);
    const ours = await icpGuard([
      "preview",
      dir,
      "--registry",
      EXAMPLES_REGISTRY,
      "--format",
      "json",
    ]);
    expect(icpGuardVerdict(ours).outcome).toBe("error");
    expect(ours.stderr).toContain("Cannot find module");
    expect(ours.stderr).toContain("note: Pulumi.yaml names no main");
    const env = {
      PULUMI_BACKEND_URL: `file://${sandbox.path("backends", "no-main")}`,
      ICP_GUARD_REGISTRY: path.join(dir, "..", "icp-registry.yaml"),
    };
    fs.mkdirSync(sandbox.path("backends", "no-main"), { recursive: true });
    expect((await sandbox.pulumi(["stack", "init", "prod"], { cwd: dir, env })).code).toBe(0);
    const r = await sandbox.pulumi(["preview", "--policy-pack", "../.."], { cwd: dir, env });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("dist/policy-pack/index.js");
    expect(r.stdout + r.stderr).toContain("Cannot find module");
  });
});
