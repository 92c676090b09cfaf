// Good and bad cases of icp-lb-backend-ecs, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { UNKNOWN } from "../../model/props";
import { T } from "../../model/resource-types";

const hz = { region: "cn-hangzhou" };
const hk = { region: "cn-hongkong" };

const prepaid = {
  instanceChargeType: "PrePaid",
  period: 12,
  periodUnit: "Month",
  internetMaxBandwidthOut: 0,
};
const postpaid = { instanceChargeType: "PostPaid", internetMaxBandwidthOut: 0 };

/** A CLB with an HTTP listener and one ECS backend, linked only through propertyDependencies. */
function previewClb(
  ecsProps: Record<string, unknown>,
  opts: { provider?: Record<string, unknown>; lbName?: string; eip?: boolean } = {},
): CaseResource[] {
  const provider = opts.provider ?? hz;
  const lb = opts.lbName ?? "clb";
  const out: CaseResource[] = [
    {
      type: T.ecsInstance,
      name: "web",
      props: { instanceType: "ecs.g7.large", ...ecsProps },
      provider,
    },
    {
      type: T.slbApplicationLoadBalancer,
      name: lb,
      props: { addressType: "internet", address: UNKNOWN },
      provider,
    },
    {
      type: T.slbListener,
      name: "http",
      props: { loadBalancerId: UNKNOWN, frontendPort: 80, backendPort: 8080, protocol: "http" },
      provider,
      propertyDependencies: { loadBalancerId: [lb] },
    },
    {
      type: T.slbBackendServer,
      name: "backends",
      props: { loadBalancerId: UNKNOWN, backendServers: [{ serverId: UNKNOWN, weight: 100 }] },
      provider,
      propertyDependencies: { loadBalancerId: [lb], backendServers: ["web"] },
    },
  ];
  if (opts.eip) {
    out.push(
      {
        type: T.ecsEipAddress,
        name: "eip",
        props: { bandwidth: "5", ipAddress: UNKNOWN },
        provider,
      },
      {
        type: T.ecsEipAssociation,
        name: "eip-assoc",
        props: { allocationId: UNKNOWN, instanceId: UNKNOWN },
        provider,
        propertyDependencies: { allocationId: ["eip"], instanceId: ["web"] },
      },
    );
  }
  return out;
}

/** The same infrastructure as a deployed state: ids known, no propertyDependencies. */
function deployedClb(
  ecsProps: Record<string, unknown>,
  opts: { eip?: boolean; listener?: Record<string, unknown> } = {},
): CaseResource[] {
  const out: CaseResource[] = [
    {
      type: T.ecsInstance,
      name: "web",
      id: "i-web",
      props: { instanceType: "ecs.g7.large", ...ecsProps },
      provider: hz,
    },
    {
      type: T.slbApplicationLoadBalancer,
      name: "clb",
      id: "lb-1",
      props: { addressType: "internet", address: "47.96.2.1" },
      provider: hz,
    },
    {
      type: T.slbListener,
      name: "http",
      props: { loadBalancerId: "lb-1", frontendPort: 80, protocol: "http", ...opts.listener },
      provider: hz,
    },
    {
      type: T.slbAttachment,
      name: "attach",
      props: { loadBalancerId: "lb-1", instanceIds: ["i-web"] },
      provider: hz,
    },
  ];
  if (opts.eip) {
    out.push(
      {
        type: T.ecsEipAddress,
        name: "eip",
        id: "eip-1",
        props: { bandwidth: "5", ipAddress: "47.96.2.2" },
        provider: hz,
      },
      {
        type: T.ecsEipAssociation,
        name: "eip-assoc",
        props: { allocationId: "eip-1", instanceId: "i-web" },
        provider: hz,
      },
    );
  }
  return out;
}

export const cases: StackCase[] = [
  {
    name: "preview: a CLB whose only backend is pay-as-you-go is flagged on the load balancer",
    resources: previewClb(postpaid),
    expect: {
      clb: [
        'slb.ApplicationLoadBalancer "clb" is an internet-facing load balancer in cn-hangzhou, serving web traffic (slb.Listener "http" HTTP:80).',
        'backend ecs.Instance "web" cannot give an ICP service code',
        "PostPaid",
        "Fix: attach at least one subscription ECS",
        "A load balancer cannot give an ICP service code",
      ],
    },
  },
  {
    name: "preview: a subscription ECS with a bound EIP behind the CLB passes",
    resources: previewClb(prepaid, { eip: true }),
    expect: {},
  },
  {
    name: "preview: a subscription ECS without public bandwidth or EIP is not enough",
    resources: previewClb(prepaid),
    expect: {
      clb: [
        'backend ecs.Instance "web" cannot give an ICP service code',
        "internetMaxBandwidthOut",
      ],
    },
  },
  {
    name: "deployed: the same pay-as-you-go backend is flagged, linked by id",
    resources: deployedClb(postpaid),
    expect: { clb: ['backend ecs.Instance "web" cannot give an ICP service code', "PostPaid"] },
  },
  {
    name: "deployed: an eligible backend with an EIP passes",
    resources: deployedClb(prepaid, { eip: true }),
    expect: {},
  },
  {
    name: "deployed: public bandwidth on the instance itself is enough",
    resources: deployedClb({ ...prepaid, internetMaxBandwidthOut: 5 }),
    expect: {},
  },
  {
    name: "a Hong Kong twin is not flagged",
    resources: previewClb(postpaid, { provider: hk }),
    expect: {},
  },
  {
    name: "an intranet load balancer is not flagged",
    resources: previewClb(postpaid).map((r) =>
      r.type === T.slbApplicationLoadBalancer ? { ...r, props: { addressType: "intranet" } } : r,
    ),
    expect: {},
  },
  {
    name: "a load balancer with no listener in the stack is not judged",
    resources: previewClb(postpaid).filter((r) => r.type !== T.slbListener),
    expect: {},
  },
  {
    name: "a TCP listener on a non-web port is not web traffic",
    resources: deployedClb(postpaid, { listener: { protocol: "tcp", frontendPort: 3306 } }),
    expect: {},
  },
  {
    name: "a TCP listener on 443 is web traffic (webPorts default)",
    resources: deployedClb(postpaid, { listener: { protocol: "tcp", frontendPort: 443 } }),
    expect: { clb: ['slb.Listener "http" TCP:443', "PostPaid"] },
  },
  {
    name: "webPorts config adds ports",
    resources: deployedClb(postpaid, { listener: { protocol: "tcp", frontendPort: 8443 } }),
    settings: { webPorts: [8443] },
    expect: { clb: ["TCP:8443"] },
  },
  {
    name: "an external backend listed as eligible in the registry passes",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "clb",
        id: "lb-1",
        props: { addressType: "internet" },
        provider: hz,
      },
      {
        type: T.slbListener,
        name: "http",
        props: { loadBalancerId: "lb-1", frontendPort: 80, protocol: "http" },
        provider: hz,
      },
      {
        type: T.slbAttachment,
        name: "attach",
        props: { loadBalancerId: "lb-1", instanceIds: ["i-external"] },
        provider: hz,
      },
    ],
    registry: `filings: []
servers:
  - name: ext-web
    id: i-external
    kind: ecs
    region: cn-hangzhou
    chargeType: PrePaid
    subscriptionMonths: 12
    publicIp: true
`,
    expect: {},
  },
  {
    name: "an external backend not in the registry is flagged, asking for it to be listed",
    resources: [
      {
        type: T.slbApplicationLoadBalancer,
        name: "clb",
        id: "lb-1",
        props: { addressType: "internet" },
        provider: hz,
      },
      {
        type: T.slbListener,
        name: "http",
        props: { loadBalancerId: "lb-1", frontendPort: 80, protocol: "http" },
        provider: hz,
      },
      {
        type: T.slbAttachment,
        name: "attach",
        props: { loadBalancerId: "lb-1", instanceIds: ["i-external"] },
        provider: hz,
      },
    ],
    expect: { clb: ["backend i-external is not in this stack nor in icp-registry.yaml servers"] },
  },
  {
    name: "deployed ALB: listener → server group → ECS",
    resources: [
      {
        type: T.ecsInstance,
        name: "web",
        id: "i-web",
        props: { ...postpaid, availabilityZone: "cn-shanghai-b" },
      },
      {
        type: T.albLoadBalancer,
        name: "alb",
        id: "alb-1",
        props: {
          addressType: "Internet",
          zoneMappings: [{ zoneId: "cn-shanghai-b" }, { zoneId: "cn-shanghai-e" }],
        },
      },
      {
        type: T.albServerGroup,
        name: "sg",
        id: "sgp-1",
        props: { servers: [{ serverId: "i-web", serverType: "Ecs", port: 80 }] },
      },
      {
        type: T.albListener,
        name: "https",
        props: {
          loadBalancerId: "alb-1",
          listenerPort: 443,
          listenerProtocol: "HTTPS",
          defaultActions: [
            {
              type: "ForwardGroup",
              forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: "sgp-1" }] },
            },
          ],
        },
      },
    ],
    expect: {
      alb: [
        'alb.LoadBalancer "alb" is an internet-facing load balancer in cn-shanghai',
        'alb.Listener "https" HTTPS:443',
        'backend ecs.Instance "web"',
      ],
    },
  },
  {
    name: "preview NLB: listener → server group ← attachment → ECS",
    resources: [
      {
        type: T.ecsInstance,
        name: "web",
        props: { ...postpaid, availabilityZone: "cn-beijing-h" },
      },
      {
        type: T.nlbLoadBalancer,
        name: "nlb",
        props: {
          addressType: "Internet",
          zoneMappings: [{ zoneId: "cn-beijing-h", vswitchId: "vsw-1" }],
        },
      },
      { type: T.nlbServerGroup, name: "sg", props: { serverGroupName: "web" } },
      {
        type: T.nlbListener,
        name: "tls",
        props: {
          loadBalancerId: UNKNOWN,
          serverGroupId: UNKNOWN,
          listenerPort: 443,
          listenerProtocol: "TCPSSL",
        },
        propertyDependencies: { loadBalancerId: ["nlb"], serverGroupId: ["sg"] },
      },
      {
        type: T.nlbServerGroupServerAttachment,
        name: "attach",
        props: { serverGroupId: UNKNOWN, serverId: UNKNOWN, serverType: "Ecs", port: 443 },
        propertyDependencies: { serverGroupId: ["sg"], serverId: ["web"] },
      },
    ],
    expect: {
      nlb: [
        'nlb.LoadBalancer "nlb" is an internet-facing load balancer in cn-beijing',
        "TCPSSL:443",
        'backend ecs.Instance "web"',
      ],
    },
  },
  {
    name: "a backend unknown during preview and computed from nothing is reported as unverifiable",
    resources: previewClb(postpaid).map((r) =>
      r.type === T.slbBackendServer
        ? { ...r, propertyDependencies: { loadBalancerId: ["clb"] } }
        : r,
    ),
    expect: {
      clb: ['a backend attached by slb.BackendServer "backends" is unknown during preview'],
    },
  },
  {
    name: "unknownValues: skip drops the unverifiable load balancer",
    resources: previewClb(postpaid).map((r) =>
      r.type === T.slbBackendServer
        ? { ...r, propertyDependencies: { loadBalancerId: ["clb"] } }
        : r,
    ),
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "a load balancer with a web listener and no backend at all is flagged",
    resources: previewClb(postpaid).filter((r) => r.type !== T.slbBackendServer),
    expect: { clb: ["no backend server is attached to it in this stack"] },
  },
  {
    name: "a malformed listener port does not throw; the HTTP protocol still makes it web",
    resources: deployedClb(postpaid, { listener: { frontendPort: "eighty" } }),
    expect: { clb: ["HTTP:?", "PostPaid"] },
  },
  {
    name: "exempted and expired-exemption load balancers",
    resources: [...previewClb(postpaid, { lbName: "legacy-clb" })],
    expect: {},
  },
  {
    name: "an expired exemption no longer applies",
    resources: [...previewClb(postpaid, { lbName: "old-clb" })],
    expect: { "old-clb": ["PostPaid", "expired on 2026-01-31"] },
  },
];
