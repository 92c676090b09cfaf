/**
 * The wording of icp-guard's reports in English and Simplified Chinese: the text report's
 * headings and summary, the registry line, and the markdown report.
 */

/** "1 mandatory violation", "2 advisory violations". */
type Counter = (n: number) => string;

export interface RegistryLine {
  file: string | null;
  counts?: { filings: number; servers: number; exemptions: number };
  /** `project/stack` names, when the stacks of a run used different registries. */
  stacks?: string[];
  source: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

export interface ReportText {
  reportWritten(p: {
    mandatory: number;
    advisory: number;
    resources: number;
    format: string;
    output: string;
  }): string;
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
}

export const en: ReportText = {
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
};

export const zh: ReportText = {
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
};
