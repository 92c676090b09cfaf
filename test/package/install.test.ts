/**
 * The user's path: `npm pack` this package, install the tarball as a dev dependency of a fresh
 * infrastructure project (offline: the project's lock file is this repository's, so npm takes
 * every dependency from its cache, which `npm ci` here filled), then use it as a user does:
 * the `icp-guard` bin, `init`, `scan`, `preview` of a TypeScript program that has no `typescript`
 * of its own, and the pack booted from node_modules/alicloud-icp-guard the way the engine boots it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchPack, type PackProcess, resolvePulumiDir } from "../../cli/engine/process";
import { type AnalyzerClient, type AnalyzerPb, loadProtocol } from "../../cli/engine/protocol";
import { analyzeRequest, Providers } from "../../cli/engine/wire";
import type { ResourceState } from "../../cli/state";
import { parseRegistry } from "../../policy-pack/model/registry";
import { ALL_POLICIES } from "../../policy-pack/policies";
import {
  assertBuilt,
  type CliResult,
  input,
  type JsonReport,
  ROOT,
  tempDir,
} from "../cli/support/cli";

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
};
const work = tempDir("icp-guard-install-");
const project = path.join(work, "infra-repo");
const packDir = path.join(project, "node_modules", PKG.name);
const bin = path.join(project, "node_modules", ".bin", "icp-guard");
const EXPORT = input("icp-stack-export.json");
const CDN = "urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew";
const FILING = `filings:
  - number: 浙ICP备2024031234号-1
    domains: [filed-shop.cn]
    accessProviders: [alibaba-cloud]`;

/** Adds the filing of filed-shop.cn to the project's registry (the starter has no filings). */
function addFiling(): void {
  const file = path.join(project, "icp-registry.yaml");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("filings: []", FILING));
}

/** The environment of a user's shell: nothing of the `npm test` that runs this file. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1" };
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith("npm_") && k !== "npm_config_cache" && k !== "npm_config_userconfig") continue;
    if (k.startsWith("ICP_GUARD_") || k.startsWith("PULUMI_")) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

function run(cmd: string, args: string[], cwd = project, env?: NodeJS.ProcessEnv): CliResult {
  const r = spawnSync(cmd, args, {
    cwd,
    env: env ?? userEnv(),
    encoding: "utf8",
    shell: process.platform === "win32" && cmd === "npm",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The installed bin, run as a shell runs it (its shebang and mode, not `node main.js`). */
const icpGuard = (args: string[], cwd = project) => run(bin, args, cwd);

interface PackedFile {
  path: string;
  mode: number;
}
let packed: PackedFile[] = [];
let installLog = "";

/**
 * The project's package-lock.json: this repository's production dependencies, as npm would place
 * them under the new project (hoisted: none inside node_modules/alicloud-icp-guard), and the
 * tarball itself.
 */
function projectLock(tarball: string): object {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const own = lock.packages[""];
  const spec = `file:../${tarball}`;
  const packages: Record<string, Record<string, unknown>> = {
    "": { name: "infra-repo", devDependencies: { [PKG.name]: spec } },
    [`node_modules/${PKG.name}`]: {
      version: PKG.version,
      resolved: spec,
      dev: true,
      license: own.license,
      dependencies: own.dependencies,
      bin: own.bin,
      engines: own.engines,
    },
  };
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === "" || entry.dev === true) continue;
    const { devOptional: _, ...rest } = entry;
    packages[where] = { ...rest, dev: true };
  }
  return { name: "infra-repo", lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
  assertBuilt();
  // dist/ is built by `npm test`; --ignore-scripts packs it as is instead of building again.
  const pack = run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: PackedFile[] }[];
  packed = info.files;

  fs.mkdirSync(project);
  const manifest = {
    name: "infra-repo",
    private: true,
    devDependencies: { [PKG.name]: `file:../${info.filename}` },
    // What docs/ci.md tells users: protobufjs's postinstall only prints a warning; deny it.
    allowScripts: { protobufjs: false },
  };
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(
    path.join(project, "package-lock.json"),
    JSON.stringify(projectLock(info.filename), null, 2),
  );
  const install = run("npm", ["ci", "--offline", "--no-audit", "--no-fund"]);
  installLog = install.stdout + install.stderr;
  if (install.code !== 0 && installLog.includes("ENOTCACHED")) {
    throw new Error(
      "npm's cache lacks this repository's dependencies (this test installs offline from it): run `npm ci` here first",
    );
  }
  expect(install.code, installLog).toBe(0);

  // The user's own program: the website fixture, with the user's @pulumi/alicloud, no typescript.
  const program = path.join(project, "infra");
  fs.cpSync(path.join(ROOT, "test", "fixtures", "programs", "website"), program, {
    recursive: true,
  });
  fs.symlinkSync(
    path.join(ROOT, "node_modules", "@pulumi", "alicloud"),
    path.join(project, "node_modules", "@pulumi", "alicloud"),
    "junction",
  );
}, 240_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships the pack, the CLI, the schema, the docs and the licence; no sources, maps or tests", () => {
    const files = packed.map((f) => f.path);
    for (const f of [
      "package.json",
      "PulumiPolicy.yaml",
      "LICENSE",
      "README.md",
      "schema/icp-registry.schema.json",
      "scripts/prepare.js",
      "dist/policy-pack/index.js",
      "dist/policy-pack/model/registry-validator.js",
      "dist/cli/main.js",
      "dist/cli/program/child.js",
    ]) {
      expect(files, f).toContain(f);
    }
    const stray = files.filter(
      (f) =>
        f.startsWith("test/") ||
        f.startsWith("examples/") ||
        f.endsWith(".map") ||
        (f.endsWith(".ts") && !f.endsWith(".d.ts")) ||
        f.includes("cases.js"),
    );
    expect(stray).toEqual([]);
    // The bin is executable in the tarball itself, not only once npm links it.
    expect(packed.find((f) => f.path === "dist/cli/main.js")?.mode).toBe(0o755);
    expect(fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8")).toContain(
      "Apache License\n                           Version 2.0, January 2004",
    );
  });

  it("installs offline with its dependencies hoisted beside it, and no install-script warning", () => {
    expect(fs.existsSync(path.join(packDir, "dist", "policy-pack", "index.js"))).toBe(true);
    expect(fs.existsSync(path.join(project, "node_modules", "@pulumi", "pulumi"))).toBe(true);
    expect(fs.existsSync(path.join(project, "node_modules", "typescript"))).toBe(true);
    // The engine's old assumption, DIR/node_modules/@pulumi/pulumi, does not hold here.
    expect(fs.existsSync(path.join(packDir, "node_modules", "@pulumi", "pulumi"))).toBe(false);
    expect(installLog).not.toContain("install-scripts");
  });
});

describe("icp-guard from node_modules/.bin", () => {
  it("--version: the package's version", () => {
    const r = icpGuard(["--version"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${PKG.version}\n`);
  });

  it("--help lists init", () => {
    const r = icpGuard(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^ {2}init +write a starter icp-registry\.yaml and policy-config\.json$/m,
    );
  });

  it("init writes a registry that loads (schema line to the installed schema) and a full config", () => {
    const r = icpGuard(["init"]);
    expect(r.code, r.stderr).toBe(0);
    const registry = fs.readFileSync(path.join(project, "icp-registry.yaml"), "utf8");
    const schemaRef = "./node_modules/alicloud-icp-guard/schema/icp-registry.schema.json";
    expect(registry.split("\n")[0]).toBe(`# yaml-language-server: $schema=${schemaRef}`);
    expect(fs.existsSync(path.join(project, schemaRef))).toBe(true);
    const loaded = parseRegistry(registry, "icp-registry.yaml", { today: "2026-12-01" });
    expect([loaded.filings.length, loaded.servers.length, loaded.exemptions.length]).toEqual([
      0, 0, 0,
    ]);
    // Commented examples: a filing, a server outside the stack, an exemption with reason and expiry.
    for (const example of [
      /# - number: /,
      /# - name: /,
      /# - match: /,
      /#\s+reason: "/,
      /#\s+expires: \d/,
    ]) {
      expect(registry).toMatch(example);
    }
    // Uncommented as the file says (`[]` removed), the examples load too.
    const uncommented = registry
      .replace(/: \[\]\n/g, ":\n")
      .split("\n")
      .map((l) => l.replace(/^ {2}# (- | {2})/, "  $1"))
      .join("\n");
    const examples = parseRegistry(uncommented, "icp-registry.yaml", { today: "2026-12-01" });
    expect([examples.filings.length, examples.servers.length, examples.exemptions.length]).toEqual([
      1, 1, 1,
    ]);
    expect(examples.servers[0]).not.toHaveProperty("stack");
    const config = JSON.parse(fs.readFileSync(path.join(project, "policy-config.json"), "utf8"));
    expect(Object.keys(config)).toEqual(["all", ...ALL_POLICIES.map((p) => p.name)]);
    expect(config.all).toBe("mandatory");
    expect(config["icp-service-code-quota"]).toEqual({
      enforcementLevel: "advisory",
      codesPerServer: 5,
    });
    expect(config["icp-lb-backend-ecs"].webPorts).toEqual([80, 443]);
  });

  it("init never overwrites: exit 2, one line per existing file, nothing written", () => {
    const again = icpGuard(["init"]);
    expect(again.code).toBe(2);
    expect(again.stderr.trimEnd().split("\n")).toEqual([
      "icp-guard: error: icp-registry.yaml already exists: not overwritten",
      "icp-guard: error: policy-config.json already exists: not overwritten",
    ]);
    const sub = path.join(work, "only-config");
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, "policy-config.json"), "{}");
    const one = icpGuard(["init", sub]);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(
      `icp-guard: error: ${path.join(sub, "policy-config.json")} already exists: not overwritten\n`,
    );
    expect(fs.readdirSync(sub)).toEqual(["policy-config.json"]);
  });

  it("scan finds the project's registry from node_modules: the starter fails both domains, a filing clears one", () => {
    const violations = () => {
      const r = icpGuard(["scan", EXPORT, "--format", "json"]);
      expect(r.code, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      return report.violations.map((v) => [v.policyName, v.urn, v.enforcementLevel]);
    };
    expect(violations()).toEqual([
      ["icp-cdn-domain", `${CDN}::static`, "mandatory"],
      ["icp-cdn-domain", `${CDN}::img`, "mandatory"],
    ]);
    addFiling();
    expect(violations()).toEqual([["icp-cdn-domain", `${CDN}::img`, "mandatory"]]);

    const configured = icpGuard(["scan", EXPORT, "--policy-pack-config", "policy-config.json"]);
    expect(configured.code, configured.stderr).toBe(1);
    expect(configured.stdout).toContain("Violations: 1 mandatory, 0 advisory");
  }, 120_000);

  it("previews a TypeScript program that has no typescript of its own", () => {
    const manifest = fs.readFileSync(path.join(project, "package.json"), "utf8");
    expect(manifest).not.toContain("typescript");
    const r = icpGuard(["preview", "infra", "--format", "json"]);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.violations.map((v) => [v.policyName, v.urn])).toEqual([
      [
        "icp-hosted-domain",
        "urn:pulumi:dev::shop::shop:web:Site$alicloud:dns/alidnsRecord:AlidnsRecord::site-www",
      ],
    ]);
  }, 120_000);

  it("without any typescript, preview fails in one line that says what to install, no stack trace", () => {
    const ts = path.join(project, "node_modules", "typescript");
    const away = path.join(work, "typescript-away");
    fs.renameSync(ts, away);
    try {
      const r = icpGuard(["preview", "infra"]);
      expect(r.code).toBe(2);
      const errors = r.stderr.split("\n").filter((l) => l.startsWith("icp-guard: error:"));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain("npm install --save-dev typescript");
      expect(errors[0]).toContain("reinstall alicloud-icp-guard");
      expect(r.stderr).not.toMatch(/^\s+at /m);
    } finally {
      fs.renameSync(away, ts);
    }
  }, 120_000);
});

describe("the pack booted from node_modules/alicloud-icp-guard as the engine boots it", () => {
  let pack: PackProcess | undefined;
  let client: AnalyzerClient | undefined;

  afterAll(async () => {
    client?.close();
    await pack?.stop();
  });

  it("resolves the hoisted run-policy-pack, starts, and checks against the project's registry", async () => {
    // The language host's locateModule: `node -e require.resolve(...)` with cwd = the pack folder.
    const located = run(
      process.execPath,
      ["-e", "console.log(require.resolve('@pulumi/pulumi/cmd/run-policy-pack'))"],
      packDir,
    );
    expect(located.code, located.stderr).toBe(0);
    const pulumiDir = resolvePulumiDir(packDir);
    expect(pulumiDir).toBe(
      fs.realpathSync(path.join(project, "node_modules", "@pulumi", "pulumi")),
    );
    expect(located.stdout.trim()).toBe(path.join(pulumiDir, "cmd", "run-policy-pack", "index.js"));

    addFiling(); // no-op when the scan test above added it
    const protocol = loadProtocol(pulumiDir);
    pack = await launchPack(packDir, pulumiDir, {
      // No ICP_GUARD_REGISTRY: the registry is the one in the project that installed the pack.
      env: userEnv({
        PULUMI_NODEJS_ORGANIZATION: "acme",
        PULUMI_NODEJS_PROJECT: "shop",
        PULUMI_NODEJS_STACK: "prod",
        PULUMI_NODEJS_DRY_RUN: "true",
        PULUMI_CONFIG: JSON.stringify({ "alicloud:region": "cn-hangzhou" }),
      }),
      timeoutMs: 60_000,
    });
    client = protocol.connect(pack.port);
    const c = client;
    const info = await protocol.call(c, c.getAnalyzerInfo, new protocol.Empty(), 30_000);
    expect([info.getName(), info.getVersion()]).toEqual([PKG.name, PKG.version]);

    const states = (
      JSON.parse(fs.readFileSync(EXPORT, "utf8")) as { deployment: { resources: ResourceState[] } }
    ).deployment.resources;
    const providers = new Providers(protocol, states);
    const diagnostics = async (name: string) => {
      const state = states.find((s) => s.urn === `${CDN}::${name}`);
      if (!state) throw new Error(`${name} is not in the fixture`);
      const res: AnalyzerPb.AnalyzeResponse = await protocol.call(
        c,
        c.analyze,
        analyzeRequest(protocol, state, providers),
        30_000,
      );
      return res.getDiagnosticsList().map((d) => d.getPolicyname());
    };
    expect(await diagnostics("static")).toEqual([]);
    expect(await diagnostics("img")).toEqual(["icp-cdn-domain"]);
  }, 120_000);
});
