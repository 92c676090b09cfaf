/**
 * What icp-anchor-server-retained says, in English and Simplified Chinese: which registry server
 * of this stack is gone, replaced or no longer eligible, which filings are anchored on it, and why
 * that endangers them.
 */
import type { PolicyText } from "../../framework/policy-spec";
import { clip } from "../../model/clip";
import type { Localized } from "../../model/context";
import { shortType } from "../../model/type-index";

export interface AnchorMessages extends PolicyText {
  anchorOnStack(stack: string): string;
  anchorMissing(p: {
    server: string;
    resource?: string;
    id?: string;
    /** `resource` names a stack resource of this type, not an ECS or SAS. */
    foundType?: string;
    /** The filings anchored on it, already listed (catalog `list`); undefined when none. */
    filings?: string;
  }): string;
  anchorNoLocator(server: string): string;
  anchorServer(p: { resource: string; server: string }): string;
  anchorReplaced(p: { registered: string; id: string }): string;
  anchorWhy: string;
}

export const messages: Localized<AnchorMessages> = {
  en: {
    description:
      "A server that icp-registry.yaml records as this stack's ICP service-code server must stay in the stack and stay eligible: deleting it or converting it to pay-as-you-go endangers the filings anchored on it.",
    remediationSteps:
      "Keep the server (a subscription ECS or SAS in a mainland region with a public IP) in the stack under the resource name the registry records, or move the filings anchored on it to another eligible server and update icp-registry.yaml before removing it.",
    anchorOnStack: (stack) =>
      `Stack ${stack} manages servers that icp-registry.yaml records as ICP service-code servers.`,
    anchorMissing: (p) => {
      const where =
        p.resource === undefined
          ? `is instance ${clip(p.id ?? "?")} of this stack, but no ECS or SAS instance with that id is in it`
          : p.foundType !== undefined
            ? `names resource "${clip(p.resource)}" of this stack, which is a ${shortType(p.foundType)}, not an ECS or SAS instance`
            : `names resource "${clip(p.resource)}" of this stack, but no ECS or SAS instance of that name${p.id ? ` (or id ${clip(p.id)})` : ""} is in it`;
      if (p.filings === undefined) {
        return `${p.server} ${where}; no filing in icp-registry.yaml names it yet. Fix: keep the instance (restore the resource, or import it by id), or remove the entry from icp-registry.yaml servers if it is no longer meant to give service codes.`;
      }
      return `${p.server} ${where}; filings anchored on it: ${p.filings}. Fix: keep the instance (restore the resource, or import it by id), or move those filings' serviceCode.server to another eligible server and update icp-registry.yaml.`;
    },
    anchorNoLocator: (server) =>
      `${server} names this stack but has neither resource nor id, so ICP Guard cannot check that it is still here. Fix: add resource: <its Pulumi resource name> (or id: <instance id>) to the entry.`,
    anchorServer: (p) =>
      `${p.resource} is ${p.server}, a server ICP service codes were drawn from: it must stay in this stack and stay eligible.`,
    anchorReplaced: (p) =>
      `icp-registry.yaml records instance id ${clip(p.registered)}, but this resource now has id ${clip(p.id)}: the registered instance was replaced or deleted. Fix: if it is gone, move its filings' serviceCode.server to an eligible server; if the registry is out of date, correct the id.`,
    anchorWhy:
      "Deleting the server a filing's ICP service code came from, or converting it to pay-as-you-go, endangers the filings anchored on it: Alibaba Cloud may revoke them, and their domains are then blocked.",
  },
  "zh-CN": {
    description:
      "icp-registry.yaml 记录为本栈 ICP 备案服务号来源的服务器必须保留在栈中并保持符合条件：删除它或转为按量付费会危及依赖它的备案。",
    remediationSteps:
      "以备案登记中记录的资源名将该服务器（中国内地地域、有公网 IP 的包年包月 ECS 或轻量应用服务器）保留在栈中；或在删除前将依赖它的备案迁移到另一台符合条件的服务器并更新 icp-registry.yaml。",
    anchorOnStack: (stack) =>
      `栈 ${stack} 管理着 icp-registry.yaml 中登记为 ICP 备案服务号来源的服务器。`,
    anchorMissing: (p) => {
      const where =
        p.resource === undefined
          ? `是本栈中的实例 ${clip(p.id ?? "?")}，但本栈中已没有该 ID 的 ECS 或轻量应用服务器实例`
          : p.foundType !== undefined
            ? `指向本栈的资源 "${clip(p.resource)}"，但它是 ${shortType(p.foundType)}，不是 ECS 或轻量应用服务器实例`
            : `指向本栈的资源 "${clip(p.resource)}"，但本栈中已没有该名称${p.id ? `（或 ID ${clip(p.id)}）` : ""}的 ECS 或轻量应用服务器实例`;
      if (p.filings === undefined) {
        return `${p.server} ${where}；icp-registry.yaml 中暂无备案引用它。修复：保留该实例（恢复资源，或按 ID 导入）；如它不再用于提供备案服务号，请从 icp-registry.yaml 的 servers 中删除该条目。`;
      }
      return `${p.server} ${where}；依赖它的备案：${p.filings}。修复：保留该实例（恢复资源，或按 ID 导入），或将这些备案的 serviceCode.server 改为另一台符合条件的服务器并更新 icp-registry.yaml。`;
    },
    anchorNoLocator: (server) =>
      `${server} 指向本栈，但既没有 resource 也没有 id，ICP Guard 无法确认它是否仍在本栈中。修复：在该条目中添加 resource: <Pulumi 资源名>（或 id: <实例 ID>）。`,
    anchorServer: (p) =>
      `${p.resource} 是 ${p.server}，是 ICP 备案服务号的来源服务器：必须保留在本栈中并持续符合条件。`,
    anchorReplaced: (p) =>
      `icp-registry.yaml 登记的实例 ID 为 ${clip(p.registered)}，但此资源现在的 ID 为 ${clip(p.id)}：登记的实例已被替换或删除。修复：如该实例确已不存在，请将其备案的 serviceCode.server 改为符合条件的服务器；如登记信息过时，请更正 id。`,
    anchorWhy:
      "删除提供备案服务号的服务器，或将其转为按量付费，会危及依赖它的备案：阿里云可能注销这些备案，相应域名随后会被阻断。",
  },
};
