/**
 * Sentences of icp-hosted-domain added with Alibaba endpoint host names, Kubernetes and SAE
 * Ingresses and VPC load balancers, in English and Simplified Chinese (the older ones are in
 * messages/hosting-messages.ts until they move here).
 */
import type { Lang } from "../../model/context";
import type { EndpointProduct } from "../../model/endpoints";
import { K8S_INGRESSES, T } from "../../model/tokens";

export interface HostedDomainMessages {
  /** What a resource that declares a domain is called, for the types this policy adds. */
  kind(type: string): string | undefined;
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

const kindOf = (type: string, k8s: string, sae: string): string | undefined =>
  K8S_INGRESSES.has(type) ? k8s : type === T.saeIngress ? sae : undefined;

export const en: HostedDomainMessages = {
  kind: (type) => kindOf(type, "Kubernetes Ingress host", "SAE Ingress domain"),
  endpointAt: (p) => `the ${PRODUCT_EN[p.product]} "${p.host}" (${p.region})`,
  ossWhy:
    "Alibaba Cloud blocks a domain served from OSS in the Chinese mainland without a valid ICP filing (any access provider): the site goes offline.",
  naEndpointOutside: (p) =>
    `points at the ${PRODUCT_EN[p.product]} "${p.host}" in ${p.region}, outside the Chinese mainland`,
  naEndpointUnjudged: (host) =>
    `points at the Alibaba Cloud endpoint "${host}"; only OSS, Function Compute, ALB and NLB endpoint names tell ICP Guard the product and region, so it is not judged`,
  naLbIntranet: (lbs) => `${lbs} does not serve the internet (intranet load balancer)`,
  naClusterUnknown: (why) =>
    why === "default-provider"
      ? "deployed through the default Kubernetes provider: the cluster is unknown, so ICP Guard cannot tell where the Ingress is served (use an explicit kubernetes.Provider whose kubeconfig comes from an ACK cluster of this stack)"
      : "its Kubernetes provider's kubeconfig is not computed from an ACK cluster of this stack, and the provider does not dependsOn one: the cluster is unknown, so ICP Guard cannot tell where the Ingress is served",
  naOutside: (places) => `served by ${places}, outside the Chinese mainland`,
};

export const zh: HostedDomainMessages = {
  kind: (type) => kindOf(type, "Kubernetes Ingress 域名", "SAE Ingress 域名"),
  endpointAt: (p) => `${PRODUCT_ZH[p.product]} "${p.host}"（${p.region}）`,
  ossWhy:
    "由中国内地 OSS 提供服务的域名若没有有效的 ICP 备案（不限接入商），阿里云会阻断该域名，网站将无法访问。",
  naEndpointOutside: (p) =>
    `指向位于 ${p.region} 的${PRODUCT_ZH[p.product]} "${p.host}"，不在中国内地`,
  naEndpointUnjudged: (host) =>
    `指向阿里云访问域名 "${host}"；只有 OSS、函数计算、ALB 和 NLB 的访问域名能让 ICP Guard 判断产品和地域，因此不作判断`,
  naLbIntranet: (lbs) => `${lbs} 不对公网提供服务（私网负载均衡）`,
  naClusterUnknown: (why) =>
    why === "default-provider"
      ? "通过默认 Kubernetes Provider 部署：集群未知，ICP Guard 无法判断该 Ingress 在何处提供服务（请使用 kubeconfig 来自本栈 ACK 集群的显式 kubernetes.Provider）"
      : "其 Kubernetes Provider 的 kubeconfig 不是由本栈的 ACK 集群计算得出，Provider 也未通过 dependsOn 依赖任何集群：集群未知，ICP Guard 无法判断该 Ingress 在何处提供服务",
  naOutside: (places) => `由 ${places} 提供服务，不在中国内地`,
};

export function hostedDomainMessages(lang: Lang): HostedDomainMessages {
  return lang === "zh-CN" ? zh : en;
}
