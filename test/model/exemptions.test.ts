import { readFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_EXEMPTION_DAYS,
  exemptionLimit,
  findExemption,
  globScope,
  latestExpiry,
  matchUrnGlob,
} from "../../policy-pack/model/exemptions";
import { parseRegistry, type RegistryExemption } from "../../policy-pack/model/registry";

const CDN = "urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew::legacy-cdn";

function ex(match: string, policies: string[], expires: string, line: number): RegistryExemption {
  return { match, policies, reason: `r${line}`, expires, line };
}

describe("matchUrnGlob", () => {
  const test = (glob: string) => (urn: string) => matchUrnGlob(glob, urn);

  it("`*` matches any run, across ':' and '/', including none", () => {
    const m = test("urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-*");
    expect(m(CDN)).toBe(true);
    expect(m("urn:pulumi:a/b::c:d::alicloud:cdn/domainNew:DomainNew::legacy-")).toBe(true);
    expect(m("urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew::web")).toBe(false);
  });

  it("`?` matches exactly one character (one code point)", () => {
    const m = test("a?c");
    expect(m("abc")).toBe(true);
    expect(m("a中c")).toBe(true);
    expect(m("a😀c")).toBe(true);
    expect(m("ac")).toBe(false);
    expect(m("abbc")).toBe(false);
  });

  it("everything else is literal and the whole URN must match", () => {
    const m = test("a.b+(c)[d]{1}$^|\\e-f/g");
    expect(m("a.b+(c)[d]{1}$^|\\e-f/g")).toBe(true);
    expect(m("aXb+(c)[d]{1}$^|\\e-f/g")).toBe(false);
    expect(matchUrnGlob("shop", "urn:shop")).toBe(false);
    expect(matchUrnGlob("shop", "shop:x")).toBe(false);
  });

  it("needs a later star to backtrack, not an earlier one", () => {
    expect(matchUrnGlob("*a*b", "xaxaxb")).toBe(true);
    expect(matchUrnGlob("*a*b", "xaxaxbx")).toBe(false);
    expect(matchUrnGlob("*ab*ab", "abxab")).toBe(true);
    expect(matchUrnGlob("a*", "a")).toBe(true);
    expect(matchUrnGlob("*", "")).toBe(true);
    expect(matchUrnGlob("?", "")).toBe(false);
    expect(matchUrnGlob("", "")).toBe(true);
    expect(matchUrnGlob("", "a")).toBe(false);
    expect(matchUrnGlob("**?*", "😀")).toBe(true);
  });

  it("agrees with a regular expression on random globs and URNs", () => {
    const alphabet = fc.constantFrom("a", "b", ":", "😀");
    const globs = fc.array(fc.oneof(alphabet, fc.constant("*"), fc.constant("?")), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(globs, fc.array(alphabet, { maxLength: 10 }), (g, u) => {
        const glob = g.join("");
        const urn = u.join("");
        const body = g.map((c) => (c === "*" ? "[\\s\\S]*" : c === "?" ? "[\\s\\S]" : c)).join("");
        expect(matchUrnGlob(glob, urn)).toBe(new RegExp(`^${body}$`, "u").test(urn));
      }),
      { numRuns: 2_000 },
    );
  });

  // A backtracking regular expression takes exponential time on this; the matcher must answer.
  // The timeout is a generous bound for a hang, not a benchmark (npm run bench times things).
  it("a glob of 100 stars against a 10,000-character URN completes", { timeout: 10_000 }, () => {
    const glob = `${"*a".repeat(100)}*Z`;
    const urn = "a".repeat(10_000);
    expect(matchUrnGlob(glob, urn)).toBe(false);
    expect(matchUrnGlob(glob, `${urn}Z`)).toBe(true);
    const exemptions = [ex(glob, ["*"], "2026-12-01", 1)];
    expect(findExemption(exemptions, urn, "icp-cdn-domain", "2026-01-01")).toBeUndefined();
  });
});

describe("findExemption", () => {
  it("active through the expiry day, expired the day after", () => {
    const list = [ex("*::legacy-*", ["icp-cdn-domain"], "2027-01-31", 1)];
    expect(findExemption(list, CDN, "icp-cdn-domain", "2027-01-30")).toEqual({
      status: "active",
      exemption: list[0],
    });
    expect(findExemption(list, CDN, "icp-cdn-domain", "2027-01-31")?.status).toBe("active");
    expect(findExemption(list, CDN, "icp-cdn-domain", "2027-02-01")).toEqual({
      status: "expired",
      exemption: list[0],
    });
  });

  it("applies only to the listed policies, or all with `*`", () => {
    const named = [ex("*", ["icp-cdn-domain", "icp-waf-domain"], "2026-12-01", 1)];
    expect(findExemption(named, CDN, "icp-waf-domain", "2026-01-01")?.status).toBe("active");
    expect(findExemption(named, CDN, "icp-oss-custom-domain", "2026-01-01")).toBeUndefined();
    const all = [ex("*", ["*"], "2026-12-01", 1)];
    expect(findExemption(all, CDN, "icp-oss-custom-domain", "2026-01-01")?.status).toBe("active");
  });

  it("no match on the URN: undefined", () => {
    const list = [ex("urn:pulumi:dev::*", ["*"], "2026-12-01", 1)];
    expect(findExemption(list, CDN, "icp-cdn-domain", "2026-01-01")).toBeUndefined();
    expect(findExemption([], CDN, "icp-cdn-domain", "2026-01-01")).toBeUndefined();
  });

  it("an active match beats an earlier expired one", () => {
    const list = [ex("*", ["*"], "2025-01-01", 1), ex("*legacy*", ["*"], "2026-12-01", 2)];
    expect(findExemption(list, CDN, "icp-cdn-domain", "2026-01-01")).toEqual({
      status: "active",
      exemption: list[1],
    });
  });

  it("among several, the first in file order", () => {
    const active = [ex("*", ["*"], "2026-12-01", 1), ex("*", ["*"], "2026-12-31", 2)];
    expect(findExemption(active, CDN, "x", "2026-01-01")?.exemption).toBe(active[0]);
    const expired = [ex("*", ["*"], "2024-01-01", 1), ex("*", ["*"], "2025-01-01", 2)];
    expect(findExemption(expired, CDN, "x", "2026-01-01")).toEqual({
      status: "expired",
      exemption: expired[0],
    });
  });

  it("works on the exemptions of full.yaml", () => {
    const file = path.resolve(__dirname, "../fixtures/registries/good/full.yaml");
    const r = parseRegistry(readFileSync(file, "utf8"), file, { today: "2026-06-01" });
    expect(findExemption(r.exemptions, CDN, "icp-cdn-domain", "2026-06-01")?.exemption.line).toBe(
      49,
    );
    const cname = "urn:pulumi:prod::shop::alicloud:oss/bucketCname:BucketCname::cname-1";
    expect(findExemption(r.exemptions, cname, "icp-oss-custom-domain", "2027-01-01")).toEqual({
      status: "expired",
      exemption: r.exemptions[1],
    });
    expect(findExemption(r.exemptions, `${cname}0`, "icp-oss-custom-domain", "2026-01-01")).toBe(
      undefined,
    );
  });
});

describe("findExemption: the limit on how far ahead", () => {
  it("an exemption expiring after today + maxDays is not applied, and says by how much", () => {
    const list = [ex("*", ["*"], "2026-06-01", 1)];
    expect(findExemption(list, CDN, "icp-cdn-domain", "2026-01-01", 151)?.status).toBe("active");
    expect(findExemption(list, CDN, "icp-cdn-domain", "2026-01-01", 150)).toEqual({
      status: "beyond-limit",
      exemption: list[0],
      days: 150,
      latest: "2026-05-31",
    });
  });

  it("a later active exemption still wins over an earlier one beyond the limit", () => {
    const list = [ex("*", ["*"], "2026-12-01", 1), ex("*legacy*", ["*"], "2026-02-01", 2)];
    expect(findExemption(list, CDN, "icp-cdn-domain", "2026-01-01", 60)).toEqual({
      status: "active",
      exemption: list[1],
    });
  });

  it("defaults to 366 days", () => {
    expect(DEFAULT_MAX_EXEMPTION_DAYS).toBe(366);
    const list = [ex("*", ["*"], "2027-01-03", 1)];
    expect(findExemption(list, CDN, "x", "2026-01-01")?.status).toBe("beyond-limit");
    expect(findExemption(list, CDN, "x", "2026-01-02")?.status).toBe("active");
  });
});

describe("exemptionLimit: neither the setting nor the environment alone raises it", () => {
  it.each([
    [undefined, 366, 366],
    [undefined, 30, 30],
    [undefined, 1000, 366],
    [400, 366, 366],
    [400, 1000, 400],
    [30, 366, 30],
  ])("loaded with %s, setting %s → %s", (loaded, setting, want) => {
    expect(exemptionLimit(loaded, setting)).toBe(want);
  });
});

describe("latestExpiry", () => {
  it("counts calendar days, across month ends and leap days", () => {
    expect(latestExpiry("2026-11-30", 366)).toBe("2027-12-01");
    expect(latestExpiry("2028-02-28", 1)).toBe("2028-02-29");
    expect(latestExpiry("2027-02-28", 1)).toBe("2027-03-01");
    expect(latestExpiry("2026-12-31", 0)).toBe("2026-12-31");
  });
});

describe("globScope: what an exemption glob pins down", () => {
  it.each([
    ["*", {}],
    ["**", {}],
    ["urn:pulumi:*", {}],
    ["*legacy*", {}],
    ["urn:pulumi:prod::shop::*::*", {}],
    ["urn:pulumi:*::*::alicloud:cdn/*::*", {}],
    ["urn:pulumi:*::*::*::*legacy", {}],
    [
      "urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-*",
      { type: "alicloud:cdn/domainNew:DomainNew", namePrefix: "legacy-" },
    ],
    ["*::alicloud:cdn/domainNew:DomainNew::*", { type: "alicloud:cdn/domainNew:DomainNew" }],
    [
      "*::my:index:Site$alicloud:oss/bucketCname:BucketCname::c",
      { type: "alicloud:oss/bucketCname:BucketCname", namePrefix: "c" },
    ],
    ["urn:pulumi:*::*::*::legacy-*", { namePrefix: "legacy-" }],
    ["*::cname-?", { namePrefix: "cname-" }],
  ])("%s → %j", (glob, want) => {
    expect(globScope(glob)).toEqual(want);
  });
});
