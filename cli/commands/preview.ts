/**
 * `icp-guard preview`: an offline `pulumi preview --policy-pack`. Each program is type-checked
 * (TypeScript) and runs under a capturing mock monitor (no CLI, no provider plugin, no
 * credentials, no network; data sources answered offline), and what it registered is checked by
 * the packs exactly as `scan` checks a preview, each resource located at the program line that
 * constructed it.
 */
import { alicloudStackConfig } from "../alicloud";
import { CliError, UsageError } from "../errors";
import { cliText } from "../i18n";
import type { SourcedState } from "../inputs";
import { loadMocks, MocksError, type MocksSpec } from "../program/data-sources/mocks";
import { parseConfigOverrides } from "../program/project";
import { type ProgramRun, runProgram } from "../program/run-program";
import { chooseRegistry } from "../registry-discovery";
import { analyzeStates } from "../scan";
import type { RegistryChoice } from "../scan/options";
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

function mocksOption(file: string | undefined): MocksSpec | undefined {
  if (file === undefined) return undefined;
  try {
    return loadMocks(file);
  } catch (e) {
    if (e instanceof MocksError) throw new CliError(t.mocksFile(e.file, e.problem));
    throw e;
  }
}

/** Each state with the program line that constructed it (line 1 of the entry file when none). */
function sourced(run: ProgramRun): SourcedState[] {
  return run.states.map((state) => {
    const loc = run.locations[state.urn];
    return loc
      ? { state, file: loc.file, line: loc.line, column: loc.column }
      : { state, file: run.entryFile, line: 1 };
  });
}

export const previewCommand: Command = {
  summary: t.commandSummary.preview,
  usage: t.usage.preview,
  async run(args) {
    const { values, positionals } = parse(args, {
      ...PACK_OPTIONS,
      stack: { type: "string" },
      config: { type: "string", multiple: true },
      mocks: { type: "string" },
    });
    if (positionals.length === 0) throw new UsageError(t.needsPrograms);
    const report = reportChoice(values);
    const quiet = report.quiet;
    // Every registry is found (and a missing named one refused) before any program runs.
    const registries = positionals.map((dir) =>
      chooseRegistry({ option: values.registry, programDir: dir }),
    );
    const config = parseConfigOverrides(values.config ?? []);
    const mocks = mocksOption(values.mocks);

    // One program at a time: each is a Node process of its own, and a failure names its folder.
    const runs: ProgramRun[] = [];
    const registryOf = new Map<string, RegistryChoice | undefined>();
    for (const [i, dir] of positionals.entries()) {
      const run = await runProgram(dir, { stack: values.stack, config, mocks });
      if (!quiet) {
        for (const w of run.warnings) warn(`${dir}: ${w}`);
        process.stderr.write(
          `icp-guard: ${t.previewed(dir, `${run.project}/${run.stack}`, run.states.length)}\n`,
        );
      }
      registryOf.set(`${run.project}/${run.stack}`, registries[i]);
      runs.push(run);
    }
    const single = runs.length === 1 ? runs[0] : undefined;
    const result = await analyzeStates(runs.flatMap(sourced), {
      policyPacks: values["policy-pack"] ?? [],
      policyPackConfigs: values["policy-pack-config"] ?? [],
      registry: (s) => registryOf.get(`${s.project}/${s.stack}`),
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
    });
    return finishReport(result, report);
  },
};
