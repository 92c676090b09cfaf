/**
 * Every registry of the bad corpus, handed to the real pack through `icp-guard scan --registry`:
 * the pack must refuse to start, the command exit 2, and the error name the file, line and field
 * and say what is wrong. None may lead to a pass.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { BAD } from "../fixtures/registries/expectations";
import { startCli } from "./support/cli";

const root = path.resolve(__dirname, "../..");
const dir = path.join(root, "test/fixtures/registries/bad");
const input = path.join(root, "test/fixtures/inputs/states.json");

describe("a bad registry stops the pack", () => {
  const files = readdirSync(dir).sort();
  it("covers the whole corpus", () => {
    expect(files).toEqual(Object.keys(BAD).sort());
  });
  it.concurrent.each(files)("%s", async (name) => {
    const file = path.join(dir, name);
    const r = await startCli(["scan", input, "--registry", file, "--format", "json"]).done;
    const want = BAD[name];
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const at = `${file}:${want.line}: ${want.field ? `${want.field}: ` : ""}`;
    expect(r.stderr).toContain(at);
    expect(r.stderr).toContain(want.says);
    // A hostile value is never echoed whole: every line stays readable.
    const longest = Math.max(...r.stderr.split("\n").map((l) => l.length));
    expect(longest).toBeLessThan(1_000);
  });
});
