/**
 * The pack's deserialiser (framework/deserializer-patch.ts), which replaces the SDK's in the pack
 * process: secrets stay secret at every level, nothing throws, nesting is bounded, and the SDK's
 * own entry point is the patched one.
 */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import {
  deserializeObject,
  deserializeStruct,
  isUnreadable,
  patchDeserializer,
  secretTexts,
} from "../../policy-pack/framework/deserializer-patch";
import { packRegionFromEnv, secretConfigKeys } from "../../policy-pack/framework/runtime";
import { readArray, readString } from "../../policy-pack/model/props";
import {
  ARCHIVE_SIG,
  ASSET_SIG,
  MAX_VALUE_DEPTH,
  SECRET_SIG,
  SecretBox,
  SIG_KEY,
  UNKNOWN,
} from "../../policy-pack/model/sentinels";

const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const { Struct } = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }),
) as { Struct: { fromJavaScript(v: Record<string, unknown>): { toJavaScript(): unknown } } };

const secret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });

describe("deserializeStruct", () => {
  it("keeps secrets secret, around leaves and containers, and remembers what they hold", () => {
    const props = deserializeStruct(
      Struct.fromJavaScript({
        domain: secret("hidden.example.cn"),
        rules: secret([{ host: "a.cn", port: 8080, on: true }]),
        plain: "shown.example.cn",
      }),
    );
    expect(SecretBox.is(props.domain)).toBe(true);
    expect(readString(props, "domain")).toEqual({
      kind: "known",
      value: "hidden.example.cn",
      secret: true,
    });
    const rules = readArray(props, "rules");
    expect(rules).toMatchObject({ kind: "known", secret: true });
    expect(readString(rules.kind === "known" ? rules.value[0] : undefined, "host")).toEqual({
      kind: "known",
      value: "a.cn",
      secret: true,
    });
    expect(readString(props, "plain")).toEqual({
      kind: "known",
      value: "shown.example.cn",
      secret: false,
    });
    // Booleans are not worth hiding; every other primitive inside a secret is remembered.
    expect([...secretTexts(props)].sort()).toEqual(["8080", "a.cn", "hidden.example.cn"]);
  });

  it("never throws on assets, archives or signatures the SDK refuses: they are plain data", () => {
    const odd = {
      asset: { [SIG_KEY]: ASSET_SIG },
      archive: { [SIG_KEY]: ARCHIVE_SIG, assets: { a: { text: "x" } } },
      unknownSig: { [SIG_KEY]: "not-a-signature", value: "filed.example.com" },
    };
    const sdk = require("@pulumi/policy/deserialize") as {
      deserializeProperties(s: unknown, keep: boolean): unknown;
    };
    const struct = Struct.fromJavaScript(odd);
    const props = deserializeStruct(struct);
    expect(props).toEqual(odd);
    // A look-alike is not a secret: reading the field gives an object, not its "value".
    expect(readString(props, "unknownSig")).toMatchObject({ kind: "invalid" });
    expect(patchDeserializer()).toBe(true);
    expect(() => sdk.deserializeProperties(struct, false)).not.toThrow();
    // Memoised per Struct: every policy of a request sees the same objects.
    expect(sdk.deserializeProperties(struct, false)).toBe(sdk.deserializeProperties(struct, false));
  });

  it("reads a value nested past the limit as unknown, never deeper", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < MAX_VALUE_DEPTH + 5; i++) deep = [deep];
    const props = deserializeObject({ a: deep });
    let cur: unknown = props.a;
    let depth = 1;
    while (Array.isArray(cur)) {
      cur = cur[0];
      depth++;
    }
    expect(cur).toBe(UNKNOWN);
    expect(depth).toBe(MAX_VALUE_DEPTH);
  });

  it("marks a Struct it cannot read as unreadable instead of throwing", () => {
    const broken = {
      toJavaScript() {
        throw new RangeError("Maximum call stack size exceeded");
      },
    };
    const props = deserializeStruct(broken);
    expect(props).toEqual({});
    expect(isUnreadable(props)).toBe(true);
    expect(isUnreadable(deserializeStruct(Struct.fromJavaScript({})))).toBe(false);
  });
});

describe("stack config secrets", () => {
  it("a region listed in PULUMI_CONFIG_SECRET_KEYS is used and marked secret", () => {
    const config = JSON.stringify({ "alicloud:region": "cn-beijing" });
    expect(packRegionFromEnv({ PULUMI_CONFIG: config })).toEqual({
      region: "cn-beijing",
      source: "stack-config",
    });
    expect(
      packRegionFromEnv({
        PULUMI_CONFIG: config,
        PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(["alicloud:region"]),
      }),
    ).toEqual({ region: "cn-beijing", source: "stack-config", secret: true });
    expect([...secretConfigKeys({ PULUMI_CONFIG_SECRET_KEYS: "not json" })]).toEqual([]);
    expect([...secretConfigKeys({ PULUMI_CONFIG_SECRET_KEYS: '["a", 1, "b"]' })]).toEqual([
      "a",
      "b",
    ]);
  });
});
