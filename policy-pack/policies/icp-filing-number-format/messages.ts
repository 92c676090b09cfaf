/**
 * What icp-filing-number-format says, in English and Simplified Chinese: which ICP number in the
 * registry or in an icp:number tag is invalid or contradicts another, and why a number matters.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";

export interface FilingNumberMessages extends PolicyText {
  registryInvalid(stack: string): string;
  filingNumberInvalid(p: { number: string; line: number; problem: string }): string;
  psbNumberInvalid(p: { psb: string; number: string; line: number }): string;
  authorizedWithoutBy(p: { number: string; line: number }): string;
  tagSubject(resource: string): string;
  tagUnknown: string;
  tagNotText(got: string): string;
  tagDisagrees(p: { tag: string; domain: string; number: string; line: number }): string;
  formatWhy: string;
}

export const messages: Localized<FilingNumberMessages> = {
  en: {
    description:
      "Every ICP number in icp-registry.yaml and in icp:number tags must be valid and agree with each other; a filing whose service code comes from another account must name it.",
    remediationSteps:
      "Write each filing number exactly as the MIIT issued it (e.g. 京ICP备12345678号-1), correct or remove an invalid psbNumber, add serviceCode.authorizedBy to authorized filings, and make icp:number tags match the registry filing of the resource's domain (or remove them).",
    registryInvalid: (stack) =>
      `icp-registry.yaml holds ICP numbers or service-code entries that are not valid (read for stack ${stack}).`,
    filingNumberInvalid: (p) =>
      `filing "${clip(p.number)}" (icp-registry.yaml line ${p.line}) is not a valid ICP number: ${p.problem}; it covers none of its domains. Fix: write the number exactly as the MIIT issued it, e.g. 京ICP备12345678号-1.`,
    psbNumberInvalid: (p) =>
      `psbNumber "${clip(p.psb)}" of filing ${clip(p.number)} (icp-registry.yaml line ${p.line}) is not a valid public-security filing number (province + 公网安备 + 14 digits + 号, e.g. 粤公网安备44030502008569号). Fix: correct it, or remove the key.`,
    authorizedWithoutBy: (p) =>
      `filing ${clip(p.number)} (icp-registry.yaml line ${p.line}) takes its service code from another account (serviceCode.account: authorized) but does not say which. Fix: add serviceCode.authorizedBy: <the authorizing account>.`,
    tagSubject: (resource) => `${resource} carries tag icp:number.`,
    tagUnknown:
      "tag icp:number is unknown during preview, so ICP Guard cannot check it. Fix: set the tag to a literal filing number.",
    tagNotText: (got) =>
      `tag icp:number is ${got} where a string belongs. Fix: set it to the filing number as text, e.g. "京ICP备12345678号-1".`,
    tagDisagrees: (p) =>
      `tag icp:number "${clip(p.tag)}" disagrees with icp-registry.yaml: "${clip(p.domain)}" is filed as ${clip(p.number)} (line ${p.line}). Fix: correct the tag (or remove it: the registry filing is enough), or correct the registry.`,
    formatWhy:
      "ICP Guard takes a filing number as proof that a domain is filed: an invalid number covers nothing (Alibaba Cloud blocks the domain as unfiled), and a contradictory one hides which filing is real.",
  },
  "zh-CN": {
    description:
      "icp-registry.yaml 和 icp:number 标签中的每个 ICP 备案号都必须有效且彼此一致；服务号来自其他账号的备案必须注明授权账号。",
    remediationSteps:
      "按工信部下发的原样填写备案号（如 京ICP备12345678号-1），更正或删除无效的 psbNumber，为授权备案添加 serviceCode.authorizedBy，并使 icp:number 标签与资源域名在备案登记中的备案一致（或删除标签）。",
    registryInvalid: (stack) =>
      `icp-registry.yaml 中有无效的 ICP 号码或备案服务号条目（为栈 ${stack} 读取）。`,
    filingNumberInvalid: (p) =>
      `备案 "${clip(p.number)}"（icp-registry.yaml 第 ${p.line} 行）不是有效的 ICP 备案号：${p.problem}；它不覆盖其中任何域名。修复：按工信部下发的原样填写备案号，如 京ICP备12345678号-1。`,
    psbNumberInvalid: (p) =>
      `备案 ${clip(p.number)}（icp-registry.yaml 第 ${p.line} 行）的 psbNumber "${clip(p.psb)}" 不是有效的公安备案号（省份简称 + 公网安备 + 14 位数字 + 号，如 粤公网安备44030502008569号）。修复：更正或删除该字段。`,
    authorizedWithoutBy: (p) =>
      `备案 ${clip(p.number)}（icp-registry.yaml 第 ${p.line} 行）的备案服务号来自其他账号（serviceCode.account: authorized），但未写明是哪个账号。修复：添加 serviceCode.authorizedBy: <授权账号>。`,
    tagSubject: (resource) => `${resource} 带有标签 icp:number。`,
    tagUnknown:
      "预览时标签 icp:number 的值未知，ICP Guard 无法校验。修复：将标签设置为字面量形式的备案号。",
    tagNotText: (got) =>
      `标签 icp:number 的值是 ${got}，应为字符串。修复：以文本形式填写备案号，如 "京ICP备12345678号-1"。`,
    tagDisagrees: (p) =>
      `标签 icp:number "${clip(p.tag)}" 与 icp-registry.yaml 不一致："${clip(p.domain)}" 的备案号为 ${clip(p.number)}（第 ${p.line} 行）。修复：更正标签（或删除标签：备案登记已足够），或更正备案登记。`,
    formatWhy:
      "ICP Guard 以备案号作为域名已备案的依据：无效的备案号不覆盖任何域名（阿里云会将域名视为未备案而阻断），互相矛盾的备案号则让人无法判断哪个备案才是真实的。",
  },
};
