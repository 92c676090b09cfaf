/**
 * `icp-guard preview`: an offline `pulumi preview --policy-pack`. Each program runs under a
 * capturing mock monitor (no CLI, no provider plugin, no credentials, no network), and what it
 * registered is checked by the packs exactly as `scan` checks a preview.
 */
import { alicloudStackConfig } from "../alicloud";
import { UsageError } from "../errors";
import { parseConfigOverrides } from "../program/project";
import { type ProgramRun, runProgram } from "../program/run-program";
import { analyzeStates } from "../scan";
import type { Command } from "./command";
import {
  checkRegistryOption,
  finishReport,
  formatOption,
  PACK_OPTIONS,
  packStderrReporter,
  parse,
  warn,
} from "./common";

const USAGE = `Usage: icp-guard preview PROGRAM_DIR... [options]

Previews Pulumi programs offline and runs policy packs over what they would register, as
\`pulumi preview --policy-pack\` does on a first preview: ids and computed addresses unknown,
resources linked through the values they were computed from. Reads Pulumi.yaml and
Pulumi.<stack>.yaml (region and other config); data sources return empty results.
Needs no Pulumi CLI, provider plugin, credentials or network.

Options:
  --stack NAME               the stack whose Pulumi.<NAME>.yaml to read (default: the only one)
  --config KEY=VALUE         set a config value, e.g. alicloud:region=cn-shanghai (repeatable)
  --policy-pack DIR          a Node.js policy pack (repeatable; default: icp-guard's own pack)
  --policy-pack-config FILE  config for the --policy-pack at the same position (repeatable)
  --registry FILE            ICP registry, handed to the packs as ICP_GUARD_REGISTRY
  --format FORMAT            text (default), json, sarif, junit or markdown
  --output FILE              write the report to FILE instead of stdout
  --quiet                    print only the violations and the summary

Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 usage error, a program that
fails (syntax error, exception, missing stack config), or a pack error.
`;

export const previewCommand: Command = {
  summary: "preview Pulumi programs offline and run policy packs over them",
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parse(args, {
      ...PACK_OPTIONS,
      stack: { type: "string" },
      config: { type: "string", multiple: true },
    });
    if (positionals.length === 0) throw new UsageError("preview needs at least one PROGRAM_DIR");
    const format = formatOption(values.format);
    const quiet = values.quiet === true;
    checkRegistryOption(values.registry);
    const config = parseConfigOverrides(values.config ?? []);

    // One program at a time: each is a Node process of its own, and a failure names its folder.
    const runs: ProgramRun[] = [];
    for (const dir of positionals) {
      const run = await runProgram(dir, { stack: values.stack, config });
      if (!quiet) {
        for (const w of run.warnings) warn(`${dir}: ${w}`);
        process.stderr.write(
          `icp-guard: ${dir}: previewed ${run.project}/${run.stack} offline, ${run.states.length} resources\n`,
        );
      }
      runs.push(run);
    }
    const single = runs.length === 1 ? runs[0] : undefined;
    const result = await analyzeStates(
      runs.flatMap((r) => r.states),
      {
        policyPacks: values["policy-pack"] ?? [],
        policyPackConfigs: values["policy-pack-config"] ?? [],
        registry: values.registry,
        // With several programs, each is its own stack, told apart by the URNs.
        stack: single && {
          organization: single.organization,
          project: single.project,
          stack: single.stack,
        },
        dryRun: true,
        onWarning: quiet ? undefined : warn,
        stackConfig: alicloudStackConfig,
        onPackStderr: packStderrReporter(quiet),
      },
    );
    return finishReport(result, format, values.output, quiet);
  },
};
