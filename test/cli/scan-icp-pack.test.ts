/**
 * This project's pack and a minimal second pack at once, through the real CLI, on an Alibaba
 * Cloud stack export and on a preview JSON of the same infrastructure: the exact violations.
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_REGISTRY, generateStack } from "../tools/stack-generator";
import { type JsonReport, pack, ROOT, startCli, tempDir } from "./support/cli";

const dir = tempDir();
const registry = path.join(dir, "icp-registry.yaml");
writeFileSync(registry, GENERATED_REGISTRY);

async function scan(file: string) {
  const r = await startCli([
    "scan",
    file,
    "--policy-pack",
    ROOT,
    "--policy-pack",
    pack("minimal"),
    "--registry",
    registry,
    "--format",
    "json",
  ]).done;
  return { code: r.code, stderr: r.stderr, report: JSON.parse(r.stdout) as JsonReport };
}

describe("alicloud-icp-guard beside a minimal pack", () => {
  const deployed = generateStack(80, "deployed");
  const preview = generateStack(80, "preview");
  const exportFile = path.join(dir, "export.json");
  writeFileSync(
    exportFile,
    JSON.stringify({ version: 3, deployment: { manifest: {}, resources: deployed.states } }),
  );
  const previewFile = path.join(dir, "preview.json");
  writeFileSync(
    previewFile,
    JSON.stringify({
      steps: preview.states.map((s) => ({ op: "create", urn: s.urn, newState: s })),
      changeSummary: { create: preview.states.length },
    }),
  );

  for (const [label, file, expected] of [
    ["stack export", exportFile, deployed.expected],
    ["preview JSON", previewFile, preview.expected],
  ] as const) {
    it(`${label}: exactly the expected ICP violations, mandatory, exit 1`, async () => {
      const { code, report, stderr } = await scan(file);
      expect(code, stderr).toBe(1);
      expect(report.policyPacks.map((p) => p.name)).toEqual(["alicloud-icp-guard", "minimal-pack"]);
      const icp = report.violations
        .filter((v) => v.policyPack === "alicloud-icp-guard")
        .map((v) => ({ policy: v.policyName, urn: v.urn, level: v.enforcementLevel }))
        .sort((a, b) => (a.policy + a.urn < b.policy + b.urn ? -1 : 1));
      expect(icp).toEqual(expected.map((e) => ({ ...e, level: "mandatory" })));
      // The minimal pack only judges test:index resources: nothing here.
      expect(
        report.violations.filter((v) => v.policyPack === "minimal-pack").map((v) => v.policyName),
      ).toEqual([]);
      expect(report.summary).toEqual({ mandatory: expected.length, advisory: 0 });
    });
  }

  it("event log of the same preview: it carries no propertyDependencies, so every unknown link is one, and no load balancer passes", async () => {
    const eventLog = path.join(dir, "events.jsonl");
    writeFileSync(
      eventLog,
      preview.states
        .map((s, i) =>
          JSON.stringify({
            sequence: i,
            timestamp: 1,
            resourcePreEvent: { metadata: { op: "create", urn: s.urn, type: s.type, new: s } },
          }),
        )
        .join("\n"),
    );
    const asPreview = await scan(previewFile);
    const asEvents = await scan(eventLog);
    expect(asEvents.code, asEvents.stderr).toBe(1);
    const lbViolations = (r: JsonReport) =>
      r.violations
        .filter((v) => v.policyName === "icp-lb-backend-ecs")
        .map((v) => v.urn)
        .sort();
    // Preview JSON links listeners and backends through propertyDependencies: only the unfiled
    // sites' load balancers (PostPaid backends) fail.
    const unfiledLbs = preview.expected
      .filter((e) => e.policy === "icp-lb-backend-ecs")
      .map((e) => e.urn)
      .sort();
    expect(lbViolations(asPreview.report)).toEqual(unfiledLbs);
    // The event log cannot say which load balancer a listener or backend belongs to: every
    // mainland one is "could not verify" (the Hong Kong sites' stay out of scope).
    const mainlandLbs = preview.states
      .filter(
        (s) =>
          s.type === "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer" &&
          !s.provider?.includes("::hk::"),
      )
      .map((s) => s.urn)
      .sort();
    expect(mainlandLbs.length).toBeGreaterThan(unfiledLbs.length);
    expect(lbViolations(asEvents.report)).toEqual(mainlandLbs);
    for (const v of asEvents.report.violations.filter(
      (x) => x.policyName === "icp-lb-backend-ecs",
    )) {
      expect(v.message).toContain("is unknown during preview");
      expect(v.enforcementLevel).toBe("mandatory");
    }
  });
});
