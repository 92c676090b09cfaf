/**
 * icp-lb-backend-ecs (reference: README.md in this folder): a load balancer cannot give an ICP service code, so an
 * internet-facing mainland CLB/ALB/NLB that serves web traffic needs at least one backend ECS
 * that can (subscription of 3+ months with a public IP), in the stack or listed in the registry.
 * Instances an Auto Scaling group creates never can; an ECS attached to the group can, if eligible.
 * A listener or attachment whose load balancer is unknown during preview (and not computed from
 * any resource of the stack: every unknown id in an event log) could belong to any load balancer
 * of its family, so it never lets one pass: each it could belong to is "could not verify".
 */

import { printableRegion } from "../../checks/scope";
import {
  fromProblems,
  notApplicable,
  type Problem,
  type StackFinding,
} from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import type { ListenerInfo } from "../../graph/load-balancers";
import type { Ref } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import { registryServerEligibility } from "../../model/eligibility";
import { exposure } from "../../model/internet-facing";
import { printable } from "../../model/props";
import { ECS_LIKE, ESS_GROUPS } from "../../model/type-index";
import { type LbBackendMessages, messages } from "./messages";

const WEB_PROTOCOLS = new Set(["http", "https", "quic"]);
/** How many backends a message lists before "and N more". */
const LISTED = 5;

/** A listener that carries web traffic; an unknown protocol or port counts (fail safe). */
function isWeb(l: ListenerInfo, webPorts: readonly number[]): boolean {
  const proto = l.protocol.kind === "known" ? l.protocol.value.toLowerCase() : undefined;
  if (proto && WEB_PROTOCOLS.has(proto)) return true;
  if (l.port.kind === "known" && webPorts.includes(l.port.value)) return true;
  return l.protocol.kind === "unknown" || l.port.kind === "unknown";
}

/** `slb.Listener "http" HTTP:80`; a secret protocol or port prints as "[secret]". */
function listenerText(l: ListenerInfo, resource: string): string {
  const proto =
    l.protocol.kind === "known"
      ? printable(l.protocol.value.toUpperCase(), l.protocol.secret)
      : "?";
  const port = l.port.kind === "known" ? printable(String(l.port.value), l.port.secret) : "?";
  return `${resource} ${proto}:${port}`;
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
    // Orphans are shared by every load balancer of a type: sort them out once per type.
    const orphansByType = new Map<string, { web: ListenerInfo[]; backends: boolean }>();
    for (const info of m.loadBalancers.all()) {
      const lbNode = info.lb;
      // Out of scope, and why (every report lists it).
      if (!m.inMainland(lbNode)) {
        out.push({ urn: lbNode.view.urn, finding: notApplicable(m.outsideReason(lbNode)) });
        continue;
      }
      const exposed = exposure(lbNode.view);
      if (!exposed.internet) {
        out.push({ urn: lbNode.view.urn, finding: notApplicable(msg.naIntranet(exposed.why)) });
        continue;
      }
      const web = info.listeners.filter((l) => isWeb(l, ctx.settings.webPorts));
      // Links that could belong to this load balancer: a web listener among them may make it serve
      // the web, a backend among them may be its eligible one.
      const orphans = m.loadBalancers.orphansOf(lbNode);
      let byType = orphansByType.get(lbNode.view.type);
      if (!byType) {
        byType = {
          web: orphans.flatMap((o) =>
            o.listener && isWeb(o.listener, ctx.settings.webPorts) ? [o.listener] : [],
          ),
          backends: orphans.some((o) => !o.listener),
        };
        orphansByType.set(lbNode.view.type, byType);
      }
      const orphanWeb = byType.web;
      if (web.length === 0 && orphanWeb.length === 0) {
        out.push({
          urn: lbNode.view.urn,
          finding: notApplicable(msg.naNoWebListener(ctx.settings.webPorts)),
        });
        continue;
      }

      let eligibleFound = false;
      let unsure = info.undecided.length > 0 || orphans.length > 0;
      const problems: Problem[] = [];
      const judge = (ref: Ref, via: string) => {
        if (ref.kind === "unknown") {
          unsure = true;
          problems.push({ text: msg.backendUnknown(via), unknown: true });
          return;
        }
        if (ref.kind === "external") {
          const s = ctx.registry.serverById(ref.id);
          const id = printable(ref.id, ref.secret);
          if (!s) {
            problems.push({ text: msg.backendExternal(id) });
            return;
          }
          const e = registryServerEligibility(s);
          if (e.eligible) eligibleFound = true;
          else
            problems.push({
              text: msg.backendIneligible({
                server: id,
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
      if (info.backends.length === 0 && info.undecided.length === 0 && !byType.backends)
        problems.push({ text: msg.noBackends });
      // An event log can leave thousands of orphans: list a few, count the rest.
      const all = [
        ...problems,
        ...orphans.slice(0, LISTED).map((o) => ({
          text: msg.linkUnknown(t.resource(o.node.view.type, o.node.view.name)),
          unknown: true,
        })),
      ];
      const total = problems.length + orphans.length;
      const listed = all.slice(0, LISTED);
      if (total > LISTED) listed.push({ text: msg.andMore(total - LISTED) });
      listed.push({ text: msg.lbFix });
      // When an unknown could hide the eligible backend, the whole verdict is unverified.
      const final = unsure ? listed.map((p) => ({ ...p, unknown: true })) : listed;
      const region = m.region(lbNode);
      const where = printableRegion(region);
      const serving = [...web.slice(0, LISTED), ...orphanWeb.slice(0, LISTED)];
      const listeners = serving
        .slice(0, LISTED)
        .map((l) => listenerText(l, t.resource(l.node.view.type, l.node.view.name)));
      const more = web.length + orphanWeb.length - listeners.length;
      if (more > 0) listeners.push(msg.andMore(more));
      const subject = t.subject(
        t.resource(lbNode.view.type, lbNode.view.name),
        msg.lbServes({ region: where, listeners }),
      );
      out.push({ urn: lbNode.view.urn, finding: fromProblems(subject, final, msg.lbWhy) });
    }
    return out;
  },
};
