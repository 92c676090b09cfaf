/**
 * What icp-waf-domain says, in English and Simplified Chinese: its metadata only; its problems
 * are the shared domain-filing sentences (messages/core.ts).
 */
import type { PolicyText } from "../../framework/policy-spec";
import type { Localized } from "../../model/context";

export const messages: Localized<PolicyText> = {
  en: {
    description:
      "A domain added to a WAF instance in the Chinese mainland must have an ICP filing.",
    remediationSteps:
      "File the domain with the MIIT (any access provider), then record the filing in icp-registry.yaml under filings[].domains, or tag a wafv3.Domain icp:number=<filing number>. A domain without a filing belongs on a WAF instance outside the mainland (ap-southeast-1).",
  },
  "zh-CN": {
    description: "接入中国内地 WAF 实例的域名必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案，或为 wafv3.Domain 添加标签 icp:number=<备案号>。未备案的域名应接入中国内地以外（ap-southeast-1）的 WAF 实例。",
  },
};
