/**
 * The pack process's view of the world, built once at start: the registry (a registry that does
 * not load stops the pack, never a silent pass), the stack being checked, the region the stack
 * config or environment names, the message language, and "today" (ICP_GUARD_TODAY overrides it,
 * so exemption expiry is testable and reproducible).
 */
import { langFromEnv } from "../messages/catalog";
import type { PackEnvironment, PackRegion } from "../model/context";
import { loadRegistry, type Registry } from "../model/registry";
import { type AuditSink, auditSinkFromEnv } from "./audit";

export interface PackRuntime {
  registry: Registry;
  env: PackEnvironment;
  /** Where to record not-applicable results and exemptions for icp-guard (audit.ts); none under the engine. */
  audit?: AuditSink;
}

export function packRegionFromEnv(env: NodeJS.ProcessEnv): PackRegion | undefined {
  const config = env.PULUMI_CONFIG;
  if (config) {
    try {
      const parsed: unknown = JSON.parse(config);
      if (parsed && typeof parsed === "object") {
        const region = (parsed as Record<string, unknown>)["alicloud:region"];
        if (typeof region === "string" && region.trim() !== "") {
          return { region: region.trim(), source: "stack-config" };
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
      throw new Error(`ICP_GUARD_TODAY must be a date as YYYY-MM-DD, got "${forced}"`);
    }
    return forced;
  }
  return now().toISOString().slice(0, 10);
}

export function environmentFrom(env: NodeJS.ProcessEnv): PackEnvironment {
  return {
    stack: {
      organization: env.PULUMI_NODEJS_ORGANIZATION ?? "organization",
      project: env.PULUMI_NODEJS_PROJECT ?? "",
      stack: env.PULUMI_NODEJS_STACK ?? "",
    },
    packRegion: packRegionFromEnv(env),
    lang: langFromEnv(env),
    today: todayFromEnv(env),
  };
}

export function createRuntime(env: NodeJS.ProcessEnv, packDir: string): PackRuntime {
  return {
    registry: loadRegistry(env, packDir),
    env: environmentFrom(env),
    audit: auditSinkFromEnv(env),
  };
}
