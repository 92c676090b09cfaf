// Good and bad cases of icp-cdn-domain, run by test/policies/cases.test.ts through the @pulumi/policy SDK as the
// engine would call the policy, once in English and once with ICP_GUARD_LANG=zh-CN.
import type { PolicyCase } from "../../../test/support/policy-case";
import { T } from "../../model/resource-types";
import { UNKNOWN } from "../../model/sentinels";

const cdn = (name: string, props: Record<string, unknown>) => ({
  type: T.cdnDomainNew,
  name,
  props,
});

export const cases: PolicyCase[] = [
  {
    name: "a filed domain with the default (domestic) scope passes",
    resource: cdn("static", { domainName: "static.example.com", cdnType: "web" }),
    expect: { pass: true },
  },
  {
    name: "global scope with a filed domain passes",
    resource: cdn("static", { domainName: "cdn.example.com", scope: "global" }),
    expect: { pass: true },
  },
  {
    name: "an unfiled domain serving the mainland is flagged, naming scope and registrable domain",
    resource: cdn("static", { domainName: "static.unfiled-shop.com.cn", scope: "domestic" }),
    expect: {
      violation: [
        'cdn.DomainNew "static" serves the Chinese mainland (scope "domestic")',
        'CDN domain "static.unfiled-shop.com.cn" (registrable domain unfiled-shop.com.cn) has no ICP filing',
        "Alibaba Cloud blocks",
      ],
    },
  },
  {
    name: "a missing scope defaults to domestic",
    resource: cdn("static", { domainName: "img.unfiled.cn" }),
    expect: { violation: ["scope is not set and defaults to domestic", "has no ICP filing"] },
  },
  {
    name: "global scope needs a filing too",
    resource: cdn("static", { domainName: "img.unfiled.cn", scope: "global" }),
    expect: { violation: ['scope "global"', "has no ICP filing"] },
  },
  {
    name: "a filing whose number is invalid covers nothing",
    resource: cdn("static", { domainName: "www.bad-number.cn" }),
    expect: { violation: ['number "ICP备12345678号", which is not valid', "has no ICP filing"] },
  },
  {
    name: "subdomains: false covers only the exact domain",
    resource: cdn("static", { domainName: "www.exact-only.com" }),
    expect: { violation: ["has no ICP filing"] },
  },
  {
    name: "a valid icp:number tag is enough for CDN (any provider)",
    resource: cdn("static", {
      domainName: "img.unfiled.cn",
      tags: { "icp:number": "京ICP备11018762号-3" },
    }),
    expect: { pass: true },
  },
  {
    name: "an invalid icp:number tag is no filing",
    resource: cdn("static", {
      domainName: "img.unfiled.cn",
      tags: { "icp:number": "HKICP备12345678号" },
    }),
    expect: {
      violation: [
        'tag icp:number "HKICP备12345678号" is not a valid ICP number',
        "has no ICP filing",
      ],
    },
  },
  {
    name: "an overseas twin is not applicable",
    resource: cdn("static", { domainName: "img.unfiled.cn", scope: "overseas" }),
    expect: { notApplicable: 'scope "overseas" serves only outside the Chinese mainland' },
  },
  {
    name: "a domain unknown during preview is reported, not passed",
    resource: cdn("static", { domainName: UNKNOWN, scope: "domestic" }),
    expect: { violation: ["domainName (CDN domain) is unknown until"] },
  },
  {
    name: "unknownValues: skip turns an unknown domain into not applicable",
    resource: cdn("static", { domainName: UNKNOWN }),
    settings: { unknownValues: "skip" },
    expect: { notApplicable: "could not be verified during preview" },
  },
  {
    name: "an unknown scope is treated as mainland",
    resource: cdn("static", { domainName: "img.unfiled.cn", scope: UNKNOWN }),
    expect: { violation: ["scope is unknown during preview", "has no ICP filing"] },
  },
  {
    name: "a number where the domain belongs is a clear message, not an exception",
    resource: cdn("static", { domainName: 42 }),
    expect: { violation: ["domainName is a number where a string belongs"] },
  },
  {
    name: "a missing domain is reported",
    resource: cdn("static", { scope: "domestic" }),
    expect: { violation: ["domainName (CDN domain) is not set"] },
  },
  {
    name: "an exempted resource is not applicable, with the reason and expiry",
    resource: cdn("legacy-static", { domainName: "img.unfiled.cn" }),
    expect: { notApplicable: "exempted until 2027-01-31 by icp-registry.yaml line" },
  },
  {
    name: "an expired exemption no longer applies and says when it expired",
    resource: cdn("old-static", { domainName: "img.unfiled.cn" }),
    expect: { violation: ["has no ICP filing", "expired on 2026-01-31"] },
  },
  {
    name: "DCDN, SCDN, VOD, Live and legacy CDN domains are checked alike",
    resource: { type: T.scdnDomain, name: "secure", props: { domainName: "s.unfiled.cn" } },
    expect: { violation: ['SCDN domain "s.unfiled.cn"', "has no ICP filing"] },
  },
  {
    name: "an ESA site is checked by coverage and siteName",
    resource: {
      type: T.esaSite,
      name: "site",
      props: { siteName: "unfiled.cn", coverage: "global" },
    },
    expect: { violation: ['coverage "global"', 'ESA site "unfiled.cn"'] },
  },
  {
    name: "an overseas ESA site is not applicable",
    resource: {
      type: T.esaSite,
      name: "site",
      props: { siteName: "unfiled.cn", coverage: "overseas" },
    },
    expect: { notApplicable: 'coverage "overseas"' },
  },
  {
    name: "a secret domain is checked but never printed",
    resource: cdn("static", {
      domainName: {
        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
        value: "hidden.unfiled.cn",
      },
    }),
    expect: { violation: ['CDN domain "[secret]" has no ICP filing'] },
  },
];
