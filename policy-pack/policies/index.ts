/**
 * Every ICP policy, in the order the engine lists them. Importing this starts no server (the pack
 * entry does), so tests import policies from here.
 */
import type { PolicySpec } from "../framework/policy-spec";
import { icpAnchorServerRetained } from "./icp-anchor-server-retained";
import { icpAntiDdosDomain } from "./icp-anti-ddos-domain";
import { icpCdnDomain } from "./icp-cdn-domain";
import { icpCdnOriginAccess } from "./icp-cdn-origin-access";
import { icpContainerServiceCode } from "./icp-container-service-code";
import { icpCustomDomainAccess } from "./icp-custom-domain-access";
import { icpFilingNumberFormat } from "./icp-filing-number-format";
import { icpHostedDomain } from "./icp-hosted-domain";
import { icpLbBackendEcs } from "./icp-lb-backend-ecs";
import { icpOssCustomDomain } from "./icp-oss-custom-domain";
import { icpServiceCodeQuota } from "./icp-service-code-quota";
import { icpServiceCodeServer } from "./icp-service-code-server";
import { icpWafDomain } from "./icp-waf-domain";

export const ALL_POLICIES: readonly PolicySpec[] = [
  icpOssCustomDomain,
  icpCdnDomain,
  icpWafDomain,
  icpCustomDomainAccess,
  icpHostedDomain,
  icpCdnOriginAccess,
  icpAntiDdosDomain,
  icpLbBackendEcs,
  icpContainerServiceCode,
  icpServiceCodeServer,
  icpServiceCodeQuota,
  icpAnchorServerRetained,
  icpFilingNumberFormat,
];
