import { WAF_DOMAIN_FIELDS } from "../../checks/domain-fields";
import { domainPolicy } from "../../checks/domain-policy";
import { regionScope } from "../../checks/scope";

/**
 * (Reference: README.md in this folder.) a domain protected by a mainland WAF needs a filing (any provider). WAF 3.0's region
 * is its provider's (cn-hangzhou mainland, ap-southeast-1 outside). A WAF 2.0 domain's instance is
 * another resource, invisible to a resource policy, so the provider region decides here too: the
 * 2.0 API is served from the instance's region, so the two agree.
 */
export const icpWafDomain = domainPolicy({
  name: "icp-waf-domain",
  description: "A domain added to a WAF instance in the Chinese mainland must have an ICP filing.",
  enforcementLevel: "mandatory",
  severity: "high",
  remediationSteps:
    "File the domain with the MIIT (any access provider), then record the filing in icp-registry.yaml under filings[].domains, or tag a wafv3.Domain icp:number=<filing number>. A domain without a filing belongs on a WAF instance outside the mainland (ap-southeast-1).",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  domainFields: WAF_DOMAIN_FIELDS,
  scope: regionScope,
  alibabaAccess: false,
});
