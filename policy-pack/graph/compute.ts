/**
 * "Mainland Alibaba compute" (policy-pack/policies/icp-hosted-domain/README.md): what a domain can resolve to or be
 * served from such that Alibaba Cloud is the access provider and blocks it without a filing.
 */
import { T } from "../model/resource-types";
import { EIP, ELIGIBLE_SERVERS, LOAD_BALANCERS } from "../model/type-index";

export const COMPUTE: ReadonlySet<string> = new Set([
  ...ELIGIBLE_SERVERS,
  ...EIP,
  ...LOAD_BALANCERS,
  T.eciContainerGroup,
]);

/** Servers a load balancer can forward to (only ECS counts for a service code). */
export const BACKEND_SERVERS: ReadonlySet<string> = new Set([
  ...ELIGIBLE_SERVERS,
  T.eciContainerGroup,
]);

/** Alibaba-owned endpoints: a domain pointing there is Alibaba's, and needs nothing of ours. */
export function isAlibabaEndpoint(host: string): boolean {
  return /(^|\.)(aliyuncs\.com|fcapp\.run|alicdn\.com|kunlun[a-z]*\.com|aliyun\.com)$/i.test(host);
}
