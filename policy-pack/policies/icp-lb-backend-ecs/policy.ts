/**
 * icp-lb-backend-ecs (reference: README.md in this folder): a load balancer cannot give an ICP service code, so an
 * internet-facing mainland CLB/ALB/NLB that serves web traffic needs at least one backend ECS
 * that can (subscription of 3+ months with a public IP), in the stack or listed in the registry.
 * Instances an Auto Scaling group creates never can; an ECS attached to the group can, if eligible.
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
import { exposure } from "../../model/internet-facing";
import { ECS_LIKE, ESS_GROUPS } from "../../model/type-index";
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
      if (!m.inMainland(lbNode)) continue;
      const exposed = exposure(lbNode.view);
      if (!exposed.internet) {
        out.push({ urn: lbNode.view.urn, finding: notApplicable(msg.naIntranet(exposed.why)) });
        continue;
      }
      const web = webListeners(info, ctx.settings.webPorts);
      if (web.length === 0) continue;

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
        if (ESS_GROUPS.has(ref.node.view.type)) {
          // The group's own loadbalancerIds/albServerGroups, or a separate attachment resource.
          const attached = via === server ? undefined : via;
          problems.push({ text: msg.backendScalingGroup({ group: server, via: attached }) });
          return;
        }
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
