/**
 * Alibaba Cloud endpoint host names that say which product serves them and where, so a DNS record
 * pointing at one needs no resource in the stack (policy-pack/policies/icp-hosted-domain/README.md):
 *
 * - `<bucket>.oss-<region>.aliyuncs.com`: OSS, which needs a filing by any access provider;
 * - `<account>.<region>.fc.aliyuncs.com`: Function Compute, which needs Alibaba Cloud access;
 * - `<id>.<region>.alb.aliyuncs.com`, `<id>.<region>.nlb.aliyuncs.com`: ALB and NLB, the same.
 *
 * Any other name under `aliyuncs.com` (internal endpoints, accelerated OSS, other products) is an
 * Alibaba endpoint whose product or region the name does not settle: it is not judged.
 */
import { isSameOrSubdomain } from "./domains";
import { classifyRegion } from "./regions";

export type EndpointProduct = "oss" | "fc" | "alb" | "nlb";

export type EndpointHost =
  | {
      kind: "product";
      product: EndpointProduct;
      /** The region id read from the host name (lower-case). */
      region: string;
      mainland: boolean;
      /** The region is one ICP Guard knows (an unlisted cn-* id is still mainland). */
      listed: boolean;
      /** Whether Alibaba Cloud must be the access provider of the filing (all but OSS). */
      alibabaAccess: boolean;
    }
  | { kind: "unjudged" };

const ALIYUNCS = "aliyuncs.com";
const PATTERNS: ReadonlyArray<[EndpointProduct, RegExp]> = [
  ["oss", /^[a-z0-9-]+\.oss-([a-z0-9-]+)\.aliyuncs\.com$/],
  ["fc", /^[a-z0-9-]+\.([a-z0-9-]+)\.fc\.aliyuncs\.com$/],
  ["alb", /^[a-z0-9-]+\.([a-z0-9-]+)\.alb\.aliyuncs\.com$/],
  ["nlb", /^[a-z0-9-]+\.([a-z0-9-]+)\.nlb\.aliyuncs\.com$/],
];
/** A region id: letters, then `-` separated parts (`cn-hangzhou`, `ap-southeast-1`). */
const REGION_SHAPE = /^[a-z]+(-[a-z0-9]+)+$/;

/** What a normalised host name says as an Alibaba endpoint; undefined when it is not one. */
export function endpointHost(host: string): EndpointHost | undefined {
  if (!isSameOrSubdomain(host, ALIYUNCS)) return undefined;
  for (const [product, pattern] of PATTERNS) {
    const m = pattern.exec(host);
    if (!m) continue;
    const region = m[1];
    // Internal (VPC) endpoints are not reached from the internet.
    if (!REGION_SHAPE.test(region) || region.endsWith("-internal")) return { kind: "unjudged" };
    const c = classifyRegion(region);
    return {
      kind: "product",
      product,
      region,
      mainland: c.mainland,
      listed: c.listed,
      alibabaAccess: product !== "oss",
    };
  }
  return { kind: "unjudged" };
}
