/**
 * Load balancers with their listeners and backend servers, through every attachment resource of
 * CLB (BackendServer, Attachment, ServerGroup, ServerGroupServerAttachment, MasterSlaveServerGroup),
 * ALB (Listener → ServerGroup, Rule → ServerGroup) and NLB (Listener → ServerGroup,
 * ServerGroupServerAttachment), and Auto Scaling groups put behind them (ScalingGroup
 * loadbalancerIds/albServerGroups, ScalingGroupVServerGroups, AlbServerGroupAttachment,
 * ServerGroupAttachment), with the ECS an `ess.Attachment` adds to such a group. One pass over
 * each link type: linear in the stack.
 *
 * A link resource whose load balancer (or server group, or listener) reference is unknown during
 * preview and has no propertyDependencies to follow is an orphan: it could belong to any load
 * balancer of its family. An event log carries no propertyDependencies at all, so there every
 * unknown reference is one. Policies treat an orphan as an unknown link, never as absent.
 *
 * families.ts links CLB, ALB and NLB, auto-scaling.ts the scaling groups, with the steps of
 * links.ts; this file is what the policies read.
 */
import type { Read } from "../../model/props";
import type { GraphNode, Ref, StackGraph } from "../stack-graph";
import { linkAutoScaling } from "./auto-scaling";
import { linkAlb, linkClb, linkNlb } from "./families";
import { Links } from "./links";

export interface ListenerInfo {
  node: GraphNode;
  port: Read<number>;
  protocol: Read<string>;
}

export interface BackendInfo {
  /** The attachment, server group or listener resource that links the server. */
  via: GraphNode;
  /** A server, or an `ess.ScalingGroup` whose instances are the backends. */
  ref: Ref;
}

export interface LoadBalancerInfo {
  lb: GraphNode;
  listeners: ListenerInfo[];
  backends: BackendInfo[];
  /** Link resources of this LB whose server (group) reference cannot be decided. */
  undecided: GraphNode[];
}

/** A link resource whose load balancer cannot be decided during preview. */
export interface Orphan {
  node: GraphNode;
  /** The load balancer types it could belong to (CLB, ALB or NLB). */
  family: ReadonlySet<string>;
  /** Set when the orphan is a listener: the load balancer may serve web traffic through it. */
  listener?: ListenerInfo;
}

export class LoadBalancerIndex {
  private readonly links: Links;
  /** Link resources whose load balancer cannot be decided during preview. */
  readonly orphans: readonly Orphan[];
  private orphansByType?: Map<string, Orphan[]>;

  constructor(g: StackGraph) {
    const links = new Links(g);
    linkClb(links);
    linkAlb(links);
    linkNlb(links);
    linkAutoScaling(links);
    this.links = links;
    this.orphans = links.orphans;
  }

  of(lb: GraphNode): LoadBalancerInfo | undefined {
    return this.links.info.get(lb);
  }

  all(): LoadBalancerInfo[] {
    return [...this.links.info.values()];
  }

  /** The orphans that could belong to `lb`, in the order they were found. */
  orphansOf(lb: GraphNode): readonly Orphan[] {
    if (!this.orphansByType) {
      this.orphansByType = new Map();
      for (const o of this.orphans) {
        for (const type of o.family) {
          const list = this.orphansByType.get(type);
          if (list) list.push(o);
          else this.orphansByType.set(type, [o]);
        }
      }
    }
    return this.orphansByType.get(lb.view.type) ?? [];
  }

  /** The load balancers an Auto Scaling group's instances are put behind. */
  lbsOfScalingGroup(group: GraphNode): LoadBalancerInfo[] {
    return this.links.scalingGroupLbs.get(group) ?? [];
  }

  /** The ALBs of an ALB listener (for alb.Rule host conditions: rule → listener → LB). */
  lbsOfListener(listener: GraphNode): LoadBalancerInfo[] {
    return this.links.listenerLbs.get(listener) ?? [];
  }
}
