/**
 * Configuration through the real CLI: a `--policy-pack-config` file is accepted by the engine's
 * validation exactly when icp-guard accepts it (and then both judge alike), and a bad registry
 * (ICP_GUARD_REGISTRY) stops `pulumi policy analyze` and `pulumi preview` with the pack's own
 * file:line: field: message.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProgram } from "../../cli/program/run-program";
import { BAD } from "../fixtures/registries/expectations";
import { GENERATED_REGISTRY, generateStack } from "../tools/stack-generator";
import {
  copyExample,
  engineVerdict,
  icpGuardVerdict,
  stackExport,
  type Verdict,
  writeJson,
} from "./support/compare";
import {
  describeRun,
  describeWithPulumi,
  EXAMPLES,
  EXAMPLES_REGISTRY,
  icpGuard,
  ROOT,
  type RunResult,
  Sandbox,
} from "./support/engine";

/**
 * Config files, accepted or not. `wording: false`: both refuse it, in different words (the
 * engine's JSON decoder against icp-guard's own message); the rest refuse it with the engine's text.
 */
const CONFIGS: Array<{ name: string; text: string; accepted: boolean; wording?: false }> = [
  { name: "all advisory", text: '{"all":"advisory"}', accepted: true },
  { name: "all mandatory", text: '{"all":"mandatory"}', accepted: true },
  { name: "all remediate", text: '{"all":"remediate"}', accepted: true },
  { name: "one policy disabled", text: '{"icp-cdn-domain":"disabled"}', accepted: true },
  {
    name: "level and setting in an object",
    text: '{"icp-cdn-domain":{"enforcementLevel":"advisory","unknownValues":"skip"}}',
    accepted: true,
  },
  { name: "webPorts", text: '{"icp-lb-backend-ecs":{"webPorts":[80,443,8080]}}', accepted: true },
  {
    name: "codesPerServer",
    text: '{"icp-service-code-quota":{"codesPerServer":1}}',
    accepted: true,
  },
  {
    name: "unknownRegion skip, all policies",
    text: '{"all":"advisory","icp-hosted-domain":{"unknownRegion":"skip"}}',
    accepted: true,
  },
  { name: "an empty file", text: "", accepted: true },
  { name: "an empty object", text: "{}", accepted: true },
  { name: "an unknown policy with a level", text: '{"no-such-policy":"advisory"}', accepted: true },
  { name: "a setting no schema names", text: '{"icp-cdn-domain":{"extra":1}}', accepted: true },
  { name: "a level that does not exist", text: '{"icp-cdn-domain":"fatal"}', accepted: false },
  { name: "`all` with a bad level", text: '{"all":"strict"}', accepted: false },
  {
    name: "a level that is a number",
    text: '{"icp-cdn-domain":{"enforcementLevel":5}}',
    accepted: false,
  },
  {
    name: "a setting outside its enum",
    text: '{"icp-cdn-domain":{"unknownValues":"maybe"}}',
    accepted: false,
  },
  { name: "a port below 1", text: '{"icp-lb-backend-ecs":{"webPorts":[0]}}', accepted: false },
  {
    name: "a string for an integer",
    text: '{"icp-service-code-quota":{"codesPerServer":"5"}}',
    accepted: false,
  },
  {
    name: "codesPerServer 0",
    text: '{"icp-service-code-quota":{"codesPerServer":0}}',
    accepted: false,
  },
  { name: "a number for a policy", text: '{"icp-cdn-domain":5}', accepted: false },
  { name: "null for a policy", text: '{"icp-cdn-domain":null}', accepted: false, wording: false },
  {
    name: "an unknown policy without a level",
    text: '{"no-such-policy":{"x":1}}',
    accepted: false,
    wording: false,
  },
  { name: "not JSON", text: "{", accepted: false, wording: false },
  { name: "a JSON array", text: "[]", accepted: false, wording: false },
];

/** The engine's error after its "loading policy packs: " prefix and the pack name it adds. */
function engineError(r: RunResult): string {
  const line = (r.stdout + r.stderr)
    .split("\n")
    .find((l) => l.startsWith("error: loading policy packs: "));
  return (line ?? "")
    .replace("error: loading policy packs: ", "")
    .replace('validating policy config for "alicloud-icp-guard": ', "");
}

describeWithPulumi("configuration under the real CLI", (cli) => {
  let sandbox: Sandbox;
  let generated: string;
  let generatedRegistry: string;
  let payg: string;
  beforeAll(async () => {
    sandbox = Sandbox.create(cli);
    generatedRegistry = sandbox.path("generated-registry.yaml");
    fs.writeFileSync(generatedRegistry, GENERATED_REGISTRY);
    generated = writeJson(
      sandbox.path("generated.json"),
      stackExport(generateStack(40, "deployed").states),
    );
    const run = await runProgram(path.join(EXAMPLES, "payg-behind-clb"));
    payg = writeJson(sandbox.path("payg.json"), stackExport(run.states));
  });
  afterAll(() => sandbox?.dispose());

  async function both(
    file: string,
    registry: string,
    extra: string[],
  ): Promise<{ engine: Verdict; ours: Verdict; engineRun: RunResult; ourRun: RunResult }> {
    const engineRun = await sandbox.pulumi(
      ["policy", "analyze", "--file", file, "--policy-pack", ROOT, "--json", ...extra],
      { env: { ICP_GUARD_REGISTRY: registry } },
    );
    const ourRun = await icpGuard([
      "scan",
      file,
      "--format",
      "json",
      "--registry",
      registry,
      ...extra,
    ]);
    return {
      engine: engineVerdict(engineRun, engineRun.stdout),
      ours: icpGuardVerdict(ourRun),
      engineRun,
      ourRun,
    };
  }

  describe("--policy-pack-config: accepted exactly when icp-guard accepts it", () => {
    CONFIGS.forEach((c, i) => {
      it(`${c.accepted ? "accepts" : "refuses"} ${c.name}: ${c.text || "(empty)"}`, async () => {
        const config = sandbox.path("configs", `${i}.json`);
        fs.mkdirSync(path.dirname(config), { recursive: true });
        fs.writeFileSync(config, c.text);
        const exports: Array<[string, string]> = [[generated, generatedRegistry]];
        if (/webPorts|icp-lb-backend-ecs/.test(c.text)) exports.push([payg, EXAMPLES_REGISTRY]);
        for (const [file, registry] of exports) {
          const { engine, ours, engineRun, ourRun } = await both(file, registry, [
            "--policy-pack-config",
            config,
          ]);
          const accepted = engine.outcome !== "error";
          expect(accepted, describeRun("pulumi policy analyze", engineRun)).toBe(c.accepted);
          expect(ours.outcome, describeRun("icp-guard scan", ourRun)).toBe(engine.outcome);
          expect(ours.violations).toEqual(engine.violations);
          if (!c.accepted && c.wording !== false) {
            const said = engineError(engineRun);
            expect(said).not.toBe("");
            expect(ourRun.stderr).toContain(said);
          }
        }
      });
    });

    it("a config file reaches the pack in pulumi preview too: all advisory passes, a bad level stops", async () => {
      const dir = copyExample(sandbox, "unfiled-cdn");
      const env = {
        PULUMI_BACKEND_URL: `file://${sandbox.path("backends", "config-preview")}`,
        ICP_GUARD_REGISTRY: EXAMPLES_REGISTRY,
      };
      fs.mkdirSync(sandbox.path("backends", "config-preview"), { recursive: true });
      expect((await sandbox.pulumi(["stack", "init", "prod"], { cwd: dir, env })).code).toBe(0);
      const advisory = writeJson(sandbox.path("configs", "preview-advisory.json"), {
        all: "advisory",
      });
      const bad = writeJson(sandbox.path("configs", "preview-bad.json"), {
        "icp-cdn-domain": { unknownValues: "maybe" },
      });
      for (const [config, outcome] of [
        [advisory, "pass"],
        [bad, "error"],
      ] as const) {
        const events = sandbox.path("events", `config-${outcome}.jsonl`);
        fs.mkdirSync(path.dirname(events), { recursive: true });
        const r = await sandbox.pulumi(
          ["preview", "--policy-pack", ROOT, "--policy-pack-config", config, "--event-log", events],
          { cwd: dir, env },
        );
        const engine = engineVerdict(
          r,
          fs.existsSync(events) ? fs.readFileSync(events, "utf8") : "",
        );
        const ourRun = await icpGuard([
          "preview",
          dir,
          "--registry",
          EXAMPLES_REGISTRY,
          "--policy-pack-config",
          config,
          "--format",
          "json",
        ]);
        const ours = icpGuardVerdict(ourRun);
        expect(engine.outcome, describeRun("pulumi preview", r)).toBe(outcome);
        expect(ours.outcome, describeRun("icp-guard preview", ourRun)).toBe(outcome);
        expect(ours.violations).toEqual(engine.violations);
        if (outcome === "pass") expect(engine.violations.map((v) => v.level)).toEqual(["advisory"]);
      }
    });
  });

  describe("a bad registry stops the real engine with the pack's file:line: field: message", () => {
    const dir = path.join(ROOT, "test", "fixtures", "registries", "bad");
    const files = fs.readdirSync(dir).sort();

    // icp-guard's side of the same corpus is test/cli/bad-registries.test.ts.
    it.each(files)("pulumi policy analyze, %s", async (name) => {
      const registry = path.join(dir, name);
      const want = BAD[name];
      const r = await sandbox.pulumi(
        ["policy", "analyze", "--file", payg, "--policy-pack", ROOT, "--json"],
        { env: { ICP_GUARD_REGISTRY: registry } },
      );
      const engine = engineVerdict(r, r.stdout);
      expect(engine.outcome, describeRun("pulumi policy analyze", r)).toBe("error");
      expect(engine.violations).toEqual([]);
      const at = `${registry}:${want.line}: ${want.field ? `${want.field}: ` : ""}`;
      expect(r.stdout + r.stderr).toContain(at);
      expect(r.stdout + r.stderr).toContain(want.says);
    });

    it("pulumi preview of an example stops too", async () => {
      const registry = path.join(dir, "wrong-type-number.yaml");
      const program = copyExample(sandbox, "unfiled-cdn", "bad-registry-preview");
      const env = {
        PULUMI_BACKEND_URL: `file://${sandbox.path("backends", "bad-registry")}`,
        ICP_GUARD_REGISTRY: registry,
      };
      fs.mkdirSync(sandbox.path("backends", "bad-registry"), { recursive: true });
      expect((await sandbox.pulumi(["stack", "init", "prod"], { cwd: program, env })).code).toBe(0);
      const r = await sandbox.pulumi(["preview", "--policy-pack", ROOT], { cwd: program, env });
      expect(r.code, describeRun("pulumi preview", r)).not.toBe(0);
      const want = BAD["wrong-type-number.yaml"];
      expect(r.stdout + r.stderr).toContain(
        `${registry}:${want.line}: ${want.field}: ${want.says}`,
      );
      const ours = await icpGuard(["preview", program, "--registry", registry, "--format", "json"]);
      expect(ours.code).toBe(2);
      expect(ours.stderr).toContain(`${registry}:${want.line}: ${want.field}: ${want.says}`);
    });
  });
});
