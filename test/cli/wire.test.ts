/** How state values are put on the wire (cli/engine/wire.ts), as the engine marshals them. */
import { describe, expect, it } from "vitest";
import { alicloudStackConfig } from "../../cli/alicloud";
import { RESOURCE_REF_SIG, SECRET_SIG, SIG_KEY, toWire, UNKNOWN } from "../../cli/engine/wire";

describe("toWire", () => {
  it("drops undefined and `__` keys, keeps null", () => {
    expect(
      toWire({
        a: undefined,
        __defaults: ["a"],
        b: null,
        c: [1, undefined],
        d: { __meta: "x", e: 1 },
      }),
    ).toEqual({
      b: null,
      c: [1, null],
      d: { e: 1 },
    });
  });

  it("keeps a secret a secret; an encrypted one has an unknown value; a plaintext one is decoded", () => {
    expect(toWire({ [SIG_KEY]: SECRET_SIG, value: "v" })).toEqual({
      [SIG_KEY]: SECRET_SIG,
      value: "v",
    });
    expect(toWire({ [SIG_KEY]: SECRET_SIG, ciphertext: "v1:abc" })).toEqual({
      [SIG_KEY]: SECRET_SIG,
      value: UNKNOWN,
    });
    expect(toWire({ [SIG_KEY]: SECRET_SIG, plaintext: '{"k":[1]}' })).toEqual({
      [SIG_KEY]: SECRET_SIG,
      value: { k: [1] },
    });
  });

  it("sends a resource reference as its id, or its URN without one", () => {
    const urn = "urn:pulumi:s::p::t:i:T::n";
    expect(toWire({ [SIG_KEY]: RESOURCE_REF_SIG, urn, id: "i-1" })).toBe("i-1");
    expect(toWire({ [SIG_KEY]: RESOURCE_REF_SIG, urn })).toBe(urn);
  });
});

describe("alicloudStackConfig", () => {
  it("takes alicloud:region from the default alicloud provider only", () => {
    const provider = (name: string, region: unknown) => ({
      urn: `urn:pulumi:s::p::pulumi:providers:alicloud::${name}`,
      type: "pulumi:providers:alicloud",
      inputs: { region },
    });
    expect(
      alicloudStackConfig([
        provider("explicit", "cn-beijing"),
        provider("default_3_108_0", "cn-hangzhou"),
      ]),
    ).toEqual({
      "alicloud:region": "cn-hangzhou",
    });
    expect(alicloudStackConfig([provider("explicit", "cn-beijing")])).toEqual({});
    expect(
      alicloudStackConfig([provider("default", { [SIG_KEY]: SECRET_SIG, value: "cn-qingdao" })]),
    ).toEqual({
      "alicloud:region": "cn-qingdao",
    });
  });
});
