import { describe, expect, it } from "vitest";
import {
  plainProps,
  readArray,
  readBoolean,
  readNumber,
  readObject,
  readRaw,
  readString,
  readStringMap,
  shown,
} from "../../policy-pack/model/props";
import { SecretBox, secretContent, UNKNOWN } from "../../policy-pack/model/sentinels";

const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as {
  unknownCheckingProxy<T>(v: T): T;
};
const { Secret } = require("@pulumi/policy") as { Secret: new (v: unknown) => { value: unknown } };
const wire = (value: unknown) => ({
  "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
  value,
});

describe("reading props", () => {
  it("tells known, missing, unknown and invalid apart", () => {
    const p = { a: "x", n: 3, s: "5", u: UNKNOWN, z: null, arr: [1], o: { k: "v" }, b: "true" };
    expect(readString(p, "a")).toEqual({ kind: "known", value: "x", secret: false });
    expect(readString(p, "missing")).toEqual({ kind: "missing" });
    expect(readString(p, "z")).toEqual({ kind: "missing" });
    expect(readString(p, "u")).toEqual({ kind: "unknown" });
    expect(readString(p, "n")).toEqual({ kind: "invalid", expected: "a string", got: "a number" });
    expect(readString(p, "arr")).toEqual({ kind: "invalid", expected: "a string", got: "a list" });
    expect(readNumber(p, "s")).toEqual({ kind: "known", value: 5, secret: false });
    expect(readNumber(p, "a")).toMatchObject({ kind: "invalid" });
    expect(readBoolean(p, "b")).toEqual({ kind: "known", value: true, secret: false });
    expect(readArray(p, "o")).toMatchObject({ kind: "invalid", got: "an object" });
    expect(readObject(p, "o", "k")).toMatchObject({ kind: "invalid" });
    expect(readString(p, "o", "k")).toEqual({ kind: "known", value: "v", secret: false });
  });

  it("an unknown anywhere on the path reads as unknown, not missing", () => {
    expect(readString({ a: UNKNOWN }, "a", "b", "c")).toEqual({ kind: "unknown" });
    expect(readString({ a: { b: "3eeb2bf0-c639-47a8-9e75-3b44932eb421" } }, "a", "b")).toEqual({
      kind: "unknown",
    });
  });

  it("never trips the SDK's unknown-checking proxy", () => {
    const proxied = unknownCheckingProxy({ domainName: UNKNOWN, nested: { v: UNKNOWN } });
    expect(() => (proxied as Record<string, unknown>).domainName).toThrow();
    expect(readString(proxied, "domainName")).toEqual({ kind: "unknown" });
    expect(readString(proxied, "nested", "v")).toEqual({ kind: "unknown" });
    expect(plainProps(proxied)).toEqual({ domainName: UNKNOWN, nested: { v: UNKNOWN } });
  });

  it("marks values read through a secret, in wire form or as the SDK's Secret", () => {
    expect(readString({ d: wire("a.cn") }, "d")).toEqual({
      kind: "known",
      value: "a.cn",
      secret: true,
    });
    expect(readString({ d: new Secret("a.cn") }, "d")).toEqual({
      kind: "known",
      value: "a.cn",
      secret: true,
    });
    expect(readString({ o: wire({ k: "v" }) }, "o", "k")).toEqual({
      kind: "known",
      value: "v",
      secret: true,
    });
    expect(readStringMap({ tags: { a: wire("1"), b: "2" } }, "tags")).toEqual({
      kind: "known",
      value: { a: "1", b: "2" },
      secret: true,
    });
    expect(shown(readString({ d: wire("hidden") }, "d"))).toBe("[secret]");
  });

  it("keeps secrecy on everything read out of a secret list, object or map, at any depth", () => {
    const conditions = wire([{ type: "Host", hostConfig: { values: ["a.cn", "b.cn"] } }]);
    const list = readArray({ ruleConditions: conditions }, "ruleConditions");
    expect(list).toMatchObject({ kind: "known", secret: true });
    const first = list.kind === "known" ? list.value[0] : undefined;
    expect(readString(first, "type")).toEqual({ kind: "known", value: "Host", secret: true });
    const values = readArray(first, "hostConfig", "values");
    expect(values).toMatchObject({ kind: "known", secret: true });
    const host = values.kind === "known" ? values.value[1] : undefined;
    expect(readString(host)).toEqual({ kind: "known", value: "b.cn", secret: true });
    expect(readString({ v: host }, "v")).toEqual({ kind: "known", value: "b.cn", secret: true });
    // A secret deep inside a plain object marks only what is read through it.
    const tags = { tags: { a: "1", inner: wire({ deep: { "icp:number": "x" } }) } };
    expect(readString(tags, "tags", "a")).toEqual({ kind: "known", value: "1", secret: false });
    const inner = readObject(tags, "tags", "inner");
    expect(inner).toMatchObject({ kind: "known", secret: true });
    const deep = inner.kind === "known" ? inner.value.deep : undefined;
    expect(readString(deep, "icp:number")).toEqual({ kind: "known", value: "x", secret: true });
    // A whole secret map: every entry is secret.
    expect(readString({ tags: wire({ "icp:number": "n" }) }, "tags", "icp:number")).toEqual({
      kind: "known",
      value: "n",
      secret: true,
    });
    expect(readNumber({ l: wire({ port: 8080 }) }, "l", "port")).toEqual({
      kind: "known",
      value: 8080,
      secret: true,
    });
  });

  it("reads export secrets: ciphertext is a secret whose value is unknown, plaintext is decoded", () => {
    const sig = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
    expect(readString({ d: { ...sig, ciphertext: "v1:abc" } }, "d")).toEqual({ kind: "unknown" });
    expect(readString({ d: { ...sig, plaintext: '"a.cn"' } }, "d")).toEqual({
      kind: "known",
      value: "a.cn",
      secret: true,
    });
    expect(readString({ d: { ...sig, plaintext: '{"h":"b.cn"}' } }, "d", "h")).toEqual({
      kind: "known",
      value: "b.cn",
      secret: true,
    });
  });

  it("reads an object that merely looks like a secret or a proxy as the data it is", () => {
    const lookalike = { constructor: { name: "Secret" }, value: "filed.example.com" };
    expect(readString({ d: lookalike }, "d")).toEqual({
      kind: "invalid",
      expected: "a string",
      got: "an object",
    });
    expect(readString({ d: lookalike }, "d", "value")).toEqual({
      kind: "known",
      value: "filed.example.com",
      secret: false,
    });
    class Secret {
      constructor(readonly value: unknown) {}
    }
    expect(readString({ d: new Secret("x.cn") }, "d")).toMatchObject({ kind: "invalid" });
    const proxyish = { __getSpecialProxyTarget: { domain: "filed.example.com" }, domain: "u.cn" };
    expect(readString(proxyish, "domain")).toEqual({ kind: "known", value: "u.cn", secret: false });
    // A SecretBox is recognised by its private brand, not by its shape.
    const box = SecretBox.of("s.cn");
    expect(readString({ d: box }, "d")).toEqual({ kind: "known", value: "s.cn", secret: true });
    expect(readString({ d: { ...box, value: "s.cn" } }, "d")).toMatchObject({ kind: "invalid" });
    expect(secretContent(Object.create(SecretBox.prototype))).toBeUndefined();
  });

  it("does not read inherited properties or throw on hostile getters", () => {
    const hostile = Object.defineProperty({}, "x", {
      get() {
        throw new Error("boom");
      },
      enumerable: true,
    });
    expect(readRaw(hostile, "x")).toEqual({ kind: "missing" });
    expect(readRaw({}, "toString")).toEqual({ kind: "missing" });
    expect(readRaw("not an object", "x")).toEqual({ kind: "missing" });
  });
});
