/** `PulumiPolicy.yaml`, which the engine reads before it starts a pack. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { CliError, errorMessage } from "../errors";

export interface PolicyManifest {
  runtime: string;
  /** When set, it wins over the version the pack reports (as in the engine). */
  version?: string;
  description?: string;
}

export function readPolicyManifest(dir: string): PolicyManifest {
  const file = path.join(dir, "PulumiPolicy.yaml");
  const fail = (why: string) =>
    new CliError(`failed to load Pulumi policy project located at "${dir}": ${why}`);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw fail(errorMessage(e));
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw fail(`${file}: ${errorMessage(e)}`);
  }
  if (typeof doc !== "object" || doc === null) throw fail(`${file} is not a YAML mapping`);
  const m = doc as Record<string, unknown>;
  const runtime =
    typeof m.runtime === "string"
      ? m.runtime
      : typeof m.runtime === "object" && m.runtime !== null
        ? (m.runtime as Record<string, unknown>).name
        : undefined;
  if (typeof runtime !== "string") throw fail(`${file}: "runtime" is required`);
  if (runtime !== "nodejs") {
    throw new CliError(
      `policy pack "${dir}" has runtime ${runtime}: icp-guard runs Node.js policy packs only`,
    );
  }
  return {
    runtime,
    version: m.version === undefined || m.version === null ? undefined : String(m.version),
    description: typeof m.description === "string" ? m.description : undefined,
  };
}
