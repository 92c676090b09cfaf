/** `icp-guard report`: convert the policy events of a real `pulumi preview --event-log` file. */
import { UsageError } from "../errors";
import { packageVersion } from "../paths";
import { renderReport } from "../report";
import { resultFromEventLog } from "../report/event-log";
import { exitCodeFor } from "../result";
import type { Command } from "./command";
import { emitReport, formatOption, parse, useColor } from "./common";

const USAGE = `Usage: icp-guard report EVENT_LOG [options]

Converts the policy violations that \`pulumi preview --event-log EVENT_LOG\` recorded into a
report; no policy pack runs.

Options:
  --format FORMAT   text (default), json, sarif, junit or markdown
  --output FILE     write the report to FILE instead of stdout
  --quiet           print only the violations and the summary

Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 usage or input error.
`;

export const reportCommand: Command = {
  summary: "turn the policy events of a pulumi preview --event-log file into a report",
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parse(args, {
      format: { type: "string" },
      output: { type: "string" },
      quiet: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError("report needs exactly one EVENT_LOG file");
    const format = formatOption(values.format);
    const result = resultFromEventLog(positionals[0]);
    const report = renderReport(result, format, {
      color: useColor(values.output),
      quiet: values.quiet === true,
      toolVersion: packageVersion(),
    });
    await emitReport(report, values.output);
    return exitCodeFor(result);
  },
};
