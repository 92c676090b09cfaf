import { domainPolicy } from "../../checks/domain-policy";
import { regionScope } from "../../checks/scope";
import { policyText } from "../../framework/policy-spec";
import { messages } from "./messages";

/**
 * (Reference: README.md in this folder.) a domain protected by a mainland WAF needs a filing (any provider). WAF 3.0's region
 * is its provider's (cn-hangzhou mainland, ap-southeast-1 outside). A WAF 2.0 domain's instance is
 * another resource, invisible to a resource policy, so the provider region decides here too: the
 * 2.0 API is served from the instance's region, so the two agree.
 */
export const icpWafDomain = domainPolicy({
  name: "icp-waf-domain",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  domainTypes: ["wafv3Domain", "wafDomain"],
  scope: regionScope,
  alibabaAccess: false,
});
