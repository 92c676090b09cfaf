/**
 * `icp-guard scan` end to end on every input format, with two packs at once: the exact
 * violations (pack, policy, level, URN), what the packs saw of the engine's requests, exit codes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, input, type JsonReport, pack, runCli, tempDir, triples } from "./support/cli";

const TWO_PACKS = ["--policy-pack", pack("minimal"), "--policy-pack", pack("second")];

const runs = new Map<string, ReturnType<typeof runScan>>();

function runScan(args: string[]) {
  const r = runCli(args);
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.stdout) as JsonReport) };
}

/** Scans with both packs (runs with the same arguments are shared between tests). */
function scanJson(files: string[], extra: string[] = []) {
  const args = ["scan", ...files, ...TWO_PACKS, "--format", "json", ...extra];
  const key = JSON.stringify(args);
  let r = runs.get(key);
  if (!r) {
    r = runScan(args);
    runs.set(key, r);
  }
  return r;
}

/** The JSON a probe policy reported, after the policy's description line. */
function probeBody(report: JsonReport, policy: string, urn: string): unknown {
  const v = report.violations.find((x) => x.policyName === policy && x.urn === urn);
  if (!v) throw new Error(`no ${policy} violation on ${urn}`);
  return JSON.parse(v.message.slice(v.message.indexOf("\n") + 1));
}

beforeAll(assertBuilt);

describe("stack export", () => {
  const S = "urn:pulumi:dev::shop::";
  const PUBLIC = `${S}test:index:Bucket::public`;
  const PROBE = `${S}test:index:Component$test:index:Probe::probe`;
  const DB = `${S}test:index:Secretive::db`;
  const ROOT = `${S}pulumi:pulumi:Stack::shop-dev`;
  const LOGS = `${S}test:index:Bucket::logs`;

  it("reports each pack's violations in input order, stack policies last, and exits 1", () => {
    const { code, report } = scanJson([input("stack-export.json")]);
    expect(code).toBe(1);
    expect(report?.policyPacks).toEqual([
      { name: "minimal-pack", version: "0.1.0" },
      { name: "second-pack", version: "1.0.0" },
    ]);
    // 9 states, one pending deletion.
    expect(report?.resources).toBe(8);
    expect(triples(report as JsonReport)).toEqual([
      ["minimal-pack", "bucket-acl", "mandatory", PUBLIC],
      ["second-pack", "bucket-name-prefix", "mandatory", PUBLIC],
      ["minimal-pack", "probe", "advisory", PROBE],
      ["second-pack", "secret-probe", "advisory", DB],
      ["minimal-pack", "bucket-count", "advisory", ROOT],
      ["minimal-pack", "stack-probe", "advisory", PROBE],
    ]);
    expect(report?.summary).toEqual({ mandatory: 2, advisory: 4 });
    const acl = report?.violations[0];
    expect(acl?.message).toBe("Buckets must not be readable by everyone.\nacl is public-read");
    expect(acl?.severity).toBe("high");
    // The URN-less stack violation goes to the root stack, with the message the engine shows.
    expect(report?.violations[4].message).toBe("A stack holds few buckets.\n2 buckets, at most 1");
  });

  it("sends Analyze the inputs, options and provider the engine would", () => {
    const { report } = scanJson([input("stack-export.json")]);
    expect(probeBody(report as JsonReport, "probe", PROBE)).toEqual({
      name: "probe",
      stack: "dev",
      project: "shop",
      // A stack file names no organisation and `pulumi policy analyze --file` passes none: the
      // pack's pulumi.getOrganization() throws, as under the real engine.
      organization: null,
      dryRun: false,
      // PULUMI_CONFIG alicloud:region, from the default provider's inputs.
      region: "cn-hangzhou",
      registry: null,
      parent: `${S}test:index:Component::web`,
      protect: true,
      provider: {
        type: "pulumi:providers:alicloud",
        name: "hk",
        urn: `${S}pulumi:providers:alicloud::hk`,
        region: "cn-hongkong",
      },
      // __defaults dropped, the --show-secrets plaintext unwrapped, the resource reference as its id.
      props: { bucket: "logs-id", size: 3, tag: "s3cr3t" },
    });
  });

  it("sends AnalyzeStack the outputs, parent, dependencies and non-empty property dependencies", () => {
    const { report } = scanJson([input("stack-export.json")]);
    expect(probeBody(report as JsonReport, "stack-probe", PROBE)).toEqual({
      props: { arn: "arn:probe", bucket: "logs-id", size: 3, tag: "s3cr3t" },
      parent: `${S}test:index:Component::web`,
      dependencies: [LOGS],
      propertyDependencies: { bucket: [LOGS] },
      provider: "hk",
    });
  });

  it("sends an encrypted secret it cannot decrypt as the secret text [secret], as pulumi policy analyze does", () => {
    // The fixture's passphrase salt is not a real one: no passphrase can open it.
    const { report } = scanJson([input("stack-export.json")]);
    expect(report?.violations.find((v) => v.policyName === "secret-probe")?.message).toBe(
      'Reports how secrets arrive.\npassword arrives as "[secret]"',
    );
  });

  it("says on stderr why the secrets were redacted and what would open them", () => {
    const { stderr } = scanJson([input("stack-export.json")]);
    expect(stderr).toContain(
      `icp-guard: warning: could not decrypt secrets in ${input("stack-export.json")} (deployment.secrets_providers.state.salt is not a passphrase salt (v1:…): export the stack again); analyzing with secret values redacted to "[secret]", as pulumi policy analyze does\n`,
    );
  });

  it("takes the stack identity from --stack and hands --registry to the packs", () => {
    const dir = tempDir();
    const registry = path.join(dir, "icp-registry.yaml");
    fs.writeFileSync(registry, "filings: []\n");
    const { code, report } = scanJson(
      [input("stack-export.json")],
      ["--stack", "acme/shop/dev", "--registry", registry],
    );
    expect(code).toBe(1);
    const body = probeBody(report as JsonReport, "probe", PROBE) as Record<string, unknown>;
    expect([body.organization, body.project, body.stack, body.registry]).toEqual([
      "acme",
      "shop",
      "dev",
      registry,
    ]);
  });
});

describe("preview JSON", () => {
  const S = "urn:pulumi:staging::shop::";
  const ROOT = `${S}pulumi:pulumi:Stack::shop-staging`;

  it("checks each step's new state (deletes skipped, a replacement once) as a dry run", () => {
    const { code, report } = scanJson([input("preview.json")]);
    expect(code).toBe(1);
    // stack, 2 providers, logs (replaced), public, extra, web, probe-known, probe, db; not old.
    expect(report?.resources).toBe(10);
    expect(triples(report as JsonReport)).toEqual([
      ["minimal-pack", "bucket-acl", "mandatory", `${S}test:index:Bucket::public`],
      ["second-pack", "bucket-name-prefix", "mandatory", `${S}test:index:Bucket::public`],
      ["minimal-pack", "bucket-acl", "mandatory", `${S}test:index:Bucket::extra`],
      ["minimal-pack", "probe", "advisory", `${S}test:index:Probe::probe-known`],
      ["minimal-pack", "probe", "advisory", `${S}test:index:Component$test:index:Probe::probe`],
      ["second-pack", "secret-probe", "advisory", `${S}test:index:Secretive::db`],
      ["minimal-pack", "bucket-count", "advisory", ROOT],
      ["minimal-pack", "stack-probe", "advisory", `${S}test:index:Probe::probe-known`],
      ["minimal-pack", "stack-probe", "advisory", ROOT],
    ]);
    const body = probeBody(
      report as JsonReport,
      "probe",
      `${S}test:index:Probe::probe-known`,
    ) as Record<string, unknown>;
    expect([body.dryRun, body.region, body.stack]).toEqual([true, "cn-shanghai", "staging"]);
    // Without outputs, AnalyzeStack gets the inputs.
    expect(
      probeBody(report as JsonReport, "stack-probe", `${S}test:index:Probe::probe-known`),
    ).toMatchObject({ props: { size: 2 } });
    // An unknown input reads as the SDK's advisory, whatever the policy's level.
    const unknown = report?.violations[4];
    expect(unknown?.message).toBe(
      "can't run policy 'probe' from policy pack 'minimal-pack@v0.1.0' during preview: string value at .bucket can't be known during preview",
    );
    expect(report?.violations.find((v) => v.policyName === "secret-probe")?.message).toBe(
      "Reports how secrets arrive.\npassword arrives as the plain secret",
    );
    expect(report?.violations.find((v) => v.policyName === "bucket-count")?.message).toBe(
      "A stack holds few buckets.\n3 buckets, at most 1",
    );
  });
});

describe("event log", () => {
  const S = "urn:pulumi:prod::shop::";

  it("checks the new state of each resourcePreEvent", () => {
    const { code, report } = scanJson([input("events.jsonl")]);
    expect(code).toBe(1);
    expect(report?.resources).toBe(5);
    expect(triples(report as JsonReport)).toEqual([
      ["minimal-pack", "bucket-acl", "mandatory", `${S}test:index:Bucket::public`],
      ["minimal-pack", "bucket-acl", "mandatory", `${S}test:index:Bucket::legacy`],
      ["minimal-pack", "bucket-count", "advisory", `${S}pulumi:pulumi:Stack::shop-prod`],
    ]);
  });

  it("finds what the real preview recorded in the same log", () => {
    const scanned = scanJson([input("events.jsonl")], []);
    const recorded = runCli(["report", input("events.jsonl"), "--format", "json"]);
    expect(recorded.code).toBe(1);
    const report = JSON.parse(recorded.stdout) as JsonReport;
    expect(
      report.violations.map((v) => [
        v.policyPack,
        v.policyName,
        v.enforcementLevel,
        v.urn,
        v.message,
      ]),
    ).toEqual(
      scanned.report?.violations.map((v) => [
        v.policyPack,
        v.policyName,
        v.enforcementLevel,
        v.urn,
        v.message,
      ]),
    );
  });
});

describe("array of states", () => {
  const PR = "urn:pulumi:qa::shop::test:index:Probe::probe";

  it("checks a bare array and exits 0 with advisory violations only", () => {
    const { code, report } = scanJson([input("states.json")]);
    expect(code).toBe(0);
    expect(triples(report as JsonReport)).toEqual([
      ["minimal-pack", "probe", "advisory", PR],
      ["minimal-pack", "stack-probe", "advisory", PR],
    ]);
    expect(probeBody(report as JsonReport, "probe", PR)).toMatchObject({
      region: "ap-southeast-1",
      dryRun: false,
      provider: { name: "default_3_108_0", region: "ap-southeast-1" },
      props: { size: 1, tag: "t" },
    });
    expect(probeBody(report as JsonReport, "stack-probe", PR)).toEqual({
      props: { size: 1, tag: "t" },
      parent: null,
      dependencies: [],
      propertyDependencies: { size: ["urn:pulumi:qa::shop::test:index:Bucket::assets"] },
      provider: "default_3_108_0",
    });
  });
});

describe("several files", () => {
  it("checks each stack on its own: its own packs, its own AnalyzeStack", () => {
    const one = scanJson([input("stack-export.json")]).report as JsonReport;
    const two = scanJson([input("states.json")]).report as JsonReport;
    const both = scanJson([input("stack-export.json"), input("states.json")]);
    expect(both.code).toBe(1);
    expect(both.report?.resources).toBe(11);
    expect(triples(both.report as JsonReport)).toEqual([...triples(one), ...triples(two)]);
  });

  it("counts a resource given twice once, with a warning", () => {
    const r = scanJson([input("states.json"), input("states.json")]);
    expect(r.report?.resources).toBe(3);
    expect(r.stderr).toContain(
      "icp-guard: warning: urn:pulumi:qa::shop::pulumi:providers:alicloud::default_3_108_0 appears more than once",
    );
  });

  it("refuses --stack over inputs of several stacks", () => {
    const r = scanJson(
      [input("stack-export.json"), input("states.json")],
      ["--stack", "acme/shop/dev"],
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--stack names one stack but the inputs hold resources of 2 stacks");
  });
});
