/**
 * What icp-hosted-domain says, in English and Simplified Chinese: where the domain is served from
 * (a DNS record, a load-balancer domain) and why Alibaba Cloud must be its access provider.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface HostedDomainMessages extends PolicyText {
  resolvesTo(p: { host: string; targets: string[] }): string;
  configuredOn(p: { domain: string; lb: string }): string;
  targetUnknown(field: string): string;
  hostedWhy: string;
}

export const messages: Localized<HostedDomainMessages> = {
  en: {
    description:
      "A domain that resolves to, or is configured on, Alibaba Cloud compute in the Chinese mainland must be ICP-filed with Alibaba Cloud as access provider.",
    remediationSteps:
      "File the domain through Alibaba Cloud, or add Alibaba Cloud as access provider to its existing filing (新增接入); then record it in icp-registry.yaml with accessProviders: [alibaba-cloud]. Until then, point the domain at servers outside the mainland (e.g. cn-hongkong).",
    resolvesTo: (p) =>
      `points "${clip(p.host)}" at mainland Alibaba Cloud compute: ${p.targets.join(", ")}`,
    configuredOn: (p) => `serves "${clip(p.domain)}" on ${p.lb}, mainland Alibaba Cloud compute`,
    targetUnknown: (field) =>
      `${field} is unknown during preview and is not computed from any resource of this stack, so ICP Guard cannot tell where it points; it is treated as mainland Alibaba Cloud compute`,
    hostedWhy:
      "Alibaba Cloud blocks a domain that resolves to its mainland servers unless the domain's ICP filing lists Alibaba Cloud as access provider.",
  },
  "zh-CN": {
    description:
      "解析到或配置在中国内地阿里云计算资源上的域名，必须以阿里云为接入商完成 ICP 备案。",
    remediationSteps:
      "通过阿里云办理备案，或为已有备案办理新增接入；然后在 icp-registry.yaml 中登记并设置 accessProviders: [alibaba-cloud]。在此之前，请将域名解析到中国内地以外的服务器（如 cn-hongkong）。",
    resolvesTo: (p) =>
      `将 "${clip(p.host)}" 解析到中国内地的阿里云计算资源：${p.targets.join("、")}`,
    configuredOn: (p) => `在中国内地的阿里云计算资源 ${p.lb} 上提供 "${clip(p.domain)}" 服务`,
    targetUnknown: (field) =>
      `${field} 在预览时未知，且不是由本栈中的资源计算得出，ICP Guard 无法判断其指向；按中国内地阿里云计算资源处理`,
    hostedWhy:
      "域名解析到阿里云中国内地服务器时，若其 ICP 备案的接入商不含阿里云，阿里云会阻断该域名。",
  },
};
