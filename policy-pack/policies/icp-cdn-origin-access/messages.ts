/**
 * What icp-cdn-origin-access says, in English and Simplified Chinese: which origin is on mainland
 * Alibaba compute, which back-to-origin host it answers, and why that host needs Alibaba access.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface CdnOriginMessages extends PolicyText {
  originOn(p: { origin: string; targets: string[] }): string;
  backToOrigin(p: { host: string; how: "accelerated" | "origin" | "host-header" }): string;
  /** "<the back-to-origin host is …>: <what is wrong with its filing>" */
  originProblem(backToOrigin: string, problem: string): string;
  originUnknown: string;
  originWhy: string;
}

export const messages: Localized<CdnOriginMessages> = {
  en: {
    description:
      "A CDN or DCDN domain whose origin is Alibaba Cloud compute in the Chinese mainland must have its back-to-origin host ICP-filed with Alibaba Cloud as access provider.",
    remediationSteps:
      "File the back-to-origin host (the accelerated domain for IP origins, the origin domain for domain origins, or the set_req_host_header value) with Alibaba Cloud as access provider (or add Alibaba Cloud to its filing, 新增接入), and record it in icp-registry.yaml with accessProviders: [alibaba-cloud]. Alternatively point the origin at an OSS bucket or an *.aliyuncs.com endpoint.",
    originOn: (p) =>
      `pulls from an origin on mainland Alibaba Cloud compute (${p.origin}: ${p.targets.join(", ")})`,
    backToOrigin: (p) =>
      p.how === "accelerated"
        ? `the back-to-origin host is the accelerated domain "${clip(p.host)}"`
        : p.how === "host-header"
          ? `the back-to-origin host is "${clip(p.host)}" (set_req_host_header in cdn.DomainConfig)`
          : `the back-to-origin host is the origin domain "${clip(p.host)}"`,
    originProblem: (backToOrigin, problem) => `${backToOrigin}: ${problem}`,
    originUnknown:
      "an origin is unknown during preview and is not computed from any resource of this stack, so ICP Guard cannot tell whether it is on mainland Alibaba Cloud compute",
    originWhy:
      "An origin server on Alibaba Cloud in the mainland is blocked from serving a host whose ICP filing does not list Alibaba Cloud as access provider, and the CDN then fails back-to-origin.",
  },
  "zh-CN": {
    description:
      "源站为中国内地阿里云计算资源的 CDN 或 DCDN 域名，其回源 Host 必须以阿里云为接入商完成 ICP 备案。",
    remediationSteps:
      "以阿里云为接入商为回源 Host（IP 源站为加速域名，域名源站为源站域名，或 set_req_host_header 设置的值）办理备案或新增接入，并在 icp-registry.yaml 中登记、设置 accessProviders: [alibaba-cloud]。也可将源站改为 OSS Bucket 或 *.aliyuncs.com 地址。",
    originOn: (p) => `回源到中国内地阿里云计算资源上的源站（${p.origin}：${p.targets.join("、")}）`,
    backToOrigin: (p) =>
      p.how === "accelerated"
        ? `回源 Host 为加速域名 "${clip(p.host)}"`
        : p.how === "host-header"
          ? `回源 Host 为 "${clip(p.host)}"（cdn.DomainConfig 的 set_req_host_header）`
          : `回源 Host 为源站域名 "${clip(p.host)}"`,
    originProblem: (backToOrigin, problem) => `${backToOrigin}：${problem}`,
    originUnknown:
      "某个源站在预览时未知，且不是由本栈中的资源计算得出，ICP Guard 无法判断其是否位于中国内地阿里云计算资源上",
    originWhy: "中国内地阿里云上的源站无法为接入商不含阿里云的 Host 提供服务，CDN 回源将失败。",
  },
};
