/**
 * The program's entry, as the Node.js language host finds it: Pulumi.yaml's `main`, else the
 * directory (package.json `main`, else its index file); and, for a TypeScript entry, the type
 * check `pulumi preview` runs before the program (type-check.ts), whose errors stop the preview.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cliText } from "../i18n";
import { ProgramError } from "./program-error";
import type { ProgramProject } from "./project";
import { TypeScriptMissingError, TypeScriptSyntaxError } from "./ts-hook";
import { formatTypeError, typeCheckProgram } from "./type-check";

/** Stops with the program's type errors (or syntax error) when `entryFile` is TypeScript. */
export function checkEntryTypes(
  project: ProgramProject,
  entryFile: string | undefined,
  env: NodeJS.ProcessEnv,
): void {
  if (!entryFile || !/\.(c|m)?tsx?$/.test(entryFile)) return;
  const t = cliText();
  let errors: ReturnType<typeof typeCheckProgram>;
  try {
    errors = typeCheckProgram(project.dir, entryFile, env);
  } catch (e) {
    // No compiler to check with: the same one-line setup error the child gives.
    if (e instanceof TypeScriptMissingError)
      throw new ProgramError("setup", `program ${project.dir}: ${e.message}`);
    if (!(e instanceof TypeScriptSyntaxError)) throw e;
    throw new ProgramError("syntax", [
      `program ${project.dir} has a syntax error:`,
      ...e.message.split("\n"),
    ]);
  }
  if (errors && errors.length > 0) {
    throw new ProgramError("types", [
      t.typeErrors(project.dir, errors.length),
      ...errors.map((e) => `  ${formatTypeError(e)}`),
      `  ${t.typeCheckHint}`,
    ]);
  }
}

/**
 * The file Node would load for the entry: the file itself, or for a folder its package.json `main`
 * or index file (index.ts before index.js, as the TypeScript hook resolves it).
 */
export function resolveEntryFile(entry: string): string | undefined {
  const candidates = (base: string) => [
    base,
    `${base}.ts`,
    `${base}.js`,
    path.join(base, "index.ts"),
    path.join(base, "index.js"),
  ];
  const isFile = (f: string) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  };
  if (!entry.endsWith(path.sep)) return candidates(entry).find(isFile);
  const dir = entry.slice(0, -path.sep.length);
  try {
    const pkg: unknown = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    if (typeof pkg === "object" && pkg !== null && "main" in pkg && typeof pkg.main === "string") {
      const found = candidates(path.resolve(dir, pkg.main)).find(isFile);
      if (found) return found;
    }
  } catch {
    // no package.json: the index file
  }
  return [path.join(dir, "index.ts"), path.join(dir, "index.js")].find(isFile);
}

/** Pulumi.yaml's `main`, else the directory (Node then follows package.json `main`, index.js, index.ts). */
export function programEntry(project: ProgramProject): string {
  const pkgFile = path.join(project.dir, "package.json");
  if (fs.existsSync(pkgFile)) {
    let pkg: unknown;
    try {
      pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
    } catch (e) {
      throw new ProgramError(
        "project",
        `${pkgFile}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (typeof pkg === "object" && pkg !== null && "type" in pkg && pkg.type === "module") {
      throw new ProgramError(
        "setup",
        `${pkgFile}: ES module programs ("type": "module") are not supported offline`,
      );
    }
  }
  const entry = project.main ?? project.dir;
  if (!fs.existsSync(entry)) {
    throw new ProgramError("project", `${project.dir}/Pulumi.yaml: main ${entry} does not exist`);
  }
  // A directory is required with a trailing separator, so an adjacent `<dir>.json` is not picked.
  return fs.statSync(entry).isDirectory() ? entry + path.sep : entry;
}
