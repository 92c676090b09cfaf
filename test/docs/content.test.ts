/**
 * What the user reference states, checked against the code that decides: the region lists, the
 * host-name and ICP-number examples, the settings table, the registry example and its schema, the
 * README's policy table and first commands.
 */
import { describe, expect, it } from "vitest";
import { toSdkPolicy } from "../../policy-pack/framework/sdk-adapter";
import { normaliseDomain, OUTPUT_TO_STRING } from "../../policy-pack/model/domains";
import { checkIcpNumber } from "../../policy-pack/model/icp-number";
import { MAINLAND_REGIONS, OUTSIDE_REGIONS } from "../../policy-pack/model/regions";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { runtimeFor } from "../support/sdk-harness";
import { codeBlocks, codeSpans, read, section, settingsOf, tableRows } from "./markdown";

const REGION_ID = /^[a-z]{2,3}-[a-z0-9-]+$/;

function regionIds(text: string): string[] {
  return [...new Set(codeSpans(text).filter((s) => REGION_ID.test(s)))].sort();
}

describe("docs/scope.md", () => {
  const scope = read("docs/scope.md");

  it("lists exactly the mainland regions the pack knows", () => {
    expect(regionIds(section(scope, "Mainland regions"))).toEqual([...MAINLAND_REGIONS].sort());
  });

  it("lists exactly the regions outside the mainland the pack knows", () => {
    expect(regionIds(section(scope, "Regions outside the mainland"))).toEqual(
      [...OUTSIDE_REGIONS].sort(),
    );
  });
});

describe("docs/domains.md", () => {
  const domains = read("docs/domains.md");

  it("every host name it calls valid normalises to what it says; every other is refused", () => {
    const rows = tableRows(section(domains, "What is a valid host name"));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const [value, verdict] of rows) {
      const inputs = codeSpans(value);
      if (verdict.startsWith("valid")) {
        const outputs = codeSpans(verdict);
        expect(outputs.length, verdict).toBe(inputs.length);
        inputs.forEach((input, i) => {
          expect(normaliseDomain(input), input).toEqual({ ok: true, domain: outputs[i] });
        });
      } else {
        expect(verdict).toMatch(/^invalid/);
        for (const input of inputs) {
          // Pulumi's rendered-Output text is invalid with a reason of its own (its own fix).
          const reason = input.includes(OUTPUT_TO_STRING) ? "output" : "invalid";
          expect(normaliseDomain(input), input).toEqual({ ok: false, reason });
        }
      }
    }
  });

  it("every number it says passes is valid", () => {
    const passing = codeSpans(section(domains, "Numbers that pass"));
    expect(passing.length).toBeGreaterThanOrEqual(5);
    for (const n of passing) expect(checkIcpNumber(n).valid, n).toBe(true);
  });

  it("every number it says fails is refused", () => {
    const lines = section(domains, "Numbers that fail")
      .split("\n")
      .filter((l) => l.startsWith("- "));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) {
      const n = codeSpans(l)[0];
      expect(checkIcpNumber(n).valid, n).toBe(false);
    }
  });
});

describe("docs/configuration.md", () => {
  const config = read("docs/configuration.md");
  const rows = tableRows(section(config, "Settings"));
  const runtime = runtimeFor({});

  /** Each setting the policies read, with the policies that read it and its schema default. */
  function declared(): Map<string, { readers: string[]; default: unknown }> {
    const out = new Map<string, { readers: string[]; default: unknown }>();
    for (const spec of ALL_POLICIES) {
      const schema = toSdkPolicy(spec, runtime).configSchema?.properties ?? {};
      for (const s of settingsOf(spec)) {
        const entry = out.get(s) ?? { readers: [], default: undefined };
        entry.readers.push(spec.name);
        const prop = (schema as Record<string, { default?: unknown }>)[s];
        entry.default = prop?.default;
        out.set(s, entry);
      }
    }
    return out;
  }

  it("has a row for every setting, with its default and exactly the policies that read it", () => {
    const settings = declared();
    expect(settings.size).toBeGreaterThanOrEqual(4);
    for (const [name, { readers, default: dflt }] of settings) {
      const row = rows.find((r) => r[0] === `\`${name}\``);
      expect(row, `a row for ${name}`).toBeDefined();
      if (!row) continue;
      expect(row[2].replace(/[`\s]/g, ""), `default of ${name}`).toBe(
        JSON.stringify(dflt).replace(/\s/g, ""),
      );
      expect(codeSpans(row[3]).sort(), `readers of ${name}`).toEqual([...readers].sort());
    }
  });

  it("documents maxExemptionDays and its default", () => {
    const row = rows.find((r) => r[0] === "`maxExemptionDays`");
    expect(row?.[2]).toBe("`366`");
  });

  it("has the section that code comments cite", () => {
    expect(section(config, "One violation per resource")).toContain("at most one violation");
  });

  it("names every environment variable the pack reads", () => {
    const vars = tableRows(section(config, "Environment variables")).map((r) => r[0]);
    for (const v of ["ICP_GUARD_REGISTRY", "ICP_GUARD_LANG", "ICP_GUARD_TODAY"]) {
      expect(vars).toContain(`\`${v}\``);
    }
  });
});

describe("the registry's reference", () => {
  it("docs/registry.md shows, verbatim, the example the registry tests load", () => {
    const example = read("test/fixtures/registries/good/rules-example.yaml");
    const yaml = codeBlocks(read("docs/registry.md")).filter((b) => b.lang === "yaml");
    expect(yaml.map((b) => b.code)).toContain(example);
  });

  it("every property of the registry schema has a description", () => {
    const schema: unknown = JSON.parse(read("policy-pack/model/registry.schema.json"));
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (typeof node !== "object" || node === null) return;
      const props = Reflect.get(node, "properties");
      if (typeof props === "object" && props !== null) {
        for (const [k, v] of Object.entries(props)) {
          const d = typeof v === "object" && v !== null ? Reflect.get(v, "description") : undefined;
          if (typeof d !== "string" || d.trim() === "") undocumented.push(`${at}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    walk(schema, "#");
    expect(undocumented).toEqual([]);
  });

  it("the examples' registry names the schema for editors, by a path that resolves", () => {
    const first = read("examples/icp-registry.yaml").split("\n")[0];
    expect(first).toBe("# yaml-language-server: $schema=../policy-pack/model/registry.schema.json");
    expect(() => read("examples/../policy-pack/model/registry.schema.json")).not.toThrow();
  });
});

describe("README.md", () => {
  const readme = read("README.md");

  it("links every policy to its page", () => {
    for (const p of ALL_POLICIES) {
      expect(readme).toContain(`[\`${p.name}\`](policy-pack/policies/${p.name}/README.md)`);
    }
  });

  it("starts with the two commands, and both scripts exist", () => {
    const first = codeBlocks(readme)[0].code.split("\n");
    expect(first[0]).toMatch(/^npm ci && npm run demo\s/);
    expect(first[1]).toMatch(/^npm ci && npm test\s/);
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> })
      .scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(["demo", "test"]));
  });
});
