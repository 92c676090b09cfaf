/**
 * Pulumi programs written by a test into a temporary folder (outside the repository, so lint and
 * tsc never see them), with the repository's node_modules linked in, and how to run one that must
 * fail.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { ProgramError } from "../../cli/program/program-error";
import { runProgram } from "../../cli/program/run-program";

const ROOT = path.resolve(__dirname, "..", "..");

/** Registers the folder's creation and removal with the enclosing describe block. */
export function scratchPrograms(prefix: string) {
  let scratch = "";
  let count = 0;
  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });
  return {
    /** A program of these files, plus Pulumi.yaml (project p) and Pulumi.dev.yaml (cn-hangzhou). */
    program(files: Record<string, string>): string {
      const dir = path.join(scratch, `p${++count}`);
      fs.mkdirSync(dir);
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
      const all = {
        "Pulumi.yaml": "name: p\nruntime: nodejs\n",
        "Pulumi.dev.yaml": "config:\n  alicloud:region: cn-hangzhou\n",
        ...files,
      };
      for (const [name, text] of Object.entries(all)) fs.writeFileSync(path.join(dir, name), text);
      return dir;
    },
    /** The ProgramError the run ends with (anything else, or success, fails the test). */
    async failure(dir: string, opts: Parameters<typeof runProgram>[1] = {}): Promise<ProgramError> {
      try {
        await runProgram(dir, opts);
      } catch (e) {
        if (e instanceof ProgramError) return e;
        throw e;
      }
      throw new Error("expected a ProgramError");
    },
    /** The folder the programs are written in. */
    get dir(): string {
      return scratch;
    },
  };
}
