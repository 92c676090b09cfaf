// Good and bad cases of icp-oss-custom-domain, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { PolicyCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const cname = (name: string, domain: unknown, region?: string) => ({
  type: T.ossBucketCname,
  name,
  props: { bucket: "shop-assets", domain },
  provider: region === undefined ? {} : { region },
});

export const cases: PolicyCase[] = [
  {
    name: "a filed domain on a mainland bucket passes",
    resource: cname("assets", "assets.example.com", "cn-hangzhou"),
    expect: { pass: true },
  },
  {
    name: "a filing from another access provider is enough for OSS",
    resource: cname("assets", "assets.other-provider.cn", "cn-shanghai"),
    expect: { pass: true },
  },
  {
    name: "an unfiled domain on a mainland bucket is flagged with the region it came from",
    resource: cname("assets", "assets.unfiled.cn", "cn-beijing"),
    expect: {
      violation: [
        `oss.BucketCname "assets" is in cn-beijing, a Chinese mainland region (from its provider's region)`,
        'OSS custom domain "assets.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
      ],
    },
  },
  {
    name: "a Hong Kong twin is not applicable",
    resource: cname("assets", "assets.unfiled.cn", "cn-hongkong"),
    expect: { notApplicable: "cn-hongkong is outside the Chinese mainland" },
  },
  {
    name: "an overseas twin is not applicable",
    resource: cname("assets", "assets.unfiled.cn", "ap-southeast-1"),
    expect: { notApplicable: "ap-southeast-1 is outside the Chinese mainland" },
  },
  {
    name: "the stack's alicloud:region decides when the provider names none",
    resource: cname("assets", "assets.unfiled.cn"),
    packRegion: "cn-shenzhen",
    expect: { violation: ["in cn-shenzhen", "stack config alicloud:region", "has no ICP filing"] },
  },
  {
    name: "no region anywhere is treated as mainland and says so",
    resource: cname("assets", "assets.unfiled.cn"),
    expect: {
      violation: [
        "could not be determined",
        "treated as the Chinese mainland",
        "has no ICP filing",
      ],
    },
  },
  {
    name: "unknownRegion: skip makes an undetermined region not applicable",
    resource: cname("assets", "assets.unfiled.cn"),
    settings: { unknownRegion: "skip" },
    expect: { notApplicable: "unknownRegion is skip" },
  },
  {
    name: "an unlisted cn-* region is mainland (fail safe), and the message says so",
    resource: cname("assets", "assets.unfiled.cn", "cn-lhasa"),
    expect: { violation: ["in cn-lhasa", "not a region ICP Guard knows", "has no ICP filing"] },
  },
  {
    name: "a domain unknown during preview is reported",
    resource: cname("assets", UNKNOWN, "cn-hangzhou"),
    expect: { violation: ["domain (OSS custom domain) is unknown until"] },
  },
  {
    name: "a list where the domain belongs is a clear message",
    resource: cname("assets", ["a.example.com"], "cn-hangzhou"),
    expect: { violation: ["domain is a list where a string belongs"] },
  },
  {
    name: "an IDN domain is normalised before the registry lookup, and shown as declared",
    resource: cname("assets", "图片.例子.中国", "cn-hangzhou"),
    expect: {
      violation: [
        '"图片.例子.中国" (registrable domain xn--fsqu00a.xn--fiqs8s)',
        "add a filing covering xn--fsqu00a.xn--fiqs8s",
      ],
    },
  },
  {
    name: "an exempted bucket CNAME is not applicable",
    resource: cname("legacy-assets", "assets.unfiled.cn", "cn-hangzhou"),
    expect: { notApplicable: "Filing in progress, ticket OPS-123" },
  },
  {
    name: "an expired exemption is reported with the violation",
    resource: cname("old-assets", "assets.unfiled.cn", "cn-hangzhou"),
    expect: { violation: ["has no ICP filing", "expired on 2026-01-31"] },
  },
];
