/**
 * Starts the child process that runs the program (child.ts) with the language host's
 * environment and the job, keeps the tail of its output, kills it at the time limit, and reads
 * the result file it wrote.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ProgramError } from "./program-error";
import type { ProgramProject } from "./project";
import { type ChildJob, type ChildResult, JOB_ENV } from "./protocol";

const MAX_OUTPUT_CHARS = 64 * 1024;

/** dist/cli/program/child.js, next to this file once built; from the TypeScript sources, in dist/. */
export function locateChildScript(): string {
  const candidates = [
    path.join(__dirname, "child.js"),
    path.resolve(__dirname, "..", "..", "dist", "cli", "program", "child.js"),
  ];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new ProgramError("setup", `${candidates[1]} is missing: run npm run build`);
  return found;
}

/** Where the compiled child runs from (its frames are not the program's). */
export function childDir(): string {
  return path.dirname(locateChildScript());
}

export interface ChildExit {
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

export function runChild(
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
