import { describe, expect, it } from "vitest";
import type { PackEnvironment } from "../../policy-pack/model/context";
import {
  ecsEligibility,
  isEligibleServerType,
  registryServerEligibility,
  sasEligibility,
} from "../../policy-pack/model/eligibility";
import type { ResourceView } from "../../policy-pack/model/resource";
import { PROVIDER, T } from "../../policy-pack/model/resource-types";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";

function view(
  type: string,
  props: Record<string, unknown>,
  providerRegion: unknown = "cn-hangzhou",
): ResourceView {
  return {
    urn: `urn:pulumi:dev::proj::${type}::web`,
    type,
    name: "web",
    props,
    provider: {
      urn: `urn:pulumi:dev::proj::${PROVIDER}::default_3_108_0`,
      name: "default_3_108_0",
      type: PROVIDER,
      props: { region: providerRegion },
    },
    dependencies: [],
    propertyDependencies: {},
  };
}

const ENV: PackEnvironment = {
  stack: { organization: "acme", project: "shop", stack: "prod" },
  lang: "en",
  today: "2026-07-01",
};

/** An ECS instance that meets every requirement. */
const GOOD_ECS = {
  instanceChargeType: "PrePaid",
  period: 12,
  periodUnit: "Month",
  internetMaxBandwidthOut: 5,
  status: "Stopped",
};

function ecs(props: Record<string, unknown>, boundEip: boolean | "unknown" = false) {
  return ecsEligibility(view(T.ecsInstance, props), ENV, boundEip);
}

describe("ecsEligibility", () => {
  it("a prepaid, 12-month, public, mainland instance is eligible (stopped or not)", () => {
    const e = ecs(GOOD_ECS);
    expect(e.eligible).toBe(true);
    expect(e.failures).toEqual([]);
    expect(e.region).toMatchObject({ region: "cn-hangzhou", source: "provider", mainland: true });
  });

  it("ecs.EcsInstanceSet is judged the same way", () => {
    const set = ecsEligibility(
      view(T.ecsInstanceSet, { ...GOOD_ECS, zoneId: "cn-beijing-h" }),
      ENV,
      false,
    );
    expect(set).toMatchObject({ eligible: true, failures: [] });
    expect(set.region).toMatchObject({ region: "cn-beijing", source: "zone" });
  });

  it("period and bandwidth given as strings", () => {
    expect(ecs({ ...GOOD_ECS, period: "3", internetMaxBandwidthOut: "5" }).eligible).toBe(true);
    expect(ecs({ ...GOOD_ECS, period: "2" }).failures).toEqual([
      { requirement: "subscription-months", field: "period", actual: "2" },
    ]);
    expect(ecs({ ...GOOD_ECS, internetMaxBandwidthOut: "0" }).failures).toEqual([
      { requirement: "public-bandwidth", field: "internetMaxBandwidthOut", actual: "0" },
    ]);
  });

  describe("mainland-region alone", () => {
    it("a region outside the mainland", () => {
      const e = ecsEligibility(view(T.ecsInstance, GOOD_ECS, "cn-hongkong"), ENV, false);
      expect(e).toMatchObject({
        eligible: false,
        failures: [
          { requirement: "mainland-region", field: "provider.region", actual: "cn-hongkong" },
        ],
      });
      const z = ecs({ ...GOOD_ECS, availabilityZone: "ap-southeast-1a" });
      expect(z.failures).toEqual([
        { requirement: "mainland-region", field: "availabilityZone", actual: "ap-southeast-1" },
      ]);
    });

    it("an unknown region is a failure marked unknown, never a pass", () => {
      const e = ecsEligibility(view(T.ecsInstance, GOOD_ECS, UNKNOWN), ENV, false);
      expect(e.failures).toEqual([
        { requirement: "mainland-region", field: "provider.region", unknown: true },
      ]);
      expect(e.eligible).toBe(false);
    });

    it("no region anywhere is a failure (not unknown)", () => {
      const e = ecsEligibility(view(T.ecsInstance, GOOD_ECS, null), ENV, false);
      expect(e.failures).toEqual([{ requirement: "mainland-region" }]);
      expect(e.region.undetermined).toBe(true);
    });

    it("a secret region is not shown", () => {
      const secret = { [SIG_KEY]: SECRET_SIG, value: "us-east-1" };
      const e = ecsEligibility(view(T.ecsInstance, GOOD_ECS, secret), ENV, false);
      expect(e.failures).toEqual([
        { requirement: "mainland-region", field: "provider.region", actual: "[secret]" },
      ]);
    });
  });

  describe("prepaid alone", () => {
    it("missing charge type is PostPaid", () => {
      const { instanceChargeType: _, ...rest } = GOOD_ECS;
      expect(ecs(rest).failures).toEqual([{ requirement: "prepaid", field: "instanceChargeType" }]);
    });

    it("PostPaid", () => {
      expect(ecs({ ...GOOD_ECS, instanceChargeType: "PostPaid" }).failures).toEqual([
        { requirement: "prepaid", field: "instanceChargeType", actual: "PostPaid" },
      ]);
    });

    it("charge type is compared case-insensitively", () => {
      expect(ecs({ ...GOOD_ECS, instanceChargeType: "prepaid" }).eligible).toBe(true);
    });

    it("unknown charge type", () => {
      expect(ecs({ ...GOOD_ECS, instanceChargeType: UNKNOWN }).failures).toEqual([
        { requirement: "prepaid", field: "instanceChargeType", unknown: true },
      ]);
    });

    it("spot is pay-as-you-go; NoSpot is not spot", () => {
      expect(ecs({ ...GOOD_ECS, spotStrategy: "SpotAsPriceGo" }).failures).toEqual([
        { requirement: "prepaid", field: "spotStrategy", actual: "SpotAsPriceGo" },
      ]);
      expect(ecs({ ...GOOD_ECS, spotStrategy: "SpotWithPriceLimit" }).failures).toEqual([
        { requirement: "prepaid", field: "spotStrategy", actual: "SpotWithPriceLimit" },
      ]);
      expect(ecs({ ...GOOD_ECS, spotStrategy: "NoSpot" }).eligible).toBe(true);
      expect(ecs({ ...GOOD_ECS, spotStrategy: UNKNOWN }).failures).toEqual([
        { requirement: "prepaid", field: "spotStrategy", unknown: true },
      ]);
    });
  });

  describe("subscription-months alone", () => {
    it("missing period is 1 month", () => {
      const { period: _, ...rest } = GOOD_ECS;
      expect(ecs(rest).failures).toEqual([{ requirement: "subscription-months", field: "period" }]);
    });

    it("period 2 fails, 3 passes, missing unit is Month", () => {
      expect(ecs({ ...GOOD_ECS, period: 2 }).failures).toEqual([
        { requirement: "subscription-months", field: "period", actual: "2" },
      ]);
      const { periodUnit: _, ...noUnit } = GOOD_ECS;
      expect(ecs({ ...noUnit, period: 3 }).eligible).toBe(true);
    });

    it("weeks never reach three months", () => {
      for (const period of [1, 3, 12]) {
        expect(ecs({ ...GOOD_ECS, periodUnit: "Week", period }).failures).toEqual([
          { requirement: "subscription-months", field: "periodUnit", actual: "Week" },
        ]);
      }
    });

    it("unknown period or unit", () => {
      expect(ecs({ ...GOOD_ECS, period: UNKNOWN }).failures).toEqual([
        { requirement: "subscription-months", field: "period", unknown: true },
      ]);
      expect(ecs({ ...GOOD_ECS, periodUnit: UNKNOWN }).failures).toEqual([
        { requirement: "subscription-months", field: "periodUnit", unknown: true },
      ]);
    });

    it("an ill-shaped period", () => {
      expect(ecs({ ...GOOD_ECS, period: "twelve" }).failures).toEqual([
        {
          requirement: "subscription-months",
          field: "period",
          actual: "(a string, expected a number)",
        },
      ]);
    });
  });

  describe("public-bandwidth alone", () => {
    it("missing or zero bandwidth with no EIP", () => {
      const { internetMaxBandwidthOut: _, ...rest } = GOOD_ECS;
      expect(ecs(rest).failures).toEqual([
        { requirement: "public-bandwidth", field: "internetMaxBandwidthOut" },
      ]);
      expect(ecs({ ...GOOD_ECS, internetMaxBandwidthOut: 0 }).failures).toEqual([
        { requirement: "public-bandwidth", field: "internetMaxBandwidthOut", actual: "0" },
      ]);
    });

    it("a bound EIP gives public access", () => {
      expect(ecs({ ...GOOD_ECS, internetMaxBandwidthOut: 0 }, true)).toMatchObject({
        eligible: true,
        failures: [],
      });
    });

    it("an EIP link that is unknown, with no bandwidth → unknown failure", () => {
      expect(ecs({ ...GOOD_ECS, internetMaxBandwidthOut: 0 }, "unknown").failures).toEqual([
        {
          requirement: "public-bandwidth",
          field: "internetMaxBandwidthOut",
          actual: "0",
          unknown: true,
        },
      ]);
    });

    it("bandwidth > 0 passes whatever the EIP link", () => {
      expect(ecs(GOOD_ECS, "unknown").eligible).toBe(true);
    });

    it("unknown bandwidth with no EIP → unknown failure; with an EIP → pass", () => {
      expect(ecs({ ...GOOD_ECS, internetMaxBandwidthOut: UNKNOWN }).failures).toEqual([
        { requirement: "public-bandwidth", field: "internetMaxBandwidthOut", unknown: true },
      ]);
      expect(ecs({ ...GOOD_ECS, internetMaxBandwidthOut: UNKNOWN }, true).eligible).toBe(true);
    });
  });

  it("standalone alone: an ACK node pool is not a server", () => {
    const e = ecsEligibility(view(T.csNodePool, GOOD_ECS), ENV, false);
    expect(e.failures).toEqual([{ requirement: "standalone", actual: T.csNodePool }]);
  });

  it("every failure at once, in requirement order", () => {
    const e = ecsEligibility(
      view(T.ecsInstance, { periodUnit: "Week", availabilityZone: "eu-central-1a" }),
      ENV,
      false,
    );
    expect(e.eligible).toBe(false);
    expect(e.failures).toEqual([
      { requirement: "mainland-region", field: "availabilityZone", actual: "eu-central-1" },
      { requirement: "prepaid", field: "instanceChargeType" },
      { requirement: "subscription-months", field: "periodUnit", actual: "Week" },
      { requirement: "public-bandwidth", field: "internetMaxBandwidthOut" },
    ]);
  });
});

describe("sasEligibility", () => {
  const sas = (props: Record<string, unknown>, region: unknown = "cn-shanghai") =>
    sasEligibility(view(T.sasInstance, props, region), ENV);

  it("mainland with period >= 3 is eligible", () => {
    expect(sas({ period: 3, paymentType: "Subscription" })).toMatchObject({
      eligible: true,
      failures: [],
    });
    expect(sas({ period: "12" }).eligible).toBe(true);
  });

  it("missing period is 1; short or unknown periods fail", () => {
    expect(sas({}).failures).toEqual([{ requirement: "subscription-months", field: "period" }]);
    expect(sas({ period: 1 }).failures).toEqual([
      { requirement: "subscription-months", field: "period", actual: "1" },
    ]);
    expect(sas({ period: UNKNOWN }).failures).toEqual([
      { requirement: "subscription-months", field: "period", unknown: true },
    ]);
  });

  it("outside the mainland, and combined", () => {
    expect(sas({ period: 12 }, "ap-southeast-1").failures).toEqual([
      { requirement: "mainland-region", field: "provider.region", actual: "ap-southeast-1" },
    ]);
    expect(sas({ period: 1 }, "cn-hongkong").failures).toEqual([
      { requirement: "mainland-region", field: "provider.region", actual: "cn-hongkong" },
      { requirement: "subscription-months", field: "period", actual: "1" },
    ]);
  });

  it("ignores ECS-only requirements", () => {
    expect(
      sas({ period: 6, instanceChargeType: "PostPaid", internetMaxBandwidthOut: 0 }).eligible,
    ).toBe(true);
  });

  it("a non-SAS type is not standalone", () => {
    expect(sasEligibility(view(T.ecsInstance, { period: 12 }), ENV).failures).toEqual([
      { requirement: "standalone", actual: T.ecsInstance },
    ]);
  });
});

describe("registryServerEligibility", () => {
  const goodEcs = {
    kind: "ecs" as const,
    region: "cn-hangzhou",
    chargeType: "PrePaid",
    subscriptionMonths: 12,
    publicIp: true,
  };

  it("an ECS with every declared fact is eligible", () => {
    expect(registryServerEligibility(goodEcs)).toEqual({ eligible: true, failures: [] });
    expect(
      registryServerEligibility({ ...goodEcs, chargeType: "prepaid", subscriptionMonths: 3 }),
    ).toEqual({ eligible: true, failures: [] });
  });

  it("each ECS requirement alone", () => {
    expect(registryServerEligibility({ ...goodEcs, region: "cn-hongkong" }).failures).toEqual([
      { requirement: "mainland-region", field: "region", actual: "cn-hongkong" },
    ]);
    expect(registryServerEligibility({ ...goodEcs, chargeType: "PostPaid" }).failures).toEqual([
      { requirement: "prepaid", field: "chargeType", actual: "PostPaid" },
    ]);
    expect(registryServerEligibility({ ...goodEcs, chargeType: undefined }).failures).toEqual([
      { requirement: "prepaid", field: "chargeType" },
    ]);
    expect(registryServerEligibility({ ...goodEcs, subscriptionMonths: 2 }).failures).toEqual([
      { requirement: "subscription-months", field: "subscriptionMonths", actual: "2" },
    ]);
    expect(
      registryServerEligibility({ ...goodEcs, subscriptionMonths: undefined }).failures,
    ).toEqual([{ requirement: "subscription-months", field: "subscriptionMonths" }]);
    expect(registryServerEligibility({ ...goodEcs, publicIp: false }).failures).toEqual([
      { requirement: "public-bandwidth", field: "publicIp", actual: "false" },
    ]);
    expect(registryServerEligibility({ ...goodEcs, publicIp: undefined }).failures).toEqual([
      { requirement: "public-bandwidth", field: "publicIp" },
    ]);
  });

  it("an unlisted cn-* region counts as mainland", () => {
    expect(registryServerEligibility({ ...goodEcs, region: "cn-xian" }).eligible).toBe(true);
  });

  it("every ECS failure at once", () => {
    expect(registryServerEligibility({ kind: "ecs", region: "us-east-1" })).toEqual({
      eligible: false,
      failures: [
        { requirement: "mainland-region", field: "region", actual: "us-east-1" },
        { requirement: "prepaid", field: "chargeType" },
        { requirement: "subscription-months", field: "subscriptionMonths" },
        { requirement: "public-bandwidth", field: "publicIp" },
      ],
    });
  });

  it("SAS: mainland and subscriptionMonths >= 3 (missing fails); no charge type or IP needed", () => {
    expect(
      registryServerEligibility({ kind: "sas", region: "cn-beijing", subscriptionMonths: 3 }),
    ).toEqual({ eligible: true, failures: [] });
    expect(registryServerEligibility({ kind: "sas", region: "cn-beijing" }).failures).toEqual([
      { requirement: "subscription-months", field: "subscriptionMonths" },
    ]);
    expect(
      registryServerEligibility({ kind: "sas", region: "ap-south-1", subscriptionMonths: 1 })
        .failures,
    ).toEqual([
      { requirement: "mainland-region", field: "region", actual: "ap-south-1" },
      { requirement: "subscription-months", field: "subscriptionMonths", actual: "1" },
    ]);
  });
});

describe("isEligibleServerType", () => {
  it.each([
    [T.ecsInstance, true],
    [T.ecsInstanceSet, true],
    [T.sasInstance, true],
    [T.csNodePool, false],
    [T.eciContainerGroup, false],
    [T.slbApplicationLoadBalancer, false],
    ["alicloud:ecs/Instance:Instance", false],
  ])("%s → %s", (type, ok) => {
    expect(isEligibleServerType(type)).toBe(ok);
  });
});
