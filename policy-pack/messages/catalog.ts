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

export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const v = (env.ICP_GUARD_LANG ?? "").toLowerCase();
  return v === "zh-cn" || v === "zh" || v === "zh-hans" ? "zh-CN" : "en";
}
