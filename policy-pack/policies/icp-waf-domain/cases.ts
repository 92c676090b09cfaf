// Good and bad cases of icp-waf-domain, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { PolicyCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const waf3 = (name: string, domain: unknown, region: string) => ({
  type: T.wafv3Domain,
  name,
  props: { instanceId: "waf_v3_cn-123", domain, accessType: "share" },
  provider: { region },
});

export const cases: PolicyCase[] = [
  {
    name: "a filed domain on the mainland WAF passes",
    resource: waf3("waf", "www.example.com", "cn-hangzhou"),
    expect: { pass: true },
  },
  {
    name: "an unfiled domain on the mainland WAF 3.0 is flagged",
    resource: waf3("waf", "www.unfiled.cn", "cn-hangzhou"),
    expect: {
      violation: [
        'wafv3.Domain "waf" is in cn-hangzhou',
        'WAF 3.0 domain "www.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
      ],
    },
  },
  {
    name: "the international WAF (ap-southeast-1) is not applicable",
    resource: waf3("waf", "www.unfiled.cn", "ap-southeast-1"),
    expect: { notApplicable: "ap-southeast-1 is outside the Chinese mainland" },
  },
  {
    name: "a WAF 2.0 domain follows its provider region",
    resource: {
      type: T.wafDomain,
      name: "waf2",
      props: { instanceId: "waf-cn-1", domainName: "shop.unfiled.cn", sourceIps: ["1.2.3.4"] },
      provider: { region: "cn-hangzhou" },
    },
    expect: { violation: ['WAF 2.0 domain "shop.unfiled.cn"', "has no ICP filing"] },
  },
  {
    name: "a WAF 2.0 domain in Hong Kong is not applicable",
    resource: {
      type: T.wafDomain,
      name: "waf2",
      props: { instanceId: "waf-hk-1", domainName: "shop.unfiled.cn" },
      provider: { region: "cn-hongkong" },
    },
    expect: { notApplicable: "cn-hongkong is outside" },
  },
  {
    name: "a wildcard domain is checked by its base domain",
    resource: waf3("waf", "*.example.com", "cn-hangzhou"),
    expect: { pass: true },
  },
  {
    name: "a domain unknown during preview is reported",
    resource: waf3("waf", UNKNOWN, "cn-hangzhou"),
    expect: { violation: ["domain (WAF 3.0 domain) is unknown until"] },
  },
  {
    name: "an object where the domain belongs is a clear message",
    resource: waf3("waf", { name: "x" }, "cn-hangzhou"),
    expect: { violation: ["domain is an object where a string belongs"] },
  },
  {
    name: "an IP literal is not a domain: not applicable",
    resource: waf3("waf", "47.96.1.1", "cn-hangzhou"),
    expect: { notApplicable: "domain is an IP address" },
  },
  {
    name: "an exempted WAF domain is not applicable",
    resource: waf3("legacy-waf", "www.unfiled.cn", "cn-hangzhou"),
    expect: { notApplicable: "exempted until 2027-01-31" },
  },
  {
    name: "an expired exemption is reported",
    resource: waf3("old-waf", "www.unfiled.cn", "cn-hangzhou"),
    expect: { violation: ["has no ICP filing", "expired on 2026-01-31"] },
  },
];
