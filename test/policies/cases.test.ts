/**
 * Runs every good and bad case kept beside the policies (policy-pack/policies/*.cases.ts) through
 * the SDK exactly as the engine would, and checks exactly what each must produce.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CASES_REGISTRY,
  caseUrn,
  type PolicyCase,
  type StackCase,
} from "../../policy-pack/framework/policy-case";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { runResourcePolicy, runStackPolicy, runtimeFor } from "../support/sdk-harness";

const dir = path.join(__dirname, "../../policy-pack/policies");
const caseFiles = readdirSync(dir).filter((f) => f.endsWith(".cases.ts"));

function expectContainsInOrder(message: string, parts: string[]) {
  let at = 0;
  for (const p of parts) {
    const i = message.indexOf(p, at);
    expect(i, `expected ${JSON.stringify(p)} in order in:\n${message}`).toBeGreaterThanOrEqual(0);
    at = i + p.length;
  }
}

it("every policy has its cases file", () => {
  expect(caseFiles.sort()).toEqual(ALL_POLICIES.map((p) => `${p.name}.cases.ts`).sort());
});

for (const file of caseFiles) {
  const name = file.replace(/\.cases\.ts$/, "");
  const spec = ALL_POLICIES.find((p) => p.name === name);
  describe(name, async () => {
    const mod = (await import(path.join(dir, file))) as { cases: Array<PolicyCase | StackCase> };
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
        }
      });
    }
  });
}
