// Good and bad cases of icp-lb-backend-ecs, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

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

/** A deployed internet CLB with an HTTP listener and an Auto Scaling group behind it. */
function scaledClb(
  opts: {
    provider?: Record<string, unknown>;
    attached?: Record<string, unknown>;
    eip?: boolean;
  } = {},
): CaseResource[] {
  const provider = opts.provider ?? hz;
  const out: CaseResource[] = [
    {
      type: T.slbApplicationLoadBalancer,
      name: "clb",
      id: "lb-1",
      props: { addressType: "internet" },
      provider,
    },
    {
      type: T.slbListener,
      name: "http",
      props: { loadBalancerId: "lb-1", frontendPort: 80, protocol: "http" },
      provider,
    },
    {
      type: T.essScalingGroup,
      name: "asg",
      id: "asg-1",
      props: { minSize: 1, maxSize: 4, loadbalancerIds: ["lb-1"], vswitchIds: ["vsw-1"] },
      provider,
    },
  ];
  if (opts.attached) {
    out.push(
      {
        type: T.ecsInstance,
        name: "anchor",
        id: "i-anchor",
        props: { instanceType: "ecs.g7.large", ...opts.attached },
        provider,
      },
      {
        type: T.essAttachment,
        name: "asg-anchor",
        props: { scalingGroupId: "asg-1", instanceIds: ["i-anchor"] },
        provider,
      },
    );
  }
  if (opts.eip) {
    out.push(
      { type: T.ecsEipAddress, name: "eip", id: "eip-1", props: { bandwidth: "5" }, provider },
      {
        type: T.ecsEipAssociation,
        name: "eip-assoc",
        props: { allocationId: "eip-1", instanceId: "i-anchor" },
        provider,
      },
    );
  }
  return out;
}

/** A new ALB whose server group takes an Auto Scaling group's instances (preview links only). */
function previewScaledAlb(attach: CaseResource): CaseResource[] {
  return [
    {
      type: T.albLoadBalancer,
      name: "alb",
      props: { addressType: "Internet", zoneMappings: [{ zoneId: "cn-shanghai-b" }] },
    },
    { type: T.albServerGroup, name: "sg", props: { serverGroupName: "web", servers: [] } },
    {
      type: T.albListener,
      name: "https",
      props: {
        loadBalancerId: UNKNOWN,
        listenerPort: 443,
        listenerProtocol: "HTTPS",
        defaultActions: [
          {
            type: "ForwardGroup",
            forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: UNKNOWN }] },
          },
        ],
      },
      propertyDependencies: { loadBalancerId: ["alb"], defaultActions: ["sg"] },
    },
    {
      type: T.essScalingGroup,
      name: "asg",
      props: { minSize: 1, maxSize: 4, vswitchIds: [UNKNOWN] },
      provider: { region: "cn-shanghai" },
    },
    attach,
  ];
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
  // --- VPC load balancers ------------------------------------------------------------------------
  {
    name: "preview: a CLB created in a VPC without addressType is intranet, not flagged",
    resources: previewClb(postpaid).map((r) =>
      r.type === T.slbApplicationLoadBalancer
        ? {
            ...r,
            props: { vswitchId: UNKNOWN, loadBalancerSpec: "slb.s2.small" },
            propertyDependencies: { vswitchId: ["vsw"] },
          }
        : r,
    ),
    expect: {},
    notApplicable: {
      clb: "a CLB created in a VPC (vswitchId set) without addressType is intranet",
    },
  },
  {
    name: "deployed: a CLB without vswitchId and without addressType is internet-facing",
    resources: deployedClb(postpaid).map((r) =>
      r.type === T.slbApplicationLoadBalancer ? { ...r, props: { address: "47.96.2.1" } } : r,
    ),
    expect: { clb: ["is an internet-facing load balancer in cn-hangzhou", "PostPaid"] },
  },
  {
    name: "an addressType ICP Guard does not know counts as internet (fail safe)",
    resources: deployedClb(postpaid).map((r) =>
      r.type === T.slbApplicationLoadBalancer
        ? { ...r, props: { vswitchId: "vsw-1", addressType: "public" } }
        : r,
    ),
    expect: { clb: ["is an internet-facing load balancer", "PostPaid"] },
  },
  {
    name: "an intranet ALB is not flagged",
    resources: previewScaledAlb({
      type: T.essAlbServerGroupAttachment,
      name: "asg-alb",
      props: { scalingGroupId: UNKNOWN, albServerGroupId: UNKNOWN, port: 80, weight: 100 },
      propertyDependencies: { scalingGroupId: ["asg"], albServerGroupId: ["sg"] },
    }).map((r) =>
      r.type === T.albLoadBalancer ? { ...r, props: { ...r.props, addressType: "Intranet" } } : r,
    ),
    expect: {},
    notApplicable: { alb: "addressType is intranet" },
  },
  // --- Auto Scaling ---------------------------------------------------------------------------------
  {
    name: "deployed: a CLB whose backends come from a scaling group is told so, naming the group",
    resources: scaledClb(),
    expect: {
      clb: [
        'the instances that Auto Scaling group ess.ScalingGroup "asg" creates are pay-as-you-go or preemptible',
        "Fix: attach at least one subscription ECS",
      ],
    },
  },
  {
    name: "deployed: an eligible ECS put into the group with ess.Attachment is a backend: passes",
    resources: scaledClb({ attached: prepaid, eip: true }),
    expect: {},
  },
  {
    name: "deployed: a pay-as-you-go ECS put into the group is judged like any other backend",
    resources: scaledClb({ attached: postpaid }),
    expect: {
      clb: [
        'Auto Scaling group ess.ScalingGroup "asg" creates',
        'backend ecs.Instance "anchor" cannot give an ICP service code',
        "PostPaid",
      ],
    },
  },
  {
    name: "a Hong Kong twin of the scaled CLB is not flagged",
    resources: scaledClb({ provider: hk }),
    expect: {},
  },
  {
    name: "preview: ess.AlbServerGroupAttachment puts the group behind the ALB's server group",
    resources: previewScaledAlb({
      type: T.essAlbServerGroupAttachment,
      name: "asg-alb",
      props: { scalingGroupId: UNKNOWN, albServerGroupId: UNKNOWN, port: 80, weight: 100 },
      propertyDependencies: { scalingGroupId: ["asg"], albServerGroupId: ["sg"] },
    }),
    expect: {
      alb: [
        'alb.LoadBalancer "alb" is an internet-facing load balancer in cn-shanghai',
        'Auto Scaling group ess.ScalingGroup "asg" (attached by ess.AlbServerGroupAttachment "asg-alb") creates',
      ],
    },
  },
  {
    name: "preview: ess.ServerGroupAttachment (type ALB) does the same",
    resources: previewScaledAlb({
      type: T.essServerGroupAttachment,
      name: "asg-sg",
      props: { scalingGroupId: UNKNOWN, serverGroupId: UNKNOWN, type: "ALB", port: 80 },
      propertyDependencies: { scalingGroupId: ["asg"], serverGroupId: ["sg"] },
    }),
    expect: { alb: ['(attached by ess.ServerGroupAttachment "asg-sg")'] },
  },
  {
    name: "preview: a scaling group's albServerGroups put it behind the ALB",
    resources: previewScaledAlb({
      type: T.ecsInstance,
      name: "unrelated",
      props: { ...postpaid, availabilityZone: "cn-shanghai-b" },
    }).map((r) =>
      r.type === T.essScalingGroup
        ? {
            ...r,
            props: {
              ...r.props,
              albServerGroups: [{ albServerGroupId: UNKNOWN, port: 80, weight: 100 }],
            },
            propertyDependencies: { albServerGroups: ["sg"] },
          }
        : r,
    ),
    expect: { alb: ['Auto Scaling group ess.ScalingGroup "asg" creates'] },
  },
  {
    name: "preview: ess.ScalingGroupVServerGroups puts the group behind a CLB's vserver group",
    resources: [
      ...previewClb(postpaid).filter((r) => r.type !== T.slbBackendServer),
      { type: T.essScalingGroup, name: "asg", props: { minSize: 1, maxSize: 2 }, provider: hz },
      {
        type: T.essScalingGroupVServerGroups,
        name: "asg-vsg",
        props: {
          scalingGroupId: UNKNOWN,
          vserverGroups: [
            {
              loadbalancerId: UNKNOWN,
              vserverAttributes: [{ vserverGroupId: UNKNOWN, port: 80, weight: 100 }],
            },
          ],
        },
        provider: hz,
        propertyDependencies: { scalingGroupId: ["asg"], vserverGroups: ["clb"] },
      },
    ],
    expect: {
      clb: [
        'Auto Scaling group ess.ScalingGroup "asg" (attached by ess.ScalingGroupVServerGroups "asg-vsg")',
      ],
    },
  },
  {
    name: "an ess.Attachment whose group is unknown and computed from nothing makes the verdict unverifiable",
    resources: [
      ...scaledClb({ attached: prepaid, eip: true }).map((r) =>
        r.type === T.essAttachment
          ? { ...r, props: { scalingGroupId: UNKNOWN, instanceIds: ["i-anchor"] } }
          : r,
      ),
    ],
    settings: { unknownValues: "skip" },
    expect: {},
    notApplicable: { clb: "could not be verified during preview" },
  },
  {
    name: "a listener whose load balancer is unknown and not computed from any resource (an event log) makes the CLB 'could not verify'",
    resources: previewClb(postpaid).map((r) =>
      r.type === T.slbListener ? { ...r, propertyDependencies: {} } : r,
    ),
    expect: {
      clb: [
        'serving web traffic (slb.Listener "http" HTTP:80)',
        'backend ecs.Instance "web" cannot give an ICP service code',
        'the load balancer of slb.Listener "http" is unknown during preview and is not computed from any resource of this stack (an event log never says), so it may belong to this one: ICP Guard could not verify this load balancer',
      ],
    },
  },
  {
    name: "a backend attachment whose load balancer is unknown makes a CLB without eligible backend 'could not verify'",
    resources: previewClb(prepaid, { eip: true }).map((r) =>
      r.type === T.slbBackendServer
        ? { ...r, propertyDependencies: { backendServers: ["web"] } }
        : r,
    ),
    expect: {
      clb: [
        'the load balancer of slb.BackendServer "backends" is unknown during preview',
        "Fix: attach at least one subscription ECS",
      ],
    },
  },
  {
    name: "an eligible backend known to be attached passes, whatever listener is unknown",
    resources: [
      ...previewClb(prepaid, { eip: true }),
      {
        type: T.slbListener,
        name: "https",
        props: { loadBalancerId: UNKNOWN, frontendPort: 443, protocol: "https" },
        provider: hz,
      },
    ],
    expect: {},
  },
  {
    name: "an unknown link of another family (an ALB listener) leaves a CLB's verdict alone",
    resources: [
      ...previewClb(prepaid, { eip: true }),
      {
        type: T.albListener,
        name: "alb-http",
        props: { loadBalancerId: UNKNOWN, listenerPort: 80, listenerProtocol: "HTTP" },
        provider: hz,
      },
    ],
    expect: {},
  },
  {
    name: "unknownValues: skip leaves a load balancer it cannot verify alone",
    resources: previewClb(postpaid).map((r) =>
      r.type === T.slbListener ? { ...r, propertyDependencies: {} } : r,
    ),
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "a secret listener protocol and port decide but print as [secret]",
    resources: previewClb(postpaid).map((r) =>
      r.type === T.slbListener
        ? {
            ...r,
            props: {
              ...r.props,
              frontendPort: {
                "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                value: 8080,
              },
              protocol: {
                "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                value: "http",
              },
            },
          }
        : r,
    ),
    expect: { clb: ['serving web traffic (slb.Listener "http" [secret]:[secret])', "PostPaid"] },
  },
];
