/**
 * Policy pack configuration, reconciled as the Pulumi engine does it
 * (pkg/resource/analyzer/config.go): the schema's top-level defaults, then the pack's
 * `initialConfig`, then the `--policy-pack-config` file (`all` first, then each policy), then each
 * policy's config validated against its schema, with `enforcementLevel` injected.
 */
import * as fs from "node:fs";
import Ajv, { type ErrorObject } from "ajv";
import { CliError, errorMessage } from "../errors";
import type { EnforcementLevel } from "../result";

export const LEVELS: readonly EnforcementLevel[] = [
  "advisory",
  "mandatory",
  "remediate",
  "disabled",
];

export interface PolicyConfig {
  /** "" when a config entry names no level and the policy has none (the engine then refuses it). */
  enforcementLevel: EnforcementLevel | "";
  properties?: Record<string, unknown>;
}

export type PolicyConfigMap = Map<string, PolicyConfig>;

export interface ConfigSchema {
  properties: Record<string, unknown>;
  required: string[];
}

export interface PolicyForConfig {
  name: string;
  enforcementLevel: EnforcementLevel;
  configSchema?: ConfigSchema;
}

export function isLevel(v: unknown): v is EnforcementLevel {
  return typeof v === "string" && (LEVELS as readonly string[]).includes(v);
}

/** Reads a `--policy-pack-config` file: `{"all": level, "<policy>": level | {enforcementLevel?, ...}}`. */
export function loadPolicyPackConfigFile(file: string): PolicyConfigMap {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read policy pack config ${file}: ${errorMessage(e)}`);
  }
  if (text.trim() === "") return new Map(); // the engine accepts an empty file
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new CliError(`policy pack config ${file} is not valid JSON: ${errorMessage(e)}`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new CliError(`policy pack config ${file} must be a JSON object`);
  }
  try {
    return parsePolicyPackConfig(doc as Record<string, unknown>);
  } catch (e) {
    throw new CliError(`policy pack config ${file}: ${errorMessage(e)}`);
  }
}

export function parsePolicyPackConfig(doc: Record<string, unknown>): PolicyConfigMap {
  const result: PolicyConfigMap = new Map();
  for (const [key, value] of Object.entries(doc)) {
    let enforcementLevel: EnforcementLevel | "" = "";
    let properties: Record<string, unknown> | undefined;
    if (typeof value === "string") {
      if (!isLevel(value)) {
        throw new Error(
          `parsing enforcement level for ${JSON.stringify(key)}: ${JSON.stringify(value)} is not a valid enforcement level`,
        );
      }
      enforcementLevel = value;
    } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const props = { ...(value as Record<string, unknown>) };
      if ("enforcementLevel" in props) {
        const level = props.enforcementLevel;
        if (typeof level !== "string") {
          throw new Error(
            `parsing enforcement level for ${JSON.stringify(key)}: ${JSON.stringify(level)} is not a valid enforcement level; must be a string`,
          );
        }
        if (!isLevel(level)) {
          throw new Error(
            `parsing enforcement level for ${JSON.stringify(key)}: ${JSON.stringify(level)} is not a valid enforcement level`,
          );
        }
        enforcementLevel = level;
        delete props.enforcementLevel;
      }
      if (Object.keys(props).length > 0) properties = props;
    } else {
      throw new Error(
        `parsing ${JSON.stringify(key)}: ${JSON.stringify(value)} is not a valid value; must be a string or object`,
      );
    }
    if (enforcementLevel === "" && properties === undefined) continue;
    result.set(key, { enforcementLevel, properties });
  }
  return result;
}

/**
 * The largest `maxExemptionDays` a config file gives any policy (alicloud-icp-guard's setting), when
 * it is a whole number: the limit the pack must load its registry with so that the configured
 * policies can apply what they allow (see packEnv).
 */
export function configuredExemptionDays(config: PolicyConfigMap | undefined): number | undefined {
  let most: number | undefined;
  for (const pc of config?.values() ?? []) {
    const days = pc.properties?.maxExemptionDays;
    if (typeof days === "number" && Number.isInteger(days) && days > (most ?? 0)) most = days;
  }
  return most;
}

export interface Reconciled {
  config: PolicyConfigMap;
  /** `<policy>: <error>` lines; non-empty means the engine would stop. */
  errors: string[];
}

export function reconcilePolicyPackConfig(
  policies: readonly PolicyForConfig[],
  initialConfig: PolicyConfigMap | undefined,
  config: PolicyConfigMap | undefined,
): Reconciled {
  let result: PolicyConfigMap = new Map();
  for (const policy of policies) {
    let props: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(policy.configSchema?.properties ?? {})) {
      if (typeof v === "object" && v !== null && "default" in v) {
        props ??= {};
        props[k] = (v as { default: unknown }).default;
      }
    }
    result.set(policy.name, { enforcementLevel: policy.enforcementLevel, properties: props });
  }
  if (initialConfig) result = applyConfig(result, initialConfig);
  if (config) result = applyConfig(result, config);

  const errors: string[] = [];
  for (const policy of policies) {
    const props = result.get(policy.name)?.properties ?? {};
    for (const message of validatePolicyConfig(policy.configSchema, props)) {
      errors.push(`${policy.name}: ${message}`);
    }
  }
  return { config: result, errors };
}

function applyConfig(result: PolicyConfigMap, toApply: PolicyConfigMap): PolicyConfigMap {
  const all = toApply.get("all");
  if (all && isLevel(all.enforcementLevel)) {
    for (const [k, v] of result)
      result.set(k, { enforcementLevel: all.enforcementLevel, properties: v.properties });
  }
  for (const [policy, given] of toApply) {
    const current = result.get(policy);
    let enforcementLevel = current?.enforcementLevel ?? "";
    let properties = current?.properties;
    if (isLevel(given.enforcementLevel)) enforcementLevel = given.enforcementLevel;
    if (given.properties && Object.keys(given.properties).length > 0) {
      properties = { ...(properties ?? {}), ...given.properties };
    }
    result.set(policy, { enforcementLevel, properties });
  }
  return result;
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });

/** The schema the engine validates against: the policy's properties plus `enforcementLevel`. */
function engineSchema(schema: ConfigSchema | undefined): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    ...(schema?.properties ?? {}),
    enforcementLevel: { type: "string", enum: [...LEVELS] },
  };
  const result: Record<string, unknown> = { type: "object", properties };
  if (schema && schema.required.length > 0) result.required = schema.required;
  return result;
}

/** Validation messages in gojsonschema's wording, as the engine prints them. */
export function validatePolicyConfig(
  schema: ConfigSchema | undefined,
  props: Record<string, unknown>,
): string[] {
  let validate: ReturnType<typeof ajv.compile>;
  try {
    validate = ajv.compile(engineSchema(schema));
  } catch (e) {
    return [`invalid configSchema: ${errorMessage(e)}`];
  }
  if (validate(props)) return [];
  return (validate.errors ?? []).map((e) => describeError(e, props));
}

function describeError(e: ErrorObject, root: unknown): string {
  const field = e.instancePath === "" ? "(root)" : e.instancePath.slice(1).split("/").join(".");
  const params = e.params as Record<string, unknown>;
  let description: string;
  switch (e.keyword) {
    case "required":
      return `${String(params.missingProperty)} is required`;
    case "type":
      description = `Invalid type. Expected: ${String(params.type)}, given: ${jsonType(valueAt(root, e.instancePath))}`;
      break;
    case "enum":
      description = `${field} must be one of the following: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      break;
    case "additionalProperties":
      description = `Additional property ${String(params.additionalProperty)} is not allowed`;
      break;
    case "minimum":
      description = `Must be greater than or equal to ${String(params.limit)}`;
      break;
    case "maximum":
      description = `Must be less than or equal to ${String(params.limit)}`;
      break;
    default:
      description = e.message ?? e.keyword;
  }
  return field === "(root)" ? description : `${field}: ${description}`;
}

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const part of pointer.split("/").slice(1)) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
