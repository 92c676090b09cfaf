/**
 * DNS records in the stack and what they point at. A record resolves to mainland compute when its
 * value is a known address of a stack resource (EIP, ECS public IP, CLB address, ALB/NLB DNS
 * name, SAS or ECI IP), when it was computed from such a resource (propertyDependencies), or when
 * it is a CNAME to another record of the stack that does. A CNAME to an Alibaba endpoint host
 * name outside the stack (model/endpoints.ts) is judged by what the name says.
 */
import { normaliseDomain } from "../model/domains";
import { type EndpointHost, endpointHost } from "../model/endpoints";
import { type Read, readString } from "../model/props";
import { T } from "../model/resource-types";
import { DNS_RECORDS } from "../model/type-index";
import { COMPUTE } from "./compute";
import type { GraphNode, StackGraph } from "./stack-graph";

export type Target =
  | { kind: "compute"; node: GraphNode }
  /** The value is unknown during preview and nothing says what it was computed from. */
  | { kind: "unknown"; field: string }
  /** An Alibaba endpoint host name; `shown` is the name as a message may print it. */
  | { kind: "endpoint"; endpoint: EndpointHost; shown: string; secret: boolean }
  /** Somewhere that is not Alibaba compute of this stack (a literal IP elsewhere, a CDN CNAME). */
  | { kind: "elsewhere" };

export interface DnsRecordInfo {
  node: GraphNode;
  /** The full host name (`rr.zone`), or why it cannot be read. */
  host: Read<string>;
  hostField: string;
  type: Read<string>;
  targets: Target[];
}

const ADDRESS_TYPES = new Set(["A", "AAAA", "CNAME"]);

function hostOf(n: GraphNode): { host: Read<string>; field: string } {
  const alidns = n.view.type === T.dnsAlidnsRecord;
  const zoneField = alidns ? "domainName" : "name";
  const rrField = alidns ? "rr" : "hostRecord";
  const zone = readString(n.view.props, zoneField);
  const rr = readString(n.view.props, rrField);
  const field = `${rrField}.${zoneField}`;
  if (zone.kind !== "known") return { host: zone, field: zoneField };
  if (rr.kind === "missing") return { host: zone, field: zoneField };
  if (rr.kind !== "known") return { host: rr, field: rrField };
  const label = rr.value.trim();
  const host = label === "@" || label === "" ? zone.value : `${label}.${zone.value}`;
  return { host: { kind: "known", value: host, secret: zone.secret || rr.secret }, field };
}

export class DnsIndex {
  readonly records: readonly DnsRecordInfo[];
  private readonly byHost = new Map<string, DnsRecordInfo[]>();
  private readonly byNode = new Map<GraphNode, DnsRecordInfo>();

  constructor(private readonly g: StackGraph) {
    const records: DnsRecordInfo[] = [];
    for (const node of g.ofTypes(DNS_RECORDS)) {
      const { host, field } = hostOf(node);
      const info: DnsRecordInfo = {
        node,
        host,
        hostField: field,
        type: readString(node.view.props, "type"),
        targets: [],
      };
      records.push(info);
      this.byNode.set(node, info);
      if (host.kind === "known") {
        const n = normaliseDomain(host.value);
        if (n.ok) {
          const list = this.byHost.get(n.domain) ?? [];
          list.push(info);
          this.byHost.set(n.domain, list);
        }
      }
    }
    this.records = records;
    // Targets after the host index exists, so CNAME chains inside the stack can be followed.
    for (const r of records) r.targets = this.resolve(r, 0, new Set());
  }

  recordOf(n: GraphNode): DnsRecordInfo | undefined {
    return this.byNode.get(n);
  }

  /** Records of the stack for a (normalised) host name. */
  recordsFor(host: string): DnsRecordInfo[] {
    return this.byHost.get(host) ?? [];
  }

  /** Whether a record's type makes it point at an address (A, AAAA, CNAME; unknown: maybe). */
  static pointsAtAddress(r: DnsRecordInfo): boolean {
    return r.type.kind !== "known" || ADDRESS_TYPES.has(r.type.value.trim().toUpperCase());
  }

  private resolve(r: DnsRecordInfo, depth: number, seen: Set<DnsRecordInfo>): Target[] {
    if (!DnsIndex.pointsAtAddress(r) || seen.has(r) || depth > 4) return [];
    seen.add(r);
    const value = readString(r.node.view.props, "value");
    if (value.kind === "known")
      return this.targetsOfAddress(value.value, depth, seen, value.secret);
    if (value.kind !== "unknown") return [];
    const deps = this.g.allDependenciesOf(r.node, "value");
    if (deps.length === 0) return [{ kind: "unknown", field: "value" }];
    return deps.flatMap((d) => this.targetsOfNode(d, depth, seen));
  }

  /** What a literal address (IP or host name) points at. */
  targetsOfAddress(
    address: string,
    depth = 0,
    seen = new Set<DnsRecordInfo>(),
    secret = false,
  ): Target[] {
    const a = address.trim().replace(/\.$/, "");
    const n = this.g.byAddress(a);
    if (n && COMPUTE.has(n.view.type)) return [{ kind: "compute", node: n }];
    const host = normaliseDomain(a);
    if (host.ok) {
      const endpoint = endpointHost(host.domain);
      if (endpoint) {
        return [{ kind: "endpoint", endpoint, shown: secret ? "[secret]" : host.domain, secret }];
      }
      const chained = this.recordsFor(host.domain).flatMap((r) => this.resolve(r, depth + 1, seen));
      if (chained.length > 0) return chained;
    }
    return [{ kind: "elsewhere" }];
  }

  /** What a resource that a value was computed from stands for. */
  targetsOfNode(d: GraphNode, depth = 0, seen = new Set<DnsRecordInfo>()): Target[] {
    if (COMPUTE.has(d.view.type)) return [{ kind: "compute", node: d }];
    if (DNS_RECORDS.has(d.view.type)) {
      const rec = this.byNode.get(d);
      if (rec) return this.resolve(rec, depth + 1, seen);
    }
    return [{ kind: "elsewhere" }];
  }
}
