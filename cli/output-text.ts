/**
 * A Pulumi `Output` put into a plain template string (`` `www.${bucket.bucket}` ``) becomes
 * Pulumi's ten-line "Calling [toString] on an [Output<T>] is not supported…" text. Quoted as is,
 * it buries the message it sits in; here it is shortened to one marker, with a one-line hint.
 */
import type { CliLang } from "./i18n";
import { cliText } from "./i18n";

const START = /Calling \[(?:toString|toJSON)\] on an \[Output<T>\] is not supported\./;
const END = "This function may throw in a future version of @pulumi/pulumi.";
/** What the long text is replaced with. */
export const OUTPUT_MARKER = "[Output]";

/** Whether a value holds Pulumi's text for an Output rendered as a string. */
export function hasOutputText(s: string): boolean {
  return START.test(s);
}

/** Every occurrence of Pulumi's text replaced by OUTPUT_MARKER (non-greedy, so each one alone). */
export function collapseOutputText(s: string): string {
  if (!hasOutputText(s)) return s;
  let out = "";
  let rest = s;
  for (let m = START.exec(rest); m; m = START.exec(rest)) {
    out += rest.slice(0, m.index) + OUTPUT_MARKER;
    const after = rest.slice(m.index + m[0].length);
    const end = after.indexOf(END);
    // Without the closing sentence (toJSON's text, or a cut value), the text runs to the next quote or line end after its last line.
    rest =
      end >= 0
        ? after.slice(end + END.length)
        : after.replace(
            /^[\s\S]*?error lint on using Output<T> in template literals\.|^[^"\n]*/,
            "",
          );
  }
  return out + rest;
}

/**
 * A message (or reason) with each Output text collapsed, and once a hint on how to build the
 * value; the message unchanged when it holds none.
 */
export function withOutputHint(message: string, lang: CliLang): string {
  if (!hasOutputText(message)) return message;
  const collapsed = collapseOutputText(message).replace(/\n+$/, "");
  return `${collapsed}\n${cliText(lang).outputInTemplate}`;
}
