/**
 * icp-service-code-server (reference: README.md in this folder): an ECS/SAS named as a service-code server (tag
 * `icp:service-code-server=true`, or a registry server that names it) meets every requirement of
 * docs/servers.md, judged with the EIPs bound to it; one violation on the server lists each failed requirement.
 *
 * A server named only by its tag and placed outside the mainland is not applicable: the same
 * program deployed as a Hong Kong twin carries the same tag. A registry entry, by contrast, names
 * this very instance, so it is judged wherever it is.
 */
import { regionScope } from "../../checks/scope";
import { failureProblems, RegistryServers } from "../../checks/service-code-servers";
import { fromProblems, notApplicable, type StackFinding } from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { tagValue } from "../../graph/servers";
import type { GraphNode } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import { messages, type ServiceCodeServerMessages } from "./messages";

export const SERVICE_CODE_SERVER_TAG = "icp:service-code-server";

interface Named {
  byTag: boolean;
  /** The registry entries that name it, as worded in the message. */
  registry: string[];
}

export const icpServiceCodeServer: StackPolicySpec<ServiceCodeServerMessages> = {
  kind: "stack",
  name: "icp-service-code-server",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const registry = new RegistryServers(m);
    const { t, msg } = ctx;
    const named = new Map<GraphNode, Named>();
    for (const n of m.servers.servers()) {
      const tag = tagValue(n, SERVICE_CODE_SERVER_TAG);
      if (tag?.trim().toLowerCase() === "true") named.set(n, { byTag: true, registry: [] });
    }
    for (const s of registry.all()) {
      const n = registry.nodeOf(s);
      if (!n) continue;
      const entry = named.get(n) ?? { byTag: false, registry: [] };
      entry.registry.push(t.registryServer(s.name, s.line));
      named.set(n, entry);
    }
    const out: StackFinding[] = [];
    for (const [n, by] of named) {
      if (by.registry.length === 0) {
        const scope = regionScope(n.view, ctx);
        if (!scope.inScope) {
          out.push({ urn: n.view.urn, finding: notApplicable(scope.reason) });
          continue;
        }
      }
      const e = m.servers.eligibility(n);
      const subject = msg.namedServer({
        resource: t.resource(n.view.type, n.view.name),
        byTag: by.byTag,
        registry: by.registry,
      });
      out.push({
        urn: n.view.urn,
        finding: fromProblems(subject, failureProblems(e.failures, "stack", t), msg.serverWhy),
      });
    }
    return out;
  },
};
