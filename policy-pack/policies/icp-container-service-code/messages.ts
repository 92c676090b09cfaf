/**
 * What icp-container-service-code says, in English and Simplified Chinese: that a mainland
 * cluster has no eligible server, which servers were considered and why each is not eligible,
 * and how to fix it.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface ContainerMessages extends PolicyText {
  clusterNoServer(unknown: boolean): string;
  noCandidates: string;
  /** One server considered for the cluster, and why it is not eligible. */
  candidate(p: { who: string; reasons: readonly string[] }): string;
  inThisStack(resource: string): string;
  nodePoolNotStandalone: string;
  registryServerGone(p: { resource?: string; id?: string }): string;
  moreCandidates(n: number): string;
  clusterFix: string;
  clusterWhy: string;
}

export const messages: Localized<ContainerMessages> = {
  en: {
    description:
      "A Kubernetes cluster (ACK/ACS) in a Chinese mainland region needs an eligible ECS or Simple Application Server instance, in the stack or in icp-registry.yaml, to give the ICP service code its sites are filed with.",
    remediationSteps:
      "Add a subscription ECS instance (instanceChargeType: PrePaid, period >= 3 months, public bandwidth or a bound EIP) in a mainland region to the stack, or list an eligible server you already have in icp-registry.yaml servers. ACK node-pool instances do not count.",
    clusterNoServer: (unknown) =>
      unknown
        ? "a site served from this cluster needs an ICP service code from an eligible ECS or SAS instance (ACK/ACS cannot give one), and no server in this stack or in icp-registry.yaml servers is known to be eligible: some depend on values unknown during preview"
        : "a site served from this cluster needs an ICP service code from an eligible ECS or SAS instance (ACK/ACS cannot give one), and no server in this stack or in icp-registry.yaml servers is eligible",
    noCandidates:
      "there is no ECS or SAS instance in this stack and no server in icp-registry.yaml",
    candidate: (p) => `considered ${p.who}: ${p.reasons.join("; ")}`,
    inThisStack: (resource) => `${resource} in this stack`,
    nodePoolNotStandalone:
      "its instances are ACK node-pool instances, not standalone servers (ACK may recycle them), so they never give a service code",
    registryServerGone: (p) =>
      p.resource !== undefined
        ? `it names resource "${clip(p.resource)}" of this stack, which is not in it`
        : `it names instance ${clip(p.id ?? "?")} of this stack, which is not in it`,
    moreCandidates: (n) => `and ${n} more server${n === 1 ? "" : "s"}, none eligible`,
    clusterFix:
      "Fix: add a subscription ECS instance in a mainland region to this stack (instanceChargeType: PrePaid, period >= 3, internetMaxBandwidthOut > 0 or an EIP bound by ecs.EipAssociation), or list an eligible server you already have in icp-registry.yaml servers (name, kind, region, chargeType: PrePaid, subscriptionMonths >= 3, publicIp: true).",
    clusterWhy:
      "Alibaba Cloud files a site served from ACK/ACS only with a service code drawn from an eligible ECS or SAS instance in the same account; without one the cluster's domains cannot be filed, and Alibaba Cloud blocks unfiled domains.",
  },
  "zh-CN": {
    description:
      "中国内地地域的 Kubernetes 集群（ACK/ACS）需要本栈或 icp-registry.yaml 中有一台符合条件的 ECS 或轻量应用服务器，为其网站提供 ICP 备案服务号。",
    remediationSteps:
      "在本栈中添加一台中国内地地域的包年包月 ECS（instanceChargeType: PrePaid，period >= 3 个月，有公网带宽或绑定 EIP），或将已有的符合条件的服务器登记到 icp-registry.yaml 的 servers。ACK 节点池实例不计入。",
    clusterNoServer: (unknown) =>
      unknown
        ? "由此集群提供服务的网站需要从符合条件的 ECS 或轻量应用服务器实例获取 ICP 备案服务号（ACK/ACS 无法提供），而本栈和 icp-registry.yaml servers 中没有已确认符合条件的服务器：部分取决于预览时未知的值"
        : "由此集群提供服务的网站需要从符合条件的 ECS 或轻量应用服务器实例获取 ICP 备案服务号（ACK/ACS 无法提供），而本栈和 icp-registry.yaml servers 中没有符合条件的服务器",
    noCandidates: "本栈中没有 ECS 或轻量应用服务器实例，icp-registry.yaml 中也没有登记服务器",
    candidate: (p) => `已检查 ${p.who}：${p.reasons.join("；")}`,
    inThisStack: (resource) => `本栈中的 ${resource}`,
    nodePoolNotStandalone:
      "其实例是 ACK 节点池实例而非独立服务器（ACK 可能回收它们），不能提供备案服务号",
    registryServerGone: (p) =>
      p.resource !== undefined
        ? `它指向本栈的资源 "${clip(p.resource)}"，但本栈中已没有该资源`
        : `它指向本栈的实例 ${clip(p.id ?? "?")}，但本栈中已没有该实例`,
    moreCandidates: (n) => `另有 ${n} 台服务器，均不符合条件`,
    clusterFix:
      "修复：在本栈中添加一台位于中国内地地域的包年包月 ECS 实例（instanceChargeType: PrePaid，period >= 3，internetMaxBandwidthOut > 0 或通过 ecs.EipAssociation 绑定 EIP），或将已有的符合条件的服务器登记到 icp-registry.yaml 的 servers（name、kind、region、chargeType: PrePaid、subscriptionMonths >= 3、publicIp: true）。",
    clusterWhy:
      "阿里云只接受从同一账号下符合条件的 ECS 或轻量应用服务器获取的备案服务号来为 ACK/ACS 上的网站办理备案；没有这样的服务器，集群上的域名无法备案，而阿里云会阻断未备案的域名。",
  },
};
