/**
 * Every output format, for `scan` and for `report`: text like `pulumi preview`, the stable JSON,
 * SARIF valid against the official 2.1.0 schema, JUnit that parses as XML, a Markdown table.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, input, MAIN, pack, ROOT, runCli, tempDir } from "./support/cli";
import { children, parseXml, type XmlElement } from "./support/xml";

const EXPORT = input("stack-export.json");
const TWO_PACKS = ["--policy-pack", pack("minimal"), "--policy-pack", pack("second")];
const S = "urn:pulumi:dev::shop::";

const outputs = new Map<string, string>();
/** The scan of the stack export with both packs, in one format (each format is run once). */
function scanned(format: string): string {
  let out = outputs.get(format);
  if (out === undefined) {
    const r = runCli(["scan", EXPORT, ...TWO_PACKS, "--format", format, "--quiet"]);
    expect(r.code).toBe(1);
    out = r.stdout;
    outputs.set(format, out);
  }
  return out;
}

const sarifSchema = JSON.parse(
  fs.readFileSync(path.join(ROOT, "test", "fixtures", "sarif-2.1.0.sarif-schema.json"), "utf8"),
);
const validateSarif = new Ajv({ strict: false, allErrors: true, logger: false }).compile(
  sarifSchema,
);

beforeAll(assertBuilt);

/** The line of a resource's URN in the stack export. */
function lineOf(urn: string): number {
  return (
    fs
      .readFileSync(EXPORT, "utf8")
      .split("\n")
      .findIndex((l) => l.includes(`"urn": "${urn}"`)) + 1
  );
}

const EVENTS = "test/fixtures/inputs/events.jsonl";
const EVENT_LOG_TEXT = `Policy violations:
    test:index:Bucket (public) at ${EVENTS}:6:
        [mandatory]  bucket-acl  (minimal-pack@v0.1.0)
            Buckets must not be readable by everyone.
            acl is public-read
    test:index:Bucket (legacy) at ${EVENTS}:11:
        [mandatory]  bucket-acl  (minimal-pack@v0.1.0)
            Buckets must not be readable by everyone.
            acl is public-read-write
    pulumi:pulumi:Stack (shop-prod) at ${EVENTS}:2:
        [advisory]  bucket-count  (minimal-pack@v0.1.0)
            A stack holds few buckets.
            3 buckets, at most 1

Policy Packs run:
    Name          Version
    minimal-pack  0.1.0

Resources: 5 checked
Violations: 2 mandatory, 1 advisory
`;
/** A scan also says which ICP registry the packs ran with (an event log cannot know). */
const NO_REGISTRY =
  "ICP registry: none (no --registry, ICP_GUARD_REGISTRY or icp-registry.yaml found): every filing check fails";
const SCAN_TEXT = EVENT_LOG_TEXT.replace("Resources: 5", `${NO_REGISTRY}\nResources: 5`);

/** An event log of these events, one JSON object per line, in a fresh folder. */
function eventLog(events: readonly object[]): string {
  const log = path.join(tempDir(), "events.jsonl");
  fs.writeFileSync(log, events.map((e) => JSON.stringify(e)).join("\n"));
  return log;
}

describe("text", () => {
  it("groups violations by resource, like pulumi preview, without colour when piped", () => {
    const r = runCli(["scan", input("events.jsonl"), "--policy-pack", pack("minimal")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(SCAN_TEXT);
    // What a real preview recorded renders the same, less the registry line.
    expect(runCli(["report", input("events.jsonl")]).stdout).toBe(EVENT_LOG_TEXT);
  });

  it("--quiet keeps the violations and the summary only", () => {
    const r = runCli(["report", input("events.jsonl"), "--quiet"]);
    expect(r.stdout).toBe(
      EVENT_LOG_TEXT.replace(/\nPolicy Packs run:[\s\S]*Resources: 5 checked\n/, "\n"),
    );
  });

  it("colours on a terminal unless NO_COLOR is set", () => {
    const onTty = (env: NodeJS.ProcessEnv) =>
      spawnSync(
        "script",
        [
          "-qec",
          `${process.execPath} ${MAIN} report ${input("events.jsonl")} --quiet`,
          "/dev/null",
        ],
        {
          cwd: ROOT,
          env,
          encoding: "utf8",
        },
      ).stdout;
    const env = { ...process.env };
    delete env.NO_COLOR;
    expect(onTty(env)).toContain("\x1b[31m[mandatory]\x1b[0m  bucket-acl");
    expect(onTty({ ...env, NO_COLOR: "1" })).not.toContain("\x1b[");
  });
});

describe("json", () => {
  it("has exactly the documented fields", () => {
    const doc = JSON.parse(scanned("json"));
    expect(Object.keys(doc)).toEqual([
      "policyPacks",
      "resources",
      "registries",
      "violations",
      "remediations",
      "notApplicable",
      "exempted",
      "summary",
    ]);
    expect(doc.violations[0]).toEqual({
      policyPack: "minimal-pack",
      policyName: "bucket-acl",
      enforcementLevel: "mandatory",
      severity: "high",
      urn: `${S}test:index:Bucket::public`,
      message: "Buckets must not be readable by everyone.\nacl is public-read",
      location: {
        file: "test/fixtures/inputs/stack-export.json",
        line: lineOf(`${S}test:index:Bucket::public`),
      },
    });
    expect(doc.registries).toEqual([
      {
        stacks: ["shop/dev"],
        file: null,
        source: "none",
        filings: null,
        servers: null,
        exemptions: null,
      },
    ]);
    // The typed policy is not applicable to the 6 resources of other types, with the SDK's reason.
    const prefix = doc.notApplicable.filter(
      (na: { policyName: string }) => na.policyName === "bucket-name-prefix",
    );
    expect(prefix).toHaveLength(6);
    expect(prefix[0]).toMatchObject({
      policyPack: "second-pack",
      reason: "Policy only applies to resources of type 'test:index:Bucket'",
    });
    expect(prefix.map((na: { urn: string }) => na.urn)).not.toContain(
      `${S}test:index:Bucket::public`,
    );
    expect(doc.exempted).toEqual([]);
    // A policy without a severity: null, never a missing field.
    expect(doc.violations[2].severity).toBeNull();
    expect(doc.summary).toEqual({ mandatory: 2, advisory: 4 });
  });

  it("--output writes the report to a file", () => {
    const out = path.join(tempDir(), "report.json");
    const r = runCli(["scan", EXPORT, ...TWO_PACKS, "--format", "json", "--output", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      `icp-guard: 2 mandatory violations, 4 advisory violations on 8 resources; json report written to ${out}`,
    );
    expect(JSON.parse(fs.readFileSync(out, "utf8")).summary).toEqual({ mandatory: 2, advisory: 4 });
  });
});

describe("sarif", () => {
  it("is valid SARIF 2.1.0", () => {
    const doc = JSON.parse(scanned("sarif"));
    const valid = validateSarif(doc);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema does reject what SARIF does not allow.
    doc.runs[0].results[0].level = "fatal";
    expect(validateSarif(doc)).toBe(false);
  });

  it("has one rule per policy, with its metadata", () => {
    const driver = JSON.parse(scanned("sarif")).runs[0].tool.driver;
    expect(driver.name).toBe("icp-guard");
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "minimal-pack/bucket-acl",
      "minimal-pack/bucket-count",
      "minimal-pack/probe",
      "minimal-pack/stack-probe",
      "second-pack/bucket-name-prefix",
      "second-pack/secret-probe",
      "second-pack/tagging",
    ]);
    expect(driver.rules[0]).toEqual({
      id: "minimal-pack/bucket-acl",
      name: "bucket-acl",
      shortDescription: { text: "Buckets must not be readable by everyone." },
      fullDescription: { text: "Buckets must not be readable by everyone." },
      help: {
        text: "Set the bucket's acl to private.",
        markdown: "Set the bucket's acl to private.",
      },
      helpUri: "https://example.com/policies/bucket-acl",
      defaultConfiguration: { level: "error" },
      properties: {
        policyPack: "minimal-pack",
        policyPackVersion: "0.1.0",
        tags: [],
        enforcementLevel: "mandatory",
        severity: "high",
        "security-severity": "8.0",
      },
    });
    expect(driver.rules[1].defaultConfiguration).toEqual({ level: "warning" });
  });

  it("has one result per violation, located at the resource's URN and its line in the input", () => {
    const run = JSON.parse(scanned("sarif")).runs[0];
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ["minimal-pack/bucket-acl", "error"],
      ["second-pack/bucket-name-prefix", "error"],
      ["minimal-pack/probe", "warning"],
      ["second-pack/secret-probe", "warning"],
      ["minimal-pack/bucket-count", "warning"],
      ["minimal-pack/stack-probe", "warning"],
    ]);
    const first = run.results[0];
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    const urn = `${S}test:index:Bucket::public`;
    const line = lineOf(urn);
    expect(first.locations).toEqual([
      {
        logicalLocations: [{ name: "public", fullyQualifiedName: urn, kind: "resource" }],
        physicalLocation: {
          artifactLocation: { uri: "test/fixtures/inputs/stack-export.json" },
          region: { startLine: line },
        },
      },
    ]);
    expect(first.message.text).toBe(
      "Buckets must not be readable by everyone.\nacl is public-read",
    );
  });

  it("converts an event log into valid SARIF too", () => {
    const r = runCli(["report", input("events.jsonl"), "--format", "sarif"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(validateSarif(doc)).toBe(true);
    expect(doc.runs[0].results).toHaveLength(3);
  });
});

describe("junit", () => {
  const cases = (suite: XmlElement) => children(suite, "testcase");

  it("is checked by a strict XML reader", () => {
    expect(() => parseXml("<a><b></a>")).toThrow("</a> closes <b>");
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow("duplicate attribute x");
    expect(() => parseXml("<a>R&D</a>")).toThrow("raw & in text");
    expect(() => parseXml("<a/><b/>")).toThrow("content after the root element");
  });

  it("parses as XML: one suite per pack, one case per resource and policy, not-applicable ones skipped", () => {
    const root = parseXml(scanned("junit"));
    expect(root.name).toBe("testsuites");
    // minimal: its 2 resource policies on 8 resources, its 2 stack policies once for the stack
    // plus the resource stack-probe reports; second: bucket-name-prefix on 8 (the 2 buckets
    // checked, 6 skipped: it is typed), secret-probe on 8, tagging on 8 skipped (it only
    // remediates).
    expect(root.attrs).toEqual({ name: "icp-guard", tests: "43", failures: "6", errors: "0" });
    const suites = children(root, "testsuite");
    expect(
      suites.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures, s.attrs.skipped]),
    ).toEqual([
      ["minimal-pack@0.1.0", "19", "4", "0"],
      ["second-pack@1.0.0", "24", "2", "14"],
    ]);
    // A stack policy is one case for the stack, and one per resource it reports.
    const stackCases = (name: string) =>
      cases(suites[0])
        .filter((c) => c.attrs.name === name)
        .map((c) => [c.attrs.classname, children(c, "failure").length]);
    expect(stackCases("bucket-count")).toEqual([[`${S}pulumi:pulumi:Stack::shop-dev`, 1]]);
    expect(stackCases("stack-probe")).toEqual([
      [`${S}pulumi:pulumi:Stack::shop-dev`, 0],
      [`${S}test:index:Component$test:index:Probe::probe`, 1],
    ]);
    const checked = (c: XmlElement) => children(c, "skipped").length === 0;
    expect(
      cases(suites[1])
        .filter((c) => c.attrs.name === "bucket-name-prefix" && checked(c))
        .map((c) => c.attrs.classname),
    ).toEqual([`${S}test:index:Bucket::logs`, `${S}test:index:Bucket::public`]);
    // A skipped case says why.
    const tagging = cases(suites[1]).filter((c) => c.attrs.name === "tagging");
    expect(tagging).toHaveLength(8);
    for (const c of tagging) {
      expect(children(c, "skipped").map((s) => s.attrs.message)).toEqual([
        "Policy does not implement validateResource",
      ]);
    }
  });

  it("gives each violation a failure with its level and message, escaped", () => {
    const suites = children(parseXml(scanned("junit")), "testsuite");
    const secret = cases(suites[1]).find(
      (c) => c.attrs.name === "secret-probe" && children(c, "failure").length > 0,
    );
    const [failure] = children(secret as XmlElement, "failure");
    expect(failure.attrs.type).toBe("advisory");
    // The export's secret cannot be decrypted (no passphrase): it arrives as "[secret]", quoted.
    expect(failure.attrs.message).toBe("Reports how secrets arrive.");
    expect(failure.text).toBe(
      '[advisory] Reports how secrets arrive.\npassword arrives as "[secret]"',
    );
  });

  it("escapes markup in messages", () => {
    const urn = "urn:pulumi:p::shop::test:index:Bucket::b";
    const log = eventLog([
      {
        sequence: 0,
        timestamp: 1,
        resourcePreEvent: {
          metadata: {
            op: "create",
            urn,
            type: "test:index:Bucket",
            new: { urn, type: "test:index:Bucket" },
          },
        },
      },
      {
        sequence: 1,
        timestamp: 2,
        policyEvent: {
          resourceUrn: urn,
          message: `<{%fg 12%}>Tags <a> & "b" ]]> 'c'\u0001<{%reset%}>\n`,
          color: "raw",
          policyName: "x<y",
          policyPackName: "p&q",
          policyPackVersion: "1.0.0",
          enforcementLevel: "mandatory",
        },
      },
    ]);
    const r = runCli(["report", log, "--format", "junit"]);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    const [suite] = children(root, "testsuite");
    expect(suite.attrs.name).toBe("p&q@1.0.0");
    const [testcase] = cases(suite);
    expect(testcase.attrs.name).toBe("x<y");
    expect(children(testcase, "failure")[0].attrs.message).toBe(`Tags <a> & "b" ]]> 'c'`);
  });

  it("converts the checks an event log summarises", () => {
    const r = runCli(["report", input("events.jsonl"), "--format", "junit"]);
    const root = parseXml(r.stdout);
    // 5 resources × (bucket-acl, probe) from the analyze summaries, and the 2 stack policies.
    expect(root.attrs).toEqual({ name: "icp-guard", tests: "12", failures: "3", errors: "0" });
  });
});

describe("markdown", () => {
  it("summarises and renders a table of violations, each policy's fix once", () => {
    const md = scanned("markdown");
    const lines = md.split("\n");
    expect(lines[0]).toBe("### Policy check (icp-guard)");
    expect(lines[2]).toBe(
      "❌ **2 mandatory**, **4 advisory** violations on 8 resources · 14 not applicable · policy packs: `minimal-pack` 0.1.0, `second-pack` 1.0.0",
    );
    expect(lines[4]).toBe(NO_REGISTRY);
    const table = lines.filter((l) => l.startsWith("|"));
    expect(table[0]).toBe("| Level | Policy | Resource | Location | Message |");
    expect(table[1]).toBe("| --- | --- | --- | --- | --- |");
    expect(table).toHaveLength(2 + 6);
    const publicLine = lineOf(`${S}test:index:Bucket::public`);
    expect(table[2]).toBe(
      `| 🔴 mandatory | [\`bucket-acl\`](https://example.com/policies/bucket-acl) | \`public\` (\`test:index:Bucket\`) | \`test/fixtures/inputs/stack-export.json:${publicLine}\` | Buckets must not be readable by everyone.<br>acl is public-read |`,
    );
    expect(table[3]).toContain("| `bucket-name-prefix` | `public` (`test:index:Bucket`) |");
    // Mandatory rows first.
    expect(table.slice(2).map((row) => row.split(" | ")[0])).toEqual([
      "| 🔴 mandatory",
      "| 🔴 mandatory",
      "| 🟡 advisory",
      "| 🟡 advisory",
      "| 🟡 advisory",
      "| 🟡 advisory",
    ]);
    // The fix of each policy with violations once, below the table; a policy without
    // remediation steps has none.
    const fixes = lines.slice(lines.indexOf("<details><summary>How to fix</summary>"));
    expect(fixes.filter((l) => l.startsWith("- "))).toEqual([
      "- [`bucket-acl`](https://example.com/policies/bucket-acl): Set the bucket's acl to private.",
      "- `bucket-name-prefix`: Rename the bucket to acme-&lt;name&gt;.",
    ]);
    // The message column never repeats a fix column.
    expect(md).not.toContain("| Fix |");
  });

  it("says so when there is nothing to fix", () => {
    const r = runCli([
      "scan",
      input("states.json"),
      "--policy-pack",
      pack("second"),
      "--format",
      "markdown",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✅ **0 mandatory**, **0 advisory** violations on 3 resources");
    expect(r.stdout).toContain("No policy violations.");
    expect(r.stdout).not.toContain("|");
  });
});

describe("icp-guard report of a real engine's event log", () => {
  it("names a local pack once: the summary's `<name>|local|<path>` key is the pack of the policy events", () => {
    const urn = "urn:pulumi:prod::shop::test:index:Bucket::b";
    const log = eventLog([
      {
        sequence: 0,
        timestamp: 1,
        policyEvent: {
          resourceUrn: urn,
          message: "acl is public-read\n",
          color: "raw",
          policyName: "probe",
          policyPackName: "minimal-pack",
          policyPackVersion: "0.1.0",
          enforcementLevel: "mandatory",
        },
      },
      {
        sequence: 1,
        timestamp: 2,
        summaryEvent: {
          maybeCorrupt: false,
          durationSeconds: 1,
          resourceChanges: { create: 1 },
          PolicyPacks: { "minimal-pack|local|/work/packs/minimal": "0.1.0" },
          isPreview: true,
        },
      },
    ]);
    const r = runCli(["report", log, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      policyPacks: Array<{ name: string; version: string }>;
    };
    expect(report.policyPacks).toEqual([{ name: "minimal-pack", version: "0.1.0" }]);
  });
});
