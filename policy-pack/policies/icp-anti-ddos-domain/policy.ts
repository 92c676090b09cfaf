/**
 * icp-anti-ddos-domain (reference: README.md in this folder): a domain added to an Anti-DDoS instance that serves the Chinese
 * mainland (productType ddoscoo or ddoscoo_intl) must be filed (any provider). The instance is
 * another resource, so this is a stack policy; an instance outside the stack is judged by the
 * domain resource's provider region.
 */
import { filingProblems, readDomain } from "../../checks/domain-filing";
import { printableRegion } from "../../checks/scope";
import { fromProblems, type Problem, type StackFinding } from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { StackModel } from "../../graph/stack-model";
import { ddosInstanceServes } from "../../model/coverage";
import { readString } from "../../model/props";
import { T } from "../../model/resource-types";
import { DDOS_INSTANCES } from "../../model/type-index";
import { type AntiDdosMessages, messages } from "./messages";

export const icpAntiDdosDomain: StackPolicySpec<AntiDdosMessages> = {
  kind: "stack",
  name: "icp-anti-ddos-domain",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const { t, msg } = ctx;
    const out: StackFinding[] = [];
    for (const dr of m.graph.ofTypes(new Set([T.ddosDomainResource]))) {
      const refs = m.graph.refsAt(dr, "instanceIds", [], DDOS_INSTANCES);
      const reasons: string[] = [];
      for (const r of refs) {
        if (r.kind !== "node") continue;
        const cov = ddosInstanceServes(r.node.view.props);
        if (cov.serves === "outside") continue;
        const how =
          cov.serves === "unknown"
            ? t.coverageUnknown("productType")
            : msg.productType({ value: cov.value, defaulted: cov.defaulted });
        reasons.push(msg.ddosOn({ instance: t.resource(r.node.view.type, r.node.view.name), how }));
      }
      // Instances outside the stack (or not decidable): the provider region decides. When only
      // an undecidable reference makes the domain mainland, the verdict hangs on an unknown.
      const linkedMainland = reasons.length > 0;
      let unsure = false;
      if ((refs.length === 0 || refs.some((r) => r.kind !== "node")) && m.inMainland(dr)) {
        const region = m.region(dr);
        reasons.push(msg.ddosUnlinked(printableRegion(region)));
        unsure = !linkedMainland && refs.some((r) => r.kind === "unknown");
      }
      if (reasons.length === 0) continue;
      const what = t.kind(dr.view.type);
      const d = readDomain(readString(dr.view.props, "domain"), "domain", what, ctx);
      if (d.kind === "not-applicable") continue;
      let problems: Problem[] =
        d.kind === "problem"
          ? [d.problem]
          : filingProblems(d.domain, d.shown, { alibaba: false, what, type: dr.view.type }, ctx);
      if (unsure) problems = problems.map((p) => ({ ...p, unknown: true }));
      const subject = t.subject(t.resource(dr.view.type, dr.view.name), reasons.join("; "));
      out.push({ urn: dr.view.urn, finding: fromProblems(subject, problems) });
    }
    return out;
  },
};
