/**
 * icp-hosted-domain (reference: README.md in this folder): a domain that resolves to (DNS A/AAAA/CNAME,
 * including CNAMEs to Alibaba endpoint host names) or is configured on (CLB domain extensions and
 * rules, ALB host conditions, Kubernetes Ingresses on ACK, SAE Ingresses) mainland Alibaba compute
 * that serves the internet must be filed with Alibaba Cloud as access provider (OSS endpoints:
 * any provider).
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
import type { DeclaredDomain } from "../../graph/ingresses";
import type { GraphNode } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import type { EvalContext } from "../../model/context";
import { isInternetFacing } from "../../model/internet-facing";
import { readArray, readString, readStringList, withSecret } from "../../model/props";
import { T } from "../../model/resource-types";
import { CLB, LOAD_BALANCERS, SAE_INGRESSES } from "../../model/type-index";
import { type HostedDomainMessages, messages } from "./messages";

type Ctx = EvalContext<HostedDomainMessages>;

type Checked =
  | { kind: "checked"; shown: string; problems: Problem[] }
  | { kind: "na"; reason: string };

/**
 * Checks one domain served from mainland compute; `unsure` marks a verdict that hinges on an
 * unknown, `alibaba` whether only a filing with Alibaba Cloud access satisfies it.
 */
function domainProblems(
  ctx: Ctx,
  node: GraphNode,
  [value, field]: DeclaredDomain,
  unsure: Problem | undefined,
  alibaba = true,
): Checked {
  const what = ctx.msg.kind(node.view.type) ?? ctx.t.kind(node.view.type);
  const d = readDomain(value, field, what, ctx);
  if (d.kind === "not-applicable") return { kind: "na", reason: d.reason };
  let problems =
    d.kind === "problem"
      ? [d.problem]
      : filingProblems(d.domain, d.shown, { alibaba, what, type: node.view.type }, ctx);
  if (problems.length > 0 && unsure) {
    // Whether the domain needs Alibaba access at all hangs on the unknown: say so, at its level.
    problems = [unsure, ...problems.map((p) => ({ ...p, unknown: true }))];
  }
  return { kind: "checked", shown: d.shown, problems };
}

type Endpoint = Extract<Target, { kind: "endpoint" }>;
type Product = Endpoint & { endpoint: { kind: "product" } };

function dnsFindings(m: StackModel, ctx: Ctx): StackFinding[] {
  const { t, msg: h } = ctx;
  const hm = h;
  const out: StackFinding[] = [];
  for (const rec of m.dns.records) {
    if (!DnsIndex.pointsAtAddress(rec)) continue;
    const urn = rec.node.view.urn;
    const compute: GraphNode[] = [];
    const intranet: GraphNode[] = [];
    const products: Product[] = [];
    let unjudged: Endpoint | undefined;
    for (const x of rec.targets) {
      if (x.kind === "compute" && m.inMainland(x.node)) {
        (isInternetFacing(x.node.view) ? compute : intranet).push(x.node);
      } else if (x.kind === "endpoint") {
        if (x.endpoint.kind === "product") products.push(x as Product);
        else unjudged ??= x;
      }
    }
    const mainlandProducts = products.filter((x) => x.endpoint.mainland);
    const unknown = rec.targets.find((x) => x.kind === "unknown");
    if (compute.length === 0 && mainlandProducts.length === 0 && !unknown) {
      const place = (x: Product) => ({
        product: x.endpoint.product,
        host: x.shown,
        region: x.secret ? "[secret]" : x.endpoint.region,
      });
      const reason =
        products.length > 0
          ? hm.naEndpointOutside(place(products[0]))
          : unjudged
            ? hm.naEndpointUnjudged(unjudged.shown)
            : intranet.length > 0
              ? hm.naLbIntranet(intranet.map((n) => computeText(m, n)).join(", "))
              : undefined;
      if (reason) out.push({ urn, finding: notApplicable(reason) });
      continue;
    }
    const unsure =
      compute.length === 0 && mainlandProducts.length === 0 && unknown?.kind === "unknown"
        ? { text: h.targetUnknown(unknown.field), unknown: true }
        : undefined;
    // OSS alone accepts a filing by any provider; compute, FC, ALB and NLB need Alibaba Cloud.
    const alibaba =
      compute.length > 0 ||
      unknown !== undefined ||
      mainlandProducts.some((x) => x.endpoint.alibabaAccess);
    const res = domainProblems(ctx, rec.node, [rec.host, rec.hostField], unsure, alibaba);
    if (res.kind === "na") {
      out.push({ urn, finding: notApplicable(res.reason) });
      continue;
    }
    const targets = [
      ...compute.map((n) => computeText(m, n)),
      ...mainlandProducts.map((x) =>
        hm.endpointAt({
          product: x.endpoint.product,
          host: x.shown,
          region: x.secret ? "[secret]" : x.endpoint.region,
        }),
      ),
    ];
    const subject = t.subject(
      t.resource(rec.node.view.type, rec.node.view.name),
      h.resolvesTo({ host: res.shown, targets: targets.length > 0 ? targets : ["?"] }),
    );
    const why = alibaba ? h.hostedWhy : hm.ossWhy;
    out.push({ urn, finding: fromProblems(subject, res.problems, why) });
  }
  return out;
}

/**
 * One finding for a resource that configures domains on `places` (load balancers, an ACK
 * cluster, SAE applications; the resource itself when they cannot be linked, as it shares their
 * provider): mainland places that serve the internet make every domain need Alibaba access.
 */
function configuredFinding(
  m: StackModel,
  ctx: Ctx,
  node: GraphNode,
  places: readonly GraphNode[],
  domains: readonly DeclaredDomain[],
): StackFinding | undefined {
  const { t, msg: h } = ctx;
  const hm = h;
  const urn = node.view.urn;
  const where = places.length > 0 ? places : [node];
  const mainland = where.filter((n) => m.inMainland(n));
  const texts = (list: readonly GraphNode[]) => list.map((n) => computeText(m, n)).join(", ");
  if (mainland.length === 0) return { urn, finding: notApplicable(hm.naOutside(texts(where))) };
  // Only a linked load balancer can be intranet; the resource itself is judged by region only.
  const serving = mainland.filter(
    (n) => n === node || !LOAD_BALANCERS.has(n.view.type) || isInternetFacing(n.view),
  );
  if (serving.length === 0)
    return { urn, finding: notApplicable(hm.naLbIntranet(texts(mainland))) };
  const problems: Problem[] = [];
  const shownDomains: string[] = [];
  const reasons: string[] = [];
  for (const domain of domains) {
    const res = domainProblems(ctx, node, domain, undefined);
    if (res.kind === "na") {
      reasons.push(res.reason);
      continue;
    }
    shownDomains.push(res.shown);
    problems.push(...res.problems);
  }
  if (shownDomains.length === 0 && reasons.length > 0) {
    return { urn, finding: notApplicable(reasons.join("; ")) };
  }
  const subject = t.subject(
    t.resource(node.view.type, node.view.name),
    h.configuredOn({ domain: shownDomains.join('", "'), lb: texts(serving) }),
  );
  return { urn, finding: fromProblems(subject, problems, h.hostedWhy) };
}

/** Domains configured on load balancers: CLB domain extensions and rules, ALB Host conditions. */
function lbDomainFindings(m: StackModel, ctx: Ctx): StackFinding[] {
  const g = m.graph;
  const out: StackFinding[] = [];
  const add = (f: StackFinding | undefined) => {
    if (f) out.push(f);
  };
  for (const node of g.ofTypes(new Set([T.slbDomainExtension, T.slbRule]))) {
    const domain = readString(node.view.props, "domain");
    // A CLB rule without a domain forwards by URL path only.
    if (node.view.type === T.slbRule && domain.kind === "missing") continue;
    const lbs = g
      .refsAt(node, "loadBalancerId", [], CLB)
      .flatMap((r) => (r.kind === "node" ? [r.node] : []));
    add(configuredFinding(m, ctx, node, lbs, [[domain, "domain"]]));
  }
  for (const rule of g.ofTypes(new Set([T.albRule]))) {
    const hosts = hostConditions(rule);
    if (hosts.length === 0) continue;
    const lbs = g
      .refsAt(rule, "listenerId", [], new Set([T.albListener]))
      .flatMap((r) =>
        r.kind === "node" ? m.loadBalancers.lbsOfListener(r.node).map((l) => l.lb) : [],
      );
    add(configuredFinding(m, ctx, rule, lbs, hosts));
  }
  return out;
}

/** Kubernetes Ingresses on an ACK cluster of the stack, and SAE Ingresses. */
function ingressFindings(m: StackModel, ctx: Ctx): StackFinding[] {
  const hm = ctx.msg;
  const out: StackFinding[] = [];
  for (const ing of m.ingresses.k8s) {
    if (ing.hosts.length === 0) continue;
    if (ing.cluster.kind === "unknown") {
      out.push({
        urn: ing.node.view.urn,
        finding: notApplicable(hm.naClusterUnknown(ing.cluster.why)),
      });
      continue;
    }
    const f = configuredFinding(m, ctx, ing.node, ing.cluster.clusters, ing.hosts);
    if (f) out.push(f);
  }
  for (const node of m.graph.ofTypes(SAE_INGRESSES)) {
    const { rules, slbs } = m.ingresses.saeRules(node);
    if (rules.length === 0) continue;
    if (slbs.length > 0 && !slbs.some((lb) => isInternetFacing(lb.view))) {
      const lbs = slbs.map((n) => computeText(m, n)).join(", ");
      out.push({ urn: node.view.urn, finding: notApplicable(hm.naLbIntranet(lbs)) });
      continue;
    }
    // Each rule is served where its application runs; the rules of mainland applications count.
    const places: GraphNode[] = [];
    const domains: DeclaredDomain[] = [];
    for (const r of rules) {
      const at = r.apps.length > 0 ? r.apps : [node];
      const mainland = at.filter((n) => m.inMainland(n));
      if (mainland.length === 0) continue;
      domains.push(r.domain);
      for (const n of mainland) if (!places.includes(n)) places.push(n);
    }
    const f =
      domains.length > 0
        ? configuredFinding(m, ctx, node, places, domains)
        : configuredFinding(
            m,
            ctx,
            node,
            rules.flatMap((r) => r.apps),
            [],
          );
    if (f) out.push(f);
  }
  return out;
}

/** The host names of an alb.Rule's `Host` conditions, each with the field it came from. */
function hostConditions(rule: GraphNode): DeclaredDomain[] {
  const conditions = readArray(rule.view.props, "ruleConditions");
  if (conditions.kind === "unknown") return [[{ kind: "unknown" }, "ruleConditions"]];
  if (conditions.kind !== "known") return [];
  const out: DeclaredDomain[] = [];
  conditions.value.forEach((c, i) => {
    const type = readString(c, "type");
    if (type.kind === "known" && type.value.toLowerCase() !== "host") return;
    const values = withSecret(readArray(c, "hostConfig", "values"), conditions.secret);
    const field = `ruleConditions[${i}].hostConfig.values`;
    if (values.kind === "unknown" || (type.kind === "unknown" && values.kind !== "missing")) {
      out.push([{ kind: "unknown" }, field]);
      return;
    }
    out.push(...readStringList(values, field));
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
    return [...dnsFindings(m, ctx), ...lbDomainFindings(m, ctx), ...ingressFindings(m, ctx)];
  },
};
