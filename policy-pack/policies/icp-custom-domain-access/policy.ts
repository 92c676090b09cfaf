import { CUSTOM_DOMAIN_FIELDS } from "../../checks/domain-fields";
import { domainPolicy } from "../../checks/domain-policy";
import { regionScope } from "../../checks/scope";

/**
 * (Reference: README.md in this folder.) Function Compute and API Gateway custom domains run on Alibaba's mainland servers,
 * so the filing must name Alibaba Cloud as access provider; a tag alone cannot show that.
 */
export const icpCustomDomainAccess = domainPolicy({
  name: "icp-custom-domain-access",
  description:
    "A Function Compute or API Gateway custom domain in a Chinese mainland region must be filed with Alibaba Cloud as access provider.",
  enforcementLevel: "mandatory",
  severity: "high",
  remediationSteps:
    "File the domain through Alibaba Cloud (or add Alibaba Cloud as access provider to an existing filing, 新增接入), then record it in icp-registry.yaml with accessProviders: [alibaba-cloud].",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  domainFields: CUSTOM_DOMAIN_FIELDS,
  scope: regionScope,
  alibabaAccess: true,
});
