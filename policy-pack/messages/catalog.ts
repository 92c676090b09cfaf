/**
 * Every sentence a policy can say, in English and Simplified Chinese (ICP_GUARD_LANG=zh-CN): the
 * people who fix ICP violations often read Chinese first. Both catalogs implement one interface,
 * so the compiler refuses a message that exists in only one language.
 */
import type { Lang } from "../model/context";
import type { IcpNumberProblem } from "../model/icp-number";
import { T } from "../model/tokens";

/** What each resource is called in a message, by type token. */
const KIND_NAMES: Record<string, { en: string; zh: string }> = {
  [T.ossBucketCname]: { en: "OSS custom domain", zh: "OSS 自定义域名" },
  [T.cdnDomainNew]: { en: "CDN domain", zh: "CDN 加速域名" },
  [T.cdnDomain]: { en: "CDN domain", zh: "CDN 加速域名" },
  [T.dcdnDomain]: { en: "DCDN domain", zh: "全站加速 DCDN 域名" },
  [T.scdnDomain]: { en: "SCDN domain", zh: "安全加速 SCDN 域名" },
  [T.vodDomain]: { en: "VOD domain", zh: "视频点播加速域名" },
  [T.liveDomain]: { en: "ApsaraVideo Live domain", zh: "视频直播域名" },
  [T.esaSite]: { en: "ESA site", zh: "ESA 站点" },
  [T.wafv3Domain]: { en: "WAF 3.0 domain", zh: "WAF 3.0 防护域名" },
  [T.wafDomain]: { en: "WAF 2.0 domain", zh: "WAF 2.0 防护域名" },
  [T.fcCustomDomain]: { en: "Function Compute custom domain", zh: "函数计算自定义域名" },
  [T.fcV3CustomDomain]: { en: "Function Compute 3.0 custom domain", zh: "函数计算 3.0 自定义域名" },
  [T.apigDomain]: { en: "API Gateway domain", zh: "云原生 API 网关域名" },
  [T.ddosDomainResource]: { en: "Anti-DDoS domain", zh: "DDoS 高防域名" },
  [T.dnsAlidnsRecord]: { en: "DNS record", zh: "DNS 解析记录" },
  [T.dnsRecord]: { en: "DNS record", zh: "DNS 解析记录" },
  [T.slbDomainExtension]: { en: "CLB domain extension", zh: "CLB 扩展域名" },
  [T.slbRule]: { en: "CLB forwarding rule", zh: "CLB 转发规则" },
  [T.albRule]: { en: "ALB forwarding rule", zh: "ALB 转发规则" },
};

/** `cdn/domainNew:DomainNew` → `cdn.DomainNew`, as the SDK names the class. */
export function shortType(type: string): string {
  const m = /^[^:]+:([^/:]+)\/[^:]*:(.+)$/.exec(type);
  return m ? `${m[1]}.${m[2]}` : type;
}

/** Where a resource was found to be, already worded by `placeText`. */
export interface Where {
  region?: string;
  /** "resource", "zone", "provider", "stack-config", env var name, or "none". */
  source: string;
  field?: string;
  undetermined: boolean;
  listed: boolean;
}

export interface Catalog {
  /** "CDN domain", for a type token; "resource" when unnamed. */
  kind(type: string): string;
  /** The resource as the person knows it: `cdn.DomainNew "static"`. */
  resource(type: string, name: string): string;
  /** The first line of a violation: the resource and why the ICP rules apply to it. */
  subject(resource: string, why: string): string;
  // --- where and why ----------------------------------------------------------------------------
  place(w: Where): string;
  coverage(field: string, value: string | undefined, defaulted: boolean): string;
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
  notADomain(p: { field: string; value: string; reason: "empty" | "invalid" }): string;
  exemptionExpired(p: { reason: string; expires: string; line: number }): string;
  /** Closes a list cut short: "and 3 more". */
  andMore(n: number): string;
  // --- not applicable ------------------------------------------------------------------------
  naOutsideRegion(region: string): string;
  naOutsideCoverage(p: { field: string; value: string }): string;
  naIpLiteral(p: { field: string }): string;
  naUndeterminedRegionSkipped: string;
  naUnknownSkipped(problems: string): string;
  naExempted(p: { reason: string; expires: string; line: number }): string;
  /** A load balancer that is not internet-facing. */
  naIntranet: string;
  naNoWebListener(webPorts: readonly number[]): string;
}

const en: Catalog = {
  kind: (type) => KIND_NAMES[type]?.en ?? "resource",
  resource: (type, name) => `${shortType(type)} "${name}"`,
  subject: (resource, why) => `${resource} ${why}.`,
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
    return `is in ${w.region}, a Chinese mainland region (from ${from})${unlisted}`;
  },
  coverage: (field, value, defaulted) =>
    defaulted
      ? `serves the Chinese mainland (${field} is not set and defaults to domestic)`
      : `serves the Chinese mainland (${field} "${value}")`,
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
    return `${p.what} "${p.domain}"${reg} has no ICP filing. Fix: ${fix}.`;
  },
  filedElsewhere: (p) =>
    `"${p.domain}" is filed as ${p.number} with access provider ${p.providers.join(", ") || "(none)"}, not Alibaba Cloud; Alibaba Cloud blocks it until Alibaba Cloud is added as access provider (新增接入). Fix: add Alibaba Cloud access to the filing, then add alibaba-cloud to its accessProviders in icp-registry.yaml.`,
  filingNumberInvalid: (p) =>
    `the registry filing for "${p.domain}" has number "${p.number}", which is not valid: ${en.numberProblem(p.problem)}. Fix: correct the number in icp-registry.yaml.`,
  tagNumberInvalid: (p) =>
    `tag icp:number "${p.number}" is not a valid ICP number: ${en.numberProblem(p.problem)}. Fix: set the tag to the filing number exactly as the MIIT issued it.`,
  tagCannotShowAccess: (p) =>
    `tag icp:number "${p.number}" says "${p.domain}" is filed, but a tag cannot say who the access provider is, and this product needs Alibaba Cloud as access provider. Fix: record the filing in icp-registry.yaml with accessProviders: [alibaba-cloud].`,
  valueUnknown: (p) =>
    `${p.field} (${p.what}) is unknown until the resources it is computed from are created, so ICP Guard cannot verify it. Fix: use a literal value, or run the check again on the deployed state (icp-guard scan of a stack export); set unknownValues: skip to accept this.`,
  valueMissing: (p) => `${p.field} (${p.what}) is not set. Fix: set ${p.field}.`,
  valueInvalid: (p) =>
    `${p.field} is ${p.got} where ${p.expected} belongs, so ICP Guard cannot read it. Fix: set ${p.field} to ${p.expected}.`,
  notADomain: (p) =>
    p.reason === "empty"
      ? `${p.field} is empty. Fix: set it to the domain name to be served.`
      : `${p.field} "${p.value}" is not a valid domain name. Fix: set it to a fully qualified domain name such as www.example.com.`,
  exemptionExpired: (p) =>
    `the exemption at icp-registry.yaml line ${p.line} ("${p.reason}") expired on ${p.expires} and no longer applies. Fix: file the domain, or renew the exemption with a new expires date.`,
  andMore: (n) => `and ${n} more`,
  naOutsideRegion: (region) => `${region} is outside the Chinese mainland`,
  naOutsideCoverage: (p) => `${p.field} "${p.value}" serves only outside the Chinese mainland`,
  naIpLiteral: (p) => `${p.field} is an IP address, not a domain name: no ICP filing applies to it`,
  naUndeterminedRegionSkipped:
    "the region could not be determined and config unknownRegion is skip",
  naUnknownSkipped: (problems) =>
    `could not be verified during preview (unknownValues: skip): ${problems}`,
  naExempted: (p) => `exempted until ${p.expires} by icp-registry.yaml line ${p.line}: ${p.reason}`,
  naIntranet: "an intranet load balancer is not reachable from the internet: it serves no website",
  naNoWebListener: (ports) =>
    `no listener in the stack serves web traffic (HTTP, HTTPS, QUIC or ports ${ports.join(", ")})`,
};

const zh: Catalog = {
  kind: (type) => KIND_NAMES[type]?.zh ?? "资源",
  resource: (type, name) => `${shortType(type)} "${name}"`,
  subject: (resource, why) => `${resource} ${why}。`,
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
    return `位于中国内地地域 ${w.region}（来自${from}）${unlisted}`;
  },
  coverage: (field, value, defaulted) =>
    defaulted
      ? `加速区域包含中国内地（未设置 ${field}，默认为 domestic）`
      : `加速区域包含中国内地（${field} 为 "${value}"）`,
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
    return `${p.what} "${p.domain}"${reg} 没有 ICP 备案。修复：${fix}。`;
  },
  filedElsewhere: (p) =>
    `"${p.domain}" 的备案号为 ${p.number}，接入商为 ${p.providers.join("、") || "（无）"}，不是阿里云；在阿里云完成新增接入之前，阿里云会阻断该域名。修复：在阿里云办理新增接入，然后在 icp-registry.yaml 的 accessProviders 中加入 alibaba-cloud。`,
  filingNumberInvalid: (p) =>
    `备案登记中 "${p.domain}" 的备案号 "${p.number}" 无效：${zh.numberProblem(p.problem)}。修复：在 icp-registry.yaml 中更正备案号。`,
  tagNumberInvalid: (p) =>
    `标签 icp:number "${p.number}" 不是有效的 ICP 备案号：${zh.numberProblem(p.problem)}。修复：按工信部下发的原样填写备案号。`,
  tagCannotShowAccess: (p) =>
    `标签 icp:number "${p.number}" 表明 "${p.domain}" 已备案，但标签无法说明接入商，而此产品要求阿里云为接入商。修复：在 icp-registry.yaml 中登记该备案并设置 accessProviders: [alibaba-cloud]。`,
  valueUnknown: (p) =>
    `${p.field}（${p.what}）要等它所依赖的资源创建后才能确定，ICP Guard 无法校验。修复：改用字面值，或在部署后的状态上重新检查（对 stack export 运行 icp-guard scan）；如可接受，可设置 unknownValues: skip。`,
  valueMissing: (p) => `未设置 ${p.field}（${p.what}）。修复：设置 ${p.field}。`,
  valueInvalid: (p) =>
    `${p.field} 的值是 ${p.got}，应为 ${p.expected}，ICP Guard 无法读取。修复：将 ${p.field} 设置为 ${p.expected}。`,
  notADomain: (p) =>
    p.reason === "empty"
      ? `${p.field} 为空。修复：设置为要提供服务的域名。`
      : `${p.field} "${p.value}" 不是有效的域名。修复：设置为完整域名，如 www.example.com。`,
  exemptionExpired: (p) =>
    `icp-registry.yaml 第 ${p.line} 行的豁免（“${p.reason}”）已于 ${p.expires} 到期，不再生效。修复：为域名办理备案，或更新豁免的 expires 日期。`,
  andMore: (n) => `另有 ${n} 项`,
  naOutsideRegion: (region) => `${region} 不在中国内地`,
  naOutsideCoverage: (p) => `${p.field} "${p.value}" 只在中国内地以外提供服务`,
  naIpLiteral: (p) => `${p.field} 是 IP 地址而非域名，不涉及 ICP 备案`,
  naUndeterminedRegionSkipped: "地域无法确定，且配置 unknownRegion 为 skip",
  naUnknownSkipped: (problems) => `预览时无法校验（unknownValues: skip）：${problems}`,
  naExempted: (p) =>
    `已由 icp-registry.yaml 第 ${p.line} 行豁免，有效期至 ${p.expires}：${p.reason}`,
  naIntranet: "私网负载均衡无法从公网访问，不对外提供网站服务",
  naNoWebListener: (ports) =>
    `栈中没有承载 Web 流量的监听（HTTP、HTTPS、QUIC 或端口 ${ports.join("、")}）`,
};

export function catalog(lang: Lang): Catalog {
  return lang === "zh-CN" ? zh : en;
}

/**
 * ICP_GUARD_LANG as a locale: `zh`, `zh-CN`, `zh_CN`, `zh-Hans`, `zh_CN.UTF-8` (any encoding or
 * `@modifier` suffix) all mean Chinese; Simplified is the only Chinese there is, so any `zh-*`
 * variant gets it. Anything else is English.
 */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const v = (env.ICP_GUARD_LANG ?? "")
    .trim()
    .replace(/[.@].*$/, "")
    .replace(/_/g, "-")
    .toLowerCase();
  return v === "zh" || v.startsWith("zh-") ? "zh-CN" : "en";
}
