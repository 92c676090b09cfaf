/**
 * Whether a load balancer answers on the internet, the one test every policy that asks uses
 * (policy-pack/policies/icp-lb-backend-ecs/README.md). A CLB created in a VPC (`vswitchId` set)
 * without `addressType` is intranet, the API's default there; without `vswitchId` it is internet.
 * ALB and NLB say it in `addressType`. An address type ICP Guard does not know, or one that is
 * unknown during preview, counts as internet: an intranet verdict may only come from what is
 * declared. Resources that are not load balancers are not judged here (internet-facing).
 */
import { readString } from "./props";
import type { ResourceView } from "./resource";
import { CLB, LOAD_BALANCERS } from "./type-index";

export type Exposure =
  | { internet: true }
  /** `declared`: addressType says intranet; `vpc-default`: a CLB in a VPC without addressType. */
  | { internet: false; why: "declared" | "vpc-default" };

export function exposure(r: Pick<ResourceView, "type" | "props">): Exposure {
  if (!LOAD_BALANCERS.has(r.type)) return { internet: true };
  const address = readString(r.props, "addressType");
  if (address.kind === "known" && address.value.trim() !== "") {
    return address.value.trim().toLowerCase() === "intranet"
      ? { internet: false, why: "declared" }
      : { internet: true };
  }
  if (address.kind === "unknown" || !CLB.has(r.type)) return { internet: true };
  // Missing (or empty, as bridged providers send unset strings): the CLB API decides by VPC.
  const vswitch = readString(r.props, "vswitchId");
  const inVpc = vswitch.kind === "unknown" || (vswitch.kind === "known" && vswitch.value !== "");
  return inVpc ? { internet: false, why: "vpc-default" } : { internet: true };
}

export function isInternetFacing(r: Pick<ResourceView, "type" | "props">): boolean {
  return exposure(r).internet;
}
