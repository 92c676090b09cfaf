/**
 * Everything a policy needs besides the resource: the registry, the pack's environment (stack
 * identity, configured region, language, today's date), the policy's own settings, and the
 * sentences it speaks in the message language. Built by the SDK adapter for each evaluation
 * (framework/eval-context.ts); tests build one with the same helper.
 */
import type { Catalog } from "../messages/catalog";
import type { Registry } from "./registry";
import type { StackIdentity } from "./resource";
import type { PolicySettings } from "./settings";

export type Lang = "en" | "zh-CN";

/** One value per message language: a catalog, a policy's sentences, a product's name. */
export type Localized<M> = { readonly [L in Lang]: M };

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
  /**
   * How far after today the registry let an exemption expire when it loaded
   * (ICP_GUARD_MAX_EXEMPTION_DAYS; DEFAULT_MAX_EXEMPTION_DAYS when absent). A policy's
   * maxExemptionDays setting is capped by it.
   */
  maxExemptionDays?: number;
}

/** `M`: the policy's own sentences (its messages.ts); shared code reads only `t`. */
export interface EvalContext<M = unknown> {
  registry: Registry;
  env: PackEnvironment;
  settings: PolicySettings;
  /** The sentences several policies share, in the message language. */
  t: Catalog;
  /** This policy's own sentences, in the message language. */
  msg: M;
}
