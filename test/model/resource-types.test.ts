/**
 * The resource-type table against the installed SDK (@pulumi/alicloud, a dev dependency only):
 * every token is a class's `__pulumiType`, and `tags` / `ownRegion` say what the class's inputs
 * say. The pack itself never loads the SDK.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { PROVIDER, RESOURCE_TYPES, ROWS, T } from "../../policy-pack/model/resource-types";
import {
  ALL_TOKENS,
  domainInputOf,
  OWN_REGION,
  shortType,
  takesTags,
  typeDisplayName,
} from "../../policy-pack/model/type-index";

const SDK = path.dirname(require.resolve("@pulumi/alicloud/package.json"));

/** token → the class's .d.ts, from every `__pulumiType = '…'` of the SDK. */
function sdkClasses(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) {
        const m = /__pulumiType = '([^']+)'/.exec(fs.readFileSync(p, "utf8"));
        if (m) out.set(m[1], p.replace(/\.js$/, ".d.ts"));
      }
    }
  };
  walk(SDK);
  return out;
}

/** The names of a class's inputs (its `…Args` interface); undefined when it has none. */
function inputsOf(dts: string): Set<string> | undefined {
  const text = fs.readFileSync(dts, "utf8");
  const args = /export interface \w+Args \{([\s\S]*?)\n\}/.exec(text);
  return args ? new Set([...args[1].matchAll(/^ {4}(\w+)\??:/gm)].map((m) => m[1])) : undefined;
}

describe("resource-type table", () => {
  const classes = sdkClasses();

  it("every token is the __pulumiType of an SDK class, and each appears once", () => {
    for (const row of ROWS) expect(classes.has(row.token), row.token).toBe(true);
    expect(ALL_TOKENS.size).toBe(ROWS.length);
    expect(ALL_TOKENS.has(PROVIDER)).toBe(false);
  });

  it("tags, ownRegion and the domain input are inputs of the class", () => {
    for (const row of ROWS) {
      const inputs = inputsOf(classes.get(row.token) ?? "");
      expect(inputs, `${row.token} inputs`).toBeDefined();
      if (!inputs) continue;
      expect(takesTags(row.token), `${row.token} tags`).toBe(inputs.has("tags"));
      if (row.ownRegion) expect(inputs.has("region"), `${row.token} region`).toBe(true);
      if (row.domainInput) expect(inputs.has(row.domainInput), row.token).toBe(true);
    }
    expect([...OWN_REGION].sort()).toEqual([T.esaCertificate, T.liveDomain, T.wafInstance].sort());
  });

  it("every type has a display name in both languages, and named access by key", () => {
    for (const [key, row] of Object.entries(RESOURCE_TYPES)) {
      expect(T[key as keyof typeof T]).toBe(row.token);
      expect(typeDisplayName(row.token, "en"), row.token).toMatch(/^[A-Z]/);
      expect(typeDisplayName(row.token, "zh-CN"), row.token).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(typeDisplayName("alicloud:foo/bar:Bar", "en")).toBeUndefined();
  });

  it("the domain inputs are the ones the domain policies read", () => {
    expect(domainInputOf(T.cdnDomainNew)).toBe("domainName");
    expect(domainInputOf(T.esaSite)).toBe("siteName");
    expect(domainInputOf(T.wafv3Domain)).toBe("domain");
    expect(domainInputOf(T.wafDomain)).toBe("domainName");
    expect(domainInputOf(T.fcV3CustomDomain)).toBe("customDomainName");
    expect(domainInputOf(T.ossBucketCname)).toBe("domain");
    expect(domainInputOf(T.dnsAlidnsRecord)).toBeUndefined();
  });

  it("shortType names the class as the SDK does", () => {
    expect(shortType(T.cdnDomainNew)).toBe("cdn.DomainNew");
    expect(shortType(T.sasInstance)).toBe("simpleapplicationserver.Instance");
    expect(shortType("not-a-token")).toBe("not-a-token");
  });
});
