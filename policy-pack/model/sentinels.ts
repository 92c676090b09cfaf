/**
 * The engine's special values, in one place for the pack and the CLI: the sentinels that stand
 * for a value computed during a preview, the signature that marks secrets (and assets, archives,
 * resource references) on the wire, and what a secret is.
 *
 * A value is secret when it is wrapped in a secret, in any of the forms that reach us:
 * - the wire form `{ [SIG_KEY]: SECRET_SIG, value }` (what the engine sends a pack);
 * - the export forms of `pulumi stack export`: `{ [SIG_KEY]: SECRET_SIG, ciphertext }` (encrypted:
 *   the value cannot be known) and, with `--show-secrets`, `{ [SIG_KEY]: SECRET_SIG, plaintext }`
 *   (the value, JSON-encoded);
 * - a `SecretBox`, which our deserialiser makes of the wire form (framework/deserializer-patch.ts)
 *   and which `model/props.ts` puts around every element and field it hands out of a secret list
 *   or object, so that secrecy follows the value however deep a policy reads;
 * - an instance of `@pulumi/policy`'s own `Secret` class (what the SDK's deserialiser makes).
 * An object that merely looks like one of these (say, own keys `constructor: {name: "Secret"}` and
 * `value` in a resource's data) is ordinary data: reading through it must never yield its `value`.
 */

/** The unknown sentinel the engine sends for every value computed during a preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Every unknown sentinel `@pulumi/policy` knows (proxy.js): string, boolean, number, ... */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  UNKNOWN, // string (the one the engine sends for every unknown)
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

export function isUnknownValue(v: unknown): boolean {
  return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

/** The key of every special object on the wire; its value says which kind it is. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
export const RESOURCE_REF_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
export const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/**
 * How deep a value may nest (lists and objects inside one another, counted from a resource's
 * property map). Real resources stay far below it; icp-guard refuses an input file with a deeper
 * value, and the pack reads anything deeper as unknown (so a check reports that it could not
 * verify, never a pass). It keeps every recursive walk over values far from the stack's limit.
 */
export const MAX_VALUE_DEPTH = 100;

/** How a secret is shown, in every message, report and language. */
export const SECRET_TEXT = "[secret]";

/**
 * A secret value, as our code holds it. The private field is a brand no plain object can carry,
 * so `SecretBox.is` cannot be fooled by data that looks like a box.
 */
export class SecretBox {
  readonly #brand = true;
  private constructor(readonly value: unknown) {}

  static of(value: unknown): SecretBox {
    return SecretBox.is(value) ? value : new SecretBox(value);
  }

  static is(v: unknown): v is SecretBox {
    return typeof v === "object" && v !== null && #brand in v;
  }
}

type SdkSecretClass = abstract new (...args: never[]) => { value: unknown };
let sdkSecretClass: SdkSecretClass | null | undefined;

/** `@pulumi/policy`'s `Secret` class, when the SDK is installed (it is, wherever the pack runs). */
function sdkSecret(): SdkSecretClass | null {
  if (sdkSecretClass === undefined) {
    try {
      const mod = require("@pulumi/policy/policy") as { Secret?: unknown };
      sdkSecretClass = typeof mod.Secret === "function" ? (mod.Secret as SdkSecretClass) : null;
    } catch {
      sdkSecretClass = null;
    }
  }
  return sdkSecretClass;
}

function hasOwn(o: object, key: string): boolean {
  return Object.hasOwn(o, key);
}

function ownValue(o: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d && "value" in d ? d.value : undefined;
}

/** Whether `v` carries the secret signature (wire or export form). */
export function isWireSecret(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  try {
    return ownValue(v, SIG_KEY) === SECRET_SIG;
  } catch {
    return false; // a hostile proxy
  }
}

/**
 * The value inside a secret, or undefined when `v` is not a secret. An encrypted export secret
 * has the unknown sentinel as value: the decision cannot use it, only know it is a secret.
 */
export function secretContent(v: unknown): { value: unknown } | undefined {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  if (SecretBox.is(v)) return { value: v.value };
  if (isWireSecret(v)) {
    if (hasOwn(v, "value")) return { value: ownValue(v, "value") };
    const plaintext = ownValue(v, "plaintext");
    if (typeof plaintext === "string") return { value: parsePlaintext(plaintext) };
    return { value: UNKNOWN };
  }
  // The SDK's class, checked by identity: a look-alike whose constructor is *named* Secret is data.
  // Plain data (JSON) has Object.prototype or none: only a class instance is worth the look.
  try {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) return undefined;
    const Sdk = sdkSecret();
    if (Sdk && v instanceof Sdk) return { value: ownValue(v, "value") };
  } catch {
    // A hostile proxy: not a secret we recognise.
  }
  return undefined;
}

/** `--show-secrets` exports hold the value JSON-encoded; a string that is not JSON is itself. */
export function parsePlaintext(plaintext: string): unknown {
  try {
    return JSON.parse(plaintext);
  } catch {
    return plaintext;
  }
}

/**
 * Whether a value holds an unknown anywhere (inside secrets, lists and objects, at most 32 levels
 * deep). The engine configures no provider whose inputs hold one (framework/preview-inputs.ts).
 */
export function containsUnknown(v: unknown, depth = 0): boolean {
  if (isUnknownValue(v)) return true;
  if (depth >= 32 || v === null || typeof v !== "object") return false;
  const inner = secretContent(v);
  if (inner) return containsUnknown(inner.value, depth + 1);
  try {
    const values = Array.isArray(v) ? v : Object.values(v);
    return values.some((el) => containsUnknown(el, depth + 1));
  } catch {
    return false; // a hostile proxy: nothing we can read
  }
}
