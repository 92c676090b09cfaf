/**
 * How request properties become the values the policies read. In this process `@pulumi/policy`'s
 * `deserializeProperties` is replaced by `deserializeStruct`, which differs from the SDK's in four
 * ways:
 *
 * - Secrets stay secret. The SDK unwraps them before a policy sees them, so a policy could not
 *   tell a secret domain from a plain one and might print it into a CI log. Here each secret
 *   becomes a `SecretBox` (model/sentinels.ts), which model/props.ts reads as secret, and every
 *   value found inside a secret is remembered for the request (`secretTexts`), so the SDK adapter
 *   can make sure none of them reaches a message, whatever a policy wrote.
 * - It never throws. The SDK throws on an asset or archive without its fields and on a signature
 *   it does not know, which fails the whole Analyze call with the pack's stack trace. Here such an
 *   object is ordinary data: no policy reads an asset, and an object where a string is expected is
 *   an ill-shaped value the policy reports.
 * - Nesting is bounded. A value nested deeper than MAX_VALUE_DEPTH is replaced by the unknown
 *   sentinel: the check that needs it reports that it could not verify, never a pass, and nothing
 *   recurses without bound. (icp-guard refuses such inputs before they reach a pack.)
 * - Each request's properties are deserialised once. The SDK deserialises every resource again
 *   for every policy (13 here); memoising on the protobuf Struct, which belongs to one request,
 *   gives every policy of that request the same objects, and lets the stack model be shared.
 *
 * Should the SDK's internals change shape, nothing is patched and the pack still runs (slower,
 * and secrets then print as values); test/engine proves the patch is in effect for the pinned SDK.
 */
import {
  isUnknownValue,
  MAX_VALUE_DEPTH,
  SECRET_SIG,
  SecretBox,
  SIG_KEY,
  secretContent,
  UNKNOWN,
} from "../model/sentinels";

interface StructLike {
  toJavaScript(): unknown;
}

/** Strings found inside secrets, by the property object they were deserialised into. */
const secretsOf = new WeakMap<object, readonly string[]>();
/** Property objects whose Struct could not be read at all. */
const unreadable = new WeakSet<object>();

/** Every primitive value inside a secret of this property object (as text), for redaction. */
export function secretTexts(props: object): readonly string[] {
  return secretsOf.get(props) ?? [];
}

/** True when the request's properties could not be read: the policy must not judge them. */
export function isUnreadable(props: object): boolean {
  return unreadable.has(props);
}

function isStruct(v: unknown): v is StructLike {
  return (
    typeof v === "object" && v !== null && typeof (v as StructLike).toJavaScript === "function"
  );
}

/** A protobuf Struct → the property object the policies read (see the file comment). */
export function deserializeStruct(struct: unknown): Record<string, unknown> {
  let js: unknown;
  try {
    js = isStruct(struct) ? struct.toJavaScript() : {};
  } catch {
    const props = {};
    unreadable.add(props);
    return props;
  }
  return deserializeObject(js);
}

/** A plain JSON-like object (the wire form) → the property object the policies read. */
export function deserializeObject(js: unknown): Record<string, unknown> {
  const secrets: string[] = [];
  const converted = convert(js, 0, false, secrets);
  const props =
    converted !== null && typeof converted === "object" && !Array.isArray(converted)
      ? (converted as Record<string, unknown>)
      : {};
  if (secrets.length > 0) secretsOf.set(props, secrets);
  return props;
}

function convert(v: unknown, depth: number, inSecret: boolean, secrets: string[]): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object") {
    // Booleans say nothing worth hiding, and redacting "true" would garble every message.
    if (inSecret && typeof v !== "boolean" && !isUnknownValue(v) && v !== "")
      secrets.push(String(v));
    return v;
  }
  if (depth >= MAX_VALUE_DEPTH) return UNKNOWN;
  if (Array.isArray(v)) return v.map((el) => convert(el, depth + 1, inSecret, secrets));
  const obj = v as Record<string, unknown>;
  if (Object.hasOwn(obj, SIG_KEY) && obj[SIG_KEY] === SECRET_SIG) {
    const inner = secretContent(obj)?.value ?? null;
    return SecretBox.of(convert(inner, depth + 1, true, secrets));
  }
  // Plain objects, and assets, archives and unknown signatures kept as the data they are.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    const value = convert(obj[key], depth + 1, inSecret, secrets);
    if (key === "__proto__") {
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = value;
    }
  }
  return out;
}

type Deserialize = (struct: unknown, keepSecrets?: boolean) => unknown;

export function patchDeserializer(): boolean {
  try {
    const mod = require("@pulumi/policy/deserialize") as { deserializeProperties?: unknown };
    const original = mod.deserializeProperties;
    if (typeof original !== "function") return false;
    if ((original as { icpGuardPatched?: boolean }).icpGuardPatched) return true;
    const memo = new WeakMap<object, Record<string, unknown>>();
    const patched: Deserialize & { icpGuardPatched?: boolean } = (struct) => {
      if (struct === null || typeof struct !== "object") return deserializeStruct(struct);
      let props = memo.get(struct);
      if (props === undefined) {
        props = deserializeStruct(struct);
        memo.set(struct, props);
      }
      return props;
    };
    patched.icpGuardPatched = true;
    mod.deserializeProperties = patched;
    return true;
  } catch {
    return false;
  }
}
