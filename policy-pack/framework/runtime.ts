/**
 * The pack process's view of the world, built once at start: the registry (a registry that does
 * not load stops the pack, never a silent pass), the stack being checked, the region the stack
 * config or environment names, the message language, and "today" (ICP_GUARD_TODAY overrides it,
 * so exemption expiry is testable and reproducible).
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { langFromEnv } from "../messages/catalog";
import { quote } from "../model/clip";
import type { PackEnvironment, PackRegion } from "../model/context";
import { DEFAULT_MAX_EXEMPTION_DAYS, MAX_EXEMPTION_DAYS_CEILING } from "../model/exemptions";
import type { Registry } from "../model/registry";
import { type AuditSink, auditSinkFromEnv } from "./audit";
import { PreviewInputs } from "./preview-inputs";
import { loadRegistry, REGISTRY_FILE } from "./registry-file";

export interface PackRuntime {
  registry: Registry;
  env: PackEnvironment;
  /** Where to record not-applicable results and exemptions for icp-guard (audit.ts); none under the engine. */
  audit?: AuditSink;
  /** Inputs of resources whose provider is not configured yet in this preview (preview-inputs.ts). */
  previewInputs?: PreviewInputs;
}

const REGION_KEY = "alicloud:region";

/**
 * The stack config keys whose values are secrets: the language host lists them, as a JSON array,
 * in PULUMI_CONFIG_SECRET_KEYS (their decrypted values are in PULUMI_CONFIG). Anything that is not
 * such an array names no key.
 */
export function secretConfigKeys(env: NodeJS.ProcessEnv): ReadonlySet<string> {
  const raw = env.PULUMI_CONFIG_SECRET_KEYS;
  if (!raw) return new Set();
  try {
    const parsed: unknown = JSON.parse(raw);
    return new Set(Array.isArray(parsed) ? parsed.filter((k) => typeof k === "string") : []);
  } catch {
    return new Set();
  }
}

export function packRegionFromEnv(env: NodeJS.ProcessEnv): PackRegion | undefined {
  const config = env.PULUMI_CONFIG;
  if (config) {
    try {
      const parsed: unknown = JSON.parse(config);
      if (parsed && typeof parsed === "object") {
        const region = (parsed as Record<string, unknown>)[REGION_KEY];
        if (typeof region === "string" && region.trim() !== "") {
          return secretConfigKeys(env).has(REGION_KEY)
            ? { region: region.trim(), source: "stack-config", secret: true }
            : { region: region.trim(), source: "stack-config" };
        }
      }
    } catch {
      // The language host always sends valid JSON; anything else carries no region.
    }
  }
  for (const name of ["ALICLOUD_REGION", "ALIBABA_CLOUD_REGION"] as const) {
    const v = env[name]?.trim();
    if (v) return { region: v, source: name };
  }
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function todayFromEnv(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const forced = env.ICP_GUARD_TODAY?.trim();
  if (forced) {
    if (!DATE.test(forced) || Number.isNaN(Date.parse(forced))) {
      throw new Error(`ICP_GUARD_TODAY must be a date as YYYY-MM-DD, got ${quote(forced)}`);
    }
    return forced;
  }
  return now().toISOString().slice(0, 10);
}

const WHOLE_NUMBER = /^\d{1,9}$/;

/**
 * How far after today a registry exemption may expire: ICP_GUARD_MAX_EXEMPTION_DAYS, else
 * DEFAULT_MAX_EXEMPTION_DAYS. The registry is checked against it at start (an exemption beyond it
 * stops the pack), and each policy's maxExemptionDays setting may only lower it (docs/registry.md).
 */
export function maxExemptionDaysFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.ICP_GUARD_MAX_EXEMPTION_DAYS?.trim();
  if (!raw) return DEFAULT_MAX_EXEMPTION_DAYS;
  const days = WHOLE_NUMBER.test(raw) ? Number(raw) : Number.NaN;
  if (!(days >= 1 && days <= MAX_EXEMPTION_DAYS_CEILING)) {
    throw new Error(
      `ICP_GUARD_MAX_EXEMPTION_DAYS must be a whole number of days from 1 to ${MAX_EXEMPTION_DAYS_CEILING}, got ${quote(raw)}: set it so, or unset it for ${DEFAULT_MAX_EXEMPTION_DAYS}`,
    );
  }
  return days;
}

export function environmentFrom(env: NodeJS.ProcessEnv): PackEnvironment {
  return {
    stack: {
      // Empty when the engine does not say (`pulumi policy analyze` sends no ConfigureStack, so
      // the pack gets no PULUMI_NODEJS_* at all): learnStack fills project and stack from the
      // first URN, and an unknown organisation matches any (registry stackMatches).
      organization: env.PULUMI_NODEJS_ORGANIZATION ?? "",
      project: env.PULUMI_NODEJS_PROJECT ?? "",
      stack: env.PULUMI_NODEJS_STACK ?? "",
    },
    packRegion: packRegionFromEnv(env),
    lang: langFromEnv(env),
    today: todayFromEnv(env),
    maxExemptionDays: maxExemptionDaysFromEnv(env),
  };
}

/**
 * Where icp-registry.yaml is looked for when ICP_GUARD_REGISTRY is unset: beside
 * PulumiPolicy.yaml; else, when the pack is installed as a package (`<project>/node_modules/
 * alicloud-icp-guard`, run as `pulumi preview --policy-pack node_modules/alicloud-icp-guard`), in
 * the project that installed it: the folder holding that node_modules, where `icp-guard init`
 * writes it. The engine runs a pack in its own folder and tells it nothing of the program's.
 */
export function registryDir(packDir: string): string {
  if (existsSync(path.join(packDir, REGISTRY_FILE))) return packDir;
  const parts = path.resolve(packDir).split(path.sep);
  const nodeModules = parts.indexOf("node_modules");
  return nodeModules > 0 ? parts.slice(0, nodeModules).join(path.sep) || path.sep : packDir;
}

/**
 * Fills the stack identity from a resource URN (`urn:pulumi:<stack>::<project>::…`) when the
 * environment named none, so the anchor-server policies still know which registry servers are
 * this stack's. Called with the first URN of every request; a no-op once the stack is known.
 */
export function learnStack(runtime: PackRuntime, urn: string): void {
  const s = runtime.env.stack;
  if (s.stack !== "" && s.project !== "") return;
  const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn);
  if (!m) return;
  runtime.env.stack = {
    organization: s.organization,
    stack: s.stack || m[1],
    project: s.project || m[2],
  };
}

export function createRuntime(env: NodeJS.ProcessEnv, packDir: string): PackRuntime {
  const environment = environmentFrom(env);
  const { today, maxExemptionDays } = environment;
  return {
    registry: loadRegistry(env, registryDir(packDir), { today, maxExemptionDays }),
    env: environment,
    audit: auditSinkFromEnv(env),
    previewInputs: new PreviewInputs(),
  };
}
