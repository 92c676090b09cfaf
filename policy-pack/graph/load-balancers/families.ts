/**
 * The listeners and backends of each load balancer family: CLB (Listener, BackendServer,
 * Attachment, ServerGroup, ServerGroupServerAttachment, MasterSlaveServerGroup), ALB (Listener →
 * ServerGroup, Rule → Listener → ServerGroup) and NLB (Listener → ServerGroup,
 * ServerGroupServerAttachment). One pass over each link type.
 */
import { T } from "../../model/resource-types";
import { ALB, CLB, NLB } from "../../model/type-index";
import { BACKEND_SERVERS } from "../compute";
import type { GraphNode } from "../stack-graph";
import type { LoadBalancerInfo } from ".";
import { type Links, only } from "./links";

export function linkClb(links: Links): void {
  const g = links.g;
  for (const l of g.ofTypes(only(T.slbListener))) {
    links.addListener(links.lbsVia(l, "loadBalancerId", CLB), l, "frontendPort", "protocol");
  }
  const direct: Array<[string, string, readonly string[]]> = [
    [T.slbBackendServer, "backendServers", ["serverId"]],
    [T.slbAttachment, "instanceIds", []],
    [T.slbServerGroup, "servers", ["serverIds"]],
    [T.slbMasterSlaveServerGroup, "servers", ["serverId"]],
  ];
  const groupLbs = new Map<GraphNode, LoadBalancerInfo[]>();
  for (const [type, field, path] of direct) {
    for (const link of g.ofTypes(only(type))) {
      const lbs = links.lbsVia(link, "loadBalancerId", CLB);
      if (type === T.slbServerGroup) groupLbs.set(link, lbs);
      links.addServers(lbs, link, g.refsAt(link, field, path, BACKEND_SERVERS));
    }
  }
  for (const a of g.ofTypes(only(T.slbServerGroupServerAttachment))) {
    const lbs = links.groupsVia(a, "serverGroupId", only(T.slbServerGroup), groupLbs, CLB);
    links.addServers(lbs, a, g.refsAt(a, "serverId", [], BACKEND_SERVERS));
  }
}

export function linkAlb(links: Links): void {
  const g = links.g;
  const forward = ["forwardGroupConfig", "serverGroupTuples", "serverGroupId"];
  const groups = only(T.albServerGroup);
  const groupLbs = links.albGroupLbs;
  for (const l of g.ofTypes(only(T.albListener))) {
    const lbs = links.lbsVia(l, "loadBalancerId", ALB);
    links.listenerLbs.set(l, lbs);
    links.addListener(lbs, l, "listenerPort", "listenerProtocol");
    links.linkGroups(lbs, l, g.refsAt(l, "defaultActions", forward, groups), groupLbs);
  }
  for (const rule of g.ofTypes(only(T.albRule))) {
    const lbs = links.groupsVia(rule, "listenerId", only(T.albListener), links.listenerLbs, ALB);
    links.linkGroups(lbs, rule, g.refsAt(rule, "ruleActions", forward, groups), groupLbs);
  }
  for (const sg of g.ofTypes(groups)) {
    links.addServers(
      groupLbs.get(sg) ?? [],
      sg,
      g.refsAt(sg, "servers", ["serverId"], BACKEND_SERVERS),
    );
  }
}

export function linkNlb(links: Links): void {
  const g = links.g;
  const groups = only(T.nlbServerGroup);
  const groupLbs = links.nlbGroupLbs;
  for (const l of g.ofTypes(only(T.nlbListener))) {
    const lbs = links.lbsVia(l, "loadBalancerId", NLB);
    links.addListener(lbs, l, "listenerPort", "listenerProtocol");
    links.linkGroups(lbs, l, g.refsAt(l, "serverGroupId", [], groups), groupLbs);
  }
  for (const a of g.ofTypes(only(T.nlbServerGroupServerAttachment))) {
    const lbs = links.groupsVia(a, "serverGroupId", groups, groupLbs, NLB);
    links.addServers(lbs, a, g.refsAt(a, "serverId", [], BACKEND_SERVERS));
  }
}
