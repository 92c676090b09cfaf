/**
 * icp-guard's command line in English and Simplified Chinese: help, usage errors, the files it
 * reads and writes, and its progress lines on stderr.
 */
import * as usage from "./usage";

/** `icp-guard help`: the commands, one a line, between a title and the global options. */
function overview(title: string, heading: string, options: string) {
  return (commands: ReadonlyArray<[string, string]>): string => {
    const width = Math.max(...commands.map(([n]) => n.length), 4);
    return [
      title,
      "",
      heading,
      ...commands.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
      "",
      options,
      "",
    ].join("\n");
  };
}

export interface CommandLineText {
  usageHint: string;
  errorPrefix: string;
  /** After the first line of an error icp-guard did not expect. */
  unexpectedError: string;
  warningPrefix: string;
  unknownCommand(name: string): string;
  unknownFormat(format: string, formats: readonly string[]): string;
  overview(commands: ReadonlyArray<[string, string]>): string;
  helpSummary: string;
  commandSummary: usage.CommandTexts;
  usage: usage.CommandTexts;
  needsPrograms: string;
  needsInputs: string;
  needsEventLog: string;
  stackOption(value: string): string;
  registryMissing(file: string): string;
  outputDirMissing(file: string, dir: string): string;
  outputNotWritable(file: string, why: string): string;
  outputIsDirectory(file: string): string;
  notAnEventLog(file: string, kind: string | undefined): string;
  inputRead(file: string, kind: string, resources: number): string;
  previewed(dir: string, stack: string, resources: number): string;
}

export const en: CommandLineText = {
  usageHint: "Run 'icp-guard help' for usage.",
  errorPrefix: "error",
  unexpectedError: "an unexpected error: run again with --debug for its stack trace",
  warningPrefix: "warning",
  unknownCommand: (name) => `unknown command "${name}"`,
  unknownFormat: (format, formats) => `unknown --format "${format}" (one of ${formats.join(", ")})`,
  overview: overview(
    "Usage: icp-guard <command> [options]",
    "Commands:",
    "Options: --version, --help, --debug (show stack traces of unexpected errors)",
  ),
  helpSummary: "show this help, or a command's: icp-guard help <command>",
  commandSummary: {
    scan: "run policy packs over stack exports, previews, event logs or state arrays",
    preview: "preview Pulumi programs offline and run policy packs over them",
    report: "turn the policy events of a pulumi preview --event-log file into a report",
  },
  usage: usage.en,
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
};

export const zh: CommandLineText = {
  usageHint: "运行 'icp-guard help' 查看用法。",
  errorPrefix: "错误",
  unexpectedError: "意外错误：加 --debug 重新运行可查看堆栈",
  warningPrefix: "警告",
  unknownCommand: (name) => `未知命令 "${name}"`,
  unknownFormat: (format, formats) => `未知的 --format "${format}"（可选：${formats.join("、")}）`,
  overview: overview(
    "用法：icp-guard <命令> [选项]",
    "命令：",
    "选项：--version、--help、--debug（显示意外错误的堆栈）",
  ),
  helpSummary: "显示本帮助，或某个命令的帮助：icp-guard help <命令>",
  commandSummary: {
    scan: "对 stack export、预览 JSON、事件日志或状态数组运行策略包",
    preview: "离线预览 Pulumi 程序并对其运行策略包",
    report: "将 pulumi preview --event-log 文件中的策略事件转换为报告",
  },
  usage: usage.zh,
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
};
