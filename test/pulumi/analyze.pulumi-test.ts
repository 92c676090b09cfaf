/**
 * The same stack export through the real engine (`pulumi policy analyze --file`, CLI v3.274.1,
 * the pack booted by the language host) and through `icp-guard scan`: the violations (policy,
 * URN, level, message) and the outcome must be equal. The exports are those of every example
 * (its offline preview states, variants included) and of generated stacks in both shapes, with
 * unknowns (preview shape) and with secrets.
 */
import * as fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProgram } from "../../cli/program/run-program";
import type { ResourceState } from "../../cli/state";
import { GENERATED_REGISTRY, generateStack } from "../tools/stack-generator";
import {
  type Deployment,
  engineVerdict,
  exampleNames,
  icpGuardVerdict,
  readExpected,
  stackExport,
  type Verdict,
  withSecrets,
  writeJson,
} from "./support/compare";
import {
  describeRun,
  describeWithPulumi,
  EXAMPLES,
  EXAMPLES_REGISTRY,
  icpGuard,
  icpGuardEnv,
  ROOT,
  Sandbox,
} from "./support/engine";

describeWithPulumi("pulumi policy analyze --file = icp-guard scan", (cli) => {
  let sandbox: Sandbox;
  let generatedRegistry: string;
  beforeAll(() => {
    sandbox = Sandbox.create(cli);
    generatedRegistry = sandbox.path("generated-registry.yaml");
    fs.writeFileSync(generatedRegistry, GENERATED_REGISTRY);
  });
  afterAll(() => sandbox?.dispose());

  async function analyze(
    file: string,
    registry: string,
    env: NodeJS.ProcessEnv = {},
  ): Promise<Verdict> {
    const r = await sandbox.pulumi(
      ["policy", "analyze", "--file", file, "--policy-pack", ROOT, "--json"],
      {
        env: { ICP_GUARD_REGISTRY: registry, ...env },
      },
    );
    const verdict = engineVerdict(r, r.stdout);
    if (verdict.outcome === "error") throw new Error(describeRun("pulumi policy analyze", r));
    return verdict;
  }

  async function scan(
    file: string,
    registry: string,
    env: NodeJS.ProcessEnv = {},
  ): Promise<Verdict> {
    const r = await icpGuard(["scan", file, "--format", "json", "--registry", registry], {
      env: icpGuardEnv(env),
    });
    const verdict = icpGuardVerdict(r);
    if (verdict.outcome === "error") throw new Error(describeRun("icp-guard scan", r));
    return verdict;
  }

  async function expectSame(file: string, registry: string): Promise<Verdict> {
    const [engine, ours] = [await analyze(file, registry), await scan(file, registry)];
    expect(ours.violations).toEqual(engine.violations);
    expect(ours.outcome).toBe(engine.outcome);
    return engine;
  }

  function exportFile(name: string, states: readonly ResourceState[]): string {
    return writeJson(sandbox.path("exports", `${name}.json`), stackExport(states));
  }

  for (const name of exampleNames()) {
    const variants = [{}, ...(readExpected(name).variants ?? []).map((v) => v.config)];
    for (const config of variants) {
      const label = Object.entries(config)
        .map(([k, v]) => ` --config ${k}=${v}`)
        .join("");
      // anchor-server-removed: `pulumi policy analyze` sends no ConfigureStack, so the pack learns
      // project and stack from the URNs (docs/real-engine.md, difference 1).
      it(`example ${name}${label}`, async () => {
        const run = await runProgram(`${EXAMPLES}/${name}`, { config });
        const file = exportFile(`${name}${label.replace(/\W+/g, "-")}`, run.states);
        const engine = await expectSame(file, EXAMPLES_REGISTRY);
        // The export is the states the offline preview judged: some examples must fail.
        if (label === "" && readExpected(name).violations.length > 0) {
          expect(engine.violations.length).toBeGreaterThan(0);
        }
      });
    }
  }

  for (const shape of ["preview", "deployed"] as const) {
    it(`generated ${shape}-shaped stack (unknowns: ${shape === "preview"})`, async () => {
      const g = generateStack(120, shape);
      const engine = await expectSame(
        exportFile(`generated-${shape}`, g.states),
        generatedRegistry,
      );
      const found = engine.violations.map((v) => `${v.policy} ${v.urn}`).sort();
      expect(found).toEqual(g.expected.map((v) => `${v.policy} ${v.urn}`).sort());
    });

    it(`generated ${shape}-shaped stack with secrets (stack export --show-secrets form)`, async () => {
      const g = generateStack(120, shape);
      await expectSame(
        exportFile(`generated-${shape}-secrets`, withSecrets(g.states)),
        generatedRegistry,
      );
    });
  }

  /**
   * `pulumi stack import` of generated states into a passphrase stack, then the stack itself and
   * its encrypted `pulumi stack export`.
   */
  describe("a stack imported into the file backend", () => {
    const results: Record<string, { engine: Verdict; ours: Verdict }> = {};

    it("pulumi stack import, then pulumi policy analyze --stack = icp-guard scan of the imported file", async () => {
      const g = generateStack(60, "deployed");
      const dir = sandbox.path("import-project");
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(`${dir}/Pulumi.yaml`, "name: shop\nruntime: nodejs\n");
      const init = await sandbox.pulumi(["stack", "init", "prod"], { cwd: dir });
      expect(init.code, describeRun("pulumi stack init", init)).toBe(0);
      const empty = await sandbox.pulumi(["stack", "export"], { cwd: dir });
      const doc: Deployment = stackExport(withSecrets(g.states));
      doc.deployment.secrets_providers = (
        JSON.parse(empty.stdout) as Deployment
      ).deployment.secrets_providers;
      const plaintext = writeJson(sandbox.path("exports", "import.json"), doc);
      const imp = await sandbox.pulumi(["stack", "import", "--file", plaintext], { cwd: dir });
      expect(imp.code, describeRun("pulumi stack import", imp)).toBe(0);

      const r = await sandbox.pulumi(["policy", "analyze", "--policy-pack", ROOT, "--json"], {
        cwd: dir,
        env: { ICP_GUARD_REGISTRY: generatedRegistry },
      });
      const engine = engineVerdict(r, r.stdout);
      expect(engine.outcome, describeRun("pulumi policy analyze --stack", r)).toBe("mandatory");
      const ours = await scan(plaintext, generatedRegistry);
      expect(ours.violations).toEqual(engine.violations);
      expect(ours.outcome).toBe(engine.outcome);

      // The same stack as `pulumi stack export` writes it: secrets encrypted.
      const exp = await sandbox.pulumi(["stack", "export"], { cwd: dir });
      expect(exp.code).toBe(0);
      expect(exp.stdout).toContain('"ciphertext"');
      const encrypted = sandbox.path("exports", "import-encrypted.json");
      fs.writeFileSync(encrypted, exp.stdout);
      const passphrase = { PULUMI_CONFIG_PASSPHRASE: sandbox.env.PULUMI_CONFIG_PASSPHRASE };
      results.passphrase = {
        engine: await analyze(encrypted, generatedRegistry),
        ours: await scan(encrypted, generatedRegistry, passphrase),
      };
      results.redacted = {
        engine: await analyze(encrypted, generatedRegistry, {
          PULUMI_CONFIG_PASSPHRASE: undefined,
        }),
        ours: await scan(encrypted, generatedRegistry),
      };
      // With the passphrase the engine sees exactly what the plaintext import showed.
      expect(results.passphrase.engine).toEqual(engine);
    });

    // Once a difference (docs/real-engine.md, "Encrypted secrets in a stack export"): icp-guard
    // scan now decrypts a passphrase export as the engine does (cli/export-secrets.ts).
    it("encrypted export, passphrase set: icp-guard scan = analyze --file (which decrypts)", () => {
      const { engine, ours } = results.passphrase;
      expect(ours.violations).toEqual(engine.violations);
      expect(ours.outcome).toBe(engine.outcome);
    });

    // Without the passphrase both redact every secret to the secret text "[secret]".
    it("encrypted export, no passphrase: icp-guard scan = analyze --file (which redacts)", () => {
      const { engine, ours } = results.redacted;
      expect(ours.violations).toEqual(engine.violations);
      expect(ours.outcome).toBe(engine.outcome);
    });
  });
});
