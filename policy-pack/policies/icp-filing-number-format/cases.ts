// Good and bad cases of icp-filing-number-format, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { CaseResource, StackCase } from "../../../test/support/policy-case";
import { EXEMPTIONS_YAML, ecs, hk, hz, STACK_ROOT } from "../../../test/support/server-cases";
import { T } from "../../model/resource-types";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../model/sentinels";

/** Valid numbers only: filings at lines 2 and 5. */
const CLEAN = `filings:
  - number: 浙ICP备2021012345号-1
    domains: [example.com]
    accessProviders: [alibaba-cloud]
  - number: 京ICP备11018762号
    domains: [other-provider.cn]
    accessProviders: [tencent-cloud]
    psbNumber: 京公网安备11010502030143号
    serviceCode: { account: authorized, authorizedBy: "1234567890123456" }
${EXEMPTIONS_YAML}`;

/** One problem of each kind, at lines 2, 5 and 9. */
const BROKEN = `filings:
  - number: ICP备12345678号
    domains: [bad-number.cn]
    accessProviders: [alibaba-cloud]
  - number: 沪ICP备2026049608号-1
    domains: [psb.cn]
    accessProviders: [aliyun]
    psbNumber: 沪公网安备123号
  - number: 京ICP备11018762号
    domains: [authorized.cn]
    accessProviders: [alibaba-cloud]
    serviceCode: { account: authorized }
`;

const cdn = (
  name: string,
  domainName: unknown,
  tag: unknown,
  extra: Partial<CaseResource> = {},
) => ({
  type: T.cdnDomainNew,
  name,
  props: { domainName, scope: "domestic", tags: { "icp:number": tag } },
  provider: hz,
  ...extra,
});

const secret = (value: string) => ({ [SIG_KEY]: SECRET_SIG, value });
const WHY = "ICP Guard takes a filing number as proof that a domain is filed";

export const cases: StackCase[] = [
  {
    name: "a valid registry and tags that agree with it pass",
    resources: [
      cdn("static", "www.example.com", "浙ICP备2021012345号-1"),
      cdn("spaced", "img.example.com", "浙ICP备 2021012345号－1"),
      cdn("entity", "cdn.example.com", "浙ICP备2021012345号"),
      cdn("unfiled", "www.unfiled.cn", "粤B2-20090059"),
    ],
    registry: CLEAN,
    expect: {},
  },
  {
    name: "registry problems make one violation on the stack, each with its line",
    resources: [],
    registry: BROKEN,
    expect: {
      [STACK_ROOT]: [
        "icp-registry.yaml holds ICP numbers or service-code entries that are not valid (read for stack acme/shop/prod).",
        '- filing "ICP备12345678号" (icp-registry.yaml line 2) is not a valid ICP number: it lacks the province abbreviation in front',
        "it covers none of its domains. Fix: write the number exactly as the MIIT issued it",
        '- psbNumber "沪公网安备123号" of filing 沪ICP备2026049608号-1 (icp-registry.yaml line 5) is not a valid public-security filing number',
        "- filing 京ICP备11018762号 (icp-registry.yaml line 9) takes its service code from another account (serviceCode.account: authorized) but does not say which. Fix: add serviceCode.authorizedBy",
        WHY,
      ],
    },
  },
  {
    name: "deployed: a tag naming another site number than the registry holds for the domain is flagged",
    resources: [
      cdn("static", "www.example.com", "浙ICP备2021012345号-2", { id: "www.example.com" }),
    ],
    registry: CLEAN,
    expect: {
      static: [
        'cdn.DomainNew "static" carries tag icp:number.',
        '- tag icp:number "浙ICP备2021012345号-2" disagrees with icp-registry.yaml: "www.example.com" is filed as 浙ICP备2021012345号-1 (line 2). Fix: correct the tag',
        WHY,
      ],
    },
  },
  {
    name: "preview: a domain still unknown is not compared (the domain policies report it)",
    resources: [
      cdn("static", UNKNOWN, "浙ICP备2021012345号-2", {
        propertyDependencies: { domainName: ["zone"] },
      }),
      { type: T.dnsAlidnsRecord, name: "zone", props: { domainName: "example.com", rr: "www" } },
    ],
    registry: CLEAN,
    expect: {},
  },
  {
    name: "an invalid tag is flagged on the resource, domain or not",
    resources: [
      cdn("static", "www.unfiled.cn", "HKICP备12345678号"),
      ecs("web", { tags: { "icp:number": "京ICP备123号" } }),
    ],
    registry: CLEAN,
    expect: {
      static: [
        'tag icp:number "HKICP备12345678号" is not a valid ICP number: it does not start with a mainland province abbreviation',
      ],
      web: ['tag icp:number "京ICP备123号" is not a valid ICP number: its digits'],
    },
  },
  {
    name: "registry and tag problems are reported each on its own resource",
    resources: [cdn("static", "www.unfiled.cn", "ICP备1号")],
    registry: BROKEN,
    expect: {
      [STACK_ROOT]: ['filing "ICP备12345678号" (icp-registry.yaml line 2)'],
      static: ['tag icp:number "ICP备1号" is not a valid ICP number'],
    },
  },
  {
    name: "a tag unknown during preview is reported as unknown; tags unknown as a whole are not",
    resources: [
      cdn("static", "www.example.com", UNKNOWN),
      { ...ecs("web"), props: { tags: UNKNOWN } },
    ],
    registry: CLEAN,
    expect: { static: ["tag icp:number is unknown during preview, so ICP Guard cannot check it"] },
  },
  {
    name: "unknownValues: skip accepts an unknown tag",
    resources: [cdn("static", "www.example.com", UNKNOWN)],
    registry: CLEAN,
    settings: { unknownValues: "skip" },
    expect: {},
  },
  {
    name: "a tag that is not text is named with the fix",
    resources: [cdn("static", "www.example.com", 20210123451)],
    registry: CLEAN,
    expect: {
      static: [
        "tag icp:number is a number where a string belongs. Fix: set it to the filing number as text",
      ],
    },
  },
  {
    name: "secrets are checked but never printed",
    resources: [
      cdn("hidden-tag", "www.unfiled.cn", secret("HKICP备12345678号")),
      {
        ...cdn("hidden-domain", "", "浙ICP备2021012345号-2"),
        props: {
          domainName: secret("shop.example.com"),
          tags: { "icp:number": "浙ICP备2021012345号-2" },
        },
      },
    ],
    registry: CLEAN,
    expect: {
      "hidden-tag": ['tag icp:number "[secret]" is not a valid ICP number'],
      "hidden-domain": [
        'disagrees with icp-registry.yaml: "[secret]" is filed as 浙ICP备2021012345号-1',
      ],
    },
  },
  {
    name: "a Hong Kong twin whose tags agree is not flagged",
    resources: [
      {
        type: T.ossBucketCname,
        name: "assets",
        props: { domain: "assets.example.com", tags: { "icp:number": "浙ICP备2021012345号-1" } },
        provider: hk,
      },
    ],
    registry: CLEAN,
    expect: {},
  },
  {
    name: "a number is valid or not wherever it is written: an invalid tag in Hong Kong is flagged too",
    resources: [ecs("web", { tags: { "icp:number": "HKICP备12345678号" } }, { provider: hk })],
    registry: CLEAN,
    expect: { web: ["is not a valid ICP number"] },
  },
  {
    name: "an exempted resource is not flagged",
    resources: [cdn("legacy-static", "www.example.com", "HKICP备12345678号")],
    registry: CLEAN,
    expect: {},
  },
  {
    name: "an expired exemption no longer applies",
    resources: [cdn("old-static", "www.example.com", "HKICP备12345678号")],
    registry: CLEAN,
    expect: { "old-static": ["is not a valid ICP number", "expired on 2026-01-31"] },
  },
];
