/**
 * The pack's start-up facts that decide exemptions: ICP_GUARD_MAX_EXEMPTION_DAYS (how far ahead a
 * registry exemption may expire), checked with today (ICP_GUARD_TODAY) when the registry loads;
 * and the maxExemptionDays setting every policy declares.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createRuntime, maxExemptionDaysFromEnv } from "../../policy-pack/framework/runtime";
import { toSdkPolicy } from "../../policy-pack/framework/sdk-adapter";
import { RegistryError } from "../../policy-pack/model/registry";
import { T } from "../../policy-pack/model/resource-types";
import { settingsFrom } from "../../policy-pack/model/settings";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { icpCdnDomain } from "../../policy-pack/policies/icp-cdn-domain/policy";
import { runResourcePolicy, runtimeFor } from "../support/sdk-harness";

describe("maxExemptionDaysFromEnv", () => {
  it.each([
    [undefined, 366],
    ["", 366],
    ["30", 30],
    [" 730 ", 730],
    ["3660", 3660],
  ])("%j → %s", (raw, want) => {
    expect(maxExemptionDaysFromEnv({ ICP_GUARD_MAX_EXEMPTION_DAYS: raw })).toBe(want);
  });

  it.each(["0", "-1", "3661", "1e3", "30.5", "thirty", "99999999999"])(
    "%j stops the pack",
    (raw) => {
      expect(() => maxExemptionDaysFromEnv({ ICP_GUARD_MAX_EXEMPTION_DAYS: raw })).toThrow(
        `ICP_GUARD_MAX_EXEMPTION_DAYS must be a whole number of days from 1 to 3660, got "${raw}": set it so, or unset it for 366`,
      );
    },
  );
});

describe("createRuntime checks the registry's exemptions against the limit and today", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "icp-runtime-"));
  const file = path.join(dir, "icp-registry.yaml");
  writeFileSync(
    file,
    'exemptions:\n  - match: "*::legacy-cdn"\n    policies: [icp-cdn-domain]\n    reason: r\n    expires: 2027-03-10\n',
  );
  const env = (extra: Record<string, string>) => ({
    ICP_GUARD_REGISTRY: file,
    ICP_GUARD_TODAY: "2026-11-30",
    ...extra,
  });

  it("within the limit: loads, and the environment remembers the limit", () => {
    const r = createRuntime(env({ ICP_GUARD_MAX_EXEMPTION_DAYS: "100" }), dir);
    expect(r.registry.exemptions).toHaveLength(1);
    expect(r.env.maxExemptionDays).toBe(100);
    expect(createRuntime(env({}), dir).env.maxExemptionDays).toBe(366);
  });

  it("beyond it: a RegistryError at the expires line", () => {
    let err: unknown;
    try {
      createRuntime(env({ ICP_GUARD_MAX_EXEMPTION_DAYS: "99" }), dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).message).toBe(
      `${file}:5: exemptions[0].expires: 2027-03-10 is more than 99 days after today (2026-11-30): an exemption is a temporary waiver — set expires on or before 2027-03-09, and renew the exemption when it runs out if it must (the limit is ICP_GUARD_MAX_EXEMPTION_DAYS, default 366 days; a longer one also needs the policies' maxExemptionDays setting)`,
    );
  });

  it("today moves the limit: the same file loads a year earlier only if within it", () => {
    expect(() =>
      createRuntime(
        env({ ICP_GUARD_TODAY: "2025-11-30", ICP_GUARD_MAX_EXEMPTION_DAYS: "400" }),
        dir,
      ),
    ).toThrow("2027-03-10 is more than 400 days after today (2025-11-30)");
  });
});

describe("the maxExemptionDays setting", () => {
  it("every policy declares it, default 366, at most 3660", () => {
    const runtime = runtimeFor({});
    for (const spec of ALL_POLICIES) {
      const schema = toSdkPolicy(spec, runtime).configSchema;
      expect(schema?.properties?.maxExemptionDays, spec.name).toEqual({
        type: "integer",
        minimum: 1,
        maximum: 3660,
        default: 366,
        description: expect.stringContaining("ICP_GUARD_MAX_EXEMPTION_DAYS"),
      });
    }
  });

  it("is read from the policy config; a value outside the schema is the default", () => {
    expect(settingsFrom({}).maxExemptionDays).toBe(366);
    expect(settingsFrom({ maxExemptionDays: 30 }).maxExemptionDays).toBe(30);
    expect(settingsFrom({ maxExemptionDays: 3660 }).maxExemptionDays).toBe(3660);
    expect(settingsFrom({ maxExemptionDays: 0 }).maxExemptionDays).toBe(366);
    expect(settingsFrom({ maxExemptionDays: 1e9 }).maxExemptionDays).toBe(366);
    expect(settingsFrom({ maxExemptionDays: "400" }).maxExemptionDays).toBe(366);
  });
});

describe("a policy applies an exemption only within its limit", () => {
  const registry =
    'exemptions:\n  - match: "*::legacy-cdn"\n    policies: ["*"]\n    reason: "OPS-1"\n    expires: 2027-03-10\n';
  const legacy = {
    type: T.cdnDomainNew,
    name: "legacy-cdn",
    props: { domainName: "legacy.unfiled.cn" },
  };

  it("within it: exempted (not applicable, with the reason)", () => {
    const r = runResourcePolicy(icpCdnDomain, legacy, runtimeFor({ registry }), {
      maxExemptionDays: 100,
    });
    expect(r).toEqual({
      violations: [],
      notApplicable: "exempted until 2027-03-10 by icp-registry.yaml line 2: OPS-1",
    });
  });

  it("beyond it: the violation stands and says why, in both languages", () => {
    const en = runResourcePolicy(icpCdnDomain, legacy, runtimeFor({ registry }), {
      maxExemptionDays: 99,
    });
    expect(en.violations).toHaveLength(1);
    expect(en.violations[0].message.split("\n").slice(1, 3)).toEqual([
      '- CDN domain "legacy.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing. Fix: add a filing covering unfiled.cn to icp-registry.yaml (filings[].domains), or tag the resource icp:number=<filing number>.',
      '- the exemption at icp-registry.yaml line 2 ("OPS-1") expires on 2027-03-10, more than 99 days from today (maxExemptionDays), so it is not applied. Fix: set its expires on or before 2027-03-09, or file the domain.',
    ]);
    const zh = runResourcePolicy(icpCdnDomain, legacy, runtimeFor({ registry, lang: "zh-CN" }), {
      maxExemptionDays: 99,
    });
    expect(zh.violations[0].message).toContain(
      "icp-registry.yaml 第 2 行的豁免（“OPS-1”）到期日为 2027-03-10，距今超过 99 天（maxExemptionDays），因此不生效。修复：将其 expires 改为不晚于 2027-03-09 的日期，或为域名办理备案。",
    );
  });

  it("a setting above the limit the registry loaded with is capped by it", () => {
    const runtime = runtimeFor({ registry });
    const capped = { ...runtime, env: { ...runtime.env, maxExemptionDays: 99 } };
    const r = runResourcePolicy(icpCdnDomain, legacy, capped, { maxExemptionDays: 3000 });
    expect(r.violations[0].message).toContain("more than 99 days from today");
  });
});
