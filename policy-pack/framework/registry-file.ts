/**
 * Finding and reading the registry file (docs/registry.md): `ICP_GUARD_REGISTRY`, else
 * `icp-registry.yaml` in the pack folder, else none (every filing check then fails). The only
 * file I/O of the registry: the model (model/registry/) parses the text it is given.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import {
  EMPTY_REGISTRY,
  parseRegistry,
  type Registry,
  RegistryError,
  type RegistryOptions,
} from "../model/registry";

export const REGISTRY_FILE = "icp-registry.yaml";

/** `ICP_GUARD_REGISTRY` (resolved against the cwd), else `<packDir>/icp-registry.yaml` if present. */
export function registryPath(env: NodeJS.ProcessEnv, packDir: string): string | undefined {
  const named = env.ICP_GUARD_REGISTRY?.trim();
  if (named) return path.resolve(process.cwd(), named);
  const inPack = path.resolve(packDir, REGISTRY_FILE);
  return existsSync(inPack) ? inPack : undefined;
}

/** The registry the pack runs with: EMPTY_REGISTRY when there is none (every filing check fails). */
export function loadRegistry(
  env: NodeJS.ProcessEnv,
  packDir: string,
  options: RegistryOptions,
): Registry {
  const file = registryPath(env, packDir);
  if (file === undefined) return EMPTY_REGISTRY;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const fromEnv = Boolean(env.ICP_GUARD_REGISTRY?.trim());
    throw new RegistryError(file, [
      {
        problem: `cannot read the registry (${code})`,
        fix: fromEnv
          ? "point ICP_GUARD_REGISTRY (or --registry) at an existing, readable file, or unset it"
          : `make ${REGISTRY_FILE} in the pack folder readable, or remove it`,
      },
    ]);
  }
  return parseRegistry(text, file, options);
}
