/**
 * Everything that ends a scan with exit 2 (packs that do not start, crash or hang; unreadable
 * inputs; usage errors), and pack processes never outliving the command, however it ends.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  assertBuilt,
  input,
  isAlive,
  pack,
  recordedPids,
  runCli,
  startCli,
  tempDir,
  waitFor,
  writeJson,
} from "./support/cli";

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});

const STATES = input("states.json");

function pidDir(): string {
  return fs.mkdtempSync(path.join(dir, "pids-"));
}

describe("packs that fail", () => {
  it("reports a pack that crashes at start with its stderr, and leaves no process", () => {
    const pids = pidDir();
    const r = runCli(
      ["scan", STATES, "--policy-pack", pack("minimal"), "--policy-pack", pack("crashing")],
      {
        env: { PACK_PID_DIR: pids },
      },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      `icp-guard: error: policy pack "${pack("crashing")}" exited (exit code 32) before printing its port`,
    );
    expect(r.stderr).toContain("    crashing-pack: about to fail");
    expect(r.stderr).toContain("Error: crashing-pack: deliberate failure at start");
    expect(recordedPids(pids)).toHaveLength(2);
    for (const pid of recordedPids(pids)) expect(isAlive(pid)).toBe(false);
  });

  it("times out a pack that never prints its port, and kills it", () => {
    const pids = pidDir();
    // Long enough for run-policy-pack to reach the pack on a loaded CI machine, so the pack's
    // stderr is there to show.
    const r = runCli(["scan", STATES, "--policy-pack", pack("slow")], {
      env: { PACK_PID_DIR: pids, ICP_GUARD_PACK_TIMEOUT_MS: "6000" },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `policy pack "${pack("slow")}" did not print its port within 6000 ms`,
    );
    expect(r.stderr).toContain("    slow-pack: still loading");
    const [pid] = recordedPids(pids);
    expect(isAlive(pid)).toBe(false);
  });

  it("reports a pack that exits in the middle of Analyze", () => {
    const crash = writeJson(dir, "crash.json", [
      { urn: "urn:pulumi:s::p::test:index:Other::a", type: "test:index:Other" },
      { urn: "urn:pulumi:s::p::test:index:Crash::c", type: "test:index:Crash" },
    ]);
    const r = runCli(["scan", crash, "--policy-pack", pack("crash-on-analyze")]);
    expect(r.code).toBe(2);
    // Calls run concurrently: the error lists every resource whose Analyze was in flight.
    const line = r.stderr.split("\n").find((l) => l.includes("crashed")) ?? "";
    expect(line).toMatch(
      new RegExp(
        `^icp-guard: error: policy pack "${pack("crash-on-analyze")}" crashed \\(exit code 7\\) during Analyze of (.+, )?urn:pulumi:s::p::test:index:Crash::c(, .+)?$`,
      ),
    );
    expect(r.stderr).toContain("    crash-on-analyze-pack: exiting on purpose");
  });

  it("names a folder that is not a policy pack", () => {
    const r = runCli(["scan", STATES, "--policy-pack", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`failed to load Pulumi policy project located at "${dir}"`);
  });
});

describe("no pack process outlives icp-guard", () => {
  it("after a successful scan", () => {
    const pids = pidDir();
    const r = runCli(
      ["scan", STATES, "--policy-pack", pack("minimal"), "--policy-pack", pack("second")],
      {
        env: { PACK_PID_DIR: pids },
      },
    );
    expect(r.code).toBe(0);
    expect(recordedPids(pids)).toHaveLength(2);
    for (const pid of recordedPids(pids)) expect(isAlive(pid)).toBe(false);
  });

  it("on SIGINT", async () => {
    const pids = pidDir();
    const { child, done } = startCli(["scan", STATES, "--policy-pack", pack("slow")], {
      PACK_PID_DIR: pids,
      ICP_GUARD_PACK_TIMEOUT_MS: "60000",
    });
    expect(await waitFor(() => recordedPids(pids).length === 1, 20_000)).toBe(true);
    const [pid] = recordedPids(pids);
    child.kill("SIGINT");
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("icp-guard: SIGINT: stopped");
    expect(await waitFor(() => !isAlive(pid), 5000)).toBe(true);
  });

  it("when icp-guard itself is killed (SIGKILL)", async () => {
    const pids = pidDir();
    const { child, done } = startCli(["scan", STATES, "--policy-pack", pack("slow")], {
      PACK_PID_DIR: pids,
      ICP_GUARD_PACK_TIMEOUT_MS: "60000",
    });
    expect(await waitFor(() => recordedPids(pids).length === 1, 20_000)).toBe(true);
    const [pid] = recordedPids(pids);
    child.kill("SIGKILL");
    const r = await done;
    expect(r.signal).toBe("SIGKILL");
    // The pack's watchdog sees its stdin close.
    expect(await waitFor(() => !isAlive(pid), 5000)).toBe(true);
  });
});

describe("inputs that cannot be scanned", () => {
  const scan = (file: string) => runCli(["scan", file, "--policy-pack", pack("minimal")]);

  it.each([
    ["a missing file", () => path.join(dir, "missing.json"), "cannot read {file}: ENOENT"],
    ["an empty file", () => writeJson(dir, "empty.json", "  \n"), "{file} is empty"],
    [
      "a stack without resources",
      () => writeJson(dir, "none.json", { version: 3, deployment: { resources: [] } }),
      "{file} (stack export) holds no resources",
    ],
    [
      "an old export",
      () => writeJson(dir, "v2.json", { version: 2, deployment: { resources: [] } }),
      "{file}: unsupported stack export version 2",
    ],
    ["broken JSON", () => writeJson(dir, "broken.json", '{"steps": ['), "{file} is not valid JSON"],
    [
      "JSON of another shape",
      () => writeJson(dir, "other.json", { hello: "world" }),
      "{file} is not a stack export",
    ],
    [
      "a state without a type",
      () => writeJson(dir, "notype.json", [{ urn: "urn:pulumi:s::p::t:i:T::n" }]),
      '{file}: array[0] (urn:pulumi:s::p::t:i:T::n) has no "type"',
    ],
    [
      "a URN that is not one",
      () => writeJson(dir, "badurn.json", [{ urn: "bucket-1", type: "t:i:T" }]),
      '{file}: "bucket-1" is not a Pulumi URN',
    ],
    [
      "an event log with a broken line",
      () =>
        writeJson(
          dir,
          "broken.jsonl",
          `${JSON.stringify({ sequence: 0, timestamp: 1, cancelEvent: {} })}\n{"sequence": 1,\n`,
        ),
      "{file}:2: not a JSON event",
    ],
  ])("names the file: %s", (_what, make, expected) => {
    const file = make();
    const r = scan(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`icp-guard: error: ${expected.replace("{file}", file)}`);
  });

  it("rejects a registry that does not exist", () => {
    const r = runCli(["scan", STATES, "--registry", path.join(dir, "nope.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read registry");
  });
});

describe("usage", () => {
  it.each([
    [[], "Usage: icp-guard <command>"],
    [["scan"], "icp-guard: scan needs at least one input FILE"],
    [
      ["scan", STATES, "--format", "xml"],
      'icp-guard: unknown --format "xml" (one of text, json, sarif, junit, markdown)',
    ],
    [
      ["scan", STATES, "--stack", "shop/dev"],
      'icp-guard: --stack must be ORG/PROJECT/STACK, got "shop/dev"',
    ],
    [["scan", STATES, "--frobnicate"], "icp-guard: Unknown option '--frobnicate'"],
    [["deploy"], 'icp-guard: unknown command "deploy"'],
    [["report"], "icp-guard: report needs exactly one EVENT_LOG file"],
  ])("%j exits 2", (args, expected) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(expected);
  });

  it("prints help and the version", () => {
    const help = runCli(["help", "scan"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: icp-guard scan FILE... [options]");
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"),
    );
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });
});
