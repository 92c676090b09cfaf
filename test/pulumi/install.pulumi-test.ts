/**
 * The pack as a user gets it: `npm pack` of this repository, installed offline (from the npm cache
 * `npm ci` filled) as a dependency of a fresh project next to @pulumi/pulumi and @pulumi/alicloud,
 * then used by the real CLI as `--policy-pack node_modules/alicloud-icp-guard`, and by the
 * installed `icp-guard` bin. Both must report what the example documents.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runProgram } from "../../cli/program/run-program";
import {
  engineVerdict,
  icpGuardVerdict,
  readExpected,
  stackExport,
  urnName,
  type Verdict,
  writeJson,
} from "./support/compare";
import {
  ALICLOUD_VERSION,
  describeRun,
  describeWithPulumi,
  EXAMPLES,
  EXAMPLES_REGISTRY,
  icpGuardEnv,
  ROOT,
  run,
  Sandbox,
} from "./support/engine";

const EXAMPLE = "unfiled-cdn";

/** A lock file for a project with these dependencies, from the repository's package-lock.json. */
function userLock(
  dependencies: Record<string, string>,
  devDependencies: Record<string, string> = {},
) {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const root = { name: "icp-guard-user-project", version: "1.0.0", dependencies, devDependencies };
  const packages: Record<string, Record<string, unknown>> = { "": root };
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === "" || !where.startsWith("node_modules/")) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    packages[where] = rest;
  }
  return { ...root, lockfileVersion: 3, requires: true, packages };
}
const PACK_REL = path.join("node_modules", "alicloud-icp-guard");

describeWithPulumi("the pack installed from its npm tarball", (cli) => {
  let sandbox: Sandbox;
  let project: string;
  let pkg: { version: string; dependencies: Record<string, string> };

  beforeAll(() => {
    sandbox = Sandbox.create(cli);
    pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    project = sandbox.path("user-project");
    fs.mkdirSync(project, { recursive: true });
  });
  afterAll(() => sandbox?.dispose());

  it("npm pack, then npm install --offline of the tarball into a new project", async () => {
    const packed = await run("npm", ["pack", "--json", "--pack-destination", sandbox.root], {
      cwd: ROOT,
      env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
    });
    expect(packed.code, describeRun("npm pack", packed)).toBe(0);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const tarball = path.join(sandbox.root, info.filename);
    const shipped = info.files.map((f) => f.path);
    // What the engine needs to boot the pack from the installed folder.
    for (const f of ["PulumiPolicy.yaml", "package.json", "dist/policy-pack/index.js"]) {
      expect(shipped, `the tarball ships ${f}`).toContain(f);
    }

    const dependencies = {
      "@pulumi/pulumi": pkg.dependencies["@pulumi/pulumi"],
      "@pulumi/alicloud": ALICLOUD_VERSION,
      "alicloud-icp-guard": `file:${tarball}`,
    };
    writeJson(path.join(project, "package.json"), {
      name: "icp-guard-user-project",
      version: "1.0.0",
      private: true,
      dependencies,
    });
    // Offline, npm can only take what `npm ci` cached: tarballs, not registry metadata. A lock file
    // made from the repository's (same versions, resolved URLs and integrity) lets it resolve the
    // user's dependencies without the registry; npm prunes what they do not reach.
    writeJson(path.join(project, "package-lock.json"), userLock(dependencies));
    const install = await run(
      "npm",
      ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"],
      { cwd: project, env: { ...process.env }, timeoutMs: 600_000 },
    );
    expect(install.code, describeRun("npm install --offline", install)).toBe(0);
    expect(fs.existsSync(path.join(project, PACK_REL, "PulumiPolicy.yaml"))).toBe(true);
    // One @pulumi/pulumi for the program and the pack, as npm dedupes it.
    expect(fs.existsSync(path.join(project, PACK_REL, "node_modules", "@pulumi", "pulumi"))).toBe(
      false,
    );
  });

  /** The installed `icp-guard preview` of the project, as a user runs it. */
  async function installedPreview(): Promise<Verdict> {
    const r = await run(
      process.execPath,
      [
        path.join(project, "node_modules", ".bin", "icp-guard"),
        "preview",
        ".",
        "--policy-pack",
        PACK_REL,
        "--registry",
        EXAMPLES_REGISTRY,
        "--format",
        "json",
      ],
      { cwd: project, env: icpGuardEnv() },
    );
    const verdict = icpGuardVerdict(r);
    if (verdict.outcome === "error") throw new Error(describeRun("installed icp-guard preview", r));
    return verdict;
  }

  let engine: Verdict | undefined;

  it(`pulumi preview --policy-pack ${PACK_REL} reports what expected.json lists (no typescript installed)`, async () => {
    expect(fs.existsSync(path.join(project, PACK_REL)), "needs the install test").toBe(true);
    for (const f of ["Pulumi.yaml", "Pulumi.prod.yaml", "index.ts"]) {
      fs.copyFileSync(path.join(EXAMPLES, EXAMPLE, f), path.join(project, f));
    }
    const env = { ICP_GUARD_REGISTRY: EXAMPLES_REGISTRY };
    const init = await sandbox.pulumi(["stack", "init", "prod"], { cwd: project, env });
    expect(init.code, describeRun("pulumi stack init", init)).toBe(0);
    const events = sandbox.path("install-preview.jsonl");
    const r = await sandbox.pulumi(["preview", "--policy-pack", PACK_REL, "--event-log", events], {
      cwd: project,
      env,
    });
    const verdict = engineVerdict(r, fs.existsSync(events) ? fs.readFileSync(events, "utf8") : "");
    expect(verdict.outcome, describeRun("pulumi preview", r)).not.toBe("error");
    const want = readExpected(EXAMPLE).violations;
    expect(
      verdict.violations.map((v) => `${v.policy} ${urnName(v.urn)} ${v.level}`).sort(),
    ).toEqual(want.map((v) => `${v.policy} ${v.resource} ${v.level}`).sort());
    engine = verdict;
  });

  // Once a difference (docs/real-engine.md, "icp-guard preview needs `typescript`"): the real
  // engine runs a TypeScript program with the SDK's vendored TypeScript when the project has none;
  // icp-guard now depends on `typescript` itself, so the installed CLI type-checks it too.
  it("the installed icp-guard preview of the same project = pulumi preview (no typescript installed)", async () => {
    expect(engine).toBeDefined();
    const ours = await installedPreview();
    expect(ours.violations).toEqual(engine?.violations);
    expect(ours.outcome).toBe(engine?.outcome);
  });

  it("with typescript installed (as `pulumi new` projects have it): installed icp-guard preview = pulumi preview", async () => {
    expect(engine, "needs the pulumi preview test").toBeDefined();
    const typescript = JSON.parse(
      fs.readFileSync(path.join(ROOT, "node_modules", "typescript", "package.json"), "utf8"),
    ).version;
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8"));
    manifest.devDependencies = { typescript };
    writeJson(path.join(project, "package.json"), manifest);
    writeJson(
      path.join(project, "package-lock.json"),
      userLock(manifest.dependencies, manifest.devDependencies),
    );
    const install = await run(
      "npm",
      ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"],
      { cwd: project, env: { ...process.env }, timeoutMs: 600_000 },
    );
    expect(install.code, describeRun("npm install --offline typescript", install)).toBe(0);
    const ours = await installedPreview();
    expect(ours.violations).toEqual(engine?.violations);
    expect(ours.outcome).toBe(engine?.outcome);
  });

  it(`pulumi policy analyze --policy-pack ${PACK_REL} judges an export as the repository's pack does`, async () => {
    expect(fs.existsSync(path.join(project, PACK_REL)), "needs the install test").toBe(true);
    const states = (await runProgram(path.join(EXAMPLES, EXAMPLE))).states;
    const file = writeJson(sandbox.path("install-export.json"), stackExport(states));
    const env = { ICP_GUARD_REGISTRY: EXAMPLES_REGISTRY };
    const args = (pack: string) => [
      "policy",
      "analyze",
      "--file",
      file,
      "--policy-pack",
      pack,
      "--json",
    ];
    const installed = await sandbox.pulumi(args(PACK_REL), { cwd: project, env });
    const repo = await sandbox.pulumi(args(ROOT), { cwd: project, env });
    const a = engineVerdict(installed, installed.stdout);
    const b = engineVerdict(repo, repo.stdout);
    expect(a.outcome, describeRun("analyze with the installed pack", installed)).toBe("mandatory");
    expect(a).toEqual(b);
  });
});
