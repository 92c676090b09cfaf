import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry, registryPath } from "../../policy-pack/framework/registry-file";
import {
  canonicalAccessProvider,
  EMPTY_REGISTRY,
  parseRegistry,
  type Registry,
  RegistryError,
} from "../../policy-pack/model/registry";
import { BAD } from "../fixtures/registries/expectations";

const FIXTURES = path.resolve(__dirname, "../fixtures/registries");
/** The day every registry of these tests is checked on (exemption expiry limits). */
const AT = { today: "2026-11-30" };

function fixture(kind: "good" | "bad", name: string): string {
  return readFileSync(path.join(FIXTURES, kind, name), "utf8");
}

function parseGood(name: string): Registry {
  return parseRegistry(fixture("good", name), `good/${name}`, AT);
}

/** The RegistryError that parsing `text` throws (fails the test when it does not throw one). */
function registryError(text: string, file = "r.yaml"): RegistryError {
  try {
    parseRegistry(text, file, AT);
  } catch (e) {
    if (e instanceof RegistryError) return e;
    throw e;
  }
  throw new Error("expected a RegistryError");
}

const PROVIDERS = "accessProviders: [aliyun]";

describe("parseRegistry: the docs/registry.md example", () => {
  it("loads exactly what the file says", () => {
    const r = parseGood("rules-example.yaml");
    expect(r.source).toBe("good/rules-example.yaml");
    expect(r.filings).toEqual([
      {
        number: "浙ICP备2021012345号-1",
        numberCheck: { valid: true, normalised: "浙ICP备2021012345号-1", kind: "filing" },
        domains: ["example.com"],
        subdomains: true,
        accessProviders: ["alibaba-cloud"],
        serviceCode: { server: "web-anchor" },
        line: 2,
      },
    ]);
    expect(r.servers).toEqual([
      {
        name: "web-anchor",
        id: "i-bp1abc",
        kind: "ecs",
        region: "cn-hangzhou",
        chargeType: "PrePaid",
        subscriptionMonths: 12,
        publicIp: true,
        stack: "acme/shop/prod",
        resource: "web-anchor",
        line: 7,
      },
    ]);
    expect(r.exemptions).toEqual([
      {
        match: "urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-*",
        policies: ["icp-cdn-domain"],
        reason: "Filing in progress, ticket OPS-123",
        expires: "2027-01-31",
        line: 17,
      },
    ]);
  });
});

describe("parseRegistry: full.yaml (every feature)", () => {
  const r = parseGood("full.yaml");

  it("normalises domains: case, trailing dot, wildcard, IDN, port", () => {
    expect(r.filings.map((f) => f.domains)).toEqual([
      ["example.com", "example.net", "xn--fsqu00a.xn--fiqs8s"],
      ["shop.example.com"],
      ["broken.example.org"],
      ["api.example.org", "example.org"],
      ["legacy.example.org"],
    ]);
  });

  it("canonicalises access providers (aliases → alibaba-cloud, case folded)", () => {
    expect(r.filings.map((f) => f.accessProviders)).toEqual([
      ["alibaba-cloud", "other"],
      ["alibaba-cloud"],
      ["alibaba-cloud"],
      ["tencent-cloud"],
      ["alibaba-cloud"],
    ]);
  });

  it("records each number's check; invalid numbers load", () => {
    expect(r.filings.map((f) => [f.number, f.numberCheck])).toEqual([
      [
        "浙ICP备2021012345号-1",
        { valid: true, normalised: "浙ICP备2021012345号-1", kind: "filing" },
      ],
      [
        "沪ICP备2026049608号-2",
        { valid: true, normalised: "沪ICP备2026049608号-2", kind: "filing" },
      ],
      ["ICP备12345678号", { valid: false, normalised: "ICP备12345678号", reason: "no-province" }],
      ["京ICP证150476号", { valid: true, normalised: "京ICP证150476号", kind: "licence" }],
      [
        "ＨＫICP备12345678号",
        { valid: false, normalised: "HKICP备12345678号", reason: "unknown-province" },
      ],
    ]);
  });

  it("keeps subdomains (default true), serviceCode, psbNumber and lines", () => {
    expect(r.filings.map((f) => f.subdomains)).toEqual([true, false, true, true, true]);
    expect(r.filings.map((f) => f.line)).toEqual([3, 8, 17, 20, 23]);
    expect(r.filings[0].serviceCode).toEqual({ server: "web-anchor", account: "own" });
    expect(r.filings[0].psbNumber).toBe("浙公网安备33010602011771号");
    expect(r.filings[1].serviceCode).toEqual({
      server: "sas-anchor",
      account: "authorized",
      authorizedBy: "1234567890123456",
    });
    expect(r.filings[2]).not.toHaveProperty("serviceCode");
    expect(r.filings[2]).not.toHaveProperty("psbNumber");
  });

  it("keeps servers as declared, optional fields absent when not written", () => {
    expect(r.servers.map((s) => [s.name, s.line])).toEqual([
      ["web-anchor", 27],
      ["sas-anchor", 36],
      ["outside", 42],
    ]);
    expect(r.servers[1]).toEqual({
      name: "sas-anchor",
      kind: "sas",
      region: "cn-shanghai",
      subscriptionMonths: 3,
      stack: "shop/staging",
      resource: "sas-1",
      line: 36,
    });
    expect(r.servers[2]).toMatchObject({ chargeType: "PostPaid", publicIp: false });
  });

  it("reads unquoted and quoted expiry dates as YYYY-MM-DD strings", () => {
    expect(r.exemptions.map((e) => [e.expires, e.policies, e.line])).toEqual([
      ["2027-01-31", ["icp-cdn-domain"], 49],
      ["2026-12-31", ["*"], 53],
    ]);
  });

  describe("findFiling", () => {
    it("exact entry", () => {
      const m = r.findFiling("example.com");
      expect(m?.filing).toBe(r.filings[0]);
      expect(m?.coveredBy).toBe("example.com");
      expect(m?.alibabaAccess).toBe(true);
    });

    it("subdomain of a covering entry, at any depth", () => {
      const m = r.findFiling("a.b.example.com");
      expect(m?.filing).toBe(r.filings[0]);
      expect(m?.coveredBy).toBe("example.com");
    });

    it("a name that merely ends with the entry is not covered", () => {
      expect(r.findFiling("badexample.com")).toBeUndefined();
      expect(r.findFiling("com")).toBeUndefined();
    });

    it("wildcard and IDN entries cover as their normalised form", () => {
      expect(r.findFiling("www.example.net")?.coveredBy).toBe("example.net");
      expect(r.findFiling("xn--fsqu00a.xn--fiqs8s")?.filing).toBe(r.filings[0]);
    });

    it("an exact entry beats a covering parent", () => {
      const m = r.findFiling("shop.example.com");
      expect(m?.filing).toBe(r.filings[1]);
      expect(m?.coveredBy).toBe("shop.example.com");
    });

    it("subdomains: false covers only the exact domain (the parent filing still may)", () => {
      const m = r.findFiling("cart.shop.example.com");
      expect(m?.filing).toBe(r.filings[0]);
      expect(m?.coveredBy).toBe("example.com");
    });

    it("alibabaAccess is false when Alibaba Cloud is not an access provider", () => {
      const m = r.findFiling("api.example.org");
      expect(m?.filing).toBe(r.filings[3]);
      expect(m?.alibabaAccess).toBe(false);
    });

    it("a filing with an invalid number covers nothing, a valid parent still does", () => {
      const m = r.findFiling("broken.example.org");
      expect(m?.filing).toBe(r.filings[3]);
      expect(m?.coveredBy).toBe("example.org");
      expect(r.findInvalidFilings("broken.example.org")).toEqual([r.filings[2]]);
      expect(r.findInvalidFilings("x.legacy.example.org")).toEqual([r.filings[4]]);
      expect(r.findInvalidFilings("example.com")).toEqual([]);
    });
  });

  it("servers by name and id", () => {
    expect(r.serverByName("web-anchor")).toBe(r.servers[0]);
    expect(r.serverByName("nope")).toBeUndefined();
    expect(r.serverById("i-uf6xyz")).toBe(r.servers[2]);
    expect(r.serverById("i-bp1abc")).toBe(r.servers[0]);
    expect(r.serverById("web-anchor")).toBeUndefined();
  });

  it("serversOfStack: org/project/stack exact, project/stack any org, case-insensitive", () => {
    const names = (organization: string, project: string, stack: string) =>
      r.serversOfStack({ organization, project, stack }).map((s) => s.name);
    expect(names("acme", "shop", "prod")).toEqual(["web-anchor"]);
    expect(names("ACME", "Shop", "PROD")).toEqual(["web-anchor"]);
    expect(names("other", "shop", "prod")).toEqual([]);
    expect(names("acme", "shop", "staging")).toEqual(["sas-anchor"]);
    expect(names("anyone", "shop", "staging")).toEqual(["sas-anchor"]);
    expect(names("acme", "web", "prod")).toEqual([]);
  });

  it("filingsUsingServer", () => {
    expect(r.filingsUsingServer("web-anchor")).toEqual([r.filings[0]]);
    expect(r.filingsUsingServer("sas-anchor")).toEqual([r.filings[1]]);
    expect(r.filingsUsingServer("outside")).toEqual([]);
    r.filingsUsingServer("web-anchor").pop();
    expect(r.filingsUsingServer("web-anchor")).toHaveLength(1);
  });
});

describe("findFiling: specificity and invalid numbers", () => {
  const r = parseRegistry(
    [
      "filings:",
      "  - number: 京ICP备11018762号",
      "    domains: [example.com]",
      `    ${PROVIDERS}`,
      "  - number: 沪ICP备2026049608号-1",
      "    domains: [a.example.com]",
      "    accessProviders: [other]",
      "  - number: 京ICP备123号",
      "    domains: [bad.net]",
      `    ${PROVIDERS}`,
      "  - number: 京ICP备11018762号-2",
      "    domains: [b.a.example.com]",
      "    subdomains: false",
      `    ${PROVIDERS}`,
    ].join("\n"),
    "r.yaml",
    AT,
  );

  it("the longest covering entry wins", () => {
    expect(r.findFiling("x.a.example.com")?.coveredBy).toBe("a.example.com");
    expect(r.findFiling("x.a.example.com")?.alibabaAccess).toBe(false);
    expect(r.findFiling("x.example.com")?.coveredBy).toBe("example.com");
    expect(r.findFiling("b.a.example.com")?.coveredBy).toBe("b.a.example.com");
    expect(r.findFiling("x.b.a.example.com")?.coveredBy).toBe("a.example.com");
  });

  it("an invalid number alone covers nothing but is reported", () => {
    expect(r.findFiling("bad.net")).toBeUndefined();
    expect(r.findFiling("www.bad.net")).toBeUndefined();
    expect(r.findInvalidFilings("www.bad.net").map((f) => f.number)).toEqual(["京ICP备123号"]);
    expect(r.findInvalidFilings("other.net")).toEqual([]);
  });
});

describe("canonicalAccessProvider", () => {
  it.each([
    ["alibaba-cloud", "alibaba-cloud"],
    ["Alibaba-Cloud", "alibaba-cloud"],
    ["aliyun", "alibaba-cloud"],
    ["ALIYUN", "alibaba-cloud"],
    ["alibabacloud", "alibaba-cloud"],
    ["AlibabaCloud", "alibaba-cloud"],
    ["阿里云", "alibaba-cloud"],
    [" aliyun ", "alibaba-cloud"],
    ["Tencent-Cloud", "tencent-cloud"],
    // An alias of the rulebook's vocabulary (it once fell through as "alibaba cloud").
    ["Alibaba Cloud", "alibaba-cloud"],
    ["alibaba", "alibaba-cloud"],
    ["China Telecom", "china-telecom"],
    ["china_unicom", "china-unicom"],
    ["CHINA-MOBILE", "china-mobile"],
    ["Huawei Cloud", "huawei-cloud"],
    ["baidu-cloud", "baidu-cloud"],
    ["VolcEngine", "volcengine"],
    ["OTHER", "other"],
  ])("%s → %s", (raw, want) => {
    expect(canonicalAccessProvider(raw)).toBe(want);
  });

  it.each(["other-cloud", "tencent", "aws", "", "腾讯云", "alibaba-cloud-intl"])(
    "%j is outside the vocabulary",
    (raw) => {
      expect(canonicalAccessProvider(raw)).toBeUndefined();
    },
  );

  it("dedupes aliases within a filing", () => {
    const r = parseRegistry(
      "filings:\n  - number: 京ICP备11018762号\n    domains: [example.com]\n    accessProviders: [aliyun, 阿里云, Other]\n",
      "r.yaml",
      AT,
    );
    expect(r.filings[0].accessProviders).toEqual(["alibaba-cloud", "other"]);
  });
});

describe("EMPTY_REGISTRY", () => {
  it("holds nothing and finds nothing", () => {
    expect(EMPTY_REGISTRY.source).toBe("");
    expect(EMPTY_REGISTRY.filings).toEqual([]);
    expect(EMPTY_REGISTRY.servers).toEqual([]);
    expect(EMPTY_REGISTRY.exemptions).toEqual([]);
    expect(EMPTY_REGISTRY.findFiling("example.com")).toBeUndefined();
    expect(EMPTY_REGISTRY.findInvalidFilings("example.com")).toEqual([]);
    expect(EMPTY_REGISTRY.serverByName("x")).toBeUndefined();
    expect(EMPTY_REGISTRY.serversOfStack({ organization: "a", project: "b", stack: "c" })).toEqual(
      [],
    );
  });

  it("`filings: []` parses to an empty registry with its source", () => {
    const r = parseGood("no-filings.yaml");
    expect(r.source).toBe("good/no-filings.yaml");
    expect(r.filings).toEqual([]);
  });
});

describe("parseRegistry: the bad corpus", () => {
  it("every file in bad/ has an expectation", () => {
    expect(readdirSync(path.join(FIXTURES, "bad")).sort()).toEqual(Object.keys(BAD).sort());
  });

  it.each(Object.entries(BAD))("%s", (name, want) => {
    const err = registryError(fixture("bad", name), `bad/${name}`);
    expect(err.file).toBe(`bad/${name}`);
    expect(err.line).toBe(want.line);
    expect(err.field).toBe(want.field);
    const prefix = `bad/${name}:${want.line}: ${want.field ? `${want.field}: ` : ""}`;
    const first = err.message.split("\n")[0];
    expect(first.startsWith(prefix)).toBe(true);
    expect(first).toContain(want.says);
    expect(first).toContain(" — ");
  });

  it("reports every schema problem, one per line, in file order", () => {
    const err = registryError(fixture("bad", "several-errors.yaml"), "s.yaml");
    expect(err.issues.map((i) => [i.line, i.field])).toEqual([
      [2, "filings[0].accessProviders"],
      [4, "filings[0].acessProviders"],
      [7, "servers[0].kind"],
    ]);
    expect(err.message.split("\n")).toHaveLength(3);
    expect(err.message).toContain("did you mean `accessProviders`?");
  });

  it("reports every semantic problem together", () => {
    const err = registryError(
      [
        "filings:",
        "  - number: 京ICP备11018762号",
        "    domains: [example.com, example.com]",
        `    ${PROVIDERS}`,
        "    serviceCode: { server: ghost }",
      ].join("\n"),
    );
    expect(err.issues.map((i) => [i.line, i.field])).toEqual([
      [3, "filings[0].domains[1]"],
      [5, "filings[0].serviceCode.server"],
    ]);
  });

  it("is a RegistryError (an Error) with its name", () => {
    const err = registryError("filings: 3");
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("RegistryError");
    expect(err.message).toBe(
      "r.yaml:1: filings: must be a list, not number 3 — write a list: `filings: [a, b]` or one `- …` line per entry",
    );
  });
});

describe("parseRegistry: YAML details", () => {
  it("an explicit !!timestamp date still reads as YYYY-MM-DD", () => {
    const r = parseRegistry(
      'exemptions:\n  - match: "*::legacy"\n    policies: ["*"]\n    reason: r\n    expires: !!timestamp 2027-01-31\n',
      "r.yaml",
      AT,
    );
    expect(r.exemptions[0].expires).toBe("2027-01-31");
  });

  it("anchors and aliases resolve, and lines are those of the source", () => {
    const r = parseRegistry(
      [
        "filings:",
        "  - number: 京ICP备11018762号",
        "    domains: [example.com]",
        "    accessProviders: &p [aliyun]",
        "  - number: 京ICP备11018762号-2",
        "    domains: [example.net]",
        "    accessProviders: *p",
      ].join("\n"),
      "r.yaml",
      AT,
    );
    expect(r.filings.map((f) => [f.accessProviders, f.line])).toEqual([
      [["alibaba-cloud"], 2],
      [["alibaba-cloud"], 5],
    ]);
  });

  it("a whitespace-only file is empty, like a zero-byte one", () => {
    const err = registryError("   \n\n\t\n");
    expect(err.message).toBe(
      "r.yaml:1: the registry is empty — write `filings: []` if you mean no filings",
    );
  });

  it("an explicit null top level is not a mapping", () => {
    expect(registryError("\n~\n").message).toContain("r.yaml:2: the top level must be a mapping");
  });

  it("a byte-order mark is accepted", () => {
    expect(parseRegistry("\uFEFFfilings: []\n", "r.yaml", AT).filings).toEqual([]);
  });

  it("a second document is a syntax error", () => {
    const err = registryError("filings: []\n---\nservers: []\n");
    expect(err.line).toBe(2);
    expect(err.message).toContain("YAML syntax error");
  });
});

describe("lookups in a large registry", () => {
  // Speed is measured by `npm run bench`, not here: this checks correctness at size.
  it("finds the right filing among 5 000 domains", () => {
    const lines = ["filings:"];
    for (let i = 0; i < 5_000; i++) {
      lines.push(`  - number: 京ICP备${10_000_000 + i}号`, `    domains: [d${i}.example.com]`);
      lines.push(`    ${PROVIDERS}`);
    }
    const r = parseRegistry(lines.join("\n"), "big.yaml", AT);
    for (let i = 0; i < 20_000; i++) {
      const m = r.findFiling(`www.d${i % 5_000}.example.com`);
      if (m?.coveredBy !== `d${i % 5_000}.example.com`) throw new Error(`miss at ${i}`);
    }
    expect(r.findFiling("www.d5000.example.com")).toBeUndefined();
  });
});

describe("registryPath and loadRegistry", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "icp-registry-"));
  const packDir = path.join(dir, "pack");
  const emptyPack = path.join(dir, "empty-pack");
  mkdirSync(packDir);
  mkdirSync(emptyPack);
  const inPack = path.join(packDir, "icp-registry.yaml");
  writeFileSync(inPack, fixture("good", "rules-example.yaml"));
  const other = path.join(dir, "other.yaml");
  writeFileSync(other, "filings: []\n");
  const broken = path.join(dir, "broken.yaml");
  writeFileSync(broken, "filings:\n  - number: 1\n");

  it("no env and no file: undefined path, EMPTY_REGISTRY", () => {
    expect(registryPath({}, emptyPack)).toBeUndefined();
    expect(loadRegistry({}, emptyPack, AT)).toBe(EMPTY_REGISTRY);
  });

  it("no env: the pack folder's icp-registry.yaml", () => {
    expect(registryPath({}, packDir)).toBe(inPack);
    const r = loadRegistry({ ICP_GUARD_REGISTRY: "" }, packDir, AT);
    expect(r.source).toBe(inPack);
    expect(r.filings).toHaveLength(1);
  });

  it("ICP_GUARD_REGISTRY wins, resolved against the cwd", () => {
    const relative = path.relative(process.cwd(), other);
    expect(registryPath({ ICP_GUARD_REGISTRY: relative }, packDir)).toBe(other);
    const r = loadRegistry({ ICP_GUARD_REGISTRY: relative }, packDir, AT);
    expect(r.source).toBe(other);
    expect(r.filings).toEqual([]);
  });

  it("ICP_GUARD_REGISTRY naming a missing file: RegistryError naming the file", () => {
    const missing = path.join(dir, "missing.yaml");
    let err: unknown;
    try {
      loadRegistry({ ICP_GUARD_REGISTRY: missing }, packDir, AT);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegistryError);
    const re = err as RegistryError;
    expect(re.file).toBe(missing);
    expect(re.line).toBeUndefined();
    expect(re.message).toBe(
      `${missing}: cannot read the registry (ENOENT) — point ICP_GUARD_REGISTRY (or --registry) at an existing, readable file, or unset it`,
    );
  });

  it("ICP_GUARD_REGISTRY naming a folder: RegistryError", () => {
    expect(() => loadRegistry({ ICP_GUARD_REGISTRY: dir }, packDir, AT)).toThrow(
      `${dir}: cannot read the registry (EISDIR)`,
    );
  });

  it("a file that does not validate: RegistryError with the absolute path and line", () => {
    expect(() => loadRegistry({ ICP_GUARD_REGISTRY: broken }, packDir, AT)).toThrow(
      `${broken}:2: filings[0].number: must be a text value, not number 1`,
    );
  });
});
