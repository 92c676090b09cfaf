/** `icp-guard scan`: run policy packs over stack exports, previews, event logs or state arrays. */
import { alicloudStackConfig } from "../alicloud";
import { UsageError } from "../errors";
import { describeKind, loadInputFile } from "../inputs";
import { type StackIdentity, scanInputs } from "../scan";
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

const USAGE = `Usage: icp-guard scan FILE... [options]

Runs policy packs over resource states, as the Pulumi engine runs them during a preview.
Each FILE is detected by its content: a \`pulumi stack export\`, a \`pulumi preview --json\`
document, a \`pulumi preview --event-log\` file, or a JSON array of resource states.

Options:
  --policy-pack DIR          a Node.js policy pack (repeatable; default: icp-guard's own pack)
  --policy-pack-config FILE  config for the --policy-pack at the same position (repeatable)
  --registry FILE            ICP registry, handed to the packs as ICP_GUARD_REGISTRY
  --stack ORG/PROJECT/STACK  stack identity (default: read from the URNs)
  --format FORMAT            text (default), json, sarif, junit or markdown
  --output FILE              write the report to FILE instead of stdout
  --quiet                    print only the violations and the summary
  --debug                    show the stack trace of an unexpected error

Each FILE must be a regular file of at most 500 MiB (ICP_GUARD_MAX_INPUT_BYTES) in UTF-8
(a byte-order mark is fine; UTF-16 is refused), whose property values nest at most 100 lists
and objects deep. A file that is not, or whose states have fields of the wrong type, ends the
command with one line naming the file, the resource and the field.

Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 usage, input or pack error.
Environment: ICP_GUARD_PACK_TIMEOUT_MS, the time a pack may take to start and to answer
each call (default 120000).
`;

function parseStack(value: string | undefined): StackIdentity | undefined {
  if (value === undefined) return undefined;
  const parts = value.split("/");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) {
    throw new UsageError(`--stack must be ORG/PROJECT/STACK, got "${value}"`);
  }
  const [organization, project, stack] = parts;
  return { organization, project, stack };
}

export const scanCommand: Command = {
  summary: "run policy packs over stack exports, previews, event logs or state arrays",
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parse(args, { ...PACK_OPTIONS, stack: { type: "string" } });
    if (positionals.length === 0) throw new UsageError("scan needs at least one input FILE");
    const format = formatOption(values.format);
    const stack = parseStack(values.stack);
    const quiet = values.quiet === true;
    checkRegistryOption(values.registry);

    const inputs = positionals.map(loadInputFile);
    if (!quiet) {
      for (const i of inputs) {
        process.stderr.write(
          `icp-guard: ${i.file}: ${describeKind(i.kind)}, ${i.resources.length} resources\n`,
        );
      }
    }
    const result = await scanInputs(inputs, {
      policyPacks: values["policy-pack"] ?? [],
      policyPackConfigs: values["policy-pack-config"] ?? [],
      registry: values.registry,
      stack,
      onWarning: quiet ? undefined : warn,
      stackConfig: alicloudStackConfig,
      onPackStderr: packStderrReporter(quiet),
    });
    return finishReport(result, format, values.output, quiet);
  },
};
