import { describe, expect, it } from "vitest";
import { checkIcpNumber, checkPsbNumber } from "../../policy-pack/model/icp-number";

describe("checkIcpNumber", () => {
  it.each([
    ["京ICP备11018762号", "filing"],
    ["沪ICP备2026049608号-1", "filing"],
    ["陕ICP备2024026116号-1A", "filing"],
    ["浙ICP备2021012345号-12X", "filing"],
    ["粤ICP备123456号-1234K", "filing"],
    ["黔ICP备1234567890号", "filing"],
    ["京ICP证150476号", "licence"],
    ["粤B2-20090059", "value-added"],
    ["B1-20090059", "value-added"],
    ["京B2-20090059-1", "value-added"],
  ])("accepts %s as a %s number", (raw, kind) => {
    expect(checkIcpNumber(raw)).toEqual({ valid: true, normalised: raw, kind });
  });

  it.each([
    ["ICP备12345678号", "no-province"],
    ["HKICP备12345678号", "unknown-province"],
    ["港ICP备12345678号", "unknown-province"],
    ["京ICP备123号", "bad-digits"],
    ["京ICP备12345678901号", "bad-digits"],
    ["京ICP备12345678", "bad-digits"],
    ["京ICP备12345678号-12345", "bad-digits"],
    ["京ICP备12345678号-1B", "bad-digits"],
    ["京ICP证1504761号", "bad-digits"],
    ["粤B3-20090059", "bad-shape"],
    ["12345678", "bad-shape"],
    ["", "empty"],
    ["   ", "empty"],
  ])("refuses %s (%s)", (raw, reason) => {
    const r = checkIcpNumber(raw);
    expect(r.valid).toBe(false);
    expect(r).toMatchObject({ reason });
  });

  it("folds full-width characters and spaces before checking", () => {
    expect(checkIcpNumber(" 京ＩＣＰ备 １１０１８７６２ 号－１ ")).toEqual({
      valid: true,
      normalised: "京ICP备11018762号-1",
      kind: "filing",
    });
    expect(checkIcpNumber("粤Ｂ２－２００９００５９")).toMatchObject({
      valid: true,
      normalised: "粤B2-20090059",
    });
    expect(checkIcpNumber("京icp备11018762号")).toMatchObject({ valid: true });
  });
});

describe("checkPsbNumber", () => {
  it("accepts a public-security filing number", () => {
    expect(checkPsbNumber("粤公网安备44030502008569号")).toEqual({
      valid: true,
      normalised: "粤公网安备44030502008569号",
    });
  });
  it.each([
    ["粤公网安备4403050200856号", "bad-digits"],
    ["公网安备44030502008569号", "no-province"],
    ["粤ICP备44030502008569号", "bad-digits"],
  ])("refuses %s", (raw, reason) => {
    expect(checkPsbNumber(raw)).toMatchObject({ valid: false, reason });
  });
});
