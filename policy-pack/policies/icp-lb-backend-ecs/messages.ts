/**
 * What icp-lb-backend-ecs says, in English and Simplified Chinese: the load balancer and its web
 * listeners, why each backend cannot give a service code (Auto Scaling instances never can), and
 * how to fix it; why an intranet load balancer is not judged.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface LbBackendMessages extends PolicyText {
  lbServes(p: { region: string | undefined; listeners: string[] }): string;
  noBackends: string;
  backendIneligible(p: { server: string; reasons: string[] }): string;
  backendExternal(id: string): string;
  backendUnknown(via: string): string;
  backendNotEcs(server: string): string;
  /** Instances an Auto Scaling group creates are never eligible. */
  backendScalingGroup(p: { group: string; via?: string }): string;
  /** Not applicable: the load balancer does not answer on the internet. */
  naIntranet(why: "declared" | "vpc-default"): string;
  /** A listener or attachment whose load balancer is unknown during preview. */
  linkUnknown(link: string): string;
  /** Closes a list of problems cut short: "and 3 more". */
  andMore(n: number): string;
  lbFix: string;
  lbWhy: string;
}

export const messages: Localized<LbBackendMessages> = {
  en: {
    description:
      "An internet-facing load balancer in the Chinese mainland that serves web traffic must have at least one backend ECS that can give an ICP service code.",
    remediationSteps:
      "Attach at least one ECS billed by subscription (instanceChargeType: PrePaid, period >= 3, periodUnit Month) with public bandwidth or a bound EIP as a backend; a backend outside the stack can be listed in icp-registry.yaml servers with its id and facts. Use that server's service code for the ICP filing of the domains the load balancer serves.",
    lbServes: (p) =>
      `is an internet-facing load balancer ${p.region ? `in ${clip(p.region)}` : "in a region that could not be determined (treated as mainland)"}, serving web traffic (${p.listeners.join(", ")})`,
    noBackends: "no backend server is attached to it in this stack",
    backendIneligible: (p) =>
      `backend ${p.server} cannot give an ICP service code: ${p.reasons.join("; ")}`,
    backendExternal: (id) =>
      `backend ${clip(id)} is not in this stack nor in icp-registry.yaml servers, so ICP Guard cannot tell whether it is eligible`,
    backendUnknown: (via) =>
      `a backend attached by ${via} is unknown during preview and is not computed from any resource of this stack`,
    backendNotEcs: (server) => `backend ${server} is not an ECS instance`,
    backendScalingGroup: (p) =>
      `the instances that Auto Scaling group ${p.group}${p.via ? ` (attached by ${p.via})` : ""} creates are pay-as-you-go or preemptible and can never give an ICP service code; an ECS put into the group with ess.Attachment counts only if it is eligible itself`,
    naIntranet: (why) =>
      why === "declared"
        ? "addressType is intranet: the load balancer does not serve the internet"
        : "a CLB created in a VPC (vswitchId set) without addressType is intranet: it does not serve the internet (set addressType: internet to make it public)",
    linkUnknown: (link) =>
      `the load balancer of ${link} is unknown during preview and is not computed from any resource of this stack (an event log never says), so it may belong to this one: ICP Guard could not verify this load balancer`,
    andMore: (n) => `and ${n} more`,
    lbFix:
      "Fix: attach at least one subscription ECS (instanceChargeType: PrePaid, period >= 3 months) with a public IP as a backend, or list an eligible backend's instance id in icp-registry.yaml servers.",
    lbWhy:
      "A load balancer cannot give an ICP service code: the filing for a domain it serves must name an eligible ECS behind it, or Alibaba Cloud blocks the domain.",
  },
  "zh-CN": {
    description:
      "中国内地提供 Web 服务的公网负载均衡，至少要有一台可提供 ICP 备案服务号的后端 ECS。",
    remediationSteps:
      "至少挂载一台包年包月（instanceChargeType: PrePaid，period >= 3，periodUnit Month）且有公网带宽或绑定 EIP 的 ECS 作为后端；栈外的后端可在 icp-registry.yaml 的 servers 中登记其 ID 和属性。用该服务器的备案服务号为负载均衡所服务的域名办理备案。",
    lbServes: (p) =>
      `是${p.region ? `位于 ${clip(p.region)} ` : "地域无法确定（按中国内地处理）"}的公网负载均衡，提供 Web 服务（${p.listeners.join("、")}）`,
    noBackends: "本栈中没有为它挂载任何后端服务器",
    backendIneligible: (p) => `后端 ${p.server} 无法提供 ICP 备案服务号：${p.reasons.join("；")}`,
    backendExternal: (id) =>
      `后端 ${clip(id)} 既不在本栈中，也不在 icp-registry.yaml 的 servers 中，ICP Guard 无法判断其是否符合条件`,
    backendUnknown: (via) => `${via} 挂载的某个后端在预览时未知，且不是由本栈中的资源计算得出`,
    backendNotEcs: (server) => `后端 ${server} 不是 ECS 实例`,
    backendScalingGroup: (p) =>
      `弹性伸缩组 ${p.group}${p.via ? `（由 ${p.via} 挂载）` : ""}创建的实例为按量付费或抢占式实例，无法提供 ICP 备案服务号；通过 ess.Attachment 加入伸缩组的 ECS 只有自身符合条件时才计入`,
    naIntranet: (why) =>
      why === "declared"
        ? "addressType 为 intranet：该负载均衡不对公网提供服务"
        : "在 VPC 中创建（设置了 vswitchId）且未设置 addressType 的 CLB 为私网负载均衡，不对公网提供服务（设置 addressType: internet 才会公网可访问）",
    linkUnknown: (link) =>
      `${link} 所属的负载均衡在预览时未知，且不是由本栈中的资源计算得出（事件日志不记录依赖），它可能属于本负载均衡：ICP Guard 无法验证本负载均衡`,
    andMore: (n) => `另有 ${n} 项`,
    lbFix:
      "修复：至少挂载一台带公网 IP 的包年包月 ECS（instanceChargeType: PrePaid，period >= 3 个月）作为后端，或在 icp-registry.yaml 的 servers 中登记符合条件的后端实例 ID。",
    lbWhy:
      "负载均衡无法提供 ICP 备案服务号：其所服务域名的备案必须指定其后符合条件的 ECS，否则阿里云会阻断该域名。",
  },
};
