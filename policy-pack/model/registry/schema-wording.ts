/**
 * The wording of schema errors (registry.schema.json, checked by Ajv): each error becomes one issue
 * naming the field, what is wrong with it, and the edit that fixes it.
 */
import type { ErrorObject } from "ajv";
import { clip, quote } from "../clip";
import { closest } from "../suggest";
import type { RegistryIssue } from "./errors";
import { fieldPath, isRecord, pointerSegments, type SourceMap } from "./source-map";

/** A value as a message shows it: its kind, or the text itself. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return quote(v);
  return `${typeof v} ${clip(String(v))}`;
}

const REQUIRED_FIX: Record<string, string> = {
  number: "add the filing number, e.g. `number: 浙ICP备2021012345号-1`",
  domains: "add the filed domains, e.g. `domains: [example.com]`",
  accessProviders: "add who hosts it, e.g. `accessProviders: [alibaba-cloud]`",
  name: "add a unique name, e.g. `name: web-anchor`",
  kind: "add `kind: ecs` or `kind: sas`",
  region: "add the region id, e.g. `region: cn-hangzhou`",
  match:
    'add a URN glob, e.g. `match: "urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-*"`',
  policies: 'add the exempted policy names, e.g. `policies: [icp-cdn-domain]` (or `["*"]`)',
  reason: 'add why, e.g. `reason: "Filing in progress, ticket OPS-123"`',
  expires: "add `expires: YYYY-MM-DD`: every exemption must expire",
};

const EMPTY_LIST_FIX: Record<string, string> = {
  domains: "list at least one domain, e.g. `[example.com]`",
  accessProviders: "list at least one provider, e.g. `[alibaba-cloud]`",
  policies: 'list policy names, or `["*"]` for all',
};

const TYPE_NAME: Record<string, string> = {
  string: "a text value",
  array: "a list",
  object: "a mapping",
  boolean: "true or false",
  integer: "a whole number",
  number: "a number",
};

function typeFix(type: string, name: string, value: unknown): string {
  switch (type) {
    case "string":
      return typeof value === "number" || typeof value === "boolean"
        ? `quote it: \`${name}: "${clip(String(value))}"\``
        : `write a single text value: \`${name}: …\``;
    case "array":
      return value === null || value === undefined
        ? `write \`${name}: []\` for none, or list entries as \`- …\` lines`
        : `write a list: \`${name}: [a, b]\` or one \`- …\` line per entry`;
    case "object":
      return "write `key: value` lines (indented under it)";
    case "boolean":
      return `write \`${name}: true\` or \`${name}: false\``;
    case "integer":
      return `write a whole number, e.g. \`${name}: 12\``;
    default:
      return `write ${TYPE_NAME[type] ?? type}`;
  }
}

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
const NON_EMPTY_PATTERN = "\\S";

export function schemaIssue(err: ErrorObject, data: unknown, src: SourceMap): RegistryIssue {
  const segs = pointerSegments(err.instancePath, data);
  const name = String(segs[segs.length - 1] ?? "registry");
  const value: unknown = err.data;
  const line = src.line(segs);
  const field = fieldPath(segs);
  switch (err.keyword) {
    case "required": {
      const missing = String(err.params.missingProperty);
      return {
        line,
        field: fieldPath([...segs, missing]),
        problem: "is required",
        fix: REQUIRED_FIX[missing] ?? `add \`${missing}: …\``,
      };
    }
    case "additionalProperties": {
      const key = String(err.params.additionalProperty);
      const props: unknown = isRecord(err.parentSchema) ? err.parentSchema.properties : undefined;
      const allowed = isRecord(props) ? Object.keys(props) : [];
      const near = closest(key, allowed);
      return {
        line: src.line([...segs, key], true),
        field: fieldPath([...segs, key]),
        problem: `unknown key ${quote(key)}`,
        fix: `${near ? `did you mean \`${near}\`? ` : ""}remove or rename it; allowed here: ${allowed.join(", ")}`,
      };
    }
    case "type": {
      const type = String(err.params.type);
      return {
        line,
        field,
        problem: `must be ${TYPE_NAME[type] ?? type}, not ${describe(value)}`,
        fix: typeFix(type, name, value),
      };
    }
    case "enum": {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      return {
        line,
        field,
        problem: `must be one of ${allowed.join(", ")}, not ${describe(value)}`,
        fix: `write one of ${allowed.map((a) => `\`${a}\``).join(", ")} (exact spelling and case)`,
      };
    }
    case "minItems":
      return {
        line,
        field,
        problem: "must not be an empty list",
        fix: EMPTY_LIST_FIX[name] ?? "list at least one entry",
      };
    case "pattern": {
      const pattern = String(err.params.pattern);
      if (pattern === NON_EMPTY_PATTERN) {
        return {
          line,
          field,
          problem: "must not be empty",
          fix: "write a value, or remove the key",
        };
      }
      if (pattern === DATE_PATTERN) {
        return {
          line,
          field,
          problem: `must be a date written YYYY-MM-DD, not ${describe(value)}`,
          fix: `write e.g. \`${name}: 2027-01-31\``,
        };
      }
      return {
        line,
        field,
        problem: `must be "org/project/stack" or "project/stack", not ${describe(value)}`,
        fix: "write the stack as Pulumi names it, e.g. `acme/shop/prod`",
      };
    }
    case "minimum":
      return {
        line,
        field,
        problem: `must be at least ${String(err.params.limit)}, not ${describe(value)}`,
        fix: `write a number of months ≥ ${String(err.params.limit)}`,
      };
    default:
      return {
        line,
        field,
        problem: err.message ?? "is not valid",
        fix: "see the registry schema",
      };
  }
}
