/**
 * The last line of defence for secrets: a value found inside a secret of a request (see
 * framework/deserializer-patch.ts) is replaced wherever it still appears in a message. Policies
 * already print "[secret]" for every value they read out of a secret (model/props.ts); this
 * catches one that did not.
 */
import { SECRET_TEXT } from "./sentinels";

/**
 * Shorter secrets are left to the reads that know they are secret: a secret protocol "http",
 * port "8080" or tag value "true" must not garble every message that says HTTP, 8080 or true.
 */
const MIN_REDACTED = 6;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Replaces each occurrence of a secret value in `text` (case-insensitive, not inside a longer
 * word or number) by "[secret]". The last line of defence: policies already print "[secret]"
 * for every value they read out of a secret; this catches one that did not.
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  let lower = out.toLowerCase();
  for (const secret of secrets) {
    const needle = secret.trim();
    if (needle.length < MIN_REDACTED || !lower.includes(needle.toLowerCase())) continue;
    const re = new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(needle)}(?![A-Za-z0-9_-])`, "gi");
    out = out.replace(re, SECRET_TEXT);
    lower = out.toLowerCase();
  }
  return out;
}
