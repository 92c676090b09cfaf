import { describe, expect, it } from "vitest";
import type { Registration } from "../../cli/program/protocol";
import { buildStates } from "../../cli/program/states";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";

const STACK = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";
const DEFAULT_3_108 = "urn:pulumi:dev::shop::pulumi:providers:alicloud::default_3_108_0";

function reg(over: Partial<Registration> & Pick<Registration, "urn" | "type">): Registration {
  return {
    op: "register",
    name: over.urn.split("::").pop() ?? "",
    custom: true,
    parent: STACK,
    provider: "",
    version: "3.108.0",
    pluginDownloadUrl: "",
    remote: false,
    protect: false,
    id: "",
    dependencies: [],
    propertyDependencies: {},
    inputs: {},
    ...over,
  };
}

const base = {
  project: "shop",
  stack: "dev",
  config: {
    "alicloud:region": "cn-hangzhou",
    "alicloud:accessKey": UNKNOWN,
    "shop:domain": "a.cn",
  },
  secretKeys: ["alicloud:accessKey"],
  outputs: {},
};

describe("buildStates", () => {
  it("creates one default provider per version, before its first user, from the package's config", () => {
    const states = buildStates({
      ...base,
      registrations: [
        reg({ urn: STACK, type: "pulumi:pulumi:Stack", custom: false, parent: "", version: "" }),
        reg({
          urn: "urn:pulumi:dev::shop::alicloud:oss/bucket:Bucket::a",
          type: "alicloud:oss/bucket:Bucket",
        }),
        reg({
          urn: "urn:pulumi:dev::shop::alicloud:oss/bucket:Bucket::b",
          type: "alicloud:oss/bucket:Bucket",
        }),
        reg({
          urn: "urn:pulumi:dev::shop::alicloud:oss/bucket:Bucket::old",
          type: "alicloud:oss/bucket:Bucket",
          version: "3.90.1",
        }),
      ],
    });
    expect(states.map((s) => s.urn)).toEqual([
      STACK,
      DEFAULT_3_108,
      "urn:pulumi:dev::shop::alicloud:oss/bucket:Bucket::a",
      "urn:pulumi:dev::shop::alicloud:oss/bucket:Bucket::b",
      "urn:pulumi:dev::shop::pulumi:providers:alicloud::default_3_90_1",
      "urn:pulumi:dev::shop::alicloud:oss/bucket:Bucket::old",
    ]);
    const providerInputs = {
      region: "cn-hangzhou",
      accessKey: { [SIG_KEY]: SECRET_SIG, value: UNKNOWN },
      version: "3.108.0",
    };
    expect(states[1]).toEqual({
      urn: DEFAULT_3_108,
      custom: true,
      type: "pulumi:providers:alicloud",
      inputs: providerInputs,
      outputs: providerInputs,
    });
    expect(states[2].provider).toBe(`${DEFAULT_3_108}::${UNKNOWN}`);
    expect(states[3].provider).toBe(`${DEFAULT_3_108}::${UNKNOWN}`);
    expect(states[5].provider).toBe(
      `urn:pulumi:dev::shop::pulumi:providers:alicloud::default_3_90_1::${UNKNOWN}`,
    );
    expect(states[0]).toEqual({
      urn: STACK,
      custom: false,
      type: "pulumi:pulumi:Stack",
      inputs: {},
      outputs: {},
      dependencies: [],
      propertyDependencies: {},
    });
  });

  it("keeps explicit providers (adding their plugin version) and their references", () => {
    const hk = "urn:pulumi:dev::shop::pulumi:providers:alicloud::hk";
    const states = buildStates({
      ...base,
      registrations: [
        reg({ urn: hk, type: "pulumi:providers:alicloud", inputs: { region: "cn-hongkong" } }),
        reg({
          urn: "urn:pulumi:dev::shop::alicloud:oss/bucket:Bucket::hk",
          type: "alicloud:oss/bucket:Bucket",
          provider: `${hk}::${UNKNOWN}`,
        }),
      ],
    });
    expect(states).toHaveLength(2);
    expect(states[0].inputs).toEqual({ region: "cn-hongkong", version: "3.108.0" });
    expect(states[0].outputs).toEqual({ region: "cn-hongkong", version: "3.108.0" });
    expect(states[0].provider).toBeUndefined();
    expect(states[1].provider).toBe(`${hk}::${UNKNOWN}`);
  });

  it("gives components their registered outputs, and reads their id", () => {
    const site = "urn:pulumi:dev::shop::shop:web:Site::site";
    const states = buildStates({
      ...base,
      outputs: { [site]: { fqdn: "www.a.cn" } },
      registrations: [
        reg({ urn: site, type: "shop:web:Site", custom: false, version: "" }),
        reg({
          urn: "urn:pulumi:dev::shop::alicloud:ecs/instance:Instance::legacy",
          type: "alicloud:ecs/instance:Instance",
          op: "read",
          id: "i-123",
          protect: true,
        }),
      ],
    });
    expect(states[0]).toMatchObject({ outputs: { fqdn: "www.a.cn" }, parent: STACK });
    expect(states[0].provider).toBeUndefined();
    expect(states[2]).toMatchObject({
      id: "i-123",
      protect: true,
      provider: `${DEFAULT_3_108}::${UNKNOWN}`,
    });
  });
});
