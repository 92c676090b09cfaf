/** Argument parsing and output shared by the subcommands. */
import * as fs from "node:fs";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError, errorMessage, UsageError } from "../errors";
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from "../report";

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // node's messages end with advice about "--" that does not apply here.
    throw new UsageError(errorMessage(e).replace(/\. To specify a positional argument.*$/s, ""));
  }
}

export function formatOption(value: string | undefined): ReportFormat {
  const format = value ?? "text";
  if (!isReportFormat(format)) {
    throw new UsageError(`unknown --format "${format}" (one of ${REPORT_FORMATS.join(", ")})`);
  }
  return format;
}

/** Colour only for the terminal: stdout is a TTY, NO_COLOR is unset, and no --output file. */
export function useColor(output: string | undefined): boolean {
  return output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
}

export function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === "") resolve();
    else stream.write(text, () => resolve());
  });
}

export async function emitReport(report: string, output: string | undefined): Promise<void> {
  if (output === undefined) {
    await write(process.stdout, report);
    return;
  }
  try {
    fs.writeFileSync(output, report);
  } catch (e) {
    throw new CliError(`cannot write ${output}: ${errorMessage(e)}`);
  }
}

export function warn(message: string): void {
  process.stderr.write(`icp-guard: warning: ${message}\n`);
}
