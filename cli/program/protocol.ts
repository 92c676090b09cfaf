/**
 * What the parent tells the child process that runs a program, and what the child writes back
 * (as JSON, to a file: the program owns stdout and stderr).
 */

/** Environment variable holding the JSON `ChildJob`. */
export const JOB_ENV = "ICP_GUARD_PROGRAM_JOB";

export interface ChildJob {
  /** Absolute program directory; the child's cwd. */
  programDir: string;
  /** What to `require`: Pulumi.yaml's `main`, else the program directory. */
  entry: string;
  project: string;
  stack: string;
  organization: string;
  /** Where the child writes its `ChildResult`. */
  resultFile: string;
}

/** One `RegisterResource` or `ReadResource` request, as the resource monitor received it. */
export interface Registration {
  op: "register" | "read";
  urn: string;
  type: string;
  name: string;
  custom: boolean;
  /** Parent URN, "" for none. */
  parent: string;
  /** `<provider urn>::<provider id>`, "" when the engine must pick a default provider. */
  provider: string;
  /** The package version the SDK asked for (or the installed package's, when it sent none). */
  version: string;
  pluginDownloadUrl: string;
  remote: boolean;
  protect: boolean;
  /** The id a `ReadResource` (`Resource.get`) or an `import` named. */
  id: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  /** Wire form: unknowns as the sentinel string, secrets as `{<sig>: <secret sig>, value}`. */
  inputs: Record<string, unknown>;
}

export interface ChildSuccess {
  ok: true;
  registrations: Registration[];
  /** `RegisterResourceOutputs` by URN (component and stack outputs), wire form. */
  outputs: Record<string, Record<string, unknown>>;
  /** Tokens of the data-source calls the program made (answered with `{}`). */
  invokes: string[];
}

export interface ChildFailure {
  ok: false;
  /**
   * `threw`: an exception or rejection; `unfinished`: the event loop emptied before the program's
   * promise settled; `logged`: it called `pulumi.log.error` (which fails a real preview).
   */
  kind: "setup" | "syntax" | "threw" | "unfinished" | "logged";
  error: { name: string; message: string; stack: string };
  invokes: string[];
}

export type ChildResult = ChildSuccess | ChildFailure;
