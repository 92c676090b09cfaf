/**
 * Runs the REAL Pulumi CLI (built by scripts/pulumi-cli.sh from the Go module proxy) and icp-guard
 * side by side, offline: a local file backend, a passphrase, no cloud account, no plugin
 * downloads. Each test gets a Sandbox: its own PULUMI_HOME (with the provider stand-in installed as
 * a cached plugin) and its own backend folder.
 *
 * When the CLI is missing, `describeWithPulumi` skips the suite with a message saying how to build
 * it, except under CI=true, where the suite fails.
 */
import { spawn } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "vitest";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const MAIN = path.join(ROOT, "dist", "cli", "main.js");
export const EXAMPLES = path.join(ROOT, "examples");
export const EXAMPLES_REGISTRY = path.join(EXAMPLES, "icp-registry.yaml");
/** The pinned CLI version; scripts/pulumi-cli.sh builds the same one by default. */
export const PULUMI_VERSION = "3.274.1";
/** The provider version the examples' @pulumi/alicloud asks for. */
export const ALICLOUD_VERSION: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "node_modules", "@pulumi", "alicloud", "package.json"), "utf8"),
).version;
/** The provider version the examples' @pulumi/kubernetes asks for (examples/ack-ingress). */
export const KUBERNETES_VERSION: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "node_modules", "@pulumi", "kubernetes", "package.json"), "utf8"),
).version;
/** Pinned so the exemption examples do not age (the same day test/examples uses). */
export const TODAY = "2026-12-01";
const PROVIDER_STANDIN = path.join(ROOT, "test", "pulumi", "provider", "index.js");
const LANGHOST_SRC = path.join(ROOT, "test", "pulumi", "langhost", "main.go");
const BUILD_HINT =
  "build it with `bash scripts/pulumi-cli.sh` (cold: about 7 minutes on 2 cores, more on a busy machine)";

export interface PulumiCli {
  /** The folder holding `pulumi` and the `pulumi-language-nodejs` stand-in. */
  bin: string;
  pulumi: string;
}

function defaultBinDir(): string {
  const cacheRoot =
    process.env.ICP_GUARD_CACHE ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "icp-guard");
  return path.join(cacheRoot, `pulumi-${PULUMI_VERSION}`, "bin");
}

/** The built CLI, or why it cannot be used. ICP_GUARD_PULUMI_BIN overrides the folder. */
export function locatePulumi(): PulumiCli | { missing: string } {
  const bin = process.env.ICP_GUARD_PULUMI_BIN ?? defaultBinDir();
  const pulumi = path.join(bin, "pulumi");
  const langhost = path.join(bin, "pulumi-language-nodejs");
  for (const f of [pulumi, langhost]) {
    try {
      fs.accessSync(f, fs.constants.X_OK);
    } catch {
      return { missing: `${f} is missing: ${BUILD_HINT}` };
    }
  }
  // The language-host stand-in is ours: a stale build would test old code.
  const stamp = path.join(path.dirname(bin), ".langhost");
  const want = `${crypto.createHash("sha256").update(fs.readFileSync(LANGHOST_SRC)).digest("hex")}-v${PULUMI_VERSION}`;
  if (!process.env.ICP_GUARD_PULUMI_BIN && readOr(stamp) !== want) {
    return { missing: `${langhost} is older than test/pulumi/langhost/main.go: ${BUILD_HINT}` };
  }
  return { bin, pulumi };
}

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}

let warned = false;

/**
 * `describe` with the real CLI: skipped (with a message) when it is not built, failing under CI.
 * The body runs at collection time either way, so it must only declare tests.
 */
export function describeWithPulumi(title: string, body: (cli: PulumiCli) => void): void {
  const found = locatePulumi();
  if ("bin" in found) {
    describe(title, () => body(found));
    return;
  }
  if (process.env.CI === "true") {
    describe(title, () => {
      it("has the real Pulumi CLI (CI must build it: bash scripts/pulumi-cli.sh)", () => {
        throw new Error(found.missing);
      });
    });
    return;
  }
  if (!warned) {
    warned = true;
    console.warn(`test:pulumi skipped: ${found.missing}`);
  }
  describe.skip(title, () => body({ bin: "", pulumi: "" }));
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; input?: string },
): Promise<RunResult> {
  // A variable set to undefined is removed (spawn would pass the string "undefined").
  const env = Object.fromEntries(Object.entries(opts.env).filter(([, v]) => v !== undefined));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 240_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? "");
  });
}

/** The inherited environment without anything that would change what either tool does. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith("PULUMI_") || k.startsWith("ICP_GUARD_") || k.startsWith("ALICLOUD_"))
      delete env[k];
  }
  delete env.ALIBABA_CLOUD_REGION;
  return env;
}

/** icp-guard's environment for a comparison: the same day and language as the engine's pack. */
export function icpGuardEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...cleanEnv(), NO_COLOR: "1", ICP_GUARD_TODAY: TODAY, ...extra };
}

export function icpGuard(
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return run(process.execPath, [MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? icpGuardEnv(),
  });
}

/** One folder per test: PULUMI_HOME with the provider stand-in, a file backend, scratch space. */
export class Sandbox {
  readonly root: string;
  readonly home: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(
    readonly cli: PulumiCli,
    extraEnv: NodeJS.ProcessEnv,
  ) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), "icp-guard-pulumi-"));
    this.home = path.join(this.root, "pulumi-home");
    const backend = path.join(this.root, "backend");
    fs.mkdirSync(backend, { recursive: true });
    this.env = {
      ...cleanEnv(),
      // The CLI's folder first: `node`'s folder stays on PATH for the plugins.
      PATH: `${cli.bin}${path.delimiter}${process.env.PATH ?? ""}`,
      PULUMI_HOME: this.home,
      PULUMI_BACKEND_URL: `file://${backend}`,
      PULUMI_CONFIG_PASSPHRASE: "icp-guard-test",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_SKIP_CONFIRMATIONS: "true",
      // Only our stand-ins: never a plugin from PATH, never a download.
      PULUMI_IGNORE_AMBIENT_PLUGINS: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      // `pulumi preview --event-log` is a debug flag.
      PULUMI_DEBUG_COMMANDS: "true",
      // ts-node would type-check every program with TypeScript 5 (slow); tsc checks them in npm test.
      PULUMI_NODEJS_TRANSPILE_ONLY: "true",
      NO_COLOR: "1",
      ICP_GUARD_TODAY: TODAY,
      ...extraEnv,
    };
    this.installProvider("alicloud", ALICLOUD_VERSION);
    this.installProvider("kubernetes", KUBERNETES_VERSION);
  }

  static create(cli: PulumiCli, extraEnv: NodeJS.ProcessEnv = {}): Sandbox {
    return new Sandbox(cli, extraEnv);
  }

  /**
   * Puts the preview-only provider stand-in where the CLI finds an installed plugin:
   * PULUMI_HOME/plugins/resource-<name>-v<version>/pulumi-resource-<name>.
   */
  installProvider(name: string, version: string): void {
    const dir = path.join(this.home, "plugins", `resource-${name}-v${version}`);
    fs.mkdirSync(dir, { recursive: true });
    const script = path.join(dir, `pulumi-resource-${name}`);
    fs.writeFileSync(
      script,
      `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(PROVIDER_STANDIN)} ${name} ${version} "$@"\n`,
      { mode: 0o755 },
    );
  }

  path(...parts: string[]): string {
    return path.join(this.root, ...parts);
  }

  pulumi(
    args: readonly string[],
    opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
  ): Promise<RunResult> {
    return run(this.cli.pulumi, args, {
      cwd: opts.cwd ?? this.root,
      env: { ...this.env, ...opts.env },
    });
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A failed command's output, for assertion messages. */
export function describeRun(what: string, r: RunResult): string {
  return `${what} exited ${r.code}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`;
}
