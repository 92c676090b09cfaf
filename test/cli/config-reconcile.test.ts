/** The engine's config reconciliation, rule by rule (cli/engine/config.ts). */
import { describe, expect, it } from "vitest";
import {
  type PolicyConfigMap,
  type PolicyForConfig,
  parsePolicyPackConfig,
  reconcilePolicyPackConfig,
  validatePolicyConfig,
} from "../../cli/engine/config";

const policies: PolicyForConfig[] = [
  {
    name: "a",
    enforcementLevel: "mandatory",
    configSchema: {
      properties: {
        limit: { type: "number", default: 3 },
        nested: { type: "object", properties: { x: { default: 1 } } },
      },
      required: [],
    },
  },
  { name: "b", enforcementLevel: "advisory" },
];

const plain = (m: PolicyConfigMap) => Object.fromEntries(m);

describe("reconcilePolicyPackConfig", () => {
  it("starts from each policy's level and its schema's top-level defaults", () => {
    expect(plain(reconcilePolicyPackConfig(policies, undefined, undefined).config)).toEqual({
      a: { enforcementLevel: "mandatory", properties: { limit: 3 } },
      b: { enforcementLevel: "advisory", properties: undefined },
    });
  });

  it("reads an initialConfig entry without a level as advisory, as the engine decodes it", () => {
    const initial: PolicyConfigMap = new Map([
      ["a", { enforcementLevel: "advisory", properties: { limit: 5 } }],
    ]);
    const { config } = reconcilePolicyPackConfig(policies, initial, undefined);
    expect(config.get("a")).toEqual({ enforcementLevel: "advisory", properties: { limit: 5 } });
  });

  it("applies `all` before the policies' own entries, and keeps `all` in the map", () => {
    const file = parsePolicyPackConfig({ all: "disabled", b: "mandatory" });
    const { config } = reconcilePolicyPackConfig(policies, undefined, file);
    expect(plain(config)).toEqual({
      a: { enforcementLevel: "disabled", properties: { limit: 3 } },
      b: { enforcementLevel: "mandatory", properties: undefined },
      all: { enforcementLevel: "disabled", properties: undefined },
    });
  });

  it("reports schema errors per policy in gojsonschema's words", () => {
    const file = parsePolicyPackConfig({ a: { limit: "x", enforcementLevel: "advisory" } });
    expect(reconcilePolicyPackConfig(policies, undefined, file).errors).toEqual([
      "a: limit: Invalid type. Expected: number, given: string",
    ]);
  });
});

describe("parsePolicyPackConfig", () => {
  it("drops empty entries and lifts enforcementLevel out of the properties", () => {
    expect(
      plain(parsePolicyPackConfig({ a: {}, b: { enforcementLevel: "mandatory", k: 1 } })),
    ).toEqual({
      b: { enforcementLevel: "mandatory", properties: { k: 1 } },
    });
  });

  it("rejects a value that is neither a level nor an object", () => {
    expect(() => parsePolicyPackConfig({ a: 5 })).toThrow(
      'parsing "a": 5 is not a valid value; must be a string or object',
    );
  });
});

describe("validatePolicyConfig", () => {
  it("names a missing required property and a level outside the enum", () => {
    const schema = { properties: { k: { type: "string" } }, required: ["k"] };
    expect(validatePolicyConfig(schema, { enforcementLevel: "loud" })).toEqual([
      "k is required",
      'enforcementLevel: enforcementLevel must be one of the following: "advisory", "mandatory", "remediate", "disabled"',
    ]);
  });
});
