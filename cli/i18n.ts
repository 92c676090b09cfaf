/**
 * Every sentence `icp-guard` itself prints (help, errors, summaries, report headings), in English
 * and Simplified Chinese, chosen by ICP_GUARD_LANG as the pack chooses its messages (`zh`,
 * `zh_CN.UTF-8`, … all mean Chinese). Both catalogs implement one interface, so a sentence cannot
 * exist in one language only. Policy messages come from the packs, in the pack's language.
 *
 * Registry errors are worded by the pack (policy-pack/model/registry): icp-guard shows them as the
 * pack wrote them, under a heading of its own (`registryStoppedPack`).
 */
import { langFromEnv } from "../policy-pack/messages/catalog";
import type { Lang } from "../policy-pack/model/context";
import type { RedactReason } from "./export-secrets";

export type CliLang = Lang;

export function cliLang(env: NodeJS.ProcessEnv = process.env): CliLang {
  return langFromEnv(env);
}

/** "1 mandatory violation", "2 advisory violations". */
type Counter = (n: number) => string;

export interface RegistryLine {
  file: string | null;
  counts?: { filings: number; servers: number; exemptions: number };
  /** `project/stack` names, when the stacks of a run used different registries. */
  stacks?: string[];
  source: string;
}

export interface CliText {
  // --- command line ---------------------------------------------------------------------------
  usageHint: string;
  errorPrefix: string;
  /** After the first line of an error icp-guard did not expect. */
  unexpectedError: string;
  warningPrefix: string;
  unknownCommand(name: string): string;
  unknownFormat(format: string, formats: readonly string[]): string;
  overview(commands: ReadonlyArray<[string, string]>): string;
  helpSummary: string;
  commandSummary: { scan: string; preview: string; report: string };
  usage: { scan: string; preview: string; report: string };
  needsPrograms: string;
  needsInputs: string;
  needsEventLog: string;
  stackOption(value: string): string;
  // --- files ----------------------------------------------------------------------------------
  registryMissing(file: string): string;
  outputDirMissing(file: string, dir: string): string;
  outputNotWritable(file: string, why: string): string;
  outputIsDirectory(file: string): string;
  notAnEventLog(file: string, kind: string | undefined): string;
  // --- progress on stderr ---------------------------------------------------------------------
  inputRead(file: string, kind: string, resources: number): string;
  previewed(dir: string, stack: string, resources: number): string;
  packWroteStderr(pack: string, stack: string): string;
  reportWritten(p: {
    mandatory: number;
    advisory: number;
    resources: number;
    format: string;
    output: string;
  }): string;
  // --- report wording -------------------------------------------------------------------------
  mandatoryViolations: Counter;
  advisoryViolations: Counter;
  resources: Counter;
  policyViolations: string;
  remediationsHeading: string;
  packsRun: string;
  name: string;
  version: string;
  resourcesChecked(n: number): string;
  noViolations: string;
  violationsSummary(mandatory: string, advisory: string): string;
  /** "2 mandatory" inside violationsSummary. */
  levelCount(level: "mandatory" | "advisory", n: number): string;
  notApplicableSummary(n: number, shown: boolean): string;
  exemptedSummary(n: number): string;
  notApplicableHeading: string;
  exemptedHeading: string;
  exemptedLine(p: { reason: string; expires: string; where?: string }): string;
  wholeStack: string;
  registry(r: RegistryLine): string;
  inStack(stack: string): string;
  at(location: string): string;
  outputInTemplate: string;
  // --- markdown -------------------------------------------------------------------------------
  mdTitle: string;
  mdColumns: { level: string; policy: string; resource: string; location: string; message: string };
  mdMore: string;
  mdNotShown(n: number): string;
  mdPacks: string;
  mdNotApplicable(n: number): string;
  mdExempted(n: number): string;
  mdSkippedColumns: { policy: string; resource: string; reason: string };
  mdFixes: string;
  mdSummary(mandatory: number, advisory: number, resources: number): string;
  mdSkippedNotShown(n: number): string;
  // --- offline preview ------------------------------------------------------------------------
  typeErrors(dir: string, n: number): string;
  typeCheckHint: string;
  emptyInvokes(tokens: readonly string[]): string;
  mocksSnippetIntro: string;
  fillIn: string;
  templateOutputWarning(resource: string, field: string): string;
  programSyntax(dir: string): string;
  programThrew(dir: string): string;
  programFailed(dir: string, why: string): string;
  programUnfinished(dir: string, why: string): string;
  programTimeout(dir: string, seconds: number): string;
  programExited(dir: string, how: string): string;
  lastOutput: string;
  warnEmptyInvokes(tokens: readonly string[]): string;
  warnUnmockedStackReferences(names: readonly string[]): string;
  unmockedStackReferences(names: readonly string[]): string;
  warnNoRegion(region: string): string;
  warnSecretsRedacted(file: string, reason: RedactReason): string;
  mocksFile(file: string, problem: string): string;
  registryStoppedPack: string;
  packStderrHeading: string;
  /** The first line of a pack failure: `policy pack "<dir>" <what>`. */
  packFailed(dir: string, what: string): string;
  packNoPort(ms: number): string;
  packStartFailed(why: string): string;
  packExitedEarly(exit: string | undefined): string;
  packCrashed(exit: string, step: string, of: string[]): string;
  packTimedOut(step: string, of: string[], ms: number): string;
  packCallFailed(step: string, of: string[], why: string): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const ofUrns = (urns: readonly string[]) => (urns.length === 0 ? "" : ` of ${urns.join(", ")}`);

const SOURCES_EN: Record<string, string> = {
  option: "--registry",
  env: "ICP_GUARD_REGISTRY",
  program: "found beside the program",
  cwd: "found in the working directory",
  pack: "found in the policy pack's folder",
  none: "",
};
const SOURCES_ZH: Record<string, string> = {
  option: "--registry 指定",
  env: "ICP_GUARD_REGISTRY 指定",
  program: "位于程序目录",
  cwd: "位于当前目录",
  pack: "位于策略包目录",
  none: "",
};

const USAGE_SCAN_EN = `Usage: icp-guard scan FILE... [options]

Runs policy packs over resource states, as the Pulumi engine runs them during a preview.
Each FILE is detected by its content: a \`pulumi stack export\`, a \`pulumi preview --json\`
document, a \`pulumi preview --event-log\` file, or a JSON array of resource states.

Options:
  --policy-pack DIR          a Node.js policy pack (repeatable; default: icp-guard's own pack)
  --policy-pack-config FILE  config for the --policy-pack at the same position (repeatable)
  --registry FILE            ICP registry, handed to the packs as ICP_GUARD_REGISTRY (default:
                             $ICP_GUARD_REGISTRY, else icp-registry.yaml in the working directory)
  --stack ORG/PROJECT/STACK  stack identity (default: read from the URNs)
  --format FORMAT            text (default), json, sarif, junit or markdown
  --output FILE              write the report to FILE instead of stdout
  --show-skipped             list every not-applicable and exempted result (text, markdown)
  --quiet                    print only the violations and the summary
  --debug                    show the stack trace of an unexpected error

Each FILE must be a regular file of at most 500 MiB (ICP_GUARD_MAX_INPUT_BYTES) in UTF-8
(a byte-order mark is fine; UTF-16 is refused), whose property values nest at most 100 lists
and objects deep. A file that is not, or whose states have fields of the wrong type, ends the
command with one line naming the file, the resource and the field.

Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 usage, input or pack error.
Environment: ICP_GUARD_PACK_TIMEOUT_MS, the time a pack may take to start and to answer
each call (default 120000); ICP_GUARD_LANG=zh-CN for Chinese.
`;

const USAGE_SCAN_ZH = `用法：icp-guard scan 文件... [选项]

像 Pulumi 引擎在预览时那样，对资源状态运行策略包。
按内容识别每个文件：\`pulumi stack export\` 导出、\`pulumi preview --json\` 文档、
\`pulumi preview --event-log\` 事件日志，或资源状态的 JSON 数组。

选项：
  --policy-pack 目录          Node.js 策略包（可重复；默认：icp-guard 自带的策略包）
  --policy-pack-config 文件   同一位置的 --policy-pack 的配置（可重复）
  --registry 文件             ICP 备案登记文件，以 ICP_GUARD_REGISTRY 交给策略包（默认：
                             $ICP_GUARD_REGISTRY，否则为当前目录下的 icp-registry.yaml）
  --stack 组织/项目/栈        栈标识（默认：从 URN 读取）
  --format 格式               text（默认）、json、sarif、junit 或 markdown
  --output 文件               将报告写入文件而非标准输出
  --show-skipped              列出所有不适用和已豁免的结果（text、markdown）
  --quiet                     只输出违规和汇总
  --debug                     显示意外错误的堆栈

每个文件须为不超过 500 MiB（ICP_GUARD_MAX_INPUT_BYTES）的普通 UTF-8 文件（可带字节顺序标记，
不接受 UTF-16），属性值的列表和对象嵌套不超过 100 层。不符合要求、或资源状态字段类型错误的文件
会使命令结束，并用一行指明文件、资源和字段。

退出码：0 无强制违规，1 有强制违规，2 用法、输入或策略包错误。
环境变量：ICP_GUARD_PACK_TIMEOUT_MS，策略包启动和每次应答的时限（默认 120000）；
ICP_GUARD_LANG=zh-CN 使用中文。
`;

const USAGE_PREVIEW_EN = `Usage: icp-guard preview PROGRAM_DIR... [options]

Previews Pulumi programs offline and runs policy packs over what they would register, as
\`pulumi preview --policy-pack\` does on a first preview: ids and computed addresses unknown,
resources linked through the values they were computed from. Reads Pulumi.yaml and
Pulumi.<stack>.yaml (region and other config). TypeScript programs are type-checked first, as
the Pulumi CLI does (PULUMI_NODEJS_TRANSPILE_ONLY=true skips it). Data sources answer offline
with plausible results for the stack's region (zones, images, instance types, ...), and
@pulumi/std functions run for real; --mocks gives or overrides any result.
Needs no Pulumi CLI, provider plugin, credentials or network.

Options:
  --stack NAME               the stack whose Pulumi.<NAME>.yaml to read (default: the only one)
  --config KEY=VALUE         set a config value, e.g. alicloud:region=cn-shanghai (repeatable)
  --mocks FILE               data-source results and StackReference outputs (YAML or JSON)
  --policy-pack DIR          a Node.js policy pack (repeatable; default: icp-guard's own pack)
  --policy-pack-config FILE  config for the --policy-pack at the same position (repeatable)
  --registry FILE            ICP registry, handed to the packs as ICP_GUARD_REGISTRY (default:
                             $ICP_GUARD_REGISTRY, else icp-registry.yaml beside the program,
                             else in the working directory)
  --format FORMAT            text (default), json, sarif, junit or markdown
  --output FILE              write the report to FILE instead of stdout
  --show-skipped             list every not-applicable and exempted result (text, markdown)
  --quiet                    print only the violations and the summary

Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 usage error, a program that
fails (type or syntax error, exception, missing stack config), or a pack error.
`;

const USAGE_PREVIEW_ZH = `用法：icp-guard preview 程序目录... [选项]

离线预览 Pulumi 程序，并对其将要注册的资源运行策略包，如同首次执行
\`pulumi preview --policy-pack\`：ID 和计算出的地址未知，资源通过其取值来源相互关联。
读取 Pulumi.yaml 和 Pulumi.<栈>.yaml（地域等配置）。与 Pulumi CLI 一样，TypeScript 程序
先做类型检查（PULUMI_NODEJS_TRANSPILE_ONLY=true 可跳过）。数据源离线返回与栈地域相符的
合理结果（可用区、镜像、实例规格等），@pulumi/std 函数真实执行；--mocks 可提供或覆盖任何结果。
无需 Pulumi CLI、Provider 插件、凭证或网络。

选项：
  --stack 名称                读取 Pulumi.<名称>.yaml 的栈（默认：唯一的那个）
  --config 键=值              设置配置项，如 alicloud:region=cn-shanghai（可重复）
  --mocks 文件                数据源结果和 StackReference 输出（YAML 或 JSON）
  --policy-pack 目录          Node.js 策略包（可重复；默认：icp-guard 自带的策略包）
  --policy-pack-config 文件   同一位置的 --policy-pack 的配置（可重复）
  --registry 文件             ICP 备案登记文件，以 ICP_GUARD_REGISTRY 交给策略包（默认：
                             $ICP_GUARD_REGISTRY，否则为程序目录下的 icp-registry.yaml，
                             再否则为当前目录下的）
  --format 格式               text（默认）、json、sarif、junit 或 markdown
  --output 文件               将报告写入文件而非标准输出
  --show-skipped              列出所有不适用和已豁免的结果（text、markdown）
  --quiet                     只输出违规和汇总

退出码：0 无强制违规，1 有强制违规，2 用法错误、程序失败（类型或语法错误、异常、缺少栈配置）
或策略包错误。
`;

const USAGE_REPORT_EN = `Usage: icp-guard report EVENT_LOG [options]

Converts the policy violations that \`pulumi preview --event-log EVENT_LOG\` recorded into a
report; no policy pack runs.

Options:
  --format FORMAT   text (default), json, sarif, junit or markdown
  --output FILE     write the report to FILE instead of stdout
  --show-skipped    list every not-applicable and exempted result (text, markdown)
  --quiet           print only the violations and the summary

Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 usage or input error.
`;

const USAGE_REPORT_ZH = `用法：icp-guard report 事件日志 [选项]

将 \`pulumi preview --event-log 事件日志\` 记录的策略违规转换为报告；不运行策略包。

选项：
  --format 格式     text（默认）、json、sarif、junit 或 markdown
  --output 文件     将报告写入文件而非标准输出
  --show-skipped    列出所有不适用和已豁免的结果（text、markdown）
  --quiet           只输出违规和汇总

退出码：0 无强制违规，1 有强制违规，2 用法或输入错误。
`;

const en: CliText = {
  usageHint: "Run 'icp-guard help' for usage.",
  errorPrefix: "error",
  unexpectedError: "an unexpected error: run again with --debug for its stack trace",
  warningPrefix: "warning",
  unknownCommand: (name) => `unknown command "${name}"`,
  unknownFormat: (format, formats) => `unknown --format "${format}" (one of ${formats.join(", ")})`,
  overview: (commands) => {
    const width = Math.max(...commands.map(([n]) => n.length), 4);
    return [
      "Usage: icp-guard <command> [options]",
      "",
      "Commands:",
      ...commands.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
      "",
      "Options: --version, --help, --debug (show stack traces of unexpected errors)",
      "",
    ].join("\n");
  },
  helpSummary: "show this help, or a command's: icp-guard help <command>",
  commandSummary: {
    scan: "run policy packs over stack exports, previews, event logs or state arrays",
    preview: "preview Pulumi programs offline and run policy packs over them",
    report: "turn the policy events of a pulumi preview --event-log file into a report",
  },
  usage: { scan: USAGE_SCAN_EN, preview: USAGE_PREVIEW_EN, report: USAGE_REPORT_EN },
  needsPrograms: "preview needs at least one PROGRAM_DIR",
  needsInputs: "scan needs at least one input FILE",
  needsEventLog: "report needs exactly one EVENT_LOG file",
  stackOption: (value) => `--stack must be ORG/PROJECT/STACK, got "${value}"`,
  registryMissing: (file) => `cannot read registry ${file}: no such file`,
  outputDirMissing: (file, dir) =>
    `cannot write the report to ${file}: folder ${dir} does not exist (create it first)`,
  outputNotWritable: (file, why) => `cannot write ${file}: ${why}`,
  outputIsDirectory: (file) => `cannot write the report to ${file}: it is a folder`,
  notAnEventLog: (file, kind) =>
    kind
      ? `${file} is a ${kind}, not a pulumi event log: run \`icp-guard scan ${file}\` to check it with the policy packs`
      : `${file} is not a pulumi event log (no engine events); \`icp-guard scan\` checks stack exports, preview JSON and state arrays`,
  inputRead: (file, kind, n) => `${file}: ${kind}, ${n} resources`,
  previewed: (dir, stack, n) => `${dir}: previewed ${stack} offline, ${n} resources`,
  packWroteStderr: (pack, stack) => `policy pack ${pack} (stack ${stack}) wrote to stderr:`,
  reportWritten: (p) =>
    `${en.mandatoryViolations(p.mandatory)}, ${en.advisoryViolations(p.advisory)} on ${en.resources(p.resources)}; ${p.format} report written to ${p.output}`,
  mandatoryViolations: (n) => plural(n, "mandatory violation", "mandatory violations"),
  advisoryViolations: (n) => plural(n, "advisory violation", "advisory violations"),
  resources: (n) => plural(n, "resource", "resources"),
  policyViolations: "Policy violations:",
  remediationsHeading: "Policy remediations (would change the resource's inputs):",
  packsRun: "Policy Packs run:",
  name: "Name",
  version: "Version",
  resourcesChecked: (n) => `Resources: ${n} checked`,
  noViolations: "No policy violations.",
  violationsSummary: (m, a) => `Violations: ${m}, ${a}`,
  levelCount: (level, n) => `${n} ${level}`,
  notApplicableSummary: (n, shown) =>
    `Not applicable: ${n} ${n === 1 ? "result" : "results"}${shown || n === 0 ? "" : " (--show-skipped lists them)"}`,
  exemptedSummary: (n) => `Exempted: ${n} ${n === 1 ? "result" : "results"} (listed above)`,
  notApplicableHeading: "Not applicable:",
  exemptedHeading: "Exempted (registry exemptions in force):",
  exemptedLine: (p) => `exempted until ${p.expires}${p.where ? ` by ${p.where}` : ""}: ${p.reason}`,
  wholeStack: "the whole stack",
  registry: (r) => {
    const stacks = r.stacks ? ` (stack ${r.stacks.join(", ")})` : "";
    if (r.file === null)
      return `ICP registry${stacks}: none (no --registry, ICP_GUARD_REGISTRY or icp-registry.yaml found): every filing check fails`;
    const counts = r.counts
      ? `: ${plural(r.counts.filings, "filing", "filings")}, ${plural(r.counts.servers, "server", "servers")}, ${plural(r.counts.exemptions, "exemption", "exemptions")}`
      : "";
    const source = SOURCES_EN[r.source] ? ` (${SOURCES_EN[r.source]})` : "";
    return `ICP registry${stacks}: ${r.file}${source}${counts}`;
  },
  inStack: (stack) => `in stack ${stack}`,
  at: (location) => `at ${location}`,
  outputInTemplate:
    "Hint: [Output] marks a Pulumi Output put into a plain template string; build the value with pulumi.interpolate`...` or output.apply(...).",
  mdTitle: "### Policy check (icp-guard)",
  mdColumns: {
    level: "Level",
    policy: "Policy",
    resource: "Resource",
    location: "Location",
    message: "Message",
  },
  mdMore: "more",
  mdNotShown: (n) =>
    `…and ${n} more ${n === 1 ? "violation" : "violations"} not shown: see the full report (\`icp-guard scan --format json\`).`,
  mdPacks: "policy packs",
  mdNotApplicable: (n) => `${n} not applicable`,
  mdExempted: (n) => `${n} exempted`,
  mdSkippedColumns: { policy: "Policy", resource: "Resource", reason: "Reason" },
  mdFixes: "How to fix",
  mdSummary: (m, a, r) =>
    `**${m} mandatory**, **${a} advisory** violation${m + a === 1 ? "" : "s"} on ${en.resources(r)}`,
  mdSkippedNotShown: (n) => `…and ${n} more not shown (see \`--format json\`).`,
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
  warnSecretsRedacted: (file, reason) =>
    `could not decrypt secrets in ${file} (${redactReasonEn(reason)}); analyzing with secret values redacted to "[secret]", as pulumi policy analyze does`,
  mocksFile: (file, problem) => `--mocks ${file}: ${problem}`,
  registryStoppedPack: "the ICP registry could not be loaded (its stderr):",
  packStderrHeading: "its stderr:",
  packFailed: (dir, what) => `policy pack "${dir}" ${what}`,
  packNoPort: (ms) => `did not print its port within ${ms} ms`,
  packStartFailed: (why) => `failed to start: ${why}`,
  packExitedEarly: (exit) => `exited (${exit}) before printing its port`,
  packCrashed: (exit, step, of) => `crashed (${exit}) during ${step}${ofUrns(of)}`,
  packTimedOut: (step, of, ms) => `did not answer ${step}${ofUrns(of)} within ${ms} ms`,
  packCallFailed: (step, of, why) => `failed in ${step}${ofUrns(of)}: ${why}`,
};

const zh: CliText = {
  usageHint: "运行 'icp-guard help' 查看用法。",
  errorPrefix: "错误",
  unexpectedError: "意外错误：加 --debug 重新运行可查看堆栈",
  warningPrefix: "警告",
  unknownCommand: (name) => `未知命令 "${name}"`,
  unknownFormat: (format, formats) => `未知的 --format "${format}"（可选：${formats.join("、")}）`,
  overview: (commands) => {
    const width = Math.max(...commands.map(([n]) => n.length), 4);
    return [
      "用法：icp-guard <命令> [选项]",
      "",
      "命令：",
      ...commands.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
      "",
      "选项：--version、--help、--debug（显示意外错误的堆栈）",
      "",
    ].join("\n");
  },
  helpSummary: "显示本帮助，或某个命令的帮助：icp-guard help <命令>",
  commandSummary: {
    scan: "对 stack export、预览 JSON、事件日志或状态数组运行策略包",
    preview: "离线预览 Pulumi 程序并对其运行策略包",
    report: "将 pulumi preview --event-log 文件中的策略事件转换为报告",
  },
  usage: { scan: USAGE_SCAN_ZH, preview: USAGE_PREVIEW_ZH, report: USAGE_REPORT_ZH },
  needsPrograms: "preview 至少需要一个程序目录",
  needsInputs: "scan 至少需要一个输入文件",
  needsEventLog: "report 需要且只需要一个事件日志文件",
  stackOption: (value) => `--stack 应为 组织/项目/栈，实际为 "${value}"`,
  registryMissing: (file) => `无法读取备案登记文件 ${file}：文件不存在`,
  outputDirMissing: (file, dir) => `无法将报告写入 ${file}：目录 ${dir} 不存在（请先创建）`,
  outputNotWritable: (file, why) => `无法写入 ${file}：${why}`,
  outputIsDirectory: (file) => `无法将报告写入 ${file}：这是一个目录`,
  notAnEventLog: (file, kind) =>
    kind
      ? `${file} 是${kind}，不是 pulumi 事件日志：请运行 \`icp-guard scan ${file}\` 用策略包检查它`
      : `${file} 不是 pulumi 事件日志（没有引擎事件）；\`icp-guard scan\` 可检查 stack export、预览 JSON 和状态数组`,
  inputRead: (file, kind, n) => `${file}：${kind}，${n} 个资源`,
  previewed: (dir, stack, n) => `${dir}：已离线预览 ${stack}，${n} 个资源`,
  packWroteStderr: (pack, stack) => `策略包 ${pack}（栈 ${stack}）向 stderr 输出：`,
  reportWritten: (p) =>
    `${p.resources} 个资源中有 ${zh.mandatoryViolations(p.mandatory)}、${zh.advisoryViolations(p.advisory)}；${p.format} 报告已写入 ${p.output}`,
  mandatoryViolations: (n) => `${n} 项强制违规`,
  advisoryViolations: (n) => `${n} 项建议违规`,
  resources: (n) => `${n} 个资源`,
  policyViolations: "策略违规：",
  remediationsHeading: "策略修正（将修改资源的输入）：",
  packsRun: "已运行的策略包：",
  name: "名称",
  version: "版本",
  resourcesChecked: (n) => `资源：已检查 ${n} 个`,
  noViolations: "没有策略违规。",
  violationsSummary: (m, a) => `违规：${m}，${a}`,
  levelCount: (level, n) => `${level === "mandatory" ? "强制" : "建议"} ${n} 项`,
  notApplicableSummary: (n, shown) =>
    `不适用：${n} 项结果${shown || n === 0 ? "" : "（--show-skipped 可列出）"}`,
  exemptedSummary: (n) => `已豁免：${n} 项结果（见上文）`,
  notApplicableHeading: "不适用：",
  exemptedHeading: "已豁免（登记文件中生效的豁免）：",
  exemptedLine: (p) => `豁免至 ${p.expires}${p.where ? `（${p.where}）` : ""}：${p.reason}`,
  wholeStack: "整个栈",
  registry: (r) => {
    const stacks = r.stacks ? `（栈 ${r.stacks.join("、")}）` : "";
    if (r.file === null)
      return `ICP 备案登记${stacks}：无（未找到 --registry、ICP_GUARD_REGISTRY 或 icp-registry.yaml），所有备案检查都不会通过`;
    const counts = r.counts
      ? `：${r.counts.filings} 条备案，${r.counts.servers} 台服务器，${r.counts.exemptions} 条豁免`
      : "";
    const source = SOURCES_ZH[r.source] ? `（${SOURCES_ZH[r.source]}）` : "";
    return `ICP 备案登记${stacks}：${r.file}${source}${counts}`;
  },
  inStack: (stack) => `栈 ${stack}`,
  at: (location) => `位于 ${location}`,
  outputInTemplate:
    "提示：[Output] 表示被放进普通模板字符串的 Pulumi Output；请用 pulumi.interpolate`...` 或 output.apply(...) 构造该值。",
  mdTitle: "### 策略检查（icp-guard）",
  mdColumns: {
    level: "级别",
    policy: "策略",
    resource: "资源",
    location: "位置",
    message: "信息",
  },
  mdMore: "详情",
  mdNotShown: (n) =>
    `……另有 ${n} 项违规未显示：请查看完整报告（\`icp-guard scan --format json\`）。`,
  mdPacks: "策略包",
  mdNotApplicable: (n) => `${n} 项不适用`,
  mdExempted: (n) => `${n} 项已豁免`,
  mdSkippedColumns: { policy: "策略", resource: "资源", reason: "原因" },
  mdFixes: "修复方法",
  mdSummary: (m, a, r) => `${r} 个资源中有 **${m} 项强制违规**、**${a} 项建议违规**`,
  mdSkippedNotShown: (n) => `……另有 ${n} 项未显示（见 \`--format json\`）。`,
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
  warnSecretsRedacted: (file, reason) =>
    `无法解密 ${file} 中的机密（${redactReasonZh(reason)}）；与 pulumi policy analyze 一样，按机密值均为 "[secret]" 进行检查`,
  mocksFile: (file, problem) => `--mocks ${file}：${problem}`,
  registryStoppedPack: "无法加载 ICP 备案登记文件（策略包的 stderr）：",
  packStderrHeading: "其 stderr 输出：",
  packFailed: (dir, what) => `策略包 "${dir}" ${what}`,
  packNoPort: (ms) => `未在 ${ms} 毫秒内输出端口`,
  packStartFailed: (why) => `启动失败：${why}`,
  packExitedEarly: (exit) => `在输出端口之前退出（${exit}）`,
  packCrashed: (exit, step, of) =>
    `在 ${step}${of.length ? `（${of.join("、")}）` : ""} 期间崩溃（${exit}）`,
  packTimedOut: (step, of, ms) =>
    `未在 ${ms} 毫秒内应答 ${step}${of.length ? `（${of.join("、")}）` : ""}`,
  packCallFailed: (step, of, why) =>
    `${step}${of.length ? `（${of.join("、")}）` : ""} 失败：${why}`,
};

export function cliText(lang: CliLang = cliLang()): CliText {
  return lang === "zh-CN" ? zh : en;
}

function redactReasonEn(r: RedactReason): string {
  switch (r.kind) {
    case "no-provider":
      return "the export names no secrets provider: export it again with `pulumi stack export --show-secrets`";
    case "provider-offline":
      return `its secrets provider "${r.provider}" cannot be opened offline: export with \`pulumi stack export --show-secrets\``;
    case "bad-salt":
      return "deployment.secrets_providers.state.salt is not a passphrase salt (v1:…): export the stack again";
    case "no-passphrase":
      return "they are encrypted with a passphrase: set PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE";
    case "passphrase-file":
      return `PULUMI_CONFIG_PASSPHRASE_FILE ${JSON.stringify(r.file)} cannot be read (${r.code})`;
    case "wrong-passphrase":
      return "the passphrase given does not open this stack's secrets: check PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE";
    case "bad-value":
      return "a secret value does not decrypt: export the stack again";
  }
}

function redactReasonZh(r: RedactReason): string {
  switch (r.kind) {
    case "no-provider":
      return "导出文件未指明机密提供方：请用 `pulumi stack export --show-secrets` 重新导出";
    case "provider-offline":
      return `其机密提供方 "${r.provider}" 无法离线解密：请用 \`pulumi stack export --show-secrets\` 导出`;
    case "bad-salt":
      return "deployment.secrets_providers.state.salt 不是口令盐值（v1:…）：请重新导出该栈";
    case "no-passphrase":
      return "机密以口令加密：请设置 PULUMI_CONFIG_PASSPHRASE 或 PULUMI_CONFIG_PASSPHRASE_FILE";
    case "passphrase-file":
      return `无法读取 PULUMI_CONFIG_PASSPHRASE_FILE ${JSON.stringify(r.file)}（${r.code}）`;
    case "wrong-passphrase":
      return "所给口令无法解密该栈的机密：请检查 PULUMI_CONFIG_PASSPHRASE 或 PULUMI_CONFIG_PASSPHRASE_FILE";
    case "bad-value":
      return "有机密值无法解密：请重新导出该栈";
  }
}
