import { describe, expect, it } from "vitest";
import type { PackEnvironment, PackRegion } from "../../policy-pack/model/context";
import {
  classifyRegion,
  MAINLAND_REGIONS,
  OUTSIDE_REGIONS,
  regionFromZone,
  resolveRegion,
} from "../../policy-pack/model/regions";
import type { ResourceView } from "../../policy-pack/model/resource";
import { PROVIDER, T } from "../../policy-pack/model/resource-types";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";

function view(
  type: string,
  props: Record<string, unknown>,
  providerProps?: Record<string, unknown>,
): ResourceView {
  return {
    urn: `urn:pulumi:dev::proj::${type}::res`,
    type,
    name: "res",
    props,
    provider: providerProps
      ? {
          urn: `urn:pulumi:dev::proj::${PROVIDER}::p`,
          name: "p",
          type: PROVIDER,
          props: providerProps,
        }
      : undefined,
    dependencies: [],
    propertyDependencies: {},
  };
}

function env(packRegion?: PackRegion): PackEnvironment {
  return {
    stack: { organization: "acme", project: "shop", stack: "dev" },
    packRegion,
    lang: "en",
    today: "2026-07-01",
  };
}

const RULES_MAINLAND = [
  "cn-qingdao",
  "cn-beijing",
  "cn-zhangjiakou",
  "cn-huhehaote",
  "cn-wulanchabu",
  "cn-hangzhou",
  "cn-shanghai",
  "cn-nanjing",
  "cn-fuzhou",
  "cn-shenzhen",
  "cn-heyuan",
  "cn-guangzhou",
  "cn-chengdu",
  "cn-wuhan-lr",
  "cn-zhengzhou-jva",
  "cn-zhongwei",
  "cn-hangzhou-finance",
  "cn-shanghai-finance-1",
  "cn-shenzhen-finance-1",
  "cn-beijing-finance-1",
  "cn-north-2-gov-1",
  "cn-hzfinance",
  "cn-hzjbp",
  "cn-szfinance",
  "cn-shenzhen-finance",
  "cn-beijing-finance-1-pub",
  "cn-shanghai-finance-1-pub",
  "cn-heyuan-acdr-1",
  "rg-china-mainland",
];

describe("region lists", () => {
  it("MAINLAND_REGIONS is exactly the docs/scope.md list", () => {
    expect([...MAINLAND_REGIONS].sort()).toEqual([...RULES_MAINLAND].sort());
  });

  it("the two lists do not overlap and are lower-case", () => {
    const outside = new Set(OUTSIDE_REGIONS);
    expect(MAINLAND_REGIONS.filter((r) => outside.has(r))).toEqual([]);
    for (const r of [...MAINLAND_REGIONS, ...OUTSIDE_REGIONS]) expect(r).toBe(r.toLowerCase());
  });
});

describe("classifyRegion", () => {
  it.each(RULES_MAINLAND)("%s is a listed mainland region", (id) => {
    expect(classifyRegion(id)).toEqual({ mainland: true, listed: true });
  });

  it.each([
    "cn-hongkong",
    "ap-southeast-1",
    "ap-southeast-3",
    "ap-southeast-5",
    "ap-southeast-7",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-south-1",
    "eu-central-1",
    "eu-west-1",
    "us-west-1",
    "us-east-1",
    "me-east-1",
    "me-central-1",
    "na-south-1",
    "rus-west-1",
  ])("%s is a listed region outside the mainland", (id) => {
    expect(classifyRegion(id)).toEqual({ mainland: false, listed: true });
  });

  it("an unlisted cn-* id is mainland, unlisted (fail safe)", () => {
    expect(classifyRegion("cn-xian")).toEqual({ mainland: true, listed: false });
    expect(classifyRegion("cn-hangzhou-acdr-9")).toEqual({ mainland: true, listed: false });
  });

  it("an unlisted id of another shape is not mainland", () => {
    expect(classifyRegion("ap-southeast-99")).toEqual({ mainland: false, listed: false });
    expect(classifyRegion("moon-1")).toEqual({ mainland: false, listed: false });
    expect(classifyRegion("cn")).toEqual({ mainland: false, listed: false });
    expect(classifyRegion("")).toEqual({ mainland: false, listed: false });
  });

  it("trims and lower-cases first", () => {
    expect(classifyRegion("  CN-Hangzhou ")).toEqual({ mainland: true, listed: true });
    expect(classifyRegion("CN-HONGKONG")).toEqual({ mainland: false, listed: true });
    expect(classifyRegion(" RG-China-Mainland")).toEqual({ mainland: true, listed: true });
  });
});

describe("regionFromZone", () => {
  it.each([
    ["cn-hangzhou-h", "cn-hangzhou"],
    ["cn-hangzhou-k", "cn-hangzhou"],
    ["cn-hangzhou", "cn-hangzhou"],
    ["cn-shanghai-finance-1a", "cn-shanghai-finance-1"],
    ["cn-shanghai-finance-1z", "cn-shanghai-finance-1"],
    ["cn-shanghai-finance-1-pub-a", "cn-shanghai-finance-1-pub"],
    ["cn-shenzhen-finance-1d", "cn-shenzhen-finance-1"],
    ["cn-hangzhou-finance-b", "cn-hangzhou-finance"],
    ["cn-north-2-gov-1a", "cn-north-2-gov-1"],
    ["cn-wuhan-lr-a", "cn-wuhan-lr"],
    ["cn-hongkong-b", "cn-hongkong"],
    ["ap-southeast-1a", "ap-southeast-1"],
    ["ap-southeast-1", "ap-southeast-1"],
    ["ap-northeast-1b", "ap-northeast-1"],
    ["eu-central-1c", "eu-central-1"],
    ["  CN-Beijing-G ", "cn-beijing"],
  ])("%s → %s", (zone, region) => {
    expect(regionFromZone(zone)).toBe(region);
  });

  it.each([
    "cn-xian-a", // unknown region
    "cn-hangzhoux", // not followed by "-" (letters only follow digit-ending ids)
    "ap-southeast-10a", // ap-southeast-1 followed by a digit
    "zone-a",
    "",
  ])("%j → undefined", (zone) => {
    expect(regionFromZone(zone)).toBeUndefined();
  });
});

describe("resolveRegion", () => {
  const cfg: PackRegion = { region: "cn-shanghai", source: "stack-config" };

  it("own region input wins for waf.Instance, live.Domain and esa.Certificate", () => {
    for (const type of [T.wafInstance, T.liveDomain, T.esaCertificate]) {
      const r = resolveRegion(
        view(type, { region: "ap-southeast-1", zoneId: "cn-beijing-a" }, { region: "cn-hangzhou" }),
        env(cfg),
      );
      expect(r).toEqual({
        region: "ap-southeast-1",
        source: "resource",
        field: "region",
        undetermined: false,
        unknownFields: [],
        invalidFields: [],
        mainland: false,
        listed: true,
      });
    }
  });

  it("ignores a region input on other types", () => {
    const r = resolveRegion(
      view(T.ecsInstance, { region: "ap-southeast-1" }, { region: "cn-hangzhou" }),
      env(),
    );
    expect(r.source).toBe("provider");
    expect(r.region).toBe("cn-hangzhou");
  });

  it("an unknown own region falls through to the next step", () => {
    const r = resolveRegion(
      view(T.liveDomain, { region: UNKNOWN }, { region: "cn-beijing" }),
      env(),
    );
    expect(r).toMatchObject({
      region: "cn-beijing",
      source: "provider",
      unknownFields: ["region"],
    });
  });

  it("a zone input beats the provider", () => {
    const r = resolveRegion(
      view(T.ecsInstance, { availabilityZone: "cn-hongkong-b" }, { region: "cn-hangzhou" }),
      env(cfg),
    );
    expect(r).toEqual({
      region: "cn-hongkong",
      source: "zone",
      field: "availabilityZone",
      undetermined: false,
      unknownFields: [],
      invalidFields: [],
      mainland: false,
      listed: true,
    });
  });

  it.each([
    [{ zoneId: "cn-beijing-h" }, "zoneId", "cn-beijing"],
    [{ masterZoneId: "cn-qingdao-b" }, "masterZoneId", "cn-qingdao"],
    [{ zoneIds: ["cn-shenzhen-c", "cn-shenzhen-d"] }, "zoneIds[0]", "cn-shenzhen"],
    [
      { zoneMappings: [{ zoneId: "ap-southeast-1a", vswitchId: "vsw-1" }, { zoneId: "x" }] },
      "zoneMappings[0].zoneId",
      "ap-southeast-1",
    ],
  ])("zone input %j → %s", (props, field, region) => {
    const r = resolveRegion(view(T.albLoadBalancer, props, { region: "eu-central-1" }), env());
    expect(r).toMatchObject({ region, field, source: "zone", undetermined: false });
  });

  it("disagreeing zone inputs: the first in order wins", () => {
    const r = resolveRegion(
      view(T.ecsInstance, {
        zoneMappings: [{ zoneId: "ap-southeast-1a" }],
        zoneIds: ["cn-shenzhen-c"],
        masterZoneId: "cn-qingdao-b",
        zoneId: "cn-beijing-h",
      }),
      env(),
    );
    expect(r).toMatchObject({ region: "cn-beijing", field: "zoneId" });
  });

  it("an unknown zone falls through to the next zone input, then to the provider", () => {
    const next = resolveRegion(
      view(T.ecsInstance, { zoneId: UNKNOWN, zoneMappings: [{ zoneId: "cn-beijing-a" }] }),
      env(),
    );
    expect(next).toMatchObject({
      region: "cn-beijing",
      field: "zoneMappings[0].zoneId",
      unknownFields: ["zoneId"],
    });

    const provider = resolveRegion(
      view(
        T.ecsInstance,
        { availabilityZone: UNKNOWN, zoneMappings: UNKNOWN },
        { region: "us-west-1" },
      ),
      env(cfg),
    );
    expect(provider).toEqual({
      region: "us-west-1",
      source: "provider",
      field: "provider.region",
      undetermined: false,
      unknownFields: ["availabilityZone", "zoneMappings"],
      invalidFields: [],
      mainland: false,
      listed: true,
    });
  });

  it("unknown array elements are named by index", () => {
    const r = resolveRegion(
      view(
        T.albLoadBalancer,
        { zoneMappings: [UNKNOWN, { zoneId: UNKNOWN }] },
        { region: "cn-hangzhou" },
      ),
      env(),
    );
    expect(r.unknownFields).toEqual(["zoneMappings[0].zoneId", "zoneMappings[1].zoneId"]);
    expect(r.source).toBe("provider");
  });

  it("a zone of no known region and ill-shaped inputs are skipped and noted", () => {
    const r = resolveRegion(
      view(
        T.ecsInstance,
        { availabilityZone: 7, zoneId: "cn-xian-a", zoneIds: "cn-beijing-a", masterZoneId: "" },
        { region: "cn-hangzhou" },
      ),
      env(),
    );
    expect(r).toMatchObject({
      region: "cn-hangzhou",
      source: "provider",
      invalidFields: ["availabilityZone", "zoneId", "zoneIds"],
      unknownFields: [],
    });
  });

  it("the provider region is read through secrets and normalised", () => {
    const r = resolveRegion(
      view(T.ecsInstance, {}, { region: { [SIG_KEY]: SECRET_SIG, value: " CN-Hangzhou " } }),
      env(),
    );
    expect(r).toMatchObject({
      region: "cn-hangzhou",
      source: "provider",
      secret: true,
      mainland: true,
    });
  });

  it.each([
    [{ region: "cn-zhangjiakou", source: "stack-config" }, "alicloud:region"],
    [{ region: "cn-zhangjiakou", source: "ALICLOUD_REGION" }, "ALICLOUD_REGION"],
    [{ region: "cn-zhangjiakou", source: "ALIBABA_CLOUD_REGION" }, "ALIBABA_CLOUD_REGION"],
  ] as [PackRegion, string][])("no provider region: the pack region from %j", (pack, field) => {
    for (const providerProps of [undefined, {}, { region: "" }, { region: null }]) {
      const r = resolveRegion(view(T.ecsInstance, {}, providerProps), env(pack));
      expect(r).toEqual({
        region: "cn-zhangjiakou",
        source: pack.source,
        field,
        undetermined: false,
        unknownFields: [],
        invalidFields: [],
        mainland: true,
        listed: true,
      });
    }
  });

  it("an invalid provider region is noted and the pack region answers", () => {
    const r = resolveRegion(view(T.ecsInstance, {}, { region: 42 }), env(cfg));
    expect(r).toMatchObject({
      region: "cn-shanghai",
      source: "stack-config",
      invalidFields: ["provider.region"],
    });
  });

  it("nothing answers → undetermined, treated as mainland", () => {
    expect(resolveRegion(view(T.ecsInstance, {}), env())).toEqual({
      source: "none",
      undetermined: true,
      unknownFields: [],
      invalidFields: [],
      mainland: true,
      listed: false,
    });
  });

  it("an unknown provider region → undetermined, even with a pack region", () => {
    for (const e of [env(), env(cfg)]) {
      expect(
        resolveRegion(view(T.ecsInstance, { zoneId: UNKNOWN }, { region: UNKNOWN }), e),
      ).toEqual({
        source: "none",
        undetermined: true,
        unknownFields: ["zoneId", "provider.region"],
        invalidFields: [],
        mainland: true,
        listed: false,
      });
    }
  });

  it("an unlisted cn-* provider region is mainland and unlisted", () => {
    const r = resolveRegion(view(T.ecsInstance, {}, { region: "cn-xian" }), env());
    expect(r).toMatchObject({
      region: "cn-xian",
      mainland: true,
      listed: false,
      undetermined: false,
    });
  });
});
