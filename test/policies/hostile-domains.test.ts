/**
 * Domains a resource declares that a URL parser would rewrite into a filed name, that are too long
 * to be a host name, or that are a Pulumi Output rendered into text: each is an invalid-domain
 * problem on that resource (never filed), and no message quotes more than 253 characters of it.
 */
import { describe, expect, it } from "vitest";
import { T } from "../../policy-pack/model/resource-types";
import { icpCdnDomain } from "../../policy-pack/policies/icp-cdn-domain/policy";
import { icpFilingNumberFormat } from "../../policy-pack/policies/icp-filing-number-format/policy";
import { icpHostedDomain } from "../../policy-pack/policies/icp-hosted-domain/policy";
import { caseUrn } from "../support/policy-case";
import { runResourcePolicy, runStackPolicy, runtimeFor } from "../support/sdk-harness";

const REGISTRY = `
filings:
  - number: 浙ICP备2021012345号-1
    domains: [example-shop.cn]
    accessProviders: [alibaba-cloud]
`;
const en = runtimeFor({ registry: REGISTRY });
const zh = runtimeFor({ registry: REGISTRY, lang: "zh-CN" });

const cdn = (domainName: string) => ({
  type: T.cdnDomainNew,
  name: "static",
  props: { domainName },
});

const OUTPUT_TEXT =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Pulumi's own text, quoted as it renders it
  "Calling [toString] on an [Output<T>] is not supported.\n\nTo get the value of an Output<T> as an Output<string> consider either:\n1: o.apply(v => `prefix${v}suffix`)\n2: pulumi.interpolate `prefix${v}suffix`";

describe("a CDN domain that only a URL parser would call filed", () => {
  it("the filed name itself passes (the registry is right)", () => {
    expect(runResourcePolicy(icpCdnDomain, cdn("static.example-shop.cn"), en)).toEqual({
      violations: [],
    });
  });

  it.each([
    "static.example-shop.cn#unfiled.cn",
    "ex%61mple-shop.cn",
    "static.example-shop.cn/x",
    "https://static.example-shop.cn",
    "static .example-shop.cn",
  ])("%j is an invalid domain, not filed", (domainName) => {
    const r = runResourcePolicy(icpCdnDomain, cdn(domainName), en);
    expect(r.violations).toHaveLength(1);
    const lines = r.violations[0].message.split("\n");
    expect(lines[0]).toBe(
      'cdn.DomainNew "static" serves the Chinese mainland (scope is not set and defaults to domestic).',
    );
    expect(lines[1]).toBe(
      `- domainName "${domainName}" is not a valid domain name, so no filing can cover it. Fix: set it to a fully qualified domain name such as www.example.com (letters, digits, "-" and "." only: no scheme, path, "#", spaces or "%" escapes).`,
    );
    expect(r.violations[0].message).not.toContain("has no ICP filing");
  });

  it("says the same in Simplified Chinese", () => {
    const r = runResourcePolicy(icpCdnDomain, cdn("ex%61mple-shop.cn"), zh);
    expect(r.violations[0].message).toContain(
      'domainName "ex%61mple-shop.cn" 不是有效的域名，任何备案都无法覆盖它。',
    );
  });
});

describe("a 10 MB domain", () => {
  const huge = `${"a".repeat(10 * 1024 * 1024)}.example-shop.cn`;

  it("is refused as too long, quoting only its first 253 characters", () => {
    for (const runtime of [en, zh]) {
      const r = runResourcePolicy(icpCdnDomain, cdn(huge), runtime);
      expect(r.violations).toHaveLength(1);
      const message = r.violations[0].message;
      expect(message).toContain(`domainName "${"a".repeat(253)}…"`);
      expect(message).not.toContain("a".repeat(254));
      expect(message.length).toBeLessThan(1_000);
    }
    expect(runResourcePolicy(icpCdnDomain, cdn(huge), en).violations[0].message).toContain(
      "is longer than 253 characters, the most a domain name can have",
    );
  });
});

describe("a Pulumi Output rendered into the domain", () => {
  it("tells to build it with pulumi.interpolate or apply, in both languages", () => {
    const value = `${OUTPUT_TEXT}.example-shop.cn`;
    const r = runResourcePolicy(icpCdnDomain, cdn(value), en);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0].message.split("\n")[1]).toBe(
      '- domainName is a Pulumi Output turned into text (it contains "Calling [toString] on an [Output<T>]"), not a domain name. Fix: build the value with pulumi.interpolate`...` or output.apply(v => ...) instead of a template string or string concatenation.',
    );
    const z = runResourcePolicy(icpCdnDomain, cdn(value), zh);
    expect(z.violations[0].message).toContain("pulumi.interpolate`...` 或 output.apply(v => ...)");
  });
});

describe("a stack policy reads domains the same way", () => {
  it("a DNS record whose host is hostile is flagged on that record only", () => {
    const eip = {
      type: T.ecsEip,
      name: "ip",
      id: "eip-1",
      props: { ipAddress: "47.96.1.2" },
      provider: { region: "cn-hangzhou" },
    };
    const record = (name: string, rr: string) => ({
      type: T.dnsAlidnsRecord,
      name,
      props: { domainName: "example-shop.cn", rr, type: "A", value: "47.96.1.2" },
      provider: { region: "cn-hangzhou" },
    });
    const r = runStackPolicy(
      icpHostedDomain,
      [eip, record("good", "www"), record("bad", "www#x")],
      en,
    );
    expect(r.violations.map((v) => v.urn)).toEqual([caseUrn(T.dnsAlidnsRecord, "bad")]);
    expect(r.violations[0].message).toContain("is not a valid domain name");
  });
});

describe("other long values are clipped too", () => {
  const long = "9".repeat(10_000);

  it("an icp:number tag of 10,000 characters", () => {
    const r = runResourcePolicy(
      icpCdnDomain,
      {
        ...cdn("img.unfiled.cn"),
        props: { domainName: "img.unfiled.cn", tags: { "icp:number": long } },
      },
      en,
    );
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0].message).toContain(
      `tag icp:number "${"9".repeat(253)}…" is not a valid`,
    );
    expect(r.violations[0].message).not.toContain("9".repeat(254));
  });

  it("a registry filing number of 10,000 characters", () => {
    const runtime = runtimeFor({
      registry: `filings:\n  - number: "京ICP备${long}号"\n    domains: [example-shop.cn]\n    accessProviders: [alibaba-cloud]\n`,
    });
    const r = runStackPolicy(icpFilingNumberFormat, [], runtime);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0].message).toContain(`filing "京ICP备${"9".repeat(248)}…"`);
    expect(r.violations[0].message).not.toContain("9".repeat(249));
  });
});
