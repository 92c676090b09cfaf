/**
 * How far ahead an exemption may expire, through the real CLI and pack: the registry is checked
 * against ICP_GUARD_MAX_EXEMPTION_DAYS when the pack starts, each policy applies its own
 * maxExemptionDays (capped by that), and `icp-guard scan` raises the start-up limit to what the
 * --policy-pack-config file configures so the two agree. No setting alone opens the gate.
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { type JsonReport, ROOT, startCli, tempDir, writeJson } from "./support/cli";

const dir = tempDir();
const TODAY = "2026-11-30";
const S = "urn:pulumi:prod::shop::";
const PROVIDER = `${S}pulumi:providers:alicloud::default_3_108_0`;
const LEGACY = `${S}alicloud:cdn/domainNew:DomainNew::legacy-cdn`;
const WEB = `${S}alicloud:cdn/domainNew:DomainNew::web`;

const cdn = (urn: string, domainName: string) => ({
  urn,
  custom: true,
  id: `${domainName}-id`,
  type: "alicloud:cdn/domainNew:DomainNew",
  inputs: { domainName, scope: "domestic" },
  provider: `${PROVIDER}::prov-id`,
});
const states = writeJson(dir, "states.json", [
  {
    urn: PROVIDER,
    custom: true,
    id: "prov-id",
    type: "pulumi:providers:alicloud",
    inputs: { region: "cn-hangzhou" },
  },
  cdn(LEGACY, "legacy.unfiled.cn"),
  cdn(WEB, "www.unfiled.cn"),
]);

function registry(expires: string): string {
  const file = path.join(dir, `registry-${expires}.yaml`);
  writeFileSync(
    file,
    [
      "filings: []",
      "exemptions:",
      `  - match: "urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-cdn"`,
      "    policies: [icp-cdn-domain]",
      '    reason: "Filing in progress, ticket OPS-123"',
      `    expires: ${expires}`,
      "",
    ].join("\n"),
  );
  return file;
}

async function scan(registryFile: string, config?: unknown, env: NodeJS.ProcessEnv = {}) {
  const args = ["scan", states, "--policy-pack", ROOT, "--registry", registryFile];
  if (config !== undefined) {
    args.push("--policy-pack-config", writeJson(dir, `c-${Math.random()}.json`, config));
  }
  const r = await startCli([...args, "--format", "json"], { ICP_GUARD_TODAY: TODAY, ...env }).done;
  const report = r.code === 2 ? undefined : (JSON.parse(r.stdout) as JsonReport);
  const flagged = report?.violations
    .filter((v) => v.policyName === "icp-cdn-domain")
    .map((v) => v.urn)
    .sort();
  return { ...r, report, flagged };
}

// 2027-12-31 is 396 days after 2026-11-30: beyond the default 366.
const FAR = "2027-12-31";

describe.concurrent("an exemption further ahead than the limit", () => {
  it("stops the pack at start by default: exit 2 naming the expires line", async () => {
    const file = registry(FAR);
    const r = await scan(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}:6: exemptions[0].expires: ${FAR} is more than 366 days after today (${TODAY})`,
    );
  });

  it("loads and applies when the policy's maxExemptionDays allows it (icp-guard passes it down)", async () => {
    const r = await scan(registry(FAR), { "icp-cdn-domain": { maxExemptionDays: 400 } });
    expect(r.code, r.stderr).toBe(1);
    expect(r.flagged).toEqual([WEB]);
  });

  it("an explicit ICP_GUARD_MAX_EXEMPTION_DAYS of the caller still caps it", async () => {
    const file = registry(FAR);
    const r = await scan(
      file,
      { "icp-cdn-domain": { maxExemptionDays: 400 } },
      { ICP_GUARD_MAX_EXEMPTION_DAYS: "380" },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:6: exemptions[0].expires: ${FAR} is more than 380 days`);
  });

  it("the environment alone loads it, but no policy applies it beyond its own setting", async () => {
    const r = await scan(registry(FAR), undefined, { ICP_GUARD_MAX_EXEMPTION_DAYS: "400" });
    expect(r.code, r.stderr).toBe(1);
    expect(r.flagged).toEqual([LEGACY, WEB]);
    const legacy = r.report?.violations.find((v) => v.urn === LEGACY);
    expect(legacy?.message).toContain(
      `the exemption at icp-registry.yaml line 3 ("Filing in progress, ticket OPS-123") expires on ${FAR}, more than 366 days from today (maxExemptionDays), so it is not applied. Fix: set its expires on or before 2027-12-01, or file the domain.`,
    );
  });
});

describe.concurrent("a policy configured below the limit", () => {
  it("does not apply a longer exemption, and says why; other policies are unaffected", async () => {
    const r = await scan(registry("2027-06-30"), { "icp-cdn-domain": { maxExemptionDays: 100 } });
    expect(r.code, r.stderr).toBe(1);
    expect(r.flagged).toEqual([LEGACY, WEB]);
    const legacy = r.report?.violations.find((v) => v.urn === LEGACY);
    expect(legacy?.message).toContain(
      "expires on 2027-06-30, more than 100 days from today (maxExemptionDays), so it is not applied. Fix: set its expires on or before 2027-03-10",
    );
  });

  it("without the setting the same exemption applies", async () => {
    const r = await scan(registry("2027-06-30"));
    expect(r.code, r.stderr).toBe(1);
    expect(r.flagged).toEqual([WEB]);
  });
});
