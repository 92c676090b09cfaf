/**
 * Global Accelerator: which endpoint groups each accelerator forwards to, and where they are. An
 * accelerator has no region that decides ICP; an endpoint group's `endpointGroupRegion` does
 * (policy-pack/policies/icp-ga-domain/README.md). Endpoint groups are indexed once by the
 * accelerator they name, in the stack or by a literal id: linear in the stack.
 */

import { readString } from "../model/props";
import { classifyRegion } from "../model/regions";
import type { PolicySettings } from "../model/settings";
import { GA_ACCELERATORS, GA_ENDPOINT_GROUPS } from "../model/type-index";
import { type GraphNode, push, type Ref, type StackGraph } from "./stack-graph";

/** Where one endpoint group forwards to, as far as its inputs say. */
export type GroupPlace =
  | { kind: "region"; region: string; mainland: boolean; secret: boolean }
  /** Unknown during preview: counts as mainland until it is known. */
  | { kind: "unknown" }
  /** Missing or not a string: undetermined, mainland unless unknownRegion is skip. */
  | { kind: "undetermined" };

export interface GroupInfo {
  node: GraphNode;
  place: GroupPlace;
}

export class AcceleratorIndex {
  private readonly byNode = new Map<GraphNode, GroupInfo[]>();
  private readonly byExternalId = new Map<string, GroupInfo[]>();
  /** Endpoint groups whose accelerator cannot be decided during preview. */
  readonly orphans: GraphNode[] = [];

  constructor(private readonly g: StackGraph) {
    for (const eg of g.ofTypes(GA_ENDPOINT_GROUPS)) {
      const info: GroupInfo = { node: eg, place: placeOf(eg) };
      for (const r of g.refsAt(eg, "acceleratorId", [], GA_ACCELERATORS)) {
        if (r.kind === "node") push(this.byNode, r.node, info);
        else if (r.kind === "external") push(this.byExternalId, r.id, info);
        else this.orphans.push(eg);
      }
    }
  }

  /** The accelerators a resource names in `acceleratorId`. */
  acceleratorsOf(n: GraphNode): Ref[] {
    return this.g.refsAt(n, "acceleratorId", [], GA_ACCELERATORS);
  }

  /** The endpoint groups of an accelerator of the stack, or of one known by its id only. */
  groupsOf(ref: Ref): GroupInfo[] {
    if (ref.kind === "node") return this.byNode.get(ref.node) ?? [];
    if (ref.kind === "external") return this.byExternalId.get(ref.id) ?? [];
    return [];
  }
}

function placeOf(eg: GraphNode): GroupPlace {
  const r = readString(eg.view.props, "endpointGroupRegion");
  if (r.kind === "unknown") return { kind: "unknown" };
  if (r.kind !== "known" || r.value.trim() === "") return { kind: "undetermined" };
  const region = r.value.trim().toLowerCase();
  return { kind: "region", region, mainland: classifyRegion(region).mainland, secret: r.secret };
}

/** Whether a group counts as mainland under the policy's settings. */
export function groupInMainland(p: GroupPlace, settings: PolicySettings): boolean {
  if (p.kind === "region") return p.mainland;
  if (p.kind === "undetermined") return settings.unknownRegion !== "skip";
  return true;
}
