import { describe, expect, it } from "vitest";
import { assemble, type SharedKeys } from "../../policy-pack/model/assemble";

describe("assemble: one table from parts that share no key", () => {
  it("keeps every part's keys, in part order", () => {
    const whole = assemble({ a: 1, b: "two" }, { c: true }, {});
    expect(whole).toEqual({ a: 1, b: "two", c: true });
    expect(Object.keys(whole)).toEqual(["a", "b", "c"]);
    const typed: { a: number; b: string; c: boolean } = whole;
    expect(typed.c).toBe(true);
  });

  it("names the keys two parts share, and does not compile with them", () => {
    const shared: SharedKeys<[{ a: 1; b: 2 }, { c: 3 }, { b: 4; a: 5 }]> = "a";
    expect(["a", "b"]).toContain(shared);
    // @ts-expect-error "b" is in the first and the last part
    const clash = assemble({ a: 1, b: 2 }, { c: 3 }, { b: 4 });
    expect(clash).toEqual({ a: 1, b: 4, c: 3 });
  });
});
