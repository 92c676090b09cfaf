/**
 * One policy, one folder: each folder under policy-pack/policies/ holds policy.ts, messages.ts,
 * cases.ts and README.md, and the README is the policy's reference page: it states the level,
 * severity and help page the spec declares, every setting the policy reads, the type tokens a
 * resource policy matches, and links the examples that show it. Case files and examples name only
 * policies that exist. No source file of the pack or the CLI is over MAX_LINES lines, except the
 * case tables: a longer one is split by concern.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_POLICIES } from "../../policy-pack/policies";
import {
  EXAMPLES_DIR,
  exampleNames,
  POLICIES_DIR,
  policyFolders,
  ROOT,
  read,
  section,
  settingsOf,
  tableRows,
} from "./markdown";

const FILES = ["policy.ts", "messages.ts", "cases.ts", "README.md"];
const NAMES = new Set(ALL_POLICIES.map((p) => p.name));

interface Expected {
  violations: Array<{ policy: string }>;
  variants?: Array<{ violations: Array<{ policy: string }> }>;
}

function expectedPolicies(example: string): string[] {
  const e = JSON.parse(
    readFileSync(path.join(EXAMPLES_DIR, example, "expected.json"), "utf8"),
  ) as Expected;
  return [e.violations, ...(e.variants ?? []).map((v) => v.violations)].flatMap((list) =>
    list.map((v) => v.policy),
  );
}

/** A word shaped like a policy name: `icp-` and at least two more parts (not icp-guard, icp-registry). */
const POLICY_LIKE = /(?<![\w-])icp(?:-[a-z0-9]+){2,}(?![\w-])/g;

/** The value of the README's `| <key> | ... |` row in its header table. */
function headerCell(readme: string, key: string): string {
  const row = tableRows(readme).find((r) => r[0] === key);
  return row?.[1] ?? "";
}

describe("policy folders", () => {
  const folders = policyFolders();

  it("there is one folder per policy of ALL_POLICIES, named after it", () => {
    expect(folders).toEqual([...NAMES].sort());
  });

  for (const name of folders) {
    it(`${name} has ${FILES.join(", ")}`, () => {
      const missing = FILES.filter((f) => !existsSync(path.join(POLICIES_DIR, name, f)));
      expect(missing, `missing in policy-pack/policies/${name}/`).toEqual([]);
    });
  }
});

describe("each policy's README is its reference page", () => {
  for (const spec of ALL_POLICIES) {
    const file = path.join("policy-pack", "policies", spec.name, "README.md");
    const readme = () => read(file);

    it(`${spec.name}: titled with its name, opening with its description`, () => {
      const text = readme();
      expect(text.split("\n")[0]).toBe(`# \`${spec.name}\``);
      const opening = text.split("\n\n")[1].replace(/\s+/g, " ").replace(/`/g, "");
      expect(opening).toBe(spec.description);
    });

    it(`${spec.name}: states the level, severity and help page of the spec`, () => {
      const text = readme();
      expect(headerCell(text, "level")).toBe(`\`${spec.enforcementLevel}\``);
      expect(headerCell(text, "severity")).toBe(`\`${spec.severity}\``);
      expect(headerCell(text, "Alibaba Cloud help")).toContain(`(${spec.url})`);
    });

    it(`${spec.name}: documents every setting it reads`, () => {
      const text = readme();
      const settings = settingsOf(spec);
      const header = headerCell(text, "settings");
      const described = section(text, "Settings");
      for (const s of settings) {
        expect(header, `settings row of ${file}`).toContain(s);
        expect(described, `"## Settings" of ${file}`).toContain(`\`${s}\``);
      }
    });

    if (spec.kind === "resource") {
      it(`${spec.name}: names every type token it matches`, () => {
        const text = readme();
        for (const token of spec.types) expect(text, file).toContain(`\`${token}\``);
      });
    }

    it(`${spec.name}: links the examples that show it`, () => {
      const text = readme();
      const showing = exampleNames().filter((e) => expectedPolicies(e).includes(spec.name));
      for (const e of showing) {
        expect(text, `${file} links examples/${e}/`).toContain(`(../../../examples/${e}/)`);
      }
      if (showing.length === 0) expect(text, file).toContain("No example program shows this");
    });
  }
});

describe("case files and examples name only policies that exist", () => {
  for (const name of policyFolders()) {
    it(`policy-pack/policies/${name}/cases.ts`, () => {
      const text = readFileSync(path.join(POLICIES_DIR, name, "cases.ts"), "utf8");
      const named = [...text.matchAll(POLICY_LIKE)].map((m) => m[0]);
      expect(named.filter((n) => !NAMES.has(n))).toEqual([]);
    });
  }

  for (const example of exampleNames()) {
    it(`examples/${example}/expected.json`, () => {
      const named = expectedPolicies(example);
      expect(named.filter((n) => !NAMES.has(n))).toEqual([]);
    });
  }

  it("the pattern finds policy names and only them", () => {
    const text = "icp-cdn-domain, icp-no-such-policy, alicloud-icp-guard, icp-registry.yaml";
    expect([...text.matchAll(POLICY_LIKE)].map((m) => m[0])).toEqual([
      "icp-cdn-domain",
      "icp-no-such-policy",
    ]);
  });
});

/** The most lines a source file under policy-pack/ or cli/ may have. */
const MAX_LINES = 300;
/** Case tables grow with each case and are exempt: `policy-pack/policies/<name>/cases.ts`. */
const CASE_TABLE = /^policy-pack\/policies\/[^/]+\/cases\.ts$/;

/** The .ts files below `dir` (relative to the root, `/`-separated). */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Lines as `wc -l` counts them: a last line without a newline counts too. */
function lineCount(text: string): number {
  const newlines = text.match(/\n/g)?.length ?? 0;
  return text === "" || text.endsWith("\n") ? newlines : newlines + 1;
}

describe("source file size", () => {
  it(`no .ts file under policy-pack/ or cli/ is over ${MAX_LINES} lines (case tables aside)`, () => {
    const files = [...sourceFiles("policy-pack"), ...sourceFiles("cli")];
    expect(files.length).toBeGreaterThan(50);
    const over = files
      .filter((f) => !CASE_TABLE.test(f))
      .map((f) => ({ file: f, lines: lineCount(read(f)) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file} (${f.lines} lines)`);
    expect(over, `over ${MAX_LINES} lines: split each by concern`).toEqual([]);
  });

  it("counts lines as wc -l does and exempts only the case tables", () => {
    expect([lineCount("a\nb\n"), lineCount("a\nb"), lineCount("")]).toEqual([2, 2, 0]);
    expect(CASE_TABLE.test("policy-pack/policies/icp-cdn-domain/cases.ts")).toBe(true);
    expect(CASE_TABLE.test("policy-pack/policies/icp-cdn-domain/policy.ts")).toBe(false);
    expect(CASE_TABLE.test("cli/cases.ts")).toBe(false);
  });
});
