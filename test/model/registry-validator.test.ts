/**
 * The built pack validates the registry with a validator precompiled at build time
 * (scripts/precompile-registry-schema.js); the sources compile the schema at run time. Both must
 * judge every registry of the corpus identically.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import * as source from "../../policy-pack/model/registry";

const built = require(
  path.resolve(__dirname, "../../dist/policy-pack/model/registry"),
) as typeof source;
const fixtures = path.join(__dirname, "../fixtures/registries");

function outcome(parse: typeof source.parseRegistry, text: string, file: string): string {
  try {
    const r = parse(text, file, { today: "2026-11-30" });
    return `ok: ${r.filings.length} filings, ${r.servers.length} servers, ${r.exemptions.length} exemptions`;
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe("precompiled registry validator", () => {
  it("is what the built pack uses", () => {
    expect(
      require.resolve(
        path.resolve(__dirname, "../../dist/policy-pack/model/registry-validator.js"),
      ),
    ).toBeTruthy();
    // The built registry finds it (model/registry/parse.js requires it by a relative path): a
    // parse must not load Ajv's compiler, which is what the run-time fallback would do.
    const dist = path.resolve(__dirname, "../../dist/policy-pack/model/registry");
    const script = `const r = require(${JSON.stringify(dist)}); r.parseRegistry("filings: []\\n", "x", { today: "2026-11-30" }); process.stdout.write(String(Object.keys(require.cache).some((k) => k.includes("/ajv/dist/compile/"))));`;
    expect(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })).toBe("false");
  });
  for (const dir of ["good", "bad"]) {
    for (const f of readdirSync(path.join(fixtures, dir))) {
      it(`${dir}/${f}: same verdict as the run-time compiled schema`, () => {
        const text = readFileSync(path.join(fixtures, dir, f), "utf8");
        const a = outcome(source.parseRegistry, text, f);
        expect(outcome(built.parseRegistry, text, f)).toBe(a);
        expect(a.startsWith(dir === "good" ? "ok" : "error")).toBe(true);
      });
    }
  }
});
