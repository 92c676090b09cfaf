/**
 * Load balancers with their listeners and backend servers, through every attachment resource of
 * CLB (BackendServer, Attachment, ServerGroup, ServerGroupServerAttachment, MasterSlaveServerGroup),
 * ALB (Listener → ServerGroup, Rule → ServerGroup) and NLB (Listener → ServerGroup,
 * ServerGroupServerAttachment). One pass over each link type: linear in the stack.
 */
import { type Read, readNumber, readString } from "../model/props";
import { T } from "../model/resource-types";
import { ALB, CLB, LOAD_BALANCERS, NLB } from "../model/type-index";
import { BACKEND_SERVERS } from "./compute";
import type { GraphNode, Ref, StackGraph } from "./stack-graph";

export interface ListenerInfo {
  node: GraphNode;
  port: Read<number>;
  protocol: Read<string>;
}

export interface BackendInfo {
  /** The attachment, server group or listener resource that links the server. */
  via: GraphNode;
  ref: Ref;
}

export interface LoadBalancerInfo {
  lb: GraphNode;
  listeners: ListenerInfo[];
  backends: BackendInfo[];
  /** Link resources of this LB whose server (group) reference cannot be decided. */
  undecided: GraphNode[];
}

const only = (...types: string[]): ReadonlySet<string> => new Set(types);

export class LoadBalancerIndex {
  private readonly info = new Map<GraphNode, LoadBalancerInfo>();
  /** Link resources whose load balancer cannot be decided during preview. */
  readonly orphans: GraphNode[] = [];
  private readonly listenerLbs = new Map<GraphNode, LoadBalancerInfo[]>();

  constructor(private readonly g: StackGraph) {
    for (const lb of g.ofTypes(LOAD_BALANCERS)) {
      this.info.set(lb, { lb, listeners: [], backends: [], undecided: [] });
    }
    this.clb();
    this.alb();
    this.nlb();
  }

  of(lb: GraphNode): LoadBalancerInfo | undefined {
    return this.info.get(lb);
  }

  all(): LoadBalancerInfo[] {
    return [...this.info.values()];
  }

  /** The load balancers a link resource belongs to, through `field`; orphans noted. */
  private lbsVia(link: GraphNode, field: string, accept: ReadonlySet<string>): LoadBalancerInfo[] {
    const refs = this.g.refsAt(link, field, [], accept);
    if (refs.some((r) => r.kind === "unknown")) this.orphans.push(link);
    return refs.flatMap((r) => (r.kind === "node" ? (this.info.get(r.node) ?? []) : []));
  }

  private addServers(lbs: LoadBalancerInfo[], via: GraphNode, refs: Ref[]) {
    for (const lb of lbs) {
      for (const ref of refs) lb.backends.push({ via, ref });
      if (refs.some((r) => r.kind === "unknown")) lb.undecided.push(via);
    }
  }

  private addListener(
    lbs: LoadBalancerInfo[],
    node: GraphNode,
    portField: string,
    protoField: string,
  ) {
    const listener: ListenerInfo = {
      node,
      port: readNumber(node.view.props, portField),
      protocol: readString(node.view.props, protoField),
    };
    for (const lb of lbs) lb.listeners.push(listener);
  }

  private clb() {
    const g = this.g;
    for (const l of g.ofTypes(only(T.slbListener))) {
      this.addListener(this.lbsVia(l, "loadBalancerId", CLB), l, "frontendPort", "protocol");
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
        const lbs = this.lbsVia(link, "loadBalancerId", CLB);
        if (type === T.slbServerGroup) groupLbs.set(link, lbs);
        this.addServers(lbs, link, g.refsAt(link, field, path, BACKEND_SERVERS));
      }
    }
    for (const a of g.ofTypes(only(T.slbServerGroupServerAttachment))) {
      const lbs = this.groupsVia(a, "serverGroupId", only(T.slbServerGroup), groupLbs);
      this.addServers(lbs, a, g.refsAt(a, "serverId", [], BACKEND_SERVERS));
    }
  }

  /** LBs of the server groups a link names; an undecidable group makes the link an orphan. */
  private groupsVia(
    link: GraphNode,
    field: string,
    accept: ReadonlySet<string>,
    groupLbs: Map<GraphNode, LoadBalancerInfo[]>,
    path: readonly string[] = [],
  ): LoadBalancerInfo[] {
    const refs = this.g.refsAt(link, field, path, accept);
    if (refs.some((r) => r.kind === "unknown")) this.orphans.push(link);
    const out: LoadBalancerInfo[] = [];
    for (const r of refs) {
      if (r.kind !== "node") continue;
      for (const lb of groupLbs.get(r.node) ?? []) if (!out.includes(lb)) out.push(lb);
    }
    return out;
  }

  /** Records that the server groups `from` forwards to belong to `lbs`. */
  private linkGroups(
    lbs: LoadBalancerInfo[],
    from: GraphNode,
    refs: Ref[],
    groupLbs: Map<GraphNode, LoadBalancerInfo[]>,
  ) {
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

  private alb() {
    const g = this.g;
    const forward = ["forwardGroupConfig", "serverGroupTuples", "serverGroupId"];
    const groups = only(T.albServerGroup);
    const groupLbs = new Map<GraphNode, LoadBalancerInfo[]>();
    for (const l of g.ofTypes(only(T.albListener))) {
      const lbs = this.lbsVia(l, "loadBalancerId", ALB);
      this.listenerLbs.set(l, lbs);
      this.addListener(lbs, l, "listenerPort", "listenerProtocol");
      this.linkGroups(lbs, l, g.refsAt(l, "defaultActions", forward, groups), groupLbs);
    }
    for (const rule of g.ofTypes(only(T.albRule))) {
      const lbs = this.groupsVia(rule, "listenerId", only(T.albListener), this.listenerLbs);
      this.linkGroups(lbs, rule, g.refsAt(rule, "ruleActions", forward, groups), groupLbs);
    }
    for (const sg of g.ofTypes(groups)) {
      this.addServers(
        groupLbs.get(sg) ?? [],
        sg,
        g.refsAt(sg, "servers", ["serverId"], BACKEND_SERVERS),
      );
    }
  }

  private nlb() {
    const g = this.g;
    const groups = only(T.nlbServerGroup);
    const groupLbs = new Map<GraphNode, LoadBalancerInfo[]>();
    for (const l of g.ofTypes(only(T.nlbListener))) {
      const lbs = this.lbsVia(l, "loadBalancerId", NLB);
      this.addListener(lbs, l, "listenerPort", "listenerProtocol");
      this.linkGroups(lbs, l, g.refsAt(l, "serverGroupId", [], groups), groupLbs);
    }
    for (const a of g.ofTypes(only(T.nlbServerGroupServerAttachment))) {
      const lbs = this.groupsVia(a, "serverGroupId", groups, groupLbs);
      this.addServers(lbs, a, g.refsAt(a, "serverId", [], BACKEND_SERVERS));
    }
  }

  /** The ALBs of an ALB listener (for alb.Rule host conditions: rule → listener → LB). */
  lbsOfListener(listener: GraphNode): LoadBalancerInfo[] {
    return this.listenerLbs.get(listener) ?? [];
  }
}
