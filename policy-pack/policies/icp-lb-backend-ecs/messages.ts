/**
 * Sentences of icp-lb-backend-ecs added with Auto Scaling and VPC load balancers, in English and
 * Simplified Chinese (the older ones are in messages/hosting-messages.ts until they move here).
 */
import type { Lang } from "../../model/context";

export interface LbBackendMessages {
  /** Instances an Auto Scaling group creates are never eligible. */
  backendScalingGroup(p: { group: string; via?: string }): string;
  /** Not applicable: the load balancer does not answer on the internet. */
  naIntranet(why: "declared" | "vpc-default"): string;
}

export const en: LbBackendMessages = {
  backendScalingGroup: (p) =>
    `the instances that Auto Scaling group ${p.group}${p.via ? ` (attached by ${p.via})` : ""} creates are pay-as-you-go or preemptible and can never give an ICP service code; an ECS put into the group with ess.Attachment counts only if it is eligible itself`,
  naIntranet: (why) =>
    why === "declared"
      ? "addressType is intranet: the load balancer does not serve the internet"
      : "a CLB created in a VPC (vswitchId set) without addressType is intranet: it does not serve the internet (set addressType: internet to make it public)",
};

export const zh: LbBackendMessages = {
  backendScalingGroup: (p) =>
    `弹性伸缩组 ${p.group}${p.via ? `（由 ${p.via} 挂载）` : ""}创建的实例为按量付费或抢占式实例，无法提供 ICP 备案服务号；通过 ess.Attachment 加入伸缩组的 ECS 只有自身符合条件时才计入`,
  naIntranet: (why) =>
    why === "declared"
      ? "addressType 为 intranet：该负载均衡不对公网提供服务"
      : "在 VPC 中创建（设置了 vswitchId）且未设置 addressType 的 CLB 为私网负载均衡，不对公网提供服务（设置 addressType: internet 才会公网可访问）",
};

export function lbBackendMessages(lang: Lang): LbBackendMessages {
  return lang === "zh-CN" ? zh : en;
}
