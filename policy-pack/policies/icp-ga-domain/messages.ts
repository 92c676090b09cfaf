/**
 * Every sentence of icp-ga-domain, its metadata included, in English and Simplified Chinese. Both
 * implement one interface, so a sentence cannot exist in one language only.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface GaDomainMessages extends PolicyText {
  /** `ga.EndpointGroup "eg" in cn-hangzhou` */
  groupAt(group: string, region: string): string;
  groupUnknown(group: string): string;
  groupUndetermined(group: string): string;
  /** The subject's reason: the accelerator and the endpoint groups that make it mainland. */
  servesThrough(p: { domains: string; accelerator: string; groups: string[] }): string;
  /** The accelerator is unknown during preview and nothing says which it is. */
  acceleratorUnknown(field: string): string;
  /** Endpoint groups of the stack whose accelerator is unknown may belong to this one. */
  orphanGroups(groups: string[]): string;
  /** An accelerator outside the stack, with no endpoint group in it. */
  acceleratorElsewhere(id: string): string;
  why: string;
  naNoGroups(accelerator: string): string;
  naOutside(groups: string[]): string;
}

const en: GaDomainMessages = {
  description:
    "A domain served by a Global Accelerator that has an endpoint group in the Chinese mainland must have an ICP filing (any access provider).",
  remediationSteps:
    "File the domain with the MIIT (any access provider) and record the filing in icp-registry.yaml under filings[].domains. A domain without a filing must not be accelerated to endpoint groups in the mainland: move them to cn-hongkong or another region outside it.",
  groupAt: (group, region) => `${group} in ${clip(region)}`,
  groupUnknown: (group) =>
    `${group} (endpointGroupRegion unknown during preview, treated as mainland)`,
  groupUndetermined: (group) => `${group} (endpointGroupRegion not set, treated as mainland)`,
  servesThrough: (p) =>
    `serves "${clip(p.domains)}" through Global Accelerator ${p.accelerator}, which forwards to the Chinese mainland (${p.groups.join(", ")})`,
  acceleratorUnknown: (field) =>
    `${field} is unknown during preview and is not computed from any accelerator of this stack, so ICP Guard cannot tell where it forwards; it is treated as forwarding to the mainland`,
  orphanGroups: (groups) =>
    `${groups.join(", ")} belong to an accelerator unknown during preview, which may be this one`,
  acceleratorElsewhere: (id) =>
    `accelerator ${clip(id)} is not in this stack and none of its endpoint groups is, so ICP Guard cannot tell where it forwards; it is treated as forwarding to the mainland`,
  why: "Alibaba Cloud requires an ICP filing for a domain accelerated to endpoints in the Chinese mainland, and blocks it without one.",
  naNoGroups: (accelerator) =>
    `Global Accelerator ${accelerator} has no endpoint group in this stack: it forwards nowhere yet`,
  naOutside: (groups) =>
    `every endpoint group of the accelerator is outside the Chinese mainland (${groups.join(", ")})`,
};

const zh: GaDomainMessages = {
  description:
    "由在中国内地有终端节点组的全球加速（GA）实例提供服务的域名，必须有 ICP 备案（不限接入商）。",
  remediationSteps:
    "向工信部办理域名备案（不限接入商），并在 icp-registry.yaml 的 filings[].domains 中登记。未备案的域名不得加速到中国内地的终端节点组：请将终端节点组改到 cn-hongkong 等中国内地以外的地域。",
  groupAt: (group, region) => `${group}（${clip(region)}）`,
  groupUnknown: (group) => `${group}（预览时 endpointGroupRegion 未知，按中国内地处理）`,
  groupUndetermined: (group) => `${group}（未设置 endpointGroupRegion，按中国内地处理）`,
  servesThrough: (p) =>
    `通过全球加速实例 ${p.accelerator} 为 "${clip(p.domains)}" 提供服务，其终端节点组位于中国内地（${p.groups.join("、")}）`,
  acceleratorUnknown: (field) =>
    `${field} 在预览时未知，且不是由本栈中的全球加速实例计算得出，ICP Guard 无法判断其转发目的地；按转发到中国内地处理`,
  orphanGroups: (groups) => `${groups.join("、")} 所属的全球加速实例在预览时未知，可能就是此实例`,
  acceleratorElsewhere: (id) =>
    `全球加速实例 ${clip(id)} 及其终端节点组都不在本栈中，ICP Guard 无法判断其转发目的地；按转发到中国内地处理`,
  why: "加速到中国内地终端节点的域名必须有 ICP 备案，否则阿里云会阻断该域名。",
  naNoGroups: (accelerator) =>
    `全球加速实例 ${accelerator} 在本栈中没有终端节点组，尚未转发到任何地方`,
  naOutside: (groups) => `该全球加速实例的所有终端节点组都不在中国内地（${groups.join("、")}）`,
};

export const messages: Localized<GaDomainMessages> = { en, "zh-CN": zh };
