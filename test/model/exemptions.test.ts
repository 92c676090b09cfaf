import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { findExemption, urnGlobToRegExp } from "../../policy-pack/model/exemptions";
import { parseRegistry, type RegistryExemption } from "../../policy-pack/model/registry";

const CDN = "urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew::legacy-cdn";

function ex(match: string, policies: string[], expires: string, line: number): RegistryExemption {
  return { match, policies, reason: `r${line}`, expires, line };
}

describe("urnGlobToRegExp", () => {
  it("`*` matches any run, across ':' and '/', including none", () => {
    const re = urnGlobToRegExp("urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-*");
    expect(re.test(CDN)).toBe(true);
    expect(re.test("urn:pulumi:a/b::c:d::alicloud:cdn/domainNew:DomainNew::legacy-")).toBe(true);
    expect(re.test("urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew::web")).toBe(false);
  });

  it("`?` matches exactly one character (one code point)", () => {
    const re = urnGlobToRegExp("a?c");
    expect(re.test("abc")).toBe(true);
    expect(re.test("a中c")).toBe(true);
    expect(re.test("a😀c")).toBe(true);
    expect(re.test("ac")).toBe(false);
    expect(re.test("abbc")).toBe(false);
  });

  it("everything else is literal and the whole URN must match", () => {
    const re = urnGlobToRegExp("a.b+(c)[d]{1}$^|\\e-f/g");
    expect(re.test("a.b+(c)[d]{1}$^|\\e-f/g")).toBe(true);
    expect(re.test("aXb+(c)[d]{1}$^|\\e-f/g")).toBe(false);
    expect(urnGlobToRegExp("shop").test("urn:shop")).toBe(false);
    expect(urnGlobToRegExp("shop").test("shop:x")).toBe(false);
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
    const named = [ex("*", ["icp-cdn-domain", "icp-waf-domain"], "2030-01-01", 1)];
    expect(findExemption(named, CDN, "icp-waf-domain", "2026-01-01")?.status).toBe("active");
    expect(findExemption(named, CDN, "icp-oss-custom-domain", "2026-01-01")).toBeUndefined();
    const all = [ex("*", ["*"], "2030-01-01", 1)];
    expect(findExemption(all, CDN, "icp-oss-custom-domain", "2026-01-01")?.status).toBe("active");
  });

  it("no match on the URN: undefined", () => {
    const list = [ex("urn:pulumi:dev::*", ["*"], "2030-01-01", 1)];
    expect(findExemption(list, CDN, "icp-cdn-domain", "2026-01-01")).toBeUndefined();
    expect(findExemption([], CDN, "icp-cdn-domain", "2026-01-01")).toBeUndefined();
  });

  it("an active match beats an earlier expired one", () => {
    const list = [ex("*", ["*"], "2025-01-01", 1), ex("*legacy*", ["*"], "2030-01-01", 2)];
    expect(findExemption(list, CDN, "icp-cdn-domain", "2026-01-01")).toEqual({
      status: "active",
      exemption: list[1],
    });
  });

  it("among several, the first in file order", () => {
    const active = [ex("*", ["*"], "2030-01-01", 1), ex("*", ["*"], "2031-01-01", 2)];
    expect(findExemption(active, CDN, "x", "2026-01-01")?.exemption).toBe(active[0]);
    const expired = [ex("*", ["*"], "2024-01-01", 1), ex("*", ["*"], "2025-01-01", 2)];
    expect(findExemption(expired, CDN, "x", "2026-01-01")).toEqual({
      status: "expired",
      exemption: expired[0],
    });
  });

  it("works on the exemptions of full.yaml", () => {
    const file = path.resolve(__dirname, "../fixtures/registries/good/full.yaml");
    const r = parseRegistry(readFileSync(file, "utf8"), file);
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
