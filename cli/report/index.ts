/** Every output format, rendered from one ScanResult. */
import type { ScanResult } from "../result";
import { renderJson } from "./json";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import type { RenderOptions } from "./options";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type { RenderOptions } from "./options";

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
