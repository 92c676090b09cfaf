import { CDN_DOMAIN_FIELDS } from "../../checks/domain-fields";
import { domainPolicy } from "../../checks/domain-policy";
import { coverageScope } from "../../checks/scope";

/**
 * (Reference: README.md in this folder.) CDN, DCDN, SCDN, VOD and Live domains and ESA sites that serve the mainland (by
 * scope/coverage, whatever the provider region) need a filed domain (any provider).
 */
export const icpCdnDomain = domainPolicy({
  name: "icp-cdn-domain",
  description:
    "A CDN, DCDN, SCDN, VOD or Live domain, or an ESA site, that serves the Chinese mainland must have an ICP filing.",
  enforcementLevel: "mandatory",
  severity: "high",
  remediationSteps:
    "File the domain with the MIIT (any access provider), then record the filing in icp-registry.yaml under filings[].domains, or tag the resource icp:number=<filing number>. If the domain need not reach mainland users, set scope (coverage for ESA) to overseas.",
  url: "https://www.alibabacloud.com/help/doc-detail/134716.html",
  settings: ["unknownValues"],
  domainFields: CDN_DOMAIN_FIELDS,
  scope: coverageScope,
  alibabaAccess: false,
});
