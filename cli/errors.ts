/**
 * Errors that end a command with exit code 2 (usage, input, configuration or pack failures), as
 * opposed to policy violations, which are results.
 */
import { cliText } from "./i18n";

/**
 * A failure the user must fix. Each line is printed as an error of its own, except indented
 * lines, which are details of the line above.
 */
export class CliError extends Error {
  readonly lines: readonly string[];
  constructor(message: string | readonly string[]) {
    const lines = typeof message === "string" ? [message] : message;
    super(lines.join("\n"));
    this.name = "CliError";
    this.lines = lines;
  }
}

/** A wrong command line: printed with a hint to `icp-guard help`. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A pack run stopped because another pack of the same scan failed first (that failure is reported). */
export class PackStopped extends CliError {
  constructor(pack: string) {
    super(`policy pack ${pack}: stopped`);
    this.name = "PackStopped";
  }
}

let debug = false;

/** `--debug`: stack traces (icp-guard's own and the packs') are shown; otherwise never. */
export function setDebug(on: boolean): void {
  debug = on;
}

export function isDebug(): boolean {
  return debug;
}

/**
 * What icp-guard prints for an error that ends a command (exit 2): a CliError's lines (indented
 * lines are details of the line above), a usage error with the hint to `icp-guard help`, and
 * anything else (a bug, or the environment failing) as one line, the stack trace only with --debug.
 */
export function errorReport(e: unknown): string {
  const t = cliText();
  if (e instanceof UsageError) return `icp-guard: ${e.message}\n${t.usageHint}\n`;
  if (e instanceof CliError) {
    return `${e.lines.map((l) => (/^\s/.test(l) ? l : `icp-guard: ${t.errorPrefix}: ${l}`)).join("\n")}\n`;
  }
  if (debug)
    return `icp-guard: ${t.errorPrefix}: ${e instanceof Error && e.stack ? e.stack : errorMessage(e)}\n`;
  const message = errorMessage(e).split("\n")[0];
  return `icp-guard: ${t.errorPrefix}: ${message} (${t.unexpectedError})\n`;
}

/** A stack frame line of a Node.js stack trace (`    at f (file.js:1:2)`). */
const FRAME = /^\s+at\s.+/;

/**
 * A pack's stderr as the user sees it: without the stack frames of its traces unless --debug
 * (the error line above them says what failed).
 */
export function withoutStackFrames(text: string): string {
  if (debug) return text;
  return text
    .split("\n")
    .filter((l) => !FRAME.test(l))
    .join("\n");
}
