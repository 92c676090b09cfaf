/** The one declaration of the knobs: defaults, JSON Schema, and reading the reconciled config. */
import { describe, expect, it } from "vitest";
import { toSdkPolicy } from "../../policy-pack/framework/sdk-adapter";
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  settingsFrom,
  settingsSchema,
} from "../../policy-pack/model/settings";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { runtimeFor } from "../support/sdk-harness";

describe("settings", () => {
  it("defaults", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      unknownRegion: "mainland",
      unknownValues: "fail",
      webPorts: [80, 443],
      codesPerServer: 5,
      maxExemptionDays: 366,
    });
  });

  it("JSON Schema of each knob, as the engine validates --policy-pack-config", () => {
    expect(
      settingsSchema(["unknownRegion", "unknownValues", "webPorts", "codesPerServer"]),
    ).toEqual({
      properties: {
        unknownRegion: {
          type: "string",
          enum: ["mainland", "skip"],
          default: "mainland",
          description:
            "What to do when a resource's region cannot be determined: treat it as mainland (default) or skip it.",
        },
        unknownValues: {
          type: "string",
          enum: ["fail", "skip"],
          default: "fail",
          description:
            "What to do when a decisive value is unknown during preview: report it (default) or skip it as not applicable.",
        },
        webPorts: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 65535 },
          default: [80, 443],
          description: "Listener ports that count as web traffic, whatever their protocol.",
        },
        codesPerServer: {
          type: "integer",
          minimum: 1,
          default: 5,
          description: "ICP service codes one eligible server gives.",
        },
        maxExemptionDays: {
          type: "integer",
          minimum: 1,
          maximum: 3660,
          default: 366,
          description:
            "How many days after today an exemption may expire and still apply to this policy; one that expires later is not applied and the violation says why. The registry refuses, at start, exemptions beyond ICP_GUARD_MAX_EXEMPTION_DAYS (default 366): allowing more than 366 days takes both.",
        },
      },
    });
    // Exemptions apply to every policy: a policy that reads no other knob still has this one.
    expect(settingsSchema([])).toEqual({
      properties: { maxExemptionDays: SETTINGS.maxExemptionDays.schema },
    });
  });

  it("each policy's configSchema lists exactly the knobs it reads", () => {
    const runtime = runtimeFor({});
    for (const spec of ALL_POLICIES) {
      const schema = toSdkPolicy(spec, runtime).configSchema;
      expect(Object.keys(schema?.properties ?? {}), spec.name).toEqual([
        ...spec.settings,
        "maxExemptionDays",
      ]);
      for (const name of [...spec.settings, "maxExemptionDays" as const]) {
        expect(schema?.properties[name]).toEqual(SETTINGS[name].schema);
      }
    }
  });

  it("reads the values the schema accepts and defaults the rest", () => {
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom("skip")).toEqual(DEFAULT_SETTINGS);
    expect(
      settingsFrom({
        unknownRegion: "skip",
        unknownValues: "skip",
        webPorts: [8080],
        codesPerServer: 7,
        maxExemptionDays: 30,
        other: true,
      }),
    ).toEqual({
      unknownRegion: "skip",
      unknownValues: "skip",
      webPorts: [8080],
      codesPerServer: 7,
      maxExemptionDays: 30,
    });
    expect(
      settingsFrom({
        unknownRegion: "overseas",
        unknownValues: false,
        webPorts: [80, 1.5],
        codesPerServer: 0,
        maxExemptionDays: 3661,
      }),
    ).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom({ webPorts: [0] }).webPorts).toEqual([80, 443]);
    expect(settingsFrom({ webPorts: "80" }).webPorts).toEqual([80, 443]);
    expect(settingsFrom({ codesPerServer: "5" }).codesPerServer).toBe(5);
    expect(settingsFrom({ codesPerServer: 2.5 }).codesPerServer).toBe(5);
  });
});
