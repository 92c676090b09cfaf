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
 */
import { type Read, readNumber, readString } from "../model/props";
import { T } from "../model/resource-types";
import { ALB, CLB, ESS_GROUPS, LOAD_BALANCERS, NLB } from "../model/type-index";
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

const only = (...types: string[]): ReadonlySet<string> => new Set(types);

export class LoadBalancerIndex {
  private readonly info = new Map<GraphNode, LoadBalancerInfo>();
  /** Link resources whose load balancer cannot be decided during preview. */
  readonly orphans: Orphan[] = [];
  private readonly listenerLbs = new Map<GraphNode, LoadBalancerInfo[]>();
  /** ALB and NLB server groups → the load balancers that forward to them. */
  private readonly albGroupLbs = new Map<GraphNode, LoadBalancerInfo[]>();
  private readonly nlbGroupLbs = new Map<GraphNode, LoadBalancerInfo[]>();
  /** Auto Scaling groups → the load balancers their instances are put behind. */
  private readonly scalingGroupLbs = new Map<GraphNode, LoadBalancerInfo[]>();

  constructor(private readonly g: StackGraph) {
    for (const lb of g.ofTypes(LOAD_BALANCERS)) {
      this.info.set(lb, { lb, listeners: [], backends: [], undecided: [] });
    }
    this.clb();
    this.alb();
    this.nlb();
    this.autoScaling();
  }

  of(lb: GraphNode): LoadBalancerInfo | undefined {
    return this.info.get(lb);
  }

  all(): LoadBalancerInfo[] {
    return [...this.info.values()];
  }

  private readonly orphanByNode = new Map<GraphNode, Orphan>();
  private orphansByType?: Map<string, Orphan[]>;

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

  private orphan(node: GraphNode, family: ReadonlySet<string>): void {
    if (this.orphanByNode.has(node)) return;
    const o: Orphan = { node, family };
    this.orphanByNode.set(node, o);
    this.orphans.push(o);
  }

  /** The load balancers a link resource belongs to, through `field`; orphans noted. */
  private lbsVia(
    link: GraphNode,
    field: string,
    accept: ReadonlySet<string>,
    path: readonly string[] = [],
  ): LoadBalancerInfo[] {
    const refs = this.g.refsAt(link, field, path, accept);
    if (refs.some((r) => r.kind === "unknown")) this.orphan(link, accept);
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
    const orphan = this.orphanByNode.get(node);
    if (orphan) orphan.listener = listener;
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
      const lbs = this.groupsVia(a, "serverGroupId", only(T.slbServerGroup), groupLbs, CLB);
      this.addServers(lbs, a, g.refsAt(a, "serverId", [], BACKEND_SERVERS));
    }
  }

  /** LBs of the server groups a link names; an undecidable group makes the link an orphan. */
  private groupsVia(
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
    const groupLbs = this.albGroupLbs;
    for (const l of g.ofTypes(only(T.albListener))) {
      const lbs = this.lbsVia(l, "loadBalancerId", ALB);
      this.listenerLbs.set(l, lbs);
      this.addListener(lbs, l, "listenerPort", "listenerProtocol");
      this.linkGroups(lbs, l, g.refsAt(l, "defaultActions", forward, groups), groupLbs);
    }
    for (const rule of g.ofTypes(only(T.albRule))) {
      const lbs = this.groupsVia(rule, "listenerId", only(T.albListener), this.listenerLbs, ALB);
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
    const groupLbs = this.nlbGroupLbs;
    for (const l of g.ofTypes(only(T.nlbListener))) {
      const lbs = this.lbsVia(l, "loadBalancerId", NLB);
      this.addListener(lbs, l, "listenerPort", "listenerProtocol");
      this.linkGroups(lbs, l, g.refsAt(l, "serverGroupId", [], groups), groupLbs);
    }
    for (const a of g.ofTypes(only(T.nlbServerGroupServerAttachment))) {
      const lbs = this.groupsVia(a, "serverGroupId", groups, groupLbs, NLB);
      this.addServers(lbs, a, g.refsAt(a, "serverId", [], BACKEND_SERVERS));
    }
  }

  /**
   * Auto Scaling: each link that puts a scaling group behind load balancers (or their server
   * groups) makes the group a backend of them; an ECS that `ess.Attachment` adds to the group is
   * then a backend of every one of them. A link whose group or load balancer cannot be decided is
   * an orphan, as for the other link resources.
   */
  private autoScaling() {
    const g = this.g;
    const albGroups = only(T.albServerGroup);
    const lbServerGroups = only(T.albServerGroup, T.nlbServerGroup);
    const serverGroupLbs = new Map([...this.albGroupLbs, ...this.nlbGroupLbs]);
    const behind = (group: GraphNode, via: GraphNode, lbs: LoadBalancerInfo[]) => {
      const list = this.scalingGroupLbs.get(group) ?? [];
      for (const lb of lbs) {
        if (list.includes(lb)) continue;
        list.push(lb);
        lb.backends.push({ via, ref: { kind: "node", node: group } });
      }
      this.scalingGroupLbs.set(group, list);
    };
    for (const sg of g.ofTypes(ESS_GROUPS)) {
      behind(sg, sg, this.lbsVia(sg, "loadbalancerIds", CLB));
      behind(
        sg,
        sg,
        this.groupsVia(sg, "albServerGroups", albGroups, this.albGroupLbs, ALB, [
          "albServerGroupId",
        ]),
      );
    }
    const links: Array<[string, (link: GraphNode) => LoadBalancerInfo[]]> = [
      [
        T.essScalingGroupVServerGroups,
        (l) => this.lbsVia(l, "vserverGroups", CLB, ["loadbalancerId"]),
      ],
      [
        T.essAlbServerGroupAttachment,
        (l) => this.groupsVia(l, "albServerGroupId", albGroups, this.albGroupLbs, ALB),
      ],
      [
        T.essServerGroupAttachment,
        (l) => this.groupsVia(l, "serverGroupId", lbServerGroups, serverGroupLbs, LOAD_BALANCERS),
      ],
    ];
    for (const [type, lbsOf] of links) {
      for (const link of g.ofTypes(only(type))) {
        const lbs = lbsOf(link);
        for (const group of this.scalingGroupsOf(link)) behind(group, link, lbs);
      }
    }
    for (const a of g.ofTypes(only(T.essAttachment))) {
      const lbs: LoadBalancerInfo[] = [];
      for (const group of this.scalingGroupsOf(a)) {
        for (const lb of this.scalingGroupLbs.get(group) ?? []) if (!lbs.includes(lb)) lbs.push(lb);
      }
      this.addServers(lbs, a, g.refsAt(a, "instanceIds", [], BACKEND_SERVERS));
    }
  }

  /** The scaling groups a link names by `scalingGroupId`; an undecidable one makes it an orphan. */
  private scalingGroupsOf(link: GraphNode): GraphNode[] {
    const refs = this.g.refsAt(link, "scalingGroupId", [], ESS_GROUPS);
    // Its group (and so the load balancers behind it) is undecidable: it could belong to any.
    if (refs.some((r) => r.kind === "unknown")) this.orphan(link, LOAD_BALANCERS);
    return refs.flatMap((r) => (r.kind === "node" ? [r.node] : []));
  }

  /** The load balancers an Auto Scaling group's instances are put behind. */
  lbsOfScalingGroup(group: GraphNode): LoadBalancerInfo[] {
    return this.scalingGroupLbs.get(group) ?? [];
  }

  /** The ALBs of an ALB listener (for alb.Rule host conditions: rule → listener → LB). */
  lbsOfListener(listener: GraphNode): LoadBalancerInfo[] {
    return this.listenerLbs.get(listener) ?? [];
  }
}
