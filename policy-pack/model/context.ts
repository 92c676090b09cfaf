/**
 * Everything a policy needs besides the resource: the registry, the pack's environment (stack
 * identity, configured region, language, today's date) and the policy's own settings. Built once
 * at pack start from the process environment; tests build it directly.
 */

import type { Registry } from "./registry";
import type { StackIdentity } from "./resource";

export type Lang = "en" | "zh-CN";

/** Where the pack process found a region when a resource and its provider name none. */
export interface PackRegion {
  region: string;
  source: "stack-config" | "ALICLOUD_REGION" | "ALIBABA_CLOUD_REGION";
  /** A secret stack config value (PULUMI_CONFIG_SECRET_KEYS): used, never shown. */
  secret?: boolean;
}

export interface PackEnvironment {
  stack: StackIdentity;
  packRegion?: PackRegion;
  lang: Lang;
  /** Today as YYYY-MM-DD (UTC): the only clock the policies read, for exemption expiry. */
  today: string;
}

/** Knobs a policy may have (each policy's configSchema lists the ones it reads). */
export interface PolicySettings {
  unknownRegion: "mainland" | "skip";
  unknownValues: "fail" | "skip";
  webPorts: readonly number[];
  codesPerServer: number;
}

export const DEFAULT_SETTINGS: PolicySettings = {
  unknownRegion: "mainland",
  unknownValues: "fail",
  webPorts: [80, 443],
  codesPerServer: 5,
};

export interface EvalContext {
  registry: Registry;
  env: PackEnvironment;
  settings: PolicySettings;
}
