/**
 * Runs a Pulumi program offline, as a first `pulumi preview` would run it, and returns the resource
 * states the engine would then hold. The program runs in a child Node process (child.ts) with the
 * language host's environment (PULUMI_CONFIG, PULUMI_NODEJS_*); it needs no Pulumi CLI, no
 * provider plugin, no credentials, and its network access is blocked.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UNKNOWN } from "../../policy-pack/model/sentinels";
import { cliText } from "../i18n";
import { hasOutputText } from "../output-text";
import type { ResourceState } from "../state";
import type { MocksSpec } from "./data-sources/mocks";
import { checkEntryTypes, programEntry, resolveEntryFile } from "./entry";
import { failureError, unfinishedError } from "./failure";
import { locateChildScript, runChild } from "./launch";
import { ProgramError } from "./program-error";
import { loadProgramProject, type ProgramProject } from "./project";
import type {
  ChildJob,
  ChildSuccess,
  InvokeRecord,
  Registration,
  SourceLocation,
} from "./protocol";
import { buildStates } from "./states";

export interface RunProgramOptions {
  /** `NAME`, `org/NAME` or `org/project/NAME`; optional when the directory has one stack file. */
  stack?: string;
  /** `--config KEY=VALUE` overrides (see `parseConfigOverrides`). */
  config?: Record<string, string>;
  /** `--mocks`: data-source results and StackReference outputs. */
  mocks?: MocksSpec;
  /** Default 60 s. */
  timeoutMs?: number;
  /** PULUMI_NODEJS_TRANSPILE_ONLY and the region variables are read from here (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface ProgramRun {
  /** Absolute program directory. */
  dir: string;
  project: string;
  stack: string;
  organization: string;
  /** Stack config as the program saw it (`PULUMI_CONFIG`); secrets are the unknown sentinel. */
  config: Record<string, string>;
  secretKeys: string[];
  states: ResourceState[];
  /** Where each resource was constructed, by URN; a resource without a program frame has none. */
  locations: Record<string, SourceLocation>;
  /** The program's entry file: where stack-level findings point. */
  entryFile: string;
  /** The data-source calls and how each was answered. */
  invokes: InvokeRecord[];
  /** What an offline preview could not reproduce (secrets, ESC environments, data sources). */
  warnings: string[];
  /** The program's stdout and stderr. */
  output: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** The region data sources answer for when nothing names one. */
export const FALLBACK_REGION = "cn-hangzhou";

export async function runProgram(dir: string, opts: RunProgramOptions = {}): Promise<ProgramRun> {
  const env = opts.env ?? process.env;
  const project = loadProgramProject(dir, opts);
  const { entry, manifest } = programEntry(project);
  // An entry from a package manifest outside the project is legal but often a surprise.
  const note =
    manifest && !entry.startsWith(project.dir + path.sep)
      ? cliText().entryFromManifest(entry, manifest)
      : undefined;
  const entryFile = resolveEntryFile(entry);
  checkEntryTypes(project, entryFile, env);
  const { region, regionWarning } = dataSourceRegion(project, env);
  const childScript = locateChildScript();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "icp-guard-preview-"));
  try {
    const job: ChildJob = {
      programDir: project.dir,
      entry,
      project: project.name,
      stack: project.stack,
      organization: project.organization,
      resultFile: path.join(tmp, "result.json"),
      region,
      ...(opts.mocks ? { mocks: opts.mocks } : {}),
    };
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const { result, output, exit } = await runChild(childScript, job, project, timeoutMs);
    if (!result) throw withEntryNote(unfinishedError(project.dir, exit, output, timeoutMs), note);
    if (!result.ok) throw withEntryNote(failureError(project.dir, result, output), note);
    const states = buildStates({
      project: project.name,
      stack: project.stack,
      config: project.config,
      secretKeys: project.secretKeys,
      registrations: result.registrations,
      outputs: result.outputs,
    });
    return {
      dir: project.dir,
      project: project.name,
      stack: project.stack,
      organization: project.organization,
      config: project.config,
      secretKeys: project.secretKeys,
      states,
      locations: locationsOf(result.registrations),
      entryFile: entryFile ?? path.join(project.dir, "Pulumi.yaml"),
      invokes: result.invokes,
      warnings: runWarnings(project, result, regionWarning),
      output,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function withEntryNote(e: ProgramError, note: string | undefined): ProgramError {
  if (!note) return e;
  return new ProgramError(e.kind, [...e.lines, note], {
    programStack: e.programStack,
    output: e.output,
  });
}

/** What this run could not reproduce offline, after the project's own warnings. */
function runWarnings(
  project: ProgramProject,
  result: ChildSuccess,
  regionWarning: string | undefined,
): string[] {
  const t = cliText();
  const warnings = [...project.warnings];
  const answered = (answer: InvokeRecord["answer"]) => [
    ...new Set(result.invokes.filter((i) => i.answer === answer).map((i) => i.token)),
  ];
  if (result.invokes.length > 0 && regionWarning) warnings.push(regionWarning);
  if (answered("empty").length > 0) warnings.push(t.warnEmptyInvokes(answered("empty")));
  if (result.unmockedStackReferences.length > 0)
    warnings.push(t.warnUnmockedStackReferences(result.unmockedStackReferences));
  for (const reg of result.registrations) {
    if (reg.remote)
      warnings.push(`${reg.urn} is a remote component: its children are not known offline`);
    for (const field of outputTextFields(reg.inputs))
      warnings.push(t.templateOutputWarning(`${reg.type} "${reg.name}"`, field));
  }
  return warnings;
}

function locationsOf(registrations: readonly Registration[]): Record<string, SourceLocation> {
  const out: Record<string, SourceLocation> = {};
  for (const r of registrations) if (r.location) out[r.urn] = r.location;
  return out;
}

/**
 * The region data sources answer for: stack config `alicloud:region`, else ALICLOUD_REGION or
 * ALIBABA_CLOUD_REGION (as the provider reads them), else cn-hangzhou with a warning.
 */
function dataSourceRegion(
  project: ProgramProject,
  env: NodeJS.ProcessEnv,
): { region: string; regionWarning?: string } {
  const configured = project.config["alicloud:region"];
  if (configured && configured !== UNKNOWN && !project.secretKeys.includes("alicloud:region")) {
    return { region: configured };
  }
  for (const name of ["ALICLOUD_REGION", "ALIBABA_CLOUD_REGION"]) {
    const v = env[name]?.trim();
    if (v) return { region: v };
  }
  return { region: FALLBACK_REGION, regionWarning: cliText().warnNoRegion(FALLBACK_REGION) };
}

/** Dotted paths of the string inputs that hold a Pulumi Output rendered as text. */
function outputTextFields(value: unknown, at = ""): string[] {
  if (typeof value === "string") return hasOutputText(value) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => outputTextFields(v, `${at}[${i}]`));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => outputTextFields(v, at ? `${at}.${k}` : k));
  return [];
}
