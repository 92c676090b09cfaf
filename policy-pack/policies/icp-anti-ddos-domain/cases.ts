// Good and bad cases of icp-anti-ddos-domain, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const hz = { region: "cn-hangzhou" };

const instance = (name: string, productType: unknown, id?: string): CaseResource => ({
  type: T.ddosCooInstance,
  name,
  ...(id ? { id } : {}),
  props: {
    productType,
    bandwidth: "30",
    baseBandwidth: "30",
    serviceBandwidth: "100",
    portCount: "50",
    domainCount: "50",
  },
  provider: hz,
});

const domainResource = (
  name: string,
  domain: unknown,
  instanceIds: unknown,
  extra: Partial<CaseResource> = {},
): CaseResource => ({
  type: T.ddosDomainResource,
  name,
  props: {
    domain,
    instanceIds,
    rsType: 0,
    realServers: ["47.96.1.10"],
    proxyTypes: [{ proxyPorts: [80], proxyType: "http" }],
  },
  provider: hz,
  ...extra,
});

export const cases: StackCase[] = [
  {
    name: "preview: a domain on a mainland Anti-DDoS Pro instance (linked by propertyDependencies) needs a filing",
    resources: [
      instance("pro", "ddoscoo"),
      domainResource("www-ddos", "www.unfiled.cn", [UNKNOWN], {
        propertyDependencies: { instanceIds: ["pro"] },
      }),
    ],
    expect: {
      "www-ddos": [
        'ddos.DomainResource "www-ddos" is protected by Anti-DDoS instance ddos.DdosCooInstance "pro", which serves the Chinese mainland (productType "ddoscoo").',
        'Anti-DDoS domain "www.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
      ],
    },
  },
  {
    name: "deployed: linked by id; a filed domain passes, an unfiled one is flagged",
    resources: [
      instance("pro", "ddoscoo_intl", "ddoscoo-cn-1"),
      domainResource("ok", "www.example.com", ["ddoscoo-cn-1"]),
      domainResource("bad", "api.unfiled.cn", ["ddoscoo-cn-1"]),
    ],
    expect: { bad: ['productType "ddoscoo_intl"', "has no ICP filing"] },
  },
  {
    name: "a filing from another access provider is enough for Anti-DDoS",
    resources: [
      instance("pro", "ddoscoo", "ddoscoo-cn-1"),
      domainResource("ok", "a.other-provider.cn", ["ddoscoo-cn-1"]),
    ],
    expect: {},
  },
  {
    name: "an Anti-DDoS Premium (ddosDip) instance is outside the mainland: not flagged",
    resources: [
      instance("premium", "ddosDip", "ddosdip-1"),
      domainResource("dip", "www.unfiled.cn", ["ddosdip-1"]),
    ],
    expect: {},
  },
  {
    name: "a missing productType is ddoscoo (the default)",
    resources: [
      instance("pro", undefined, "ddoscoo-cn-1"),
      domainResource("bad", "www.unfiled.cn", ["ddoscoo-cn-1"]),
    ],
    expect: { bad: ["productType not set: ddoscoo", "has no ICP filing"] },
  },
  {
    name: "an instance outside the stack: the provider region decides (mainland)",
    resources: [domainResource("ext", "www.unfiled.cn", ["ddoscoo-cn-external"])],
    expect: {
      ext: [
        "an Anti-DDoS instance outside this stack; its provider region cn-hangzhou is in the mainland",
        "has no ICP filing",
      ],
    },
  },
  {
    name: "an instance outside the stack in Hong Kong is not flagged",
    resources: [
      domainResource("ext", "www.unfiled.cn", ["ddoscoo-hk-external"], {
        provider: { region: "cn-hongkong" },
      }),
    ],
    expect: {},
  },
  {
    name: "an unknown productType is treated as mainland",
    resources: [
      instance("pro", UNKNOWN, "ddoscoo-cn-1"),
      domainResource("bad", "www.unfiled.cn", ["ddoscoo-cn-1"]),
    ],
    expect: { bad: ["productType is unknown during preview", "has no ICP filing"] },
  },
  {
    name: "a domain unknown during preview is reported",
    resources: [
      instance("pro", "ddoscoo", "ddoscoo-cn-1"),
      domainResource("bad", UNKNOWN, ["ddoscoo-cn-1"]),
    ],
    expect: { bad: ["domain (Anti-DDoS domain) is unknown until"] },
  },
  {
    name: "a number where the domain belongs is a clear message",
    resources: [
      instance("pro", "ddoscoo", "ddoscoo-cn-1"),
      domainResource("bad", 7, ["ddoscoo-cn-1"]),
    ],
    expect: { bad: ["domain is a number where a string belongs"] },
  },
  {
    name: "the deprecated dns/ddosCooInstance token is linked too",
    resources: [
      { ...instance("pro", "ddoscoo", "ddoscoo-cn-1"), type: T.dnsDdosCooInstance },
      domainResource("bad", "www.unfiled.cn", ["ddoscoo-cn-1"]),
    ],
    expect: { bad: ['dns.DdosCooInstance "pro"'] },
  },
  {
    name: "exempted and expired-exemption domain resources",
    resources: [
      instance("pro", "ddoscoo", "ddoscoo-cn-1"),
      domainResource("legacy-www", "www.unfiled.cn", ["ddoscoo-cn-1"]),
      domainResource("old-www", "old.unfiled.cn", ["ddoscoo-cn-1"]),
    ],
    expect: { "old-www": ["has no ICP filing", "expired on 2026-01-31"] },
  },
];
