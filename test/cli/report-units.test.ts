/**
 * The pieces behind the reports, without running a pack: Pulumi's Output text collapsed, the
 * language a locale spelling means, which registry is used, the pack's audit records, the checks
 * JUnit lists, where a finding points, and the early --output check.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { checkOutputOption } from "../../cli/commands/common";
import { packFailure } from "../../cli/engine/process";
import { CliError } from "../../cli/errors";
import { cliText } from "../../cli/i18n";
import {
  collapseOutputText,
  hasOutputText,
  OUTPUT_MARKER,
  withOutputHint,
} from "../../cli/output-text";
import { chooseRegistry } from "../../cli/registry-discovery";
import { listChecks } from "../../cli/report/checks";
import { locator } from "../../cli/report/locations";
import type { ScanResult } from "../../cli/result";
import { parseAuditRecords } from "../../policy-pack/framework/audit";
import { langFromEnv } from "../../policy-pack/messages/catalog";
import { tempDir } from "./support/cli";

describe("an Output rendered into a string", () => {
  // What a program gets from `${output}` in a plain template string, as the SDK words it.
  const rendered = `${pulumi.output("example.cn")}`;

  it("is Pulumi's long text, shortened to one marker wherever it appears", () => {
    expect(rendered.split("\n").length).toBeGreaterThan(5);
    expect(hasOutputText(`cdn.${rendered}`)).toBe(true);
    expect(collapseOutputText(`domain "cdn.${rendered}" is not valid`)).toBe(
      `domain "cdn.${OUTPUT_MARKER}" is not valid`,
    );
    expect(collapseOutputText(`${rendered}/${rendered}`)).toBe(`${OUTPUT_MARKER}/${OUTPUT_MARKER}`);
    expect(collapseOutputText("nothing to see")).toBe("nothing to see");
  });

  it("gets a one-line hint in the message, once, in the reader's language", () => {
    const message = withOutputHint(`a\ndomain "www.${rendered}" is not valid\n`, "en");
    expect(message).toBe(
      `a\ndomain "www.${OUTPUT_MARKER}" is not valid\n${cliText("en").outputInTemplate}`,
    );
    expect(
      withOutputHint(`x ${rendered}`, "zh-CN").endsWith(cliText("zh-CN").outputInTemplate),
    ).toBe(true);
    expect(withOutputHint("plain", "en")).toBe("plain");
  });
});

describe("ICP_GUARD_LANG", () => {
  it("any Chinese locale spelling is Chinese; anything else English", () => {
    for (const v of [
      "zh",
      "zh-CN",
      "zh_CN",
      "zh-Hans",
      "zh_CN.UTF-8",
      "ZH_cn.utf8",
      "zh_CN@pinyin",
      " zh-cn ",
    ])
      expect(langFromEnv({ ICP_GUARD_LANG: v }), v).toBe("zh-CN");
    for (const v of ["", "en", "en_US.UTF-8", "C.UTF-8", "zhx", "fr"])
      expect(langFromEnv({ ICP_GUARD_LANG: v }), v).toBe("en");
    expect(langFromEnv({})).toBe("en");
  });
});

describe("which registry", () => {
  const dir = tempDir("icp-which-registry-");
  const program = path.join(dir, "program");
  fs.mkdirSync(program);
  const write = (file: string) => {
    fs.writeFileSync(file, "filings: []\n");
    return file;
  };

  it("--registry, then ICP_GUARD_REGISTRY, both from where the command started", () => {
    write(path.join(dir, "named.yaml"));
    write(path.join(program, "icp-registry.yaml"));
    expect(
      chooseRegistry({ option: "named.yaml", cwd: dir, programDir: "program", env: {} }),
    ).toEqual({
      file: path.join(dir, "named.yaml"),
      source: "option",
    });
    expect(
      chooseRegistry({
        cwd: dir,
        programDir: "program",
        env: { ICP_GUARD_REGISTRY: "named.yaml" },
      }),
    ).toEqual({ file: path.join(dir, "named.yaml"), source: "env" });
    expect(() => chooseRegistry({ option: "nope.yaml", cwd: dir, env: {} })).toThrow(
      new CliError("cannot read registry nope.yaml: no such file"),
    );
  });

  it("else beside the program, else in the working directory, else none", () => {
    expect(chooseRegistry({ cwd: dir, programDir: "program", env: {} })).toEqual({
      file: path.join(program, "icp-registry.yaml"),
      source: "program",
    });
    const other = tempDir("icp-which-registry-");
    expect(chooseRegistry({ cwd: other, programDir: program, env: {} })).toEqual({
      file: path.join(program, "icp-registry.yaml"),
      source: "program",
    });
    write(path.join(other, "icp-registry.yaml"));
    expect(chooseRegistry({ cwd: other, env: {} })).toEqual({
      file: path.join(other, "icp-registry.yaml"),
      source: "cwd",
    });
    expect(chooseRegistry({ cwd: tempDir("icp-which-registry-"), env: {} })).toBeUndefined();
  });
});

describe("the pack's audit file", () => {
  it("keeps well-formed records, skips anything else", () => {
    const lines = [
      JSON.stringify({ kind: "registry", file: null, filings: 0, servers: 0, exemptions: 0 }),
      "not json",
      JSON.stringify({ kind: "not-applicable", policy: "p", urn: "u", reason: "r" }),
      JSON.stringify({ kind: "not-applicable", policy: "p", urn: "u" }),
      JSON.stringify({
        kind: "exempted",
        policy: "p",
        urn: "u",
        reason: "r",
        expires: "2027-01-31",
        match: "urn:*::x",
        file: "/r.yaml",
        line: 4,
      }),
      JSON.stringify({ kind: "registry", file: "/r.yaml", filings: -1, servers: 0, exemptions: 0 }),
      "",
    ];
    expect(parseAuditRecords(lines.join("\n")).map((r) => r.kind)).toEqual([
      "registry",
      "not-applicable",
      "exempted",
    ]);
  });
});

const S = "urn:pulumi:dev::shop::";
function result(extra: Partial<ScanResult>): ScanResult {
  return {
    policyPacks: [
      {
        name: "pack",
        version: "1.0.0",
        policies: [
          { name: "res", kind: "resource" as const, appliesTo: ["a:b:C"] },
          { name: "any", kind: "resource" as const },
          { name: "stk", kind: "stack" as const },
        ].map((p) => ({
          ...p,
          description: p.name,
          enforcementLevel: "mandatory" as const,
          tags: [],
        })),
      },
    ],
    resources: [
      { urn: `${S}pulumi:pulumi:Stack::shop-dev`, type: "pulumi:pulumi:Stack", name: "shop-dev" },
      {
        urn: `${S}a:b:C::one`,
        type: "a:b:C",
        name: "one",
        file: "/p/index.ts",
        line: 4,
        column: 3,
      },
      { urn: `${S}a:b:C::two`, type: "a:b:C", name: "two", file: "/p/lib.ts", line: 9 },
    ],
    violations: [],
    remediations: [],
    notApplicable: [],
    exempted: [],
    ...extra,
  };
}

describe("the checks JUnit lists", () => {
  it("resource policies on the types they read, stack policies once per stack; skipped, exempted and failed pairs", () => {
    const checks = listChecks(
      result({
        notApplicable: [
          { policyPack: "pack", policyName: "res", urn: `${S}a:b:C::one`, reason: "outside" },
          { policyPack: "pack", policyName: "stk", urn: `${S}a:b:C::two`, reason: "intranet" },
          {
            policyPack: "pack",
            policyName: "any",
            urn: `${S}pulumi:pulumi:Stack::shop-dev`,
            reason: "no such resources",
            scope: "stack",
          },
        ],
        exempted: [
          {
            policyPack: "pack",
            policyName: "res",
            urn: `${S}a:b:C::two`,
            reason: "ticket",
            expires: "2027-01-31",
          },
        ],
        violations: [
          {
            policyPack: "pack",
            policyPackVersion: "1.0.0",
            policyName: "stk",
            enforcementLevel: "mandatory",
            urn: `${S}a:b:C::one`,
            message: "m",
          },
        ],
      }),
    );
    const view = checks.map((c) => [
      c.policyName,
      c.urn.split("::").pop(),
      c.violations.length > 0 ? "failed" : (c.skipped ?? c.exempted?.reason ?? "ran"),
    ]);
    expect(view).toEqual([
      // res reads a:b:C only: not a case for the stack resource.
      ["res", "one", "outside"],
      ["res", "two", "ticket"],
      // any reads every type; the SDK said it does not apply to this stack at all.
      ["any", "shop-dev", "no such resources"],
      ["any", "one", "no such resources"],
      ["any", "two", "no such resources"],
      // stk: once for the stack, then the resources it judged.
      ["stk", "shop-dev", "ran"],
      ["stk", "two", "intranet"],
      ["stk", "one", "failed"],
    ]);
  });
});

describe("where a finding points", () => {
  it("at its resource, else line 1 of the file its stack came from", () => {
    const locate = locator(result({}));
    expect(locate(`${S}a:b:C::one`)).toEqual({ file: "/p/index.ts", line: 4, column: 3 });
    expect(locate(`${S}a:b:C::two`)).toEqual({ file: "/p/lib.ts", line: 9 });
    expect(locate(`${S}pulumi:pulumi:Stack::shop-dev`)).toEqual({ file: "/p/index.ts", line: 1 });
    expect(locate("urn:pulumi:prod::other::a:b:C::x")).toEqual({ file: "/p/index.ts", line: 1 });
  });
});

describe("--output", () => {
  it("is checked before any work: its folder must exist, and it must not be a folder", () => {
    const dir = tempDir();
    expect(() => checkOutputOption(path.join(dir, "report.json"))).not.toThrow();
    expect(() => checkOutputOption(undefined)).not.toThrow();
    const missing = path.join(dir, "nope", "report.json");
    expect(() => checkOutputOption(missing)).toThrow(
      `cannot write the report to ${missing}: folder ${path.join(dir, "nope")} does not exist (create it first)`,
    );
    expect(() => checkOutputOption(dir)).toThrow(
      `cannot write the report to ${dir}: it is a folder`,
    );
  });
});

describe("a pack that stops at start", () => {
  it("shows its stderr, under a heading that says when it is the registry", () => {
    const registry = packFailure(
      "/pack",
      "exited (exit code 1) before printing its port",
      "alicloud-icp-guard: /r/icp-registry.yaml:5: servers[0].kind: is required — add ecs or sas\n",
    );
    expect(registry.lines).toEqual([
      'policy pack "/pack" exited (exit code 1) before printing its port',
      "  the ICP registry could not be loaded (its stderr):",
      "    alicloud-icp-guard: /r/icp-registry.yaml:5: servers[0].kind: is required — add ecs or sas",
    ]);
    expect(packFailure("/pack", "crashed", "Error: boom\n").lines).toEqual([
      'policy pack "/pack" crashed',
      "  its stderr:",
      "    Error: boom",
    ]);
  });
});
