/**
 * The engine's config reconciliation, rule by rule (cli/engine/config.ts), and what of the config
 * icp-guard hands the pack before it starts (cli/engine/session.ts packEnv).
 */
import { describe, expect, it } from "vitest";
import {
  configuredExemptionDays,
  type PolicyConfigMap,
  type PolicyForConfig,
  parsePolicyPackConfig,
  reconcilePolicyPackConfig,
  validatePolicyConfig,
} from "../../cli/engine/config";
import { packEnv, type StackTarget } from "../../cli/engine/session";

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

describe("the exemption limit handed to the pack at start (ICP_GUARD_MAX_EXEMPTION_DAYS)", () => {
  const target: StackTarget = {
    identity: { organization: "acme", project: "shop", stack: "prod" },
    urnStack: "prod",
    urnProject: "shop",
    dryRun: true,
    states: [],
    config: {},
  };
  const config = (doc: Record<string, unknown>) => parsePolicyPackConfig(doc);
  const withoutInherited = <T>(f: () => T): T => {
    const saved = process.env.ICP_GUARD_MAX_EXEMPTION_DAYS;
    delete process.env.ICP_GUARD_MAX_EXEMPTION_DAYS;
    try {
      return f();
    } finally {
      if (saved !== undefined) process.env.ICP_GUARD_MAX_EXEMPTION_DAYS = saved;
    }
  };

  it("configuredExemptionDays: the largest whole number any policy configures", () => {
    expect(configuredExemptionDays(undefined)).toBeUndefined();
    expect(configuredExemptionDays(config({ all: "mandatory" }))).toBeUndefined();
    expect(
      configuredExemptionDays(
        config({
          "icp-cdn-domain": { maxExemptionDays: 400 },
          "icp-waf-domain": { maxExemptionDays: 30 },
          "icp-oss-custom-domain": { maxExemptionDays: "900" },
          "icp-hosted-domain": { maxExemptionDays: 500.5 },
        }),
      ),
    ).toBe(400);
  });

  it("packEnv raises the start-up limit only above the default", () => {
    withoutInherited(() => {
      const raised = packEnv(
        target,
        undefined,
        config({ "icp-cdn-domain": { maxExemptionDays: 400 } }),
      );
      expect(raised.ICP_GUARD_MAX_EXEMPTION_DAYS).toBe("400");
      const lowered = packEnv(
        target,
        undefined,
        config({ "icp-cdn-domain": { maxExemptionDays: 30 } }),
      );
      expect(lowered.ICP_GUARD_MAX_EXEMPTION_DAYS).toBeUndefined();
      expect(packEnv(target, undefined).ICP_GUARD_MAX_EXEMPTION_DAYS).toBeUndefined();
    });
  });

  it("packEnv leaves a limit the caller set alone", () => {
    const saved = process.env.ICP_GUARD_MAX_EXEMPTION_DAYS;
    process.env.ICP_GUARD_MAX_EXEMPTION_DAYS = "380";
    try {
      const env = packEnv(
        target,
        undefined,
        config({ "icp-cdn-domain": { maxExemptionDays: 900 } }),
      );
      expect(env.ICP_GUARD_MAX_EXEMPTION_DAYS).toBe("380");
    } finally {
      if (saved === undefined) delete process.env.ICP_GUARD_MAX_EXEMPTION_DAYS;
      else process.env.ICP_GUARD_MAX_EXEMPTION_DAYS = saved;
    }
  });
});
