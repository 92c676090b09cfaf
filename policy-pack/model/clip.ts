/**
 * How a message quotes a value someone wrote (a domain, a number, a tag, a registry field): never
 * more than MAX_SHOWN characters, the cut marked with "…", and control characters (a line break
 * could forge a line of the report) shown as escapes. Every message that quotes a user value goes
 * through `clip`, in every language and report format.
 */

/** The longest a domain name can be; no value a message quotes needs more to be recognised. */
export const MAX_SHOWN = 253;

const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * C0 and C1 controls, DEL, the two Unicode line separators, and the bidirectional overrides and
 * isolates (which can make a report line read other than it is).
 */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Every control character as a visible escape (`\n`, `\r`, `\t`, `\u001b`...): the one way
 * icp-guard and the pack make text from inputs or packs safe to print on a line of its own.
 */
export function escapeControls(s: string): string {
  let out = "";
  for (const c of s) {
    const code = c.charCodeAt(0);
    out += isControl(code) ? (ESCAPES[c] ?? `\\u${code.toString(16).padStart(4, "0")}`) : c;
  }
  return out;
}

/** `value` as a message may show it: its first MAX_SHOWN characters ("…" marks a cut). */
export function clip(value: string): string {
  let shown = value;
  if (value.length > MAX_SHOWN) {
    let end = MAX_SHOWN;
    // Never split a surrogate pair (an emoji, a rare CJK character).
    const last = value.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    shown = `${value.slice(0, end)}…`;
  }
  return escapeControls(shown);
}

/** `clip(value)` in double quotes, as messages quote what was written. */
export function quote(value: string): string {
  return `"${clip(value)}"`;
}
