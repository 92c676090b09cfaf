/**
 * What icp-anti-ddos-domain says, in English and Simplified Chinese: which Anti-DDoS instance
 * protects the domain and why it serves the mainland; its problems are the shared domain-filing
 * sentences (messages/core.ts).
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface AntiDdosMessages extends PolicyText {
  /** Why the instance serves the mainland: its product type, given or by default (ddoscoo). */
  productType(p: { value: string | undefined; defaulted: boolean }): string;
  ddosOn(p: { instance: string; how: string }): string;
  ddosUnlinked(region: string | undefined): string;
}

export const messages: Localized<AntiDdosMessages> = {
  en: {
    description:
      "A domain protected by an Anti-DDoS (Pro) instance that serves the Chinese mainland must have an ICP filing.",
    remediationSteps:
      "File the domain with the MIIT (any access provider), then record the filing in icp-registry.yaml under filings[].domains. A domain without a filing belongs on an Anti-DDoS Premium (ddosDip) instance.",
    productType: (p) =>
      p.defaulted ? "productType not set: ddoscoo" : `productType "${clip(p.value ?? "")}"`,
    ddosOn: (p) =>
      `is protected by Anti-DDoS instance ${p.instance}, which serves the Chinese mainland (${p.how})`,
    ddosUnlinked: (region) =>
      region
        ? `is protected by an Anti-DDoS instance outside this stack; its provider region ${clip(region)} is in the mainland`
        : "is protected by an Anti-DDoS instance outside this stack, in a region that could not be determined (treated as mainland)",
  },
  "zh-CN": {
    description: "由服务中国内地的 DDoS 高防（Anti-DDoS Pro）实例防护的域名必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案。未备案的域名应使用 DDoS 高防（国际）/Anti-DDoS Premium（ddosDip）实例。",
    productType: (p) =>
      p.defaulted
        ? "未设置 productType，默认为 ddoscoo"
        : `productType 为 "${clip(p.value ?? "")}"`,
    ddosOn: (p) => `由服务中国内地的 DDoS 高防实例 ${p.instance} 防护（${p.how}）`,
    ddosUnlinked: (region) =>
      region
        ? `由本栈以外的 DDoS 高防实例防护；其 Provider 地域 ${clip(region)} 位于中国内地`
        : "由本栈以外的 DDoS 高防实例防护，地域无法确定（按中国内地处理）",
  },
};
