/** The check that tells a Chinese message from one with English sentences left in it. */
import { describe, expect, it } from "vitest";
import { englishRuns, hasChinese } from "../support/zh-text";

describe("English left in a Chinese message", () => {
  it("finds an English sentence, even around code and quoted values", () => {
    expect(englishRuns("域名 is not filed")).toEqual(["is not filed"]);
    expect(englishRuns('cdn.DomainNew "x" serves the Chinese mainland (scope "global").')).toEqual([
      "serves the Chinese mainland (scope",
    ]);
    expect(englishRuns("设置 instanceChargeType: PrePaid with period >= 3 months")).not.toEqual([]);
    expect(englishRuns("已由第 3 行豁免：Filing in progress, ticket OPS-123")).toEqual([
      "Filing in progress, ticket",
    ]);
  });

  it("lets through what a person copies: values, references, URNs, fields, acronyms, ICP numbers", () => {
    const ok = [
      'ecs.Instance "web server" 位于中国内地地域 cn-hangzhou（来自Provider 的地域）。',
      "- 请设置 instanceChargeType: PrePaid 且 period >= 3",
      "urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew::static 没有 ICP 备案",
      "备案号 京ICP备12345678号-1 与 粤公网安备44030502008569号 无效",
      "在 icp-registry.yaml 的 filings[].domains 中添加覆盖 example.com 的备案",
      "豁免（“Filing in progress, ticket OPS-123”）已到期",
      "ICP Guard 无法校验（对 stack export 运行 icp-guard scan）",
    ];
    for (const text of ok) expect(englishRuns(text), text).toEqual([]);
  });

  it("wants Chinese text besides what it lets through", () => {
    expect(hasChinese("京ICP备12345678号-1")).toBe(false);
    expect(hasChinese('"中文" ecs.Instance')).toBe(false);
    expect(hasChinese("没有 ICP 备案")).toBe(true);
  });
});
