// Good and bad cases of icp-hosted-domain, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { UNKNOWN } from "../../model/props";
import { T } from "../../model/resource-types";

const hz = { region: "cn-hangzhou" };
const hk = { region: "cn-hongkong" };

const ecs = (name: string, extra: Partial<CaseResource> = {}): CaseResource => ({
  type: T.ecsInstance,
  name,
  props: { instanceType: "ecs.g7.large", instanceChargeType: "PrePaid", period: 12 },
  provider: hz,
  ...extra,
});

/** Preview: the EIP's address is unknown; the record's value was computed from it. */
const previewEip = (provider = hz): CaseResource[] => [
  ecs("web", { provider }),
  {
    type: T.ecsEipAddress,
    name: "web-eip",
    props: { bandwidth: "5", ipAddress: UNKNOWN },
    provider,
  },
  {
    type: T.ecsEipAssociation,
    name: "web-eip-assoc",
    props: { allocationId: UNKNOWN, instanceId: UNKNOWN },
    provider,
    propertyDependencies: { allocationId: ["web-eip"], instanceId: ["web"] },
  },
];

const record = (
  name: string,
  rr: unknown,
  value: unknown,
  extra: Partial<CaseResource> = {},
): CaseResource => ({
  type: T.dnsAlidnsRecord,
  name,
  props: { domainName: "unfiled.cn", rr, type: "A", value },
  ...extra,
});

/** Deployed: ids and addresses known, no propertyDependencies. */
const deployedEip = (provider = hz): CaseResource[] => [
  ecs("web", { provider, id: "i-bp1web" }),
  {
    type: T.ecsEipAddress,
    name: "web-eip",
    id: "eip-bp1",
    props: { bandwidth: "5", ipAddress: "47.96.1.10" },
    provider,
  },
  {
    type: T.ecsEipAssociation,
    name: "web-eip-assoc",
    id: "eip-bp1:i-bp1web",
    props: { allocationId: "eip-bp1", instanceId: "i-bp1web" },
    provider,
  },
];

export const cases: StackCase[] = [
  {
    name: "preview: a record computed from a mainland EIP needs an Alibaba-access filing",
    resources: [
      ...previewEip(),
      record("www", "www", UNKNOWN, { propertyDependencies: { value: ["web-eip"] } }),
    ],
    expect: {
      www: [
        'dns.AlidnsRecord "www" points "www.unfiled.cn" at mainland Alibaba Cloud compute: ecs.EipAddress "web-eip" in cn-hangzhou.',
        'DNS record "www.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
        "with accessProviders: [alibaba-cloud]",
        "unless the domain's ICP filing lists Alibaba Cloud as access provider",
      ],
    },
  },
  {
    name: "deployed: a record whose literal value is a mainland EIP's address is flagged",
    resources: [...deployedEip(), record("www", "www", "47.96.1.10")],
    expect: {
      www: [
        'at mainland Alibaba Cloud compute: ecs.EipAddress "web-eip" in cn-hangzhou',
        "has no ICP filing",
      ],
    },
  },
  {
    name: "deployed: a domain filed with Alibaba Cloud passes",
    resources: [
      ...deployedEip(),
      {
        ...record("www", "www", "47.96.1.10"),
        props: { domainName: "example.com", rr: "www", type: "A", value: "47.96.1.10" },
      },
    ],
    expect: {},
  },
  {
    name: "preview: a domain filed with another provider must add Alibaba Cloud (新增接入)",
    resources: [
      ...previewEip(),
      {
        type: T.dnsAlidnsRecord,
        name: "apex",
        props: { domainName: "other-provider.cn", rr: "@", type: "A", value: UNKNOWN },
        propertyDependencies: { value: ["web"] },
      },
    ],
    expect: {
      apex: [
        'points "other-provider.cn" at',
        'ecs.Instance "web" in cn-hangzhou',
        "not Alibaba Cloud",
        "新增接入",
      ],
    },
  },
  {
    name: "a Hong Kong twin is not flagged (preview)",
    resources: [
      ...previewEip(hk),
      record("www", "www", UNKNOWN, { propertyDependencies: { value: ["web-eip"] } }),
    ],
    expect: {},
  },
  {
    name: "a Hong Kong twin is not flagged (deployed)",
    resources: [...deployedEip(hk), record("www", "www", "47.96.1.10")],
    expect: {},
  },
  {
    name: "a literal IP that is not in the stack is not judged",
    resources: [...deployedEip(), record("www", "www", "203.0.113.9")],
    expect: {},
  },
  {
    name: "an unknown value computed from nothing in the stack is reported as unverifiable",
    resources: [record("www", "www", UNKNOWN)],
    expect: {
      www: [
        "value is unknown during preview and is not computed from any resource",
        "has no ICP filing",
      ],
    },
  },
  {
    name: "unknownValues: skip drops an unverifiable record",
    resources: [record("www", "www", UNKNOWN)],
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "a CNAME to an ALB's DNS name is served by the ALB",
    resources: [
      {
        type: T.albLoadBalancer,
        name: "alb",
        id: "alb-1",
        props: {
          addressType: "Internet",
          zoneMappings: [{ zoneId: "cn-shanghai-b", vswitchId: "vsw-1" }],
          dnsName: "alb-1.cn-shanghai.alb.aliyuncs.com",
        },
      },
      {
        ...record("api", "api", "alb-1.cn-shanghai.alb.aliyuncs.com"),
        props: {
          domainName: "unfiled.cn",
          rr: "api",
          type: "CNAME",
          value: "alb-1.cn-shanghai.alb.aliyuncs.com",
        },
      },
    ],
    expect: { api: ['alb.LoadBalancer "alb" in cn-shanghai', "has no ICP filing"] },
  },
  {
    name: "a CNAME chain inside the stack is followed to the server",
    resources: [
      ...deployedEip(),
      record("www", "www", "47.96.1.10"),
      {
        ...record("shop", "shop", "www.unfiled.cn"),
        props: { domainName: "unfiled.cn", rr: "shop", type: "CNAME", value: "www.unfiled.cn" },
      },
    ],
    expect: {
      www: ['"www.unfiled.cn" at'],
      shop: ['"shop.unfiled.cn" at mainland Alibaba Cloud compute: ecs.EipAddress "web-eip"'],
    },
  },
  {
    name: "an MX record points at no server",
    resources: [
      ...deployedEip(),
      {
        ...record("mx", "@", "47.96.1.10"),
        props: { domainName: "unfiled.cn", rr: "@", type: "MX", value: "47.96.1.10" },
      },
    ],
    expect: {},
  },
  {
    name: "a legacy dns.Record is read by name and hostRecord",
    resources: [
      ...deployedEip(),
      {
        type: T.dnsRecord,
        name: "old-style",
        props: { name: "unfiled.cn", hostRecord: "m", type: "A", value: "47.96.1.10" },
      },
    ],
    expect: { "old-style": ['points "m.unfiled.cn" at', "has no ICP filing"] },
  },
  {
    name: "a number where rr belongs is a clear message, not an exception",
    resources: [...deployedEip(), record("www", 42, "47.96.1.10")],
    expect: { www: ["rr is a number where a string belongs"] },
  },
  {
    name: "an exempted record is not flagged",
    resources: [...deployedEip(), record("legacy-www", "www", "47.96.1.10")],
    expect: {},
  },
  {
    name: "an expired exemption no longer applies",
    resources: [...deployedEip(), record("old-www", "www", "47.96.1.10")],
    expect: { "old-www": ["has no ICP filing", "expired on 2026-01-31"] },
  },
  {
    name: "preview: a CLB domain extension on a mainland CLB is flagged through propertyDependencies",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "clb",
        props: { addressType: "internet", address: UNKNOWN },
        provider: hz,
      },
      {
        type: T.slbDomainExtension,
        name: "shop-ext",
        props: { loadBalancerId: UNKNOWN, frontendPort: 443, domain: "shop.unfiled.cn" },
        provider: hz,
        propertyDependencies: { loadBalancerId: ["clb"] },
      },
    ],
    expect: {
      "shop-ext": [
        'slb.DomainExtension "shop-ext" serves "shop.unfiled.cn" on slb.ApplicationLoadBalancer "clb" in cn-hangzhou',
        "has no ICP filing",
      ],
    },
  },
  {
    name: "deployed: a CLB rule with a domain on a Hong Kong CLB is not flagged",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "clb",
        id: "lb-hk",
        props: { addressType: "internet" },
        provider: hk,
      },
      {
        type: T.slbRule,
        name: "rule",
        props: { loadBalancerId: "lb-hk", frontendPort: 80, domain: "shop.unfiled.cn" },
        provider: hk,
      },
    ],
    expect: {},
  },
  {
    name: "deployed: an ALB Host condition on a mainland ALB is flagged, each host checked",
    resources: [
      {
        type: T.albLoadBalancer,
        name: "alb",
        id: "alb-1",
        props: { addressType: "Internet", zoneMappings: [{ zoneId: "cn-hangzhou-h" }] },
      },
      {
        type: T.albListener,
        name: "https",
        id: "lsn-1",
        props: { loadBalancerId: "alb-1", listenerPort: 443, listenerProtocol: "HTTPS" },
      },
      {
        type: T.albRule,
        name: "hosts",
        props: {
          listenerId: "lsn-1",
          ruleConditions: [
            { type: "Host", hostConfig: { values: ["www.example.com", "*.unfiled.cn"] } },
          ],
        },
      },
    ],
    expect: {
      hosts: [
        'serves "www.example.com", "unfiled.cn" on alb.LoadBalancer "alb" in cn-hangzhou',
        'ALB forwarding rule "unfiled.cn"',
      ],
    },
  },
];
