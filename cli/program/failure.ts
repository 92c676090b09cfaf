/**
 * What icp-guard says when the program did not run to the end: it timed out, exited, did not
 * parse, threw, logged an error or left work unfinished. Each message keeps the program's own
 * frames and output, and when data sources or stack references had no offline answer, a
 * ready-to-fill `--mocks` file for them.
 */
import * as path from "node:path";
import { cliText } from "../i18n";
import { mockSnippet } from "./data-sources";
import { type ChildExit, childDir } from "./launch";
import { ProgramError } from "./program-error";
import type { ChildFailure } from "./protocol";

/** The program ended (or was killed at the time limit) without writing a result. */
export function unfinishedError(
  dir: string,
  exit: ChildExit,
  output: string,
  timeoutMs: number,
): ProgramError {
  const t = cliText();
  return new ProgramError(
    exit.timedOut ? "timeout" : "exited",
    [
      exit.timedOut
        ? t.programTimeout(dir, timeoutMs / 1000)
        : t.programExited(dir, exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`),
      ...tailLines(output, t.lastOutput),
    ],
    { output },
  );
}

/** The failure the child reported, with what the program printed. */
export function failureError(dir: string, failure: ChildFailure, output: string): ProgramError {
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
