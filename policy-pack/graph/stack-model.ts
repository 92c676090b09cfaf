/**
 * Everything a stack policy reads, built once per `validateStack` call: the graph and, on first
 * use, each relation index. Regions are resolved once per resource.
 */
import type { EvalContext } from "../model/context";
import { type ResolvedRegion, resolveRegion } from "../model/regions";
import type { ResourceView } from "../model/resource";
import { DnsIndex } from "./dns";
import { LoadBalancerIndex } from "./load-balancers";
import { ServerJudge } from "./servers";
import { type GraphNode, StackGraph } from "./stack-graph";

export class StackModel {
  readonly graph: StackGraph;
  private _servers?: ServerJudge;
  private _dns?: DnsIndex;
  private _lbs?: LoadBalancerIndex;
  private readonly regions = new Map<GraphNode, ResolvedRegion>();

  constructor(
    resources: readonly ResourceView[],
    readonly ctx: EvalContext,
  ) {
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

  region(n: GraphNode): ResolvedRegion {
    let r = this.regions.get(n);
    if (!r) {
      r = resolveRegion(n.view, this.ctx.env);
      this.regions.set(n, r);
    }
    return r;
  }

  /** Mainland for ICP purposes: resolved mainland, or undetermined unless unknownRegion is skip. */
  inMainland(n: GraphNode): boolean {
    const r = this.region(n);
    if (!r.mainland) return false;
    return !(r.undetermined && this.ctx.settings.unknownRegion === "skip");
  }
}
