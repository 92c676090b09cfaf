/**
 * icp-service-code-server (reference: README.md in this folder): an ECS/SAS named as a service-code server (tag
 * `icp:service-code-server=true`, or a registry server that names it) meets every requirement of
 * docs/servers.md, judged with the EIPs bound to it; one violation on the server lists each failed requirement.
 *
 * A server named only by its tag and placed outside the mainland is not applicable: the same
 * program deployed as a Hong Kong twin carries the same tag. A registry entry, by contrast, names
 * this very instance, so it is judged wherever it is.
 *
 * A server whose tags (or whose icp:service-code-server tag) are unknown during preview may be a
 * named one: when it is not eligible, it is "could not verify" (an eligible one passes either way).
 */
import { regionScope } from "../../checks/scope";
import { failureProblems, RegistryServers } from "../../checks/service-code-servers";
import { fromProblems, notApplicable, type StackFinding } from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import type { GraphNode } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import { readString } from "../../model/props";
import { messages, type ServiceCodeServerMessages } from "./messages";

export const SERVICE_CODE_SERVER_TAG = "icp:service-code-server";

interface Named {
  byTag: boolean;
  tagSecret?: boolean;
  /** Its tags are unknown during preview: it may be named by tag. */
  maybe?: boolean;
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
      const tag = readString(n.view.props, "tags", SERVICE_CODE_SERVER_TAG);
      if (tag.kind === "known" && tag.value.trim().toLowerCase() === "true")
        named.set(n, { byTag: true, tagSecret: tag.secret, registry: [] });
      else if (tag.kind === "unknown") named.set(n, { byTag: false, maybe: true, registry: [] });
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
      const resource = t.resource(n.view.type, n.view.name);
      const problems = failureProblems(e.failures, "stack", t);
      if (by.maybe && by.registry.length === 0) {
        // Whether it is a service-code server at all hangs on the unknown tags.
        const unsure = problems.map((p) => ({ ...p, unknown: true }));
        out.push({
          urn: n.view.urn,
          finding: fromProblems(msg.maybeNamedServer(resource), unsure, msg.serverWhy),
        });
        continue;
      }
      const subject = msg.namedServer({
        resource,
        byTag: by.byTag,
        tagSecret: by.tagSecret,
        registry: by.registry,
      });
      out.push({
        urn: n.view.urn,
        finding: fromProblems(subject, problems, msg.serverWhy),
      });
    }
    return out;
  },
};
