/**
 * Which ICP registry icp-guard hands the packs: `--registry`, else env ICP_GUARD_REGISTRY (both
 * resolved from the directory the command was started in), else `icp-registry.yaml` beside the
 * program (preview), else in the working directory. None of them: each pack falls back to the
 * icp-registry.yaml in its own folder, if it has one; the report says what was used.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REGISTRY_FILE } from "../policy-pack/framework/registry-file";
import { CliError } from "./errors";
import { cliText } from "./i18n";
import type { RegistryChoice } from "./scan/options";

export interface RegistryLookup {
  /** `--registry`. */
  option?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the command was started. */
  cwd?: string;
  /** The program's folder (preview): its icp-registry.yaml comes before the working directory's. */
  programDir?: string;
}

export function chooseRegistry(lookup: RegistryLookup): RegistryChoice | undefined {
  const cwd = lookup.cwd ?? process.cwd();
  const env = lookup.env ?? process.env;
  const named = (value: string, source: "option" | "env"): RegistryChoice => {
    const file = path.resolve(cwd, value);
    // A registry someone named must exist: a missing one is not an empty registry.
    if (!fs.existsSync(file)) {
      const shown = source === "env" ? `${value} (ICP_GUARD_REGISTRY)` : value;
      throw new CliError(cliText().registryMissing(shown));
    }
    return { file, source };
  };
  if (lookup.option !== undefined) return named(lookup.option, "option");
  const fromEnv = env.ICP_GUARD_REGISTRY?.trim();
  if (fromEnv) return named(fromEnv, "env");
  const candidates: Array<[string, RegistryChoice["source"]]> = [];
  if (lookup.programDir) candidates.push([path.resolve(cwd, lookup.programDir), "program"]);
  candidates.push([cwd, "cwd"]);
  for (const [dir, source] of candidates) {
    const file = path.join(dir, REGISTRY_FILE);
    if (isFile(file)) return { file, source };
  }
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
