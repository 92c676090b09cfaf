/**
 * CDN and DCDN origins: which sources sit on Alibaba compute of this stack, and which host the CDN
 * asks the origin for (policy-pack/policies/icp-cdn-origin-access/README.md): the accelerated domain for IP origins,
 * the origin domain for domain origins, or the host that `cdn.DomainConfig` set_req_host_header
 * sets for all of them.
 */
import { normaliseDomain } from "../model/domains";
import { type Read, readArray, readRaw, readString } from "../model/props";
import { T } from "../model/resource-types";
import { isAlibabaEndpoint } from "./compute";
import type { DnsIndex, Target } from "./dns";
import type { GraphNode, StackGraph } from "./stack-graph";

export interface Origin {
  /** `sources[0]` and the content as it may be printed. */
  label: string;
  /** Where the origin is: compute targets, or unknown. */
  targets: Target[];
  /** The host the CDN sends back to the origin. */
  host: Read<string>;
  hostField: string;
  how: "accelerated" | "origin" | "host-header";
}

interface SourceEntry {
  index: number;
  type: Read<string>;
  content: Read<string>;
}

function sourcesOf(cdn: GraphNode): SourceEntry[] | "unknown" {
  const list = readArray(cdn.view.props, "sources");
  if (list.kind === "unknown") return "unknown";
  if (list.kind !== "known") return [];
  const legacyType = readString(cdn.view.props, "sourceType");
  return list.value.map((el, index) => {
    // Legacy cdn.Domain: sources are plain strings, one sourceType for all.
    const plain = readRaw({ el }, "el");
    if (plain.kind === "known" && typeof plain.value === "string") {
      return {
        index,
        type: legacyType,
        content: { kind: "known", value: plain.value, secret: plain.secret },
      };
    }
    if (plain.kind === "unknown")
      return { index, type: { kind: "unknown" }, content: { kind: "unknown" } };
    return { index, type: readString(el, "type"), content: readString(el, "content") };
  });
}

/** Host headers set by cdn.DomainConfig `set_req_host_header`, by CDN domain resource. */
export function hostHeaders(
  g: StackGraph,
  cdnNodes: readonly GraphNode[],
): Map<GraphNode, Read<string>> {
  const byDomain = new Map<string, GraphNode>();
  for (const n of cdnNodes) {
    const d = readString(n.view.props, "domainName");
    if (d.kind === "known") {
      const nd = normaliseDomain(d.value);
      if (nd.ok) byDomain.set(nd.domain, n);
    }
  }
  const out = new Map<GraphNode, Read<string>>();
  for (const cfg of g.ofTypes(new Set([T.cdnDomainConfig]))) {
    const fn = readString(cfg.view.props, "functionName");
    if (fn.kind !== "known" || fn.value !== "set_req_host_header") continue;
    const d = readString(cfg.view.props, "domainName");
    let target: GraphNode | undefined;
    if (d.kind === "known") {
      const nd = normaliseDomain(d.value);
      target = nd.ok ? byDomain.get(nd.domain) : undefined;
    } else {
      target = g.dependenciesOf(cfg, "domainName", new Set(cdnNodes.map((n) => n.view.type)))[0];
    }
    if (!target) continue;
    const args = readArray(cfg.view.props, "functionArgs");
    let host: Read<string> = { kind: "missing" };
    if (args.kind === "unknown") host = { kind: "unknown" };
    else if (args.kind === "known") {
      for (const a of args.value) {
        const name = readString(a, "argName");
        if (name.kind === "known" && name.value === "domain_name") host = readString(a, "argValue");
      }
    }
    if (host.kind !== "missing") out.set(target, host);
  }
  return out;
}

/** Origins of one CDN domain that sit on (or may sit on) Alibaba compute of this stack. */
export function computeOrigins(
  g: StackGraph,
  dns: DnsIndex,
  cdn: GraphNode,
  hostHeader: Read<string> | undefined,
): Origin[] {
  const accelerated = readString(cdn.view.props, "domainName");
  const sources = sourcesOf(cdn);
  const entries: SourceEntry[] =
    sources === "unknown"
      ? [{ index: -1, type: { kind: "unknown" }, content: { kind: "unknown" } }]
      : sources;
  const origins: Origin[] = [];
  for (const s of entries) {
    const label = s.index < 0 ? "sources" : `sources[${s.index}]`;
    const type = s.type.kind === "known" ? s.type.value.toLowerCase() : undefined;
    if (type === "oss") continue;
    let targets: Target[];
    let originHost: Read<string> = s.content;
    let originField = `${label}.content`;
    if (s.content.kind === "known") {
      if (isAlibabaEndpoint(s.content.value)) continue;
      targets = dns.targetsOfAddress(s.content.value);
    } else if (s.content.kind === "unknown") {
      const deps = g.allDependenciesOf(cdn, "sources");
      if (deps.length === 0) {
        targets = [{ kind: "unknown", field: label }];
      } else {
        targets = [];
        for (const d of deps) {
          if (d.view.type === T.dnsAlidnsRecord || d.view.type === T.dnsRecord) {
            const rec = dns.recordOf(d);
            if (rec) {
              originHost = rec.host;
              originField = rec.hostField;
            }
          }
          // An ALB/NLB DNS name is an Alibaba endpoint: a domain origin there needs nothing.
          if (
            type === "domain" &&
            (d.view.type === T.albLoadBalancer || d.view.type === T.nlbLoadBalancer)
          )
            continue;
          targets.push(...dns.targetsOfNode(d));
        }
      }
    } else {
      continue;
    }
    // Alibaba endpoints reached through a CNAME of the stack need nothing (like *.aliyuncs.com).
    const onCompute = targets.filter((t) => t.kind === "compute" || t.kind === "unknown");
    if (onCompute.length === 0) continue;
    // A domain origin is asked for its own name; an IP origin for the accelerated domain.
    const domainOrigin =
      type === "domain" ||
      (type === undefined && s.content.kind === "known" && !isIpLike(s.content));
    if (hostHeader) {
      const hostField = "cdn.DomainConfig set_req_host_header";
      origins.push({ label, targets: onCompute, host: hostHeader, hostField, how: "host-header" });
    } else if (domainOrigin) {
      origins.push({
        label,
        targets: onCompute,
        host: originHost,
        hostField: originField,
        how: "origin",
      });
    } else {
      origins.push({
        label,
        targets: onCompute,
        host: accelerated,
        hostField: "domainName",
        how: "accelerated",
      });
    }
  }
  return origins;
}

function isIpLike(r: Read<string>): boolean {
  if (r.kind !== "known") return false;
  const n = normaliseDomain(r.value);
  return !n.ok && n.reason === "ip";
}
