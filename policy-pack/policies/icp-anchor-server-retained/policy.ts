/**
 * icp-anchor-server-retained (reference: README.md in this folder): a registry server whose `stack` is this stack must still
 * be in it under `resource` (an ECS or SAS instance) and still be eligible. Filings drew their
 * service codes from it; deleting it or converting it to pay-as-you-go endangers them.
 *
 * A missing server cannot carry a violation, so the stack does, naming the server and the filings
 * anchored on it; a server that is here but no longer eligible (or whose instance id is no longer
 * the registered one) carries its own.
 */
import {
  FindingsByUrn,
  failureProblems,
  filingList,
  RegistryServers,
  stackText,
} from "../../checks/service-code-servers";
import type { Problem } from "../../framework/finding";
import type { StackPolicySpec } from "../../framework/policy-spec";
import { stackRootUrn } from "../../graph/servers";
import { StackModel } from "../../graph/stack-model";
import { catalog } from "../../messages/catalog";
import { serverMessages } from "../../messages/server-messages";

export const icpAnchorServerRetained: StackPolicySpec = {
  kind: "stack",
  name: "icp-anchor-server-retained",
  description:
    "A server that icp-registry.yaml records as this stack's ICP service-code server must stay in the stack and stay eligible: deleting it or converting it to pay-as-you-go endangers the filings anchored on it.",
  enforcementLevel: "mandatory",
  severity: "critical",
  remediationSteps:
    "Keep the server (a subscription ECS or SAS in a mainland region with a public IP) in the stack under the resource name the registry records, or move the filings anchored on it to another eligible server and update icp-registry.yaml before removing it.",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownValues"],
  evaluate(resources, ctx) {
    const mine = ctx.registry.serversOfStack(ctx.env.stack);
    if (mine.length === 0) return [];
    const lang = ctx.env.lang;
    const m = StackModel.of(resources, ctx);
    const registry = new RegistryServers(m);
    const t = catalog(lang);
    const sm = serverMessages(lang);
    const out = new FindingsByUrn();
    const rootProblems: Problem[] = [];
    for (const s of mine) {
      const server = sm.registryServer(s.name, s.line);
      const at = registry.locate(s);
      if (at.kind === "found") {
        const n = at.node;
        const problems: Problem[] = [];
        if (s.id !== undefined && n.id !== undefined && n.id !== s.id) {
          problems.push({ text: sm.anchorReplaced({ registered: s.id, id: n.id }) });
        }
        problems.push(...failureProblems(m.servers.eligibility(n).failures, "stack", lang));
        const resource = t.resource(n.view.type, n.view.name);
        out.add(n.view.urn, sm.anchorServer({ resource, server }), sm.anchorWhy, problems);
      } else if (at.kind === "no-locator") {
        rootProblems.push({ text: sm.anchorNoLocator(server) });
      } else {
        const anchored = filingList(ctx.registry.filingsUsingServer(s.name), lang);
        rootProblems.push({
          text: sm.anchorMissing({
            server,
            ...(s.resource !== undefined ? { resource: s.resource } : {}),
            ...(s.id !== undefined ? { id: s.id } : {}),
            ...(at.kind === "wrong-type" ? { foundType: at.node.view.type } : {}),
            ...anchored,
          }),
        });
      }
    }
    if (rootProblems.length > 0) {
      out.add(
        stackRootUrn(m.graph),
        sm.anchorOnStack(stackText(ctx.env.stack)),
        sm.anchorWhy,
        rootProblems,
      );
    }
    return out.findings();
  },
};
