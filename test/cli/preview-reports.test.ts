/**
 * What `icp-guard preview` reports on the examples: every not-applicable pair with its reason,
 * exemptions as audit records in every format, SARIF that GitHub code scanning accepts with each
 * result at the line that constructed its resource, the registry beside the program found and
 * named. (Type-checking is covered elsewhere: these runs set PULUMI_NODEJS_TRANSPILE_ONLY.)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, ROOT, startCli, tempDir } from "./support/cli";
import { children, parseXml } from "./support/xml";

const EXAMPLES = path.join(ROOT, "examples");
const REGISTRY = path.join(EXAMPLES, "icp-registry.yaml");
const FAST = { PULUMI_NODEJS_TRANSPILE_ONLY: "true", ICP_GUARD_TODAY: "2026-12-01" };
/** Each test runs whole previews (programs and packs), several at once: give them time on a busy machine. */
const SLOW = 240_000;

beforeAll(assertBuilt);

async function preview(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string) {
  const r = await startCli(["preview", ...args], { ...FAST, ...env }, cwd).done;
  return r;
}

interface JsonDoc {
  registries: Array<Record<string, unknown>> | null;
  violations: Array<{ policyName: string; urn: string; location: { file: string; line: number } }>;
  notApplicable: Array<{ policyName: string; urn: string; reason: string }>;
  exempted: Array<Record<string, unknown>>;
}

const nameOf = (urn: string) => urn.split("::").slice(3).join("::");

/** The line of `new …("<name>"` in an example (the constructor call, even when the name is on the next line). */
function constructorLine(example: string, name: string): number {
  const lines = fs.readFileSync(path.join(EXAMPLES, example, "index.ts"), "utf8").split("\n");
  let i = lines.findIndex((l) => l.includes(`"${name}"`) && /new |^\s*"/.test(l));
  while (i > 0 && !lines[i].includes("new ")) i--;
  return i + 1;
}

describe("a Hong Kong stack", () => {
  it(
    "lists every not-applicable pair with its reason, and the registry used",
    async () => {
      const r = await preview([
        "examples/hongkong-website",
        "--registry",
        REGISTRY,
        "--format",
        "json",
      ]);
      expect(r.code, r.stderr).toBe(0);
      const doc: JsonDoc = JSON.parse(r.stdout);
      expect(doc.violations).toEqual([]);
      const pairs = doc.notApplicable
        .map((na) => [na.policyName, nameOf(na.urn), na.reason])
        .sort((a, b) => (a.join() < b.join() ? -1 : 1));
      expect(pairs).toEqual([
        ["icp-cdn-domain", "cdn", 'scope "overseas" serves only outside the Chinese mainland'],
        ["icp-hosted-domain", "www", "cn-hongkong is outside the Chinese mainland"],
        ["icp-lb-backend-ecs", "clb", "cn-hongkong is outside the Chinese mainland"],
        ["icp-oss-custom-domain", "assets-domain", "cn-hongkong is outside the Chinese mainland"],
        ["icp-service-code-server", "web", "cn-hongkong is outside the Chinese mainland"],
        ["icp-waf-domain", "waf-shop", "ap-southeast-1 is outside the Chinese mainland"],
      ]);
      expect(doc.registries).toEqual([
        {
          stacks: ["hongkong-website/prod"],
          file: "examples/icp-registry.yaml",
          source: "option",
          filings: 8,
          servers: 2,
          exemptions: 2,
        },
      ]);
      expect(doc.exempted).toEqual([]);
    },
    SLOW,
  );

  it(
    "says so in text: counts, and the list under --show-skipped",
    async () => {
      const plain = await preview(["examples/hongkong-website", "--registry", REGISTRY]);
      expect(plain.stdout).toContain(
        "ICP registry: examples/icp-registry.yaml (--registry): 8 filings, 2 servers, 2 exemptions\n",
      );
      expect(plain.stdout).toContain(
        "Not applicable: 6 results (--show-skipped lists them)\nNo policy violations.\n",
      );
      const listed = await preview([
        "examples/hongkong-website",
        "--registry",
        REGISTRY,
        "--show-skipped",
      ]);
      const line = constructorLine("hongkong-website", "clb");
      expect(listed.stdout).toContain(
        `    alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer (clb) at examples/hongkong-website/index.ts:${line}:\n        icp-lb-backend-ecs  (alicloud-icp-guard@v0.1.0)  cn-hongkong is outside the Chinese mainland\n`,
      );
      expect(listed.stdout).toContain("Not applicable: 6 results\n");
    },
    SLOW,
  );
});

describe("an exemption in force", () => {
  it(
    "is an audit record in JSON, text, JUnit, markdown and SARIF",
    async () => {
      const run = (format: string) =>
        preview(["examples/exempted-legacy-domain", "--registry", REGISTRY, "--format", format]);
      const [json, text, junit, md, sarif] = await Promise.all(
        ["json", "text", "junit", "markdown", "sarif"].map(run),
      );
      const line = constructorLine("exempted-legacy-domain", "legacy-downloads");
      const doc: JsonDoc = JSON.parse(json.stdout);
      expect(doc.exempted).toEqual([
        {
          policyPack: "alicloud-icp-guard",
          policyName: "icp-cdn-domain",
          urn: "urn:pulumi:prod::exempted-legacy-domain::alicloud:cdn/domainNew:DomainNew::legacy-downloads",
          reason:
            "Imported from the old account; filing of example-legacy.cn in progress, ticket OPS-4312",
          expires: "2027-06-30",
          match: "urn:pulumi:*::exempted-legacy-domain::alicloud:cdn/domainNew:DomainNew::legacy-*",
          exemption: { file: "examples/icp-registry.yaml", line: 65 },
          location: { file: "examples/exempted-legacy-domain/index.ts", line, column: 1 },
        },
      ]);
      // An exemption is not a not-applicable result: listed once, as what it is.
      expect(doc.notApplicable.map((na) => nameOf(na.urn))).not.toContain("legacy-downloads");

      const recorded =
        "exempted until 2027-06-30 by examples/icp-registry.yaml:65: Imported from the old account; filing of example-legacy.cn in progress, ticket OPS-4312";
      expect(text.stdout).toContain(
        `Exempted (registry exemptions in force):\n    alicloud:cdn/domainNew:DomainNew (legacy-downloads) at examples/exempted-legacy-domain/index.ts:${line}:\n        icp-cdn-domain  (alicloud-icp-guard@v0.1.0)\n            ${recorded}\n`,
      );
      expect(text.stdout).toContain("Exempted: 1 result (listed above)\n");

      const [suite] = children(parseXml(junit.stdout), "testsuite");
      const exempted = children(suite, "testcase").find(
        (c) =>
          c.attrs.name === "icp-cdn-domain" && c.attrs.classname.endsWith("::legacy-downloads"),
      );
      expect(children(exempted ?? suite, "skipped").map((s) => s.attrs.message)).toEqual([
        recorded,
      ]);

      expect(md.stdout).toContain(
        `| [\`icp-cdn-domain\`](https://www.alibabacloud.com/help/doc-detail/134716.html) | \`legacy-downloads\` (\`alicloud:cdn/domainNew:DomainNew\`) | \`examples/exempted-legacy-domain/index.ts:${line}\` | ${recorded} |`,
      );

      const results = JSON.parse(sarif.stdout).runs[0].results as Array<Record<string, unknown>>;
      const suppressed = results.filter((x) => x.suppressions !== undefined);
      expect(suppressed).toHaveLength(1);
      expect(suppressed[0].suppressions).toEqual([
        {
          kind: "external",
          justification:
            "Imported from the old account; filing of example-legacy.cn in progress, ticket OPS-4312; exempted until 2027-06-30 (examples/icp-registry.yaml:65)",
        },
      ]);
    },
    SLOW,
  );
});

describe("SARIF of a preview", () => {
  const schema = JSON.parse(
    fs.readFileSync(path.join(ROOT, "test", "fixtures", "sarif-2.1.0.sarif-schema.json"), "utf8"),
  );
  const validate = new Ajv({ strict: false, allErrors: true, logger: false }).compile(schema);

  it(
    "is valid 2.1.0, and every result is at the line that constructed its resource",
    async () => {
      const examples = [
        "exempted-legacy-domain",
        "anchor-server-removed",
        "unfiled-cdn",
        "payg-behind-clb",
      ];
      const r = await preview([
        ...examples.map((e) => `examples/${e}`),
        "--registry",
        REGISTRY,
        "--format",
        "sarif",
      ]);
      expect(r.code, r.stderr).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      const results = doc.runs[0].results as Array<{
        ruleId: string;
        locations: Array<{
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          logicalLocations: Array<{ fullyQualifiedName: string }>;
        }>;
      }>;
      const where = results.map((res) => {
        const loc = res.locations[0];
        const urn = loc.logicalLocations[0].fullyQualifiedName;
        return [
          res.ruleId,
          nameOf(urn),
          loc.physicalLocation.artifactLocation.uri,
          loc.physicalLocation.region.startLine,
        ];
      });
      const at = (example: string, name: string) => [
        `examples/${example}/index.ts`,
        constructorLine(example, name),
      ];
      expect(where.sort()).toEqual(
        [
          [
            "alicloud-icp-guard/icp-cdn-domain",
            "old-promo",
            ...at("exempted-legacy-domain", "old-promo"),
          ],
          // Exempted: a suppressed result, at its resource too.
          [
            "alicloud-icp-guard/icp-cdn-domain",
            "legacy-downloads",
            ...at("exempted-legacy-domain", "legacy-downloads"),
          ],
          ["alicloud-icp-guard/icp-cdn-domain", "cdn", ...at("unfiled-cdn", "cdn")],
          ["alicloud-icp-guard/icp-lb-backend-ecs", "clb", ...at("payg-behind-clb", "clb")],
          // A stack-level finding: the program's entry file, line 1.
          [
            "alicloud-icp-guard/icp-anchor-server-retained",
            "anchor-server-removed-prod",
            "examples/anchor-server-removed/index.ts",
            1,
          ],
        ].sort(),
      );
      for (const [, , , line] of where) expect(line).toBeGreaterThan(0);
    },
    SLOW,
  );
});

describe("the registry", () => {
  /** A copy of examples/unfiled-cdn in a folder of its own, with the packages linked in. */
  function copyOfUnfiledCdn(registry?: string): string {
    const dir = path.join(tempDir("icp-registry-"), "shop");
    fs.mkdirSync(dir);
    for (const f of ["Pulumi.yaml", "Pulumi.prod.yaml", "index.ts"])
      fs.copyFileSync(path.join(EXAMPLES, "unfiled-cdn", f), path.join(dir, f));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    if (registry) fs.writeFileSync(path.join(dir, "icp-registry.yaml"), registry);
    return dir;
  }
  const FILED =
    "filings:\n  - number: 浙ICP备2024099999号-1\n    domains: [example-video.cn]\n    accessProviders: [tencent-cloud]\n";

  it(
    "beside the program is used without --registry, and named in every report",
    async () => {
      const dir = copyOfUnfiledCdn(FILED);
      const registry = path.join(dir, "icp-registry.yaml");
      const [text, json] = await Promise.all([preview([dir]), preview([dir, "--format", "json"])]);
      // The filing is there: no violation, where it used to tell the user to add it.
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain(
        `ICP registry: ${registry} (found beside the program): 1 filing, 0 servers, 0 exemptions\n`,
      );
      expect(JSON.parse(json.stdout).registries).toEqual([
        {
          stacks: ["unfiled-cdn/prod"],
          file: registry,
          source: "program",
          filings: 1,
          servers: 0,
          exemptions: 0,
        },
      ]);
    },
    SLOW,
  );

  it(
    "ICP_GUARD_REGISTRY relative to where the command started; none found is said",
    async () => {
      const dir = copyOfUnfiledCdn();
      const home = path.dirname(dir);
      fs.writeFileSync(path.join(home, "filings.yaml"), FILED);
      const named = await preview(
        ["shop", "--format", "json"],
        { ICP_GUARD_REGISTRY: "filings.yaml" },
        home,
      );
      expect(named.code, named.stderr).toBe(0);
      expect(JSON.parse(named.stdout).registries[0]).toMatchObject({
        // Shown relative to where the command started, where it was found.
        file: "filings.yaml",
        source: "env",
        filings: 1,
      });
      const none = await preview([dir]);
      expect(none.code).toBe(1);
      expect(none.stdout).toContain(
        "ICP registry: none (no --registry, ICP_GUARD_REGISTRY or icp-registry.yaml found): every filing check fails\n",
      );
      const missing = await preview([dir], { ICP_GUARD_REGISTRY: "nope.yaml" }, home);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(
        "cannot read registry nope.yaml (ICP_GUARD_REGISTRY): no such file",
      );
    },
    SLOW,
  );
});

describe("the smaller things", () => {
  it(
    "several stacks: each resource names its stack, in text and markdown",
    async () => {
      const args = ["examples/unfiled-cdn", "examples/oss-custom-domain", "--registry", REGISTRY];
      const [text, md] = await Promise.all([
        preview(args),
        preview([...args, "--format", "markdown"]),
      ]);
      expect(text.stdout).toContain(
        `    alicloud:cdn/domainNew:DomainNew (cdn) in stack unfiled-cdn/prod at examples/unfiled-cdn/index.ts:${constructorLine("unfiled-cdn", "cdn")}:\n`,
      );
      expect(md.stdout).toContain(
        "| `cdn` (`alicloud:cdn/domainNew:DomainNew`) in stack unfiled-cdn/prod |",
      );
      expect(md.stdout).toContain(
        "| `images-domain` (`alicloud:oss/bucketCname:BucketCname`) in stack oss-custom-domain/prod |",
      );
    },
    SLOW,
  );

  it(
    "--output into a folder that does not exist fails before anything runs",
    async () => {
      const out = path.join(tempDir(), "missing", "report.sarif");
      const r = await preview(["examples/unfiled-cdn", "--format", "sarif", "--output", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `icp-guard: error: cannot write the report to ${out}: folder ${path.dirname(out)} does not exist (create it first)\n`,
      );
    },
    SLOW,
  );

  it(
    "the summary line counts in words that agree with the numbers",
    async () => {
      const out = path.join(tempDir(), "report.json");
      const r = await preview([
        "examples/unfiled-cdn",
        "--registry",
        REGISTRY,
        "--format",
        "json",
        "--output",
        out,
      ]);
      expect(r.stderr).toContain(
        `icp-guard: 1 mandatory violation, 0 advisory violations on 4 resources; json report written to ${out}\n`,
      );
    },
    SLOW,
  );

  it(
    "report on a stack export says to use scan",
    async () => {
      const file = path.join(ROOT, "test/fixtures/inputs/stack-export.json");
      const r = await startCli(["report", file]).done;
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `icp-guard: error: ${file} is a stack export, not a pulumi event log: run \`icp-guard scan ${file}\` to check it with the policy packs\n`,
      );
    },
    SLOW,
  );

  it(
    "speaks Chinese under any zh locale spelling",
    async () => {
      for (const lang of ["zh_CN.UTF-8", "zh-Hans", "zh"]) {
        const help = await startCli(["help"], { ICP_GUARD_LANG: lang }).done;
        expect(help.stdout.split("\n")[0]).toBe("用法：icp-guard <命令> [选项]");
      }
      const r = await preview(["examples/unfiled-cdn", "--registry", REGISTRY], {
        ICP_GUARD_LANG: "zh_CN.UTF-8",
      });
      expect(r.stdout).toContain("策略违规：\n");
      expect(r.stdout).toContain("资源：已检查 4 个\n违规：强制 1 项，建议 0 项\n");
      // The pack speaks Chinese too.
      expect(r.stdout).toContain("没有 ICP 备案");
      const bad = await startCli(["nope"], { ICP_GUARD_LANG: "zh_CN" }).done;
      expect(bad.stderr).toBe("icp-guard: 未知命令 \"nope\"\n运行 'icp-guard help' 查看用法。\n");
    },
    SLOW,
  );

  it(
    "an Output rendered into a template string: a one-line warning, never Pulumi's ten lines in a report",
    async () => {
      const dir = path.join(tempDir("icp-template-"), "tpl");
      fs.mkdirSync(dir);
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
      fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: tpl\nruntime: nodejs\n");
      fs.writeFileSync(
        path.join(dir, "Pulumi.prod.yaml"),
        "config:\n  alicloud:region: cn-hangzhou\n",
      );
      fs.writeFileSync(
        path.join(dir, "index.js"),
        [
          'const alicloud = require("@pulumi/alicloud");',
          'const bucket = new alicloud.oss.Bucket("b", { bucket: "assets" });',
          // A plain template string over an Output, the mistake this is about.
          `new alicloud.cdn.DomainNew("cdn", { domainName: \`cdn.$\{bucket.bucket}\`, scope: "domestic", cdnType: "web", sources: [] });`,
          "",
        ].join("\n"),
      );
      const r = await preview([dir, "--format", "json"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        "icp-guard: warning: " +
          dir +
          ': alicloud:cdn/domainNew:DomainNew "cdn": input domainName holds a Pulumi Output put into a plain template string; build it with pulumi.interpolate`...` or .apply(...)\n',
      );
      const [v] = JSON.parse(r.stdout).violations.filter(
        (x: { policyName: string }) => x.policyName === "icp-cdn-domain",
      );
      // The pack refuses the value in one sentence (it quotes only Pulumi's first words); Pulumi's
      // ten-line text never reaches the report (a pack that quotes it whole gets it shortened to
      // [Output] with a hint: report-units.test.ts).
      expect(v.message).not.toContain("To get the value of an Output<T>");
      expect(v.message).not.toContain("This function may throw");
      expect(v.message).toContain("pulumi.interpolate");
      expect(v.message.split("\n")).toHaveLength(4);
    },
    SLOW,
  );
});
