/**
 * What the pack records for icp-guard in its audit file (framework/audit.ts), through the SDK
 * adapter: a stack policy's per-resource not-applicable reasons, every exemption it applies, and
 * nothing at all when no audit file was asked for (under the Pulumi engine).
 */
import { describe, expect, it } from "vitest";
import type { AuditRecord } from "../../policy-pack/framework/audit";
import type { PackRuntime } from "../../policy-pack/framework/runtime";
import { T } from "../../policy-pack/model/resource-types";
import { icpCdnDomain } from "../../policy-pack/policies/icp-cdn-domain/policy";
import { icpLbBackendEcs } from "../../policy-pack/policies/icp-lb-backend-ecs/policy";
import { CASE_EXEMPTIONS_YAML, caseUrn } from "../support/policy-case";
import { runResourcePolicy, runStackPolicy, runtimeFor } from "../support/sdk-harness";

function recording(runtime: PackRuntime): { runtime: PackRuntime; records: AuditRecord[] } {
  const records: AuditRecord[] = [];
  return { runtime: { ...runtime, audit: { write: (r) => records.push(...r) } }, records };
}

const clb = (name: string, props: Record<string, unknown>, region = "cn-hangzhou") => ({
  type: T.slbApplicationLoadBalancer,
  name,
  props,
  provider: { region },
});
const listener = (name: string, lb: string) => ({
  type: T.slbListener,
  name,
  props: { loadBalancerId: `${lb}-id`, protocol: "http", frontendPort: 80 },
});

describe("the audit file", () => {
  it("gets a stack policy's reason for each resource it does not apply to, in URN order; the engine sees none", () => {
    const { runtime, records } = recording(runtimeFor({ registry: "filings: []\n" }));
    const result = runStackPolicy(
      icpLbBackendEcs,
      [
        { ...clb("hk", { addressType: "internet" }, "cn-hongkong"), id: "hk-id" },
        { ...clb("inner", { addressType: "intranet" }), id: "inner-id" },
        { ...clb("quiet", { addressType: "internet" }), id: "quiet-id" },
        listener("hk-http", "hk"),
        listener("inner-http", "inner"),
      ],
      runtime,
    );
    expect(result.notApplicable).toBeUndefined();
    expect(result.violations).toEqual([]);
    expect(records).toEqual([
      {
        kind: "not-applicable",
        policy: "icp-lb-backend-ecs",
        urn: caseUrn(T.slbApplicationLoadBalancer, "hk"),
        reason: "cn-hongkong is outside the Chinese mainland",
      },
      {
        kind: "not-applicable",
        policy: "icp-lb-backend-ecs",
        urn: caseUrn(T.slbApplicationLoadBalancer, "inner"),
        reason: "addressType is intranet: the load balancer does not serve the internet",
      },
      {
        kind: "not-applicable",
        policy: "icp-lb-backend-ecs",
        urn: caseUrn(T.slbApplicationLoadBalancer, "quiet"),
        reason: "no listener in the stack serves web traffic (HTTP, HTTPS, QUIC or ports 80, 443)",
      },
    ]);
  });

  it("gets each exemption applied, with its line; the engine still gets the not-applicable reason", () => {
    const { runtime, records } = recording(
      runtimeFor({ registry: `filings: []\n${CASE_EXEMPTIONS_YAML}` }),
    );
    const cdn = (name: string) => ({
      type: T.cdnDomainNew,
      name,
      props: { domainName: "cdn.unfiled.cn", scope: "domestic" },
      provider: { region: "cn-hangzhou" },
    });
    const exempted = runResourcePolicy(icpCdnDomain, cdn("legacy-cdn"), runtime);
    expect(exempted.notApplicable).toBe(
      "exempted until 2027-01-31 by icp-registry.yaml line 3: Filing in progress, ticket OPS-123",
    );
    // An expired exemption is a violation, not a record.
    expect(runResourcePolicy(icpCdnDomain, cdn("old-cdn"), runtime).violations).toHaveLength(1);
    expect(records).toEqual([
      {
        kind: "exempted",
        policy: "icp-cdn-domain",
        urn: caseUrn(T.cdnDomainNew, "legacy-cdn"),
        reason: "Filing in progress, ticket OPS-123",
        expires: "2027-01-31",
        match: "urn:pulumi:*::*::*::legacy-*",
        file: "icp-registry.yaml",
        line: 3,
      },
    ]);
  });

  it("is not written when nobody asked for it", () => {
    const runtime = runtimeFor({ registry: `filings: []\n${CASE_EXEMPTIONS_YAML}` });
    expect(runtime.audit).toBeUndefined();
    expect(
      runStackPolicy(
        icpLbBackendEcs,
        [clb("hk", { addressType: "internet" }, "cn-hongkong")],
        runtime,
      ).violations,
    ).toEqual([]);
  });
});
