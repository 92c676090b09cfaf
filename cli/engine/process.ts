/**
 * Starts a policy pack the way the Pulumi nodejs language host does
 * (`node <@pulumi/pulumi>/cmd/run-policy-pack <engine-address> .`, cwd = the pack folder) and
 * reads the port it prints. Every pack process is tracked and killed when icp-guard ends,
 * however it ends.
 */
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import type { Socket } from "node:net";
import * as path from "node:path";
import { CliError, errorMessage, withoutStackFrames } from "../errors";
import { cliText } from "../i18n";

export interface PackProcess {
  dir: string;
  pid: number;
  port: number;
  /** The tail of what the pack wrote to stderr so far. */
  stderr(): string;
  /** Set once the process has exited. */
  exitStatus(): string | undefined;
  /** Stops the process and waits for it to exit. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** The pack's whole environment. */
  env: NodeJS.ProcessEnv;
  /** How long the pack may take to print its port. */
  timeoutMs: number;
}

// The engine passes its own gRPC address; run-policy-pack drops it and the policy SDK never calls
// back (the runtime only dials an engine named by PULUMI_NODEJS_ENGINE, which is not set).
const ENGINE_ADDRESS = "127.0.0.1:0";
const STDERR_TAIL = 64 * 1024;

const live = new Set<ChildProcess>();
let handlersInstalled = false;

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", () => killAll());
  const signals: [NodeJS.Signals, number][] = [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ];
  for (const [signal, code] of signals) {
    process.on(signal, () => {
      killAll();
      process.stderr.write(`icp-guard: ${signal}: stopped\n`);
      process.exit(code);
    });
  }
}

function killAll(): void {
  for (const child of live) {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
  live.clear();
}

/** `<pack>/node_modules/@pulumi/pulumi` as Node resolves it from the pack folder. */
export function resolvePulumiDir(dir: string): string {
  try {
    return path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [dir] }));
  } catch {
    throw new CliError(
      `it looks like the policy pack's dependencies are not installed; try running npm install in "${dir}"`,
    );
  }
}

export function launchPack(
  dir: string,
  pulumiDir: string,
  opts: LaunchOptions,
): Promise<PackProcess> {
  installExitHandlers();
  const runner = path.join(pulumiDir, "cmd", "run-policy-pack");
  const watchdog = path.join(__dirname, "watchdog.js");
  const args = fs.existsSync(watchdog) ? ["-r", watchdog] : [];
  args.push(runner, ENGINE_ADDRESS, ".");

  let child: ChildProcess;
  try {
    child = spawn(process.execPath, args, {
      cwd: dir,
      env: opts.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (e) {
    const t = cliText();
    return Promise.reject(new CliError(t.packFailed(dir, t.packStartFailed(errorMessage(e)))));
  }
  live.add(child);
  // Never written to: it only tells the watchdog when icp-guard is gone.
  (child.stdin as Socket | null)?.unref();

  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on("exit", (code, signal) => {
      exit = signal ? `killed by ${signal}` : `exit code ${code}`;
      live.delete(child);
      resolve();
    });
  });

  return new Promise((resolve, reject) => {
    let stdout = "";
    let settled = false;
    const fail = (what: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      // Let stderr drain so the error shows what the pack said.
      void exited.then(() => reject(packFailure(dir, what, stderr)));
    };
    const timer = setTimeout(() => fail(cliText().packNoPort(opts.timeoutMs)), opts.timeoutMs);
    child.on("error", (e) => fail(cliText().packStartFailed(e.message)));
    child.on("exit", () => fail(cliText().packExitedEarly(exit)));
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      if (settled) return; // later stdout is drained and dropped
      stdout += chunk;
      const nl = stdout.indexOf("\n");
      if (nl === -1) return;
      const first = stdout.slice(0, nl).trim();
      if (!/^\d+$/.test(first)) {
        fail(
          `printed ${JSON.stringify(first.slice(0, 200))} on stdout before its port (a pack must log to stderr)`,
        );
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve({
        dir,
        pid: child.pid ?? -1,
        port: Number(first),
        stderr: () => stderr,
        exitStatus: () => exit,
        stop: async () => {
          if (exit === undefined) {
            child.kill("SIGTERM");
            const force = setTimeout(() => child.kill("SIGKILL"), 2000);
            await exited;
            clearTimeout(force);
          }
        },
      });
    });
  });
}

/** A registry error as a pack prints it: `<file>:<line>: <field>: <problem> — <fix>`. */
const REGISTRY_ERROR = /\.ya?ml:\d+: /;

/**
 * An error naming the pack, with what it wrote to stderr; when that is a registry that did not
 * load (the pack words the errors: file, line, field, fix), the heading says so.
 */
export function packFailure(dir: string, what: string, stderr: string): CliError {
  const t = cliText();
  const lines = [t.packFailed(dir, what)];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes from the pack's stack traces
  const tail = withoutStackFrames(stderr.replace(/\x1b\[[0-9;]*m/g, "")).trimEnd();
  if (tail !== "") {
    lines.push(`  ${REGISTRY_ERROR.test(tail) ? t.registryStoppedPack : t.packStderrHeading}`);
    for (const l of tail.split("\n")) lines.push(`    ${l}`);
  }
  return new CliError(lines);
}
