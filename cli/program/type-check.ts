/**
 * Type-checks a TypeScript program before it runs, as `pulumi preview` does (ts-node checks each
 * file of the program it loads): errors in the program's own files, never in installed
 * declarations. PULUMI_NODEJS_TRANSPILE_ONLY=true skips it (=false forces it), else a tsconfig
 * `noCheck: true` does, as with the Pulumi CLI.
 *
 * Parsing `@pulumi/alicloud`'s declarations takes seconds; the parsed declaration files are kept
 * for the life of the process, so previewing several programs at once pays for them once.
 */
import * as path from "node:path";
import type * as TS from "typescript";
import { loadTypeScript, programCompilerOptions, syntaxError } from "./ts-hook";

type TypeScript = typeof TS;

/** Declaration and library files parsed so far, per TypeScript instance and language version. */
const parsed = new WeakMap<TypeScript, Map<string, TS.SourceFile>>();
let previous: { ts: TypeScript; program: TS.Program } | undefined;

/** Whether the Pulumi CLI would type-check this program. */
export function wantsTypeCheck(env: NodeJS.ProcessEnv, options?: TS.CompilerOptions): boolean {
  const flag = env.PULUMI_NODEJS_TRANSPILE_ONLY;
  if (flag) return flag !== "true";
  return (options as { noCheck?: boolean } | undefined)?.noCheck !== true;
}

export interface TypeCheckError {
  /** Relative to the program directory when inside it. */
  file?: string;
  line?: number;
  column?: number;
  code: number;
  message: string;
}

/**
 * The type errors of the program whose entry is `entryFile` (a `.ts` file), or undefined when the
 * Pulumi CLI would not check it (transpile-only). A file that does not parse throws a
 * TypeScriptSyntaxError (the compiler's report).
 */
export function typeCheckProgram(
  programDir: string,
  entryFile: string,
  env: NodeJS.ProcessEnv = process.env,
): TypeCheckError[] | undefined {
  const ts = loadTypeScript(programDir);
  const options = programCompilerOptions(ts, programDir);
  if (!wantsTypeCheck(env, options)) return undefined;
  const checkOptions: TS.CompilerOptions = { ...options, noEmit: true, incremental: false };
  delete checkOptions.outDir;
  delete checkOptions.declarationDir;

  let cache = parsed.get(ts);
  if (!cache) {
    cache = new Map();
    parsed.set(ts, cache);
  }
  const host = ts.createCompilerHost(checkOptions, true);
  const read = host.getSourceFile.bind(host);
  const store = cache;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const reusable =
      fileName.includes(`${path.sep}node_modules${path.sep}`) ||
      fileName.includes("/node_modules/");
    if (!reusable) return read(fileName, languageVersion, onError, shouldCreate);
    const version =
      typeof languageVersion === "object"
        ? JSON.stringify(languageVersion)
        : String(languageVersion);
    const key = `${version}\0${fileName}`;
    let sf = store.get(key);
    if (!sf) {
      sf = read(fileName, languageVersion, onError, shouldCreate);
      if (sf) store.set(key, sf);
    }
    return sf;
  };
  const program = ts.createProgram({
    rootNames: [entryFile],
    options: checkOptions,
    host,
    oldProgram: previous?.ts === ts ? previous.program : undefined,
  });
  previous = { ts, program };

  const own = program
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !program.isSourceFileFromExternalLibrary(sf));
  const isError = (d: TS.Diagnostic) => d.category === ts.DiagnosticCategory.Error;
  // A file that does not parse is a syntax error, reported as the transpiler would report it.
  const syntax = own.flatMap((sf) => program.getSyntacticDiagnostics(sf)).filter(isError);
  if (syntax.length > 0) throw syntaxError(ts, syntax, programDir);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((sf) => program.getSemanticDiagnostics(sf)),
  ].filter(isError);
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return { code: d.code, message };
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const rel = path.relative(programDir, d.file.fileName);
    return {
      file: rel.startsWith("..") || path.isAbsolute(rel) ? d.file.fileName : rel,
      line: line + 1,
      column: character + 1,
      code: d.code,
      message,
    };
  });
}

/** `index.ts:12:5 - error TS2322: …`, continuation lines indented. */
export function formatTypeError(e: TypeCheckError): string {
  const where = e.file ? `${e.file}:${e.line}:${e.column} - ` : "";
  return `${where}error TS${e.code}: ${e.message.split("\n").join("\n    ")}`;
}
