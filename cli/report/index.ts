/** Every output format, rendered from one ScanResult. */
import type { CliLang } from "../i18n";
import type { ScanResult } from "../result";
import { renderJson } from "./json";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** ANSI colours (text only): the CLI sets it when stdout is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** Text only: the violations and the summary line, nothing else. */
  quiet?: boolean;
  /** Version of the tool, for SARIF's driver. */
  toolVersion?: string;
  /** Base for the relative file paths in SARIF (default: the repository the working directory is in, else the working directory). */
  baseDir?: string;
  /** Text and markdown: list every not-applicable result, not only their count. */
  showSkipped?: boolean;
  /** Language of headings and summaries (default: ICP_GUARD_LANG). */
  lang?: CliLang;
}

export function isReportFormat(v: string): v is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(v);
}

export function renderReport(
  result: ScanResult,
  format: ReportFormat,
  opts: RenderOptions = {},
): string {
  switch (format) {
    case "text":
      return renderText(result, opts);
    case "json":
      return renderJson(result);
    case "sarif":
      return renderSarif(result, opts);
    case "junit":
      return renderJunit(result);
    case "markdown":
      return renderMarkdown(result, opts);
  }
}
