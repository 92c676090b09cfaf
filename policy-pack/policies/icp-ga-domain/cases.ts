// Good and bad cases of icp-ga-domain, run by test/policies/cases.test.ts through the @pulumi/policy
// SDK as the engine would call the policy.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { SECRET_SIG, SIG_KEY as SECRET_SIG_KEY, UNKNOWN } from "../../model/sentinels";

/** A new accelerator, HTTP listener and endpoint group: linked only through propertyDependencies. */
const previewGa = (region: unknown = "cn-hangzhou"): CaseResource[] => [
  { type: T.gaAccelerator, name: "ga", props: { duration: 1, spec: "1" } },
  {
    type: T.gaListener,
    name: "http",
    props: { acceleratorId: UNKNOWN, protocol: "HTTP", portRanges: [{ fromPort: 80, toPort: 80 }] },
    propertyDependencies: { acceleratorId: ["ga"] },
  },
  {
    type: T.gaEndpointGroup,
    name: "eg",
    props: {
      acceleratorId: UNKNOWN,
      listenerId: UNKNOWN,
      endpointGroupRegion: region,
      endpointConfigurations: [{ endpoint: "47.96.1.10", type: "PublicIp", weight: 20 }],
    },
    propertyDependencies: { acceleratorId: ["ga"], listenerId: ["http"] },
  },
];

/** The same infrastructure deployed: ids known, no propertyDependencies. */
const deployedGa = (region = "cn-hangzhou"): CaseResource[] => [
  { type: T.gaBasicAccelerator, name: "ga", id: "ga-bp1", props: { duration: 1 } },
  {
    type: T.gaBasicEndpointGroup,
    name: "eg",
    id: "epg-bp1",
    props: { acceleratorId: "ga-bp1", endpointGroupRegion: region },
  },
];

const gaDomain = (
  name: string,
  domain: unknown,
  acceleratorId: unknown = UNKNOWN,
): CaseResource => ({
  type: T.gaDomain,
  name,
  props: { acceleratorId, domain },
  ...(acceleratorId === UNKNOWN ? { propertyDependencies: { acceleratorId: ["ga"] } } : {}),
});

/** The program: a Host condition on the HTTP listener of a cn-hangzhou endpoint group. */
const hostRule = (hosts: string[]): CaseResource => ({
  type: T.gaForwardingRule,
  name: "rule",
  props: {
    acceleratorId: UNKNOWN,
    listenerId: UNKNOWN,
    ruleConditions: [
      { ruleConditionType: "Path", pathConfig: { values: ["/api"] } },
      { ruleConditionType: "Host", hostConfigs: [{ values: hosts }] },
    ],
    ruleActions: [{ order: 10, ruleActionType: "ForwardGroup" }],
  },
  propertyDependencies: { acceleratorId: ["ga"], listenerId: ["http"] },
});

export const cases: StackCase[] = [
  {
    name: "preview: a GA domain whose accelerator forwards to cn-hangzhou needs a filing",
    resources: [...previewGa(), gaDomain("www", "www.unfiled.cn")],
    expect: {
      www: [
        'ga.Domain "www" serves "www.unfiled.cn" through Global Accelerator ga.Accelerator "ga", which forwards to the Chinese mainland (ga.EndpointGroup "eg" in cn-hangzhou).',
        'Global Accelerator domain "www.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
        "add a filing covering unfiled.cn to icp-registry.yaml (filings[].domains)",
        "Alibaba Cloud requires an ICP filing for a domain accelerated to endpoints in the Chinese mainland",
      ],
    },
  },
  {
    name: "preview: a Host condition of a forwarding rule on the HTTP listener is checked, each host",
    resources: [...previewGa(), hostRule(["api.unfiled.cn", "*.Example.com"])],
    expect: {
      rule: [
        'ga.ForwardingRule "rule" serves "api.unfiled.cn", "*.Example.com" through Global Accelerator',
        'GA forwarding rule host "api.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
      ],
    },
  },
  {
    name: "a forwarding rule with path conditions only declares no domain",
    resources: [
      ...previewGa(),
      {
        ...hostRule([]),
        props: {
          acceleratorId: UNKNOWN,
          listenerId: UNKNOWN,
          ruleConditions: [{ ruleConditionType: "Path", pathConfig: { values: ["/"] } }],
        },
      },
    ],
    expect: {},
  },
  {
    name: "a domain filed with another access provider passes (GA accepts any provider)",
    resources: [...previewGa(), gaDomain("www", "www.other-provider.cn")],
    expect: {},
  },
  {
    name: "a domain filed with Alibaba Cloud passes",
    resources: [...previewGa(), gaDomain("www", "www.example.com")],
    expect: {},
  },
  {
    name: "a Hong Kong endpoint group is outside the mainland: not applicable",
    resources: [...previewGa("cn-hongkong"), gaDomain("www", "www.unfiled.cn")],
    expect: {},
    notApplicable: {
      www: 'every endpoint group of the accelerator is outside the Chinese mainland (ga.EndpointGroup "eg" in cn-hongkong)',
    },
  },
  {
    name: "preview: an endpoint group region unknown during preview counts as mainland, unverified",
    resources: [...previewGa(UNKNOWN), gaDomain("www", "www.unfiled.cn")],
    expect: {
      www: [
        'ga.EndpointGroup "eg" (endpointGroupRegion unknown during preview, treated as mainland)',
        "has no ICP filing",
      ],
    },
  },
  {
    name: "unknownValues: skip drops the unverified verdict",
    resources: [...previewGa(UNKNOWN), gaDomain("www", "www.unfiled.cn")],
    settings: { unknownValues: "skip" },
    expect: {},
    notApplicable: { www: "could not be verified during preview (unknownValues: skip)" },
  },
  {
    name: "preview: an acceleratorId unknown and computed from nothing is unverifiable",
    resources: [...previewGa(), { ...gaDomain("www", "www.unfiled.cn"), propertyDependencies: {} }],
    expect: {
      www: [
        "acceleratorId is unknown during preview and is not computed from any accelerator",
        "has no ICP filing",
      ],
    },
  },
  {
    name: "preview: a domain computed from another resource is unverifiable, at the policy's level",
    resources: [...previewGa(), gaDomain("www", UNKNOWN)],
    expect: { www: ["domain (Global Accelerator domain) is unknown until"] },
  },
  {
    name: "deployed: ids in outputs link a basic endpoint group in cn-shanghai",
    resources: [...deployedGa("cn-shanghai"), gaDomain("www", "www.unfiled.cn", "ga-bp1")],
    expect: {
      www: [
        'through Global Accelerator ga.BasicAccelerator "ga", which forwards to the Chinese mainland (ga.BasicEndpointGroup "eg" in cn-shanghai)',
        "has no ICP filing",
      ],
    },
  },
  {
    name: "deployed: a Hong Kong basic endpoint group is not applicable",
    resources: [...deployedGa("cn-hongkong"), gaDomain("www", "www.unfiled.cn", "ga-bp1")],
    expect: {},
    notApplicable: { www: "cn-hongkong" },
  },
  {
    name: "deployed: Host values given as ruleConditionValue (a JSON list) are read",
    resources: [
      ...deployedGa(),
      {
        type: T.gaForwardingRule,
        name: "rule",
        props: {
          acceleratorId: "ga-bp1",
          listenerId: "lsr-1",
          ruleConditions: [
            { ruleConditionType: "Host", ruleConditionValue: '["m.unfiled.cn","www.example.com"]' },
          ],
        },
      },
    ],
    expect: {
      rule: ['serves "m.unfiled.cn", "www.example.com"', 'GA forwarding rule host "m.unfiled.cn"'],
    },
  },
  {
    name: "an accelerator with no endpoint group in the stack forwards nowhere: not applicable",
    resources: [previewGa()[0], gaDomain("www", "www.unfiled.cn")],
    expect: {},
    notApplicable: { www: "has no endpoint group in this stack" },
  },
  {
    name: "an accelerator outside the stack, none of its groups here, counts as mainland",
    resources: [gaDomain("www", "www.unfiled.cn", "ga-elsewhere")],
    expect: { www: ["accelerator ga-elsewhere is not in this stack", "has no ICP filing"] },
  },
  {
    name: "an endpoint group of an outside accelerator, by its literal id, decides",
    resources: [
      {
        type: T.gaEndpointGroup,
        name: "eg",
        props: {
          acceleratorId: "ga-elsewhere",
          listenerId: "lsr-1",
          endpointGroupRegion: "cn-beijing",
        },
      },
      gaDomain("www", "www.unfiled.cn", "ga-elsewhere"),
    ],
    expect: {
      www: [
        'ga-elsewhere, which forwards to the Chinese mainland (ga.EndpointGroup "eg" in cn-beijing)',
      ],
    },
  },
  {
    name: "a secret domain prints as [secret]",
    resources: [
      ...previewGa(),
      gaDomain("www", { [SECRET_SIG_KEY]: SECRET_SIG, value: "hidden.unfiled.cn" }),
    ],
    expect: {
      www: ['serves "[secret]" through', 'Global Accelerator domain "[secret]" has no ICP filing'],
    },
  },
  {
    name: "an exempted GA domain is not flagged",
    resources: [...previewGa(), gaDomain("legacy-www", "www.unfiled.cn")],
    expect: {},
    notApplicable: { "legacy-www": "exempted until 2027-01-31" },
  },
  {
    name: "an expired exemption no longer applies",
    resources: [...previewGa(), gaDomain("old-www", "www.unfiled.cn")],
    expect: { "old-www": ["has no ICP filing", "expired on 2026-01-31"] },
  },
  {
    name: "Host values read out of secret rule conditions print as [secret]",
    resources: [
      ...previewGa(),
      {
        ...hostRule([]),
        props: {
          acceleratorId: UNKNOWN,
          listenerId: UNKNOWN,
          ruleConditions: {
            [SECRET_SIG_KEY]: SECRET_SIG,
            value: [
              { ruleConditionType: "Host", hostConfigs: [{ values: ["hidden.unfiled.cn"] }] },
              { ruleConditionType: "Host", ruleConditionValue: '["other.unfiled.cn"]' },
            ],
          },
        },
      },
    ],
    expect: {
      rule: [
        'serves "[secret]", "[secret]" through',
        'GA forwarding rule host "[secret]" has no ICP filing',
      ],
    },
  },
];
