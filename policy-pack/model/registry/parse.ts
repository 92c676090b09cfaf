/**
 * Reading a registry file's text: YAML syntax, anchors, the schema (registry.schema.json, checked
 * by Ajv), then the checks the schema cannot express (build.ts). Every problem found is reported
 * with its line and field; nothing of a file that fails loads.
 */
import type { ValidateFunction } from "ajv";
import { isMap, isScalar, LineCounter, parseDocument, visit } from "yaml";
import { DEFAULT_MAX_EXEMPTION_DAYS } from "../exemptions";
import schema from "../registry.schema.json";
import { buildRegistry } from "./build";
import { byLine, formatIssue, RegistryError, type RegistryIssue } from "./errors";
import { schemaIssue } from "./schema-wording";
import { isRecord, SourceMap } from "./source-map";
import type { RawRegistry, Registry } from "./types";

/** Ajv options; scripts/precompile-registry-schema.js compiles with the same ones. */
export const VALIDATOR_OPTIONS = { allErrors: true, verbose: true } as const;

let compiled: ValidateFunction<RawRegistry> | undefined;
/**
 * The schema validator: the one precompiled at build time (dist/), else compiled now. Loading
 * the Ajv compiler costs pack start-up, so only the sources (tests) take the second path.
 */
function validator(): ValidateFunction<RawRegistry> {
  if (!compiled) {
    try {
      compiled = require("../registry-validator.js") as ValidateFunction<RawRegistry>;
    } catch {
      const { default: Ajv } = require("ajv") as typeof import("ajv");
      compiled = new Ajv(VALIDATOR_OPTIONS).compile<RawRegistry>(schema);
    }
  }
  return compiled;
}

/** YAML 1.1 timestamps (or a custom tag) can yield a Date: turn it back into YYYY-MM-DD. */
function datesToText(v: unknown): unknown {
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(datesToText);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = datesToText(x);
    return out;
  }
  return v;
}

const EMPTY_FILE: RegistryIssue = {
  line: 1,
  problem: "the registry is empty",
  fix: "write `filings: []` if you mean no filings",
};

/** What a registry is checked against besides its own text. */
export interface RegistryOptions {
  /** YYYY-MM-DD: the pack's today (ICP_GUARD_TODAY or the clock), never read here. */
  today: string;
  /** How far after today an exemption may expire; DEFAULT_MAX_EXEMPTION_DAYS when absent. */
  maxExemptionDays?: number;
}

/** Parses and checks a registry; throws RegistryError listing every problem found. */
export function parseRegistry(text: string, file: string, options: RegistryOptions): Registry {
  if (text.trim() === "") {
    throw new RegistryError(file, [EMPTY_FILE]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const src = new SourceMap(doc, lines);

  // Later syntax errors are mostly consequences of the first: report that one only.
  const syntax = doc.errors[0];
  if (syntax) {
    throw new RegistryError(file, [
      {
        line: src.lineAt(syntax.pos[0]),
        problem: `YAML syntax error: ${syntax.message}`,
        fix:
          syntax.code === "DUPLICATE_KEY"
            ? "each key may appear once in a mapping: remove or merge the repeated one"
            : "correct the YAML at this line (indentation, quotes, brackets)",
      },
    ]);
  }
  const aliasIssues: RegistryIssue[] = [];
  visit(doc, {
    Alias(_, node) {
      if (!node.resolve(doc)) {
        aliasIssues.push({
          line: src.lineAt(node.range?.[0] ?? 0),
          problem: `YAML alias *${node.source} has no anchor &${node.source} before it`,
          fix: "define the anchor first, or write the value out",
        });
      }
    },
  });
  if (aliasIssues.length > 0) throw new RegistryError(file, aliasIssues);

  // A file of comments, or a bare `---`, has no contents or an empty plain scalar.
  const top = doc.contents;
  if (top === null || (isScalar(top) && top.value === null && top.source === "")) {
    throw new RegistryError(file, [EMPTY_FILE]);
  }
  if (!isMap(top)) {
    throw new RegistryError(file, [
      {
        line: src.line([]),
        problem: "the top level must be a mapping with `filings`, `servers`, `exemptions`",
        fix: "start the file with `filings:` (docs/registry.md shows the layout)",
      },
    ]);
  }

  let data: unknown;
  try {
    data = datesToText(doc.toJS({ maxAliasCount: 100 }));
  } catch (e) {
    throw new RegistryError(file, [
      {
        line: 1,
        problem: `cannot read the YAML: ${(e as Error).message}`,
        fix: "write the values out without aliases",
      },
    ]);
  }

  const validate = validator();
  if (!validate(data)) {
    const seen = new Set<string>();
    const issues: RegistryIssue[] = [];
    for (const err of validate.errors ?? []) {
      const issue = schemaIssue(err, data, src);
      const key = formatIssue("", issue);
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(issue);
      }
    }
    throw new RegistryError(file, issues.sort(byLine));
  }
  return buildRegistry(data, file, src, {
    today: options.today,
    maxExemptionDays: options.maxExemptionDays ?? DEFAULT_MAX_EXEMPTION_DAYS,
  });
}
