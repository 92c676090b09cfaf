/** `icp-guard scan`: run policy packs over stack exports, previews, event logs or state arrays. */
import { alicloudStackConfig } from "../alicloud";
import type { StackIdentity } from "../engine/target";
import { UsageError } from "../errors";
import { cliText } from "../i18n";
import { describeKind, loadInputFile } from "../inputs";
import { chooseRegistry } from "../registry-discovery";
import { scanInputs } from "../scan";
import type { Command } from "./command";
import {
  finishReport,
  PACK_OPTIONS,
  packStderrReporter,
  parse,
  reportChoice,
  warn,
} from "./common";

const t = cliText();

function parseStack(value: string | undefined): StackIdentity | undefined {
  if (value === undefined) return undefined;
  const parts = value.split("/");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) {
    throw new UsageError(t.stackOption(value));
  }
  const [organization, project, stack] = parts;
  return { organization, project, stack };
}

export const scanCommand: Command = {
  summary: t.commandSummary.scan,
  usage: t.usage.scan,
  async run(args) {
    const { values, positionals } = parse(args, { ...PACK_OPTIONS, stack: { type: "string" } });
    if (positionals.length === 0) throw new UsageError(t.needsInputs);
    const report = reportChoice(values);
    const stack = parseStack(values.stack);
    const registry = chooseRegistry({ option: values.registry });

    const inputs = positionals.map(loadInputFile);
    if (!report.quiet) {
      for (const i of inputs) {
        process.stderr.write(
          `icp-guard: ${t.inputRead(i.file, describeKind(i.kind), i.resources.length)}\n`,
        );
        if (i.secretsRedacted) warn(t.warnSecretsRedacted(i.file, i.secretsRedacted));
      }
    }
    const result = await scanInputs(inputs, {
      policyPacks: values["policy-pack"] ?? [],
      policyPackConfigs: values["policy-pack-config"] ?? [],
      registry,
      stack,
      onWarning: report.quiet ? undefined : warn,
      stackConfig: alicloudStackConfig,
      onPackStderr: packStderrReporter(report.quiet),
    });
    return finishReport(result, report);
  },
};
