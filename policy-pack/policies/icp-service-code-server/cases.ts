// Good and bad cases of icp-service-code-server, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { StackCase } from "../../../test/support/policy-case";
import { deployedEip, ecs, hk, previewEip, sas } from "../../../test/support/server-cases";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const TAG = { tags: { "icp:service-code-server": "true" } };
const POSTPAID = { instanceChargeType: "PostPaid", period: undefined };
const WHY = "Alibaba Cloud gives ICP service codes only from an eligible server";

/** A registry server of this stack naming resource `web-anchor`, with an optional id. */
const anchorRegistry = (extra = "") => `filings: []
servers:
  - name: web-anchor
    kind: ecs
    region: cn-hangzhou
    chargeType: PrePaid
    subscriptionMonths: 12
    publicIp: true
    stack: acme/shop/prod
    resource: web-anchor
${extra}`;

export const cases: StackCase[] = [
  {
    name: "preview: a tagged subscription ECS with an EIP bound through propertyDependencies passes",
    resources: [ecs("web", { ...TAG, internetMaxBandwidthOut: 0 }), ...previewEip("web")],
    expect: {},
  },
  {
    name: "preview: a tagged pay-as-you-go ECS without public IP lists every failed requirement",
    resources: [ecs("web", { ...TAG, ...POSTPAID, internetMaxBandwidthOut: undefined })],
    expect: {
      web: [
        'ecs.Instance "web" is named as an ICP service-code server (tag icp:service-code-server=true) but does not meet every requirement for one.',
        "- instanceChargeType is PostPaid (pay-as-you-go): set instanceChargeType: PrePaid with period >= 3",
        "- period is not set (a 1-month subscription): set period >= 3 (months)",
        "- internetMaxBandwidthOut is not set and no EIP is bound to it by ecs.EipAssociation (no public IP)",
        WHY,
      ],
    },
  },
  {
    name: "deployed: a tagged ECS whose EIP is bound by instance id passes",
    resources: [
      ecs("web", { ...TAG, internetMaxBandwidthOut: 0 }, { id: "i-web" }),
      ...deployedEip("web", "i-web"),
    ],
    expect: {},
  },
  {
    name: "deployed: an EIP bound to another instance gives this one no public IP",
    resources: [
      ecs("web", { ...TAG, internetMaxBandwidthOut: 0 }, { id: "i-web" }),
      ...deployedEip("other", "i-other"),
    ],
    expect: {
      web: ["internetMaxBandwidthOut is 0 and no EIP is bound to it by ecs.EipAssociation"],
    },
  },
  {
    name: "the tag value is read case-insensitively; other values name nothing",
    resources: [
      ecs("upper", { tags: { "icp:service-code-server": "TRUE" }, ...POSTPAID }),
      ecs("no", { tags: { "icp:service-code-server": "false" }, ...POSTPAID }),
      ecs("untagged", POSTPAID),
    ],
    expect: { upper: ["instanceChargeType is PostPaid"] },
  },
  {
    name: "preview: a registry server of this stack names its resource without any tag",
    resources: [ecs("web-anchor", { spotStrategy: "SpotAsPriceGo" })],
    registry: anchorRegistry(),
    expect: {
      "web-anchor": [
        'ecs.Instance "web-anchor" is named as an ICP service-code server (registry server "web-anchor" (icp-registry.yaml line 3))',
        "spotStrategy is SpotAsPriceGo (a spot instance is billed pay-as-you-go): remove spotStrategy (or set NoSpot)",
      ],
    },
  },
  {
    name: "deployed: a registry server of any stack names the instance with its id",
    resources: [ecs("renamed", { periodUnit: "Week", period: 3 }, { id: "i-bp1abc" })],
    registry: `filings: []
servers:
  - name: legacy-box
    id: i-bp1abc
    kind: ecs
    region: cn-hangzhou
    stack: acme/other/prod
`,
    expect: {
      renamed: [
        'registry server "legacy-box" (icp-registry.yaml line 3)',
        "periodUnit is Week (a subscription counted in weeks never reaches 3 months): set periodUnit: Month with period >= 3",
      ],
    },
  },
  {
    name: "a registry server outside this stack does not name an untagged stack server",
    resources: [ecs("web-anchor", POSTPAID, { id: "i-web" })],
    registry: `filings: []
servers:
  - name: web-anchor
    id: i-elsewhere
    kind: ecs
    region: cn-hangzhou
    stack: acme/shop/staging
    resource: web-anchor
`,
    expect: {},
  },
  {
    name: "tag and registry together: one violation naming both",
    resources: [ecs("web-anchor", { ...TAG, period: 1 })],
    registry: anchorRegistry(),
    expect: {
      "web-anchor": [
        '(tag icp:service-code-server=true; registry server "web-anchor" (icp-registry.yaml line 3))',
        "period is 1 (fewer than 3 months): set period >= 3",
      ],
    },
  },
  {
    name: "a Hong Kong twin of a tagged server is not flagged",
    resources: [ecs("web", { ...TAG, ...POSTPAID }, { provider: hk })],
    expect: {},
  },
  {
    name: "a registry-named server in Hong Kong is flagged: the registry names this very instance",
    resources: [ecs("web-anchor", {}, { provider: hk })],
    registry: anchorRegistry(),
    expect: {
      "web-anchor": [
        "provider.region is cn-hongkong (outside the Chinese mainland): only a server in a mainland region gives an ICP service code",
      ],
    },
  },
  {
    name: "a Simple Application Server needs a period of three months or more",
    resources: [sas("blog", { ...TAG, period: 1 })],
    expect: {
      blog: [
        'simpleapplicationserver.Instance "blog" is named as an ICP service-code server',
        "period is 1 (fewer than 3 months)",
      ],
    },
  },
  {
    name: "an exempted server is not flagged",
    resources: [ecs("legacy-web", { ...TAG, ...POSTPAID })],
    expect: {},
  },
  {
    name: "an expired exemption no longer applies",
    resources: [ecs("old-web", { ...TAG, ...POSTPAID })],
    expect: { "old-web": ["instanceChargeType is PostPaid", "expired on 2026-01-31"] },
  },
  {
    name: "preview: an unknown charge type is reported as unknown, not passed",
    resources: [ecs("web", { ...TAG, instanceChargeType: UNKNOWN })],
    expect: {
      web: [
        "instanceChargeType is unknown during preview: set instanceChargeType: PrePaid with period >= 3 as literals",
      ],
    },
  },
  {
    name: "unknownValues: skip accepts a server whose only failures are unknown",
    resources: [
      ecs("web", { ...TAG, internetMaxBandwidthOut: 0 }),
      { type: T.ecsEipAssociation, name: "assoc", props: { instanceId: UNKNOWN } },
    ],
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "unknownValues: skip still reports what is known",
    resources: [ecs("web", { ...TAG, instanceChargeType: UNKNOWN, period: 1 })],
    settings: { unknownValues: "skip" },
    expect: { web: ["period is 1 (fewer than 3 months)"] },
  },
  {
    name: "malformed inputs are named with the field and the fix",
    resources: [ecs("web", { ...TAG, period: "twelve", internetMaxBandwidthOut: [5] })],
    expect: {
      web: [
        "period is a string where a number belongs: set period to a number of months, at least 3",
        "internetMaxBandwidthOut is a list where a number belongs and no EIP is bound to it",
      ],
    },
  },
  {
    name: "preview: an ineligible ECS whose tags are unknown may be the declared server: could not verify",
    resources: [ecs("web", { ...POSTPAID, tags: UNKNOWN }), ecs("db", { tags: UNKNOWN })],
    expect: {
      web: [
        'ecs.Instance "web" has tags that are unknown during preview, so it may be named as an ICP service-code server (tag icp:service-code-server=true), and it does not meet every requirement for one: ICP Guard could not verify it.',
        "- instanceChargeType is PostPaid (pay-as-you-go)",
        WHY,
      ],
    },
  },
  {
    name: "preview: an unknown icp:service-code-server tag counts as unknown tags",
    resources: [ecs("web", { ...POSTPAID, tags: { "icp:service-code-server": UNKNOWN } })],
    expect: { web: ["may be named as an ICP service-code server", "PostPaid"] },
  },
  {
    name: "unknownValues: skip leaves an ECS with unknown tags alone",
    resources: [ecs("web", { ...POSTPAID, tags: UNKNOWN })],
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "an ECS with unknown tags in Hong Kong is not a mainland service-code server",
    resources: [ecs("web", { ...POSTPAID, tags: UNKNOWN }, { provider: hk })],
    expect: {},
  },
  {
    name: "a secret tag names the server without being shown",
    resources: [
      ecs("web", {
        ...POSTPAID,
        tags: {
          "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
          value: { "icp:service-code-server": "true" },
        },
      }),
    ],
    expect: {
      web: [
        'ecs.Instance "web" is named as an ICP service-code server (tag icp:service-code-server=[secret])',
      ],
    },
  },
];
