/** Argument parsing and output shared by the subcommands. */
import * as fs from "node:fs";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError, errorMessage, UsageError, withoutStackFrames } from "../errors";
import { packageVersion } from "../paths";
import { isReportFormat, REPORT_FORMATS, type ReportFormat, renderReport } from "../report";
import { countByLevel, exitCodeFor, type PackSummary, type ScanResult } from "../result";
import type { StackIdentity } from "../scan";

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

/** The options every command that runs packs shares (scan, preview). */
export const PACK_OPTIONS = {
  "policy-pack": { type: "string", multiple: true },
  "policy-pack-config": { type: "string", multiple: true },
  registry: { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  quiet: { type: "boolean" },
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
      `icp-guard: policy pack ${pack.name} (stack ${id.stack}) wrote to stderr:\n${lines.join("\n")}\n`,
    );
  };
}

/** Renders and writes the report, says where it went, and returns the exit code. */
export async function finishReport(
  result: ScanResult,
  format: ReportFormat,
  output: string | undefined,
  quiet: boolean,
): Promise<number> {
  const report = renderReport(result, format, {
    color: useColor(output),
    quiet,
    toolVersion: packageVersion(),
  });
  await emitReport(report, output);
  if (output !== undefined && !quiet) {
    const { mandatory, advisory } = countByLevel(result.violations);
    await write(
      process.stderr,
      `icp-guard: ${mandatory} mandatory, ${advisory} advisory violation(s) on ${result.resources.length} resources; ${format} report written to ${output}\n`,
    );
  }
  return exitCodeFor(result);
}

/** A registry named on the command line must exist: a missing one is not an empty registry. */
export function checkRegistryOption(registry: string | undefined): void {
  if (registry !== undefined && !fs.existsSync(registry)) {
    throw new CliError(`cannot read registry ${registry}: no such file`);
  }
}
