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
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { stackRootUrn } from "../../graph/servers";
import { StackModel } from "../../graph/stack-model";
import { messages, type QuotaMessages } from "./messages";

export const icpServiceCodeQuota: StackPolicySpec<QuotaMessages> = {
  kind: "stack",
  name: "icp-service-code-quota",
  ...policyText(messages),
  enforcementLevel: "advisory",
  severity: "medium",
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
    const { t, msg } = ctx;
    const out = new FindingsByUrn();
    for (const s of over) {
      const node = registry.nodeOf(s);
      if (!node && s.stack !== undefined && !registry.isOfThisStack(s)) continue;
      const filings = ctx.registry.filingsUsingServer(s.name);
      const problem = {
        text: msg.quotaExceeded({
          server: t.registryServer(s.name, s.line),
          count: filings.length,
          codes,
          filings: filingList(filings, t) ?? "",
        }),
      };
      if (node) {
        const subject = msg.quotaOnServer(t.resource(node.view.type, node.view.name));
        out.add(node.view.urn, subject, msg.quotaWhy, [problem]);
      } else {
        const subject = msg.quotaOnStack(stackText(ctx.env.stack));
        out.add(stackRootUrn(m.graph), subject, msg.quotaWhy, [problem]);
      }
    }
    return out.findings();
  },
};
