/**
 * What icp-service-code-server says, in English and Simplified Chinese: which server is named as
 * a service-code server and by what, and why it must stay eligible; each failed requirement is
 * the shared eligibility sentence (messages/servers.ts).
 */
import type { PolicyText } from "../../framework/policy-spec";
import type { Localized } from "../../model/context";

export interface ServiceCodeServerMessages extends PolicyText {
  namedServer(p: {
    resource: string;
    byTag: boolean;
    /** The tag itself is secret: "[secret]" instead of its value. */
    tagSecret?: boolean;
    registry: readonly string[];
  }): string;
  /** An ECS/SAS whose tags are unknown during preview: it may be a service-code server. */
  maybeNamedServer(resource: string): string;
  serverWhy: string;
}

export const messages: Localized<ServiceCodeServerMessages> = {
  en: {
    description:
      "An ECS or Simple Application Server instance named as an ICP service-code server (tag icp:service-code-server=true, or an icp-registry.yaml server of this stack) must stay eligible: mainland region, subscription (PrePaid) of at least 3 months, public bandwidth.",
    remediationSteps:
      "Keep the server a subscription (instanceChargeType: PrePaid, periodUnit: Month, period >= 3) in a mainland region with public bandwidth (internetMaxBandwidthOut > 0) or an EIP bound by ecs.EipAssociation; or stop naming it as a service-code server.",
    namedServer: (p) => {
      const tag = `tag icp:service-code-server=${p.tagSecret ? "[secret]" : "true"}`;
      const by = [...(p.byTag ? [tag] : []), ...p.registry];
      return `${p.resource} is named as an ICP service-code server (${by.join("; ")}) but does not meet every requirement for one.`;
    },
    maybeNamedServer: (resource) =>
      `${resource} has tags that are unknown during preview, so it may be named as an ICP service-code server (tag icp:service-code-server=true), and it does not meet every requirement for one: ICP Guard could not verify it. Fix: set its tags literally, or make it eligible.`,
    serverWhy:
      "Alibaba Cloud gives ICP service codes only from an eligible server: filings that rely on this one cannot get, or may lose, their service code, and their domains are then blocked.",
  },
  "zh-CN": {
    description:
      "被指定为 ICP 备案服务号来源的 ECS 或轻量应用服务器（标签 icp:service-code-server=true，或 icp-registry.yaml 中属于本栈的服务器）必须保持符合条件：中国内地地域、包年包月至少 3 个月、有公网带宽。",
    remediationSteps:
      "保持该服务器为中国内地地域的包年包月实例（instanceChargeType: PrePaid，periodUnit: Month，period >= 3），并有公网带宽（internetMaxBandwidthOut > 0）或通过 ecs.EipAssociation 绑定的 EIP；或不再将其指定为备案服务号来源。",
    namedServer: (p) => {
      const tag = `标签 icp:service-code-server=${p.tagSecret ? "[secret]" : "true"}`;
      const by = [...(p.byTag ? [tag] : []), ...p.registry];
      return `${p.resource} 被指定为 ICP 备案服务号服务器（${by.join("；")}），但不满足全部条件。`;
    },
    maybeNamedServer: (resource) =>
      `${resource} 的标签在预览时未知，它可能被指定为 ICP 备案服务号服务器（标签 icp:service-code-server=true），且不满足全部条件：ICP Guard 无法验证。修复：以字面量设置其标签，或使其符合条件。`,
    serverWhy:
      "阿里云只从符合条件的服务器提供 ICP 备案服务号：依赖此服务器的备案无法获得或可能失去备案服务号，相应域名随后会被阻断。",
  },
};
