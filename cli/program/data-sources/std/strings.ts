/** std functions over text; Terraform's `replace` takes a search in slashes as a regular expression. */
import { int, list, StdArgumentError, type StdFunction, str } from "./args";
import { format, formatList } from "./format";

export const STRINGS = {
  chomp: (a) => str("chomp", a, "input").replace(/(\r\n|\n|\r)+$/, ""),
  endswith: (a) => str("endswith", a, "input").endsWith(str("endswith", a, "suffix")),
  format: (a) => format(str("format", a, "input"), Array.isArray(a.args) ? a.args : []),
  formatlist: (a) => formatList(str("formatlist", a, "input"), Array.isArray(a.args) ? a.args : []),
  indent: (a) => {
    const pad = " ".repeat(Math.max(0, int("indent", a, "spaces")));
    return str("indent", a, "input").replace(/\n/g, `\n${pad}`);
  },
  join: (a) =>
    list("join", a, "input")
      .map((x) => (typeof x === "string" ? x : String(x)))
      .join(str("join", a, "separator")),
  lower: (a) => str("lower", a, "input").toLowerCase(),
  replace: (a) =>
    replace(str("replace", a, "text"), str("replace", a, "search"), str("replace", a, "replace")),
  split: (a) => str("split", a, "text").split(str("split", a, "separator")),
  startswith: (a) => str("startswith", a, "input").startsWith(str("startswith", a, "prefix")),
  strrev: (a) => [...str("strrev", a, "input")].reverse().join(""),
  substr: (a) => {
    const chars = [...str("substr", a, "input")];
    let offset = int("substr", a, "offset");
    const length = int("substr", a, "length");
    if (offset < 0) offset += chars.length;
    return chars.slice(offset, length < 0 ? undefined : offset + length).join("");
  },
  title: (a) => str("title", a, "input").replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
  tostring: (a) => (typeof a.input === "string" ? a.input : JSON.stringify(a.input)),
  trim: (a) => {
    const cut = new Set([...str("trim", a, "cutset")]);
    const chars = [...str("trim", a, "input")];
    let s = 0;
    let e = chars.length;
    while (s < e && cut.has(chars[s])) s++;
    while (e > s && cut.has(chars[e - 1])) e--;
    return chars.slice(s, e).join("");
  },
  trimprefix: (a) => {
    const s = str("trimprefix", a, "input");
    const p = str("trimprefix", a, "prefix");
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimspace: (a) => str("trimspace", a, "input").trim(),
  trimsuffix: (a) => {
    const s = str("trimsuffix", a, "input");
    const p = str("trimsuffix", a, "suffix");
    return p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  upper: (a) => str("upper", a, "input").toUpperCase(),
  urlencode: (a) => encodeURIComponent(str("urlencode", a, "input")).replace(/%20/g, "+"),
} satisfies Record<string, StdFunction>;

/** Terraform's replace: a search wrapped in slashes is a regular expression. */
function replace(text: string, search: string, replacement: string): string {
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
    let re: RegExp;
    try {
      re = new RegExp(search.slice(1, -1), "g");
    } catch (e) {
      throw new StdArgumentError(
        "replace",
        `invalid regular expression ${search}: ${(e as Error).message}`,
      );
    }
    return text.replace(re, replacement.replace(/\$\{(\d+)\}/g, "$$$1"));
  }
  return search === "" ? text : text.split(search).join(replacement);
}
