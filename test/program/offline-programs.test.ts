/**
 * Real programs run offline unmodified: the provider's documented data-source calls (fixture
 * docs-examples, written in the style of its TypeScript examples, no `?.` guards), @pulumi/std
 * functions (fixture std-functions), --mocks for the rest, type-checking as the Pulumi CLI does,
 * and the program line each resource was constructed at. Needs `npm run build` (the child).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMocks } from "../../cli/program/data-sources/mocks";
import { type ProgramRun, runProgram } from "../../cli/program/run-program";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";
import { scratchPrograms } from "../support/scratch-programs";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/programs");
const DOCS = path.join(FIXTURES, "docs-examples");

function inputsOf(run: ProgramRun, name: string): Record<string, unknown> | undefined {
  return run.states.find((s) => s.urn.endsWith(`::${name}`))?.inputs;
}

function urnOf(run: ProgramRun, name: string): string {
  const state = run.states.find((s) => s.urn.endsWith(`::${name}`));
  if (!state) throw new Error(`no resource ${name}`);
  return state.urn;
}

/** The 1-based line and column of `needle` in a fixture file. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in ${file}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

describe("the provider's documented examples, unmodified", () => {
  let run: ProgramRun;
  beforeAll(async () => {
    run = await runProgram(DOCS);
  }, 300_000);

  it("type-check and run: every data source answered offline, nothing to warn about", () => {
    expect(run.warnings).toEqual([]);
    expect(run.invokes.map((i) => i.answer)).toEqual(run.invokes.map(() => "builtin"));
    expect(new Set(run.invokes.map((i) => i.token))).toEqual(
      new Set([
        "alicloud:index/getZones:getZones",
        "alicloud:index/getAccount:getAccount",
        "alicloud:index/getRegions:getRegions",
        "alicloud:ecs/getInstanceTypes:getInstanceTypes",
        "alicloud:ecs/getImages:getImages",
        "alicloud:ecs/getKeyPairs:getKeyPairs",
        "alicloud:resourcemanager/getResourceGroups:getResourceGroups",
        "alicloud:alb/getZones:getZones",
        "alicloud:nlb/getZones:getZones",
        "alicloud:slb/getZones:getZones",
        "alicloud:vpc/getEnhancedNatAvailableZones:getEnhancedNatAvailableZones",
        "alicloud:cs/getKubernetesVersion:getKubernetesVersion",
        "alicloud:kms/getKeys:getKeys",
        "alicloud:kms/getInstances:getInstances",
        "alicloud:ga/getAccelerators:getAccelerators",
      ]),
    );
  });

  it("feed the resources values of the stack's region (cn-shanghai) and of the arguments", () => {
    expect(inputsOf(run, "ecs-instance")).toMatchObject({
      availabilityZone: "cn-shanghai-a",
      instanceType: "ecs.c7.large", // cpuCoreCount 2, memorySize 4
      imageId: "ubuntu_22_04_x64_20G_alibase_20240530.vhd", // nameRegex ^ubuntu_...
      keyName: "key-pair-offline",
      resourceGroupId: "rg-offline",
    });
    expect(inputsOf(run, "alb")).toMatchObject({
      resourceGroupId: "rg-offline",
      zoneMappings: [
        { vswitchId: UNKNOWN, zoneId: "cn-shanghai-a" },
        { vswitchId: UNKNOWN, zoneId: "cn-shanghai-b" },
      ],
    });
    expect(inputsOf(run, "clb")).toMatchObject({
      masterZoneId: "cn-shanghai-a",
      slaveZoneId: "cn-shanghai-b",
    });
    expect(inputsOf(run, "nat-vswitch")).toMatchObject({ zoneId: "cn-shanghai-a" });
    expect(inputsOf(run, "ack-vswitch-1")).toMatchObject({ zoneId: "cn-shanghai-b" });
    expect(inputsOf(run, "ack")).toMatchObject({
      version: "1.33.1-aliyun.1",
      encryptionProviderKey: "key-offline",
    });
    expect(inputsOf(run, "secret")).toMatchObject({ dkmsInstanceId: "kst-offline" });
    expect(inputsOf(run, "ga-listener")).toMatchObject({ acceleratorId: "ga-offline1" });
    expect(inputsOf(run, "account-bucket")).toEqual({
      bucket: "docs-example-1234567890123456-cn-shanghai",
    });
    expect(run.states[0].outputs).toEqual({
      instanceType: "ecs.c7.large",
      imageId: "ubuntu_22_04_x64_20G_alibase_20240530.vhd",
    });
  });

  it("record the program line that constructed each resource, in whichever file", () => {
    const at = (file: string, needle: string) => ({
      file: path.join(DOCS, file),
      ...positionOf(path.join(DOCS, file), needle),
    });
    expect(run.locations[urnOf(run, "ecs-instance")]).toEqual(
      at("ecs.ts", 'new alicloud.ecs.Instance("ecs-instance"'),
    );
    expect(run.locations[urnOf(run, "alb")]).toEqual(
      at("network.ts", 'new alicloud.alb.LoadBalancer("alb"'),
    );
    // Made in a loop: both at the constructor call inside it.
    const loop = at("platform.ts", `new alicloud.vpc.Switch(\`ack-vswitch-$\{range}\``);
    expect(run.locations[urnOf(run, "ack-vswitch-0")]).toEqual(loop);
    expect(run.locations[urnOf(run, "ack-vswitch-1")]).toEqual(loop);
    // The stack and the default provider are not the program's: no location of their own.
    expect(run.locations[run.states[0].urn]).toBeUndefined();
    expect(run.entryFile).toBe(path.join(DOCS, "index.ts"));
  });
});

describe("@pulumi/std functions run for real", () => {
  it("as the documented examples call them: format, cidrsubnet, join, file, ...", async () => {
    const run = await runProgram(path.join(FIXTURES, "std-functions"));
    expect(run.warnings).toEqual([]);
    expect(inputsOf(run, "vswitch")).toEqual({
      vpcId: UNKNOWN,
      cidrBlock: "172.16.2.0/24",
      zoneId: "cn-beijing-a",
      vswitchName: "web-007-vsw",
    });
    expect(run.states[0].outputs).toEqual({
      name: "web-007",
      subnet: "172.16.2.0/24",
      host: "172.16.2.100",
      v6: "2408:4000:0:ff::/64",
      encoded: Buffer.from('#!/bin/sh\necho "hello from $(hostname)"\n').toString("base64"),
      ids: ["a", "b", "", "c"],
      joined: "a/b//c",
      replaced: "web-7",
      sub: "cn-beijing",
      all: ["a", "b", "c"],
      size: "ecs.g7.xlarge",
      set: ["a", "b"],
      later: "2026-12-02T01:15:00Z",
      json: '{"a":[1,"x"]}',
      // Computed from a secret: still secret.
      upper: { [SIG_KEY]: SECRET_SIG, value: "QUIET" },
      // An argument unknown during preview: the result is unknown too.
      unknown: UNKNOWN,
    });
  });
});

describe("programs outside the fixtures", () => {
  const { program, failure } = scratchPrograms("icp-guard-offline-");

  const MOCKED = [
    'const pulumi = require("@pulumi/pulumi");',
    'const alicloud = require("@pulumi/alicloud");',
    "module.exports = async () => {",
    '  const network = new pulumi.StackReference("acme/network/prod");',
    '  const nat = await alicloud.vpc.getNatGateways({ nameRegex: "^prod" });',
    '  const images = await alicloud.ecs.getImages({ nameRegex: "^ubuntu" });',
    '  return { nat: nat.gateways[0].id, image: images.images[0].id, vpc: network.requireOutput("vpcId") };',
    "};",
    "",
  ].join("\n");

  it("--mocks answers data sources (before the built-ins) and gives StackReference outputs", async () => {
    const dir = program({ "index.js": MOCKED });
    const mocks = parseMocks(
      [
        "invokes:",
        '  "alicloud:vpc/getNatGateways:getNatGateways":',
        '    - args: { nameRegex: "^prod" }',
        "      result: { gateways: [{ id: ngw-prod }], ids: [ngw-prod] }",
        '  "alicloud:ecs/getImages:getImages":',
        "    images: [{ id: m-golden }]",
        "stackReferences:",
        "  acme/network/prod: { vpcId: vpc-bp1shared }",
        "",
      ].join("\n"),
      "mocks.yaml",
    );
    const run = await runProgram(dir, { mocks });
    expect(run.states[0].outputs).toEqual({
      nat: "ngw-prod",
      image: "m-golden",
      vpc: "vpc-bp1shared",
    });
    expect(run.invokes).toEqual([
      { token: "alicloud:vpc/getNatGateways:getNatGateways", answer: "mock" },
      { token: "alicloud:ecs/getImages:getImages", answer: "mock" },
    ]);
    expect(run.warnings).toEqual([]);
    const ref = run.states.find((s) => s.type === "pulumi:pulumi:StackReference");
    expect(ref?.inputs).toMatchObject({ name: "acme/network/prod" });
  });

  it("without them, the failure names what answered nothing and shows the --mocks to write", async () => {
    const err = await failure(program({ "index.js": MOCKED }));
    expect(err.kind).toBe("threw");
    expect(err.lines[1]).toBe("TypeError: Cannot read properties of undefined (reading '0')");
    const hint = err.lines.slice(err.lines.findIndex((l) => l.startsWith("note:")));
    expect(hint).toEqual([
      "note: this data source has no offline result and returned nothing: alicloud:vpc/getNatGateways:getNatGateways",
      "note: stack references read offline without outputs: acme/network/prod",
      "  give the program what it reads with --mocks FILE, for example (YAML):",
      "    invokes:",
      '      "alicloud:vpc/getNatGateways:getNatGateways":',
      "        gateways: []   # fill in what the program reads",
      "        ids: []",
      "        names: []",
      "        totalCount: 0",
      "    stackReferences:",
      '      "acme/network/prod":',
      "        {}   # fill in what the program reads",
    ]);
  });

  const TYPE_ERROR = [
    'import * as alicloud from "@pulumi/alicloud";',
    'new alicloud.oss.Bucket("b", { bucket: "x" });',
    'const port: number = "80";',
    "export const p = port;",
    "",
  ].join("\n");

  it("type-checks TypeScript as the Pulumi CLI does: file:line, exit 2 through ProgramError", async () => {
    const dir = program({ "index.ts": TYPE_ERROR });
    const err = await failure(dir);
    expect(err.kind).toBe("types");
    expect(err.lines).toEqual([
      `program ${dir} has a type error (TypeScript, as \`pulumi preview\` checks it):`,
      "  index.ts:3:7 - error TS2322: Type 'string' is not assignable to type 'number'.",
      "  fix them, or set PULUMI_NODEJS_TRANSPILE_ONLY=true to run the program without type-checking, as with the Pulumi CLI",
    ]);
  }, 120_000);

  it("PULUMI_NODEJS_TRANSPILE_ONLY=true or tsconfig noCheck runs it without type-checking", async () => {
    const skip = await runProgram(program({ "index.ts": TYPE_ERROR }), {
      env: { ...process.env, PULUMI_NODEJS_TRANSPILE_ONLY: "true" },
    });
    expect(skip.states[0].outputs).toEqual({ p: "80" });
    const noCheck = await runProgram(
      program({
        "index.ts": TYPE_ERROR,
        "tsconfig.json": JSON.stringify({ compilerOptions: { noCheck: true, strict: true } }),
      }),
      { env: { ...process.env, PULUMI_NODEJS_TRANSPILE_ONLY: "" } },
    );
    expect(noCheck.states[0].outputs).toEqual({ p: "80" });
  }, 120_000);

  it("warns, in one line, about an Output put into a template string", async () => {
    const run = await runProgram(
      program({
        "index.js": [
          'const alicloud = require("@pulumi/alicloud");',
          'const bucket = new alicloud.oss.Bucket("b", { bucket: "assets" });',
          // A plain template string over an Output, the mistake the warning is about.
          `new alicloud.cdn.DomainNew("cdn", { domainName: \`cdn.$\{bucket.bucket}\`, scope: "domestic", cdnType: "web", sources: [] });`,
          "",
        ].join("\n"),
      }),
    );
    expect(run.warnings).toEqual([
      'alicloud:cdn/domainNew:DomainNew "cdn": input domainName holds a Pulumi Output put into a plain template string; build it with pulumi.interpolate`...` or .apply(...)',
    ]);
  });
});
