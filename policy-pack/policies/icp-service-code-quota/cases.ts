// Good and bad cases of icp-service-code-quota, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { StackCase } from "../../../test/support/policy-case";
import {
  ecs,
  filingsOn,
  hk,
  registryYaml,
  STACK_ROOT,
  serverYaml,
} from "../../../test/support/server-cases";

const OF_THIS_STACK = ["stack: acme/shop/prod", "resource: web-anchor"];
const WHY = "a used code is gone for good";

/** Six filings on web-anchor (lines 2-25), `servers:` at line 26, web-anchor at line 27. */
const sixOn = (server: string[]) =>
  registryYaml(filingsOn("web-anchor", 6), serverYaml("web-anchor", server));

export const cases: StackCase[] = [
  {
    name: "preview: a server of this stack named by six filings is reported on its resource",
    resources: [ecs("web-anchor")],
    registry: sixOn(OF_THIS_STACK),
    expect: {
      "web-anchor": [
        'ecs.Instance "web-anchor" gives ICP service codes to filings in icp-registry.yaml.',
        '- registry server "web-anchor" (icp-registry.yaml line 27) is named by 6 filings (serviceCode.server), but one server gives 5 service codes (config codesPerServer): 浙ICP备2021000001号-1 (line 2), 浙ICP备2021000002号-1 (line 6)',
        "浙ICP备2021000006号-1 (line 22). Fix: move the excess filings' serviceCode.server to another eligible server",
        WHY,
      ],
    },
  },
  {
    name: "five filings on one server are within its five codes",
    resources: [ecs("web-anchor")],
    registry: registryYaml(filingsOn("web-anchor", 5), serverYaml("web-anchor", OF_THIS_STACK)),
    expect: {},
  },
  {
    name: "codesPerServer raises the quota",
    resources: [ecs("web-anchor")],
    registry: sixOn(OF_THIS_STACK),
    settings: { codesPerServer: 10 },
    expect: {},
  },
  {
    name: "codesPerServer lowers the quota",
    resources: [ecs("web-anchor")],
    registry: registryYaml(filingsOn("web-anchor", 3), serverYaml("web-anchor", OF_THIS_STACK)),
    settings: { codesPerServer: 2 },
    expect: { "web-anchor": ["is named by 3 filings", "one server gives 2 service codes"] },
  },
  {
    name: "a codesPerServer that is not a positive whole number falls back to 5",
    resources: [ecs("web-anchor")],
    registry: sixOn(OF_THIS_STACK),
    settings: { codesPerServer: 0 },
    expect: { "web-anchor": ["is named by 6 filings", "one server gives 5 service codes"] },
  },
  {
    name: "deployed: a registry server known by instance id is reported on that instance",
    resources: [ecs("box", {}, { id: "i-bp1abc" })],
    registry: sixOn(["id: i-bp1abc"]),
    expect: { box: ['ecs.Instance "box" gives ICP service codes', "is named by 6 filings"] },
  },
  {
    name: "preview: an id that is still unknown matches nothing; a server of no stack goes on the stack",
    resources: [ecs("box")],
    registry: sixOn(["id: i-bp1abc"]),
    expect: {
      [STACK_ROOT]: [
        "Stack acme/shop/prod: registry servers that no resource of this stack carries give ICP service codes to filings in icp-registry.yaml.",
        'registry server "web-anchor" (icp-registry.yaml line 27) is named by 6 filings',
      ],
    },
  },
  {
    name: "a server of this stack that is not in it is reported on the stack",
    resources: [ecs("web")],
    registry: sixOn(OF_THIS_STACK),
    expect: { [STACK_ROOT]: ['registry server "web-anchor"', "is named by 6 filings"] },
  },
  {
    name: "a server of another stack is left to that stack",
    resources: [ecs("web-anchor")],
    registry: sixOn(["stack: acme/shop/staging", "resource: web-anchor"]),
    expect: {},
  },
  {
    name: "over-quota servers without a resource here make one violation on the stack, listing each",
    resources: [],
    registry: registryYaml(
      filingsOn("web-anchor", 6) + filingsOn("api-anchor", 7, 7),
      serverYaml("web-anchor") + serverYaml("api-anchor"),
    ),
    expect: {
      [STACK_ROOT]: [
        '- registry server "web-anchor" (icp-registry.yaml line 55) is named by 6 filings',
        '- registry server "api-anchor" (icp-registry.yaml line 58) is named by 7 filings',
      ],
    },
  },
  {
    name: "more than ten filings are listed up to ten, then counted",
    resources: [],
    registry: registryYaml(filingsOn("web-anchor", 12), serverYaml("web-anchor")),
    expect: { [STACK_ROOT]: ["浙ICP备2021000010号-1 (line 38) and 2 more. Fix:"] },
  },
  {
    name: "a Hong Kong twin is not flagged for the mainland stack's server",
    resources: [ecs("web-anchor", {}, { provider: hk })],
    registry: sixOn(["stack: acme/shop/prod-cn", "resource: web-anchor"]),
    expect: {},
  },
  {
    name: "an exempted server is not flagged",
    resources: [ecs("legacy-anchor")],
    registry: registryYaml(
      filingsOn("legacy-anchor", 6),
      serverYaml("legacy-anchor", ["stack: shop/prod", "resource: legacy-anchor"]),
    ),
    expect: {},
  },
  {
    name: "an expired exemption no longer applies",
    resources: [ecs("old-anchor")],
    registry: registryYaml(
      filingsOn("old-anchor", 6),
      serverYaml("old-anchor", ["stack: shop/prod", "resource: old-anchor"]),
    ),
    expect: { "old-anchor": ["is named by 6 filings", "expired on 2026-01-31"] },
  },
];
