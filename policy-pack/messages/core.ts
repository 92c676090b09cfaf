/**
 * The sentences many policies share: how a resource is named, where it is and why the ICP rules
 * apply, what is wrong with a domain's filing or with the input that holds it, and what the SDK
 * adapter adds (exemptions, unknown values skipped, internal errors). English and Simplified
 * Chinese implement one interface, so a sentence cannot exist in one language only.
 */
import { clip, quote } from "../model/clip";
import { type DomainProblem, MAX_DOMAIN_LENGTH, OUTPUT_TO_STRING } from "../model/domains";
import type { IcpNumberProblem } from "../model/icp-number";
import { shortType, typeDisplayName } from "../model/type-index";

/** Where a resource was found to be, already worded by `place`. */
export interface Where {
  region?: string;
  /** "resource", "zone", "provider", "stack-config", env var name, or "none". */
  source: string;
  field?: string;
  undetermined: boolean;
  listed: boolean;
}

export interface CoreSentences {
  /** "CDN domain", for a type token; "resource" when unnamed. */
  kind(type: string): string;
  /** The resource as the person knows it: `cdn.DomainNew "static"`. */
  resource(type: string, name: string): string;
  /** The first line of a violation: the resource and why the ICP rules apply to it. */
  subject(resource: string, why: string): string;
  /** `ecs.Instance "web" in cn-hangzhou`: a piece of Alibaba compute and where it is. */
  computeAt(resource: string, region: string | undefined): string;
  // --- where and why ----------------------------------------------------------------------------
  place(w: Where): string;
  coverageUnknown(field: string): string;
  blocked: string;
  /** Why Alibaba Cloud must be the access provider (FC, API Gateway: Alibaba's own servers). */
  blockedWithoutAccess: string;
  numberProblem(p: IcpNumberProblem): string;
  // --- domain problems ------------------------------------------------------------------------
  notFiled(p: {
    what: string;
    domain: string;
    registrable?: string;
    alibaba: boolean;
    /** The resource has a tags input, so an icp:number tag is a way to record the filing. */
    taggable: boolean;
  }): string;
  filedElsewhere(p: { domain: string; number: string; providers: string[] }): string;
  filingNumberInvalid(p: { domain: string; number: string; problem: IcpNumberProblem }): string;
  tagNumberInvalid(p: { number: string; problem: IcpNumberProblem }): string;
  tagCannotShowAccess(p: { domain: string; number: string }): string;
  valueUnknown(p: { field: string; what: string }): string;
  valueMissing(p: { field: string; what: string }): string;
  valueInvalid(p: { field: string; expected: string; got: string }): string;
  /** `value` already clipped (model/clip.ts) or "[secret]". */
  notADomain(p: { field: string; value: string; reason: Exclude<DomainProblem, "ip"> }): string;
  exemptionExpired(p: { reason: string; expires: string; line: number }): string;
  /** An exemption that expires more than `days` after today: not applied. */
  exemptionBeyondLimit(p: {
    reason: string;
    expires: string;
    line: number;
    days: number;
    latest: string;
  }): string;
  /** A policy that threw: reported as a violation, never a silent pass. */
  internalError(p: { policy: string; detail: string }): string;
  /** A request whose properties could not be read at all: nothing is judged, nothing passes. */
  unreadableProperties(p: { policy: string; urn: string }): string;
  // --- not applicable ------------------------------------------------------------------------
  naOutsideRegion(region: string): string;
  naIpLiteral(p: { field: string }): string;
  /** A domain the provider owns and serves itself (Function Compute's `*.fcapp.run`). */
  naProviderOwned(p: { field: string; suffix: string }): string;
  naUndeterminedRegionSkipped: string;
  naUnknownSkipped(problems: string): string;
  naExempted(p: { reason: string; expires: string; line: number }): string;
}

export const en: CoreSentences = {
  kind: (type) => typeDisplayName(type, "en") ?? "resource",
  resource: (type, name) => `${shortType(type)} "${clip(name)}"`,
  subject: (resource, why) => `${resource} ${why}.`,
  computeAt: (resource, region) =>
    region
      ? `${resource} in ${clip(region)}`
      : `${resource} (region undetermined, treated as mainland)`,
  place: (w) => {
    if (w.undetermined || !w.region) {
      return "is in a region that could not be determined (no region input, provider region or alicloud:region config), so it is treated as the Chinese mainland";
    }
    const from =
      w.source === "resource"
        ? `its ${w.field ?? "region"} input`
        : w.source === "zone"
          ? `its zone input ${w.field ?? ""}`.trimEnd()
          : w.source === "provider"
            ? "its provider's region"
            : w.source === "stack-config"
              ? "stack config alicloud:region"
              : `environment variable ${w.source}`;
    const unlisted = w.listed
      ? ""
      : " (not a region ICP Guard knows; cn-* regions are treated as mainland)";
    return `is in ${clip(w.region)}, a Chinese mainland region (from ${from})${unlisted}`;
  },
  coverageUnknown: (field) =>
    `may serve the Chinese mainland (${field} is unknown during preview, so it is treated as mainland)`,
  blocked:
    "Alibaba Cloud blocks a domain served in the Chinese mainland without a valid ICP filing: the site goes offline.",
  blockedWithoutAccess:
    "Alibaba Cloud blocks a domain served from its mainland servers unless the domain's ICP filing lists Alibaba Cloud as access provider: the site goes offline.",
  numberProblem: (p) =>
    ({
      empty: "it is empty",
      "no-province": "it lacks the province abbreviation in front (e.g. 京ICP备...)",
      "unknown-province": "it does not start with a mainland province abbreviation",
      "bad-digits":
        "its digits, 号 or suffix are not in the MIIT format (e.g. 京ICP备12345678号-1)",
      "bad-shape": "it is not an ICP filing, ICP licence or B1/B2 number",
    })[p],
  notFiled: (p) => {
    const reg =
      p.registrable && p.registrable !== p.domain ? ` (registrable domain ${p.registrable})` : "";
    const fix = p.alibaba
      ? `add a filing covering ${p.registrable ?? p.domain} with accessProviders: [alibaba-cloud] to icp-registry.yaml`
      : `add a filing covering ${p.registrable ?? p.domain} to icp-registry.yaml (filings[].domains)${p.taggable ? ", or tag the resource icp:number=<filing number>" : ""}`;
    return `${p.what} "${clip(p.domain)}"${reg} has no ICP filing. Fix: ${fix}.`;
  },
  filedElsewhere: (p) =>
    `"${clip(p.domain)}" is filed as ${clip(p.number)} with access provider ${p.providers.join(", ") || "(none)"}, not Alibaba Cloud; Alibaba Cloud blocks it until Alibaba Cloud is added as access provider (新增接入). Fix: add Alibaba Cloud access to the filing, then add alibaba-cloud to its accessProviders in icp-registry.yaml.`,
  filingNumberInvalid: (p) =>
    `the registry filing for "${clip(p.domain)}" has number "${clip(p.number)}", which is not valid: ${en.numberProblem(p.problem)}. Fix: correct the number in icp-registry.yaml.`,
  tagNumberInvalid: (p) =>
    `tag icp:number "${clip(p.number)}" is not a valid ICP number: ${en.numberProblem(p.problem)}. Fix: set the tag to the filing number exactly as the MIIT issued it.`,
  tagCannotShowAccess: (p) =>
    `tag icp:number "${clip(p.number)}" says "${clip(p.domain)}" is filed, but a tag cannot say who the access provider is, and this product needs Alibaba Cloud as access provider. Fix: record the filing in icp-registry.yaml with accessProviders: [alibaba-cloud].`,
  valueUnknown: (p) =>
    `${p.field} (${p.what}) is unknown until the resources it is computed from are created, so ICP Guard cannot verify it. Fix: use a literal value, or run the check again on the deployed state (icp-guard scan of a stack export); set unknownValues: skip to accept this.`,
  valueMissing: (p) => `${p.field} (${p.what}) is not set. Fix: set ${p.field}.`,
  valueInvalid: (p) =>
    `${p.field} is ${p.got} where ${p.expected} belongs, so ICP Guard cannot read it. Fix: set ${p.field} to ${p.expected}.`,
  notADomain: (p) =>
    ({
      empty: `${p.field} is empty. Fix: set it to the domain name to be served.`,
      invalid: `${p.field} "${clip(p.value)}" is not a valid domain name, so no filing can cover it. Fix: set it to a fully qualified domain name such as www.example.com (letters, digits, "-" and "." only: no scheme, path, "#", spaces or "%" escapes).`,
      "too-long": `${p.field} "${clip(p.value)}" is longer than ${MAX_DOMAIN_LENGTH} characters, the most a domain name can have. Fix: set it to the domain name to be served, such as www.example.com.`,
      output: `${p.field} is a Pulumi Output turned into text (it contains "${OUTPUT_TO_STRING}"), not a domain name. Fix: build the value with pulumi.interpolate\`...\` or output.apply(v => ...) instead of a template string or string concatenation.`,
    })[p.reason],
  exemptionExpired: (p) =>
    `the exemption at icp-registry.yaml line ${p.line} (${quote(p.reason)}) expired on ${p.expires} and no longer applies. Fix: file the domain, or renew the exemption with a new expires date.`,
  exemptionBeyondLimit: (p) =>
    `the exemption at icp-registry.yaml line ${p.line} (${quote(p.reason)}) expires on ${p.expires}, more than ${p.days} days from today (maxExemptionDays), so it is not applied. Fix: set its expires on or before ${p.latest}, or file the domain.`,
  internalError: (p) =>
    `ICP Guard could not evaluate policy ${p.policy} (internal error: ${p.detail}). This is a bug in ICP Guard; the check is reported as failed so nothing passes unchecked.`,
  unreadableProperties: (p) =>
    `ICP Guard could not read the properties of ${p.urn}, so policy ${p.policy} cannot verify it; the check is reported as failed so nothing passes unchecked.`,
  naOutsideRegion: (region) => `${clip(region)} is outside the Chinese mainland`,
  naIpLiteral: (p) => `${p.field} is an IP address, not a domain name: no ICP filing applies to it`,
  naProviderOwned: (p) =>
    `${p.field} is under ${p.suffix}, a domain Alibaba Cloud owns and serves itself (Function Compute's own test domains): it is not yours to file`,
  naUndeterminedRegionSkipped:
    "the region could not be determined and config unknownRegion is skip",
  naUnknownSkipped: (problems) =>
    `could not be verified during preview (unknownValues: skip): ${problems}`,
  naExempted: (p) =>
    `exempted until ${p.expires} by icp-registry.yaml line ${p.line}: ${clip(p.reason)}`,
};

export const zh: CoreSentences = {
  kind: (type) => typeDisplayName(type, "zh-CN") ?? "资源",
  resource: (type, name) => `${shortType(type)} "${clip(name)}"`,
  subject: (resource, why) => `${resource} ${why}。`,
  computeAt: (resource, region) =>
    region ? `${resource}（${clip(region)}）` : `${resource}（地域无法确定，按中国内地处理）`,
  place: (w) => {
    if (w.undetermined || !w.region) {
      return "所在地域无法确定（资源、Provider 和 alicloud:region 配置均未给出地域），按中国内地处理";
    }
    const from =
      w.source === "resource"
        ? `资源的 ${w.field ?? "region"} 参数`
        : w.source === "zone"
          ? `可用区参数 ${w.field ?? ""}`.trimEnd()
          : w.source === "provider"
            ? "Provider 的地域"
            : w.source === "stack-config"
              ? "栈配置 alicloud:region"
              : `环境变量 ${w.source}`;
    const unlisted = w.listed ? "" : "（ICP Guard 未收录此地域；cn-* 地域按中国内地处理）";
    return `位于中国内地地域 ${clip(w.region)}（来自${from}）${unlisted}`;
  },
  coverageUnknown: (field) => `可能在中国内地提供服务（预览时 ${field} 未知，按中国内地处理）`,
  blocked: "在中国内地提供服务的域名若没有有效的 ICP 备案，阿里云会阻断该域名，网站将无法访问。",
  blockedWithoutAccess:
    "域名由阿里云中国内地服务器提供服务时，若其 ICP 备案的接入商不含阿里云，阿里云会阻断该域名，网站将无法访问。",
  numberProblem: (p) =>
    ({
      empty: "备案号为空",
      "no-province": "缺少开头的省份简称（如 京ICP备...）",
      "unknown-province": "开头不是中国内地省份简称",
      "bad-digits": "数字、“号”或后缀不符合工信部格式（如 京ICP备12345678号-1）",
      "bad-shape": "既不是 ICP 备案号，也不是 ICP 许可证号或 B1/B2 许可证号",
    })[p],
  notFiled: (p) => {
    const reg = p.registrable && p.registrable !== p.domain ? `（主域名 ${p.registrable}）` : "";
    const fix = p.alibaba
      ? `在 icp-registry.yaml 中添加覆盖 ${p.registrable ?? p.domain} 的备案，并设置 accessProviders: [alibaba-cloud]`
      : `在 icp-registry.yaml 的 filings[].domains 中添加覆盖 ${p.registrable ?? p.domain} 的备案${p.taggable ? "，或为资源添加标签 icp:number=<备案号>" : ""}`;
    return `${p.what} "${clip(p.domain)}"${reg} 没有 ICP 备案。修复：${fix}。`;
  },
  filedElsewhere: (p) =>
    `"${clip(p.domain)}" 的备案号为 ${clip(p.number)}，接入商为 ${p.providers.join("、") || "（无）"}，不是阿里云；在阿里云完成新增接入之前，阿里云会阻断该域名。修复：在阿里云办理新增接入，然后在 icp-registry.yaml 的 accessProviders 中加入 alibaba-cloud。`,
  filingNumberInvalid: (p) =>
    `备案登记中 "${clip(p.domain)}" 的备案号 "${clip(p.number)}" 无效：${zh.numberProblem(p.problem)}。修复：在 icp-registry.yaml 中更正备案号。`,
  tagNumberInvalid: (p) =>
    `标签 icp:number "${clip(p.number)}" 不是有效的 ICP 备案号：${zh.numberProblem(p.problem)}。修复：按工信部下发的原样填写备案号。`,
  tagCannotShowAccess: (p) =>
    `标签 icp:number "${clip(p.number)}" 表明 "${clip(p.domain)}" 已备案，但标签无法说明接入商，而此产品要求阿里云为接入商。修复：在 icp-registry.yaml 中登记该备案并设置 accessProviders: [alibaba-cloud]。`,
  valueUnknown: (p) =>
    `${p.field}（${p.what}）要等它所依赖的资源创建后才能确定，ICP Guard 无法校验。修复：改用字面值，或在部署后的状态上重新检查（对 stack export 运行 icp-guard scan）；如可接受，可设置 unknownValues: skip。`,
  valueMissing: (p) => `未设置 ${p.field}（${p.what}）。修复：设置 ${p.field}。`,
  valueInvalid: (p) =>
    `${p.field} 的值是 ${p.got}，应为 ${p.expected}，ICP Guard 无法读取。修复：将 ${p.field} 设置为 ${p.expected}。`,
  notADomain: (p) =>
    ({
      empty: `${p.field} 为空。修复：设置为要提供服务的域名。`,
      invalid: `${p.field} "${clip(p.value)}" 不是有效的域名，任何备案都无法覆盖它。修复：设置为完整域名，如 www.example.com（只能包含字母、数字、“-”和“.”：不含协议、路径、“#”、空格或“%”转义）。`,
      "too-long": `${p.field} "${clip(p.value)}" 超过 ${MAX_DOMAIN_LENGTH} 个字符，域名最长只能有这么多。修复：设置为要提供服务的域名，如 www.example.com。`,
      output: `${p.field} 是被转换成文本的 Pulumi Output（含有 "${OUTPUT_TO_STRING}"），不是域名。修复：用 pulumi.interpolate\`...\` 或 output.apply(v => ...) 构造该值，不要用模板字符串或字符串拼接。`,
    })[p.reason],
  exemptionExpired: (p) =>
    `icp-registry.yaml 第 ${p.line} 行的豁免（“${clip(p.reason)}”）已于 ${p.expires} 到期，不再生效。修复：为域名办理备案，或更新豁免的 expires 日期。`,
  exemptionBeyondLimit: (p) =>
    `icp-registry.yaml 第 ${p.line} 行的豁免（“${clip(p.reason)}”）到期日为 ${p.expires}，距今超过 ${p.days} 天（maxExemptionDays），因此不生效。修复：将其 expires 改为不晚于 ${p.latest} 的日期，或为域名办理备案。`,
  internalError: (p) =>
    `ICP Guard 无法评估策略 ${p.policy}（内部错误：“${p.detail}”）。这是 ICP Guard 的缺陷；该检查按未通过上报，确保没有任何资源未经检查就通过。`,
  unreadableProperties: (p) =>
    `ICP Guard 无法读取 ${p.urn} 的属性，策略 ${p.policy} 无法验证它；该检查按未通过上报，确保没有任何资源未经检查就通过。`,
  naOutsideRegion: (region) => `${clip(region)} 不在中国内地`,
  naIpLiteral: (p) => `${p.field} 是 IP 地址而非域名，不涉及 ICP 备案`,
  naProviderOwned: (p) =>
    `${p.field} 属于 ${p.suffix}，这是阿里云自有并自行提供服务的域名（函数计算的测试域名），无需由您备案`,
  naUndeterminedRegionSkipped: "地域无法确定，且配置 unknownRegion 为 skip",
  naUnknownSkipped: (problems) => `预览时无法校验（unknownValues: skip）：${problems}`,
  naExempted: (p) =>
    `已由 icp-registry.yaml 第 ${p.line} 行豁免，有效期至 ${p.expires}：“${clip(p.reason)}”`,
};
