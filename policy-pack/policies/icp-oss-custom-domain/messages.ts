/**
 * What icp-oss-custom-domain says, in English and Simplified Chinese: its metadata only; its
 * problems are the shared domain-filing sentences (messages/core.ts).
 */
import type { PolicyText } from "../../framework/policy-spec";
import type { Localized } from "../../model/context";

export const messages: Localized<PolicyText> = {
  en: {
    description:
      "A custom domain bound to an OSS bucket in a Chinese mainland region must have an ICP filing.",
    remediationSteps:
      "File the domain with the MIIT (any access provider will do for OSS), then record the filing in icp-registry.yaml under filings[].domains (oss.BucketCname has no tags for an icp:number tag). Alternatively serve the bucket from a region outside the mainland (e.g. cn-hongkong).",
  },
  "zh-CN": {
    description: "绑定到中国内地地域 OSS Bucket 的自定义域名必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（OSS 不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案（oss.BucketCname 没有 tags，无法使用 icp:number 标签）。也可改用中国内地以外地域（如 cn-hongkong）的 Bucket。",
  },
};
