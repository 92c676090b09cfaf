/**
 * icp-cdn-origin-access (reference: README.md in this folder): a CDN/DCDN domain (any scope) whose origin is mainland
 * Alibaba compute: the back-to-origin host must be filed with Alibaba Cloud as access provider,
 * or the origin server, not the CDN, is blocked from answering it.
 */
import { computeText } from "../../checks/compute-text";
import { filingProblems, readDomain } from "../../checks/domain-filing";
import { fromProblems, type Problem, type StackFinding } from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { computeOrigins, hostHeaders } from "../../graph/cdn-origins";
import { StackModel } from "../../graph/stack-model";
import { CDN_ORIGIN_DOMAINS } from "../../model/type-index";
import { type CdnOriginMessages, messages } from "./messages";

export const icpCdnOriginAccess: StackPolicySpec<CdnOriginMessages> = {
  kind: "stack",
  name: "icp-cdn-origin-access",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const { t, msg } = ctx;
    const cdns = m.graph.ofTypes(CDN_ORIGIN_DOMAINS);
    const headers = hostHeaders(m.graph, cdns);
    const out: StackFinding[] = [];
    for (const cdn of cdns) {
      const origins = computeOrigins(m.graph, m.dns, cdn, headers.get(cdn));
      const problems: Problem[] = [];
      const described: string[] = [];
      const hostsSeen = new Set<string>();
      for (const o of origins) {
        const mainland = o.targets.filter((x) => x.kind === "compute" && m.inMainland(x.node));
        const unknown = o.targets.some((x) => x.kind === "unknown");
        if (mainland.length === 0 && !unknown) continue;
        const targetTexts = mainland.map((x) =>
          x.kind === "compute" ? computeText(m, x.node) : "?",
        );
        described.push(
          msg.originOn({ origin: o.label, targets: targetTexts.length > 0 ? targetTexts : ["?"] }),
        );
        const what = t.kind(cdn.view.type);
        const d = readDomain(o.host, o.hostField, what, ctx);
        if (d.kind === "not-applicable") continue;
        const key = d.kind === "domain" ? d.domain : `${o.hostField}:${d.shown}`;
        if (hostsSeen.has(key)) continue;
        hostsSeen.add(key);
        let found =
          d.kind === "problem"
            ? [d.problem]
            : filingProblems(
                d.domain,
                d.shown,
                { alibaba: true, what, type: cdn.view.type },
                ctx,
              ).map((p) => ({
                ...p,
                text: msg.originProblem(msg.backToOrigin({ host: d.shown, how: o.how }), p.text),
              }));
        if (found.length > 0 && mainland.length === 0) {
          found = [
            { text: msg.originUnknown, unknown: true },
            ...found.map((p) => ({ ...p, unknown: true })),
          ];
        }
        problems.push(...found);
      }
      if (problems.length === 0) continue;
      const subject = t.subject(t.resource(cdn.view.type, cdn.view.name), described.join("; "));
      out.push({ urn: cdn.view.urn, finding: fromProblems(subject, problems, msg.originWhy) });
    }
    return out;
  },
};
