/**
 * The same infrastructure, as a first preview (links only through propertyDependencies) and as a
 * deployed state (links only by id), must give exactly the same violations, at 20,000 resources.
 */
import { describe, expect, it } from "vitest";
import { evalContext } from "../../policy-pack/framework/eval-context";
import type { PackRuntime } from "../../policy-pack/framework/runtime";
import { type Outcome, settle } from "../../policy-pack/framework/sdk-adapter";
import { parseRegistry } from "../../policy-pack/model/registry";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { GENERATED_REGISTRY, generateStack, type StackShape } from "../tools/stack-generator";
import { viewsFromStates } from "../tools/views";

const runtime: PackRuntime = {
  registry: parseRegistry(GENERATED_REGISTRY, "icp-registry.yaml", { today: "2026-11-30" }),
  env: {
    stack: { organization: "acme", project: "shop", stack: "prod" },
    lang: "en",
    today: "2026-11-30",
  },
};

function violations(resources: number, shape: StackShape) {
  const { states, expected } = generateStack(resources, shape);
  const found: Array<{ policy: string; urn: string }> = [];
  for (const spec of ALL_POLICIES) {
    const ctx = evalContext(spec, runtime);
    const record = (urn: string, o: Outcome) => {
      if (o.kind === "violation") found.push({ policy: spec.name, urn });
    };
    if (spec.kind === "resource") {
      for (const v of viewsFromStates(states, "inputs")) {
        if (spec.types.has(v.type)) record(v.urn, settle(spec, v.urn, spec.evaluate(v, ctx), ctx));
      }
    } else {
      for (const f of spec.evaluate(viewsFromStates(states, "outputs"), ctx)) {
        record(f.urn, settle(spec, f.urn, f.finding, ctx));
      }
    }
  }
  found.sort((x, y) => (x.policy + x.urn < y.policy + y.urn ? -1 : 1));
  return { found, expected, states };
}

describe("generated stacks", () => {
  it("a small stack gives exactly the expected violations in both shapes", () => {
    for (const shape of ["preview", "deployed"] as const) {
      const { found, expected } = violations(40, shape);
      // Two sites: one compliant, one unfiled with 8 violations (5 classic + GA rule, GA domain, Ingress).
      expect(expected).toHaveLength(8);
      expect(found).toEqual(expected);
    }
  });

  it("links 20,000 resources correctly in both shapes, with the same findings", () => {
    const preview = violations(20_000, "preview");
    const deployed = violations(20_000, "deployed");
    expect(preview.states.length).toBeGreaterThanOrEqual(20_000);
    // 1,000 sites of 20 resources, 250 unfiled with 8 violations each.
    expect(preview.expected).toHaveLength(2_000);
    expect(preview.found).toEqual(preview.expected);
    expect(deployed.found).toEqual(deployed.expected);
    expect(preview.found.map((v) => v.urn)).toEqual(deployed.found.map((v) => v.urn));
  });
});
