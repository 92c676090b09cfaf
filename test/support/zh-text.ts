/**
 * Is a message really in Simplified Chinese? What may stay in Latin script inside a Chinese
 * message is what the person copies or searches for: quoted values, resource references
 * (`cdn.DomainNew "x"`), URNs, field names and config keys (`instanceChargeType: PrePaid`),
 * file names, regions, acronyms (ECS, ICP), numbers and ICP numbers. Once those are taken out, no
 * run of three or more English words may remain, and Chinese text must.
 */

/** `京ICP备12345678号-1`, `京ICP证041189号`, `粤公网安备44030502008569号`, `ICP备12345678号` */
const ICP_NUMBER = /[\u4e00-\u9fff]{0,4}(?:ICP[备证]|公网安备|B[12]-)\s*[\d-]+号?(?:-\d+[AXK]?)?/gu;
/** "…" and “…” (values a person gave: domains, names, exemption reasons). */
const QUOTED = /"[^"\n]*"|“[^”\n]*”/gu;
const URN = /urn:pulumi:\S+/gu;
/** A token between whitespace, CJK text and full-width punctuation. */
const TOKEN = /[\x21-\x7e]+/gu;

/** Code-ish: anything but a plain word (camelCase, dotted, with digits, symbols), or an acronym. */
function isCodeish(token: string): boolean {
  const word = token.replace(/^[(,;'`]+|[),;'`.:]+$/gu, "");
  if (word === "") return true;
  if (/[^A-Za-z']/u.test(word)) return true;
  if (/[a-z][A-Z]/u.test(word)) return true;
  if (/^[A-Z]{2,}s?$/u.test(word)) return true;
  return false;
}

/** The message with every permitted Latin-script fragment blanked out. */
export function withoutPermittedLatin(message: string): string {
  return message
    .replace(URN, " ")
    .replace(QUOTED, " ")
    .replace(ICP_NUMBER, " ")
    .replace(TOKEN, (t) => (isCodeish(t) ? " " : t));
}

/** Runs of three or more English words left in a message, once permitted fragments are gone. */
export function englishRuns(message: string): string[] {
  const rest = withoutPermittedLatin(message);
  return rest.match(/[A-Za-z']+(?:[\s,;()]+[A-Za-z']+){2,}/gu) ?? [];
}

export function hasChinese(message: string): boolean {
  return /[\u4e00-\u9fff]/u.test(withoutPermittedLatin(message));
}
