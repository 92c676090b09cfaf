import { describe, expect, it } from "vitest";
import {
  defaultProviderName,
  needsDefaultProvider,
  resourceUrn,
  typePackage,
} from "../../cli/program/engine-rules";

const STACK_URN = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";

describe("resourceUrn", () => {
  it("does not qualify a child of the root stack or of nothing", () => {
    expect(resourceUrn("dev", "shop", STACK_URN, "alicloud:ecs/instance:Instance", "web")).toBe(
      "urn:pulumi:dev::shop::alicloud:ecs/instance:Instance::web",
    );
    expect(resourceUrn("dev", "shop", "", "pulumi:pulumi:Stack", "shop-dev")).toBe(STACK_URN);
  });

  it("prefixes the parent's whole qualified type", () => {
    const site = resourceUrn("dev", "shop", STACK_URN, "shop:web:Site", "site");
    const assets = resourceUrn("dev", "shop", site, "shop:web:Assets", "a");
    expect(assets).toBe("urn:pulumi:dev::shop::shop:web:Site$shop:web:Assets::a");
    expect(resourceUrn("dev", "shop", assets, "alicloud:oss/bucket:Bucket", "b::x")).toBe(
      "urn:pulumi:dev::shop::shop:web:Site$shop:web:Assets$alicloud:oss/bucket:Bucket::b::x",
    );
  });
});

describe("defaultProviderName", () => {
  it("encodes the version as the engine does", () => {
    expect(defaultProviderName("3.108.0")).toBe("default_3_108_0");
    expect(defaultProviderName("")).toBe("default");
    expect(defaultProviderName("v1.2.3")).toBe("default_1_2_3");
    expect(defaultProviderName("3.0.0-alpha.1+build.7")).toBe("default_3_0_0_alpha_1_build_7");
    expect(defaultProviderName("1.0.0", "github://api.github.com/acme")).toBe(
      "default_1_0_0_github___api.github.com_acme",
    );
  });
});

describe("needsDefaultProvider", () => {
  it("is for custom resources without a provider, except providers and built-ins", () => {
    const custom = { custom: true, type: "alicloud:oss/bucket:Bucket", provider: "" };
    expect(needsDefaultProvider(custom)).toBe(true);
    expect(needsDefaultProvider({ ...custom, provider: "urn:x::id" })).toBe(false);
    expect(needsDefaultProvider({ ...custom, custom: false })).toBe(false);
    expect(needsDefaultProvider({ ...custom, type: "pulumi:providers:alicloud" })).toBe(false);
    expect(needsDefaultProvider({ ...custom, type: "pulumi:pulumi:StackReference" })).toBe(false);
  });

  it("reads a type's package", () => {
    expect(typePackage("alicloud:ecs/instance:Instance")).toBe("alicloud");
    expect(typePackage("pulumi:providers:alicloud")).toBe("alicloud");
  });
});
