/**
 * Sentences of the policies about the servers ICP service codes come from (docs/servers.md):
 * icp-container-service-code, icp-service-code-server, icp-service-code-quota,
 * icp-anchor-server-retained, and the registry/tag checks of icp-filing-number-format. English and
 * Simplified Chinese, one interface, so a sentence cannot exist in one language only.
 */
import type { Lang } from "../model/context";
import type { Failure } from "../model/eligibility";
import { shortType } from "./catalog";

/** Whose facts a Failure judged: a stack resource's inputs, or a registry entry's declared facts. */
export type FactSource = "stack" | "registry";

export interface ServerMessages {
  /** One failed requirement of docs/servers.md: the field, its value and the fix. */
  failure(f: Failure, source: FactSource): string;
  /** `registry server "web-anchor" (icp-registry.yaml line 12)` */
  registryServer(name: string, line: number): string;
  /** `浙ICP备2021012345号-1 (line 3)` */
  filing(number: string, line: number): string;
  /** A bounded list: the items, then "and N more". */
  list(items: readonly string[], more: number): string;
  // --- icp-container-service-code -------------------------------------------------------------
  clusterNoServer(unknown: boolean): string;
  noCandidates: string;
  /** One server considered for the cluster, and why it is not eligible. */
  candidate(p: { who: string; reasons: readonly string[] }): string;
  inThisStack(resource: string): string;
  nodePoolNotStandalone: string;
  registryServerGone(p: { resource?: string; id?: string }): string;
  moreCandidates(n: number): string;
  clusterFix: string;
  clusterWhy: string;
  // --- icp-service-code-server ----------------------------------------------------------------
  namedServer(p: {
    resource: string;
    byTag: boolean;
    /** The tag itself is secret: "[secret]" instead of its value. */
    tagSecret?: boolean;
    registry: readonly string[];
  }): string;
  /** An ECS/SAS whose tags are unknown during preview: it may be a service-code server. */
  maybeNamedServer(resource: string): string;
  serverWhy: string;
  // --- icp-service-code-quota -----------------------------------------------------------------
  quotaOnServer(resource: string): string;
  quotaOnStack(stack: string): string;
  quotaExceeded(p: {
    server: string;
    count: number;
    codes: number;
    filings: readonly string[];
    more: number;
  }): string;
  quotaWhy: string;
  // --- icp-anchor-server-retained -------------------------------------------------------------
  anchorOnStack(stack: string): string;
  anchorMissing(p: {
    server: string;
    resource?: string;
    id?: string;
    /** `resource` names a stack resource of this type, not an ECS or SAS. */
    foundType?: string;
    filings: readonly string[];
    more: number;
  }): string;
  anchorNoLocator(server: string): string;
  anchorServer(p: { resource: string; server: string }): string;
  anchorReplaced(p: { registered: string; id: string }): string;
  anchorWhy: string;
  // --- icp-filing-number-format ---------------------------------------------------------------
  registryInvalid(stack: string): string;
  filingNumberInvalid(p: { number: string; line: number; problem: string }): string;
  psbNumberInvalid(p: { psb: string; number: string; line: number }): string;
  authorizedWithoutBy(p: { number: string; line: number }): string;
  tagSubject(resource: string): string;
  tagUnknown: string;
  tagNotText(got: string): string;
  tagDisagrees(p: { tag: string; domain: string; number: string; line: number }): string;
  formatWhy: string;
}

/** `shown()` words an ill-shaped input as "(a number, expected a string)". */
const SHAPE = /^\((.+), expected (.+)\)$/;

function enValue(actual: string | undefined): string {
  if (actual === undefined) return "not set";
  const m = SHAPE.exec(actual);
  return m ? `${m[1]} where ${m[2]} belongs` : actual;
}

function zhIs(field: string, actual: string | undefined): string {
  if (actual === undefined) return `未设置 ${field}`;
  const m = SHAPE.exec(actual);
  return m ? `${field} 的值是 ${m[1]}，应为 ${m[2]}` : `${field} 为 ${actual}`;
}

function isWeek(actual: string | undefined): boolean {
  return actual?.trim().toLowerCase() === "week";
}

const PREPAID_FIX_EN = "set instanceChargeType: PrePaid with period >= 3";
const PREPAID_FIX_ZH = "请设置 instanceChargeType: PrePaid 且 period >= 3";

function enFailure(f: Failure, source: FactSource): string {
  const field = f.field ?? "";
  const is = `${field} is ${enValue(f.actual)}`;
  switch (f.requirement) {
    case "mainland-region":
      if (source === "registry") {
        return `region is ${f.actual ?? "not set"} (outside the Chinese mainland): list a server in a mainland region such as cn-hangzhou`;
      }
      if (f.unknown) {
        return `the region is unknown during preview (${field}): give the server's provider a literal mainland region`;
      }
      if (f.actual === undefined) {
        return "the region could not be determined (no zone input, provider region or alicloud:region config): set the provider's region to a mainland region such as cn-hangzhou";
      }
      return `${field || "region"} is ${f.actual} (outside the Chinese mainland): only a server in a mainland region gives an ICP service code; create it in a mainland region such as cn-hangzhou`;
    case "prepaid":
      if (source === "registry") {
        return f.actual === undefined
          ? "chargeType is not set (taken as pay-as-you-go): if the server is a subscription, write chargeType: PrePaid; otherwise convert it to subscription first"
          : `chargeType is ${f.actual} (pay-as-you-go): convert the server to subscription and write chargeType: PrePaid`;
      }
      if (field === "spotStrategy") {
        return f.unknown
          ? "spotStrategy is unknown during preview: remove spotStrategy or set it to NoSpot as a literal"
          : `spotStrategy is ${enValue(f.actual)} (a spot instance is billed pay-as-you-go): remove spotStrategy (or set NoSpot) and ${PREPAID_FIX_EN}`;
      }
      if (f.unknown)
        return `instanceChargeType is unknown during preview: ${PREPAID_FIX_EN} as literals`;
      if (f.actual === undefined) {
        return `instanceChargeType is not set (the API default is PostPaid, pay-as-you-go): ${PREPAID_FIX_EN}`;
      }
      if (f.actual.trim().toLowerCase() === "postpaid") {
        return `instanceChargeType is ${f.actual} (pay-as-you-go): ${PREPAID_FIX_EN}`;
      }
      return `${is} (not PrePaid): ${PREPAID_FIX_EN}`;
    case "subscription-months":
      if (source === "registry") {
        return f.actual === undefined
          ? "subscriptionMonths is not set (the subscription length is not declared): write subscriptionMonths: <months>, at least 3"
          : `subscriptionMonths is ${f.actual} (fewer than 3 months): renew the subscription to at least 3 months and write the new length`;
      }
      if (field === "periodUnit") {
        if (f.unknown) {
          return "periodUnit is unknown during preview: set periodUnit: Month with period >= 3 as literals";
        }
        const why = isWeek(f.actual)
          ? "a subscription counted in weeks never reaches 3 months"
          : "not Month";
        return `periodUnit is ${enValue(f.actual)} (${why}): set periodUnit: Month with period >= 3`;
      }
      if (f.unknown)
        return "period is unknown during preview: set period >= 3 (months) as a literal";
      if (f.actual === undefined) {
        return "period is not set (a 1-month subscription): set period >= 3 (months)";
      }
      if (SHAPE.test(f.actual)) return `${is}: set period to a number of months, at least 3`;
      return `period is ${f.actual} (fewer than 3 months): set period >= 3`;
    case "public-bandwidth":
      if (source === "registry") {
        return `publicIp is ${f.actual ?? "not set"} (no public IP declared): give the server a public IP (public bandwidth or an EIP) and write publicIp: true`;
      }
      if (f.unknown) {
        const bw =
          f.actual === undefined ? "" : `internetMaxBandwidthOut is ${enValue(f.actual)}, `;
        return `its public bandwidth is unknown during preview (${bw}and whether an ecs.EipAssociation binds an EIP to it cannot be decided): set internetMaxBandwidthOut > 0 as a literal, or bind an EIP with an ecs.EipAssociation whose instanceId comes from this instance`;
      }
      return `internetMaxBandwidthOut is ${enValue(f.actual)} and no EIP is bound to it by ecs.EipAssociation (no public IP): set internetMaxBandwidthOut > 0, or bind an EIP with ecs.EipAssociation`;
    case "standalone":
      if (source === "registry") {
        return `kind is ${f.actual ?? "not set"}: only ecs and sas servers give ICP service codes`;
      }
      return `${shortType(f.actual ?? "")} is not a standalone ECS or SAS instance: use an ecs.Instance or simpleapplicationserver.Instance`;
  }
}

function zhFailure(f: Failure, source: FactSource): string {
  const field = f.field ?? "";
  switch (f.requirement) {
    case "mainland-region":
      if (source === "registry") {
        return `region 为 ${f.actual ?? "（未设置）"}（不在中国内地）：请登记位于中国内地地域（如 cn-hangzhou）的服务器`;
      }
      if (f.unknown) {
        return `预览时地域未知（${field}）：请为服务器的 Provider 设置字面量形式的中国内地地域`;
      }
      if (f.actual === undefined) {
        return "无法确定地域（没有可用区参数、Provider 地域或 alicloud:region 配置）：请将 Provider 的地域设置为中国内地地域，如 cn-hangzhou";
      }
      return `${field || "region"} 为 ${f.actual}（不在中国内地）：只有中国内地地域的服务器才能申请 ICP 备案服务号，请在中国内地地域（如 cn-hangzhou）创建服务器`;
    case "prepaid":
      if (source === "registry") {
        return f.actual === undefined
          ? "未设置 chargeType（视为按量付费）：如服务器为包年包月，请写 chargeType: PrePaid；否则请先将其转为包年包月"
          : `chargeType 为 ${f.actual}（按量付费）：请将服务器转为包年包月，并写 chargeType: PrePaid`;
      }
      if (field === "spotStrategy") {
        return f.unknown
          ? "预览时 spotStrategy 未知：请删除 spotStrategy，或以字面值设为 NoSpot"
          : `${zhIs("spotStrategy", f.actual)}（抢占式实例按量付费）：请删除 spotStrategy（或设为 NoSpot），并设置 instanceChargeType: PrePaid 且 period >= 3`;
      }
      if (f.unknown) return `预览时 instanceChargeType 未知：${PREPAID_FIX_ZH}（使用字面值）`;
      if (f.actual === undefined) {
        return `未设置 instanceChargeType（API 默认为 PostPaid，即按量付费）：${PREPAID_FIX_ZH}`;
      }
      if (f.actual.trim().toLowerCase() === "postpaid") {
        return `instanceChargeType 为 ${f.actual}（按量付费）：${PREPAID_FIX_ZH}`;
      }
      return `${zhIs("instanceChargeType", f.actual)}（不是 PrePaid）：${PREPAID_FIX_ZH}`;
    case "subscription-months":
      if (source === "registry") {
        return f.actual === undefined
          ? "未设置 subscriptionMonths（未声明购买时长）：请写 subscriptionMonths: <月数>，至少为 3"
          : `subscriptionMonths 为 ${f.actual}（不足 3 个月）：请将订阅续费至至少 3 个月，并写入新的时长`;
      }
      if (field === "periodUnit") {
        if (f.unknown)
          return "预览时 periodUnit 未知：请以字面值设置 periodUnit: Month 且 period >= 3";
        const why = isWeek(f.actual) ? "按周购买的时长达不到 3 个月" : "不是 Month";
        return `${zhIs("periodUnit", f.actual)}（${why}）：请设置 periodUnit: Month 且 period >= 3`;
      }
      if (f.unknown) return "预览时 period 未知：请以字面值设置 period >= 3（月）";
      if (f.actual === undefined) return "未设置 period（即购买 1 个月）：请设置 period >= 3（月）";
      if (SHAPE.test(f.actual)) {
        return `${zhIs("period", f.actual)}：请将 period 设置为不少于 3 的月数`;
      }
      return `period 为 ${f.actual}（不足 3 个月）：请设置 period >= 3`;
    case "public-bandwidth":
      if (source === "registry") {
        return `${zhIs("publicIp", f.actual)}（未声明公网 IP）：请为服务器配置公网 IP（公网带宽或 EIP），并写 publicIp: true`;
      }
      if (f.unknown) {
        const bw = f.actual === undefined ? "" : `${zhIs("internetMaxBandwidthOut", f.actual)}，`;
        return `预览时无法确定公网带宽（${bw}也无法判断是否有 ecs.EipAssociation 为其绑定 EIP）：请以字面值设置 internetMaxBandwidthOut > 0，或用 instanceId 取自此实例的 ecs.EipAssociation 绑定 EIP`;
      }
      return `${zhIs("internetMaxBandwidthOut", f.actual)}，且没有 ecs.EipAssociation 为其绑定 EIP（没有公网 IP）：请设置 internetMaxBandwidthOut > 0，或用 ecs.EipAssociation 绑定 EIP`;
    case "standalone":
      if (source === "registry") {
        return `kind 为 ${f.actual ?? "（未设置）"}：只有 ecs 和 sas 服务器能提供 ICP 备案服务号`;
      }
      return `${shortType(f.actual ?? "")} 不是独立的 ECS 或轻量应用服务器实例：请使用 ecs.Instance 或 simpleapplicationserver.Instance`;
  }
}

const en: ServerMessages = {
  failure: enFailure,
  registryServer: (name, line) => `registry server "${name}" (icp-registry.yaml line ${line})`,
  filing: (number, line) => `${number} (line ${line})`,
  list: (items, more) => (more > 0 ? `${items.join(", ")} and ${more} more` : items.join(", ")),
  clusterNoServer: (unknown) =>
    unknown
      ? "a site served from this cluster needs an ICP service code from an eligible ECS or SAS instance (ACK/ACS cannot give one), and no server in this stack or in icp-registry.yaml servers is known to be eligible: some depend on values unknown during preview"
      : "a site served from this cluster needs an ICP service code from an eligible ECS or SAS instance (ACK/ACS cannot give one), and no server in this stack or in icp-registry.yaml servers is eligible",
  noCandidates: "there is no ECS or SAS instance in this stack and no server in icp-registry.yaml",
  candidate: (p) => `considered ${p.who}: ${p.reasons.join("; ")}`,
  inThisStack: (resource) => `${resource} in this stack`,
  nodePoolNotStandalone:
    "its instances are ACK node-pool instances, not standalone servers (ACK may recycle them), so they never give a service code",
  registryServerGone: (p) =>
    p.resource !== undefined
      ? `it names resource "${p.resource}" of this stack, which is not in it`
      : `it names instance ${p.id ?? "?"} of this stack, which is not in it`,
  moreCandidates: (n) => `and ${n} more server${n === 1 ? "" : "s"}, none eligible`,
  clusterFix:
    "Fix: add a subscription ECS instance in a mainland region to this stack (instanceChargeType: PrePaid, period >= 3, internetMaxBandwidthOut > 0 or an EIP bound by ecs.EipAssociation), or list an eligible server you already have in icp-registry.yaml servers (name, kind, region, chargeType: PrePaid, subscriptionMonths >= 3, publicIp: true).",
  clusterWhy:
    "Alibaba Cloud files a site served from ACK/ACS only with a service code drawn from an eligible ECS or SAS instance in the same account; without one the cluster's domains cannot be filed, and Alibaba Cloud blocks unfiled domains.",
  namedServer: (p) => {
    const tag = `tag icp:service-code-server=${p.tagSecret ? "[secret]" : "true"}`;
    const by = [...(p.byTag ? [tag] : []), ...p.registry];
    return `${p.resource} is named as an ICP service-code server (${by.join("; ")}) but does not meet every requirement for one.`;
  },
  maybeNamedServer: (resource) =>
    `${resource} has tags that are unknown during preview, so it may be named as an ICP service-code server (tag icp:service-code-server=true), and it does not meet every requirement for one: ICP Guard could not verify it. Fix: set its tags literally, or make it eligible.`,
  serverWhy:
    "Alibaba Cloud gives ICP service codes only from an eligible server: filings that rely on this one cannot get, or may lose, their service code, and their domains are then blocked.",
  quotaOnServer: (resource) =>
    `${resource} gives ICP service codes to filings in icp-registry.yaml.`,
  quotaOnStack: (stack) =>
    `Stack ${stack}: registry servers that no resource of this stack carries give ICP service codes to filings in icp-registry.yaml.`,
  quotaExceeded: (p) =>
    `${p.server} is named by ${p.count} filings (serviceCode.server), but one server gives ${p.codes} service codes (config codesPerServer): ${en.list(p.filings, p.more)}. Fix: move the excess filings' serviceCode.server to another eligible server (add it to icp-registry.yaml servers), or raise codesPerServer if Alibaba Cloud granted this server more codes.`,
  quotaWhy:
    "Each eligible server gives a fixed number of ICP service codes and a used code is gone for good: filings beyond that cannot all have their code from this server, so the registry is wrong or the next filing will find no code left.",
  anchorOnStack: (stack) =>
    `Stack ${stack} manages servers that icp-registry.yaml records as ICP service-code servers.`,
  anchorMissing: (p) => {
    const where =
      p.resource === undefined
        ? `is instance ${p.id ?? "?"} of this stack, but no ECS or SAS instance with that id is in it`
        : p.foundType !== undefined
          ? `names resource "${p.resource}" of this stack, which is a ${shortType(p.foundType)}, not an ECS or SAS instance`
          : `names resource "${p.resource}" of this stack, but no ECS or SAS instance of that name${p.id ? ` (or id ${p.id})` : ""} is in it`;
    if (p.filings.length === 0) {
      return `${p.server} ${where}; no filing in icp-registry.yaml names it yet. Fix: keep the instance (restore the resource, or import it by id), or remove the entry from icp-registry.yaml servers if it is no longer meant to give service codes.`;
    }
    return `${p.server} ${where}; filings anchored on it: ${en.list(p.filings, p.more)}. Fix: keep the instance (restore the resource, or import it by id), or move those filings' serviceCode.server to another eligible server and update icp-registry.yaml.`;
  },
  anchorNoLocator: (server) =>
    `${server} names this stack but has neither resource nor id, so ICP Guard cannot check that it is still here. Fix: add resource: <its Pulumi resource name> (or id: <instance id>) to the entry.`,
  anchorServer: (p) =>
    `${p.resource} is ${p.server}, a server ICP service codes were drawn from: it must stay in this stack and stay eligible.`,
  anchorReplaced: (p) =>
    `icp-registry.yaml records instance id ${p.registered}, but this resource now has id ${p.id}: the registered instance was replaced or deleted. Fix: if it is gone, move its filings' serviceCode.server to an eligible server; if the registry is out of date, correct the id.`,
  anchorWhy:
    "Deleting the server a filing's ICP service code came from, or converting it to pay-as-you-go, endangers the filings anchored on it: Alibaba Cloud may revoke them, and their domains are then blocked.",
  registryInvalid: (stack) =>
    `icp-registry.yaml holds ICP numbers or service-code entries that are not valid (read for stack ${stack}).`,
  filingNumberInvalid: (p) =>
    `filing "${p.number}" (icp-registry.yaml line ${p.line}) is not a valid ICP number: ${p.problem}; it covers none of its domains. Fix: write the number exactly as the MIIT issued it, e.g. 京ICP备12345678号-1.`,
  psbNumberInvalid: (p) =>
    `psbNumber "${p.psb}" of filing ${p.number} (icp-registry.yaml line ${p.line}) is not a valid public-security filing number (province + 公网安备 + 14 digits + 号, e.g. 粤公网安备44030502008569号). Fix: correct it, or remove the key.`,
  authorizedWithoutBy: (p) =>
    `filing ${p.number} (icp-registry.yaml line ${p.line}) takes its service code from another account (serviceCode.account: authorized) but does not say which. Fix: add serviceCode.authorizedBy: <the authorizing account>.`,
  tagSubject: (resource) => `${resource} carries tag icp:number.`,
  tagUnknown:
    "tag icp:number is unknown during preview, so ICP Guard cannot check it. Fix: set the tag to a literal filing number.",
  tagNotText: (got) =>
    `tag icp:number is ${got} where a string belongs. Fix: set it to the filing number as text, e.g. "京ICP备12345678号-1".`,
  tagDisagrees: (p) =>
    `tag icp:number "${p.tag}" disagrees with icp-registry.yaml: "${p.domain}" is filed as ${p.number} (line ${p.line}). Fix: correct the tag (or remove it: the registry filing is enough), or correct the registry.`,
  formatWhy:
    "ICP Guard takes a filing number as proof that a domain is filed: an invalid number covers nothing (Alibaba Cloud blocks the domain as unfiled), and a contradictory one hides which filing is real.",
};

const zh: ServerMessages = {
  failure: zhFailure,
  registryServer: (name, line) => `备案登记中的服务器 "${name}"（icp-registry.yaml 第 ${line} 行）`,
  filing: (number, line) => `${number}（第 ${line} 行）`,
  list: (items, more) => (more > 0 ? `${items.join("、")} 等另外 ${more} 项` : items.join("、")),
  clusterNoServer: (unknown) =>
    unknown
      ? "由此集群提供服务的网站需要从符合条件的 ECS 或轻量应用服务器实例获取 ICP 备案服务号（ACK/ACS 无法提供），而本栈和 icp-registry.yaml servers 中没有已确认符合条件的服务器：部分取决于预览时未知的值"
      : "由此集群提供服务的网站需要从符合条件的 ECS 或轻量应用服务器实例获取 ICP 备案服务号（ACK/ACS 无法提供），而本栈和 icp-registry.yaml servers 中没有符合条件的服务器",
  noCandidates: "本栈中没有 ECS 或轻量应用服务器实例，icp-registry.yaml 中也没有登记服务器",
  candidate: (p) => `已检查 ${p.who}：${p.reasons.join("；")}`,
  inThisStack: (resource) => `本栈中的 ${resource}`,
  nodePoolNotStandalone:
    "其实例是 ACK 节点池实例而非独立服务器（ACK 可能回收它们），不能提供备案服务号",
  registryServerGone: (p) =>
    p.resource !== undefined
      ? `它指向本栈的资源 "${p.resource}"，但本栈中已没有该资源`
      : `它指向本栈的实例 ${p.id ?? "?"}，但本栈中已没有该实例`,
  moreCandidates: (n) => `另有 ${n} 台服务器，均不符合条件`,
  clusterFix:
    "修复：在本栈中添加一台位于中国内地地域的包年包月 ECS 实例（instanceChargeType: PrePaid，period >= 3，internetMaxBandwidthOut > 0 或通过 ecs.EipAssociation 绑定 EIP），或将已有的符合条件的服务器登记到 icp-registry.yaml 的 servers（name、kind、region、chargeType: PrePaid、subscriptionMonths >= 3、publicIp: true）。",
  clusterWhy:
    "阿里云只接受从同一账号下符合条件的 ECS 或轻量应用服务器获取的备案服务号来为 ACK/ACS 上的网站办理备案；没有这样的服务器，集群上的域名无法备案，而阿里云会阻断未备案的域名。",
  namedServer: (p) => {
    const tag = `标签 icp:service-code-server=${p.tagSecret ? "[secret]" : "true"}`;
    const by = [...(p.byTag ? [tag] : []), ...p.registry];
    return `${p.resource} 被指定为 ICP 备案服务号服务器（${by.join("；")}），但不满足全部条件。`;
  },
  maybeNamedServer: (resource) =>
    `${resource} 的标签在预览时未知，它可能被指定为 ICP 备案服务号服务器（标签 icp:service-code-server=true），且不满足全部条件：ICP Guard 无法验证。修复：以字面量设置其标签，或使其符合条件。`,
  serverWhy:
    "阿里云只从符合条件的服务器提供 ICP 备案服务号：依赖此服务器的备案无法获得或可能失去备案服务号，相应域名随后会被阻断。",
  quotaOnServer: (resource) => `${resource} 为 icp-registry.yaml 中的备案提供 ICP 备案服务号。`,
  quotaOnStack: (stack) =>
    `栈 ${stack}：本栈中没有对应资源的登记服务器为 icp-registry.yaml 中的备案提供 ICP 备案服务号。`,
  quotaExceeded: (p) =>
    `${p.server} 被 ${p.count} 个备案引用（serviceCode.server），但一台服务器只能提供 ${p.codes} 个备案服务号（配置 codesPerServer）：${zh.list(p.filings, p.more)}。修复：将多出的备案的 serviceCode.server 改为另一台符合条件的服务器（并登记到 icp-registry.yaml 的 servers），如阿里云为此服务器提供了更多备案服务号，则调高 codesPerServer。`,
  quotaWhy:
    "每台符合条件的服务器只能提供固定数量的 ICP 备案服务号，且用过的服务号不能再用：超出数量的备案不可能都从这台服务器取得服务号，说明登记有误，或下一次备案将没有可用的服务号。",
  anchorOnStack: (stack) =>
    `栈 ${stack} 管理着 icp-registry.yaml 中登记为 ICP 备案服务号来源的服务器。`,
  anchorMissing: (p) => {
    const where =
      p.resource === undefined
        ? `是本栈中的实例 ${p.id ?? "?"}，但本栈中已没有该 ID 的 ECS 或轻量应用服务器实例`
        : p.foundType !== undefined
          ? `指向本栈的资源 "${p.resource}"，但它是 ${shortType(p.foundType)}，不是 ECS 或轻量应用服务器实例`
          : `指向本栈的资源 "${p.resource}"，但本栈中已没有该名称${p.id ? `（或 ID ${p.id}）` : ""}的 ECS 或轻量应用服务器实例`;
    if (p.filings.length === 0) {
      return `${p.server} ${where}；icp-registry.yaml 中暂无备案引用它。修复：保留该实例（恢复资源，或按 ID 导入）；如它不再用于提供备案服务号，请从 icp-registry.yaml 的 servers 中删除该条目。`;
    }
    return `${p.server} ${where}；依赖它的备案：${zh.list(p.filings, p.more)}。修复：保留该实例（恢复资源，或按 ID 导入），或将这些备案的 serviceCode.server 改为另一台符合条件的服务器并更新 icp-registry.yaml。`;
  },
  anchorNoLocator: (server) =>
    `${server} 指向本栈，但既没有 resource 也没有 id，ICP Guard 无法确认它是否仍在本栈中。修复：在该条目中添加 resource: <Pulumi 资源名>（或 id: <实例 ID>）。`,
  anchorServer: (p) =>
    `${p.resource} 是 ${p.server}，是 ICP 备案服务号的来源服务器：必须保留在本栈中并持续符合条件。`,
  anchorReplaced: (p) =>
    `icp-registry.yaml 登记的实例 ID 为 ${p.registered}，但此资源现在的 ID 为 ${p.id}：登记的实例已被替换或删除。修复：如该实例确已不存在，请将其备案的 serviceCode.server 改为符合条件的服务器；如登记信息过时，请更正 id。`,
  anchorWhy:
    "删除提供备案服务号的服务器，或将其转为按量付费，会危及依赖它的备案：阿里云可能注销这些备案，相应域名随后会被阻断。",
  registryInvalid: (stack) =>
    `icp-registry.yaml 中有无效的 ICP 号码或备案服务号条目（为栈 ${stack} 读取）。`,
  filingNumberInvalid: (p) =>
    `备案 "${p.number}"（icp-registry.yaml 第 ${p.line} 行）不是有效的 ICP 备案号：${p.problem}；它不覆盖其中任何域名。修复：按工信部下发的原样填写备案号，如 京ICP备12345678号-1。`,
  psbNumberInvalid: (p) =>
    `备案 ${p.number}（icp-registry.yaml 第 ${p.line} 行）的 psbNumber "${p.psb}" 不是有效的公安备案号（省份简称 + 公网安备 + 14 位数字 + 号，如 粤公网安备44030502008569号）。修复：更正或删除该字段。`,
  authorizedWithoutBy: (p) =>
    `备案 ${p.number}（icp-registry.yaml 第 ${p.line} 行）的备案服务号来自其他账号（serviceCode.account: authorized），但未写明是哪个账号。修复：添加 serviceCode.authorizedBy: <授权账号>。`,
  tagSubject: (resource) => `${resource} 带有标签 icp:number。`,
  tagUnknown:
    "预览时标签 icp:number 的值未知，ICP Guard 无法校验。修复：将标签设置为字面量形式的备案号。",
  tagNotText: (got) =>
    `标签 icp:number 的值是 ${got}，应为字符串。修复：以文本形式填写备案号，如 "京ICP备12345678号-1"。`,
  tagDisagrees: (p) =>
    `标签 icp:number "${p.tag}" 与 icp-registry.yaml 不一致："${p.domain}" 的备案号为 ${p.number}（第 ${p.line} 行）。修复：更正标签（或删除标签：备案登记已足够），或更正备案登记。`,
  formatWhy:
    "ICP Guard 以备案号作为域名已备案的依据：无效的备案号不覆盖任何域名（阿里云会将域名视为未备案而阻断），互相矛盾的备案号则让人无法判断哪个备案才是真实的。",
};

export function serverMessages(lang: Lang): ServerMessages {
  return lang === "zh-CN" ? zh : en;
}
