// Good and bad cases of icp-anchor-server-retained, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { StackCase } from "../../../test/support/policy-case";
import {
  deployedEip,
  ecs,
  filingsOn,
  hk,
  nodePool,
  previewEip,
  registryYaml,
  STACK_ROOT,
  sas,
  serverYaml,
} from "../../../test/support/server-cases";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const POSTPAID = { instanceChargeType: "PostPaid", period: undefined };
const WHY =
  "Deleting the server a filing's ICP service code came from, or converting it to pay-as-you-go, endangers the filings anchored on it: Alibaba Cloud may revoke them";

/** Two filings on `server` (lines 2-9), `servers:` at line 10, the server at line 11. */
const anchored = (server: string, keys: string[]) =>
  registryYaml(filingsOn(server, 2), serverYaml(server, keys));

const OF_THIS_STACK = (resource = "web-anchor") => [
  "stack: acme/shop/prod",
  `resource: ${resource}`,
];

export const cases: StackCase[] = [
  {
    name: "preview: the anchor server is still here and eligible (EIP bound through propertyDependencies)",
    resources: [ecs("web-anchor", { internetMaxBandwidthOut: 0 }), ...previewEip("web-anchor")],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: {},
  },
  {
    name: "preview: converting the anchor server to pay-as-you-go is flagged on it",
    resources: [ecs("web-anchor", POSTPAID), ...previewEip("web-anchor")],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: {
      "web-anchor": [
        'ecs.Instance "web-anchor" is registry server "web-anchor" (icp-registry.yaml line 11), a server ICP service codes were drawn from: it must stay in this stack and stay eligible.',
        "- instanceChargeType is PostPaid (pay-as-you-go): set instanceChargeType: PrePaid with period >= 3",
        WHY,
      ],
    },
  },
  {
    name: "preview: deleting the anchor server is flagged on the stack, naming the filings anchored on it",
    resources: [ecs("web")],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: {
      [STACK_ROOT]: [
        "Stack acme/shop/prod manages servers that icp-registry.yaml records as ICP service-code servers.",
        '- registry server "web-anchor" (icp-registry.yaml line 11) names resource "web-anchor" of this stack, but no ECS or SAS instance of that name is in it; filings anchored on it: 浙ICP备2021000001号-1 (line 2), 浙ICP备2021000002号-1 (line 6). Fix: keep the instance',
        WHY,
      ],
    },
  },
  {
    name: "deployed: the registered instance is here under its name, id and EIP known",
    resources: [
      ecs("web-anchor", { internetMaxBandwidthOut: 0 }, { id: "i-bp1abc" }),
      ...deployedEip("web-anchor", "i-bp1abc"),
    ],
    registry: anchored("web-anchor", [...OF_THIS_STACK(), "id: i-bp1abc"]),
    expect: {},
  },
  {
    name: "deployed: the resource now has another instance id: the registered instance was replaced",
    resources: [ecs("web-anchor", {}, { id: "i-bp1new" })],
    registry: anchored("web-anchor", [...OF_THIS_STACK(), "id: i-bp1abc"]),
    expect: {
      "web-anchor": [
        "icp-registry.yaml records instance id i-bp1abc, but this resource now has id i-bp1new: the registered instance was replaced or deleted",
      ],
    },
  },
  {
    name: "deployed: a server recorded by id only is found by id, whatever its resource name",
    resources: [sas("blog", {}, { id: "i-bp1abc" })],
    registry: anchored("web-anchor", ["stack: acme/shop/prod", "id: i-bp1abc"]),
    expect: {},
  },
  {
    name: "deployed: a server recorded by id only that is gone is flagged on the stack",
    resources: [sas("blog", {}, { id: "i-bp1xyz" })],
    registry: anchored("web-anchor", ["stack: acme/shop/prod", "id: i-bp1abc"]),
    expect: {
      [STACK_ROOT]: [
        'registry server "web-anchor" (icp-registry.yaml line 11) is instance i-bp1abc of this stack, but no ECS or SAS instance with that id is in it',
      ],
    },
  },
  {
    name: "a resource of that name that is not an ECS or SAS does not keep the anchor",
    resources: [nodePool("web-anchor")],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: {
      [STACK_ROOT]: [
        'names resource "web-anchor" of this stack, which is a cs.NodePool, not an ECS or SAS instance',
      ],
    },
  },
  {
    name: "a server of this stack with neither resource nor id cannot be checked and says so",
    resources: [ecs("web")],
    registry: registryYaml("", serverYaml("web-anchor", ["stack: shop/prod"])),
    expect: {
      [STACK_ROOT]: [
        'registry server "web-anchor" (icp-registry.yaml line 3) names this stack but has neither resource nor id',
      ],
    },
  },
  {
    name: "the stack's root resource, when the engine sends it, carries the stack's violation",
    resources: [{ type: "pulumi:pulumi:Stack", name: "root", props: {} }, ecs("web")],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: { root: ['registry server "web-anchor" (icp-registry.yaml line 11) names resource'] },
  },
  {
    name: "a server that no filing names yet must still stay",
    resources: [],
    registry: registryYaml("", serverYaml("web-anchor", OF_THIS_STACK())),
    expect: {
      [STACK_ROOT]: [
        "no filing in icp-registry.yaml names it yet. Fix: keep the instance (restore the resource, or import it by id), or remove the entry",
      ],
    },
  },
  {
    name: "missing and ineligible servers: one violation on the stack, one on the server",
    resources: [ecs("api-anchor", { period: 1 })],
    registry: registryYaml(
      filingsOn("web-anchor", 1),
      serverYaml("web-anchor", OF_THIS_STACK()) +
        serverYaml("api-anchor", OF_THIS_STACK("api-anchor")),
    ),
    expect: {
      [STACK_ROOT]: ['registry server "web-anchor" (icp-registry.yaml line 7) names resource'],
      "api-anchor": ["period is 1 (fewer than 3 months)"],
    },
  },
  {
    name: "a registry server outside this stack is not this stack's to keep",
    resources: [],
    registry: anchored("web-anchor", ["stack: acme/shop/staging", "resource: web-anchor"]),
    expect: {},
  },
  {
    name: "a Hong Kong twin is not flagged: the anchors belong to the mainland stack",
    resources: [ecs("web-anchor", POSTPAID, { provider: hk })],
    registry: anchored("web-anchor", ["stack: acme/shop/prod-cn", "resource: web-anchor"]),
    expect: {},
  },
  {
    name: "an anchor server moved to Hong Kong is no longer eligible",
    resources: [ecs("web-anchor", {}, { provider: hk })],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: { "web-anchor": ["provider.region is cn-hongkong (outside the Chinese mainland)"] },
  },
  {
    name: "an exempted anchor server is not flagged",
    resources: [ecs("legacy-anchor", POSTPAID)],
    registry: anchored("legacy-anchor", OF_THIS_STACK("legacy-anchor")),
    expect: {},
  },
  {
    name: "an expired exemption no longer applies",
    resources: [ecs("old-anchor", POSTPAID)],
    registry: anchored("old-anchor", OF_THIS_STACK("old-anchor")),
    expect: { "old-anchor": ["instanceChargeType is PostPaid", "expired on 2026-01-31"] },
  },
  {
    name: "preview: a public IP that hangs on an undecidable EIP association is reported as unknown",
    resources: [
      ecs("web-anchor", { internetMaxBandwidthOut: 0 }),
      { type: T.ecsEipAssociation, name: "assoc", props: { instanceId: UNKNOWN } },
    ],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: { "web-anchor": ["its public bandwidth is unknown during preview"] },
  },
  {
    name: "unknownValues: skip accepts it",
    resources: [
      ecs("web-anchor", { internetMaxBandwidthOut: 0 }),
      { type: T.ecsEipAssociation, name: "assoc", props: { instanceId: UNKNOWN } },
    ],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "malformed inputs are named with the field and the fix",
    resources: [ecs("web-anchor", { instanceChargeType: true, periodUnit: 3 })],
    registry: anchored("web-anchor", OF_THIS_STACK()),
    expect: {
      "web-anchor": [
        "instanceChargeType is a boolean where a string belongs (not PrePaid)",
        "periodUnit is a number where a string belongs (not Month): set periodUnit: Month with period >= 3",
      ],
    },
  },
];
