/**
 * What the registry refuses beyond its schema because it would open the gate: each refusal names
 * the line and field, says why, and gives the fix (with a did-you-mean where one fits).
 */
import { describe, expect, it } from "vitest";
import { parseRegistry, RegistryError } from "../../policy-pack/model/registry";

const TODAY = "2026-11-30";

function issues(text: string, maxExemptionDays?: number) {
  try {
    parseRegistry(text, "r.yaml", { today: TODAY, maxExemptionDays });
  } catch (e) {
    if (e instanceof RegistryError) return e.issues.map((i) => ({ ...i }));
    throw e;
  }
  return [];
}

const filing = (domains: string, providers = "[alibaba-cloud]") =>
  `filings:\n  - number: 浙ICP备2021012345号-1\n    domains: ${domains}\n    accessProviders: ${providers}\n`;

const exemption = (match: string, policies: string, expires = "2027-01-31") =>
  `exemptions:\n  - match: ${JSON.stringify(match)}\n    policies: ${policies}\n    reason: r\n    expires: ${expires}\n`;

const server = (region: string) =>
  `servers:\n  - name: web-anchor\n    kind: ecs\n    region: ${JSON.stringify(region)}\n`;

describe("a filing for a public suffix", () => {
  it.each([
    ["com.cn", '"com.cn"'],
    ["gov.cn", '"gov.cn"'],
    ["COM.CN.", '"COM.CN." (com.cn)'],
    ["*.com.cn", '"*.com.cn" (com.cn)'],
    ["github.io", '"github.io"'],
    ["s3.amazonaws.com", '"s3.amazonaws.com"'],
  ])("%s is refused", (domain, shown) => {
    expect(issues(filing(`["${domain}"]`))).toEqual([
      {
        line: 3,
        field: "filings[0].domains[0]",
        problem: `${shown} is a public suffix: anyone can register names under it, and a filing for it would count every one of them as filed`,
        fix: `list the domain that was registered and filed, e.g. \`example.${domain.toLowerCase().replace(/^\*\./, "").replace(/\.$/, "")}\``,
      },
    ]);
  });

  it.each(["example.com.cn", "shop.github.io", "example.gov.cn", "a.b.example.cn"])(
    "%s is a registrable name and loads",
    (domain) => {
      expect(issues(filing(`[${domain}]`))).toEqual([]);
    },
  );
});

describe("filing domains a URL parser would rewrite", () => {
  it.each([
    "static.example-shop.cn#unfiled.cn",
    "ex%61mple-shop.cn",
    "https://example.com",
    "example.com/shop",
    "shop example.com",
  ])("%j is not a valid domain name", (d) => {
    const [issue] = issues(filing(JSON.stringify([d])));
    expect(issue.field).toBe("filings[0].domains[0]");
    expect(issue.problem).toBe(`${JSON.stringify(d)} is not a valid domain name`);
  });

  it("a 10 MB domain is refused, quoting only its first 253 characters", () => {
    const [issue] = issues(filing(`["${"a".repeat(10 * 1024 * 1024)}.cn"]`));
    expect(issue.problem).toBe(
      `"${"a".repeat(253)}…" is longer than 253 characters, the most a domain name can have`,
    );
  });
});

describe("exemptions that pin no resource", () => {
  it.each(["*", "**", "urn:pulumi:*", "*legacy*", "legacy-cdn", "urn:pulumi:prod::shop::*::*"])(
    "match %j is refused whatever the policies",
    (match) => {
      expect(issues(exemption(match, "[icp-cdn-domain]"))).toEqual([
        {
          line: 2,
          field: "exemptions[0].match",
          problem: `${JSON.stringify(match)} names neither a resource type nor a resource name, so it would exempt every resource of every stack`,
          fix: "end the URN glob with the type token and the resource name (or its start), e.g. `urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-cdn`",
        },
      ]);
    },
  );

  it.each([
    "urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::*",
    "*::alicloud:cdn/domainNew:DomainNew::*",
    "urn:pulumi:prod::shop::my:index:Site$alicloud:cdn/domainNew:DomainNew::*",
  ])("match %j (a type, no name) may name policies, not all of them", (match) => {
    expect(issues(exemption(match, "[icp-cdn-domain]"))).toEqual([]);
    expect(issues(exemption(match, '["*"]'))).toEqual([
      {
        line: 3,
        field: "exemptions[0].policies",
        problem: `["*"] exempts the resources from every policy, but match ${JSON.stringify(match)} does not name a resource (only its type)`,
        fix: "list the policies to exempt, e.g. `policies: [icp-cdn-domain]`, or end match with the resource name, e.g. `urn:pulumi:*::*::alicloud:cdn/domainNew:DomainNew::legacy-cdn`",
      },
    ]);
  });

  it.each(["*::legacy-cdn", "urn:pulumi:*::*::*::legacy-*", "urn:pulumi:prod::shop::*::cname-?"])(
    "match %j names resources, so it may exempt every policy",
    (match) => {
      expect(issues(exemption(match, '["*"]'))).toEqual([]);
    },
  );
});

describe("how far ahead an exemption may expire", () => {
  const scoped = (expires: string, max?: number) =>
    issues(exemption("*::legacy-cdn", "[icp-cdn-domain]", expires), max);

  it("366 days after today by default: the last allowed day loads, the next is refused", () => {
    expect(scoped("2027-12-01")).toEqual([]);
    expect(scoped("2027-12-02")).toEqual([
      {
        line: 5,
        field: "exemptions[0].expires",
        problem: `2027-12-02 is more than 366 days after today (${TODAY}): an exemption is a temporary waiver`,
        fix: "set expires on or before 2027-12-01, and renew the exemption when it runs out if it must (the limit is ICP_GUARD_MAX_EXEMPTION_DAYS, default 366 days; a longer one also needs the policies' maxExemptionDays setting)",
      },
    ]);
    expect(scoped("9999-12-31")[0].problem).toContain("9999-12-31 is more than 366 days");
  });

  it("the limit it is loaded with", () => {
    expect(scoped("2026-12-30", 30)).toEqual([]);
    expect(scoped("2026-12-31", 30)[0].problem).toBe(
      `2026-12-31 is more than 30 days after today (${TODAY}): an exemption is a temporary waiver`,
    );
  });

  it("an expired exemption loads (a policy then says it expired)", () => {
    expect(scoped("2020-01-01", 30)).toEqual([]);
  });
});

describe("servers in a region nobody knows", () => {
  it.each([
    ["cn-hangzou", "cn-hangzhou"],
    ["cn-shangai", "cn-shanghai"],
    ["ap-southeast1", "ap-southeast-1"],
    ["cn-hongkon", "cn-hongkong"],
  ])("%s: did you mean %s?", (region, near) => {
    expect(issues(server(region))).toEqual([
      {
        line: 4,
        field: "servers[0].region",
        problem: `"${region}" is not a known region id, so whether the server is in the mainland cannot be judged`,
        fix: `did you mean \`${near}\`? write the instance's region id, e.g. \`cn-hangzhou\``,
      },
    ]);
  });

  it("no suggestion when nothing is near; OSS's regionless id is not a server region", () => {
    expect(issues(server("mars-north-1"))[0].fix).toBe(
      "write the instance's region id, e.g. `cn-hangzhou`",
    );
    expect(issues(server("rg-china-mainland"))[0].field).toBe("servers[0].region");
  });

  it.each(["cn-hangzhou", "CN-Hangzhou", "cn-hongkong", "ap-southeast-1", "cn-shanghai-finance-1"])(
    "%s loads",
    (region) => {
      expect(issues(server(region))).toEqual([]);
    },
  );
});

describe("access providers outside the vocabulary", () => {
  const VOCABULARY =
    "write one of alibaba-cloud (or aliyun, alibabacloud, alibaba, Alibaba Cloud, 阿里云), china-telecom, china-unicom, china-mobile, tencent-cloud, huawei-cloud, baidu-cloud, volcengine, other; a provider not listed is `other`";

  it.each([
    ["tencent", "tencent-cloud"],
    ["aliyn", "alibaba-cloud"],
    ["alibaba cloud intl", "alibaba-cloud"],
    ["腾讯云", "tencent-cloud"],
    ["中国电信", "china-telecom"],
    ["telecom", "china-telecom"],
    ["huawei", "huawei-cloud"],
    ["volcano-engine", "volcengine"],
  ])("%s: did you mean %s?", (written, near) => {
    expect(issues(filing("[example.com]", `[aliyun, "${written}"]`))).toEqual([
      {
        line: 4,
        field: "filings[0].accessProviders[1]",
        problem: `"${written}" is not an access provider ICP Guard knows`,
        fix: `did you mean \`${near}\`? ${VOCABULARY}`,
      },
    ]);
  });

  it("no suggestion when nothing is near", () => {
    expect(issues(filing("[example.com]", "[aws]"))[0].fix).toBe(VOCABULARY);
  });
});

describe("a filing naming a server the file lacks", () => {
  it("suggests the nearest server name", () => {
    const text = `${filing("[example.com]")}    serviceCode: { server: web-anchr }\n${server("cn-hangzhou")}`;
    expect(issues(text)).toEqual([
      {
        line: 5,
        field: "filings[0].serviceCode.server",
        problem: 'no server named "web-anchr" in `servers`',
        fix: "did you mean `web-anchor`? add the server to `servers` (name, kind, region) or correct the name",
      },
    ]);
  });
});

it("every refusal of a file is reported together, in line order", () => {
  const text = [
    "filings:",
    "  - number: 浙ICP备2021012345号-1",
    "    domains: [com.cn, example.com]",
    "    accessProviders: [tencent]",
    "servers:",
    "  - name: a",
    "    kind: ecs",
    "    region: cn-hangzou",
    "exemptions:",
    '  - match: "*"',
    '    policies: ["*"]',
    "    reason: r",
    "    expires: 9999-12-31",
  ].join("\n");
  expect(issues(text).map((i) => [i.line, i.field])).toEqual([
    [3, "filings[0].domains[0]"],
    [4, "filings[0].accessProviders[0]"],
    [8, "servers[0].region"],
    [10, "exemptions[0].match"],
    [13, "exemptions[0].expires"],
  ]);
});
