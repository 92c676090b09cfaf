/** The help of each command (`icp-guard help <command>`), in English and Simplified Chinese. */

export interface CommandTexts {
  scan: string;
  preview: string;
  report: string;
}

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

export const en: CommandTexts = {
  scan: USAGE_SCAN_EN,
  preview: USAGE_PREVIEW_EN,
  report: USAGE_REPORT_EN,
};

export const zh: CommandTexts = {
  scan: USAGE_SCAN_ZH,
  preview: USAGE_PREVIEW_ZH,
  report: USAGE_REPORT_ZH,
};
