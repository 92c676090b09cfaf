/**
 * Runs a Pulumi program offline, as a first `pulumi preview` would run it, and returns the resource
 * states the engine would then hold. The program runs in a child Node process (child.ts) with the
 * language host's environment (PULUMI_CONFIG, PULUMI_NODEJS_*); it needs no Pulumi CLI, no
 * provider plugin, no credentials, and its network access is blocked.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UNKNOWN } from "../../policy-pack/model/sentinels";
import { cliText } from "../i18n";
import { hasOutputText } from "../output-text";
import type { ResourceState } from "../state";
import { mockSnippet } from "./data-sources";
import type { MocksSpec } from "./data-sources/mocks";
import { ProgramError } from "./program-error";
import { loadProgramProject, type ProgramProject } from "./project";
import {
  type ChildFailure,
  type ChildJob,
  type ChildResult,
  type InvokeRecord,
  JOB_ENV,
  type Registration,
  type SourceLocation,
} from "./protocol";
import { buildStates } from "./states";
import { TypeScriptMissingError, TypeScriptSyntaxError } from "./ts-hook";
import { formatTypeError, typeCheckProgram } from "./type-check";

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
const MAX_OUTPUT_CHARS = 64 * 1024;
/** The region data sources answer for when nothing names one. */
export const FALLBACK_REGION = "cn-hangzhou";

export async function runProgram(dir: string, opts: RunProgramOptions = {}): Promise<ProgramRun> {
  const env = opts.env ?? process.env;
  const t = cliText();
  const project = loadProgramProject(dir, opts);
  const entry = programEntry(project);
  const entryFile = resolveEntryFile(entry);
  if (entryFile && /\.(c|m)?tsx?$/.test(entryFile)) {
    let errors: ReturnType<typeof typeCheckProgram>;
    try {
      errors = typeCheckProgram(project.dir, entryFile, env);
    } catch (e) {
      // No compiler to check with: the same one-line setup error the child gives.
      if (e instanceof TypeScriptMissingError)
        throw new ProgramError("setup", `program ${project.dir}: ${e.message}`);
      if (!(e instanceof TypeScriptSyntaxError)) throw e;
      throw new ProgramError("syntax", [
        `program ${project.dir} has a syntax error:`,
        ...e.message.split("\n"),
      ]);
    }
    if (errors && errors.length > 0) {
      throw new ProgramError("types", [
        t.typeErrors(project.dir, errors.length),
        ...errors.map((e) => `  ${formatTypeError(e)}`),
        `  ${t.typeCheckHint}`,
      ]);
    }
  }
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
    if (!result) {
      throw new ProgramError(
        exit.timedOut ? "timeout" : "exited",
        [
          exit.timedOut
            ? t.programTimeout(project.dir, timeoutMs / 1000)
            : t.programExited(
                project.dir,
                exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`,
              ),
          ...tailLines(output, t.lastOutput),
        ],
        { output },
      );
    }
    if (!result.ok) throw failureError(project.dir, result, output);
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
      warnings,
      output,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
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

/**
 * The file Node would load for the entry: the file itself, or for a folder its package.json `main`
 * or index file (index.ts before index.js, as the TypeScript hook resolves it).
 */
function resolveEntryFile(entry: string): string | undefined {
  const candidates = (base: string) => [
    base,
    `${base}.ts`,
    `${base}.js`,
    path.join(base, "index.ts"),
    path.join(base, "index.js"),
  ];
  const isFile = (f: string) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  };
  if (!entry.endsWith(path.sep)) return candidates(entry).find(isFile);
  const dir = entry.slice(0, -path.sep.length);
  try {
    const pkg: unknown = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    if (typeof pkg === "object" && pkg !== null && "main" in pkg && typeof pkg.main === "string") {
      const found = candidates(path.resolve(dir, pkg.main)).find(isFile);
      if (found) return found;
    }
  } catch {
    // no package.json: the index file
  }
  return [path.join(dir, "index.ts"), path.join(dir, "index.js")].find(isFile);
}

/** Pulumi.yaml's `main`, else the directory (Node then follows package.json `main`, index.js, index.ts). */
function programEntry(project: ProgramProject): string {
  const pkgFile = path.join(project.dir, "package.json");
  if (fs.existsSync(pkgFile)) {
    let pkg: unknown;
    try {
      pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
    } catch (e) {
      throw new ProgramError(
        "project",
        `${pkgFile}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (typeof pkg === "object" && pkg !== null && "type" in pkg && pkg.type === "module") {
      throw new ProgramError(
        "setup",
        `${pkgFile}: ES module programs ("type": "module") are not supported offline`,
      );
    }
  }
  const entry = project.main ?? project.dir;
  if (!fs.existsSync(entry)) {
    throw new ProgramError("project", `${project.dir}/Pulumi.yaml: main ${entry} does not exist`);
  }
  // A directory is required with a trailing separator, so an adjacent `<dir>.json` is not picked.
  return fs.statSync(entry).isDirectory() ? entry + path.sep : entry;
}

/** dist/cli/program/child.js, next to this file once built; from the TypeScript sources, in dist/. */
function locateChildScript(): string {
  const candidates = [
    path.join(__dirname, "child.js"),
    path.resolve(__dirname, "..", "..", "dist", "cli", "program", "child.js"),
  ];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new ProgramError("setup", `${candidates[1]} is missing: run npm run build`);
  return found;
}

interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

function childEnv(job: ChildJob, project: ProgramProject): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Never let the program find a real engine or another program's settings.
    if (k.startsWith("PULUMI_NODEJS_") || k.startsWith("PULUMI_CONFIG")) continue;
    env[k] = v;
  }
  return {
    ...env,
    PULUMI_CONFIG: JSON.stringify(project.config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(project.secretKeys),
    PULUMI_NODEJS_PROJECT: project.name,
    PULUMI_NODEJS_STACK: project.stack,
    PULUMI_NODEJS_ORGANIZATION: project.organization,
    PULUMI_NODEJS_DRY_RUN: "true",
    PULUMI_NODEJS_ROOT_DIRECTORY: project.dir,
    [JOB_ENV]: JSON.stringify(job),
  };
}

function runChild(
  script: string,
  job: ChildJob,
  project: ProgramProject,
  timeoutMs: number,
): Promise<{ result: ChildResult | undefined; output: string; exit: ChildExit }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: project.dir,
      env: childEnv(job, project),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.length > 2 * MAX_OUTPUT_CHARS) output = output.slice(-MAX_OUTPUT_CHARS);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new ProgramError("setup", `cannot start node for the program: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      output = output.slice(-MAX_OUTPUT_CHARS);
      let result: ChildResult | undefined;
      if (!timedOut && fs.existsSync(job.resultFile)) {
        result = JSON.parse(fs.readFileSync(job.resultFile, "utf8"));
      }
      resolve({ result, output, exit: { code, signal, timedOut } });
    });
  });
}

function failureError(dir: string, failure: ChildFailure, output: string): ProgramError {
  const t = cliText();
  const { kind, error } = failure;
  const details = { programStack: error.stack, output };
  switch (kind) {
    case "syntax":
      return new ProgramError(
        "syntax",
        [t.programSyntax(dir), ...withoutFrames(error.stack)],
        details,
      );
    case "setup":
      return new ProgramError("setup", `program ${dir}: ${error.message}`, { output });
    case "unfinished":
      return new ProgramError(
        "threw",
        [t.programUnfinished(dir, error.message), ...offlineHints(dir, failure)],
        { output },
      );
    case "logged": {
      const logged = output.split("\n").filter((l) => l.startsWith("error: "));
      return new ProgramError(
        "threw",
        [
          t.programFailed(dir, error.message),
          ...logged.map((l) => `  ${l}`),
          ...offlineHints(dir, failure),
        ],
        { output },
      );
    }
    case "threw":
      return new ProgramError(
        "threw",
        [t.programThrew(dir), ...programFrames(error.stack), ...offlineHints(dir, failure)],
        details,
      );
  }
}

/**
 * When a failing program read data sources that had no offline answer (or StackReferences
 * without outputs), the likely cause: which ones, and a ready-to-fill `--mocks` file for them.
 */
function offlineHints(dir: string, failure: ChildFailure): string[] {
  const t = cliText();
  const empty = [
    ...new Set(failure.invokes.filter((i) => i.answer === "empty").map((i) => i.token)),
  ];
  const refs = failure.unmockedStackReferences;
  if (empty.length === 0 && refs.length === 0) return [];
  const lines: string[] = [];
  if (empty.length > 0) lines.push(t.emptyInvokes(empty));
  if (refs.length > 0) lines.push(t.unmockedStackReferences(refs));
  lines.push(`  ${t.mocksSnippetIntro}`);
  if (empty.length > 0) {
    lines.push("    invokes:");
    for (const token of empty)
      lines.push(...mockSnippet(token, dir, t.fillIn).map((l) => `  ${l}`));
  }
  if (refs.length > 0) {
    lines.push("    stackReferences:");
    for (const ref of refs) lines.push(`      "${ref}":`, `        {}   # ${t.fillIn}`);
  }
  return lines;
}

/** The stack without frames from Node's internals, installed packages or this tool's child process. */
function programFrames(stack: string): string[] {
  const isFrame = (l: string) => /^\s+at /.test(l);
  const noise = [`${path.sep}node_modules${path.sep}`, childDir()];
  const isNoise = (l: string) => /[( ]node:/.test(l) || noise.some((n) => l.includes(n));
  const lines = stack.split("\n");
  const kept = lines.filter((l) => !(isFrame(l) && isNoise(l)));
  return kept.some(isFrame) ? kept : lines;
}

/** Where the compiled child runs from (its frames are not the program's). */
function childDir(): string {
  return path.dirname(locateChildScript());
}

/** A parse error's report (file, code frame, message) without any stack frames. */
function withoutFrames(stack: string): string[] {
  return stack.split("\n").filter((l) => !/^\s+at /.test(l));
}

function tailLines(output: string, title: string): string[] {
  const lines = output
    .trimEnd()
    .split("\n")
    .filter((l) => l !== "");
  return lines.length === 0 ? [] : [title, ...lines.slice(-20)];
}
