/** Wording that the contains-in-order cases cannot pin: what a message must NOT say. */
import { describe, expect, it } from "vitest";
import { T } from "../../policy-pack/model/tokens";
import { icpCdnDomain } from "../../policy-pack/policies/icp-cdn-domain/policy";
import { icpCustomDomainAccess } from "../../policy-pack/policies/icp-custom-domain-access/policy";
import { icpOssCustomDomain } from "../../policy-pack/policies/icp-oss-custom-domain/policy";
import { CASES_REGISTRY } from "../support/policy-case";
import { runResourcePolicy, runtimeFor } from "../support/sdk-harness";

const runtime = runtimeFor({ registry: CASES_REGISTRY });
const hz = { region: "cn-hangzhou" };

describe("fix texts fit the resource", () => {
  it("suggests an icp:number tag only where the SDK class has tags", () => {
    const oss = runResourcePolicy(
      icpOssCustomDomain,
      { type: T.ossBucketCname, name: "c", props: { domain: "a.unfiled.cn" }, provider: hz },
      runtime,
    );
    expect(oss.violations[0].message).not.toContain("icp:number");
    const cdn = runResourcePolicy(
      icpCdnDomain,
      { type: T.cdnDomainNew, name: "c", props: { domainName: "a.unfiled.cn" } },
      runtime,
    );
    expect(cdn.violations[0].message).toContain("or tag the resource icp:number=<filing number>");
  });

  it("explains Alibaba access, not a missing filing, when a filed FC domain lacks Alibaba access", () => {
    const fc = runResourcePolicy(
      icpCustomDomainAccess,
      {
        type: T.fcV3CustomDomain,
        name: "api",
        props: { customDomainName: "api.other-provider.cn" },
        provider: hz,
      },
      runtime,
    );
    const lines = fc.violations[0].message.split("\n");
    expect(lines.at(-1)).toBe(
      "Alibaba Cloud blocks a domain served from its mainland servers unless the domain's ICP filing lists Alibaba Cloud as access provider: the site goes offline.",
    );
  });
});

describe("Simplified Chinese metadata", () => {
  it("every policy has a zh-CN description and remediation, used when ICP_GUARD_LANG=zh-CN", async () => {
    const { ALL_POLICIES } = await import("../../policy-pack/policies");
    const { POLICY_METADATA_ZH } = await import("../../policy-pack/messages/policy-metadata-zh");
    const { toSdkPolicy } = await import("../../policy-pack/framework/sdk-adapter");
    expect(Object.keys(POLICY_METADATA_ZH).sort()).toEqual(ALL_POLICIES.map((p) => p.name).sort());
    const zhRuntime = runtimeFor({ lang: "zh-CN" });
    for (const spec of ALL_POLICIES) {
      const zh = toSdkPolicy(spec, zhRuntime);
      expect(zh.description).toBe(POLICY_METADATA_ZH[spec.name].description);
      expect(zh.remediationSteps).toBe(POLICY_METADATA_ZH[spec.name].remediationSteps);
      expect(toSdkPolicy(spec, runtime).description).toBe(spec.description);
    }
  });
});
