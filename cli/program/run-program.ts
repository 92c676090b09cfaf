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
import type { ResourceState } from "../state";
import { ProgramError } from "./program-error";
import { loadProgramProject, type ProgramProject } from "./project";
import { type ChildFailure, type ChildJob, type ChildResult, JOB_ENV } from "./protocol";
import { buildStates } from "./states";

export interface RunProgramOptions {
  /** `NAME`, `org/NAME` or `org/project/NAME`; optional when the directory has one stack file. */
  stack?: string;
  /** `--config KEY=VALUE` overrides (see `parseConfigOverrides`). */
  config?: Record<string, string>;
  /** Default 60 s. */
  timeoutMs?: number;
}

export interface ProgramRun {
  project: string;
  stack: string;
  organization: string;
  /** Stack config as the program saw it (`PULUMI_CONFIG`); secrets are the unknown sentinel. */
  config: Record<string, string>;
  secretKeys: string[];
  states: ResourceState[];
  /** What an offline preview could not reproduce (secrets, ESC environments, data sources). */
  warnings: string[];
  /** The program's stdout and stderr. */
  output: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_CHARS = 64 * 1024;

export async function runProgram(dir: string, opts: RunProgramOptions = {}): Promise<ProgramRun> {
  const project = loadProgramProject(dir, opts);
  const entry = programEntry(project);
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
    };
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const { result, output, exit } = await runChild(childScript, job, project, timeoutMs);
    if (!result) {
      throw new ProgramError(
        exit.timedOut ? "timeout" : "exited",
        [
          exit.timedOut
            ? `program ${project.dir} did not finish within ${timeoutMs / 1000} s`
            : `program ${project.dir} exited (${exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`}) before it finished`,
          ...tailLines(output, "its last output:"),
        ],
        { output },
      );
    }
    if (!result.ok) throw failureError(project.dir, result, output);
    const warnings = [...project.warnings];
    const invoked = [...new Set(result.invokes)];
    if (invoked.length > 0) {
      warnings.push(`data sources return empty results offline: ${invoked.join(", ")}`);
    }
    for (const reg of result.registrations) {
      if (reg.remote)
        warnings.push(`${reg.urn} is a remote component: its children are not known offline`);
    }
    return {
      project: project.name,
      stack: project.stack,
      organization: project.organization,
      config: project.config,
      secretKeys: project.secretKeys,
      states: buildStates({
        project: project.name,
        stack: project.stack,
        config: project.config,
        secretKeys: project.secretKeys,
        registrations: result.registrations,
        outputs: result.outputs,
      }),
      warnings,
      output,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
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
  const { kind, error } = failure;
  const details = { programStack: error.stack, output };
  switch (kind) {
    case "syntax":
      return new ProgramError(
        "syntax",
        [`program ${dir} has a syntax error:`, ...withoutFrames(error.stack)],
        details,
      );
    case "setup":
      return new ProgramError("setup", `program ${dir}: ${error.message}`, { output });
    case "unfinished":
      return new ProgramError("threw", `program ${dir} did not finish: ${error.message}`, {
        output,
      });
    case "logged": {
      const logged = output.split("\n").filter((l) => l.startsWith("error: "));
      return new ProgramError(
        "threw",
        [`program ${dir} failed: ${error.message}`, ...logged.map((l) => `  ${l}`)],
        {
          output,
        },
      );
    }
    case "threw": {
      const lines = [
        `program ${dir} failed with an unhandled exception:`,
        ...programFrames(error.stack),
      ];
      if (failure.invokes.length > 0 && error.name === "TypeError") {
        lines.push(
          `note: data sources (${[...new Set(failure.invokes)].join(", ")}) return empty results offline; guard their use (e.g. \`zones?.[0]?.id\`)`,
        );
      }
      return new ProgramError("threw", lines, details);
    }
  }
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
