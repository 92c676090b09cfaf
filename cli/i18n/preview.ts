/**
 * What `icp-guard preview` says about a program, in English and Simplified Chinese: type and
 * syntax errors, a program that failed or did not finish, and what could not run offline (data
 * sources without an answer, stack references without outputs, the region, --mocks).
 */

export interface PreviewText {
  typeErrors(dir: string, n: number): string;
  typeCheckHint: string;
  emptyInvokes(tokens: readonly string[]): string;
  mocksSnippetIntro: string;
  fillIn: string;
  templateOutputWarning(resource: string, field: string): string;
  programSyntax(dir: string): string;
  programThrew(dir: string): string;
  entryFromManifest(entry: string, manifest: string): string;
  programFailed(dir: string, why: string): string;
  programUnfinished(dir: string, why: string): string;
  programTimeout(dir: string, seconds: number): string;
  programExited(dir: string, how: string): string;
  lastOutput: string;
  warnEmptyInvokes(tokens: readonly string[]): string;
  warnUnmockedStackReferences(names: readonly string[]): string;
  unmockedStackReferences(names: readonly string[]): string;
  warnNoRegion(region: string): string;
  mocksFile(file: string, problem: string): string;
}

export const en: PreviewText = {
  typeErrors: (dir, n) =>
    `program ${dir} has ${n === 1 ? "a type error" : `${n} type errors`} (TypeScript, as \`pulumi preview\` checks it):`,
  typeCheckHint:
    "fix them, or set PULUMI_NODEJS_TRANSPILE_ONLY=true to run the program without type-checking, as with the Pulumi CLI",
  emptyInvokes: (tokens) =>
    `note: ${tokens.length === 1 ? "this data source has" : "these data sources have"} no offline result and returned nothing: ${tokens.join(", ")}`,
  mocksSnippetIntro: "give the program what it reads with --mocks FILE, for example (YAML):",
  fillIn: "fill in what the program reads",
  templateOutputWarning: (resource, field) =>
    `${resource}: input ${field} holds a Pulumi Output put into a plain template string; build it with pulumi.interpolate\`...\` or .apply(...)`,
  programSyntax: (dir) => `program ${dir} has a syntax error:`,
  programThrew: (dir) => `program ${dir} failed with an unhandled exception:`,
  entryFromManifest: (entry, manifest) =>
    `note: Pulumi.yaml names no main, so the program run was ${entry}, named by ${manifest}, as pulumi preview runs it: add \`main: index.ts\` (or your entry) to Pulumi.yaml`,
  programFailed: (dir, why) => `program ${dir} failed: ${why}`,
  programUnfinished: (dir, why) => `program ${dir} did not finish: ${why}`,
  programTimeout: (dir, seconds) => `program ${dir} did not finish within ${seconds} s`,
  programExited: (dir, how) => `program ${dir} exited (${how}) before it finished`,
  lastOutput: "its last output:",
  warnEmptyInvokes: (tokens) =>
    `data sources without an offline result returned nothing (give them with --mocks): ${tokens.join(", ")}`,
  warnUnmockedStackReferences: (names) =>
    `stack references without --mocks outputs have none: ${names.join(", ")}`,
  unmockedStackReferences: (names) =>
    `note: stack references read offline without outputs: ${names.join(", ")}`,
  warnNoRegion: (region) =>
    `no alicloud:region in the stack config: data sources answer as in ${region}`,
  mocksFile: (file, problem) => `--mocks ${file}: ${problem}`,
};

export const zh: PreviewText = {
  typeErrors: (dir, n) =>
    `程序 ${dir} 有 ${n} 个类型错误（TypeScript，与 \`pulumi preview\` 的检查相同）：`,
  typeCheckHint:
    "请修正这些错误，或像使用 Pulumi CLI 时一样设置 PULUMI_NODEJS_TRANSPILE_ONLY=true，跳过类型检查运行程序",
  emptyInvokes: (tokens) => `注意：以下数据源没有离线结果，返回为空：${tokens.join("、")}`,
  mocksSnippetIntro: "请用 --mocks 文件 提供程序读取的内容，例如（YAML）：",
  fillIn: "填入程序读取的字段",
  templateOutputWarning: (resource, field) =>
    `${resource}：输入 ${field} 中有被放进普通模板字符串的 Pulumi Output；请用 pulumi.interpolate\`...\` 或 .apply(...) 构造`,
  programSyntax: (dir) => `程序 ${dir} 有语法错误：`,
  programThrew: (dir) => `程序 ${dir} 因未处理的异常而失败：`,
  entryFromManifest: (entry, manifest) =>
    `注意：Pulumi.yaml 未指定 main，因此与 pulumi preview 一样运行了 ${manifest} 指定的 ${entry}：请在 Pulumi.yaml 中加上 \`main: index.ts\`（或你的入口文件）`,
  programFailed: (dir, why) => `程序 ${dir} 失败：${why}`,
  programUnfinished: (dir, why) => `程序 ${dir} 未能完成：${why}`,
  programTimeout: (dir, seconds) => `程序 ${dir} 未在 ${seconds} 秒内完成`,
  programExited: (dir, how) => `程序 ${dir} 在完成之前退出（${how}）`,
  lastOutput: "其最后的输出：",
  warnEmptyInvokes: (tokens) =>
    `以下数据源没有离线结果，返回为空（可用 --mocks 提供）：${tokens.join("、")}`,
  warnUnmockedStackReferences: (names) =>
    `以下栈引用没有 --mocks 输出，输出为空：${names.join("、")}`,
  unmockedStackReferences: (names) => `注意：以下栈引用离线读取时没有输出：${names.join("、")}`,
  warnNoRegion: (region) => `栈配置中没有 alicloud:region：数据源按 ${region} 返回结果`,
  mocksFile: (file, problem) => `--mocks ${file}：${problem}`,
};
