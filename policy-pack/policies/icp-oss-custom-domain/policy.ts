import { domainPolicy } from "../../checks/domain-policy";
import { regionScope } from "../../checks/scope";
import { policyText } from "../../framework/policy-spec";
import { messages } from "./messages";

/** (Reference: README.md in this folder.) an OSS bucket CNAME in a mainland region needs a filed domain (any provider). */
export const icpOssCustomDomain = domainPolicy({
  name: "icp-oss-custom-domain",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/31836.html",
  settings: ["unknownRegion", "unknownValues"],
  domainTypes: ["ossBucketCname"],
  scope: regionScope,
  alibabaAccess: false,
});
