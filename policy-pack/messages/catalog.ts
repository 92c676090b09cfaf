/**
 * The shared catalog: every sentence several policies say, in English and Simplified Chinese
 * (ICP_GUARD_LANG=zh-CN; the people who fix ICP violations often read Chinese first). A policy's
 * own sentences are in its folder's messages.ts. The SDK adapter resolves the catalog of the
 * message language once and hands it to every evaluation as `ctx.t`.
 */
import type { Lang, Localized } from "../model/context";
import * as core from "./core";
import * as servers from "./servers";

export type Catalog = core.CoreSentences & servers.ServerSentences;

const CATALOGS: Localized<Catalog> = {
  en: { ...core.en, ...servers.en },
  "zh-CN": { ...core.zh, ...servers.zh },
};

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/**
 * ICP_GUARD_LANG as a locale: `zh`, `zh-CN`, `zh_CN`, `zh-Hans`, `zh_CN.UTF-8` (any encoding or
 * `@modifier` suffix) all mean Chinese; Simplified is the only Chinese there is, so any `zh-*`
 * variant gets it. Anything else is English.
 */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const v = (env.ICP_GUARD_LANG ?? "")
    .trim()
    .replace(/[.@].*$/, "")
    .replace(/_/g, "-")
    .toLowerCase();
  return v === "zh" || v.startsWith("zh-") ? "zh-CN" : "en";
}
