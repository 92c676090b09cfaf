/**
 * icp-anti-ddos-domain (reference: README.md in this folder): a domain added to an Anti-DDoS instance that serves the Chinese
 * mainland (productType ddoscoo or ddoscoo_intl) must be filed (any provider). The instance is
 * another resource, so this is a stack policy; an instance outside the stack is judged by the
 * domain resource's provider region.
 */
import { filingProblems, readDomain } from "../../checks/domain-filing";
import { printableRegion } from "../../checks/scope";
import { fromProblems, type Problem, type StackFinding } from "../../framework/finding";
import type { StackPolicySpec } from "../../framework/policy-spec";
import { StackModel } from "../../graph/stack-model";
import { catalog } from "../../messages/catalog";
import { hostingMessages } from "../../messages/hosting-messages";
import { ddosInstanceServes } from "../../model/coverage";
import { readString } from "../../model/props";
import { DDOS_INSTANCES, T } from "../../model/tokens";

export const icpAntiDdosDomain: StackPolicySpec = {
  kind: "stack",
  name: "icp-anti-ddos-domain",
  description:
    "A domain protected by an Anti-DDoS (Pro) instance that serves the Chinese mainland must have an ICP filing.",
  enforcementLevel: "mandatory",
  severity: "high",
  remediationSteps:
    "File the domain with the MIIT (any access provider), then record the filing in icp-registry.yaml under filings[].domains. A domain without a filing belongs on an Anti-DDoS Premium (ddosDip) instance.",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const t = catalog(ctx.env.lang);
    const h = hostingMessages(ctx.env.lang);
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
            : cov.defaulted
              ? "productType not set: ddoscoo"
              : `productType "${cov.value}"`;
        reasons.push(h.ddosOn({ instance: t.resource(r.node.view.type, r.node.view.name), how }));
      }
      // Instances outside the stack (or not decidable): the provider region decides. When only
      // an undecidable reference makes the domain mainland, the verdict hangs on an unknown.
      const linkedMainland = reasons.length > 0;
      let unsure = false;
      if ((refs.length === 0 || refs.some((r) => r.kind !== "node")) && m.inMainland(dr)) {
        const region = m.region(dr);
        reasons.push(h.ddosUnlinked(printableRegion(region)));
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
