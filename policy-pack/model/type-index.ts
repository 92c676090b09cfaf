/**
 * What the pack asks of the resource-type table (resource-types.ts): a row by type token (what
 * the product is called, the input holding its domain, whether it takes tags), and the groups of
 * tokens the stack graph and the policies match on; a group is a set, so matching is one lookup.
 */
import type { Lang } from "./context";
import { type Facts, type ResourceType, ROWS, T, type TypeName } from "./resource-types";

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

/** `alicloud:cdn/domainNew:DomainNew` → `cdn.DomainNew`, as the SDK names the class. */
export function shortType(type: string): string {
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

/** The only resources with their own `region` input (every other takes its provider's). */
export const OWN_REGION = withFact("ownRegion");

/** Every resource token of the table (not the provider's, PROVIDER). */
export const ALL_TOKENS: ReadonlySet<string> = new Set(BY_TOKEN.keys());
