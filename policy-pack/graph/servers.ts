/**
 * Servers and what makes them eligible to give an ICP service code across resources: EIPs bound by
 * `ecs.EipAssociation` (visible only in the stack), and the registry's view of stack servers.
 */
import { type Eligibility, ecsEligibility, sasEligibility } from "../model/eligibility";
import { T } from "../model/resource-types";
import { EIP, ELIGIBLE_SERVERS, LOAD_BALANCERS, SAS } from "../model/type-index";
import type { GraphNode, StackGraph } from "./stack-graph";

/** What an EIP association can bind an EIP to (instanceType EcsInstance, SlbInstance, ...). */
const EIP_TARGETS: ReadonlySet<string> = new Set([
  ...ELIGIBLE_SERVERS,
  ...LOAD_BALANCERS,
  T.eciContainerGroup,
]);

export interface EipBindings {
  /** Servers (and load balancers) with an EIP bound by association. */
  bound: ReadonlySet<GraphNode>;
  /** EIP → what it is bound to. */
  targetOf: ReadonlyMap<GraphNode, GraphNode>;
  /** Associations whose target cannot be decided during preview. */
  undecided: readonly GraphNode[];
}

export function eipBindings(g: StackGraph): EipBindings {
  const bound = new Set<GraphNode>();
  const targetOf = new Map<GraphNode, GraphNode>();
  const undecided: GraphNode[] = [];
  for (const assoc of g.ofTypes(new Set([T.ecsEipAssociation]))) {
    const targets = g.refsAt(assoc, "instanceId", [], EIP_TARGETS);
    const eips = g.refsAt(assoc, "allocationId", [], EIP);
    const linked = targets.filter((r) => r.kind === "node").map((r) => r.node);
    if (targets.some((r) => r.kind === "unknown")) undecided.push(assoc);
    for (const t of linked) bound.add(t);
    for (const e of eips) {
      if (e.kind === "node" && linked.length > 0) targetOf.set(e.node, linked[0]);
    }
  }
  return { bound, targetOf, undecided };
}

/** Eligibility of each stack server, computed once per stack evaluation. */
export class ServerJudge {
  private readonly cache = new Map<GraphNode, Eligibility>();
  readonly eips: EipBindings;

  constructor(private readonly g: StackGraph) {
    this.eips = eipBindings(g);
  }

  eligibility(n: GraphNode): Eligibility {
    let e = this.cache.get(n);
    if (!e) {
      if (SAS.has(n.view.type)) {
        e = sasEligibility(n.view, this.g.env);
      } else {
        const bound = this.eips.bound.has(n)
          ? true
          : this.eips.undecided.length > 0
            ? "unknown"
            : false;
        e = ecsEligibility(n.view, this.g.env, bound);
      }
      this.cache.set(n, e);
    }
    return e;
  }

  servers(): GraphNode[] {
    return this.g.ofTypes(ELIGIBLE_SERVERS);
  }
}

/** The stack's root resource, where registry-wide findings go when no server carries them. */
export function stackRootUrn(g: StackGraph): string {
  const root = g.ofTypes(new Set(["pulumi:pulumi:Stack"]))[0];
  if (root) return root.view.urn;
  const { stack, project } = g.env.stack;
  return `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
}
