/**
 * Policy pack configuration the way the engine reconciles it: schema defaults, the pack's
 * initialConfig, then the --policy-pack-config file (`all` first), validated per policy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  assertBuilt,
  input,
  type JsonReport,
  pack,
  runCli,
  tempDir,
  triples,
  writeJson,
} from "./support/cli";

const S = "urn:pulumi:dev::shop::";
const PUBLIC = `${S}test:index:Bucket::public`;
const LOGS = `${S}test:index:Bucket::logs`;
const PROBE = `${S}test:index:Component$test:index:Probe::probe`;
const ROOT = `${S}pulumi:pulumi:Stack::shop-dev`;

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});

function scanWith(config: unknown, packs = [pack("minimal")], extraConfigs: string[] = []) {
  const file = writeJson(dir, `config-${Math.random().toString(36).slice(2)}.json`, config);
  const args = ["scan", input("stack-export.json"), "--format", "json"];
  for (const p of packs) args.push("--policy-pack", p);
  for (const c of [file, ...extraConfigs]) args.push("--policy-pack-config", c);
  const r = runCli(args);
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.stdout) as JsonReport) };
}

describe("--policy-pack-config", () => {
  it("without a file: schema defaults, then initialConfig (bucket-acl mandatory, public-read forbidden)", () => {
    const r = scanWith({});
    expect(r.code).toBe(1);
    expect(triples(r.report as JsonReport)).toEqual([
      ["minimal-pack", "bucket-acl", "mandatory", PUBLIC],
      ["minimal-pack", "probe", "advisory", PROBE],
      ["minimal-pack", "bucket-count", "advisory", ROOT],
      ["minimal-pack", "stack-probe", "advisory", PROBE],
    ]);
  });

  it("disables a policy", () => {
    const r = scanWith({ "bucket-acl": "disabled" });
    expect(r.code).toBe(0);
    expect(r.report?.violations.map((v) => v.policyName)).toEqual([
      "probe",
      "bucket-count",
      "stack-probe",
    ]);
  });

  it("sets a policy advisory: exit 0", () => {
    const r = scanWith({ "bucket-acl": "advisory" });
    expect(r.code).toBe(0);
    expect(triples(r.report as JsonReport)[0]).toEqual([
      "minimal-pack",
      "bucket-acl",
      "advisory",
      PUBLIC,
    ]);
  });

  it("overrides initialConfig properties and keeps its level", () => {
    const r = scanWith({
      "bucket-acl": { forbiddenAcls: ["private"] },
      "bucket-count": { max: 2 },
    });
    expect(r.code).toBe(1);
    expect(triples(r.report as JsonReport)).toEqual([
      ["minimal-pack", "bucket-acl", "mandatory", LOGS],
      ["minimal-pack", "probe", "advisory", PROBE],
      ["minimal-pack", "stack-probe", "advisory", PROBE],
    ]);
  });

  it("applies `all` first, then each policy", () => {
    const r = scanWith({ all: "disabled", probe: { enforcementLevel: "mandatory" } });
    expect(r.code).toBe(1);
    expect(triples(r.report as JsonReport)).toEqual([
      ["minimal-pack", "probe", "mandatory", PROBE],
    ]);
  });

  it("stops with the engine's error when a policy's config fails its schema", () => {
    const r = scanWith({
      "bucket-count": { max: "three" },
      "bucket-acl": { forbiddenAcls: "public-read" },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter((l) => l.includes("validating policy config"))).toEqual([
      "icp-guard: error: validating policy config: minimal-pack 0.1.0  bucket-acl: forbiddenAcls: Invalid type. Expected: array, given: string",
      "icp-guard: error: validating policy config: minimal-pack 0.1.0  bucket-count: max: Invalid type. Expected: number, given: string",
    ]);
  });

  it("rejects a level that does not exist", () => {
    const r = scanWith({ "bucket-acl": "sometimes" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'parsing enforcement level for "bucket-acl": "sometimes" is not a valid enforcement level',
    );
  });

  it("rejects config for an unknown policy that names no level, as the engine's Configure does", () => {
    const r = scanWith({ "no-such-policy": { limit: 1 } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid enforcement level "" for "no-such-policy"');
  });

  it("gives each pack the config at the same position", () => {
    const second = writeJson(dir, "second.json", { "bucket-name-prefix": "disabled" });
    const r = scanWith({ "bucket-acl": "disabled" }, [pack("minimal"), pack("second")], [second]);
    expect(r.code).toBe(0);
    expect(r.report?.violations.map((v) => `${v.policyPack}/${v.policyName}`)).toEqual([
      "minimal-pack/probe",
      "second-pack/secret-probe",
      "minimal-pack/bucket-count",
      "minimal-pack/stack-probe",
    ]);
  });

  it("refuses more configs than packs", () => {
    const extra = writeJson(dir, "extra.json", {});
    const r = scanWith({}, [pack("minimal")], [extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2 --policy-pack-config file(s) for 1 policy pack(s)");
  });

  it("runs remediations at level remediate and reports them without applying them", () => {
    const r = scanWith({ tagging: "remediate" }, [pack("second")]);
    expect(r.code).toBe(1);
    expect(r.report?.remediations).toEqual([
      {
        policyPack: "second-pack",
        policyName: "tagging",
        urn: LOGS,
        description: "Buckets carry an owner tag.",
      },
      {
        policyPack: "second-pack",
        policyName: "tagging",
        urn: PUBLIC,
        description: "Buckets carry an owner tag.",
      },
    ]);
    expect(r.report?.violations.map((v) => v.policyName)).toEqual([
      "bucket-name-prefix",
      "secret-probe",
    ]);
  });
});
