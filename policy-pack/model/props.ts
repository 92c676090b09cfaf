/**
 * Reading resource properties safely.
 *
 * The engine hands a policy plain JSON-like values, but during a preview any of them can be the
 * unknown sentinel, a secret, or simply the wrong shape. `@pulumi/policy` wraps props in a proxy
 * that throws on unknowns, which the SDK turns into an *advisory* "can't run during preview": a
 * mandatory check would silently soften. Every read here unwraps that proxy first and returns a
 * tagged value instead of throwing, so each policy decides what an unknown or a bad shape means.
 */

/** Sentinels the engine uses for values computed during a preview (see `@pulumi/policy` proxy.js). */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (the one the engine sends for every unknown)
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The wire signature of a secret: `{ [SECRET_SIG_KEY]: SECRET_SIG, value }`. */
export const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** `@pulumi/policy`'s proxy answers this key with the object it wraps. */
const PROXY_TARGET_KEY = "__getSpecialProxyTarget";

export type Read<T> =
  | { kind: "known"; value: T; secret: boolean }
  | { kind: "missing" }
  | { kind: "unknown" }
  | { kind: "invalid"; expected: string; got: string };

export type Props = Readonly<Record<string, unknown>>;

export function isUnknownValue(v: unknown): boolean {
  return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

/**
 * Returns the object behind `@pulumi/policy`'s proxies (the unknown-checking one, and the
 * secret-preserving one inside it when secrets are kept), or `v` itself.
 */
export function unwrapProxy(v: unknown): unknown {
  let cur = v;
  for (let i = 0; i < 4 && cur !== null && typeof cur === "object"; i++) {
    let target: unknown;
    try {
      target = (cur as Record<string, unknown>)[PROXY_TARGET_KEY];
    } catch {
      return cur; // A hostile getter: treat the value as it is.
    }
    if (target === undefined || target === null || typeof target !== "object" || target === cur) {
      return cur;
    }
    cur = target;
  }
  return cur;
}

interface SecretBox {
  value: unknown;
}

/**
 * Recognises the secret wrappers that can reach a policy: the wire form, and the `Secret` class
 * of `@pulumi/policy` (an object whose only own key is `value`, whose class is named Secret).
 */
export function secretInner(v: unknown): SecretBox | undefined {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (o[SECRET_SIG_KEY] === SECRET_SIG) return { value: o.value };
  const ctor = (o as { constructor?: { name?: unknown } }).constructor;
  if (ctor && ctor.name === "Secret" && "value" in o) return { value: o.value };
  return undefined;
}

/** Strips proxy and secret wrappers, reporting whether a secret was crossed. */
function peel(v: unknown): { value: unknown; secret: boolean } {
  let value = unwrapProxy(v);
  let secret = false;
  for (let i = 0; i < 4; i++) {
    const inner = secretInner(value);
    if (!inner) break;
    secret = true;
    value = unwrapProxy(inner.value);
  }
  return { value, secret };
}

export function describeShape(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}

function ownField(obj: unknown, key: string): unknown {
  const o = unwrapProxy(obj);
  if (o === null || typeof o !== "object" || Array.isArray(o)) return undefined;
  try {
    return Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a raw value at a path of keys. Missing (undefined or absent) and null both read as
 * `missing`: the engine drops undefined values and Terraform-bridged providers send null for
 * unset optional inputs.
 */
export function readRaw(obj: unknown, ...path: string[]): Read<unknown> {
  let cur: unknown = obj;
  let secret = false;
  for (const key of path) {
    const peeled = peel(cur);
    secret ||= peeled.secret;
    if (isUnknownValue(peeled.value)) return { kind: "unknown" };
    cur = ownField(peeled.value, key);
    if (cur === undefined) return { kind: "missing" };
  }
  const peeled = peel(cur);
  secret ||= peeled.secret;
  if (peeled.value === undefined || peeled.value === null) return { kind: "missing" };
  if (isUnknownValue(peeled.value)) return { kind: "unknown" };
  return { kind: "known", value: peeled.value, secret };
}

/** A string input. Numbers are not strings: a number where a string belongs is `invalid`. */
export function readString(obj: unknown, ...path: string[]): Read<string> {
  const r = readRaw(obj, ...path);
  if (r.kind !== "known") return r;
  if (typeof r.value === "string") return { kind: "known", value: r.value, secret: r.secret };
  return { kind: "invalid", expected: "a string", got: describeShape(r.value) };
}

/**
 * A numeric input. Many Alibaba inputs are numbers typed as strings (`bandwidth: "5"`), and
 * non-string provider inputs arrive JSON-encoded, so a decimal string is accepted too.
 */
export function readNumber(obj: unknown, ...path: string[]): Read<number> {
  const r = readRaw(obj, ...path);
  if (r.kind !== "known") return r;
  if (typeof r.value === "number" && Number.isFinite(r.value)) {
    return { kind: "known", value: r.value, secret: r.secret };
  }
  if (typeof r.value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(r.value)) {
    return { kind: "known", value: Number(r.value), secret: r.secret };
  }
  return { kind: "invalid", expected: "a number", got: describeShape(r.value) };
}

/** A boolean input; `"true"`/`"false"` strings (JSON-encoded provider inputs) are accepted. */
export function readBoolean(obj: unknown, ...path: string[]): Read<boolean> {
  const r = readRaw(obj, ...path);
  if (r.kind !== "known") return r;
  if (typeof r.value === "boolean") return { kind: "known", value: r.value, secret: r.secret };
  if (r.value === "true" || r.value === "false") {
    return { kind: "known", value: r.value === "true", secret: r.secret };
  }
  return { kind: "invalid", expected: "a boolean", got: describeShape(r.value) };
}

/** An array input; its elements are returned raw (still possibly unknown, secret or ill-shaped). */
export function readArray(obj: unknown, ...path: string[]): Read<readonly unknown[]> {
  const r = readRaw(obj, ...path);
  if (r.kind !== "known") return r;
  if (Array.isArray(r.value)) return { kind: "known", value: r.value, secret: r.secret };
  return { kind: "invalid", expected: "a list", got: describeShape(r.value) };
}

/** An object input (a nested block such as `listen` or `hostConfig`). */
export function readObject(obj: unknown, ...path: string[]): Read<Props> {
  const r = readRaw(obj, ...path);
  if (r.kind !== "known") return r;
  if (typeof r.value === "object" && !Array.isArray(r.value)) {
    return { kind: "known", value: r.value as Props, secret: r.secret };
  }
  return { kind: "invalid", expected: "an object", got: describeShape(r.value) };
}

/** `r`, marked secret when it was read out of a secret container (`secret`). */
export function withSecret<T>(r: Read<T>, secret: boolean): Read<T> {
  return r.kind === "known" && secret && !r.secret ? { ...r, secret: true } : r;
}

/**
 * Each element of a list read with readArray as a string, with its path (`field[i]`); an unknown
 * list is one unknown entry at `field`, a missing or ill-shaped one gives none. An element read
 * out of a secret list is secret too.
 */
export function readStringList(
  list: Read<readonly unknown[]>,
  field: string,
): Array<[Read<string>, string]> {
  if (list.kind === "unknown") return [[{ kind: "unknown" }, field]];
  if (list.kind !== "known") return [];
  return list.value.map((v, i) => [
    withSecret(readString({ v }, "v"), list.secret),
    `${field}[${i}]`,
  ]);
}

/** A string-to-string map such as `tags`; entries that are not strings are dropped. */
export function readStringMap(obj: unknown, ...path: string[]): Read<Record<string, string>> {
  const r = readObject(obj, ...path);
  if (r.kind !== "known") return r;
  const out: Record<string, string> = {};
  let secret = r.secret;
  for (const key of Object.keys(r.value)) {
    const v = readString(r.value, key);
    if (v.kind === "known") {
      out[key] = v.value;
      secret ||= v.secret;
    }
  }
  return { kind: "known", value: out, secret };
}

/** A value safe to print: secrets are never shown, whatever the caller asks. */
export function shown(r: Read<unknown>, fallback = "(not set)"): string {
  switch (r.kind) {
    case "known":
      return r.secret ? "[secret]" : String(r.value);
    case "unknown":
      return "(unknown until apply)";
    case "missing":
      return fallback;
    case "invalid":
      return `(${r.got}, expected ${r.expected})`;
  }
}

/** Deep copy of a property bag with every proxy removed and every unknown sentinel kept as is. */
export function plainProps(v: unknown): Record<string, unknown> {
  const p = unwrapProxy(v);
  if (p === null || typeof p !== "object" || Array.isArray(p)) return {};
  return p as Record<string, unknown>;
}
