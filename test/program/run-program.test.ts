/**
 * Runs real programs (the real `@pulumi/alicloud` SDK) through the offline preview. Needs the
 * child process built: `npm run build` first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type ProgramRun, runProgram } from "../../cli/program/run-program";
import type { ResourceState } from "../../cli/state";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";
import { scratchPrograms } from "../support/scratch-programs";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/programs");
const ALICLOUD_VERSION: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "node_modules/@pulumi/alicloud/package.json"), "utf8"),
).version;
const DEFAULT_PROVIDER_NAME = `default_${ALICLOUD_VERSION.replace(/\./g, "_")}`;

function secret(value: unknown) {
  return { [SIG_KEY]: SECRET_SIG, value };
}

function byUrn(states: ResourceState[], urn: string): ResourceState {
  const found = states.find((s) => s.urn === urn);
  if (!found) throw new Error(`no state ${urn}; have ${states.map((s) => s.urn).join(", ")}`);
  return found;
}

describe("runProgram on the website fixture (TypeScript)", () => {
  const u = (qualifiedType: string, name: string) =>
    `urn:pulumi:dev::shop::${qualifiedType}::${name}`;
  const STACK = u("pulumi:pulumi:Stack", "shop-dev");
  const PROVIDER = u("pulumi:providers:alicloud", DEFAULT_PROVIDER_NAME);
  const PROVIDER_REF = `${PROVIDER}::${UNKNOWN}`;
  const WEB = u("alicloud:ecs/instance:Instance", "web");
  const CLB = u("alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", "clb");
  const SITE = u("shop:web:Site", "site");
  const ASSETS = u("shop:web:Site$shop:web:Assets", "site-assets");
  const HK = u("pulumi:providers:alicloud", "hk");
  let run: ProgramRun;

  beforeAll(async () => {
    run = await runProgram(path.join(FIXTURES, "website"));
  });

  it("captures every registration in order, with engine URNs", () => {
    expect(run).toMatchObject({ project: "shop", stack: "dev", organization: "organization" });
    expect(run.states.map((s) => [s.type, s.urn])).toEqual([
      ["pulumi:pulumi:Stack", STACK],
      ["shop:web:Site", SITE],
      ["pulumi:providers:alicloud", PROVIDER],
      ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", CLB],
      ["shop:web:Assets", ASSETS],
      [
        "alicloud:oss/bucket:Bucket",
        u("shop:web:Site$shop:web:Assets$alicloud:oss/bucket:Bucket", "site-assets-bucket"),
      ],
      [
        "alicloud:dns/alidnsRecord:AlidnsRecord",
        u("shop:web:Site$alicloud:dns/alidnsRecord:AlidnsRecord", "site-www"),
      ],
      ["alicloud:ecs/instance:Instance", WEB],
      ["pulumi:providers:alicloud", HK],
      ["alicloud:oss/bucket:Bucket", u("alicloud:oss/bucket:Bucket", "hk-assets")],
      [
        "alicloud:slb/backendServer:BackendServer",
        u("alicloud:slb/backendServer:BackendServer", "clb-backends"),
      ],
    ]);
  });

  it("sends an input computed from another resource as the unknown sentinel, with its propertyDependencies", () => {
    const backends = byUrn(
      run.states,
      u("alicloud:slb/backendServer:BackendServer", "clb-backends"),
    );
    expect(backends.inputs).toEqual({
      loadBalancerId: UNKNOWN,
      backendServers: [{ serverId: UNKNOWN, weight: 100 }],
    });
    expect(backends.outputs).toEqual(backends.inputs);
    expect(backends.propertyDependencies).toEqual({ loadBalancerId: [CLB], backendServers: [WEB] });
    expect([...(backends.dependencies ?? [])].sort()).toEqual([CLB, WEB].sort());
    expect(backends.id).toBeUndefined();
    expect(backends.parent).toBe(STACK);
  });

  it("keeps components' children under them, with computed values unknown", () => {
    const record = byUrn(
      run.states,
      u("shop:web:Site$alicloud:dns/alidnsRecord:AlidnsRecord", "site-www"),
    );
    expect(record.parent).toBe(SITE);
    expect(record.inputs).toEqual({
      domainName: "example.com",
      rr: "www",
      type: "A",
      value: UNKNOWN,
    });
    expect(record.propertyDependencies).toEqual({ domainName: [], rr: [], type: [], value: [CLB] });
    expect(byUrn(run.states, SITE)).toEqual({
      urn: SITE,
      custom: false,
      type: "shop:web:Site",
      inputs: {},
      outputs: { fqdn: "www.example.com" },
      parent: STACK,
      dependencies: [],
      propertyDependencies: {},
    });
    expect(byUrn(run.states, ASSETS).parent).toBe(SITE);
  });

  it("synthesises the default provider from stack config and points resources at it", () => {
    const inputs = {
      region: "cn-hangzhou",
      skipRegionValidation: "true",
      version: ALICLOUD_VERSION,
    };
    expect(byUrn(run.states, PROVIDER)).toEqual({
      urn: PROVIDER,
      custom: true,
      type: "pulumi:providers:alicloud",
      inputs,
      outputs: inputs,
    });
    const custom = run.states.filter((s) => s.custom && !s.type.startsWith("pulumi:providers:"));
    expect(custom.filter((s) => s.provider === PROVIDER_REF).map((s) => s.urn)).toHaveLength(5);
    expect(byUrn(run.states, u("alicloud:oss/bucket:Bucket", "hk-assets")).provider).toBe(
      `${HK}::${UNKNOWN}`,
    );
    expect(byUrn(run.states, HK)).toMatchObject({
      inputs: { region: "cn-hongkong", version: ALICLOUD_VERSION },
      parent: STACK,
    });
    expect(byUrn(run.states, HK).provider).toBeUndefined();
  });

  it("keeps secrets in wire form, secure config unknown", () => {
    const web = byUrn(run.states, WEB);
    expect(web.inputs).toEqual({
      availabilityZone: "cn-hangzhou-h",
      imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
      instanceChargeType: "PrePaid",
      instanceType: "ecs.g7.large",
      password: secret(UNKNOWN),
      period: 12,
      tags: { owner: "web-team" },
    });
    expect(run.secretKeys).toEqual(["shop:dbPassword"]);
    expect(run.config["shop:dbPassword"]).toBe(UNKNOWN);
    const stack = byUrn(run.states, STACK);
    expect(stack.parent).toBeUndefined();
    expect(stack.outputs).toEqual({
      address: UNKNOWN,
      fqdn: "www.example.com",
      apiToken: secret("not-a-real-token"),
      // zones.zones[0].id of the offline getZones in the stack's region.
      zoneId: "cn-hangzhou-a",
    });
  });

  it("answers data sources offline from the stack's region, with no warning about them", () => {
    expect(run.invokes).toEqual([{ token: "alicloud:index/getZones:getZones", answer: "builtin" }]);
    expect(run.warnings).toEqual([
      "config shop:dbPassword is a secret: an offline preview cannot decrypt it, its value is unknown",
    ]);
  });
});

describe("runProgram on the js-main fixture (JavaScript, Pulumi.yaml main)", () => {
  it("runs an exported async function with the chosen stack and config overrides", async () => {
    const run = await runProgram(path.join(FIXTURES, "js-main"), {
      stack: "acme/staging",
      config: { "alicloud:region": "cn-shenzhen", zoneHint: "cn-shenzhen-e" },
    });
    const provider = `urn:pulumi:staging::plain::pulumi:providers:alicloud::${DEFAULT_PROVIDER_NAME}`;
    expect(run.organization).toBe("acme");
    expect(run.states.map((s) => s.urn)).toEqual([
      "urn:pulumi:staging::plain::pulumi:pulumi:Stack::plain-staging",
      provider,
      "urn:pulumi:staging::plain::alicloud:cdn/domainNew:DomainNew::cdn",
    ]);
    expect(run.states[1].inputs).toEqual({ region: "cn-shenzhen", version: ALICLOUD_VERSION });
    expect(run.states[2]).toMatchObject({
      provider: `${provider}::${UNKNOWN}`,
      inputs: { domainName: "static.example.com", scope: "domestic", cdnType: "web" },
    });
    // The data source answers in the region the --config override names.
    expect(run.states[0].outputs).toEqual({
      cdnName: "static.example.com",
      zone: "cn-shenzhen-a",
      region: "staging",
    });
    expect(run.output).toBe("zone from data source: cn-shenzhen-a\n");
  });
});

describe("runProgram failures", () => {
  const scratch = scratchPrograms("icp-guard-programs-");
  const { program, failure } = scratch;

  it("reports a TypeScript syntax error with file, line and column", async () => {
    const dir = program({
      "index.ts":
        'import * as pulumi from "@pulumi/pulumi";\nconst x = ;\nexport const s = pulumi.getStack();\n',
    });
    const err = await failure(dir);
    expect(err.kind).toBe("syntax");
    expect(err.lines).toEqual([
      `program ${dir} has a syntax error:`,
      "index.ts(2,11): error TS1109: Expression expected.",
      "",
    ]);
  });

  it("reports a JavaScript syntax error with Node's code frame", async () => {
    const dir = program({ "index.js": "const a = 1;\nconst x = {;\n" });
    const err = await failure(dir);
    expect(err.kind).toBe("syntax");
    expect(err.lines.slice(0, 4)).toEqual([
      `program ${dir} has a syntax error:`,
      `${path.join(dir, "index.js")}:2`,
      "const x = {;",
      "           ^",
    ]);
    expect(err.lines).toContain("SyntaxError: Unexpected token ';'");
  });

  it("reports a program that throws, with its message and TypeScript stack", async () => {
    const dir = program({
      "index.ts": [
        'import * as alicloud from "@pulumi/alicloud";',
        'new alicloud.oss.Bucket("b", { bucket: "x" });',
        'function boom(): never { throw new Error("no domain configured"); }',
        "boom();",
        "",
      ].join("\n"),
    });
    const err = await failure(dir);
    expect(err.kind).toBe("threw");
    expect(err.lines[0]).toBe(`program ${dir} failed with an unhandled exception:`);
    expect(err.lines[1]).toBe("Error: no domain configured");
    expect(err.lines[2]).toBe(`    at boom (${path.join(dir, "index.ts")}:3:32)`);
    expect(err.programStack).toContain("Error: no domain configured");
  });

  it("reports a rejection inside an apply, names the data sources that answered nothing, and gives a --mocks snippet", async () => {
    const dir = program({
      "index.js":
        'const alicloud = require("@pulumi/alicloud");\nalicloud.vpc.getNatGatewaysOutput({}).apply((n) => n.gateways[0].id);\n',
    });
    const err = await failure(dir);
    expect(err.kind).toBe("threw");
    expect(err.lines[1]).toBe("TypeError: Cannot read properties of undefined (reading '0')");
    const hint = err.lines.slice(err.lines.findIndex((l) => l.startsWith("note:")));
    expect(hint).toEqual([
      "note: this data source has no offline result and returned nothing: alicloud:vpc/getNatGateways:getNatGateways",
      "  give the program what it reads with --mocks FILE, for example (YAML):",
      "    invokes:",
      '      "alicloud:vpc/getNatGateways:getNatGateways":',
      "        gateways: []   # fill in what the program reads",
      "        ids: []",
      "        names: []",
      "        totalCount: 0",
    ]);
  });

  it("fails when the named stack has no config file", async () => {
    const dir = program({ "index.js": "" });
    const err = await failure(dir, { stack: "prod" });
    expect(err.kind).toBe("project");
    expect(err.lines[0]).toBe(
      `stack prod: its config file ${path.join(dir, "Pulumi.prod.yaml")} does not exist`,
    );
  });

  it("fails setup without @pulumi/pulumi, or for an ES module program", async () => {
    const bare = path.join(scratch.dir, "bare");
    fs.mkdirSync(bare);
    fs.writeFileSync(path.join(bare, "Pulumi.yaml"), "name: p\nruntime: nodejs\n");
    fs.writeFileSync(path.join(bare, "Pulumi.dev.yaml"), "config: {}\n");
    fs.writeFileSync(path.join(bare, "index.js"), "");
    const missing = await failure(bare);
    expect(missing.kind).toBe("setup");
    expect(missing.message).toBe(
      `program ${bare}: cannot find @pulumi/pulumi from ${bare}${path.sep}: run npm install in the program's directory`,
    );
    const esm = program({ "package.json": '{"type": "module"}', "index.js": "" });
    const esmErr = await failure(esm);
    expect(esmErr.kind).toBe("setup");
    expect(esmErr.message).toBe(
      `${path.join(esm, "package.json")}: ES module programs ("type": "module") are not supported offline`,
    );
  });

  it("blocks the network", async () => {
    const dir = program({ "index.js": 'require("node:http").get("http://example.com/");\n' });
    const err = await failure(dir);
    expect(err.lines.slice(0, 3)).toEqual([
      `program ${dir} failed with an unhandled exception:`,
      "Error: network access is disabled during an offline preview (icp-guard preview)",
      `    at Object.<anonymous> (${path.join(dir, "index.js")}:1:22)`,
    ]);
  });

  it("fails a program that logs an error, exits early, never settles or runs too long", async () => {
    const logged = program({ "index.js": 'require("@pulumi/pulumi").log.error("bad thing");\n' });
    expect((await failure(logged)).lines).toEqual([
      `program ${logged} failed: it logged 1 error(s) with pulumi.log.error`,
      "  error: [runtime] bad thing",
    ]);
    const exits = program({ "index.js": 'console.log("bye");\nprocess.exit(3);\n' });
    const exitErr = await failure(exits);
    expect(exitErr.kind).toBe("exited");
    expect(exitErr.lines).toEqual([
      `program ${exits} exited (code 3) before it finished`,
      "its last output:",
      "bye",
    ]);
    const never = program({ "index.js": "module.exports = new Promise(() => {});\n" });
    expect((await failure(never)).message).toBe(
      `program ${never} did not finish: nothing was left to run while it still awaited a promise (one that never settles?)`,
    );
    const hangs = program({ "index.js": "setInterval(() => {}, 1000);\n" });
    const slow = await failure(hangs, { timeoutMs: 1500 });
    expect(slow.kind).toBe("timeout");
    expect(slow.message).toBe(`program ${hangs} did not finish within 1.5 s`);
  });

  it("waits for resources the program registers from its own beforeExit handler", async () => {
    const dir = program({
      "index.js": [
        'const alicloud = require("@pulumi/alicloud");',
        "let done = false;",
        'process.on("beforeExit", () => {',
        "  if (done) return;",
        "  done = true;",
        '  new alicloud.oss.Bucket("late", { bucket: "late" });',
        "});",
        "",
      ].join("\n"),
    });
    const run = await runProgram(dir);
    expect(run.states.map((s) => s.urn)).toEqual([
      "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev",
      `urn:pulumi:dev::p::pulumi:providers:alicloud::${DEFAULT_PROVIDER_NAME}`,
      "urn:pulumi:dev::p::alicloud:oss/bucket:Bucket::late",
    ]);
  });

  it("honours the program's tsconfig.json but always emits CommonJS", async () => {
    const dir = program({
      "tsconfig.json": JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022" },
      }),
      "index.ts":
        'import * as alicloud from "@pulumi/alicloud";\nexport const b = new alicloud.oss.Bucket("b", { bucket: "x" }).bucket;\n',
    });
    const run = await runProgram(dir);
    expect(run.states.map((s) => s.type)).toEqual([
      "pulumi:pulumi:Stack",
      "pulumi:providers:alicloud",
      "alicloud:oss/bucket:Bucket",
    ]);
    expect(run.states[0].outputs).toEqual({ b: "x" });
  });
});
