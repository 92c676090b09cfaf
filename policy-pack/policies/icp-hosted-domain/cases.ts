// Good and bad cases of icp-hosted-domain, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { SECRET_SIG, SIG_KEY as SECRET_SIG_KEY, UNKNOWN } from "../../model/sentinels";

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

/** A deployed internet-facing ALB in cn-hangzhou (alb-1) with an HTTPS listener (lsn-1). */
const internetAlb: CaseResource[] = [
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
];

const cname = (name: string, zone: string, rr: string, value: string): CaseResource => ({
  type: T.dnsAlidnsRecord,
  name,
  props: { domainName: zone, rr, type: "CNAME", value },
});

/** An ACK cluster and an explicit Kubernetes provider whose kubeconfig was computed from it. */
const ack = (provider = hz, deployed = false): CaseResource[] => [
  {
    type: T.csManagedKubernetes,
    name: "ack",
    ...(deployed ? { id: "c8f2e1d0a9b84c7d" } : {}),
    props: { clusterSpec: "ack.pro.small", vswitchIds: [UNKNOWN] },
    provider,
  },
  {
    type: "pulumi:providers:kubernetes",
    name: "ack-k8s",
    props: deployed
      ? {
          kubeconfig:
            "apiVersion: v1\ncontexts:\n- context: {cluster: kubernetes, user: '2748'}\n  name: 2748-c8f2e1d0a9b84c7d\n",
        }
      : { kubeconfig: UNKNOWN },
    ...(deployed ? {} : { propertyDependencies: { kubeconfig: ["ack"] } }),
  },
];

const ingress = (
  name: string,
  hosts: string[],
  extra: Partial<CaseResource> = { providerRef: "ack-k8s" },
): CaseResource => ({
  type: "kubernetes:networking.k8s.io/v1:Ingress",
  name,
  props: {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: { name },
    spec: {
      rules: hosts.map((host) => ({ host, http: { paths: [{ path: "/", pathType: "Prefix" }] } })),
      tls: [{ hosts, secretName: "tls" }],
    },
  },
  ...extra,
});

/** A mainland (or Hong Kong) SAE application behind an SAE Ingress on a CLB. */
const sae = (
  domain: string,
  opts: { provider?: Record<string, unknown>; clb?: Record<string, unknown> } = {},
): CaseResource[] => [
  {
    type: T.saeApplication,
    name: "app",
    props: { appName: "shop", packageType: "Image", replicas: 2 },
    provider: opts.provider ?? hz,
  },
  {
    type: T.slbApplicationLoadBalancer,
    name: "sae-clb",
    props: opts.clb ?? { addressType: "internet" },
    provider: opts.provider ?? hz,
  },
  {
    type: T.saeIngress,
    name: "sae-ingress",
    props: {
      slbId: UNKNOWN,
      namespaceId: "cn-hangzhou:shop",
      listenerPort: 80,
      rules: [{ domain, path: "/", appId: UNKNOWN, appName: "shop", containerPort: 8080 }],
    },
    provider: opts.provider ?? hz,
    propertyDependencies: { slbId: ["sae-clb"], rules: ["app"] },
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
      ...internetAlb,
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
        'serves "www.example.com", "*.unfiled.cn" on alb.LoadBalancer "alb" in cn-hangzhou',
        'ALB forwarding rule "*.unfiled.cn" (registrable domain unfiled.cn)',
      ],
    },
  },
  {
    name: "an slb.Rule is shown with its domain as declared, and checked normalised",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "clb",
        id: "lb-1",
        props: { addressType: "internet" },
        provider: hz,
      },
      {
        type: T.slbRule,
        name: "wild",
        props: { loadBalancerId: "lb-1", frontendPort: 80, domain: "*.Aliyun.com" },
        provider: hz,
      },
    ],
    expect: {
      wild: [
        'serves "*.Aliyun.com" on slb.ApplicationLoadBalancer "clb" in cn-hangzhou',
        'CLB forwarding rule "*.Aliyun.com" (registrable domain aliyun.com) has no ICP filing',
        "add a filing covering aliyun.com",
      ],
    },
  },
  {
    name: "Function Compute's own test domains (*.fcapp.run) are not the user's to file",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "clb",
        id: "lb-1",
        props: { addressType: "internet" },
        provider: hz,
      },
      {
        type: T.slbRule,
        name: "fc-test",
        props: {
          loadBalancerId: "lb-1",
          frontendPort: 80,
          domain: "shop-api-abc.cn-hangzhou.fcapp.run",
        },
        provider: hz,
      },
    ],
    expect: {},
    notApplicable: { "fc-test": "under fcapp.run, a domain Alibaba Cloud owns" },
  },
  // --- VPC load balancers: a CLB in a VPC without addressType is intranet ----------------------
  {
    name: "preview: a CLB created in a VPC without addressType is intranet: its rule is not judged",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "vpc-clb",
        props: { vswitchId: UNKNOWN, loadBalancerSpec: "slb.s2.small" },
        provider: hz,
        propertyDependencies: { vswitchId: ["vsw"] },
      },
      {
        type: T.slbRule,
        name: "internal-rule",
        props: { loadBalancerId: UNKNOWN, frontendPort: 80, domain: "api.unfiled.cn" },
        provider: hz,
        propertyDependencies: { loadBalancerId: ["vpc-clb"] },
      },
    ],
    expect: {},
    notApplicable: { "internal-rule": "does not serve the internet (intranet load balancer)" },
  },
  {
    name: "deployed: the same CLB with addressType internet serves the internet: flagged",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "vpc-clb",
        id: "lb-vpc",
        props: { vswitchId: "vsw-1", addressType: "internet" },
        provider: hz,
      },
      {
        type: T.slbRule,
        name: "public-rule",
        props: { loadBalancerId: "lb-vpc", frontendPort: 80, domain: "api.unfiled.cn" },
        provider: hz,
      },
    ],
    expect: { "public-rule": ['serves "api.unfiled.cn" on slb.ApplicationLoadBalancer "vpc-clb"'] },
  },
  {
    name: "deployed: a record pointing at an intranet CLB's address is not judged",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "vpc-clb",
        id: "lb-vpc",
        props: { vswitchId: "vsw-1", address: "10.0.1.20" },
        provider: hz,
      },
      record("internal", "api", "10.0.1.20"),
    ],
    expect: {},
    notApplicable: { internal: "intranet load balancer" },
  },
  // --- Alibaba endpoint host names -----------------------------------------------------------
  {
    name: "a CNAME to a mainland OSS endpoint needs a filing by any provider",
    resources: [cname("oss", "unfiled.cn", "static", "site.oss-cn-hangzhou.aliyuncs.com")],
    expect: {
      oss: [
        'dns.AlidnsRecord "oss" points "static.unfiled.cn" at mainland Alibaba Cloud compute: the OSS endpoint "site.oss-cn-hangzhou.aliyuncs.com" (cn-hangzhou).',
        "add a filing covering unfiled.cn to icp-registry.yaml (filings[].domains)",
        "from OSS in the Chinese mainland without a valid ICP filing (any access provider)",
      ],
    },
  },
  {
    name: "a CNAME to a mainland OSS endpoint, filed with another provider, passes",
    resources: [cname("oss", "other-provider.cn", "static", "site.oss-cn-hangzhou.aliyuncs.com.")],
    expect: {},
  },
  {
    name: "a CNAME to a mainland Function Compute endpoint needs Alibaba Cloud access",
    resources: [cname("fc", "other-provider.cn", "api", "1234567890.cn-hangzhou.fc.aliyuncs.com")],
    expect: {
      fc: [
        'the Function Compute endpoint "1234567890.cn-hangzhou.fc.aliyuncs.com" (cn-hangzhou)',
        "not Alibaba Cloud",
        "新增接入",
      ],
    },
  },
  {
    name: "a CNAME to a mainland NLB endpoint, filed with Alibaba Cloud, passes",
    resources: [cname("nlb", "example.com", "tcp", "nlb-0a1b.cn-shanghai.nlb.aliyuncs.com")],
    expect: {},
  },
  {
    name: "a CNAME to an unfiled domain's ALB endpoint in an unlisted cn- region is mainland",
    resources: [cname("alb", "unfiled.cn", "app", "alb-9z.cn-newcity.alb.aliyuncs.com")],
    expect: { alb: ['the ALB endpoint "alb-9z.cn-newcity.alb.aliyuncs.com" (cn-newcity)'] },
  },
  {
    name: "a CNAME to a Hong Kong ALB endpoint is not applicable",
    resources: [cname("alb", "unfiled.cn", "app", "alb-9z.cn-hongkong.alb.aliyuncs.com")],
    expect: {},
    notApplicable: {
      alb: 'the ALB endpoint "alb-9z.cn-hongkong.alb.aliyuncs.com" in cn-hongkong, outside the Chinese mainland',
    },
  },
  {
    name: "other *.aliyuncs.com names (an internal OSS endpoint, another product) are not judged",
    resources: [
      cname("internal", "unfiled.cn", "i", "site.oss-cn-hangzhou-internal.aliyuncs.com"),
      cname("other", "unfiled.cn", "o", "abc.cn-hangzhou.log.aliyuncs.com"),
    ],
    expect: {},
    notApplicable: {
      internal:
        '"site.oss-cn-hangzhou-internal.aliyuncs.com"; only OSS, Function Compute, ALB and NLB',
      other: "so it is not judged",
    },
  },
  // --- Kubernetes Ingresses on ACK --------------------------------------------------------------
  {
    name: "preview: an Ingress on a mainland ACK cluster (kubeconfig computed from it) is flagged",
    resources: [...ack(), ingress("web", ["shop.unfiled.cn", "*.unfiled.cn"])],
    expect: {
      web: [
        'k8s.networking.v1.Ingress "web" serves "shop.unfiled.cn", "*.unfiled.cn" on cs.ManagedKubernetes "ack" in cn-hangzhou',
        'Kubernetes Ingress host "shop.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
        "with accessProviders: [alibaba-cloud]",
        'Kubernetes Ingress host "*.unfiled.cn"',
      ],
    },
  },
  {
    name: "preview: an Ingress host filed with another provider must add Alibaba Cloud",
    resources: [...ack(), ingress("web", ["www.other-provider.cn"])],
    expect: { web: ['"www.other-provider.cn" is filed as 京ICP备11018762号', "新增接入"] },
  },
  {
    name: "preview: an Ingress host filed with Alibaba Cloud passes",
    resources: [...ack(), ingress("web", ["www.example.com"])],
    expect: {},
  },
  {
    name: "deployed: the kubeconfig names the cluster by id; the legacy extensions Ingress is read too",
    resources: [
      ...ack(hz, true),
      {
        ...ingress("legacy", ["m.unfiled.cn"]),
        type: "kubernetes:extensions/v1beta1:Ingress",
      },
    ],
    expect: {
      legacy: [
        'k8s.extensions.v1beta1.Ingress "legacy" serves "m.unfiled.cn" on cs.ManagedKubernetes "ack"',
      ],
    },
  },
  {
    name: "preview: a kubeconfig from an invoke names no cluster; the provider's dependsOn links it",
    resources: [
      ...ack().map((r) =>
        r.name === "ack-k8s" ? { ...r, propertyDependencies: {}, dependencies: ["ack"] } : r,
      ),
      ingress("web", ["shop.unfiled.cn"]),
    ],
    expect: { web: ['serves "shop.unfiled.cn" on cs.ManagedKubernetes "ack" in cn-hangzhou'] },
  },
  {
    name: "hosts read out of a secret Ingress spec print as [secret]",
    resources: [
      ...ack(),
      {
        ...ingress("web", []),
        props: {
          spec: {
            [SECRET_SIG_KEY]: SECRET_SIG,
            value: { rules: [{ host: "hidden.unfiled.cn" }], tls: [{ hosts: ["tls.unfiled.cn"] }] },
          },
        },
      },
    ],
    expect: {
      web: [
        'serves "[secret]", "[secret]" on cs.ManagedKubernetes "ack"',
        'Kubernetes Ingress host "[secret]" has no ICP filing',
      ],
    },
  },
  {
    name: "an Ingress on a Hong Kong ACK cluster is not applicable",
    resources: [...ack(hk), ingress("web", ["shop.unfiled.cn"])],
    expect: {},
    notApplicable: {
      web: 'cs.ManagedKubernetes "ack" in cn-hongkong, outside the Chinese mainland',
    },
  },
  {
    name: "an Ingress through the default Kubernetes provider: the cluster is unknown",
    resources: [
      ...ack(),
      { type: "pulumi:providers:kubernetes", name: "default_4_34_2", props: {} },
      ingress("web", ["shop.unfiled.cn"], { providerRef: "default_4_34_2" }),
    ],
    expect: {},
    notApplicable: {
      web: "deployed through the default Kubernetes provider: the cluster is unknown",
    },
  },
  {
    name: "an Ingress whose kubeconfig comes from config is not tied to a cluster",
    resources: [
      ...ack(),
      {
        type: "pulumi:providers:kubernetes",
        name: "from-config",
        props: { kubeconfig: "apiVersion: v1\nclusters: []\n" },
      },
      ingress("web", ["shop.unfiled.cn"], { providerRef: "from-config" }),
    ],
    expect: {},
    notApplicable: {
      web: "not computed from an ACK cluster of this stack, and the provider does not dependsOn one: the cluster is unknown",
    },
  },
  // --- SAE Ingresses ----------------------------------------------------------------------------
  {
    name: "preview: an SAE Ingress rule of a mainland application is flagged",
    resources: sae("shop.unfiled.cn"),
    expect: {
      "sae-ingress": [
        'sae.Ingress "sae-ingress" serves "shop.unfiled.cn" on sae.Application "app" in cn-hangzhou',
        'SAE Ingress domain "shop.unfiled.cn"',
        "with accessProviders: [alibaba-cloud]",
      ],
    },
  },
  {
    name: "an SAE Ingress of a Hong Kong application is not applicable",
    resources: sae("shop.unfiled.cn", { provider: hk }),
    expect: {},
    notApplicable: { "sae-ingress": "outside the Chinese mainland" },
  },
  {
    name: "an SAE Ingress on an intranet CLB is not applicable",
    resources: sae("shop.unfiled.cn", { clb: { addressType: "intranet" } }),
    expect: {},
    notApplicable: { "sae-ingress": "intranet load balancer" },
  },
  ...(["conditions", "hostConfig", "values"] as const).map(
    (where): StackCase => ({
      name: `deployed: ALB hosts inside a secret (${where}) are checked and shown as [secret]`,
      resources: [
        ...internetAlb,
        {
          type: T.albRule,
          name: "hosts",
          props: { listenerId: "lsn-1", ruleConditions: secretHosts(where, "hidden.unfiled.cn") },
        },
      ],
      expect: {
        hosts: [
          'serves "[secret]" on alb.LoadBalancer "alb" in cn-hangzhou',
          'ALB forwarding rule "[secret]" has no ICP filing',
        ],
      },
    }),
  ),
];

/** One Host condition for `host`, with a secret around the whole list, its hostConfig or its values. */
function secretHosts(where: "conditions" | "hostConfig" | "values", host: string): unknown {
  const secret = (value: unknown) => ({
    "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
    value,
  });
  const values = where === "values" ? secret([host]) : [host];
  const hostConfig = where === "hostConfig" ? secret({ values }) : { values };
  const conditions = [{ type: "Host", hostConfig }];
  return where === "conditions" ? secret(conditions) : conditions;
}
