/**
 * `@pulumi/std` functions (`std:index:<name>`, every one answering `{ result }`): pure, so an
 * offline preview runs them for real instead of inventing an answer. `file` and its kin read
 * relative to the program's directory, as the Pulumi CLI runs a program from there. Functions that
 * read a clock or make random values (timestamp, uuid, bcrypt, ...) are not here: they have no
 * offline answer, so a program that needs one is told to give it with --mocks.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export const STD_PREFIX = "std:index:";

export interface StdContext {
  /** Where relative paths (`file`, `abspath`) start. */
  programDir: string;
}

type Args = Record<string, unknown>;
type StdFunction = (args: Args, ctx: StdContext) => unknown;

/** An argument the function cannot use: the program then fails with this message, as under the engine. */
export class StdArgumentError extends Error {
  constructor(fn: string, message: string) {
    super(`std.${fn}: ${message}`);
    this.name = "StdArgumentError";
  }
}

const str = (fn: string, args: Args, key: string): string => {
  const v = args[key];
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new StdArgumentError(fn, `${key} must be a string`);
};
const num = (fn: string, args: Args, key: string): number => {
  const v = typeof args[key] === "string" ? Number(args[key]) : args[key];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new StdArgumentError(fn, `${key} must be a number`);
};
const int = (fn: string, args: Args, key: string): number => {
  const v = num(fn, args, key);
  if (!Number.isInteger(v)) throw new StdArgumentError(fn, `${key} must be a whole number`);
  return v;
};
const list = (fn: string, args: Args, key: string): unknown[] => {
  const v = args[key];
  if (Array.isArray(v)) return v;
  throw new StdArgumentError(fn, `${key} must be a list`);
};
const map = (fn: string, args: Args, key: string): Record<string, unknown> => {
  const v = args[key];
  if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  throw new StdArgumentError(fn, `${key} must be a map`);
};
const readText = (fn: string, file: string, ctx: StdContext): Buffer => {
  try {
    return fs.readFileSync(path.resolve(ctx.programDir, file));
  } catch (e) {
    throw new StdArgumentError(fn, `cannot read ${file}: ${(e as Error).message}`);
  }
};
const hash = (algorithm: string) => (args: Args) =>
  createHash(algorithm)
    .update(str(algorithm, args, "input"))
    .digest("hex");
const unique = (items: readonly unknown[]): unknown[] => {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

const FUNCTIONS: Record<string, StdFunction> = {
  abs: (a) => Math.abs(num("abs", a, "input")),
  abspath: (a, ctx) => path.resolve(ctx.programDir, str("abspath", a, "input")),
  alltrue: (a) => list("alltrue", a, "input").every((x) => x === true || x === "true"),
  anytrue: (a) => list("anytrue", a, "input").some((x) => x === true || x === "true"),
  base64decode: (a) => Buffer.from(str("base64decode", a, "input"), "base64").toString("utf8"),
  base64encode: (a) => Buffer.from(str("base64encode", a, "input"), "utf8").toString("base64"),
  base64sha256: (a) =>
    createHash("sha256")
      .update(str("base64sha256", a, "input"))
      .digest("base64"),
  base64sha512: (a) =>
    createHash("sha512")
      .update(str("base64sha512", a, "input"))
      .digest("base64"),
  basename: (a) => path.posix.basename(str("basename", a, "input")),
  ceil: (a) => Math.ceil(num("ceil", a, "input")),
  chomp: (a) => str("chomp", a, "input").replace(/(\r\n|\n|\r)+$/, ""),
  chunklist: (a) => {
    const items = list("chunklist", a, "input");
    const size = int("chunklist", a, "size");
    if (size <= 0) return [items];
    const out: unknown[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
  cidrhost: (a) => cidrHost(str("cidrhost", a, "input"), int("cidrhost", a, "host")),
  cidrnetmask: (a) => cidrNetmask(str("cidrnetmask", a, "input")),
  cidrsubnet: (a) =>
    cidrSubnet(
      str("cidrsubnet", a, "input"),
      int("cidrsubnet", a, "newbits"),
      int("cidrsubnet", a, "netnum"),
    ),
  cidrsubnets: (a) => {
    const prefix = str("cidrsubnets", a, "input");
    const bits = list("cidrsubnets", a, "newbits").map((b) => Number(b));
    return cidrSubnets(prefix, bits);
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
  dirname: (a) => path.posix.dirname(str("dirname", a, "input")),
  distinct: (a) => unique(list("distinct", a, "input")),
  element: (a) => {
    const items = list("element", a, "input");
    if (items.length === 0)
      throw new StdArgumentError("element", "cannot use element on an empty list");
    const i = int("element", a, "index");
    return items[((i % items.length) + items.length) % items.length];
  },
  endswith: (a) => str("endswith", a, "input").endsWith(str("endswith", a, "suffix")),
  file: (a, ctx) => readText("file", str("file", a, "input"), ctx).toString("utf8"),
  filebase64: (a, ctx) =>
    readText("filebase64", str("filebase64", a, "input"), ctx).toString("base64"),
  filebase64sha256: (a, ctx) =>
    createHash("sha256")
      .update(readText("filebase64sha256", str("filebase64sha256", a, "input"), ctx))
      .digest("base64"),
  fileexists: (a, ctx) =>
    fs.existsSync(path.resolve(ctx.programDir, str("fileexists", a, "input"))),
  filemd5: (a, ctx) =>
    createHash("md5")
      .update(readText("filemd5", str("filemd5", a, "input"), ctx))
      .digest("hex"),
  filesha1: (a, ctx) =>
    createHash("sha1")
      .update(readText("filesha1", str("filesha1", a, "input"), ctx))
      .digest("hex"),
  filesha256: (a, ctx) =>
    createHash("sha256")
      .update(readText("filesha256", str("filesha256", a, "input"), ctx))
      .digest("hex"),
  flatten: (a) => list("flatten", a, "input").flat(Number.POSITIVE_INFINITY),
  floor: (a) => Math.floor(num("floor", a, "input")),
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
  jsondecode: (a) => {
    try {
      return JSON.parse(str("jsondecode", a, "input"));
    } catch (e) {
      throw new StdArgumentError("jsondecode", (e as Error).message);
    }
  },
  jsonencode: (a) => JSON.stringify(a.input ?? null),
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
  lower: (a) => str("lower", a, "input").toLowerCase(),
  max: (a) => Math.max(...list("max", a, "input").map(Number)),
  md5: hash("md5"),
  merge: (a) =>
    Object.assign(
      {},
      ...list("merge", a, "input").filter((x) => typeof x === "object" && x !== null),
    ),
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
  replace: (a) =>
    replace(str("replace", a, "text"), str("replace", a, "search"), str("replace", a, "replace")),
  reverse: (a) => [...list("reverse", a, "input")].reverse(),
  sha1: hash("sha1"),
  sha256: hash("sha256"),
  sha512: hash("sha512"),
  signum: (a) => Math.sign(num("signum", a, "input")),
  slice: (a) => list("slice", a, "list").slice(int("slice", a, "from"), int("slice", a, "to")),
  sort: (a) => list("sort", a, "input").map(String).sort(),
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
  sum: (a) => list("sum", a, "input").reduce<number>((s, x) => s + Number(x), 0),
  timeadd: (a) => timeAdd(str("timeadd", a, "timestamp"), str("timeadd", a, "duration")),
  title: (a) => str("title", a, "input").replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
  tobool: (a) => a.input === true || a.input === "true",
  tolist: (a) => list("tolist", a, "input"),
  tonumber: (a) => num("tonumber", a, "input"),
  toset: (a) => unique(list("toset", a, "input")),
  tostring: (a) => (typeof a.input === "string" ? a.input : JSON.stringify(a.input)),
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
};

/** Names of the std functions that run offline. */
export const STD_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

/** `{ result }` of a std function, or undefined when the token is not one that runs offline. */
export function callStd(
  token: string,
  args: Args,
  ctx: StdContext,
): { result: unknown } | undefined {
  if (!token.startsWith(STD_PREFIX)) return undefined;
  const name = token.slice(STD_PREFIX.length);
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  return fn ? { result: fn(args, ctx) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// format: Go's fmt verbs as Terraform's `format` uses them.

const VERB = /%(\[(\d+)\])?([-+# 0]*)(\d+|\*)?(?:\.(\d+))?([a-zA-Z%])/g;

export function format(spec: string, args: readonly unknown[]): string {
  let next = 0;
  return spec.replace(VERB, (whole, _i, index, flags: string, width, precision, verb: string) => {
    if (verb === "%") return "%";
    if (index !== undefined) next = Number(index) - 1;
    if (next >= args.length)
      throw new StdArgumentError("format", `not enough arguments for ${whole}`);
    const value = args[next++];
    let text: string;
    switch (verb) {
      case "s":
        text = typeof value === "string" ? value : JSON.stringify(value);
        break;
      case "v":
        text =
          typeof value === "string"
            ? value
            : value === null
              ? "null"
              : typeof value === "object"
                ? JSON.stringify(value)
                : String(value);
        break;
      case "q":
        text = JSON.stringify(typeof value === "string" ? value : String(value));
        break;
      case "t":
        text = String(value === true || value === "true");
        break;
      case "d": {
        const n = Number(value);
        if (!Number.isFinite(n))
          throw new StdArgumentError("format", `%d needs a number, got ${JSON.stringify(value)}`);
        text = String(Math.trunc(n));
        if (flags.includes("+") && n >= 0) text = `+${text}`;
        break;
      }
      case "f":
      case "F":
        text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
        break;
      case "e":
        text = Number(value).toExponential(precision === undefined ? 6 : Number(precision));
        break;
      case "g":
        text = String(Number(value));
        break;
      case "x":
      case "X": {
        const raw =
          typeof value === "string"
            ? Buffer.from(value).toString("hex")
            : Math.trunc(Number(value)).toString(16);
        text = verb === "X" ? raw.toUpperCase() : raw;
        break;
      }
      case "o":
        text = Math.trunc(Number(value)).toString(8);
        break;
      case "b":
        text = Math.trunc(Number(value)).toString(2);
        break;
      default:
        throw new StdArgumentError("format", `unsupported verb %${verb}`);
    }
    if (verb === "s" && precision !== undefined)
      text = [...text].slice(0, Number(precision)).join("");
    const w = width === undefined || width === "*" ? 0 : Number(width);
    if (text.length < w) {
      if (flags.includes("-")) text = text.padEnd(w);
      else if (flags.includes("0") && /[dfFexXob]/.test(verb)) {
        const sign = /^[+-]/.test(text) ? text[0] : "";
        text = sign + text.slice(sign.length).padStart(w - sign.length, "0");
      } else text = text.padStart(w);
    }
    return text;
  });
}

function formatList(spec: string, args: readonly unknown[]): string[] {
  const lengths = args.filter(Array.isArray).map((a) => (a as unknown[]).length);
  const n = lengths.length === 0 ? 1 : Math.min(...lengths);
  return Array.from({ length: n }, (_, i) =>
    format(
      spec,
      args.map((a) => (Array.isArray(a) ? a[i] : a)),
    ),
  );
}

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

// ---------------------------------------------------------------------------------------------
// CIDR arithmetic (IPv4 and IPv6) with BigInt.

interface Cidr {
  v6: boolean;
  bits: number;
  prefix: number;
  base: bigint;
}

function parseCidr(fn: string, text: string): Cidr {
  const [addr, len] = text.split("/");
  const prefix = Number(len);
  const v6 = addr.includes(":");
  const bits = v6 ? 128 : 32;
  const value = v6 ? parseIpv6(addr) : parseIpv4(addr);
  if (value === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
    throw new StdArgumentError(fn, `invalid CIDR prefix "${text}"`);
  }
  const hostBits = BigInt(bits - prefix);
  return { v6, bits, prefix, base: (value >> hostBits) << hostBits };
}

function parseIpv4(addr: string): bigint | undefined {
  const parts = addr.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255))
    return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseIpv6(addr: string): bigint | undefined {
  const [head, tail, extra] = addr.split("::");
  if (extra !== undefined) return undefined;
  const groups = (s: string | undefined) => (s ? s.split(":") : []);
  const h = groups(head);
  const t = groups(tail);
  const missing = 8 - h.length - t.length;
  if (tail === undefined ? h.length !== 8 : missing < 0) return undefined;
  const all = [...h, ...Array(tail === undefined ? 0 : missing).fill("0"), ...t];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
}

function formatAddress(value: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) =>
    ((value >> BigInt((7 - i) * 16)) & 0xffffn).toString(16),
  );
  // The longest run of zero groups (at least two) becomes "::".
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

function cidrSubnet(prefix: string, newbits: number, netnum: number): string {
  const c = parseCidr("cidrsubnet", prefix);
  const len = c.prefix + newbits;
  if (newbits < 0 || len > c.bits)
    throw new StdArgumentError("cidrsubnet", `cannot extend prefix ${prefix} by ${newbits} bits`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) {
    throw new StdArgumentError(
      "cidrsubnet",
      `prefix extension of ${newbits} bits has no network number ${netnum}`,
    );
  }
  const value = c.base | (BigInt(netnum) << BigInt(c.bits - len));
  return `${formatAddress(value, c.v6)}/${len}`;
}

function cidrSubnets(prefix: string, newbits: readonly number[]): string[] {
  const c = parseCidr("cidrsubnets", prefix);
  const out: string[] = [];
  let cursor = c.base;
  for (const nb of newbits) {
    const len = c.prefix + nb;
    if (len > c.bits)
      throw new StdArgumentError("cidrsubnets", `cannot extend prefix ${prefix} by ${nb} bits`);
    const size = 1n << BigInt(c.bits - len);
    cursor = ((cursor + size - 1n) / size) * size; // align
    out.push(`${formatAddress(cursor, c.v6)}/${len}`);
    cursor += size;
  }
  return out;
}

function cidrHost(prefix: string, host: number): string {
  const c = parseCidr("cidrhost", prefix);
  const size = 1n << BigInt(c.bits - c.prefix);
  const n = host < 0 ? size + BigInt(host) : BigInt(host);
  if (n < 0n || n >= size)
    throw new StdArgumentError("cidrhost", `prefix ${prefix} has no host number ${host}`);
  return formatAddress(c.base + n, c.v6);
}

function cidrNetmask(prefix: string): string {
  const c = parseCidr("cidrnetmask", prefix);
  if (c.v6) throw new StdArgumentError("cidrnetmask", "only IPv4 prefixes have a netmask");
  const mask = ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - c.prefix)) - 1n);
  return formatAddress(mask, false);
}

// ---------------------------------------------------------------------------------------------
// timeadd: an RFC 3339 timestamp plus a Go duration ("1h30m", "-10m").

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

function timeAdd(timestamp: string, duration: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})$/i.exec(timestamp);
  if (!m) throw new StdArgumentError("timeadd", `"${timestamp}" is not an RFC 3339 timestamp`);
  const d = /^([+-])?((?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/.exec(duration);
  if (!d) throw new StdArgumentError("timeadd", `"${duration}" is not a duration such as 1h30m`);
  let ms = 0;
  for (const part of d[2].matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    ms += Number(part[1]) * DURATION_UNITS[part[2]];
  }
  if (d[1] === "-") ms = -ms;
  const zone = m[2].toUpperCase();
  const offsetMin =
    zone === "Z"
      ? 0
      : (zone.startsWith("-") ? -1 : 1) *
        (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const at = Date.parse(`${m[1]}${m[2]}`) + ms;
  const local = new Date(at + offsetMin * 60_000).toISOString().replace(/\.000Z$/, "Z");
  return zone === "Z" ? local : local.replace(/(\.\d+)?Z$/, "$1") + zone;
}
