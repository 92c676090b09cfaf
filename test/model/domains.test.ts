import { describe, expect, it } from "vitest";
import {
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
