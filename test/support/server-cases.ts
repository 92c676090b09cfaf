/**
 * Builders shared by the cases of the service-code server policies: servers, clusters and EIPs in
 * both linking modes. A preview-shaped stack has no ids and links the EIP association only through
 * `propertyDependencies`; a deployed-shaped one has known ids and no `propertyDependencies`.
 */

import { T } from "../../policy-pack/model/resource-types";
import { UNKNOWN } from "../../policy-pack/model/sentinels";
import { CASE_EXEMPTIONS_YAML, type CaseResource } from "./policy-case";

export const hz = { region: "cn-hangzhou" };
export const hk = { region: "cn-hongkong" };

/** What a flagged stack root is called in a case's `expect` (CASE_STACK shop/prod). */
export const STACK_ROOT = "shop-prod";

/** A subscription ECS with public bandwidth: eligible as it is. */
export const GOOD_ECS = {
  instanceType: "ecs.g7.large",
  instanceChargeType: "PrePaid",
  period: 12,
  periodUnit: "Month",
  internetMaxBandwidthOut: 5,
};

export function ecs(
  name: string,
  props: Record<string, unknown> = {},
  extra: Partial<CaseResource> = {},
): CaseResource {
  return { type: T.ecsInstance, name, props: { ...GOOD_ECS, ...props }, provider: hz, ...extra };
}

export function sas(
  name: string,
  props: Record<string, unknown> = {},
  extra: Partial<CaseResource> = {},
): CaseResource {
  return {
    type: T.sasInstance,
    name,
    props: { planId: "swas.s.c2m1s30b1.linux", period: 12, ...props },
    provider: hz,
    ...extra,
  };
}

/** Preview: an EIP bound to `server` by an association whose ids are all unknown. */
export function previewEip(server: string, provider = hz): CaseResource[] {
  return [
    {
      type: T.ecsEipAddress,
      name: `${server}-eip`,
      props: { bandwidth: "5", ipAddress: UNKNOWN },
      provider,
    },
    {
      type: T.ecsEipAssociation,
      name: `${server}-eip-assoc`,
      props: { allocationId: UNKNOWN, instanceId: UNKNOWN },
      provider,
      propertyDependencies: { allocationId: [`${server}-eip`], instanceId: [server] },
    },
  ];
}

/** Deployed: an EIP bound to the instance with id `instanceId`, linked by ids only. */
export function deployedEip(name: string, instanceId: string, provider = hz): CaseResource[] {
  return [
    {
      type: T.ecsEipAddress,
      name: `${name}-eip`,
      id: `eip-${name}`,
      props: { bandwidth: "5", ipAddress: "47.96.1.10" },
      provider,
    },
    {
      type: T.ecsEipAssociation,
      name: `${name}-eip-assoc`,
      id: `eip-${name}:${instanceId}`,
      props: { allocationId: `eip-${name}`, instanceId },
      provider,
    },
  ];
}

export function cluster(
  name: string,
  type: string = T.csManagedKubernetes,
  extra: Partial<CaseResource> = {},
): CaseResource {
  return { type, name, props: { clusterSpec: "ack.pro.small" }, provider: hz, ...extra };
}

/** A node pool that would be eligible if it were a standalone server. */
export function nodePool(name: string, extra: Partial<CaseResource> = {}): CaseResource {
  return {
    type: T.csNodePool,
    name,
    props: { instanceChargeType: "PrePaid", period: 12, internetMaxBandwidthOut: 5 },
    provider: hz,
    ...extra,
  };
}

/** The exemptions of CASES_REGISTRY, for cases that bring their own registry. */
export const EXEMPTIONS_YAML = CASE_EXEMPTIONS_YAML;

/** `n` valid filings (4 YAML lines each) whose service code came from `server`. */
export function filingsOn(server: string, n: number, first = 1): string {
  let out = "";
  for (let i = first; i < first + n; i++) {
    const digits = String(i).padStart(6, "0");
    out += `  - number: 浙ICP备2021${digits}号-1
    domains: [${server}-${i}.example.cn]
    accessProviders: [alibaba-cloud]
    serviceCode: { server: ${server} }
`;
  }
  return out;
}

/** A registry `servers` entry (3 YAML lines, then one per extra key). */
export function serverYaml(name: string, extra: readonly string[] = []): string {
  const more = extra.map((l) => `    ${l}\n`).join("");
  return `  - name: ${name}\n    kind: ecs\n    region: cn-hangzhou\n${more}`;
}

/**
 * A registry: line 1 `filings:`, the filings, then `servers:` and the servers, then the
 * exemptions of CASES_REGISTRY.
 */
export function registryYaml(filings: string, servers: string): string {
  const head = filings === "" ? "filings: []\n" : `filings:\n${filings}`;
  return `${head}servers:\n${servers}${EXEMPTIONS_YAML}`;
}
