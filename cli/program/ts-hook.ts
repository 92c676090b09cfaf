/**
 * Lets the child `require` a TypeScript program: each `.ts` file is transpiled on load with the
 * program's `typescript` (else this package's), CommonJS, inline source maps so stack traces (and
 * the source positions of resources) name `.ts` lines. Type errors are found before the program
 * runs, by type-check.ts, as the Pulumi CLI does.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as TS from "typescript";

type TypeScript = typeof TS;

interface CompilableModule {
  _compile(code: string, filename: string): void;
}

/** A syntax error found while transpiling; `stack` is the compiler's report (no JS frames). */
export class TypeScriptSyntaxError extends SyntaxError {
  constructor(report: string) {
    super(report);
    this.name = "SyntaxError";
    this.stack = report;
  }
}

/** No `typescript` loads for a TypeScript program: the setup is wrong, not the program. */
export class TypeScriptMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TypeScriptMissingError";
  }
}

/** Registers the `.ts` loader; `typescript` itself is loaded on the first `.ts` file only. */
/** The compiler's report of syntax errors, file names relative to the program. */
export function syntaxError(
  ts: TypeScript,
  errors: readonly TS.Diagnostic[],
  programDir: string,
): TypeScriptSyntaxError {
  return new TypeScriptSyntaxError(
    ts.formatDiagnostics(errors, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => programDir,
      getNewLine: () => "\n",
    }),
  );
}

export function registerTypeScript(programDir: string): void {
  let compiler: { ts: TypeScript; options: TS.CompilerOptions } | undefined;
  require.extensions[".ts"] = (module, filename) => {
    compiler ??= loadCompiler(programDir);
    const { ts, options } = compiler;
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: options,
      reportDiagnostics: true,
    });
    const errors = (out.diagnostics ?? []).filter(
      (d) => d.file && d.category === ts.DiagnosticCategory.Error,
    );
    if (errors.length > 0) throw syntaxError(ts, errors, programDir);
    (module as unknown as CompilableModule)._compile(out.outputText, filename);
  };
}

function loadCompiler(programDir: string): { ts: TypeScript; options: TS.CompilerOptions } {
  const ts = loadTypeScript(programDir);
  return { ts, options: compilerOptions(ts, programDir) };
}

export function loadTypeScript(programDir: string): TypeScript {
  for (const from of [programDir, __dirname]) {
    try {
      return require(require.resolve("typescript", { paths: [from] }));
    } catch {
      // try the next place
    }
  }
  throw new TypeScriptMissingError(
    `it is TypeScript and no \`typescript\` package loads, neither the program's nor icp-guard's own: add it to the program (npm install --save-dev typescript in ${programDir}), or reinstall alicloud-icp-guard, which depends on it`,
  );
}

/**
 * The options the Pulumi CLI compiles a program with: its defaults (ES2020, CommonJS, Node
 * resolution, as when there is no tsconfig), then the program's tsconfig.json (its own directory
 * only, as Pulumi reads it).
 */
export function programCompilerOptions(ts: TypeScript, programDir: string): TS.CompilerOptions {
  let options: TS.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
  };
  const configFile = path.join(programDir, "tsconfig.json");
  if (fs.existsSync(configFile)) {
    const read = ts.readConfigFile(configFile, ts.sys.readFile);
    if (read.config !== undefined) {
      options = {
        ...options,
        ...ts.parseJsonConfigFileContent(read.config, ts.sys, programDir).options,
      };
    }
  }
  return options;
}

/** The program's options, adjusted to emit CommonJS with inline source maps. */
function compilerOptions(ts: TypeScript, programDir: string): TS.CompilerOptions {
  return {
    ...programCompilerOptions(ts, programDir),
    module: ts.ModuleKind.CommonJS,
    moduleResolution: undefined,
    verbatimModuleSyntax: false,
    noEmit: false,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: false,
  };
}
