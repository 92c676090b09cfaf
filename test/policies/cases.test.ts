/**
 * Runs every good and bad case kept beside the policies (policy-pack/policies/<name>/cases.ts)
 * through the SDK exactly as the engine would, and checks exactly what each must produce; then
 * runs it again with ICP_GUARD_LANG=zh-CN and checks that the same resources are flagged (or the
 * same outcome reached) with a message in Chinese, not English.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { PolicySpec } from "../../policy-pack/framework/policy-spec";
import { toSdkPolicy } from "../../policy-pack/framework/sdk-adapter";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { CASES_REGISTRY, caseUrn, type PolicyCase, type StackCase } from "../support/policy-case";
import {
  runResourcePolicy,
  runStackPolicy,
  runtimeFor,
  type SdkResult,
  stackNotApplicable,
} from "../support/sdk-harness";
import { englishRuns, hasChinese } from "../support/zh-text";

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

type Lang = "en" | "zh-CN";

function caseRuntime(c: PolicyCase | StackCase, lang: Lang) {
  return runtimeFor({ registry: c.registry ?? CASES_REGISTRY, packRegion: c.packRegion, lang });
}

/** A stack case's not-applicable reasons, by the resource names its `notApplicable` lists. */
function stackReasons(spec: PolicySpec, c: StackCase, lang: Lang): Map<string, string | undefined> {
  const reasons = stackNotApplicable(spec, c.resources, caseRuntime(c, lang), c.settings);
  const out = new Map<string, string | undefined>();
  for (const n of Object.keys(c.notApplicable ?? {})) {
    const res = c.resources.find((x) => x.name === n);
    out.set(n, res ? reasons.get(caseUrn(res.type, res.name)) : undefined);
  }
  return out;
}

function run(spec: PolicySpec, c: PolicyCase | StackCase, lang: Lang): SdkResult {
  const runtime = caseRuntime(c, lang);
  return "resource" in c
    ? runResourcePolicy(spec, c.resource, runtime, c.settings)
    : runStackPolicy(spec, c.resources, runtime, c.settings);
}

/** The URNs a stack case must flag, one per `expect` entry, in the entries' order. */
function flaggedUrns(c: StackCase): string[] {
  return Object.keys(c.expect).map((n) => {
    const res = c.resources.find((x) => x.name === n);
    return res ? caseUrn(res.type, res.name) : `urn:pulumi:prod::shop::pulumi:pulumi:Stack::${n}`;
  });
}

/** What the engine shows for a violation: the policy's description, then the message. */
function engineText(spec: PolicySpec, lang: Lang, message: string): string {
  return `${toSdkPolicy(spec, runtimeFor({ lang })).description}\n${message}`;
}

function expectEnglish(text: string) {
  expect(englishRuns(text), `expected English in:\n${text}`).not.toEqual([]);
}

function expectChinese(text: string) {
  expect(englishRuns(text), `English left in a Chinese message:\n${text}`).toEqual([]);
  expect(hasChinese(text), `no Chinese in:\n${text}`).toBe(true);
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
        const r = run(spec, c, "en");
        if ("resource" in c) {
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
          const flagged = flaggedUrns(c);
          expect(r.violations.map((v) => v.urn).sort()).toEqual([...flagged].sort());
          for (const [n, parts] of Object.entries(c.expect)) {
            const urnIndex = Object.keys(c.expect).indexOf(n);
            const v = r.violations.find((x) => x.urn === flagged[urnIndex]);
            expectContainsInOrder(v?.message ?? "", parts);
          }
          const reasons = stackReasons(spec, c, "en");
          for (const [n, text] of Object.entries(c.notApplicable ?? {})) {
            expect(reasons.get(n), `not-applicable reason of ${n}`).toContain(text);
          }
        }
      });

      it(`${c.name} (zh-CN)`, () => {
        const en = run(spec, c, "en");
        const zh = run(spec, c, "zh-CN");
        // The same outcome: the same resources flagged, the same not-applicable or pass.
        expect(zh.violations.map((v) => v.urn)).toEqual(en.violations.map((v) => v.urn));
        expect(zh.notApplicable === undefined).toBe(en.notApplicable === undefined);
        const zhMeta = spec.messages["zh-CN"];
        en.violations.forEach((v, i) => {
          // The check tells English from Chinese: it must find English in the English message.
          const enText = engineText(spec, "en", v.message);
          expectEnglish(v.message);
          expect(enText).toContain(spec.messages.en.description);
          const zhText = engineText(spec, "zh-CN", zh.violations[i].message);
          expectChinese(zhText);
          expect(zhText).toContain(zhMeta.description);
        });
        if (en.notApplicable !== undefined && zh.notApplicable !== undefined) {
          expectEnglish(en.notApplicable);
          expectChinese(zh.notApplicable);
        }
        if (!("resource" in c) && c.notApplicable) {
          const enReasons = stackReasons(spec, c, "en");
          for (const [n, reason] of stackReasons(spec, c, "zh-CN")) {
            expectEnglish(enReasons.get(n) ?? "");
            expectChinese(reason ?? "");
          }
        }
      });
    }
  });
}
