/**
 * The encrypted secrets of a `pulumi stack export`, opened as `pulumi policy analyze --file` opens
 * them, so `icp-guard scan` of an export and the real engine judge the same values:
 * - a passphrase stack's secrets are decrypted when PULUMI_CONFIG_PASSPHRASE (or the file named by
 *   PULUMI_CONFIG_PASSPHRASE_FILE) holds its passphrase: PBKDF2-SHA256 of the passphrase with the
 *   salt of `secrets_providers.state.salt` (1,000,000 iterations, a 32-byte key), then AES-256-GCM
 *   of each `v1:<nonce>:<ciphertext>`; a wrong passphrase fails the check value kept beside the
 *   salt;
 * - otherwise (no passphrase, a wrong one, a cloud or service secrets provider that cannot be
 *   reached offline, a value that does not decrypt), every secret of the export is redacted to the
 *   string "[secret]", still a secret, and a warning says why and what to set.
 * A decrypted secret stays a secret (`{sig, plaintext}`, the `--show-secrets` form): the pack
 * decides with its value and prints it as "[secret]".
 */
import { createDecipheriv, pbkdf2Sync } from "node:crypto";
import * as fs from "node:fs";
import { isWireSecret, SECRET_SIG, SIG_KEY } from "../policy-pack/model/sentinels";
import { isRecord } from "./state-check";

/** What the engine's blinding decrypter gives for every secret: the text "[secret]". */
export const REDACTED_PLAINTEXT = JSON.stringify("[secret]");

const ITERATIONS = 1_000_000;
const KEY_BYTES = 32;
const TAG_BYTES = 16;
const NONCE_BYTES = 12;
const CHECK_TEXT = "pulumi";

/** Why the secrets of an export could not be opened (worded by cli/i18n/secrets.ts). */
export type RedactReason =
  | { kind: "no-provider" }
  | { kind: "provider-offline"; provider: string }
  | { kind: "bad-salt" }
  | { kind: "no-passphrase" }
  | { kind: "passphrase-file"; file: string; code: string }
  | { kind: "wrong-passphrase" }
  | { kind: "bad-value" };

class CannotOpen extends Error {
  constructor(readonly reason: RedactReason) {
    super(reason.kind);
  }
}

export interface OpenedSecrets {
  /** The resources with every `ciphertext` secret replaced by its plaintext form. */
  resources: unknown[];
  /** Set when the secrets were redacted: why, for a one-line warning. */
  redactedBecause?: RedactReason;
}

type Decrypt = (ciphertext: string) => string;

/**
 * Opens the `ciphertext` secrets of an export's resources; resources without any are returned as
 * they are (the same array).
 */
export function openExportSecrets(
  deployment: Record<string, unknown>,
  resources: unknown[],
  env: NodeJS.ProcessEnv = process.env,
): OpenedSecrets {
  const ciphertexts = new Set<string>();
  collect(resources, ciphertexts);
  if (ciphertexts.size === 0) return { resources };

  let plaintexts: Map<string, string>;
  let redactedBecause: RedactReason | undefined;
  try {
    const decrypt = passphraseDecrypter(deployment.secrets_providers, env);
    plaintexts = new Map();
    for (const c of ciphertexts) {
      let text: string;
      try {
        text = decrypt(c);
        JSON.parse(text); // the engine unmarshals every plaintext as JSON: one that is not fails all
      } catch {
        throw new CannotOpen({ kind: "bad-value" });
      }
      plaintexts.set(c, text);
    }
  } catch (e) {
    redactedBecause = e instanceof CannotOpen ? e.reason : { kind: "bad-value" };
    plaintexts = new Map([...ciphertexts].map((c) => [c, REDACTED_PLAINTEXT]));
  }
  return { resources: replace(resources, plaintexts) as unknown[], redactedBecause };
}

function isCiphertextSecret(v: Record<string, unknown>): v is Record<string, unknown> & {
  ciphertext: string;
} {
  return isWireSecret(v) && typeof v.ciphertext === "string";
}

function collect(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) {
    for (const el of v) collect(el, into);
  } else if (isRecord(v)) {
    if (isCiphertextSecret(v)) into.add(v.ciphertext);
    else for (const el of Object.values(v)) collect(el, into);
  }
}

function replace(v: unknown, plaintexts: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(v)) return v.map((el) => replace(el, plaintexts));
  if (!isRecord(v)) return v;
  if (isCiphertextSecret(v)) {
    return { [SIG_KEY]: SECRET_SIG, plaintext: plaintexts.get(v.ciphertext) ?? REDACTED_PLAINTEXT };
  }
  const out: Record<string, unknown> = {};
  for (const [k, el] of Object.entries(v)) out[k] = replace(el, plaintexts);
  return out;
}

/** The passphrase secrets manager of an export; throws CannotOpen saying why there is none. */
function passphraseDecrypter(providers: unknown, env: NodeJS.ProcessEnv): Decrypt {
  if (!isRecord(providers) || typeof providers.type !== "string") {
    throw new CannotOpen({ kind: "no-provider" });
  }
  if (providers.type !== "passphrase") {
    throw new CannotOpen({ kind: "provider-offline", provider: providers.type });
  }
  const state = isRecord(providers.state) ? providers.state.salt : undefined;
  const parts = typeof state === "string" ? state.split(":") : [];
  if (typeof state !== "string" || parts.length < 3 || parts[0] !== "v1") {
    throw new CannotOpen({ kind: "bad-salt" });
  }
  const passphrase = passphraseFromEnv(env);
  const key = pbkdf2Sync(
    passphrase,
    Buffer.from(parts[1], "base64"),
    ITERATIONS,
    KEY_BYTES,
    "sha256",
  );
  const decrypt: Decrypt = (value) => decryptValue(key, value);
  let check: string | undefined;
  try {
    // The rest of the state, `v1:<nonce>:<ciphertext>`, is the word "pulumi" under this key.
    check = decrypt(parts.slice(2).join(":"));
  } catch {
    check = undefined;
  }
  if (check !== CHECK_TEXT) {
    throw new CannotOpen({ kind: "wrong-passphrase" });
  }
  return decrypt;
}

function passphraseFromEnv(env: NodeJS.ProcessEnv): string {
  const phrase = env.PULUMI_CONFIG_PASSPHRASE;
  if (phrase !== undefined) return phrase;
  const file = env.PULUMI_CONFIG_PASSPHRASE_FILE;
  if (file) {
    try {
      return fs.readFileSync(file, "utf8").trim();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
      throw new CannotOpen({ kind: "passphrase-file", file, code });
    }
  }
  throw new CannotOpen({ kind: "no-passphrase" });
}

/** `v1:<nonce base64>:<ciphertext+tag base64>`, AES-256-GCM (Go's cipher.NewGCM layout). */
function decryptValue(key: Buffer, value: string): string {
  const parts = value.split(":");
  if (parts.length !== 3 || parts[0] !== "v1") throw new Error("a secret is not a v1 value");
  const nonce = Buffer.from(parts[1], "base64");
  const sealed = Buffer.from(parts[2], "base64");
  if (nonce.length !== NONCE_BYTES || sealed.length < TAG_BYTES) {
    throw new Error("a secret is not a v1 value");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
    decipher.final(),
  ]).toString("utf8");
}
