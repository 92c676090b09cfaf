// Good and bad cases of icp-container-service-code, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { StackCase } from "../../../test/support/policy-case";
import {
  cluster,
  deployedEip,
  EXEMPTIONS_YAML,
  ecs,
  hk,
  nodePool,
  previewEip,
  sas,
} from "../../../test/support/server-cases";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const POSTPAID = { instanceChargeType: "PostPaid", period: undefined };

/** An eligible server outside every stack, and an ineligible one. */
const EXTERNAL_REGISTRY = (chargeType: string) => `filings: []
servers:
  - name: ext-anchor
    kind: ecs
    region: cn-beijing
    chargeType: ${chargeType}
    subscriptionMonths: 12
    publicIp: true
`;

const SUBJECT =
  'cs.ManagedKubernetes "k8s" is in cn-hangzhou, a Chinese mainland region (from its provider\'s region).';
const NONE_ELIGIBLE = "no server in this stack or in icp-registry.yaml servers is eligible";
const FIX = "Fix: add a subscription ECS instance in a mainland region to this stack";
const WHY = "Alibaba Cloud files a site served from ACK/ACS only with a service code";

export const cases: StackCase[] = [
  {
    name: "preview: a subscription ECS whose public IP is an EIP bound through propertyDependencies serves the cluster",
    resources: [cluster("k8s"), ecs("web", { internetMaxBandwidthOut: 0 }), ...previewEip("web")],
    expect: {},
  },
  {
    name: "preview: a pay-as-you-go ECS cannot give the cluster a service code",
    resources: [cluster("k8s"), ecs("web", POSTPAID), ...previewEip("web")],
    expect: {
      k8s: [
        SUBJECT,
        `- a site served from this cluster needs an ICP service code from an eligible ECS or SAS instance (ACK/ACS cannot give one), and ${NONE_ELIGIBLE}`,
        '- considered ecs.Instance "web" in this stack: instanceChargeType is PostPaid (pay-as-you-go): set instanceChargeType: PrePaid with period >= 3; period is not set (a 1-month subscription): set period >= 3 (months)',
        FIX,
        WHY,
      ],
    },
  },
  {
    name: "deployed: an EIP association linked by instance id gives the ECS its public IP",
    resources: [
      cluster("k8s", T.csManagedKubernetes, { id: "c-k8s" }),
      ecs("web", { internetMaxBandwidthOut: 0 }, { id: "i-web" }),
      ...deployedEip("web", "i-web"),
    ],
    expect: {},
  },
  {
    name: "deployed: an EIP bound to another instance does not count",
    resources: [
      cluster("k8s", T.csManagedKubernetes, { id: "c-k8s" }),
      ecs("web", { internetMaxBandwidthOut: 0 }, { id: "i-web" }),
      ...deployedEip("other", "i-other"),
    ],
    expect: {
      k8s: [
        NONE_ELIGIBLE,
        'considered ecs.Instance "web" in this stack: internetMaxBandwidthOut is 0 and no EIP is bound to it by ecs.EipAssociation (no public IP): set internetMaxBandwidthOut > 0, or bind an EIP with ecs.EipAssociation',
        FIX,
      ],
    },
  },
  {
    name: "an eligible Simple Application Server serves every cluster, whatever the ECS",
    resources: [
      cluster("k8s"),
      cluster("serverless", T.csServerlessKubernetes),
      ecs("web", POSTPAID),
      sas("blog"),
    ],
    expect: {},
  },
  {
    name: "ACK node-pool instances never count, even on subscription",
    resources: [cluster("k8s"), nodePool("pool")],
    expect: {
      k8s: [
        NONE_ELIGIBLE,
        'considered cs.NodePool "pool" in this stack: its instances are ACK node-pool instances, not standalone servers',
        FIX,
      ],
    },
  },
  {
    name: "no server anywhere: every mainland cluster is flagged, deprecated cluster types too",
    resources: [cluster("k8s"), cluster("classic", T.csKubernetes)],
    registry: "filings: []\n",
    expect: {
      k8s: [
        NONE_ELIGIBLE,
        "there is no ECS or SAS instance in this stack and no server in icp-registry.yaml",
        FIX,
      ],
      classic: ['cs.Kubernetes "classic" is in cn-hangzhou', NONE_ELIGIBLE],
    },
  },
  {
    name: "an eligible server listed in the registry outside the stack serves the cluster",
    resources: [cluster("k8s"), ecs("web", POSTPAID)],
    registry: EXTERNAL_REGISTRY("PrePaid"),
    expect: {},
  },
  {
    name: "a registry server outside the stack declared pay-as-you-go does not count",
    resources: [cluster("k8s")],
    registry: EXTERNAL_REGISTRY("PostPaid"),
    expect: {
      k8s: [
        NONE_ELIGIBLE,
        'considered registry server "ext-anchor" (icp-registry.yaml line 3): chargeType is PostPaid (pay-as-you-go): convert the server to subscription and write chargeType: PrePaid',
      ],
    },
  },
  {
    name: "a registry server of this stack is judged as the stack resource it names, not by its declared facts",
    resources: [cluster("k8s"), ecs("web-anchor", POSTPAID)],
    registry: `filings: []
servers:
  - name: web-anchor
    kind: ecs
    region: cn-hangzhou
    chargeType: PrePaid
    subscriptionMonths: 12
    publicIp: true
    stack: acme/shop/prod
    resource: web-anchor
`,
    expect: {
      k8s: ['considered ecs.Instance "web-anchor" in this stack: instanceChargeType is PostPaid'],
    },
  },
  {
    name: "a registry server of this stack that is no longer in it gives nothing",
    resources: [cluster("k8s")],
    registry: `filings: []
servers:
  - name: web-anchor
    kind: ecs
    region: cn-hangzhou
    chargeType: PrePaid
    subscriptionMonths: 12
    publicIp: true
    stack: shop/prod
    resource: web-anchor
`,
    expect: {
      k8s: [
        'considered registry server "web-anchor" (icp-registry.yaml line 3): it names resource "web-anchor" of this stack, which is not in it',
      ],
    },
  },
  {
    name: "a Hong Kong twin (cluster and servers in cn-hongkong) is not flagged",
    resources: [
      cluster("k8s", T.csManagedKubernetes, { provider: hk }),
      ecs("web", POSTPAID, { provider: hk }),
    ],
    expect: {},
  },
  {
    name: "a server in Hong Kong cannot serve a mainland cluster",
    resources: [cluster("k8s"), ecs("web", {}, { provider: hk })],
    expect: {
      k8s: [
        'considered ecs.Instance "web" in this stack: provider.region is cn-hongkong (outside the Chinese mainland)',
      ],
    },
  },
  {
    name: "an exempted cluster is not flagged",
    resources: [cluster("legacy-k8s")],
    expect: {},
  },
  {
    name: "an expired exemption no longer applies",
    resources: [cluster("old-k8s")],
    expect: { "old-k8s": [NONE_ELIGIBLE, FIX, "expired on 2026-01-31"] },
  },
  {
    name: "preview: an EIP association whose instance cannot be decided is reported as unknown",
    resources: [
      cluster("k8s"),
      ecs("web", { internetMaxBandwidthOut: 0 }),
      {
        type: T.ecsEipAssociation,
        name: "assoc",
        props: { allocationId: UNKNOWN, instanceId: UNKNOWN },
      },
    ],
    expect: {
      k8s: [
        "no server in this stack or in icp-registry.yaml servers is known to be eligible: some depend on values unknown during preview",
        'considered ecs.Instance "web" in this stack: its public bandwidth is unknown during preview (internetMaxBandwidthOut is 0, and whether an ecs.EipAssociation binds an EIP to it cannot be decided)',
      ],
    },
  },
  {
    name: "unknownValues: skip accepts a verdict that hangs on an unknown",
    resources: [
      cluster("k8s"),
      ecs("web", { internetMaxBandwidthOut: 0 }),
      { type: T.ecsEipAssociation, name: "assoc", props: { instanceId: UNKNOWN } },
    ],
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "malformed inputs are named with the field and the fix, never an exception",
    resources: [cluster("k8s"), ecs("web", { instanceChargeType: 42, period: "twelve" })],
    expect: {
      k8s: [
        "instanceChargeType is a number where a string belongs (not PrePaid): set instanceChargeType: PrePaid with period >= 3",
        "period is a string where a number belongs: set period to a number of months, at least 3",
      ],
    },
  },
  {
    name: "many servers: the closest to eligible are listed first, at most five, then a count",
    resources: [
      cluster("k8s"),
      ...["a", "b", "c", "d", "e", "f"].map((n) => ecs(`web-${n}`, POSTPAID)),
      ecs("almost", { instanceChargeType: "PostPaid" }),
    ],
    registry: `filings: []\n${EXEMPTIONS_YAML}`,
    expect: {
      k8s: [
        'considered ecs.Instance "almost" in this stack: instanceChargeType is PostPaid',
        'considered ecs.Instance "web-a"',
        'considered ecs.Instance "web-d"',
        "and 2 more servers, none eligible",
        FIX,
      ],
    },
  },
  {
    name: "a cluster whose region is undetermined is treated as mainland",
    resources: [{ ...cluster("k8s"), provider: {} }],
    expect: { k8s: ["is in a region that could not be determined", NONE_ELIGIBLE] },
  },
];
