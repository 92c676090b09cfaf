/**
 * Every sentence `icp-guard` itself prints (help, errors, summaries, report headings), in English
 * and Simplified Chinese, chosen by ICP_GUARD_LANG as the pack chooses its messages (`zh`,
 * `zh_CN.UTF-8`, … all mean Chinese). Each part (command line, usage, report, preview, packs, secrets)
 * writes both catalogs against one interface, so a sentence cannot exist in one language only;
 * this file assembles the parts (a key in two parts does not compile). Policy messages come from
 * the packs, in the pack's language.
 *
 * Registry errors are worded by the pack (policy-pack/model/registry): icp-guard shows them as the
 * pack wrote them, under a heading of its own (`registryStoppedPack`).
 */
import { langFromEnv } from "../../policy-pack/messages/catalog";
import { assemble } from "../../policy-pack/model/assemble";
import type { Lang } from "../../policy-pack/model/context";
import * as commandLine from "./command-line";
import * as packs from "./packs";
import * as preview from "./preview";
import * as report from "./report";
import * as secrets from "./secrets";

export type CliLang = Lang;

export function cliLang(env: NodeJS.ProcessEnv = process.env): CliLang {
  return langFromEnv(env);
}

export type CliText = commandLine.CommandLineText &
  report.ReportText &
  preview.PreviewText &
  packs.PackText &
  secrets.SecretsText;

const en: CliText = assemble(commandLine.en, report.en, preview.en, packs.en, secrets.en);
const zh: CliText = assemble(commandLine.zh, report.zh, preview.zh, packs.zh, secrets.zh);

export function cliText(lang: CliLang = cliLang()): CliText {
  return lang === "zh-CN" ? zh : en;
}
