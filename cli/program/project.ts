/**
 * A Pulumi program's project file (`Pulumi.yaml`) and its stack's config (`Pulumi.<stack>.yaml`),
 * reconciled the way the Pulumi CLI hands config to the Node.js language host: a flat map of
 * `<namespace>:<name>` keys to strings (`PULUMI_CONFIG`) plus the list of secret keys.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { UNKNOWN } from "../../policy-pack/model/sentinels";
import { ProgramError } from "./program-error";

export interface ProgramProject {
  /** Absolute program directory (where Pulumi.yaml is). */
  dir: string;
  /** `name` in Pulumi.yaml. */
  name: string;
  /** Absolute path of Pulumi.yaml's `main`, when set. */
  main: string | undefined;
  /** The stack's short name (`dev` for `acme/shop/dev`). */
  stack: string;
  /** From `--stack org/...`, else `organization` (what a local backend reports). */
  organization: string;
  /** Absolute path of the stack's config file. */
  stackConfigFile: string;
  /**
   * Every config value as the language host passes it: strings, other values JSON-encoded. A
   * secret (`secure:`) cannot be decrypted offline: its value is the unknown sentinel.
   */
  config: Record<string, string>;
  /** Keys whose value is secret (`PULUMI_CONFIG_SECRET_KEYS`). */
  secretKeys: string[];
  /** Things the offline preview could not reproduce (secrets, ESC environments). */
  warnings: string[];
}

export interface ProjectOptions {
  /** `NAME`, `org/NAME` or `org/project/NAME`; optional when the directory has one stack file. */
  stack?: string;
  /** `--config` overrides; a key without a namespace belongs to the project. */
  config?: Record<string, string>;
}

const DEFAULT_ORGANIZATION = "organization";
const PROJECT_FILES = ["Pulumi.yaml", "Pulumi.yml"];
const STACK_FILE = /^Pulumi\.(.+)\.ya?ml$/;
const SCHEMA_KEYS = new Set(["type", "default", "value", "description", "secret", "items"]);

export function loadProgramProject(dir: string, opts: ProjectOptions = {}): ProgramProject {
  const absDir = path.resolve(dir);
  const projectFile = PROJECT_FILES.map((f) => path.join(absDir, f)).find((f) => fs.existsSync(f));
  if (!projectFile) {
    const why = fs.existsSync(absDir) ? "has no Pulumi.yaml" : "does not exist";
    throw new ProgramError("project", `${absDir} ${why}: not a Pulumi program`);
  }
  const doc = asRecord(readYaml(projectFile), projectFile);
  const name = doc.name;
  if (typeof name !== "string" || name === "") {
    throw new ProgramError("project", `${projectFile}: \`name\` is missing`);
  }
  checkRuntime(doc.runtime, projectFile);
  const main =
    typeof doc.main === "string" && doc.main !== "" ? path.resolve(absDir, doc.main) : undefined;
  const configDir =
    typeof doc.stackConfigDir === "string" ? path.resolve(absDir, doc.stackConfigDir) : absDir;

  const { stack, organization } = stackName(opts.stack, name, configDir);
  const stackConfigFile = findStackFile(configDir, stack);
  if (!stackConfigFile) {
    throw new ProgramError("project", [
      `stack ${stack}: its config file ${path.join(configDir, `Pulumi.${stack}.yaml`)} does not exist`,
      "create it (at least `config:` with `alicloud:region`) or pass the right --stack",
    ]);
  }

  const acc: ConfigAccumulator = { config: {}, secret: new Set(), warnings: [], required: [] };
  addProjectConfig(acc, doc.config, name, projectFile);
  addStackConfig(acc, readYaml(stackConfigFile), stackConfigFile);
  for (const [key, value] of Object.entries(opts.config ?? {})) {
    const full = projectKey(key, name);
    acc.config[full] = value;
    acc.secret.delete(full);
  }
  const missing = acc.required.filter((k) => !(k in acc.config));
  if (missing.length > 0) {
    throw new ProgramError(
      "project",
      missing.map(
        (k) =>
          `stack ${stack} is missing configuration value '${k}' (declared without a default in Pulumi.yaml)`,
      ),
    );
  }
  for (const key of [...acc.secret].sort()) {
    acc.warnings.push(
      `config ${key} is a secret: an offline preview cannot decrypt it, its value is unknown`,
    );
  }
  return {
    dir: absDir,
    name,
    main,
    stack,
    organization,
    stackConfigFile,
    config: acc.config,
    secretKeys: [...acc.secret].sort(),
    warnings: acc.warnings,
  };
}

/** `KEY=VALUE` arguments (`--config`) as a map; the value may itself hold `=`. */
export function parseConfigOverrides(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const at = arg.indexOf("=");
    if (at <= 0) throw new ProgramError("project", `--config ${arg}: expected KEY=VALUE`);
    out[arg.slice(0, at)] = arg.slice(at + 1);
  }
  return out;
}

interface ConfigAccumulator {
  config: Record<string, string>;
  secret: Set<string>;
  warnings: string[];
  /** Keys Pulumi.yaml declares without a default: the stack must set them. */
  required: string[];
}

function readYaml(file: string): unknown {
  try {
    return parseYaml(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new ProgramError("project", `${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function asRecord(v: unknown, file: string): Record<string, unknown> {
  if (v === null || v === undefined) return {};
  if (isRecord(v)) return v;
  throw new ProgramError("project", `${file}: expected a mapping at the top level`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkRuntime(runtime: unknown, file: string): void {
  const runtimeName = isRecord(runtime) ? runtime.name : runtime;
  if (runtimeName !== "nodejs") {
    throw new ProgramError(
      "project",
      `${file}: runtime ${JSON.stringify(runtimeName ?? null)} is not supported (an offline preview runs nodejs programs)`,
    );
  }
}

function stackName(
  requested: string | undefined,
  project: string,
  configDir: string,
): { stack: string; organization: string } {
  if (requested !== undefined && requested !== "") {
    const parts = requested.split("/");
    if (parts.length > 3 || parts.some((p) => p === "")) {
      throw new ProgramError(
        "project",
        `--stack ${requested}: expected NAME, ORG/NAME or ORG/PROJECT/NAME`,
      );
    }
    if (parts.length === 3 && parts[1] !== project) {
      throw new ProgramError(
        "project",
        `--stack ${requested}: the program's project is ${project}, not ${parts[1]}`,
      );
    }
    return {
      stack: parts[parts.length - 1],
      organization: parts.length > 1 ? parts[0] : DEFAULT_ORGANIZATION,
    };
  }
  const stacks = listStackFiles(configDir);
  if (stacks.length === 1) return { stack: stacks[0], organization: DEFAULT_ORGANIZATION };
  if (stacks.length === 0) {
    throw new ProgramError(
      "project",
      `${configDir} has no Pulumi.<stack>.yaml: pass --stack NAME and create its config file`,
    );
  }
  throw new ProgramError(
    "project",
    `${configDir} has several stacks (${stacks.join(", ")}): pass --stack NAME`,
  );
}

function listStackFiles(configDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(configDir);
  } catch {
    return [];
  }
  const stacks = new Set<string>();
  for (const f of names) {
    const m = STACK_FILE.exec(f);
    if (m) stacks.add(m[1]);
  }
  return [...stacks].sort();
}

function findStackFile(configDir: string, stack: string): string | undefined {
  return [`Pulumi.${stack}.yaml`, `Pulumi.${stack}.yml`]
    .map((f) => path.join(configDir, f))
    .find((f) => fs.existsSync(f));
}

/** A project-level key without a namespace belongs to the project (`domain` → `shop:domain`). */
function projectKey(key: string, project: string): string {
  return key.includes(":") ? cleanKey(key) : `${project}:${key}`;
}

/** `ns:config:name`, an old spelling, is `ns:name` (as `@pulumi/pulumi` cleans it). */
function cleanKey(key: string): string {
  const at = key.indexOf(":");
  return key.startsWith("config:", at + 1)
    ? key.slice(0, at + 1) + key.slice(at + 1 + "config:".length)
    : key;
}

function addProjectConfig(
  acc: ConfigAccumulator,
  block: unknown,
  project: string,
  file: string,
): void {
  if (block === undefined || block === null) return;
  if (!isRecord(block)) throw new ProgramError("project", `${file}: \`config\` must be a mapping`);
  for (const [rawKey, decl] of Object.entries(block)) {
    const key = projectKey(rawKey, project);
    if (isRecord(decl) && Object.keys(decl).some((k) => SCHEMA_KEYS.has(k))) {
      const value = "value" in decl ? decl.value : decl.default;
      if (value === undefined) acc.required.push(key);
      else setValue(acc, key, value);
      if (decl.secret === true) acc.secret.add(key);
    } else {
      setValue(acc, key, decl);
    }
  }
}

function addStackConfig(acc: ConfigAccumulator, raw: unknown, file: string): void {
  const doc = asRecord(raw, file);
  if (doc.environment !== undefined) {
    acc.warnings.push(
      `${path.basename(file)}: ESC environments are not resolved offline; their config is missing`,
    );
  }
  const block = doc.config;
  if (block === undefined || block === null) return;
  if (!isRecord(block)) throw new ProgramError("project", `${file}: \`config\` must be a mapping`);
  for (const [rawKey, value] of Object.entries(block)) {
    if (!rawKey.includes(":")) {
      throw new ProgramError(
        "project",
        `${file}: config key "${rawKey}" must be of the form <namespace>:<name> (e.g. "<project>:${rawKey}")`,
      );
    }
    setValue(acc, cleanKey(rawKey), value);
  }
}

/** Stores a config value as the language host would see it; `secure:` leaves become unknown secrets. */
function setValue(acc: ConfigAccumulator, key: string, value: unknown): void {
  let secret = false;
  const replaceSecure = (v: unknown): unknown => {
    if (isRecord(v)) {
      if (Object.keys(v).length === 1 && typeof v.secure === "string") {
        secret = true;
        return UNKNOWN;
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceSecure(x)]));
    }
    if (Array.isArray(v)) return v.map(replaceSecure);
    return v;
  };
  const plain = replaceSecure(value);
  acc.config[key] =
    typeof plain === "string"
      ? plain
      : plain === null || plain === undefined
        ? ""
        : JSON.stringify(plain);
  if (secret) acc.secret.add(key);
  else acc.secret.delete(key);
}
