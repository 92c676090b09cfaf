/**
 * icp-lb-backend-ecs (reference: README.md in this folder): a load balancer cannot give an ICP service code, so an
 * internet-facing mainland CLB/ALB/NLB that serves web traffic needs at least one backend ECS
 * that can (subscription of 3+ months with a public IP), in the stack or listed in the registry.
 */

import { printableRegion } from "../../checks/scope";
import {
  fromProblems,
  notApplicable,
  type Problem,
  type StackFinding,
} from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import type { ListenerInfo, LoadBalancerInfo } from "../../graph/load-balancers";
import type { Ref } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import { registryServerEligibility } from "../../model/eligibility";
import { readString } from "../../model/props";
import { ECS_LIKE } from "../../model/type-index";
import { type LbBackendMessages, messages } from "./messages";

const WEB_PROTOCOLS = new Set(["http", "https", "quic"]);
/** How many backends a message lists before "and N more". */
const LISTED = 5;

/** Listeners that carry web traffic; an unknown protocol or port counts (fail safe). */
function webListeners(lb: LoadBalancerInfo, webPorts: readonly number[]): ListenerInfo[] {
  return lb.listeners.filter((l) => {
    const proto = l.protocol.kind === "known" ? l.protocol.value.toLowerCase() : undefined;
    if (proto && WEB_PROTOCOLS.has(proto)) return true;
    if (l.port.kind === "known" && webPorts.includes(l.port.value)) return true;
    return l.protocol.kind === "unknown" || l.port.kind === "unknown";
  });
}

/** Internet-facing unless addressType says intranet; missing or unknown counts as internet. */
function internetFacing(lb: LoadBalancerInfo): boolean {
  const a = readString(lb.lb.view.props, "addressType");
  return !(a.kind === "known" && a.value.trim().toLowerCase() === "intranet");
}

export const icpLbBackendEcs: StackPolicySpec<LbBackendMessages> = {
  kind: "stack",
  name: "icp-lb-backend-ecs",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues", "webPorts"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const { t, msg } = ctx;
    const out: StackFinding[] = [];
    for (const info of m.loadBalancers.all()) {
      const lbNode = info.lb;
      // Out of scope, and why (every report lists it).
      const skip = (reason: string) =>
        out.push({ urn: lbNode.view.urn, finding: notApplicable(reason) });
      if (!m.inMainland(lbNode)) {
        skip(m.outsideReason(lbNode));
        continue;
      }
      if (!internetFacing(info)) {
        skip(msg.naIntranet);
        continue;
      }
      const web = webListeners(info, ctx.settings.webPorts);
      if (web.length === 0) {
        skip(msg.naNoWebListener(ctx.settings.webPorts));
        continue;
      }

      let eligibleFound = false;
      let unsure = info.undecided.length > 0 || m.loadBalancers.orphans.length > 0;
      const problems: Problem[] = [];
      const judge = (ref: Ref, via: string) => {
        if (ref.kind === "unknown") {
          unsure = true;
          problems.push({ text: msg.backendUnknown(via), unknown: true });
          return;
        }
        if (ref.kind === "external") {
          const s = ctx.registry.serverById(ref.id);
          if (!s) {
            problems.push({ text: msg.backendExternal(ref.id) });
            return;
          }
          const e = registryServerEligibility(s);
          if (e.eligible) eligibleFound = true;
          else
            problems.push({
              text: msg.backendIneligible({
                server: ref.id,
                reasons: e.failures.map((f) => t.failure(f, "registry")),
              }),
            });
          return;
        }
        const server = t.resource(ref.node.view.type, ref.node.view.name);
        if (!ECS_LIKE.has(ref.node.view.type)) {
          problems.push({ text: msg.backendNotEcs(server) });
          return;
        }
        const e = m.servers.eligibility(ref.node);
        if (e.eligible) {
          eligibleFound = true;
          return;
        }
        if (e.failures.every((f) => f.unknown)) unsure = true;
        problems.push({
          text: msg.backendIneligible({
            server,
            reasons: e.failures.map((f) => t.failure(f, "stack")),
          }),
          unknown: e.failures.every((f) => f.unknown),
        });
      };
      for (const b of info.backends) judge(b.ref, t.resource(b.via.view.type, b.via.view.name));
      if (eligibleFound) continue;
      if (info.backends.length === 0 && info.undecided.length === 0)
        problems.push({ text: msg.noBackends });
      const listed = problems.slice(0, LISTED);
      if (problems.length > LISTED) listed.push({ text: msg.andMore(problems.length - LISTED) });
      listed.push({ text: msg.lbFix });
      // When an unknown could hide the eligible backend, the whole verdict is unverified.
      const final = unsure ? listed.map((p) => ({ ...p, unknown: true })) : listed;
      const region = m.region(lbNode);
      const where = printableRegion(region);
      const listeners = web.map((l) => {
        const proto = l.protocol.kind === "known" ? l.protocol.value.toUpperCase() : "?";
        const port = l.port.kind === "known" ? String(l.port.value) : "?";
        return `${t.resource(l.node.view.type, l.node.view.name)} ${proto}:${port}`;
      });
      const subject = t.subject(
        t.resource(lbNode.view.type, lbNode.view.name),
        msg.lbServes({ region: where, listeners }),
      );
      out.push({ urn: lbNode.view.urn, finding: fromProblems(subject, final, msg.lbWhy) });
    }
    return out;
  },
};
