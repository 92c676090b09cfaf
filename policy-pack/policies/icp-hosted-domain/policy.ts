/**
 * icp-hosted-domain (reference: README.md in this folder): a domain that resolves to (DNS A/AAAA/CNAME) or is configured on
 * (CLB domain extensions and rules, ALB host conditions) mainland Alibaba compute must be filed
 * with Alibaba Cloud as access provider.
 */
import { computeText } from "../../checks/compute-text";
import { filingProblems, readDomain } from "../../checks/domain-filing";
import {
  fromProblems,
  notApplicable,
  type Problem,
  type StackFinding,
} from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { DnsIndex, type Target } from "../../graph/dns";
import type { LoadBalancerInfo } from "../../graph/load-balancers";
import type { GraphNode } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import type { EvalContext } from "../../model/context";
import { type Read, readArray, readString } from "../../model/props";
import { T } from "../../model/resource-types";
import { CLB } from "../../model/type-index";
import { type HostedDomainMessages, messages } from "./messages";

type Ctx = EvalContext<HostedDomainMessages>;

/** Checks one domain served from mainland compute; `unsure` marks a verdict that hinges on an unknown. */
function domainProblems(
  m: StackModel,
  node: GraphNode,
  value: Read<string>,
  field: string,
  unsure: Problem | undefined,
): { shown: string; problems: Problem[] } | undefined {
  const what = m.ctx.t.kind(node.view.type);
  const d = readDomain(value, field, what, m.ctx);
  if (d.kind === "ip") return undefined;
  let problems =
    d.kind === "problem"
      ? [d.problem]
      : filingProblems(d.domain, d.shown, { alibaba: true, what, type: node.view.type }, m.ctx);
  if (problems.length > 0 && unsure) {
    // Whether the domain needs Alibaba access at all hangs on the unknown: say so, at its level.
    problems = [unsure, ...problems.map((p) => ({ ...p, unknown: true }))];
  }
  return { shown: d.shown, problems };
}

function dnsFindings(m: StackModel, ctx: Ctx): StackFinding[] {
  const { t, msg } = ctx;
  const out: StackFinding[] = [];
  for (const rec of m.dns.records) {
    if (!DnsIndex.pointsAtAddress(rec)) continue;
    const mainland = rec.targets.filter(
      (x): x is Extract<Target, { kind: "compute" }> =>
        x.kind === "compute" && m.inMainland(x.node),
    );
    const unknown = rec.targets.find((x) => x.kind === "unknown");
    if (mainland.length === 0 && !unknown) {
      // Resolves only to compute outside the mainland: out of scope, and why.
      const outside = rec.targets.find((x) => x.kind === "compute");
      if (outside?.kind === "compute")
        out.push({ urn: rec.node.view.urn, finding: notApplicable(m.outsideReason(outside.node)) });
      continue;
    }
    const unsure =
      mainland.length === 0 && unknown?.kind === "unknown"
        ? { text: msg.targetUnknown(unknown.field), unknown: true }
        : undefined;
    const res = domainProblems(m, rec.node, rec.host, rec.hostField, unsure);
    if (!res) continue;
    const targets = mainland.map((x) => computeText(m, x.node));
    const subject = t.subject(
      t.resource(rec.node.view.type, rec.node.view.name),
      msg.resolvesTo({ host: res.shown, targets: targets.length > 0 ? targets : ["?"] }),
    );
    out.push({
      urn: rec.node.view.urn,
      finding: fromProblems(subject, res.problems, msg.hostedWhy),
    });
  }
  return out;
}

/** Domains configured on load balancers: CLB domain extensions and rules, ALB Host conditions. */
function lbDomainFindings(m: StackModel, ctx: Ctx): StackFinding[] {
  const g = m.graph;
  const { t, msg } = ctx;
  const out: StackFinding[] = [];
  const check = (
    node: GraphNode,
    lbs: LoadBalancerInfo[],
    domains: Array<[Read<string>, string]>,
  ) => {
    // An LB that cannot be linked is judged by the link resource's own region (same provider).
    const where = lbs.length > 0 ? lbs.map((l) => l.lb) : [node];
    const mainland = where.filter((n) => m.inMainland(n));
    if (mainland.length === 0) {
      out.push({ urn: node.view.urn, finding: notApplicable(m.outsideReason(where[0])) });
      return;
    }
    const lbText =
      lbs.length > 0 ? mainland.map((n) => computeText(m, n)).join(", ") : computeText(m, node);
    const problems: Problem[] = [];
    const shownDomains: string[] = [];
    for (const [value, field] of domains) {
      const res = domainProblems(m, node, value, field, undefined);
      if (!res) continue;
      shownDomains.push(res.shown);
      problems.push(...res.problems);
    }
    const subject = t.subject(
      t.resource(node.view.type, node.view.name),
      msg.configuredOn({ domain: shownDomains.join('", "'), lb: lbText }),
    );
    out.push({ urn: node.view.urn, finding: fromProblems(subject, problems, msg.hostedWhy) });
  };
  for (const node of g.ofTypes(new Set([T.slbDomainExtension, T.slbRule]))) {
    const domain = readString(node.view.props, "domain");
    // A CLB rule without a domain forwards by URL path only.
    if (node.view.type === T.slbRule && domain.kind === "missing") continue;
    const lbs = g
      .refsAt(node, "loadBalancerId", [], CLB)
      .flatMap((r) => (r.kind === "node" ? (m.loadBalancers.of(r.node) ?? []) : []));
    check(node, lbs, [[domain, "domain"]]);
  }
  for (const rule of g.ofTypes(new Set([T.albRule]))) {
    const hosts = hostConditions(rule);
    if (hosts.length === 0) continue;
    const lbs = g
      .refsAt(rule, "listenerId", [], new Set([T.albListener]))
      .flatMap((r) => (r.kind === "node" ? m.loadBalancers.lbsOfListener(r.node) : []));
    check(rule, lbs, hosts);
  }
  return out;
}

/** The host names of an alb.Rule's `Host` conditions, each with the field it came from. */
function hostConditions(rule: GraphNode): Array<[Read<string>, string]> {
  const conditions = readArray(rule.view.props, "ruleConditions");
  if (conditions.kind === "unknown") return [[{ kind: "unknown" }, "ruleConditions"]];
  if (conditions.kind !== "known") return [];
  const out: Array<[Read<string>, string]> = [];
  conditions.value.forEach((c, i) => {
    const type = readString(c, "type");
    if (type.kind === "known" && type.value.toLowerCase() !== "host") return;
    const values = readArray(c, "hostConfig", "values");
    const field = `ruleConditions[${i}].hostConfig.values`;
    if (values.kind === "unknown" || (type.kind === "unknown" && values.kind !== "missing")) {
      out.push([{ kind: "unknown" }, field]);
      return;
    }
    if (values.kind !== "known") return;
    values.value.forEach((v, j) => {
      out.push([readString({ v }, "v"), `${field}[${j}]`]);
    });
  });
  return out;
}

export const icpHostedDomain: StackPolicySpec<HostedDomainMessages> = {
  kind: "stack",
  name: "icp-hosted-domain",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "critical",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    return [...dnsFindings(m, ctx), ...lbDomainFindings(m, ctx)];
  },
};
