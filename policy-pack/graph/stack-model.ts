/**
 * Everything a stack policy reads: the graph and, on first use, each relation index, with
 * regions resolved once per resource. Built once per AnalyzeStack request and shared by every
 * stack policy of that request (see `StackModel.of`); only the policy's own settings differ.
 */
import type { EvalContext } from "../model/context";
import { type ResolvedRegion, resolveRegion } from "../model/regions";
import type { ResourceView } from "../model/resource";
import { DnsIndex } from "./dns";
import { AcceleratorIndex } from "./global-accelerators";
import { IngressIndex } from "./ingresses";
import { LoadBalancerIndex } from "./load-balancers";
import { ServerJudge } from "./servers";
import { type GraphNode, StackGraph } from "./stack-graph";

/** The part of a model that depends only on the resources and the pack environment. */
class StackIndexes {
  readonly graph: StackGraph;
  private _servers?: ServerJudge;
  private _dns?: DnsIndex;
  private _lbs?: LoadBalancerIndex;
  private _ingresses?: IngressIndex;
  private _accelerators?: AcceleratorIndex;
  private readonly regions = new Map<GraphNode, ResolvedRegion>();

  constructor(resources: readonly ResourceView[], ctx: EvalContext) {
    this.graph = new StackGraph(resources, ctx.env);
  }

  get servers(): ServerJudge {
    this._servers ??= new ServerJudge(this.graph);
    return this._servers;
  }

  get dns(): DnsIndex {
    this._dns ??= new DnsIndex(this.graph);
    return this._dns;
  }

  get loadBalancers(): LoadBalancerIndex {
    this._lbs ??= new LoadBalancerIndex(this.graph);
    return this._lbs;
  }

  get ingresses(): IngressIndex {
    this._ingresses ??= new IngressIndex(this.graph);
    return this._ingresses;
  }

  get accelerators(): AcceleratorIndex {
    this._accelerators ??= new AcceleratorIndex(this.graph);
    return this._accelerators;
  }

  region(n: GraphNode): ResolvedRegion {
    let r = this.regions.get(n);
    if (!r) {
      r = resolveRegion(n.view, this.graph.env);
      this.regions.set(n, r);
    }
    return r;
  }
}

interface CacheEntry {
  count: number;
  last: object;
  env: EvalContext["env"];
  indexes: StackIndexes;
}

/**
 * Keyed by the first resource's property object. The pack entry has the SDK deserialise each
 * request once (framework/deserializer-patch.ts), so every stack policy of one AnalyzeStack sees the
 * same property objects, and a later request (a `pulumi up` after its preview) sees new ones.
 */
const cache = new WeakMap<object, CacheEntry>();

export class StackModel {
  private constructor(
    private readonly indexes: StackIndexes,
    readonly ctx: EvalContext,
  ) {}

  /** The model of these resources, shared with the other stack policies of the same request. */
  static of(resources: readonly ResourceView[], ctx: EvalContext): StackModel {
    const first = resources[0]?.props;
    const last = resources[resources.length - 1]?.props;
    const entry = first ? cache.get(first) : undefined;
    if (entry && entry.count === resources.length && entry.last === last && entry.env === ctx.env) {
      return new StackModel(entry.indexes, ctx);
    }
    const indexes = new StackIndexes(resources, ctx);
    if (first && last) cache.set(first, { count: resources.length, last, env: ctx.env, indexes });
    return new StackModel(indexes, ctx);
  }

  get graph(): StackGraph {
    return this.indexes.graph;
  }

  get servers(): ServerJudge {
    return this.indexes.servers;
  }

  get dns(): DnsIndex {
    return this.indexes.dns;
  }

  get loadBalancers(): LoadBalancerIndex {
    return this.indexes.loadBalancers;
  }

  get ingresses(): IngressIndex {
    return this.indexes.ingresses;
  }

  get accelerators(): AcceleratorIndex {
    return this.indexes.accelerators;
  }

  region(n: GraphNode): ResolvedRegion {
    return this.indexes.region(n);
  }

  /** Mainland for ICP purposes: resolved mainland, or undetermined unless unknownRegion is skip. */
  inMainland(n: GraphNode): boolean {
    const r = this.region(n);
    if (!r.mainland) return false;
    return !(r.undetermined && this.ctx.settings.unknownRegion === "skip");
  }
}
