/**
 * The code in the documentation works: every TypeScript program in the docs and the policy READMEs
 * type-checks against the installed @pulumi/alicloud (so input names are right), every registry
 * snippet loads, and every configuration file is one the engine accepts.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { toSdkPolicy } from "../../policy-pack/framework/sdk-adapter";
import { parseRegistry } from "../../policy-pack/model/registry";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { runtimeFor } from "../support/sdk-harness";
import { type CodeBlock, codeBlocks, policyFolders, ROOT, read } from "./markdown";

const PAGES = [
  "README.md",
  "docs/configuration.md",
  "docs/domains.md",
  "docs/registry.md",
  "docs/scope.md",
  "docs/servers.md",
  ...policyFolders().map((p) => `policy-pack/policies/${p}/README.md`),
];

function blocks(lang: string): Array<CodeBlock & { page: string }> {
  return PAGES.flatMap((page) =>
    codeBlocks(read(page))
      .filter((b) => b.lang === lang)
      .map((b) => ({ ...b, page })),
  );
}

describe("TypeScript programs in the docs", () => {
  // A fragment (no import) is not a program; every program imports the SDK.
  const programs = blocks("ts").filter((b) => /^import /m.test(b.code));
  const dir = path.join(ROOT, ".scratch");
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(path.join(dir, "doc-snippets-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("there is a failing and a passing program or registry in every policy README", () => {
    for (const p of policyFolders()) {
      const page = `policy-pack/policies/${p}/README.md`;
      const own = codeBlocks(read(page)).filter((b) => b.lang === "ts" || b.lang === "yaml");
      expect(own.length, page).toBeGreaterThanOrEqual(2);
      expect(
        programs.some((b) => b.page === page),
        `${page} has a program`,
      ).toBe(true);
    }
  });

  it("each type-checks against the installed @pulumi/alicloud", async () => {
    const names = programs.map((b, i) => {
      const name = `snippet-${i}.ts`;
      writeFileSync(path.join(work, name), b.code);
      return name;
    });
    writeFileSync(
      path.join(work, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "commonjs",
          moduleResolution: "node",
          lib: ["ES2022"],
          types: ["node"],
          strict: true,
          esModuleInterop: true,
          skipLibCheck: true,
          noEmit: true,
          isolatedModules: true,
        },
        files: names,
      }),
    );
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const out = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        [tsc, "-p", work, "--pretty", "false"],
        { cwd: ROOT, encoding: "utf8" },
        (_error, stdout, stderr) => resolve(stdout + stderr),
      );
    });
    // Name each error by its page and the line in that page.
    const located = out.replace(/\S*snippet-(\d+)\.ts\((\d+),(\d+)\)/g, (_m, i, line, col) => {
      const b = programs[Number(i)];
      return `${b.page}:${b.line + Number(line)}:${col}`;
    });
    expect(located).toBe("");
    // Type-checking the whole SDK takes seconds, many more on a loaded machine: not a speed test.
  }, 300_000);
});

describe("registry snippets in the docs", () => {
  // YAML that is a registry (not a CI recipe). Exemptions expire: a snippet with one would depend
  // on the day the test runs, so those are left to the fixtures.
  const registries = blocks("yaml").filter(
    (b) => /^(filings|servers):/m.test(b.code) && !/^exemptions:/m.test(b.code),
  );

  it("there are some", () => {
    expect(registries.length).toBeGreaterThanOrEqual(10);
  });

  for (const b of registries) {
    it(`${b.page}:${b.line} loads`, () => {
      expect(() =>
        parseRegistry(b.code, `${b.page}:${b.line}`, { today: "2026-11-30" }),
      ).not.toThrow();
    });
  }
});

describe("configuration files in the docs", () => {
  const runtime = runtimeFor({});
  const levels = ["advisory", "mandatory", "remediate", "disabled"];
  const ajv = new Ajv({ allErrors: true });

  for (const b of blocks("json")) {
    it(`${b.page}:${b.line} is a --policy-pack-config the engine accepts`, () => {
      const doc = JSON.parse(b.code) as Record<string, unknown>;
      for (const [key, value] of Object.entries(doc)) {
        if (typeof value === "string") {
          expect(levels, `${key}: ${value}`).toContain(value);
          if (key === "all") continue;
        }
        const spec = ALL_POLICIES.find((p) => p.name === key);
        expect(spec, `no policy named ${key}`).toBeDefined();
        if (!spec || typeof value === "string") continue;
        const { enforcementLevel, ...settings } = value as Record<string, unknown>;
        if (enforcementLevel !== undefined) expect(levels).toContain(enforcementLevel);
        const properties = toSdkPolicy(spec, runtime).configSchema?.properties ?? {};
        expect(Object.keys(properties), `settings ${key} reads`).toEqual(
          expect.arrayContaining(Object.keys(settings)),
        );
        const valid = ajv.validate({ type: "object", properties }, settings);
        expect(ajv.errors ?? [], key).toEqual([]);
        expect(valid).toBe(true);
      }
    });
  }
});
