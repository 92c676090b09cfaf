// Good and bad cases of icp-custom-domain-access, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { PolicyCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const fc3 = (
  name: string,
  customDomainName: unknown,
  region: string,
  tags?: Record<string, string>,
) => ({
  type: T.fcV3CustomDomain,
  name,
  props: { customDomainName, protocol: "HTTP", ...(tags ? { tags } : {}) },
  provider: { region },
});

export const cases: PolicyCase[] = [
  {
    name: "a domain filed with Alibaba Cloud as access provider passes",
    resource: fc3("api", "api.example.com", "cn-hangzhou"),
    expect: { pass: true },
  },
  {
    name: "the aliyun alias counts as Alibaba Cloud",
    resource: fc3("api", "exact-only.com", "cn-shanghai"),
    expect: { pass: true },
  },
  {
    name: "a filing with another access provider is flagged: Alibaba must be added (新增接入)",
    resource: fc3("api", "api.other-provider.cn", "cn-hangzhou"),
    expect: {
      violation: [
        'fc.V3CustomDomain "api" is in cn-hangzhou',
        "is filed as 京ICP备11018762号 with access provider tencent-cloud, not Alibaba Cloud",
        "新增接入",
      ],
    },
  },
  {
    name: "an unfiled FC domain asks for a filing with Alibaba Cloud access",
    resource: fc3("api", "api.unfiled.cn", "cn-hangzhou"),
    expect: {
      violation: [
        'Function Compute 3.0 custom domain "api.unfiled.cn"',
        "with accessProviders: [alibaba-cloud]",
      ],
    },
  },
  {
    name: "a tag alone cannot prove Alibaba Cloud access",
    resource: fc3("api", "api.unfiled.cn", "cn-hangzhou", { "icp:number": "京ICP备11018762号-2" }),
    expect: { violation: ["a tag cannot say who the access provider is"] },
  },
  {
    name: "legacy FC custom domains are checked",
    resource: {
      type: T.fcCustomDomain,
      name: "fc-v2",
      props: { domainName: "fn.unfiled.cn", protocol: "HTTP" },
      provider: { region: "cn-beijing" },
    },
    expect: { violation: ['Function Compute custom domain "fn.unfiled.cn"'] },
  },
  {
    name: "API Gateway (cloud-native) domains are checked",
    resource: {
      type: T.apigDomain,
      name: "gw",
      props: { domainName: "gw.unfiled.cn", protocol: "HTTP" },
      provider: { region: "cn-shenzhen" },
    },
    expect: { violation: ['API Gateway domain "gw.unfiled.cn"'] },
  },
  {
    name: "a Hong Kong twin is not applicable",
    resource: fc3("api", "api.unfiled.cn", "cn-hongkong"),
    expect: { notApplicable: "cn-hongkong is outside the Chinese mainland" },
  },
  {
    name: "an FC 3.0 domain without customDomainName is reported",
    resource: {
      type: T.fcV3CustomDomain,
      name: "api",
      props: {},
      provider: { region: "cn-hangzhou" },
    },
    expect: { violation: ["customDomainName (Function Compute 3.0 custom domain) is not set"] },
  },
  {
    name: "a domain unknown during preview is reported",
    resource: fc3("api", UNKNOWN, "cn-hangzhou"),
    expect: {
      violation: ["customDomainName (Function Compute 3.0 custom domain) is unknown until"],
    },
  },
  {
    name: "a boolean where the domain belongs is a clear message",
    resource: fc3("api", true, "cn-hangzhou"),
    expect: { violation: ["customDomainName is a boolean where a string belongs"] },
  },
  {
    name: "an empty domain is reported",
    resource: fc3("api", "  ", "cn-hangzhou"),
    expect: { violation: ["customDomainName is empty"] },
  },
  {
    name: "an exempted custom domain is not applicable",
    resource: fc3("legacy-api", "api.unfiled.cn", "cn-hangzhou"),
    expect: { notApplicable: "exempted until 2027-01-31" },
  },
  {
    name: "an expired exemption is reported",
    resource: fc3("old-api", "api.unfiled.cn", "cn-hangzhou"),
    expect: { violation: ["with accessProviders: [alibaba-cloud]", "expired on 2026-01-31"] },
  },
];
