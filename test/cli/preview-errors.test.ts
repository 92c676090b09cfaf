/**
 * `icp-guard preview` on programs that cannot be previewed: a syntax error, a program that
 * throws, a missing stack config file. Each is a clear error naming the cause, and exit 2, never
 * a pass. (Programs are written to a temp folder, with the repository's node_modules linked in, so lint
 * and tsc never see them.)
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, startCli, tempDir } from "./support/cli";

function program(name: string, files: Record<string, string>): string {
  const dir = path.join(tempDir("icp-preview-"), name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  // The program resolves @pulumi/pulumi and @pulumi/alicloud as an installed project would.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

const pulumiYaml = (name: string) => `name: ${name}\nruntime: nodejs\n`;
const stackYaml = "config:\n  alicloud:region: cn-hangzhou\n";

describe("preview of a program that cannot run", () => {
  it("a syntax error: exit 2, the file and line named", async () => {
    const dir = program("broken-syntax", {
      "Pulumi.yaml": pulumiYaml("broken-syntax"),
      "Pulumi.prod.yaml": stackYaml,
      "index.ts": 'import * as alicloud from "@pulumi/alicloud";\nconst x = {;\n',
    });
    const r = await startCli(["preview", dir]).done;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/index\.ts/);
    expect(r.stderr.toLowerCase()).toContain("syntax");
  });

  it("a type error: exit 2, file:line named, as the Pulumi CLI type-checks", async () => {
    const dir = program("type-error", {
      "Pulumi.yaml": pulumiYaml("type-error"),
      "Pulumi.prod.yaml": stackYaml,
      "index.ts":
        'import * as pulumi from "@pulumi/pulumi";\nconst port: number = "80";\nexport const stack = pulumi.getStack() + port;\n',
    });
    const r = await startCli(["preview", dir]).done;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "  index.ts:2:7 - error TS2322: Type 'string' is not assignable to type 'number'.\n",
    );
    // The same program runs when type-checking is off, as with the Pulumi CLI.
    const skipped = await startCli(["preview", dir], { PULUMI_NODEJS_TRANSPILE_ONLY: "true" }).done;
    expect(skipped.code, skipped.stderr).toBe(0);
  }, 120_000);

  it("a program that throws: exit 2, its error shown", async () => {
    const dir = program("throws", {
      "Pulumi.yaml": pulumiYaml("throws"),
      "Pulumi.prod.yaml": stackYaml,
      "index.ts": 'throw new Error("the shop domain is not configured");\n',
    });
    const r = await startCli(["preview", dir]).done;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("the shop domain is not configured");
  });

  it("a missing stack config file: exit 2, the file named", async () => {
    const dir = program("no-stack-file", {
      "Pulumi.yaml": pulumiYaml("no-stack-file"),
      "index.ts": "export const x = 1;\n",
    });
    const r = await startCli(["preview", dir, "--stack", "prod"]).done;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Pulumi.prod.yaml");
  });

  it("a folder without Pulumi.yaml: exit 2", async () => {
    const dir = program("empty", { "index.ts": "export {};\n" });
    const r = await startCli(["preview", dir]).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Pulumi.yaml");
  });
});
