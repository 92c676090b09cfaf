/**
 * The program's entry, as the Node.js language host and SDK runner find it: Pulumi.yaml's `main`,
 * else the nearest package manifest's `exports` or `main`, else the directory; and, for a TypeScript entry, the type
 * check `pulumi preview` runs before the program (type-check.ts), whose errors stop the preview.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
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

/** package.json or package.yaml: the manifests the Node SDK looks for, in its order. */
const MANIFESTS = ["package.json", "package.yaml"];

/** The folder of the nearest package manifest from `dir` upwards, else `dir` (the SDK's rule). */
function packageRoot(dir: string): { root: string; manifest?: string } {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    for (const name of MANIFESTS) {
      const file = path.join(d, name);
      if (fs.existsSync(file)) return { root: d, manifest: file };
    }
    if (path.dirname(d) === d) return { root: dir };
  }
}

function readManifest(file: string): Record<string, unknown> {
  let pkg: unknown;
  try {
    const text = fs.readFileSync(file, "utf8");
    pkg = file.endsWith(".yaml") ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new ProgramError("project", `${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return typeof pkg === "object" && pkg !== null && !Array.isArray(pkg)
    ? (pkg as Record<string, unknown>)
    : {};
}

/**
 * Without `main` in Pulumi.yaml, what the Node SDK's runner (`@pulumi/pulumi/cmd/run`) runs: the
 * nearest package manifest's `exports` (a string, or `"."` as a string or its `default`,
 * `require` or `import`), else its `main`, resolved from the manifest's folder when that path
 * exists; else the project folder. The manifest may be a parent folder's: a project inside a
 * repository whose own package.json names another entry runs that entry, under pulumi preview and
 * here alike (add `main` to Pulumi.yaml to run the project's own index file).
 */
function sdkEntry(pkg: Record<string, unknown>, root: string): string | undefined {
  const exp = pkg.exports;
  let named: unknown;
  if (typeof exp === "string") named = exp;
  else if (typeof exp === "object" && exp !== null) {
    const dot = (exp as Record<string, unknown>)["."];
    if (typeof dot === "string") named = dot;
    else if (typeof dot === "object" && dot !== null) {
      const d = dot as Record<string, unknown>;
      named = d.default || d.require || d.import;
    }
  } else named = pkg.main;
  if (typeof named !== "string" || named === "") return undefined;
  const file = path.join(root, named);
  return fs.existsSync(file) ? file : undefined;
}

/** Pulumi.yaml's `main`, else what the Node SDK's runner would run (sdkEntry), else the directory. */
export function programEntry(project: ProgramProject): { entry: string; manifest?: string } {
  const { root, manifest } = packageRoot(project.dir);
  const pkg = manifest ? readManifest(manifest) : {};
  if (pkg.type === "module") {
    throw new ProgramError(
      "setup",
      `${manifest}: ES module programs ("type": "module") are not supported offline`,
    );
  }
  const fromManifest = project.main === undefined ? sdkEntry(pkg, root) : undefined;
  const entry = project.main ?? fromManifest ?? project.dir;
  if (!fs.existsSync(entry)) {
    throw new ProgramError("project", `${project.dir}/Pulumi.yaml: main ${entry} does not exist`);
  }
  // A directory is required with a trailing separator, so an adjacent `<dir>.json` is not picked.
  const resolved = fs.statSync(entry).isDirectory() ? entry + path.sep : entry;
  return fromManifest ? { entry: resolved, manifest } : { entry: resolved };
}
