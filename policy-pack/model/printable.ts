/**
 * Text that is safe to print: no control characters (a resource name with a newline or an ANSI
 * escape must not be able to forge or hide a report line) and no secret.
 */
import { SECRET_TEXT } from "./sentinels";

/** C0 and C1 controls, DEL, line/paragraph separators and the bidirectional overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Every control character as a visible escape: `\n`, `\r`, `\t`, `\x1b`, `\u202e`. */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

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
