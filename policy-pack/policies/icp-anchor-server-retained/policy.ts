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
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { stackRootUrn } from "../../graph/servers";
import { StackModel } from "../../graph/stack-model";
import { type AnchorMessages, messages } from "./messages";

export const icpAnchorServerRetained: StackPolicySpec<AnchorMessages> = {
  kind: "stack",
  name: "icp-anchor-server-retained",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "critical",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownValues"],
  evaluate(resources, ctx) {
    const mine = ctx.registry.serversOfStack(ctx.env.stack);
    if (mine.length === 0) return [];
    const m = StackModel.of(resources, ctx);
    const registry = new RegistryServers(m);
    const { t, msg } = ctx;
    const out = new FindingsByUrn();
    const rootProblems: Problem[] = [];
    for (const s of mine) {
      const server = t.registryServer(s.name, s.line);
      const at = registry.locate(s);
      if (at.kind === "found") {
        const n = at.node;
        const problems: Problem[] = [];
        if (s.id !== undefined && n.id !== undefined && n.id !== s.id) {
          problems.push({ text: msg.anchorReplaced({ registered: s.id, id: n.id }) });
        }
        problems.push(...failureProblems(m.servers.eligibility(n).failures, "stack", t));
        const resource = t.resource(n.view.type, n.view.name);
        out.add(n.view.urn, msg.anchorServer({ resource, server }), msg.anchorWhy, problems);
      } else if (at.kind === "no-locator") {
        rootProblems.push({ text: msg.anchorNoLocator(server) });
      } else {
        const anchored = filingList(ctx.registry.filingsUsingServer(s.name), t);
        rootProblems.push({
          text: msg.anchorMissing({
            server,
            ...(s.resource !== undefined ? { resource: s.resource } : {}),
            ...(s.id !== undefined ? { id: s.id } : {}),
            ...(at.kind === "wrong-type" ? { foundType: at.node.view.type } : {}),
            filings: anchored,
          }),
        });
      }
    }
    if (rootProblems.length > 0) {
      out.add(
        stackRootUrn(m.graph),
        msg.anchorOnStack(stackText(ctx.env.stack)),
        msg.anchorWhy,
        rootProblems,
      );
    }
    return out.findings();
  },
};
