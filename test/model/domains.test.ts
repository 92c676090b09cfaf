import { describe, expect, it } from "vitest";
import {
  isPublicSuffix,
  isSameOrSubdomain,
  normaliseDomain,
  registrableDomain,
  selfAndParents,
} from "../../policy-pack/model/domains";

describe("normaliseDomain", () => {
  it.each([
    ["Shop.Example.COM.", "shop.example.com"],
    ["  www.example.com  ", "www.example.com"],
    ["*.shop.example.com", "shop.example.com"],
    [".example.com", "example.com"],
    ["www.example.com:8080", "www.example.com"],
    ["例子.中国", "xn--fsqu00a.xn--fiqs8s"],
    ["例子。中国", "xn--fsqu00a.xn--fiqs8s"],
    ["WWW.例子.中国.", "www.xn--fsqu00a.xn--fiqs8s"],
    ["xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
  ])("%s → %s", (input, domain) => {
    expect(normaliseDomain(input)).toEqual({ ok: true, domain });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["*.", "empty"],
    ["1.2.3.4", "ip"],
    ["1.2.3.4:80", "ip"],
    ["::1", "ip"],
    ["[2001:db8::1]:443", "ip"],
    ["localhost", "invalid"],
    ["a..b", "invalid"],
    ["exa_mple.com", "invalid"],
    ["ex ample.com", "invalid"],
    ["-bad.example.com", "invalid"],
  ])("%j is not a domain (%s)", (input, reason) => {
    expect(normaliseDomain(input)).toEqual({ ok: false, reason });
  });
});

describe("normaliseDomain: what a URL parser would quietly rewrite is not a domain", () => {
  // Each of these once normalised to a filed-looking name (a URL host parser cuts at "#", "/",
  // "?" and decodes "%61"): each must now be refused, never filed.
  it.each([
    "static.example-shop.cn#unfiled.cn",
    "ex%61mple-shop.cn",
    "example-shop.cn/path",
    "example-shop.cn?x=1",
    "example-shop.cn\\x",
    "user@example-shop.cn",
    "https://static.example-shop.cn",
    "static.example-shop.cn:443/x",
    "static example-shop.cn",
    "static.example-shop.cn\tx",
    "static.example-shop.cn\nx",
    "ex％61mple-shop.cn",
    "static＃example-shop.cn",
    "xn--zz.example-shop.cn",
    "a..example-shop.cn",
    "example-shop.cn:",
    `${"a".repeat(64)}.example-shop.cn`,
  ])("%j is invalid", (input) => {
    expect(normaliseDomain(input)).toEqual({ ok: false, reason: "invalid" });
  });

  it("a host name is at most 253 characters; a 10 MB value is refused without echo", () => {
    const label = "a".repeat(63);
    const at253 = [label, label, label, "a".repeat(58), "cn"].join(".");
    expect(at253).toHaveLength(253);
    expect(normaliseDomain(at253)).toEqual({ ok: true, domain: at253 });
    expect(normaliseDomain(`a.${at253}`)).toEqual({ ok: false, reason: "too-long" });
    expect(normaliseDomain(`${at253}.`)).toEqual({ ok: true, domain: at253 });
    expect(normaliseDomain(`${"a".repeat(10 * 1024 * 1024)}.cn`)).toEqual({
      ok: false,
      reason: "too-long",
    });
    // IDN: short in Unicode, too long once converted.
    const cjkLabel = (k: number) =>
      Array.from({ length: 20 }, (_, i) => String.fromCodePoint(0x4e00 + k * 1000 + i * 37)).join(
        "",
      );
    const idn = `${[0, 1, 2, 3, 4, 5].map(cjkLabel).join(".")}.cn`;
    expect(idn.length).toBeLessThan(253);
    expect(normaliseDomain(idn)).toEqual({ ok: false, reason: "too-long" });
  });

  it("a Pulumi Output rendered into a template string is its own problem", () => {
    const rendered =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Pulumi's own text, quoted as it renders it
      "Calling [toString] on an [Output<T>] is not supported.\n\nTo get the value of an Output<T> as an Output<string> consider either:\n1: o.apply(v => `prefix${v}suffix`)\n2: pulumi.interpolate `prefix${v}suffix`";
    expect(normaliseDomain(`${rendered}.example.com`)).toEqual({ ok: false, reason: "output" });
    expect(normaliseDomain(`www.${rendered}`)).toEqual({ ok: false, reason: "output" });
  });
});

describe("isPublicSuffix", () => {
  it.each(["com.cn", "cn", "gov.cn", "co.uk", "github.io", "s3.amazonaws.com", "xn--fiqs8s"])(
    "%s is a public suffix (ICANN or private section of the PSL)",
    (d) => {
      expect(isPublicSuffix(d)).toBe(true);
    },
  );
  it.each(["example.com.cn", "example.cn", "shop.github.io", "example.co.uk", "a.b.example.com"])(
    "%s is not",
    (d) => {
      expect(isPublicSuffix(d)).toBe(false);
    },
  );
});

describe("registrableDomain", () => {
  it.each([
    ["shop.example.com.cn", "example.com.cn"],
    ["example.com.cn", "example.com.cn"],
    ["a.b.example.com", "example.com"],
    ["www.xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
    ["shop.example.gov.cn", "example.gov.cn"],
  ])("%s → %s", (domain, expected) => {
    expect(registrableDomain(domain)).toBe(expected);
  });
  it("has none for a bare public suffix", () => {
    expect(registrableDomain("com.cn")).toBeUndefined();
  });
});

describe("isSameOrSubdomain / selfAndParents", () => {
  it("matches on label boundaries only", () => {
    expect(isSameOrSubdomain("a.example.com", "example.com")).toBe(true);
    expect(isSameOrSubdomain("example.com", "example.com")).toBe(true);
    expect(isSameOrSubdomain("badexample.com", "example.com")).toBe(false);
    expect(isSameOrSubdomain("example.com", "a.example.com")).toBe(false);
  });
  it("lists a domain and its parents, most specific first", () => {
    expect(selfAndParents("a.b.example.com")).toEqual([
      "a.b.example.com",
      "b.example.com",
      "example.com",
      "com",
    ]);
  });
});
