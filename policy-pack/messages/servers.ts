/**
 * The sentences of the service-code server policies that several of them share (docs/servers.md):
 * a failed eligibility requirement (field, value and fix), a registry server, a filing, a bounded
 * list. English and Simplified Chinese, one interface.
 */
import { clip } from "../model/clip";
import type { Failure } from "../model/eligibility";
import { shortType } from "../model/type-index";

/** Whose facts a Failure judged: a stack resource's inputs, or a registry entry's declared facts. */
export type FactSource = "stack" | "registry";

export interface ServerSentences {
  /** One failed requirement of docs/servers.md: the field, its value and the fix. */
  failure(f: Failure, source: FactSource): string;
  /** `registry server "web-anchor" (icp-registry.yaml line 12)` */
  registryServer(name: string, line: number): string;
  /** `浙ICP备2021012345号-1 (line 3)` */
  filing(number: string, line: number): string;
  /** A bounded list: the items, then "and N more". */
  list(items: readonly string[], more: number): string;
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

export const en: ServerSentences = {
  failure: enFailure,
  registryServer: (name, line) =>
    `registry server "${clip(name)}" (icp-registry.yaml line ${line})`,
  filing: (number, line) => `${clip(number)} (line ${line})`,
  list: (items, more) => (more > 0 ? `${items.join(", ")} and ${more} more` : items.join(", ")),
};

export const zh: ServerSentences = {
  failure: zhFailure,
  registryServer: (name, line) =>
    `备案登记中的服务器 "${clip(name)}"（icp-registry.yaml 第 ${line} 行）`,
  filing: (number, line) => `${clip(number)}（第 ${line} 行）`,
  list: (items, more) => (more > 0 ? `${items.join("、")} 等另外 ${more} 项` : items.join("、")),
};
