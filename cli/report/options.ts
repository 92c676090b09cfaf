/** How a report is rendered (the formats that take options import this, not the report index). */
import type { CliLang } from "../i18n";

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
