/**
 * What icp-hosted-domain says, in English and Simplified Chinese: where the domain is served from
 * (a DNS record, an Alibaba endpoint host name, a load-balancer domain, a Kubernetes or SAE
 * Ingress) and why Alibaba Cloud must be its access provider.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";
import type { EndpointProduct } from "../../model/endpoints";
import { K8S_INGRESSES } from "../../model/type-index";

export interface HostedDomainMessages extends PolicyText {
  /** What a resource that declares a domain is called, for types outside the Alibaba table. */
  kind(type: string): string | undefined;
  resolvesTo(p: { host: string; targets: string[] }): string;
  configuredOn(p: { domain: string; lb: string }): string;
  targetUnknown(field: string): string;
  hostedWhy: string;
  /** `the OSS endpoint "site.oss-cn-hangzhou.aliyuncs.com" (cn-hangzhou)` */
  endpointAt(p: { product: EndpointProduct; host: string; region: string }): string;
  /** The record points at an OSS endpoint only: any filing will do. */
  ossWhy: string;
  naEndpointOutside(p: { product: EndpointProduct; host: string; region: string }): string;
  naEndpointUnjudged(host: string): string;
  naLbIntranet(lbs: string): string;
  naClusterUnknown(why: "default-provider" | "not-linked"): string;
  naOutside(places: string): string;
}

const PRODUCT_EN: Record<EndpointProduct, string> = {
  oss: "OSS endpoint",
  fc: "Function Compute endpoint",
  alb: "ALB endpoint",
  nlb: "NLB endpoint",
};
const PRODUCT_ZH: Record<EndpointProduct, string> = {
  oss: "OSS 访问域名",
  fc: "函数计算访问域名",
  alb: "ALB 域名",
  nlb: "NLB 域名",
};

export const messages: Localized<HostedDomainMessages> = {
  en: {
    description:
      "A domain that resolves to, or is configured on, Alibaba Cloud compute in the Chinese mainland must be ICP-filed with Alibaba Cloud as access provider.",
    remediationSteps:
      "File the domain through Alibaba Cloud, or add Alibaba Cloud as access provider to its existing filing (新增接入); then record it in icp-registry.yaml with accessProviders: [alibaba-cloud]. Until then, point the domain at servers outside the mainland (e.g. cn-hongkong).",
    kind: (type) => (K8S_INGRESSES.has(type) ? "Kubernetes Ingress host" : undefined),
    resolvesTo: (p) =>
      `points "${clip(p.host)}" at mainland Alibaba Cloud compute: ${p.targets.join(", ")}`,
    configuredOn: (p) => `serves "${clip(p.domain)}" on ${p.lb}, mainland Alibaba Cloud compute`,
    targetUnknown: (field) =>
      `${field} is unknown during preview and is not computed from any resource of this stack, so ICP Guard cannot tell where it points; it is treated as mainland Alibaba Cloud compute`,
    hostedWhy:
      "Alibaba Cloud blocks a domain that resolves to its mainland servers unless the domain's ICP filing lists Alibaba Cloud as access provider.",
    endpointAt: (p) => `the ${PRODUCT_EN[p.product]} "${clip(p.host)}" (${clip(p.region)})`,
    ossWhy:
      "Alibaba Cloud blocks a domain served from OSS in the Chinese mainland without a valid ICP filing (any access provider): the site goes offline.",
    naEndpointOutside: (p) =>
      `points at the ${PRODUCT_EN[p.product]} "${clip(p.host)}" in ${clip(p.region)}, outside the Chinese mainland`,
    naEndpointUnjudged: (host) =>
      `points at the Alibaba Cloud endpoint "${clip(host)}"; only OSS, Function Compute, ALB and NLB endpoint names tell ICP Guard the product and region, so it is not judged`,
    naLbIntranet: (lbs) => `${lbs} does not serve the internet (intranet load balancer)`,
    naClusterUnknown: (why) =>
      why === "default-provider"
        ? "deployed through the default Kubernetes provider: the cluster is unknown, so ICP Guard cannot tell where the Ingress is served (use an explicit kubernetes.Provider whose kubeconfig comes from an ACK cluster of this stack)"
        : "its Kubernetes provider's kubeconfig is not computed from an ACK cluster of this stack, and the provider does not dependsOn one: the cluster is unknown, so ICP Guard cannot tell where the Ingress is served",
    naOutside: (places) => `served by ${places}, outside the Chinese mainland`,
  },
  "zh-CN": {
    description:
      "解析到或配置在中国内地阿里云计算资源上的域名，必须以阿里云为接入商完成 ICP 备案。",
    remediationSteps:
      "通过阿里云办理备案，或为已有备案办理新增接入；然后在 icp-registry.yaml 中登记并设置 accessProviders: [alibaba-cloud]。在此之前，请将域名解析到中国内地以外的服务器（如 cn-hongkong）。",
    kind: (type) => (K8S_INGRESSES.has(type) ? "Kubernetes Ingress 域名" : undefined),
    resolvesTo: (p) =>
      `将 "${clip(p.host)}" 解析到中国内地的阿里云计算资源：${p.targets.join("、")}`,
    configuredOn: (p) => `在中国内地的阿里云计算资源 ${p.lb} 上提供 "${clip(p.domain)}" 服务`,
    targetUnknown: (field) =>
      `${field} 在预览时未知，且不是由本栈中的资源计算得出，ICP Guard 无法判断其指向；按中国内地阿里云计算资源处理`,
    hostedWhy:
      "域名解析到阿里云中国内地服务器时，若其 ICP 备案的接入商不含阿里云，阿里云会阻断该域名。",
    endpointAt: (p) => `${PRODUCT_ZH[p.product]} "${clip(p.host)}"（${clip(p.region)}）`,
    ossWhy:
      "由中国内地 OSS 提供服务的域名若没有有效的 ICP 备案（不限接入商），阿里云会阻断该域名，网站将无法访问。",
    naEndpointOutside: (p) =>
      `指向位于 ${clip(p.region)} 的${PRODUCT_ZH[p.product]} "${clip(p.host)}"，不在中国内地`,
    naEndpointUnjudged: (host) =>
      `指向阿里云访问域名 "${clip(host)}"；只有 OSS、函数计算、ALB 和 NLB 的访问域名能让 ICP Guard 判断产品和地域，因此不作判断`,
    naLbIntranet: (lbs) => `${lbs} 不对公网提供服务（私网负载均衡）`,
    naClusterUnknown: (why) =>
      why === "default-provider"
        ? "通过默认 Kubernetes Provider 部署：集群未知，ICP Guard 无法判断该 Ingress 在何处提供服务（请使用 kubeconfig 来自本栈 ACK 集群的显式 kubernetes.Provider）"
        : "其 Kubernetes Provider 的 kubeconfig 不是由本栈的 ACK 集群计算得出，Provider 也未通过 dependsOn 依赖任何集群：集群未知，ICP Guard 无法判断该 Ingress 在何处提供服务",
    naOutside: (places) => `由 ${places} 提供服务，不在中国内地`,
  },
};
