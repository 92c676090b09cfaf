/** Wording that the contains-in-order cases cannot pin: what a message must NOT say. */
import { describe, expect, it } from "vitest";
import type { ResourcePolicySpec } from "../../policy-pack/framework/policy-spec";
import { toSdkPolicy } from "../../policy-pack/framework/sdk-adapter";
import { T } from "../../policy-pack/model/resource-types";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { icpCdnDomain } from "../../policy-pack/policies/icp-cdn-domain/policy";
import { icpCustomDomainAccess } from "../../policy-pack/policies/icp-custom-domain-access/policy";
import { icpOssCustomDomain } from "../../policy-pack/policies/icp-oss-custom-domain/policy";
import { CASES_REGISTRY } from "../support/policy-case";
import { runResourcePolicy, runtimeFor } from "../support/sdk-harness";
import { englishRuns, hasChinese } from "../support/zh-text";

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

describe("policy metadata in both languages", () => {
  it("every policy carries description, severity, remediationSteps and url", () => {
    for (const spec of ALL_POLICIES) {
      expect(spec.description, spec.name).not.toBe("");
      expect(["low", "medium", "high", "critical"], spec.name).toContain(spec.severity);
      expect(spec.remediationSteps, spec.name).not.toBe("");
      expect(spec.url, spec.name).toMatch(/^https:\/\//);
    }
  });

  it("every policy has a zh-CN description and remediation, used when ICP_GUARD_LANG=zh-CN", () => {
    const zhRuntime = runtimeFor({ lang: "zh-CN" });
    for (const spec of ALL_POLICIES) {
      const zh = spec.messages["zh-CN"];
      expect(zh.description, spec.name).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.remediationSteps, spec.name).toMatch(/[\u4e00-\u9fff]/);
      const zhPolicy = toSdkPolicy(spec, zhRuntime);
      expect(zhPolicy.description).toBe(zh.description);
      expect(zhPolicy.remediationSteps).toBe(zh.remediationSteps);
      const enPolicy = toSdkPolicy(spec, runtime);
      expect(enPolicy.description).toBe(spec.description);
      expect(enPolicy.remediationSteps).toBe(spec.remediationSteps);
      // The English metadata of policy.ts is the one its messages.ts holds.
      expect(spec.description).toBe(spec.messages.en.description);
      expect(spec.remediationSteps).toBe(spec.messages.en.remediationSteps);
    }
  });
});

describe("an internal error is reported in the message language", () => {
  const failing: ResourcePolicySpec = {
    ...icpOssCustomDomain,
    evaluate: () => {
      throw new Error("boom");
    },
  };
  const bucket = { type: T.ossBucketCname, name: "c", props: { domain: "a.example.com" } };

  it("English", () => {
    const r = runResourcePolicy(failing, bucket, runtime);
    expect(r.violations.map((v) => v.message)).toEqual([
      "ICP Guard could not evaluate policy icp-oss-custom-domain (internal error: boom). This is a bug in ICP Guard; the check is reported as failed so nothing passes unchecked.",
    ]);
  });

  it("Simplified Chinese", () => {
    const r = runResourcePolicy(failing, bucket, runtimeFor({ lang: "zh-CN" }));
    expect(r.violations).toHaveLength(1);
    const message = r.violations[0].message;
    expect(message).toContain("内部错误：“boom”");
    expect(englishRuns(message)).toEqual([]);
    expect(hasChinese(message)).toBe(true);
  });
});
