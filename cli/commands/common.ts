/** Argument parsing and output shared by the subcommands. */
import * as fs from "node:fs";
import * as path from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { StackIdentity } from "../engine/target";
import { CliError, errorMessage, UsageError, withoutStackFrames } from "../errors";
import { cliText } from "../i18n";
import { packageVersion } from "../paths";
import { isReportFormat, REPORT_FORMATS, type ReportFormat, renderReport } from "../report";
import { countByLevel, exitCodeFor, type PackSummary, type ScanResult } from "../result";

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
    throw new UsageError(cliText().unknownFormat(format, REPORT_FORMATS));
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
    throw new CliError(cliText().outputNotWritable(output, errorMessage(e)));
  }
}

/**
 * Fails at once when the report could not be written to `--output`, rather than after the whole
 * run: its folder must exist and be writable, and the file, if it exists, must be a writable file.
 */
export function checkOutputOption(output: string | undefined): void {
  if (output === undefined) return;
  const t = cliText();
  const file = path.resolve(output);
  const dir = path.dirname(file);
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch {
    throw new CliError(t.outputDirMissing(output, dir));
  }
  if (!dirStat.isDirectory()) throw new CliError(t.outputDirMissing(output, dir));
  let exists = true;
  try {
    if (fs.statSync(file).isDirectory()) throw new CliError(t.outputIsDirectory(output));
  } catch (e) {
    if (e instanceof CliError) throw e;
    exists = false;
  }
  try {
    fs.accessSync(exists ? file : dir, fs.constants.W_OK);
  } catch (e) {
    throw new CliError(t.outputNotWritable(output, errorMessage(e)));
  }
}

export function warn(message: string): void {
  process.stderr.write(`icp-guard: ${cliText().warningPrefix}: ${message}\n`);
}

/** The options every command that runs packs shares (scan, preview). */
export const PACK_OPTIONS = {
  "policy-pack": { type: "string", multiple: true },
  "policy-pack-config": { type: "string", multiple: true },
  registry: { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  quiet: { type: "boolean" },
  "show-skipped": { type: "boolean" },
} as const;

/** Forwards what a pack wrote to stderr, indented under a line naming the pack and stack. */
export function packStderrReporter(
  quiet: boolean,
): ((pack: PackSummary, id: StackIdentity, text: string) => void) | undefined {
  if (quiet) return undefined;
  return (pack, id, text) => {
    const lines = withoutStackFrames(text)
      .trimEnd()
      .split("\n")
      .map((l) => `    ${l}`);
    process.stderr.write(
      `icp-guard: ${cliText().packWroteStderr(pack.name, id.stack)}\n${lines.join("\n")}\n`,
    );
  };
}

/** Renders and writes the report, says where it went, and returns the exit code. */
export interface ReportChoice {
  format: ReportFormat;
  output: string | undefined;
  quiet: boolean;
  showSkipped: boolean;
}

/** The report options every command shares, checked before any work starts. */
export function reportChoice(values: {
  format?: string;
  output?: string;
  quiet?: boolean;
  "show-skipped"?: boolean;
}): ReportChoice {
  const format = formatOption(values.format);
  checkOutputOption(values.output);
  return {
    format,
    output: values.output,
    quiet: values.quiet === true,
    showSkipped: values["show-skipped"] === true,
  };
}

export async function finishReport(result: ScanResult, choice: ReportChoice): Promise<number> {
  const { format, output, quiet } = choice;
  const report = renderReport(result, format, {
    color: useColor(output),
    quiet,
    showSkipped: choice.showSkipped,
    toolVersion: packageVersion(),
  });
  await emitReport(report, output);
  if (output !== undefined && !quiet) {
    const { mandatory, advisory } = countByLevel(result.violations);
    const line = cliText().reportWritten({
      mandatory,
      advisory,
      resources: result.resources.length,
      format,
      output,
    });
    await write(process.stderr, `icp-guard: ${line}\n`);
  }
  return exitCodeFor(result);
}
