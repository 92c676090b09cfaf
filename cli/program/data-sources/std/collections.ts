/** std functions over lists and maps. */
import { int, list, map, StdArgumentError, type StdFunction, str } from "./args";

/** The items without repeats (compared as JSON), first occurrence kept. */
const unique = (items: readonly unknown[]): unknown[] => {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

export const COLLECTIONS = {
  alltrue: (a) => list("alltrue", a, "input").every((x) => x === true || x === "true"),
  anytrue: (a) => list("anytrue", a, "input").some((x) => x === true || x === "true"),
  chunklist: (a) => {
    const items = list("chunklist", a, "input");
    const size = int("chunklist", a, "size");
    if (size <= 0) return [items];
    const out: unknown[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
  coalesce: (a) =>
    list("coalesce", a, "input").find((x) => x !== null && x !== undefined && x !== ""),
  coalescelist: (a) =>
    list("coalescelist", a, "input").find((x) => Array.isArray(x) && x.length > 0) ?? [],
  compact: (a) => list("compact", a, "input").filter((x) => x !== null && x !== ""),
  concat: (a) => list("concat", a, "input").flatMap((x) => (Array.isArray(x) ? x : [x])),
  contains: (a) => {
    const needle = JSON.stringify(a.element);
    return list("contains", a, "input").some((x) => JSON.stringify(x) === needle);
  },
  distinct: (a) => unique(list("distinct", a, "input")),
  element: (a) => {
    const items = list("element", a, "input");
    if (items.length === 0)
      throw new StdArgumentError("element", "cannot use element on an empty list");
    const i = int("element", a, "index");
    return items[((i % items.length) + items.length) % items.length];
  },
  flatten: (a) => list("flatten", a, "input").flat(Number.POSITIVE_INFINITY),
  keys: (a) => Object.keys(map("keys", a, "input")).sort(),
  length: (a) => {
    const v = a.input;
    if (typeof v === "string") return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (typeof v === "object" && v !== null) return Object.keys(v).length;
    throw new StdArgumentError("length", "input must be a string, list or map");
  },
  lookup: (a) => {
    const m = map("lookup", a, "map");
    const key = str("lookup", a, "key");
    if (Object.hasOwn(m, key)) return m[key];
    if ("default" in a && a.default !== undefined) return a.default;
    throw new StdArgumentError("lookup", `the map has no key "${key}" and no default was given`);
  },
  merge: (a) =>
    Object.assign(
      {},
      ...list("merge", a, "input").filter((x) => typeof x === "object" && x !== null),
    ),
  reverse: (a) => [...list("reverse", a, "input")].reverse(),
  slice: (a) => list("slice", a, "list").slice(int("slice", a, "from"), int("slice", a, "to")),
  sort: (a) => list("sort", a, "input").map(String).sort(),
  tobool: (a) => a.input === true || a.input === "true",
  tolist: (a) => list("tolist", a, "input"),
  toset: (a) => unique(list("toset", a, "input")),
  transpose: (a) => {
    const out: Record<string, string[]> = {};
    for (const [k, vs] of Object.entries(map("transpose", a, "input"))) {
      for (const v of Array.isArray(vs) ? vs : []) {
        const key = String(v);
        out[key] = [...(out[key] ?? []), k];
      }
    }
    return out;
  },
  values: (a) => {
    const m = map("values", a, "input");
    return Object.keys(m)
      .sort()
      .map((k) => m[k]);
  },
  zipmap: (a) => {
    const keys = list("zipmap", a, "keys");
    const values = list("zipmap", a, "values");
    return Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
  },
} satisfies Record<string, StdFunction>;
