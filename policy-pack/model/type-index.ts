/**
 * What the pack asks of the resource-type table (resource-types/): a row by type token (what
 * the product is called, the input holding its domain, whether it takes tags), and the groups of
 * tokens the stack graph and the policies match on; a group is a set, so matching is one lookup.
 */
import type { Lang } from "./context";
import { ROWS, T, type TypeName } from "./resource-types";
import type { Facts, ResourceType } from "./resource-types/row";

const BY_TOKEN: ReadonlyMap<string, ResourceType> = new Map(ROWS.map((r) => [r.token, r]));

/** What a type is called in a message, if the pack knows it. */
export function typeDisplayName(token: string, lang: Lang): string | undefined {
  return BY_TOKEN.get(token)?.names[lang];
}

/** The input that holds the domain a resource of this type declares. */
export function domainInputOf(token: string): string | undefined {
  return BY_TOKEN.get(token)?.domainInput;
}

/** The SDK class of this type has a `tags` input. */
export function takesTags(token: string): boolean {
  return BY_TOKEN.get(token)?.tags === true;
}

/**
 * `alicloud:cdn/domainNew:DomainNew` → `cdn.DomainNew`, as the SDK names the class; a Kubernetes
 * token `kubernetes:networking.k8s.io/v1:Ingress` → `k8s.networking.v1.Ingress`, as
 * `@pulumi/kubernetes` does.
 */
export function shortType(type: string): string {
  const k8s = /^kubernetes:([^/:.]+)[^/:]*\/([^:]+):(.+)$/.exec(type);
  if (k8s) return `k8s.${k8s[1]}.${k8s[2]}.${k8s[3]}`;
  const m = /^[^:]+:([^/:]+)\/[^:]*:(.+)$/.exec(type);
  return m ? `${m[1]}.${m[2]}` : type;
}

function withFact(fact: keyof Facts): ReadonlySet<string> {
  return new Set(ROWS.filter((r) => r[fact] !== undefined).map((r) => r.token));
}

function set(...names: TypeName[]): ReadonlySet<string> {
  return new Set(names.map((n) => T[n]));
}

/** CDN domains whose origins the pack follows (`icp-cdn-origin-access`). */
export const CDN_ORIGIN_DOMAINS = set("cdnDomainNew", "cdnDomain", "dcdnDomain");
export const ECS_LIKE = set("ecsInstance", "ecsInstanceSet");
export const SAS = set("sasInstance");
/** Standalone servers that can give an ICP service code (not `cs.NodePool`). */
export const ELIGIBLE_SERVERS = set("ecsInstance", "ecsInstanceSet", "sasInstance");
export const EIP = set("ecsEipAddress", "ecsEip");
export const CLB = set("slbApplicationLoadBalancer", "slbLoadBalancer");
export const ALB = set("albLoadBalancer");
export const NLB = set("nlbLoadBalancer");
export const LOAD_BALANCERS: ReadonlySet<string> = new Set([...CLB, ...ALB, ...NLB]);
export const K8S_CLUSTERS = set("csManagedKubernetes", "csKubernetes", "csServerlessKubernetes");
export const DDOS_INSTANCES = set("ddosCooInstance", "dnsDdosCooInstance");
export const DNS_RECORDS = set("dnsAlidnsRecord", "dnsRecord");

// Issue 11: Global Accelerator, Auto Scaling, SAE and Kubernetes (`@pulumi/kubernetes` 4.x
// tokens: not rows of the Alibaba table, matched as strings all the same; never loaded).
export const GA_ACCELERATORS = set("gaAccelerator", "gaBasicAccelerator");
export const GA_ENDPOINT_GROUPS = set("gaEndpointGroup", "gaBasicEndpointGroup");
/** Resources that declare a domain served by a Global Accelerator. */
export const GA_DOMAINS = set("gaDomain", "gaForwardingRule");
export const ESS_GROUPS = set("essScalingGroup");
export const SAE_INGRESSES = set("saeIngress");
export const KUBERNETES_PROVIDER = "pulumi:providers:kubernetes";
export const K8S_INGRESSES: ReadonlySet<string> = new Set([
  "kubernetes:networking.k8s.io/v1:Ingress",
  "kubernetes:networking.k8s.io/v1beta1:Ingress",
  "kubernetes:extensions/v1beta1:Ingress",
]);

/** The only resources with their own `region` input (every other takes its provider's). */
export const OWN_REGION = withFact("ownRegion");

/** Every resource token of the table (not the provider's, PROVIDER). */
export const ALL_TOKENS: ReadonlySet<string> = new Set(BY_TOKEN.keys());
