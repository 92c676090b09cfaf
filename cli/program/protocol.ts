/**
 * What the parent tells the child process that runs a program, and what the child writes back
 * (as JSON, to a file: the program owns stdout and stderr).
 */
import type { InvokeAnswer } from "./data-sources";
import type { MocksSpec } from "./data-sources/mocks";

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
  /** The region data sources answer for when their provider names none (stack config, env). */
  region: string;
  /** `--mocks`: data-source results and StackReference outputs given by the user. */
  mocks?: MocksSpec;
}

/** Where in the program a resource was constructed (the first frame outside installed packages). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One data-source call and how it was answered. */
export interface InvokeRecord {
  token: string;
  answer: InvokeAnswer;
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
  /** The program line that constructed it; absent when no frame is the program's (the root stack). */
  location?: SourceLocation;
}

export interface ChildSuccess {
  ok: true;
  registrations: Registration[];
  /** `RegisterResourceOutputs` by URN (component and stack outputs), wire form. */
  outputs: Record<string, Record<string, unknown>>;
  /** The data-source calls the program made, in order. */
  invokes: InvokeRecord[];
  /** StackReference names read without a `--mocks` entry (their outputs were empty). */
  unmockedStackReferences: string[];
}

export interface ChildFailure {
  ok: false;
  /**
   * `threw`: an exception or rejection; `unfinished`: the event loop emptied before the program's
   * promise settled; `logged`: it called `pulumi.log.error` (which fails a real preview).
   */
  kind: "setup" | "syntax" | "threw" | "unfinished" | "logged";
  error: { name: string; message: string; stack: string };
  invokes: InvokeRecord[];
  unmockedStackReferences: string[];
}

export type ChildResult = ChildSuccess | ChildFailure;
