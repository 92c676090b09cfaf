/**
 * A 10,000-resource stack export scans to completion, and a generated 20,000-resource Alibaba
 * stack (sites with load balancers, Auto Scaling groups, Global Accelerators, ACK Ingresses) gives
 * exactly its violations through this pack (no timing asserted: see bench/scan.js).
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATED_REGISTRY, generateStack } from "../tools/stack-generator";
import { assertBuilt, type JsonReport, pack, ROOT, runCli, tempDir } from "./support/cli";

beforeAll(assertBuilt);

function bigExport(count: number): unknown {
  const stack = "urn:pulumi:big::shop::pulumi:pulumi:Stack::shop-big";
  const provider = "urn:pulumi:big::shop::pulumi:providers:alicloud::default_3_108_0";
  const resources: unknown[] = [
    { urn: stack, custom: false, type: "pulumi:pulumi:Stack" },
    {
      urn: provider,
      custom: true,
      id: "prov",
      type: "pulumi:providers:alicloud",
      inputs: { region: "cn-hangzhou" },
    },
  ];
  for (let i = 0; resources.length < count; i++) {
    const props = {
      acl: i % 500 === 0 ? "public-read" : "private",
      bucketName: `acme-${i}`,
      tags: { team: "t", n: String(i) },
    };
    resources.push({
      urn: `urn:pulumi:big::shop::test:index:Bucket::b${i}`,
      custom: true,
      id: `b${i}`,
      type: "test:index:Bucket",
      inputs: props,
      outputs: { ...props, arn: `arn:b${i}` },
      parent: stack,
      provider: `${provider}::prov`,
      dependencies: i > 0 ? [`urn:pulumi:big::shop::test:index:Bucket::b${i - 1}`] : [],
    });
  }
  return { version: 3, deployment: { resources } };
}

describe("scale", () => {
  it("scans a 10,000-resource stack export", () => {
    const dir = tempDir();
    const file = path.join(dir, "big.json");
    fs.writeFileSync(file, JSON.stringify(bigExport(10_000)));
    const out = path.join(dir, "report.json");
    const r = runCli([
      "scan",
      file,
      "--policy-pack",
      pack("minimal"),
      "--format",
      "json",
      "--output",
      out,
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(report.resources).toBe(10_000);
    // 9,998 buckets, one in 500 public-read: 20 mandatory; bucket-count once.
    expect(report.summary).toEqual({ mandatory: 20, advisory: 1 });
    expect(report.violations[19].urn).toBe("urn:pulumi:big::shop::test:index:Bucket::b9500");
  }, 120_000);

  it("scans a generated 20,000-resource Alibaba stack with this pack: exactly its violations", () => {
    const dir = tempDir();
    const { states, expected } = generateStack(20_000, "deployed");
    const file = path.join(dir, "export.json");
    fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { resources: states } }));
    const registry = path.join(dir, "icp-registry.yaml");
    fs.writeFileSync(registry, GENERATED_REGISTRY);
    const out = path.join(dir, "report.json");
    const r = runCli([
      "scan",
      file,
      "--policy-pack",
      ROOT,
      "--registry",
      registry,
      "--format",
      "json",
      "--output",
      out,
    ]);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as JsonReport;
    const found = report.violations
      .map((v) => ({ policy: v.policyName, urn: v.urn }))
      .sort((a, b) => (a.policy + a.urn < b.policy + b.urn ? -1 : 1));
    expect(found).toHaveLength(2_000);
    expect(found).toEqual(expected);
  }, 600_000);
});
