/**
 * Ingresses that put domains on Alibaba compute without a load-balancer rule of their own:
 *
 * - Kubernetes Ingresses deployed through a Kubernetes provider whose `kubeconfig` was computed
 *   from an ACK cluster of the stack (its `propertyDependencies`; else the provider's
 *   `dependencies`, i.e. `dependsOn`), or holds a cluster's id (a deployed kubeconfig names the
 *   cluster in its contexts). A default provider, or a kubeconfig read from config, ties the
 *   Ingress to no cluster.
 * - `sae.Ingress` rules, each on the SAE application it routes to, behind the CLB `slbId` names.
 *
 * Cluster ids are indexed once and each provider's kubeconfig read once: linear in the stack.
 */
import {
  type Read,
  readArray,
  readRaw,
  readString,
  readStringList,
  withSecret,
} from "../model/props";
import { T } from "../model/resource-types";
import { K8S_CLUSTERS, K8S_INGRESSES, KUBERNETES_PROVIDER } from "../model/type-index";
import type { GraphNode, StackGraph } from "./stack-graph";

/** A domain as declared, with the input path it was read from. */
export type DeclaredDomain = [Read<string>, string];

export type ClusterLink =
  | { kind: "clusters"; clusters: GraphNode[] }
  /** No cluster of this stack: why, for the not-applicable reason. */
  | { kind: "unknown"; why: "default-provider" | "not-linked" };

export interface K8sIngressInfo {
  node: GraphNode;
  hosts: DeclaredDomain[];
  cluster: ClusterLink;
}

/** `spec.rules[].host` and `spec.tls[].hosts[]`, each host once (the first place it appears). */
function ingressHosts(n: GraphNode): DeclaredDomain[] {
  const out: DeclaredDomain[] = [];
  const seen = new Set<string>();
  const add = (value: Read<string>, field: string) => {
    const key = value.kind === "known" ? value.value.trim().toLowerCase() : `${field}`;
    if (value.kind === "missing" || seen.has(key)) return;
    seen.add(key);
    out.push([value, field]);
  };
  const spec = readRaw(n.view.props, "spec");
  if (spec.kind === "unknown") return [[{ kind: "unknown" }, "spec"]];
  const rules = readArray(n.view.props, "spec", "rules");
  if (rules.kind === "unknown") add({ kind: "unknown" }, "spec.rules");
  else if (rules.kind === "known") {
    rules.value.forEach((r, i) => {
      add(withSecret(readString(r, "host"), rules.secret), `spec.rules[${i}].host`);
    });
  }
  const tls = readArray(n.view.props, "spec", "tls");
  if (tls.kind === "unknown") add({ kind: "unknown" }, "spec.tls");
  else if (tls.kind === "known") {
    tls.value.forEach((t, i) => {
      const hosts = withSecret(readArray(t, "hosts"), tls.secret);
      for (const [host, field] of readStringList(hosts, `spec.tls[${i}].hosts`)) add(host, field);
    });
  }
  return out;
}

export class IngressIndex {
  readonly k8s: readonly K8sIngressInfo[];
  private readonly clustersById = new Map<string, GraphNode>();
  private readonly byProvider = new Map<string, ClusterLink>();

  constructor(private readonly g: StackGraph) {
    for (const c of g.ofTypes(K8S_CLUSTERS)) if (c.id) this.clustersById.set(c.id, c);
    this.k8s = g.ofTypes(K8S_INGRESSES).map((node) => ({
      node,
      hosts: ingressHosts(node),
      cluster: this.clusterOf(node),
    }));
  }

  private clusterOf(ingress: GraphNode): ClusterLink {
    const p = ingress.view.provider;
    if (!p || p.type !== KUBERNETES_PROVIDER) return { kind: "unknown", why: "not-linked" };
    if (/^default(_|$)/.test(p.name)) return { kind: "unknown", why: "default-provider" };
    let link = this.byProvider.get(p.urn);
    if (!link) {
      link = this.providerClusters(this.g.byUrn(p.urn), p.props);
      this.byProvider.set(p.urn, link);
    }
    return link;
  }

  /** Through the kubeconfig's propertyDependencies, else the cluster ids the kubeconfig holds. */
  private providerClusters(
    node: GraphNode | undefined,
    props: Readonly<Record<string, unknown>>,
  ): ClusterLink {
    if (node) {
      const deps = this.g.dependenciesOf(node, "kubeconfig", K8S_CLUSTERS);
      if (deps.length > 0) return { kind: "clusters", clusters: deps };
      // Pulumi drops an invoke's dependencies while its inputs are unknown, so a kubeconfig from
      // cs.getClusterCredentialOutput({ clusterId: cluster.id }) names no cluster on a first
      // preview: the provider's dependsOn (its `dependencies`) is the link then.
      const explicit = node.view.dependencies
        .map((u) => this.g.byUrn(u))
        .filter((n): n is GraphNode => n !== undefined && K8S_CLUSTERS.has(n.view.type));
      if (explicit.length > 0) return { kind: "clusters", clusters: explicit };
    }
    const kubeconfig = readString(node?.view.props ?? props, "kubeconfig");
    if (kubeconfig.kind !== "known" || this.clustersById.size === 0) {
      return { kind: "unknown", why: "not-linked" };
    }
    const clusters: GraphNode[] = [];
    // Ids are compared whole: split on what never occurs in an id, with and without hyphens.
    const words = [
      ...kubeconfig.value.split(/[^A-Za-z0-9-]+/),
      ...kubeconfig.value.split(/[^A-Za-z0-9]+/),
    ];
    for (const w of words) {
      const c = this.clustersById.get(w);
      if (c && !clusters.includes(c)) clusters.push(c);
    }
    return clusters.length > 0
      ? { kind: "clusters", clusters }
      : { kind: "unknown", why: "not-linked" };
  }

  /**
   * The rules of an `sae.Ingress`: each domain with the SAE application it routes to (none when
   * `appId` names no application of the stack), and the CLB that `slbId` names.
   */
  saeRules(ingress: GraphNode): {
    rules: Array<{ domain: DeclaredDomain; apps: GraphNode[] }>;
    slbs: GraphNode[];
  } {
    const g = this.g;
    const slbs = g
      .refsAt(ingress, "slbId", [], new Set([T.slbApplicationLoadBalancer, T.slbLoadBalancer]))
      .flatMap((r) => (r.kind === "node" ? [r.node] : []));
    const list = readArray(ingress.view.props, "rules");
    if (list.kind === "unknown")
      return { rules: [{ domain: [{ kind: "unknown" }, "rules"], apps: [] }], slbs };
    if (list.kind !== "known") return { rules: [], slbs };
    const apps = new Set([T.saeApplication]);
    const rules = list.value.map((rule, i) => {
      const appId = readString(rule, "appId");
      // A rule's app by id when known, else every application the rules were computed from
      // (propertyDependencies do not say which rule): mainland when any of them is.
      let linked: GraphNode[] = [];
      if (appId.kind === "known") {
        const n = g.byId(appId.value, apps);
        if (n) linked = [n];
      }
      if (linked.length === 0 && appId.kind !== "missing") {
        linked = g.dependenciesOf(ingress, "rules", apps);
      }
      return {
        domain: [
          withSecret(readString(rule, "domain"), list.secret),
          `rules[${i}].domain`,
        ] as DeclaredDomain,
        apps: linked,
      };
    });
    return { rules, slbs };
  }
}
