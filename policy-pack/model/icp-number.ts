/**
 * ICP numbers as the MIIT issues them (docs/domains.md): website/app filings (备案号), ICP licences
 * (ICP证), value-added telecom licences (B1/B2), and public-security filings (公网安备).
 */

/** Province abbreviations that start an ICP number (蜀/黔/滇/陇 are the alternative forms). */
export const PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕甘陇青宁新";

export type IcpNumberKind = "filing" | "licence" | "value-added";

/** Why a number was refused; the message catalog words each reason. */
export type IcpNumberProblem =
  | "empty"
  | "no-province" // ICP备12345678号
  | "unknown-province" // HKICP备12345678号
  | "bad-digits" // 京ICP备123号
  | "bad-shape";

export type IcpNumberCheck =
  | { valid: true; normalised: string; kind: IcpNumberKind }
  | { valid: false; normalised: string; reason: IcpNumberProblem };

export type PsbNumberCheck =
  | { valid: true; normalised: string }
  | { valid: false; normalised: string; reason: IcpNumberProblem };

const P = `[${PROVINCES}]`;
const FILING = new RegExp(`^${P}ICP备\\d{6,10}号(?:-\\d{1,4})?[AXK]?$`);
const LICENCE = new RegExp(`^${P}ICP证\\d{6}号$`);
const VALUE_ADDED = new RegExp(`^${P}?B[12]-\\d{8}(?:-\\d+)*$`);
const PSB = new RegExp(`^${P}公网安备\\d{14}号$`);

/** Folds full-width ASCII (Ｂ２－２００９) to ASCII, drops every kind of space, upper-cases ICP. */
export function foldNumber(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, "")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/icp/gi, "ICP")
    .replace(/b([12])-/g, "B$1-");
}

/** Names the first thing wrong with a number that matched no accepted shape. */
function problem(n: string): IcpNumberProblem {
  if (n === "") return "empty";
  const m = /^(.*?)(ICP[备证]|B[12]-|公网安备)/.exec(n);
  if (!m) return "bad-shape";
  const prefix = m[1];
  if (prefix === "") return m[2].startsWith("B") ? "bad-shape" : "no-province";
  if (prefix.length !== 1 || !PROVINCES.includes(prefix)) return "unknown-province";
  // The prefix is right, so what follows it (digits, 号, suffix) is what is wrong.
  return "bad-digits";
}

export function checkIcpNumber(raw: string): IcpNumberCheck {
  const n = foldNumber(raw);
  if (FILING.test(n)) return { valid: true, normalised: n, kind: "filing" };
  if (LICENCE.test(n)) return { valid: true, normalised: n, kind: "licence" };
  if (VALUE_ADDED.test(n)) return { valid: true, normalised: n, kind: "value-added" };
  return { valid: false, normalised: n, reason: problem(n) };
}

export function checkPsbNumber(raw: string): PsbNumberCheck {
  const n = foldNumber(raw);
  if (PSB.test(n)) return { valid: true, normalised: n };
  return { valid: false, normalised: n, reason: problem(n) };
}
