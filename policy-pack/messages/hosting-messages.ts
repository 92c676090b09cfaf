/**
 * Sentences of the policies about where a domain is served from: DNS records and load-balancer
 * domains (icp-hosted-domain), CDN origins (icp-cdn-origin-access), Anti-DDoS (icp-anti-ddos-domain)
 * and load-balancer backends (icp-lb-backend-ecs). English and Simplified Chinese.
 */
import type { Lang } from "../model/context";

export interface HostingMessages {
  /** `ecs.Instance "web" in cn-hangzhou` */
  computeAt(resource: string, region: string | undefined): string;
  resolvesTo(p: { host: string; targets: string[] }): string;
  configuredOn(p: { domain: string; lb: string }): string;
  targetUnknown(field: string): string;
  hostedWhy: string;
  originOn(p: { origin: string; targets: string[] }): string;
  backToOrigin(p: { host: string; how: "accelerated" | "origin" | "host-header" }): string;
  /** "<the back-to-origin host is …>: <what is wrong with its filing>" */
  originProblem(backToOrigin: string, problem: string): string;
  originUnknown: string;
  originWhy: string;
  ddosOn(p: { instance: string; how: string }): string;
  ddosUnlinked(region: string | undefined): string;
  lbServes(p: { region: string | undefined; listeners: string[] }): string;
  noBackends: string;
  backendIneligible(p: { server: string; reasons: string[] }): string;
  backendExternal(id: string): string;
  backendUnknown(via: string): string;
  backendNotEcs(server: string): string;
  /** A listener or attachment whose load balancer is unknown during preview. */
  linkUnknown(link: string): string;
  lbFix: string;
  lbWhy: string;
}

const en: HostingMessages = {
  computeAt: (resource, region) =>
    region ? `${resource} in ${region}` : `${resource} (region undetermined, treated as mainland)`,
  resolvesTo: (p) =>
    `points "${p.host}" at mainland Alibaba Cloud compute: ${p.targets.join(", ")}`,
  configuredOn: (p) => `serves "${p.domain}" on ${p.lb}, mainland Alibaba Cloud compute`,
  targetUnknown: (field) =>
    `${field} is unknown during preview and is not computed from any resource of this stack, so ICP Guard cannot tell where it points; it is treated as mainland Alibaba Cloud compute`,
  hostedWhy:
    "Alibaba Cloud blocks a domain that resolves to its mainland servers unless the domain's ICP filing lists Alibaba Cloud as access provider.",
  originOn: (p) =>
    `pulls from an origin on mainland Alibaba Cloud compute (${p.origin}: ${p.targets.join(", ")})`,
  backToOrigin: (p) =>
    p.how === "accelerated"
      ? `the back-to-origin host is the accelerated domain "${p.host}"`
      : p.how === "host-header"
        ? `the back-to-origin host is "${p.host}" (set_req_host_header in cdn.DomainConfig)`
        : `the back-to-origin host is the origin domain "${p.host}"`,
  originProblem: (backToOrigin, problem) => `${backToOrigin}: ${problem}`,
  originUnknown:
    "an origin is unknown during preview and is not computed from any resource of this stack, so ICP Guard cannot tell whether it is on mainland Alibaba Cloud compute",
  originWhy:
    "An origin server on Alibaba Cloud in the mainland is blocked from serving a host whose ICP filing does not list Alibaba Cloud as access provider, and the CDN then fails back-to-origin.",
  ddosOn: (p) =>
    `is protected by Anti-DDoS instance ${p.instance}, which serves the Chinese mainland (${p.how})`,
  ddosUnlinked: (region) =>
    region
      ? `is protected by an Anti-DDoS instance outside this stack; its provider region ${region} is in the mainland`
      : "is protected by an Anti-DDoS instance outside this stack, in a region that could not be determined (treated as mainland)",
  lbServes: (p) =>
    `is an internet-facing load balancer ${p.region ? `in ${p.region}` : "in a region that could not be determined (treated as mainland)"}, serving web traffic (${p.listeners.join(", ")})`,
  noBackends: "no backend server is attached to it in this stack",
  backendIneligible: (p) =>
    `backend ${p.server} cannot give an ICP service code: ${p.reasons.join("; ")}`,
  backendExternal: (id) =>
    `backend ${id} is not in this stack nor in icp-registry.yaml servers, so ICP Guard cannot tell whether it is eligible`,
  backendUnknown: (via) =>
    `a backend attached by ${via} is unknown during preview and is not computed from any resource of this stack`,
  backendNotEcs: (server) => `backend ${server} is not an ECS instance`,
  linkUnknown: (link) =>
    `the load balancer of ${link} is unknown during preview and is not computed from any resource of this stack (an event log never says), so it may belong to this one: ICP Guard could not verify this load balancer`,
  lbFix:
    "Fix: attach at least one subscription ECS (instanceChargeType: PrePaid, period >= 3 months) with a public IP as a backend, or list an eligible backend's instance id in icp-registry.yaml servers.",
  lbWhy:
    "A load balancer cannot give an ICP service code: the filing for a domain it serves must name an eligible ECS behind it, or Alibaba Cloud blocks the domain.",
};

const zh: HostingMessages = {
  computeAt: (resource, region) =>
    region ? `${resource}（${region}）` : `${resource}（地域无法确定，按中国内地处理）`,
  resolvesTo: (p) => `将 "${p.host}" 解析到中国内地的阿里云计算资源：${p.targets.join("、")}`,
  configuredOn: (p) => `在中国内地的阿里云计算资源 ${p.lb} 上提供 "${p.domain}" 服务`,
  targetUnknown: (field) =>
    `${field} 在预览时未知，且不是由本栈中的资源计算得出，ICP Guard 无法判断其指向；按中国内地阿里云计算资源处理`,
  hostedWhy:
    "域名解析到阿里云中国内地服务器时，若其 ICP 备案的接入商不含阿里云，阿里云会阻断该域名。",
  originOn: (p) => `回源到中国内地阿里云计算资源上的源站（${p.origin}：${p.targets.join("、")}）`,
  backToOrigin: (p) =>
    p.how === "accelerated"
      ? `回源 Host 为加速域名 "${p.host}"`
      : p.how === "host-header"
        ? `回源 Host 为 "${p.host}"（cdn.DomainConfig 的 set_req_host_header）`
        : `回源 Host 为源站域名 "${p.host}"`,
  originProblem: (backToOrigin, problem) => `${backToOrigin}：${problem}`,
  originUnknown:
    "某个源站在预览时未知，且不是由本栈中的资源计算得出，ICP Guard 无法判断其是否位于中国内地阿里云计算资源上",
  originWhy: "中国内地阿里云上的源站无法为接入商不含阿里云的 Host 提供服务，CDN 回源将失败。",
  ddosOn: (p) => `由服务中国内地的 DDoS 高防实例 ${p.instance} 防护（${p.how}）`,
  ddosUnlinked: (region) =>
    region
      ? `由本栈以外的 DDoS 高防实例防护；其 Provider 地域 ${region} 位于中国内地`
      : "由本栈以外的 DDoS 高防实例防护，地域无法确定（按中国内地处理）",
  lbServes: (p) =>
    `是${p.region ? `位于 ${p.region} ` : "地域无法确定（按中国内地处理）"}的公网负载均衡，提供 Web 服务（${p.listeners.join("、")}）`,
  noBackends: "本栈中没有为它挂载任何后端服务器",
  backendIneligible: (p) => `后端 ${p.server} 无法提供 ICP 备案服务号：${p.reasons.join("；")}`,
  backendExternal: (id) =>
    `后端 ${id} 既不在本栈中，也不在 icp-registry.yaml 的 servers 中，ICP Guard 无法判断其是否符合条件`,
  backendUnknown: (via) => `${via} 挂载的某个后端在预览时未知，且不是由本栈中的资源计算得出`,
  backendNotEcs: (server) => `后端 ${server} 不是 ECS 实例`,
  linkUnknown: (link) =>
    `${link} 所属的负载均衡在预览时未知，且不是由本栈中的资源计算得出（事件日志不记录依赖），它可能属于本负载均衡：ICP Guard 无法验证本负载均衡`,
  lbFix:
    "修复：至少挂载一台带公网 IP 的包年包月 ECS（instanceChargeType: PrePaid，period >= 3 个月）作为后端，或在 icp-registry.yaml 的 servers 中登记符合条件的后端实例 ID。",
  lbWhy:
    "负载均衡无法提供 ICP 备案服务号：其所服务域名的备案必须指定其后符合条件的 ECS，否则阿里云会阻断该域名。",
};

export function hostingMessages(lang: Lang): HostingMessages {
  return lang === "zh-CN" ? zh : en;
}
