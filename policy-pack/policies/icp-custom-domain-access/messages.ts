/**
 * What icp-custom-domain-access says, in English and Simplified Chinese: its metadata only; its
 * problems are the shared domain-filing sentences (messages/core.ts).
 */
import type { PolicyText } from "../../framework/policy-spec";
import type { Localized } from "../../model/context";

export const messages: Localized<PolicyText> = {
  en: {
    description:
      "A Function Compute or API Gateway custom domain in a Chinese mainland region must be filed with Alibaba Cloud as access provider.",
    remediationSteps:
      "File the domain through Alibaba Cloud (or add Alibaba Cloud as access provider to an existing filing, 新增接入), then record it in icp-registry.yaml with accessProviders: [alibaba-cloud].",
  },
  "zh-CN": {
    description: "中国内地地域的函数计算或 API 网关自定义域名必须以阿里云为接入商完成备案。",
    remediationSteps:
      "通过阿里云办理备案（或为已有备案办理新增接入），然后在 icp-registry.yaml 中登记该备案并设置 accessProviders: [alibaba-cloud]。",
  },
};
