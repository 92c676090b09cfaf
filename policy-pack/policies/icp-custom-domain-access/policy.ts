import { domainPolicy } from "../../checks/domain-policy";
import { regionScope } from "../../checks/scope";
import { policyText } from "../../framework/policy-spec";
import { messages } from "./messages";

/**
 * (Reference: README.md in this folder.) Function Compute and API Gateway custom domains run on Alibaba's mainland servers,
 * so the filing must name Alibaba Cloud as access provider; a tag alone cannot show that.
 */
export const icpCustomDomainAccess = domainPolicy({
  name: "icp-custom-domain-access",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  domainTypes: ["fcCustomDomain", "fcV3CustomDomain", "apigDomain"],
  scope: regionScope,
  alibabaAccess: true,
});
