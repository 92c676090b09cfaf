/**
 * Errors that end a command with exit code 2 (usage, input, configuration or pack failures), as
 * opposed to policy violations, which are results.
 */

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
