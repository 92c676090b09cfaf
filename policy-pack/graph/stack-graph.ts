/**
 * The stack as a graph: every relation the stack policies need, built once per validateStack in
 * time linear in the number of resources (maps by URN, id, type and address; no nested scans).
 *
 * A reference between resources is followed by id when the id is known (deployed state, literal
 * ids) and by `propertyDependencies` when it is not (a first preview, where ids are unknown). A
 * reference that neither can decide is an explicit `unknown` the policy sees, never a missing edge
 * that would let a check pass silently.
 */
import type { PackEnvironment } from "../model/context";
import { type Read, readRaw, readString } from "../model/props";
import type { ResourceView } from "../model/resource";

export interface GraphNode {
  readonly view: ResourceView;
  /** The resource's id when known (outputs carry `id` for bridged providers). */
  readonly id?: string;
}

export type Ref =
  | { kind: "node"; node: GraphNode }
  /** A known id that names no resource of the accepted types in this stack (secret: print "[secret]"). */
  | { kind: "external"; id: string; secret: boolean }
  /** Unknown during preview, and no propertyDependencies say what it is. */
  | { kind: "unknown"; field: string };

/** Output properties that hold an address a DNS record or CDN origin may point at. */
const ADDRESS_OUTPUTS = [
  "ipAddress",
  "publicIp",
  "address",
  "dnsName",
  "publicIpAddress",
  "internetIp",
];

export class StackGraph {
  readonly nodes: readonly GraphNode[];
  private readonly urnIndex = new Map<string, GraphNode>();
  private readonly idIndex = new Map<string, GraphNode[]>();
  private readonly typeIndex = new Map<string, GraphNode[]>();
  private readonly addressIndex = new Map<string, GraphNode>();

  constructor(
    resources: readonly ResourceView[],
    readonly env: PackEnvironment,
  ) {
    this.nodes = resources.map((view) => {
      const id = readString(view.props, "id");
      return id.kind === "known" && id.value !== "" ? { view, id: id.value } : { view };
    });
    for (const n of this.nodes) {
      this.urnIndex.set(n.view.urn, n);
      if (n.id !== undefined) push(this.idIndex, n.id, n);
      push(this.typeIndex, n.view.type, n);
      for (const key of ADDRESS_OUTPUTS) {
        const a = readString(n.view.props, key);
        if (a.kind === "known" && a.value !== "") this.addressIndex.set(a.value.toLowerCase(), n);
      }
    }
  }

  byUrn(urn: string): GraphNode | undefined {
    return this.urnIndex.get(urn);
  }

  ofTypes(types: ReadonlySet<string>): GraphNode[] {
    const out: GraphNode[] = [];
    for (const t of types) out.push(...(this.typeIndex.get(t) ?? []));
    // Stable order whatever the set's order: the engine's order of registration.
    return out.sort((a, b) => this.order(a) - this.order(b));
  }

  private orderCache?: Map<GraphNode, number>;
  private order(n: GraphNode): number {
    if (!this.orderCache) this.orderCache = new Map(this.nodes.map((x, i) => [x, i]));
    return this.orderCache.get(n) ?? 0;
  }

  /** The resource whose known output address (IP or host name) is `address`. */
  byAddress(address: string): GraphNode | undefined {
    return this.addressIndex.get(address.toLowerCase());
  }

  /** The resource of an accepted type with this id. */
  byId(id: string, accept: ReadonlySet<string>): GraphNode | undefined {
    return this.idIndex.get(id)?.find((n) => accept.has(n.view.type));
  }

  /** Every stack resource that `from`'s input `field` was computed from. */
  allDependenciesOf(from: GraphNode, field: string): GraphNode[] {
    const out: GraphNode[] = [];
    for (const u of from.view.propertyDependencies[field] ?? []) {
      const n = this.urnIndex.get(u);
      if (n && !out.includes(n)) out.push(n);
    }
    return out;
  }

  /** Resources of the accepted types that `from`'s input `field` was computed from. */
  dependenciesOf(from: GraphNode, field: string, accept: ReadonlySet<string>): GraphNode[] {
    const urns = from.view.propertyDependencies[field] ?? [];
    const out: GraphNode[] = [];
    for (const u of urns) {
      const n = this.urnIndex.get(u);
      if (n && accept.has(n.view.type) && !out.includes(n)) out.push(n);
    }
    return out;
  }

  /**
   * Follows a reference held in `from`'s input: `topField` is the top-level input (what
   * propertyDependencies is keyed by), `value` the id read at any depth inside it.
   */
  follow(
    from: GraphNode,
    topField: string,
    value: Read<string>,
    accept: ReadonlySet<string>,
  ): Ref[] {
    if (value.kind === "known" && value.value !== "") {
      const n = this.byId(value.value, accept);
      if (n) return [{ kind: "node", node: n }];
      // An id that names no stack resource may still be one a dependency produced (an id not
      // yet in outputs): trust propertyDependencies before calling it external.
      const deps = this.dependenciesOf(from, topField, accept);
      if (deps.length > 0) return deps.map((node) => ({ kind: "node", node }));
      return [{ kind: "external", id: value.value, secret: value.secret }];
    }
    if (value.kind === "unknown") {
      const deps = this.dependenciesOf(from, topField, accept);
      if (deps.length > 0) return deps.map((node) => ({ kind: "node", node }));
      return [{ kind: "unknown", field: topField }];
    }
    return [];
  }

  /**
   * Follows every id found at `path` inside input `topField`, through any lists on the way:
   * `refsAt(n, "loadBalancerId")`, `refsAt(n, "instanceIds")`, `refsAt(n, "backendServers",
   * ["serverId"])`, `refsAt(n, "defaultActions", ["forwardGroupConfig", "serverGroupTuples",
   * "serverGroupId"])`. An unknown anywhere on the way resolves through the propertyDependencies
   * of the whole input, so a list with one unknown id still links to what it was computed from.
   */
  refsAt(
    from: GraphNode,
    topField: string,
    path: readonly string[],
    accept: ReadonlySet<string>,
  ): Ref[] {
    const leaves: Read<string>[] = [];
    collect(readRaw(from.view.props, topField), path, leaves);
    const refs: Ref[] = [];
    let sawUnknown = false;
    for (const leaf of leaves) {
      if (leaf.kind === "unknown") sawUnknown = true;
      else if (leaf.kind === "known") refs.push(...this.follow(from, topField, leaf, accept));
    }
    if (sawUnknown) refs.push(...this.follow(from, topField, { kind: "unknown" }, accept));
    return dedupeRefs(refs);
  }
}

/** Gathers the string values at `path` below `r`, flattening lists; unknowns are kept as such. */
function collect(r: Read<unknown>, path: readonly string[], out: Read<string>[]): void {
  if (r.kind === "unknown") {
    out.push({ kind: "unknown" });
    return;
  }
  if (r.kind !== "known") return;
  if (Array.isArray(r.value)) {
    for (const el of r.value) collect(readRaw({ el }, "el"), path, out);
    return;
  }
  if (path.length === 0) {
    if (typeof r.value === "string") out.push({ kind: "known", value: r.value, secret: r.secret });
    return;
  }
  collect(readRaw(r.value, path[0]), path.slice(1), out);
}

/** Appends `v` to the list of `k`. */
export function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function dedupeRefs(refs: Ref[]): Ref[] {
  const seen = new Set<string>();
  const out: Ref[] = [];
  for (const r of refs) {
    const key =
      r.kind === "node"
        ? `n:${r.node.view.urn}`
        : r.kind === "external"
          ? `e:${r.id}`
          : `u:${r.field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
