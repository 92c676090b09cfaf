/**
 * The knobs a policy may expose, declared once: each entry gives its TypeScript type, its default,
 * the JSON Schema the engine validates `--policy-pack-config` against (each policy's
 * `configSchema` lists the knobs it reads), and the reading of the engine-reconciled config.
 * Adding a knob is adding one entry to SETTINGS.
 */

import { DEFAULT_MAX_EXEMPTION_DAYS, MAX_EXEMPTION_DAYS_CEILING } from "./exemptions";

interface Setting<V> {
  readonly default: V;
  /** JSON Schema of the value, its default and description included. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** The value when the config holds one the schema accepts, else undefined. */
  parse(v: unknown): V | undefined;
}

function oneOf<const V extends string>(
  values: readonly V[],
  fallback: NoInfer<V>,
  description: string,
): Setting<V> {
  return {
    default: fallback,
    schema: { type: "string", enum: values, default: fallback, description },
    parse: (v) => values.find((x) => x === v),
  };
}

interface IntegerRange {
  minimum: number;
  maximum?: number;
}

function inRange(v: unknown, r: IntegerRange): v is number {
  return (
    typeof v === "number" &&
    Number.isInteger(v) &&
    v >= r.minimum &&
    (r.maximum === undefined || v <= r.maximum)
  );
}

function range(r: IntegerRange): Record<string, unknown> {
  return r.maximum === undefined
    ? { type: "integer", minimum: r.minimum }
    : { type: "integer", minimum: r.minimum, maximum: r.maximum };
}

function integer(r: IntegerRange, fallback: number, description: string): Setting<number> {
  return {
    default: fallback,
    schema: { ...range(r), default: fallback, description },
    parse: (v) => (inRange(v, r) ? v : undefined),
  };
}

function integers(
  r: IntegerRange,
  fallback: readonly number[],
  description: string,
): Setting<readonly number[]> {
  return {
    default: fallback,
    schema: { type: "array", items: range(r), default: fallback, description },
    parse: (v) => (Array.isArray(v) && v.every((x) => inRange(x, r)) ? [...v] : undefined),
  };
}

export const SETTINGS = {
  unknownRegion: oneOf(
    ["mainland", "skip"],
    "mainland",
    "What to do when a resource's region cannot be determined: treat it as mainland (default) or skip it.",
  ),
  unknownValues: oneOf(
    ["fail", "skip"],
    "fail",
    "What to do when a decisive value is unknown during preview: report it (default) or skip it as not applicable.",
  ),
  webPorts: integers(
    { minimum: 1, maximum: 65535 },
    [80, 443],
    "Listener ports that count as web traffic, whatever their protocol.",
  ),
  codesPerServer: integer({ minimum: 1 }, 5, "ICP service codes one eligible server gives."),
  // Every policy reads it (COMMON_SETTINGS): exemptions apply to every policy. The registry's
  // load-time limit caps it (model/exemptions.ts), so allowing more than the default takes both.
  maxExemptionDays: integer(
    { minimum: 1, maximum: MAX_EXEMPTION_DAYS_CEILING },
    DEFAULT_MAX_EXEMPTION_DAYS,
    `How many days after today an exemption may expire and still apply to this policy; one that expires later is not applied and the violation says why. The registry refuses, at start, exemptions beyond ICP_GUARD_MAX_EXEMPTION_DAYS (default ${DEFAULT_MAX_EXEMPTION_DAYS}): allowing more than ${DEFAULT_MAX_EXEMPTION_DAYS} days takes both.`,
  ),
};

/** Knobs every policy has, whatever its `settings` list: exemptions apply to every policy. */
export const COMMON_SETTINGS: readonly SettingName[] = ["maxExemptionDays"];

export type SettingName = keyof typeof SETTINGS;

/** The knobs' values, as a policy reads them from its context. */
export type PolicySettings = {
  [K in SettingName]: (typeof SETTINGS)[K] extends Setting<infer V> ? V : never;
};

const NAMES = Object.keys(SETTINGS) as SettingName[];

function build(value: <K extends SettingName>(name: K) => PolicySettings[K]): PolicySettings {
  return Object.fromEntries(NAMES.map((n) => [n, value(n)])) as PolicySettings;
}

function setting<K extends SettingName>(name: K): Setting<PolicySettings[K]> {
  return SETTINGS[name] as Setting<PolicySettings[K]>;
}

export const DEFAULT_SETTINGS: Readonly<PolicySettings> = build((n) => setting(n).default);

/** Reads the engine-reconciled config: each knob the schema accepts, else its default. */
export function settingsFrom(config: unknown): PolicySettings {
  const c: Record<string, unknown> =
    config && typeof config === "object" ? (config as Record<string, unknown>) : {};
  return build((n) => setting(n).parse(c[n]) ?? setting(n).default);
}

/** The configSchema of a policy that reads these knobs, and the ones every policy has. */
export function settingsSchema(names: readonly SettingName[]): {
  properties: Record<string, Readonly<Record<string, unknown>>>;
} {
  const all = [...new Set([...names, ...COMMON_SETTINGS])];
  return { properties: Object.fromEntries(all.map((n) => [n, SETTINGS[n].schema])) };
}
