/**
 * What the link resources of load balancers add up to while the index is built: each load
 * balancer's listeners, backends and undecided links, the orphans, and the maps a later link
 * follows (listener → ALBs, server group → LBs, scaling group → LBs). The families (families.ts,
 * auto-scaling.ts) call these steps; LoadBalancerIndex (index.ts) reads the result.
 */
import { readNumber, readString } from "../../model/props";
import { LOAD_BALANCERS } from "../../model/type-index";
import type { GraphNode, Ref, StackGraph } from "../stack-graph";
import type { ListenerInfo, LoadBalancerInfo, Orphan } from ".";

export const only = (...types: string[]): ReadonlySet<string> => new Set(types);

export class Links {
  readonly info = new Map<GraphNode, LoadBalancerInfo>();
  readonly orphans: Orphan[] = [];
  private readonly orphanByNode = new Map<GraphNode, Orphan>();
  /** ALB listeners → their load balancers (alb.Rule → listener → LB). */
  readonly listenerLbs = new Map<GraphNode, LoadBalancerInfo[]>();
  /** ALB and NLB server groups → the load balancers that forward to them. */
  readonly albGroupLbs = new Map<GraphNode, LoadBalancerInfo[]>();
  readonly nlbGroupLbs = new Map<GraphNode, LoadBalancerInfo[]>();
  /** Auto Scaling groups → the load balancers their instances are put behind. */
  readonly scalingGroupLbs = new Map<GraphNode, LoadBalancerInfo[]>();

  constructor(readonly g: StackGraph) {
    for (const lb of g.ofTypes(LOAD_BALANCERS)) {
      this.info.set(lb, { lb, listeners: [], backends: [], undecided: [] });
    }
  }

  /** Notes a link resource whose load balancer cannot be decided (once per resource). */
  orphan(node: GraphNode, family: ReadonlySet<string>): void {
    if (this.orphanByNode.has(node)) return;
    const o: Orphan = { node, family };
    this.orphanByNode.set(node, o);
    this.orphans.push(o);
  }

  /** The load balancers a link resource belongs to, through `field`; orphans noted. */
  lbsVia(
    link: GraphNode,
    field: string,
    accept: ReadonlySet<string>,
    path: readonly string[] = [],
  ): LoadBalancerInfo[] {
    const refs = this.g.refsAt(link, field, path, accept);
    if (refs.some((r) => r.kind === "unknown")) this.orphan(link, accept);
    return refs.flatMap((r) => (r.kind === "node" ? (this.info.get(r.node) ?? []) : []));
  }

  /** LBs of the server groups a link names; an undecidable group makes the link an orphan. */
  groupsVia(
    link: GraphNode,
    field: string,
    accept: ReadonlySet<string>,
    groupLbs: Map<GraphNode, LoadBalancerInfo[]>,
    family: ReadonlySet<string>,
    path: readonly string[] = [],
  ): LoadBalancerInfo[] {
    const refs = this.g.refsAt(link, field, path, accept);
    if (refs.some((r) => r.kind === "unknown")) this.orphan(link, family);
    const out: LoadBalancerInfo[] = [];
    for (const r of refs) {
      if (r.kind !== "node") continue;
      for (const lb of groupLbs.get(r.node) ?? []) if (!out.includes(lb)) out.push(lb);
    }
    return out;
  }

  /** Records that the server groups `from` forwards to belong to `lbs`. */
  linkGroups(
    lbs: LoadBalancerInfo[],
    from: GraphNode,
    refs: Ref[],
    groupLbs: Map<GraphNode, LoadBalancerInfo[]>,
  ): void {
    for (const r of refs) {
      if (r.kind === "node") {
        const list = groupLbs.get(r.node) ?? [];
        for (const lb of lbs) if (!list.includes(lb)) list.push(lb);
        groupLbs.set(r.node, list);
      } else if (r.kind === "unknown") {
        for (const lb of lbs) lb.undecided.push(from);
      }
    }
  }

  addServers(lbs: LoadBalancerInfo[], via: GraphNode, refs: Ref[]): void {
    for (const lb of lbs) {
      for (const ref of refs) lb.backends.push({ via, ref });
      if (refs.some((r) => r.kind === "unknown")) lb.undecided.push(via);
    }
  }

  addListener(lbs: LoadBalancerInfo[], node: GraphNode, portField: string, protoField: string) {
    const listener: ListenerInfo = {
      node,
      port: readNumber(node.view.props, portField),
      protocol: readString(node.view.props, protoField),
    };
    for (const lb of lbs) lb.listeners.push(listener);
    const orphan = this.orphanByNode.get(node);
    if (orphan) orphan.listener = listener;
  }
}
