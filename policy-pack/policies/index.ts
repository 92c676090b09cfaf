/**
 * Every ICP policy, in the order the engine lists them. Importing this starts no server (the pack
 * entry does), so tests import policies from here.
 */
import type { PolicySpec } from "../framework/policy-spec";
import { icpAnchorServerRetained } from "./icp-anchor-server-retained/policy";
import { icpAntiDdosDomain } from "./icp-anti-ddos-domain/policy";
import { icpCdnDomain } from "./icp-cdn-domain/policy";
import { icpCdnOriginAccess } from "./icp-cdn-origin-access/policy";
import { icpContainerServiceCode } from "./icp-container-service-code/policy";
import { icpCustomDomainAccess } from "./icp-custom-domain-access/policy";
import { icpFilingNumberFormat } from "./icp-filing-number-format/policy";
import { icpGaDomain } from "./icp-ga-domain/policy";
import { icpHostedDomain } from "./icp-hosted-domain/policy";
import { icpLbBackendEcs } from "./icp-lb-backend-ecs/policy";
import { icpOssCustomDomain } from "./icp-oss-custom-domain/policy";
import { icpServiceCodeQuota } from "./icp-service-code-quota/policy";
import { icpServiceCodeServer } from "./icp-service-code-server/policy";
import { icpWafDomain } from "./icp-waf-domain/policy";

export const ALL_POLICIES: readonly PolicySpec[] = [
  icpOssCustomDomain,
  icpCdnDomain,
  icpWafDomain,
  icpCustomDomainAccess,
  icpHostedDomain,
  icpCdnOriginAccess,
  icpAntiDdosDomain,
  icpGaDomain,
  icpLbBackendEcs,
  icpContainerServiceCode,
  icpServiceCodeServer,
  icpServiceCodeQuota,
  icpAnchorServerRetained,
  icpFilingNumberFormat,
];
