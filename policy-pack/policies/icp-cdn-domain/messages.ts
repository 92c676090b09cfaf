/**
 * What icp-cdn-domain says, in English and Simplified Chinese: its metadata and why a domain
 * serves the mainland by coverage; its problems are the shared domain-filing sentences.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface CdnDomainMessages extends PolicyText {
  /** Why the domain serves the mainland: `scope "global"`, or the default. */
  coverage(field: string, value: string | undefined, defaulted: boolean): string;
  naOutsideCoverage(p: { field: string; value: string }): string;
}

export const messages: Localized<CdnDomainMessages> = {
  en: {
    description:
      "A CDN, DCDN, SCDN, VOD or Live domain, or an ESA site, that serves the Chinese mainland must have an ICP filing.",
    remediationSteps:
      "File the domain with the MIIT (any access provider), then record the filing in icp-registry.yaml under filings[].domains, or tag the resource icp:number=<filing number>. If the domain need not reach mainland users, set scope (coverage for ESA) to overseas.",
    coverage: (field, value, defaulted) =>
      defaulted
        ? `serves the Chinese mainland (${field} is not set and defaults to domestic)`
        : `serves the Chinese mainland (${field} "${clip(value ?? "")}")`,
    naOutsideCoverage: (p) =>
      `${p.field} "${clip(p.value)}" serves only outside the Chinese mainland`,
  },
  "zh-CN": {
    description:
      "加速区域包含中国内地的 CDN、DCDN、SCDN、点播或直播域名，以及 ESA 站点，必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案，或为资源添加标签 icp:number=<备案号>。如域名无需服务中国内地用户，将 scope（ESA 为 coverage）设为 overseas。",
    coverage: (field, value, defaulted) =>
      defaulted
        ? `加速区域包含中国内地（未设置 ${field}，默认为 domestic）`
        : `加速区域包含中国内地（${field} 为 "${clip(value ?? "")}"）`,
    naOutsideCoverage: (p) => `${p.field} "${clip(p.value)}" 只在中国内地以外提供服务`,
  },
};
