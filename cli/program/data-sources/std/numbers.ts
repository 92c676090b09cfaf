/** std functions over numbers. */
import { int, list, num, StdArgumentError, type StdFunction, str } from "./args";

export const NUMBERS = {
  abs: (a) => Math.abs(num("abs", a, "input")),
  ceil: (a) => Math.ceil(num("ceil", a, "input")),
  floor: (a) => Math.floor(num("floor", a, "input")),
  max: (a) => Math.max(...list("max", a, "input").map(Number)),
  min: (a) => Math.min(...list("min", a, "input").map(Number)),
  parseint: (a) => {
    const base = a.base === undefined ? 10 : int("parseint", a, "base");
    const n = Number.parseInt(str("parseint", a, "input"), base);
    if (Number.isNaN(n))
      throw new StdArgumentError("parseint", `cannot parse "${String(a.input)}" in base ${base}`);
    return n;
  },
  pow: (a) => num("pow", a, "base") ** num("pow", a, "exponent"),
  range: (a) => {
    const limit = num("range", a, "limit");
    const start = a.start === undefined ? 0 : num("range", a, "start");
    const step = a.step === undefined ? (start <= limit ? 1 : -1) : num("range", a, "step");
    if (step === 0) throw new StdArgumentError("range", "step must not be zero");
    const out: number[] = [];
    for (let x = start; step > 0 ? x < limit : x > limit; x += step) {
      out.push(x);
      if (out.length > 1024) throw new StdArgumentError("range", "more than 1024 elements");
    }
    return out;
  },
  signum: (a) => Math.sign(num("signum", a, "input")),
  sum: (a) => list("sum", a, "input").reduce<number>((s, x) => s + Number(x), 0),
  tonumber: (a) => num("tonumber", a, "input"),
} satisfies Record<string, StdFunction>;
