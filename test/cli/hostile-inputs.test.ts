/**
 * The corpus of hostile input files (test/fixtures/hostile, with expected.ts), and inputs that
 * cannot be kept as files (a device, a named pipe, a directory, a file over the size limit), run
 * through `icp-guard scan`: each ends with its expected exit code and, when it is refused, with
 * exactly one error line naming the file (and the resource and field when there is one) and no
 * stack trace. Text and markdown reports escape control characters in names.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CliError, errorReport, setDebug } from "../../cli/errors";
import { HOSTILE } from "../fixtures/hostile/expected";
import { assertBuilt, pack, ROOT, runCli, tempDir } from "./support/cli";

const DIR = path.join(ROOT, "test", "fixtures", "hostile");
const MINIMAL = ["--policy-pack", pack("minimal")];

beforeAll(assertBuilt);

/** Exactly one stderr line, the error, and nothing that looks like a stack frame. */
function expectOneErrorLine(stderr: string, error: string): void {
  expect(stderr.split("\n").filter((l) => l !== "")).toEqual([`icp-guard: error: ${error}`]);
  expect(stderr).not.toMatch(/^\s+at\s/m);
}

describe("the hostile corpus", () => {
  it("has an expectation for every file and a file for every expectation", () => {
    const files = fs.readdirSync(DIR).filter((f) => f !== "expected.ts");
    expect(files.sort()).toEqual(Object.keys(HOSTILE).sort());
  });

  for (const [name, expected] of Object.entries(HOSTILE)) {
    it(`${name}: exit ${expected.code}`, () => {
      // Run from the folder with a relative path: the message names the file as given.
      const r = runCli(["scan", name, ...MINIMAL, "--quiet"], { cwd: DIR });
      expect(r.code).toBe(expected.code);
      if (expected.code === 2) {
        expect(r.stdout).toBe("");
        expectOneErrorLine(r.stderr, (expected.error ?? "").replaceAll("{file}", name));
      } else {
        expect(r.stderr).not.toContain("error");
      }
    });
  }

  it("escapes control characters of names in the text and markdown reports", () => {
    const file = path.join(DIR, "control-characters-in-name.json");
    const text = runCli(["scan", file, ...MINIMAL]);
    expect(text.code).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no escape or carriage return may pass raw
    expect(text.stdout).not.toMatch(/[\x1b\r]/);
    const lines = text.stdout.split("\n");
    expect(lines).not.toContain("No policy violations.");
    expect(lines).toContain(
      "    test:index:Bucket (evil\\n\\u001b[32mNo policy violations.\\u001b[0m\\r) at test/fixtures/hostile/control-characters-in-name.json:3:",
    );
    const md = runCli(["scan", file, ...MINIMAL, "--format", "markdown"]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no escape or carriage return may pass raw
    expect(md.stdout).not.toMatch(/[\x1b\r]/);
    expect(md.stdout).toContain("`evil\\n\\u001b[32mNo policy violations.\\u001b[0m\\r`");
    expect(md.stdout.split("\n")).not.toContain("No policy violations.");
  });
});

describe("inputs that are not regular files, or too large", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it.each([
    ["a character device", () => "/dev/zero", "{file} is a character device: give a regular file"],
    ["a directory", () => dir, "{file} is a directory: give a regular file"],
    [
      "a named pipe",
      () => {
        const fifo = path.join(dir, "pipe.json");
        execFileSync("mkfifo", [fifo]);
        return fifo;
      },
      "{file} is a named pipe: give a regular file",
    ],
  ])("refuses %s at once", (_what, make, error) => {
    const file = make();
    const r = runCli(["scan", file, ...MINIMAL]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr, error.replace("{file}", file));
  });

  it("refuses a file over the size limit, before reading it", () => {
    const file = path.join(DIR, "utf8-bom.json");
    const size = fs.statSync(file).size;
    const r = runCli(["scan", file, ...MINIMAL], {
      env: { ICP_GUARD_MAX_INPUT_BYTES: String(size - 1) },
    });
    expect(r.code).toBe(2);
    const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(2)} MiB`;
    expectOneErrorLine(
      r.stderr,
      `${file} is ${mib(size)}, over the ${mib(size - 1)} an input may have (ICP_GUARD_MAX_INPUT_BYTES): split the stack or scan its preview instead`,
    );
  });
});

describe("errors", () => {
  it("an unexpected one is one line without --debug, its stack trace with it", () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'x')\nsecond line");
    setDebug(false);
    expect(errorReport(e)).toBe(
      "icp-guard: error: Cannot read properties of undefined (reading 'x') (an unexpected error: run again with --debug for its stack trace)\n",
    );
    setDebug(true);
    try {
      expect(errorReport(e)).toMatch(/^icp-guard: error: TypeError: Cannot read[\s\S]*\n\s+at /);
    } finally {
      setDebug(false);
    }
    expect(errorReport(new CliError(["a.json: bad", "  detail"]))).toBe(
      "icp-guard: error: a.json: bad\n  detail\n",
    );
  });

  it("--debug is accepted anywhere on the command line", () => {
    const file = path.join(DIR, "utf8-bom.json");
    const r = runCli(["scan", file, "--debug", ...MINIMAL, "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
  });

  it("keeps the packs' stack frames out of the error unless --debug", () => {
    const states = path.join(ROOT, "test", "fixtures", "inputs", "states.json");
    const plain = runCli(["scan", states, "--policy-pack", pack("crashing")]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("Error: crashing-pack: deliberate failure at start");
    expect(plain.stderr).not.toMatch(/^\s+at\s/m);
    const debug = runCli(["scan", states, "--policy-pack", pack("crashing"), "--debug"]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^\s+at\s/m);
  });
});
