/**
 * What icp-service-code-quota says, in English and Simplified Chinese: which server is named by
 * more filings than it has service codes, where that is reported, and why it matters.
 */
import type { PolicyText } from "../../framework/policy-spec";
import type { Localized } from "../../model/context";

export interface QuotaMessages extends PolicyText {
  quotaOnServer(resource: string): string;
  quotaOnStack(stack: string): string;
  /** `filings`: the filings that name the server, already listed (catalog `list`). */
  quotaExceeded(p: { server: string; count: number; codes: number; filings: string }): string;
  quotaWhy: string;
}

export const messages: Localized<QuotaMessages> = {
  en: {
    description:
      "No server in icp-registry.yaml may be named as the ICP service-code server of more filings than it has service codes (config codesPerServer, default 5).",
    remediationSteps:
      "Move the excess filings' serviceCode.server in icp-registry.yaml to another eligible server (list it under servers), or raise codesPerServer if Alibaba Cloud granted the server more codes.",
    quotaOnServer: (resource) =>
      `${resource} gives ICP service codes to filings in icp-registry.yaml.`,
    quotaOnStack: (stack) =>
      `Stack ${stack}: registry servers that no resource of this stack carries give ICP service codes to filings in icp-registry.yaml.`,
    quotaExceeded: (p) =>
      `${p.server} is named by ${p.count} filings (serviceCode.server), but one server gives ${p.codes} service codes (config codesPerServer): ${p.filings}. Fix: move the excess filings' serviceCode.server to another eligible server (add it to icp-registry.yaml servers), or raise codesPerServer if Alibaba Cloud granted this server more codes.`,
    quotaWhy:
      "Each eligible server gives a fixed number of ICP service codes and a used code is gone for good: filings beyond that cannot all have their code from this server, so the registry is wrong or the next filing will find no code left.",
  },
  "zh-CN": {
    description:
      "icp-registry.yaml 中任何服务器被指定为备案服务号来源的备案数，不得超过其可提供的服务号数量（配置 codesPerServer，默认 5）。",
    remediationSteps:
      "将超出部分备案的 serviceCode.server 改为另一台符合条件的服务器（登记在 servers 中），或在阿里云为该服务器增加了服务号时调高 codesPerServer。",
    quotaOnServer: (resource) => `${resource} 为 icp-registry.yaml 中的备案提供 ICP 备案服务号。`,
    quotaOnStack: (stack) =>
      `栈 ${stack}：本栈中没有对应资源的登记服务器为 icp-registry.yaml 中的备案提供 ICP 备案服务号。`,
    quotaExceeded: (p) =>
      `${p.server} 被 ${p.count} 个备案引用（serviceCode.server），但一台服务器只能提供 ${p.codes} 个备案服务号（配置 codesPerServer）：${p.filings}。修复：将多出的备案的 serviceCode.server 改为另一台符合条件的服务器（并登记到 icp-registry.yaml 的 servers），如阿里云为此服务器提供了更多备案服务号，则调高 codesPerServer。`,
    quotaWhy:
      "每台符合条件的服务器只能提供固定数量的 ICP 备案服务号，且用过的服务号不能再用：超出数量的备案不可能都从这台服务器取得服务号，说明登记有误，或下一次备案将没有可用的服务号。",
  },
};
