/**
 * Runs every good and bad case kept beside the policies (policy-pack/policies/<name>/cases.ts) through
 * the SDK exactly as the engine would, and checks exactly what each must produce.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { CASES_REGISTRY, caseUrn, type PolicyCase, type StackCase } from "../support/policy-case";
import {
  runResourcePolicy,
  runStackPolicy,
  runtimeFor,
  stackNotApplicable,
} from "../support/sdk-harness";

const dir = path.join(__dirname, "../../policy-pack/policies");
const policyDirs = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

function expectContainsInOrder(message: string, parts: string[]) {
  let at = 0;
  for (const p of parts) {
    const i = message.indexOf(p, at);
    expect(i, `expected ${JSON.stringify(p)} in order in:\n${message}`).toBeGreaterThanOrEqual(0);
    at = i + p.length;
  }
}

it("every policy has its folder", () => {
  expect(policyDirs.sort()).toEqual(ALL_POLICIES.map((p) => p.name).sort());
});

for (const name of policyDirs) {
  const spec = ALL_POLICIES.find((p) => p.name === name);
  describe(name, async () => {
    const mod = (await import(path.join(dir, name, "cases.ts"))) as {
      cases: Array<PolicyCase | StackCase>;
    };
    it("has a spec", () => expect(spec).toBeDefined());
    if (!spec) return;
    for (const c of mod.cases) {
      it(c.name, () => {
        const runtime = runtimeFor({
          registry: c.registry ?? CASES_REGISTRY,
          packRegion: c.packRegion,
        });
        if ("resource" in c) {
          const r = runResourcePolicy(spec, c.resource, runtime, c.settings);
          const e = c.expect;
          if ("pass" in e) {
            expect(r).toEqual({ violations: [] });
          } else if ("notApplicable" in e) {
            expect(r.violations).toEqual([]);
            expect(r.notApplicable).toContain(e.notApplicable);
          } else {
            expect(r.notApplicable).toBeUndefined();
            expect(r.violations).toHaveLength(1);
            expectContainsInOrder(r.violations[0].message, e.violation);
          }
        } else {
          const r = runStackPolicy(spec, c.resources, runtime, c.settings);
          const flagged = Object.keys(c.expect).map((n) => {
            const res = c.resources.find((x) => x.name === n);
            return res
              ? caseUrn(res.type, res.name)
              : `urn:pulumi:prod::shop::pulumi:pulumi:Stack::${n}`;
          });
          expect(r.violations.map((v) => v.urn).sort()).toEqual([...flagged].sort());
          for (const [n, parts] of Object.entries(c.expect)) {
            const urnIndex = Object.keys(c.expect).indexOf(n);
            const v = r.violations.find((x) => x.urn === flagged[urnIndex]);
            expectContainsInOrder(v?.message ?? "", parts);
          }
          if (c.notApplicable) {
            const reasons = stackNotApplicable(spec, c.resources, runtime, c.settings);
            for (const [n, text] of Object.entries(c.notApplicable)) {
              const res = c.resources.find((x) => x.name === n);
              expect(res, `case resource ${n}`).toBeDefined();
              const reason = reasons.get(res ? caseUrn(res.type, res.name) : n);
              expect(reason, `not-applicable reason of ${n}`).toContain(text);
            }
          }
        }
      });
    }
  });
}
