/** How a report is rendered (the formats that take options import this, not the report index). */
export interface RenderOptions {
  /** ANSI colours (text only): the CLI sets it when stdout is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** Text only: the violations and the summary line, nothing else. */
  quiet?: boolean;
  /** Version of the tool, for SARIF's driver. */
  toolVersion?: string;
  /** Base for the relative file paths in SARIF (default: the working directory). */
  baseDir?: string;
}
