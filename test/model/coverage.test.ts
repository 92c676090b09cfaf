import { describe, expect, it } from "vitest";
import {
  cdnCoverage,
  ddosInstanceServes,
  wafV2InstanceServes,
} from "../../policy-pack/model/coverage";
import type { ResourceView } from "../../policy-pack/model/resource";
import { T } from "../../policy-pack/model/resource-types";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";

function view(type: string, props: Record<string, unknown>): ResourceView {
  return {
    urn: `urn:pulumi:dev::proj::${type}::res`,
    type,
    name: "res",
    props,
    dependencies: [],
    propertyDependencies: {},
  };
}

const SCOPED = [T.cdnDomainNew, T.cdnDomain, T.dcdnDomain, T.vodDomain, T.liveDomain];

describe("cdnCoverage by scope", () => {
  it.each(SCOPED)("%s: domestic, global → mainland; overseas → outside", (type) => {
    expect(cdnCoverage(view(type, { scope: "domestic" }))).toEqual({
      serves: "mainland",
      field: "scope",
      value: "domestic",
      defaulted: false,
    });
    expect(cdnCoverage(view(type, { scope: "global" }))).toEqual({
      serves: "mainland",
      field: "scope",
      value: "global",
      defaulted: false,
    });
    expect(cdnCoverage(view(type, { scope: "overseas" }))).toEqual({
      serves: "outside",
      field: "scope",
      value: "overseas",
      defaulted: false,
    });
  });

  it.each(SCOPED)("%s: missing scope → mainland (default domestic)", (type) => {
    for (const props of [{}, { scope: null }, { scope: "" }]) {
      expect(cdnCoverage(view(type, props))).toEqual({
        serves: "mainland",
        field: "scope",
        defaulted: true,
      });
    }
  });

  it("unknown scope → unknown", () => {
    expect(cdnCoverage(view(T.cdnDomainNew, { scope: UNKNOWN }))).toEqual({
      serves: "unknown",
      field: "scope",
      defaulted: false,
    });
  });

  it("is case-insensitive and trims", () => {
    expect(cdnCoverage(view(T.dcdnDomain, { scope: " Overseas " }))).toMatchObject({
      serves: "outside",
      value: "overseas",
    });
    expect(cdnCoverage(view(T.dcdnDomain, { scope: "GLOBAL" }))).toMatchObject({
      serves: "mainland",
      value: "global",
    });
  });

  it("an unexpected string → mainland, invalid", () => {
    expect(cdnCoverage(view(T.cdnDomainNew, { scope: "moon" }))).toEqual({
      serves: "mainland",
      field: "scope",
      value: "moon",
      defaulted: false,
      invalid: 'unexpected value "moon"',
    });
  });

  it("a wrong type → mainland, invalid", () => {
    expect(cdnCoverage(view(T.cdnDomainNew, { scope: 3 }))).toEqual({
      serves: "mainland",
      field: "scope",
      defaulted: false,
      invalid: "a number, expected a string",
    });
  });

  it("a secret scope is used but not shown", () => {
    const secret = { [SIG_KEY]: SECRET_SIG, value: "overseas" };
    expect(cdnCoverage(view(T.cdnDomainNew, { scope: secret }))).toEqual({
      serves: "outside",
      field: "scope",
      value: "[secret]",
      defaulted: false,
    });
  });

  it("esa.Site reads coverage, not scope", () => {
    const esa = (props: Record<string, unknown>) => cdnCoverage(view(T.esaSite, props));
    expect(esa({ coverage: "domestic" })).toMatchObject({ serves: "mainland", field: "coverage" });
    expect(esa({ coverage: "global" })).toMatchObject({ serves: "mainland", value: "global" });
    expect(esa({ coverage: "overseas", scope: "domestic" })).toEqual({
      serves: "outside",
      field: "coverage",
      value: "overseas",
      defaulted: false,
    });
    expect(esa({ scope: "overseas" })).toEqual({
      serves: "mainland",
      field: "coverage",
      defaulted: true,
    });
    expect(esa({ coverage: UNKNOWN })).toMatchObject({ serves: "unknown", field: "coverage" });
  });

  it("scdn.Domain always serves the mainland", () => {
    expect(cdnCoverage(view(T.scdnDomain, { scope: "overseas" }))).toEqual({
      serves: "mainland",
      defaulted: false,
    });
  });
});

describe("wafV2InstanceServes", () => {
  it.each([
    ["version_3", "mainland"],
    ["version_4", "mainland"],
    ["version_5", "mainland"],
    ["version_pro_china", "mainland"],
    ["version_business_china", "mainland"],
    ["version_enterprise_china", "mainland"],
    ["version_pro_asia", "outside"],
    ["version_business_asia", "outside"],
    ["version_enterprise_asia", "outside"],
    ["version_pro", "outside"],
    ["version_business", "outside"],
    ["version_enterprise", "outside"],
    ["versionProAsia", "outside"],
    ["version3", "mainland"],
    [" VERSION_PRO_CHINA ", "mainland"],
  ])("packageCode %j → %s", (packageCode, serves) => {
    expect(wafV2InstanceServes({ packageCode })).toEqual({
      serves,
      field: "packageCode",
      value: packageCode.trim().toLowerCase(),
      defaulted: false,
    });
  });

  it("a mainland region input decides mainland whatever the plan", () => {
    expect(wafV2InstanceServes({ region: "cn-hangzhou", packageCode: "version_pro_asia" })).toEqual(
      { serves: "mainland", field: "region", value: "cn-hangzhou", defaulted: false },
    );
  });

  it("a region outside the mainland leaves the decision to the plan", () => {
    expect(
      wafV2InstanceServes({ region: "ap-southeast-1", packageCode: "version_3" }),
    ).toMatchObject({ serves: "mainland", field: "packageCode" });
    expect(
      wafV2InstanceServes({ region: "cn-hongkong", packageCode: "version_enterprise" }),
    ).toMatchObject({ serves: "outside", field: "packageCode" });
  });

  it("missing plan: a listed outside region → outside; otherwise mainland, defaulted", () => {
    expect(wafV2InstanceServes({ region: "ap-southeast-1" })).toEqual({
      serves: "outside",
      field: "region",
      value: "ap-southeast-1",
      defaulted: false,
    });
    expect(wafV2InstanceServes({ region: "cn" })).toEqual({
      serves: "mainland",
      field: "packageCode",
      defaulted: true,
    });
    expect(wafV2InstanceServes({})).toEqual({
      serves: "mainland",
      field: "packageCode",
      defaulted: true,
    });
  });

  it("unknown plan → unknown; unknown region alone does not decide", () => {
    expect(wafV2InstanceServes({ packageCode: UNKNOWN })).toEqual({
      serves: "unknown",
      field: "packageCode",
      defaulted: false,
    });
    expect(wafV2InstanceServes({ region: UNKNOWN, packageCode: "version_pro" })).toMatchObject({
      serves: "outside",
    });
  });

  it("an unexpected plan → mainland, invalid", () => {
    expect(wafV2InstanceServes({ packageCode: "version_9" })).toEqual({
      serves: "mainland",
      field: "packageCode",
      value: "version_9",
      defaulted: false,
      invalid: 'unexpected value "version_9"',
    });
  });
});

describe("ddosInstanceServes", () => {
  it.each([
    ["ddoscoo", "mainland"],
    ["ddoscoo_intl", "mainland"],
    ["ddosDip", "outside"],
    ["DDOSDIP", "outside"],
  ])("productType %j → %s", (productType, serves) => {
    expect(ddosInstanceServes({ productType })).toEqual({
      serves,
      field: "productType",
      value: productType.toLowerCase(),
      defaulted: false,
    });
  });

  it("missing productType → ddoscoo (mainland), defaulted", () => {
    expect(ddosInstanceServes({})).toEqual({
      serves: "mainland",
      field: "productType",
      defaulted: true,
    });
  });

  it("unknown → unknown; unexpected → mainland, invalid", () => {
    expect(ddosInstanceServes({ productType: UNKNOWN })).toEqual({
      serves: "unknown",
      field: "productType",
      defaulted: false,
    });
    expect(ddosInstanceServes({ productType: "ddosbgp" })).toEqual({
      serves: "mainland",
      field: "productType",
      value: "ddosbgp",
      defaulted: false,
      invalid: 'unexpected value "ddosbgp"',
    });
  });
});
