/**
 * The entry a project without `main` in Pulumi.yaml runs, as the Node SDK's runner finds it
 * (`@pulumi/pulumi/cmd/run`): the nearest package manifest upwards, its `exports` or `main`, else
 * the project folder. Under the real Pulumi CLI, examples/README.md's in-place command ran the
 * repository's own package.json `main` (the pack) as the program; icp-guard now does the same,
 * and says why when that run fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../cli/program/run-program";
import { scratchPrograms } from "../support/scratch-programs";

const ROOT = path.resolve(__dirname, "../..");

const registers = (name: string) =>
  `const alicloud = require("@pulumi/alicloud");\nnew alicloud.oss.Bucket(${JSON.stringify(name)}, { bucket: ${JSON.stringify(name)} });\n`;

describe("the entry of a project without main", () => {
  const scratch = scratchPrograms("icp-guard-entry-");

  /** mono/package.json (the manifest given) around mono/infra, a project without main. */
  function monorepo(manifest: Record<string, unknown>, files: Record<string, string>): string {
    const mono = fs.mkdtempSync(path.join(scratch.dir, "mono-"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(mono, "node_modules"), "dir");
    fs.writeFileSync(path.join(mono, "package.json"), JSON.stringify(manifest));
    const infra = path.join(mono, "infra");
    fs.mkdirSync(infra);
    const all = {
      "infra/Pulumi.yaml": "name: p\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n",
      "infra/Pulumi.dev.yaml": "config:\n  alicloud:region: cn-hangzhou\n",
      "infra/index.js": registers("own-index"),
      ...files,
    };
    for (const [name, text] of Object.entries(all)) {
      fs.mkdirSync(path.dirname(path.join(mono, name)), { recursive: true });
      fs.writeFileSync(path.join(mono, name), text);
    }
    return infra;
  }

  const buckets = async (dir: string) =>
    (await runProgram(dir)).states
      .filter((s) => s.type === "alicloud:oss/bucket:Bucket")
      .map((s) => s.urn.split("::").pop());

  it("runs the parent manifest's main, as the SDK does", async () => {
    const dir = monorepo(
      { name: "mono", main: "infra/app.js" },
      { "infra/app.js": registers("app") },
    );
    expect(await buckets(dir)).toEqual(["app"]);
  });

  it('prefers exports ("." with require) over main', async () => {
    const dir = monorepo(
      { name: "mono", main: "infra/app.js", exports: { ".": { require: "infra/exported.js" } } },
      { "infra/app.js": registers("app"), "infra/exported.js": registers("exported") },
    );
    expect(await buckets(dir)).toEqual(["exported"]);
  });

  it("runs the project folder when the manifest names no entry, or one that does not exist", async () => {
    expect(await buckets(monorepo({ name: "mono" }, {}))).toEqual(["own-index"]);
    expect(await buckets(monorepo({ name: "mono", main: "gone.js" }, {}))).toEqual(["own-index"]);
  });

  it("Pulumi.yaml's main wins over any manifest", async () => {
    const dir = monorepo(
      { name: "mono", main: "infra/app.js" },
      {
        "infra/app.js": registers("app"),
        "infra/Pulumi.yaml":
          "name: p\nmain: index.js\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n",
      },
    );
    expect(await buckets(dir)).toEqual(["own-index"]);
  });

  it("a failing run says which manifest chose the entry and how to run the project's own", async () => {
    const dir = monorepo(
      { name: "mono", main: "lib/pack.js" },
      { "lib/pack.js": 'throw new Error("this is the pack, not a program");\n' },
    );
    const e = await scratch.failure(dir);
    expect(e.lines.at(-1)).toBe(
      `note: Pulumi.yaml names no main, so the program run was ${path.join(dir, "..", "lib", "pack.js")}, named by ${path.join(dir, "..", "package.json")}, as pulumi preview runs it: add \`main: index.ts\` (or your entry) to Pulumi.yaml`,
    );
    expect(e.lines.join("\n")).toContain("this is the pack, not a program");
  });
});
