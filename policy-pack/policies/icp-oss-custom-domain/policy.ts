import { OSS_DOMAIN_FIELDS } from "../../checks/domain-fields";
import { domainPolicy } from "../../checks/domain-policy";
import { regionScope } from "../../checks/scope";

/** (Reference: README.md in this folder.) an OSS bucket CNAME in a mainland region needs a filed domain (any provider). */
export const icpOssCustomDomain = domainPolicy({
  name: "icp-oss-custom-domain",
  description:
    "A custom domain bound to an OSS bucket in a Chinese mainland region must have an ICP filing.",
  enforcementLevel: "mandatory",
  severity: "high",
  remediationSteps:
    "File the domain with the MIIT (any access provider will do for OSS), then record the filing in icp-registry.yaml under filings[].domains (oss.BucketCname has no tags for an icp:number tag). Alternatively serve the bucket from a region outside the mainland (e.g. cn-hongkong).",
  url: "https://www.alibabacloud.com/help/doc-detail/31836.html",
  settings: ["unknownRegion", "unknownValues"],
  domainFields: OSS_DOMAIN_FIELDS,
  scope: regionScope,
  alibabaAccess: false,
});
