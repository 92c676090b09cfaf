/**
 * icp-service-code-quota [advisory] (reference: README.md in this folder): no registry server is named by more filings
 * (`filings[].serviceCode.server`) than it has codes (config `codesPerServer`, default 5).
 *
 * The registry is shared by every stack, so each stack reports only what it owns: a server that
 * is a resource of this stack is reported on that resource; a server whose `stack` is this one but
 * that is not (or no longer) here, and a server of no stack at all, on the stack itself; a server
 * of another stack is left to that stack.
 */
import {
  FindingsByUrn,
  filingList,
  RegistryServers,
  stackText,
} from "../../checks/service-code-servers";
import type { StackPolicySpec } from "../../framework/policy-spec";
import { stackRootUrn } from "../../graph/servers";
import { StackModel } from "../../graph/stack-model";
import { catalog } from "../../messages/catalog";
import { serverMessages } from "../../messages/server-messages";

export const icpServiceCodeQuota: StackPolicySpec = {
  kind: "stack",
  name: "icp-service-code-quota",
  description:
    "No server in icp-registry.yaml may be named as the ICP service-code server of more filings than it has service codes (config codesPerServer, default 5).",
  enforcementLevel: "advisory",
  severity: "medium",
  remediationSteps:
    "Move the excess filings' serviceCode.server in icp-registry.yaml to another eligible server (list it under servers), or raise codesPerServer if Alibaba Cloud granted the server more codes.",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["codesPerServer"],
  evaluate(resources, ctx) {
    const codes = ctx.settings.codesPerServer;
    const over = ctx.registry.servers.filter(
      (s) => ctx.registry.filingsUsingServer(s.name).length > codes,
    );
    if (over.length === 0) return [];
    const m = StackModel.of(resources, ctx);
    const registry = new RegistryServers(m);
    const t = catalog(ctx.env.lang);
    const sm = serverMessages(ctx.env.lang);
    const out = new FindingsByUrn();
    for (const s of over) {
      const node = registry.nodeOf(s);
      if (!node && s.stack !== undefined && !registry.isOfThisStack(s)) continue;
      const filings = ctx.registry.filingsUsingServer(s.name);
      const problem = {
        text: sm.quotaExceeded({
          server: sm.registryServer(s.name, s.line),
          count: filings.length,
          codes,
          ...filingList(filings, ctx.env.lang),
        }),
      };
      if (node) {
        const subject = sm.quotaOnServer(t.resource(node.view.type, node.view.name));
        out.add(node.view.urn, subject, sm.quotaWhy, [problem]);
      } else {
        const subject = sm.quotaOnStack(stackText(ctx.env.stack));
        out.add(stackRootUrn(m.graph), subject, sm.quotaWhy, [problem]);
      }
    }
    return out.findings();
  },
};
