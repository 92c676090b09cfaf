/**
 * The child process of an offline preview: runs one Pulumi program against the capturing mock
 * monitor in preview mode, like the Node.js language host would (`runInPulumiStack` around the
 * program's module; the program is done when the event loop is empty), and writes a `ChildResult`
 * to the job's result file. Started by launch.ts with the job and PULUMI_* in its env.
 */
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import type * as settingsModule from "@pulumi/pulumi/runtime/settings";
import type * as stackModule from "@pulumi/pulumi/runtime/stack";
import { type CaptureMonitor, createCaptureMonitor, type PulumiClasses } from "./capture-monitor";
import type { ChildFailure, ChildJob, ChildResult } from "./protocol";
import { JOB_ENV } from "./protocol";
import { registerTypeScript, TypeScriptMissingError, TypeScriptSyntaxError } from "./ts-hook";

/** The parts of `@pulumi/pulumi`'s internal store (runtime/state.js, not in its typings) set here. */
interface RuntimeStore {
  supportsSecrets: boolean;
  supportsResourceReferences: boolean;
  supportsOutputValues: boolean;
  supportsDeletedWith: boolean;
  supportsReplaceWith: boolean;
  supportsAliasSpecs: boolean;
  supportsTransforms: boolean;
  supportsInvokeTransforms: boolean;
  supportsParameterization: boolean;
  supportsResourceHooks: boolean;
  supportsErrorHooks: boolean;
  logErrorCount: number;
}

let job: ChildJob;
let monitor: CaptureMonitor | undefined;
let finished = false;

function finish(result: ChildResult): void {
  if (finished) return;
  finished = true;
  fs.writeFileSync(job.resultFile, JSON.stringify(result));
  // A failed program may still have work queued: stop it, as the engine would.
  if (!result.ok) process.exit(1);
}

function fail(kind: ChildFailure["kind"], e: unknown): void {
  finish({
    ok: false,
    kind,
    error: describe(e),
    invokes: monitor?.invokes ?? [],
    unmockedStackReferences: monitor?.unmockedStackReferences ?? [],
  });
}

/** A string is a failure this file detected, not the program's exception: it has no stack. */
function describe(e: unknown): ChildFailure["error"] {
  if (e instanceof Error)
    return { name: e.name, message: e.message, stack: e.stack ?? `${e.name}: ${e.message}` };
  const text = typeof e === "string" ? e : (JSON.stringify(e) ?? String(e));
  return { name: "Error", message: text, stack: text };
}

/**
 * TypeScript reports from the transpiler, and Node's own parse errors (their stack starts with the
 * file and a code frame, not with `SyntaxError:`), are syntax errors; a `SyntaxError` thrown at run
 * time (say by `JSON.parse`) is not.
 */
function failureKind(e: unknown): ChildFailure["kind"] {
  if (e instanceof TypeScriptMissingError) return "setup";
  if (e instanceof TypeScriptSyntaxError) return "syntax";
  if (e instanceof SyntaxError && !(e.stack ?? "").startsWith("SyntaxError")) return "syntax";
  return "threw";
}

function readJob(): ChildJob {
  const raw = process.env[JOB_ENV];
  if (!raw)
    throw new Error(`${JOB_ENV} is not set: this file is started by icp-guard's runProgram`);
  return JSON.parse(raw);
}

/** An offline preview must not reach the network: every TCP/TLS connection attempt throws. */
function blockNetwork(): void {
  Object.defineProperty(net.Socket.prototype, "connect", {
    configurable: true,
    writable: true,
    value: () => {
      throw new Error("network access is disabled during an offline preview (icp-guard preview)");
    },
  });
}

function resolvePackageDir(name: string, fromDir: string): string {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [fromDir] }));
  } catch {
    throw new Error(
      `cannot find ${name} from ${fromDir}: run npm install in the program's directory`,
    );
  }
}

function installedVersion(fromDir: string): (pkg: string) => string {
  const cache = new Map<string, string>();
  return (pkg) => {
    let version = cache.get(pkg);
    if (version === undefined) {
      try {
        const file = require.resolve(`@pulumi/${pkg}/package.json`, { paths: [fromDir] });
        const json: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
        version =
          typeof json === "object" &&
          json !== null &&
          "version" in json &&
          typeof json.version === "string"
            ? json.version
            : "";
      } catch {
        version = "";
      }
      cache.set(pkg, version);
    }
    return version;
  };
}

const NODE_MODULES = `${path.sep}node_modules${path.sep}`;
const OWN_DIR = path.resolve(__dirname, "..") + path.sep;

/** A file of the program (or of a library of the user's, outside node_modules), not of icp-guard. */
function isProgramFile(file: string): boolean {
  return !file.includes(NODE_MODULES) && !file.startsWith(OWN_DIR) && !file.startsWith("node:");
}

interface ResourceClass {
  callsites(): Array<{ file?: string; line?: number; column?: number }>;
}

/**
 * The SDK records where each resource was constructed from `new Error().stack`, but only frames
 * of the form `at fn (file:line:col)`; a resource made in an arrow function or at the top of a
 * module (`at file:line:col`) would get no position. Same parse, both forms (source-mapped to
 * the TypeScript lines, as `process.setSourceMapsEnabled` makes stacks).
 */
function patchCallsites(resource: ResourceClass): void {
  const frame =
    /^\s*at (?:.*? \()?(?<file>(?:file:\/\/)?\/[^()]*?|[A-Za-z]:\\[^()]*?):(?<line>\d+):(?<column>\d+)\)?$/;
  resource.callsites = () => {
    const limit = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = Number.POSITIVE_INFINITY;
      const stack = new Error().stack ?? "";
      return stack
        .split("\n")
        .slice(1)
        .map((l) => {
          const m = frame.exec(l)?.groups;
          if (!m) return {};
          const file = m.file.startsWith("file://") ? new URL(m.file).pathname : m.file;
          return { file, line: Number(m.line), column: Number(m.column) };
        });
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
}

function main(): void {
  job = readJob();
  process.on("uncaughtException", (e) => fail(failureKind(e), e));
  process.on("unhandledRejection", (e) => fail(failureKind(e), e));

  let stack: typeof stackModule;
  let store: RuntimeStore;
  try {
    process.chdir(job.programDir);
    process.setSourceMapsEnabled(true);
    blockNetwork();
    const entryDir = job.entry.endsWith(path.sep) ? job.entry : path.dirname(job.entry);
    const pulumiDir = resolvePackageDir("@pulumi/pulumi", entryDir);
    const load = (...parts: string[]) => require(path.join(pulumiDir, ...parts));
    const classes: PulumiClasses = {
      MockMonitor: load("runtime", "mocks").MockMonitor,
      resproto: load("proto", "resource_pb"),
      provproto: load("proto", "provider_pb"),
      Struct: require(
        require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }),
      ).Struct,
    };
    const settings: typeof settingsModule = load("runtime", "settings");
    stack = load("runtime", "stack");
    monitor = createCaptureMonitor(classes, {
      stack: job.stack,
      project: job.project,
      installedVersion: installedVersion(entryDir),
      programDir: job.programDir,
      region: job.region,
      mocks: job.mocks,
      isProgramFile,
    });
    patchCallsites(load("resource").Resource);
    settings.setMockOptions(monitor, job.project, job.stack, true, job.organization);
    // What the engine advertises, as `pulumi.runtime.setMocks` sets it (see UNSUPPORTED_FEATURES).
    store = load("runtime", "state").getStore();
    Object.assign(store, {
      supportsSecrets: true,
      supportsResourceReferences: true,
      supportsOutputValues: false,
      supportsDeletedWith: true,
      supportsReplaceWith: true,
      supportsAliasSpecs: true,
      supportsTransforms: false,
      supportsInvokeTransforms: false,
      supportsParameterization: true,
      supportsResourceHooks: false,
      supportsErrorHooks: false,
    });
    registerTypeScript(job.programDir);
  } catch (e) {
    fail("setup", e);
    return;
  }

  let stackDone = false;
  // The language host's rule: the program has finished when nothing is left to run.
  const onIdle = () => {
    if (finished || !monitor) return;
    if (!stackDone) {
      fail(
        "unfinished",
        "nothing was left to run while it still awaited a promise (one that never settles?)",
      );
    } else if (store.logErrorCount > 0) {
      fail("logged", `it logged ${store.logErrorCount} error(s) with pulumi.log.error`);
    } else {
      finish({
        ok: true,
        registrations: monitor.registrations,
        outputs: monitor.outputs,
        invokes: monitor.invokes,
        unmockedStackReferences: monitor.unmockedStackReferences,
      });
    }
  };
  // Like the language host, let the program's own `beforeExit` handlers (which may still register
  // resources) run first: ours is added on the first idle turn, after theirs, and one more turn forced.
  let armed = false;
  process.on("beforeExit", () => {
    process.nextTick(() => {
      if (armed) return;
      armed = true;
      setImmediate(() => {});
      process.on("beforeExit", onIdle);
    });
  });
  stack
    .runInPulumiStack(async () => {
      // As run.js does for CommonJS: the module's exports are the stack outputs, or a function producing them.
      const exported: unknown = require(job.entry);
      return typeof exported === "function" ? await exported() : exported;
    })
    .then(
      () => {
        stackDone = true;
      },
      (e: unknown) => fail(failureKind(e), e),
    );
}

main();
