import { CliError } from "../errors";

/**
 * Why an offline preview could not produce resources:
 * - `project`: Pulumi.yaml, the stack's config file or a `--config` override is missing or wrong;
 * - `setup`: the program's dependencies (`@pulumi/pulumi`, `typescript`) cannot be loaded;
 * - `syntax`: the program does not parse;
 * - `types`: the program has type errors (TypeScript, checked as the Pulumi CLI does);
 * - `threw`: the program threw (or rejected, or logged an error through `pulumi.log.error`);
 * - `exited`: the program's process ended without finishing (`process.exit`, a crash);
 * - `timeout`: it did not finish in time.
 */
export type ProgramErrorKind =
  | "project"
  | "setup"
  | "syntax"
  | "types"
  | "threw"
  | "exited"
  | "timeout";

/** A program that cannot be previewed; a `CliError`, so the CLI exits 2. */
export class ProgramError extends CliError {
  readonly kind: ProgramErrorKind;
  /** The program's own error stack, when it threw. */
  readonly programStack: string | undefined;
  /** What the program printed (stdout and stderr), possibly truncated. */
  readonly output: string;

  constructor(
    kind: ProgramErrorKind,
    lines: string | readonly string[],
    details: { programStack?: string; output?: string } = {},
  ) {
    super(lines);
    this.name = "ProgramError";
    this.kind = kind;
    this.programStack = details.programStack;
    this.output = details.output ?? "";
  }
}
