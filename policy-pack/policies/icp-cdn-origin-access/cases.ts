// Good and bad cases of icp-cdn-origin-access, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const hz = { region: "cn-hangzhou" };
const hk = { region: "cn-hongkong" };

const eipPreview = (provider = hz): CaseResource => ({
  type: T.ecsEipAddress,
  name: "web-eip",
  props: { bandwidth: "5", ipAddress: UNKNOWN },
  provider,
});
const eipDeployed = (provider = hz): CaseResource => ({
  type: T.ecsEipAddress,
  name: "web-eip",
  id: "eip-bp1",
  props: { bandwidth: "5", ipAddress: "47.96.1.10" },
  provider,
});

const cdn = (
  name: string,
  domainName: string,
  sources: unknown,
  extra: Partial<CaseResource> = {},
): CaseResource => ({
  type: T.cdnDomainNew,
  name,
  props: { domainName, cdnType: "web", scope: "domestic", sources },
  ...extra,
});

const ipSourcePreview = (name: string, domainName: string, provider = hz): CaseResource[] => [
  eipPreview(provider),
  cdn(name, domainName, [{ type: "ipaddr", content: UNKNOWN, port: 80 }], {
    propertyDependencies: { sources: ["web-eip"] },
  }),
];

export const cases: StackCase[] = [
  {
    name: "preview: an IP origin on a mainland EIP makes the accelerated domain need Alibaba access",
    resources: ipSourcePreview("static", "static.unfiled.cn"),
    expect: {
      static: [
        'cdn.DomainNew "static" pulls from an origin on mainland Alibaba Cloud compute (sources[0]: ecs.EipAddress "web-eip" in cn-hangzhou).',
        'the back-to-origin host is the accelerated domain "static.unfiled.cn": CDN domain "static.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
        "accessProviders: [alibaba-cloud]",
        "the CDN then fails back-to-origin",
      ],
    },
  },
  {
    name: "deployed: a literal IP origin that is a mainland EIP's address is flagged",
    resources: [
      eipDeployed(),
      cdn("static", "static.unfiled.cn", [{ type: "ipaddr", content: "47.96.1.10", port: 80 }]),
    ],
    expect: { static: ["(sources[0]: ecs.EipAddress", 'accelerated domain "static.unfiled.cn"'] },
  },
  {
    name: "a back-to-origin host filed with Alibaba Cloud passes",
    resources: ipSourcePreview("static", "static.example.com"),
    expect: {},
  },
  {
    name: "a filing with another access provider is not enough",
    resources: ipSourcePreview("static", "img.other-provider.cn"),
    expect: { static: ["not Alibaba Cloud", "新增接入"] },
  },
  {
    name: "an overseas-scope CDN with a mainland origin is still checked",
    resources: [
      eipDeployed(),
      cdn("static", "static.unfiled.cn", [{ type: "ipaddr", content: "47.96.1.10" }], {
        props: {
          domainName: "static.unfiled.cn",
          scope: "overseas",
          sources: [{ type: "ipaddr", content: "47.96.1.10" }],
        },
      }),
    ],
    expect: { static: ['accelerated domain "static.unfiled.cn"'] },
  },
  {
    name: "a Hong Kong origin is not flagged (preview and deployed)",
    resources: [
      ...ipSourcePreview("static", "static.unfiled.cn", hk),
      { ...eipDeployed(hk), name: "hk-eip-2", id: "eip-hk2", props: { ipAddress: "8.210.1.1" } },
      cdn("static2", "static2.unfiled.cn", [{ type: "ipaddr", content: "8.210.1.1" }]),
    ],
    expect: {},
  },
  {
    name: "a domain origin resolving through a stack DNS record to a mainland EIP needs the origin domain filed",
    resources: [
      eipDeployed(),
      {
        type: T.dnsAlidnsRecord,
        name: "origin",
        props: { domainName: "unfiled.cn", rr: "origin", type: "A", value: "47.96.1.10" },
      },
      cdn("static", "static.example.com", [
        { type: "domain", content: "origin.unfiled.cn", port: 443 },
      ]),
    ],
    expect: {
      static: [
        'the back-to-origin host is the origin domain "origin.unfiled.cn"',
        "has no ICP filing",
      ],
    },
  },
  {
    name: "preview: a domain origin computed from a DNS record follows the record",
    resources: [
      eipPreview(),
      {
        type: T.dnsAlidnsRecord,
        name: "origin",
        props: { domainName: "unfiled.cn", rr: "origin", type: "A", value: UNKNOWN },
        propertyDependencies: { value: ["web-eip"] },
      },
      cdn("static", "static.example.com", [{ type: "domain", content: UNKNOWN }], {
        propertyDependencies: { sources: ["origin"] },
      }),
    ],
    expect: { static: ['origin domain "origin.unfiled.cn"'] },
  },
  {
    name: "Alibaba-owned origins (OSS, *.aliyuncs.com, *.fcapp.run) need nothing",
    resources: [
      cdn("oss", "a.unfiled.cn", [{ type: "oss", content: "bucket.oss-cn-hangzhou.aliyuncs.com" }]),
      cdn("fc", "b.unfiled.cn", [{ type: "domain", content: "fn-abc.cn-hangzhou.fcapp.run" }]),
    ],
    expect: {},
  },
  {
    name: "a literal IP origin outside the stack is not judged",
    resources: [cdn("static", "static.unfiled.cn", [{ type: "ipaddr", content: "203.0.113.7" }])],
    expect: {},
  },
  {
    name: "set_req_host_header moves the requirement to the host it sets",
    resources: [
      eipDeployed(),
      cdn("static", "static.unfiled.cn", [{ type: "ipaddr", content: "47.96.1.10" }]),
      {
        type: T.cdnDomainConfig,
        name: "host-header",
        props: {
          domainName: "static.unfiled.cn",
          functionName: "set_req_host_header",
          functionArgs: [{ argName: "domain_name", argValue: "origin.example.com" }],
        },
      },
      cdn("static2", "static2.unfiled.cn", [{ type: "ipaddr", content: "47.96.1.10" }]),
      {
        type: T.cdnDomainConfig,
        name: "host-header-2",
        props: {
          domainName: UNKNOWN,
          functionName: "set_req_host_header",
          functionArgs: [{ argName: "domain_name", argValue: "h.unfiled.cn" }],
        },
        propertyDependencies: { domainName: ["static2"] },
      },
    ],
    expect: {
      static2: [
        'the back-to-origin host is "h.unfiled.cn" (set_req_host_header in cdn.DomainConfig)',
        "has no ICP filing",
      ],
    },
  },
  {
    name: "sources unknown and computed from nothing in the stack are reported as unverifiable",
    resources: [cdn("static", "static.unfiled.cn", UNKNOWN)],
    expect: { static: ["an origin is unknown during preview", "has no ICP filing"] },
  },
  {
    name: "malformed sources do not throw",
    resources: [
      eipDeployed(),
      cdn("static", "static.unfiled.cn", [42, { type: 7, content: ["x"] }]),
    ],
    expect: {},
  },
  {
    name: "DCDN domains are checked like CDN ones",
    resources: [
      eipDeployed(),
      {
        type: T.dcdnDomain,
        name: "dyn",
        props: {
          domainName: "dyn.unfiled.cn",
          sources: [
            { type: "ipaddr", content: "47.96.1.10", port: 80, priority: "20", weight: "10" },
          ],
        },
      },
    ],
    expect: { dyn: ['dcdn.Domain "dyn" pulls from an origin', 'DCDN domain "dyn.unfiled.cn"'] },
  },
  {
    name: "legacy cdn.Domain string sources with sourceType are read",
    resources: [
      eipDeployed(),
      {
        type: T.cdnDomain,
        name: "legacy-cdn-v1",
        props: { domainName: "v1.unfiled.cn", sourceType: "ipaddr", sources: ["47.96.1.10"] },
      },
      {
        type: T.cdnDomain,
        name: "cdn-v1",
        props: { domainName: "v1b.unfiled.cn", sourceType: "ipaddr", sources: ["47.96.1.10"] },
      },
    ],
    expect: { "cdn-v1": ['cdn.Domain "cdn-v1"', 'accelerated domain "v1b.unfiled.cn"'] },
  },
  {
    name: "an expired exemption no longer applies",
    resources: [
      eipDeployed(),
      cdn("old-static", "static.unfiled.cn", [{ type: "ipaddr", content: "47.96.1.10" }]),
    ],
    expect: { "old-static": ["has no ICP filing", "expired on 2026-01-31"] },
  },
  {
    name: "set_req_host_header keeps deciding the back-to-origin host when the origin is a stack record",
    resources: [
      eipDeployed(),
      {
        type: T.dnsAlidnsRecord,
        name: "origin-record",
        props: { domainName: "unfiled.cn", rr: "origin", type: "A", value: "47.96.1.10" },
      },
      cdn("static", "static.example.com", [{ type: "domain", content: "origin.unfiled.cn" }]),
      {
        type: T.cdnDomainConfig,
        name: "host-header",
        props: {
          domainName: "static.example.com",
          functionName: "set_req_host_header",
          functionArgs: [{ argName: "domain_name", argValue: "Back.Other-Provider.cn" }],
        },
      },
    ],
    expect: {
      static: [
        'the back-to-origin host is "Back.Other-Provider.cn" (set_req_host_header in cdn.DomainConfig)',
        "not Alibaba Cloud",
      ],
    },
  },
  {
    name: "a domain origin whose stack record is a CNAME to an OSS endpoint needs nothing",
    resources: [
      {
        type: T.dnsAlidnsRecord,
        name: "origin-record",
        props: {
          domainName: "unfiled.cn",
          rr: "origin",
          type: "CNAME",
          value: "site.oss-cn-hangzhou.aliyuncs.com",
        },
      },
      cdn("static", "static.unfiled.cn", [{ type: "domain", content: "origin.unfiled.cn" }]),
    ],
    expect: {},
  },
];
