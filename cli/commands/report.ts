/** `icp-guard report`: convert the policy events of a real `pulumi preview --event-log` file. */
import { UsageError } from "../errors";
import { cliText } from "../i18n";
import { packageVersion } from "../paths";
import { renderReport } from "../report";
import { resultFromEventLog } from "../report/event-log";
import { exitCodeFor } from "../result";
import type { Command } from "./command";
import { emitReport, parse, reportChoice, useColor } from "./common";

const t = cliText();

export const reportCommand: Command = {
  summary: t.commandSummary.report,
  usage: t.usage.report,
  async run(args) {
    const { values, positionals } = parse(args, {
      format: { type: "string" },
      output: { type: "string" },
      quiet: { type: "boolean" },
      "show-skipped": { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError(t.needsEventLog);
    const choice = reportChoice(values);
    const result = resultFromEventLog(positionals[0]);
    const report = renderReport(result, choice.format, {
      color: useColor(choice.output),
      quiet: choice.quiet,
      showSkipped: choice.showSkipped,
      toolVersion: packageVersion(),
    });
    await emitReport(report, choice.output);
    return exitCodeFor(result);
  },
};
