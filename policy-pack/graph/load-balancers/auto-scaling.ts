/**
 * Auto Scaling groups put behind load balancers (ScalingGroup loadbalancerIds/albServerGroups,
 * ScalingGroupVServerGroups, AlbServerGroupAttachment, ServerGroupAttachment), with the ECS an
 * `ess.Attachment` adds to such a group. Runs after the families (families.ts): it follows the
 * ALB and NLB server groups they recorded.
 */
import { T } from "../../model/resource-types";
import { ALB, CLB, ESS_GROUPS, LOAD_BALANCERS } from "../../model/type-index";
import { BACKEND_SERVERS } from "../compute";
import type { GraphNode } from "../stack-graph";
import type { LoadBalancerInfo } from ".";
import { type Links, only } from "./links";

/**
 * Each link that puts a scaling group behind load balancers (or their server groups) makes the
 * group a backend of them; an ECS that `ess.Attachment` adds to the group is then a backend of
 * every one of them. A link whose group or load balancer cannot be decided is an orphan, as for
 * the other link resources.
 */
export function linkAutoScaling(links: Links): void {
  const g = links.g;
  const albGroups = only(T.albServerGroup);
  const lbServerGroups = only(T.albServerGroup, T.nlbServerGroup);
  const serverGroupLbs = new Map([...links.albGroupLbs, ...links.nlbGroupLbs]);
  const behind = (group: GraphNode, via: GraphNode, lbs: LoadBalancerInfo[]) => {
    const list = links.scalingGroupLbs.get(group) ?? [];
    for (const lb of lbs) {
      if (list.includes(lb)) continue;
      list.push(lb);
      lb.backends.push({ via, ref: { kind: "node", node: group } });
    }
    links.scalingGroupLbs.set(group, list);
  };
  for (const sg of g.ofTypes(ESS_GROUPS)) {
    behind(sg, sg, links.lbsVia(sg, "loadbalancerIds", CLB));
    behind(
      sg,
      sg,
      links.groupsVia(sg, "albServerGroups", albGroups, links.albGroupLbs, ALB, [
        "albServerGroupId",
      ]),
    );
  }
  const lbLinks: Array<[string, (link: GraphNode) => LoadBalancerInfo[]]> = [
    [
      T.essScalingGroupVServerGroups,
      (l) => links.lbsVia(l, "vserverGroups", CLB, ["loadbalancerId"]),
    ],
    [
      T.essAlbServerGroupAttachment,
      (l) => links.groupsVia(l, "albServerGroupId", albGroups, links.albGroupLbs, ALB),
    ],
    [
      T.essServerGroupAttachment,
      (l) => links.groupsVia(l, "serverGroupId", lbServerGroups, serverGroupLbs, LOAD_BALANCERS),
    ],
  ];
  for (const [type, lbsOf] of lbLinks) {
    for (const link of g.ofTypes(only(type))) {
      const lbs = lbsOf(link);
      for (const group of scalingGroupsOf(links, link)) behind(group, link, lbs);
    }
  }
  for (const a of g.ofTypes(only(T.essAttachment))) {
    const lbs: LoadBalancerInfo[] = [];
    for (const group of scalingGroupsOf(links, a)) {
      for (const lb of links.scalingGroupLbs.get(group) ?? []) if (!lbs.includes(lb)) lbs.push(lb);
    }
    links.addServers(lbs, a, g.refsAt(a, "instanceIds", [], BACKEND_SERVERS));
  }
}

/** The scaling groups a link names by `scalingGroupId`; an undecidable one makes it an orphan. */
function scalingGroupsOf(links: Links, link: GraphNode): GraphNode[] {
  const refs = links.g.refsAt(link, "scalingGroupId", [], ESS_GROUPS);
  // Its group (and so the load balancers behind it) is undecidable: it could belong to any.
  if (refs.some((r) => r.kind === "unknown")) links.orphan(link, LOAD_BALANCERS);
  return refs.flatMap((r) => (r.kind === "node" ? [r.node] : []));
}
