import { describe, expect, it } from "vitest";
import { clip, MAX_SHOWN, quote } from "../../policy-pack/model/clip";

describe("clip: how much of a user value a message shows", () => {
  it("leaves a value of up to 253 characters as it is", () => {
    expect(MAX_SHOWN).toBe(253);
    expect(clip("static.example.com")).toBe("static.example.com");
    const full = "a".repeat(253);
    expect(clip(full)).toBe(full);
  });

  it("cuts a longer one to its first 253 characters and marks the cut", () => {
    expect(clip("a".repeat(254))).toBe(`${"a".repeat(253)}…`);
    const huge = clip("b".repeat(10 * 1024 * 1024));
    expect(huge).toBe(`${"b".repeat(253)}…`);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const value = `${"a".repeat(252)}😀tail`;
    expect(clip(value)).toBe(`${"a".repeat(252)}…`);
  });

  it("shows control characters as escapes, so a value cannot forge a report line", () => {
    expect(clip("a.cn\n- exempted\tx\u0000\u2028")).toBe("a.cn\\n- exempted\\tx\\u0000\\u2028");
  });

  it("quote puts the clipped value in double quotes", () => {
    expect(quote("a.cn")).toBe('"a.cn"');
    expect(quote("x".repeat(300))).toBe(`"${"x".repeat(253)}…"`);
  });
});
