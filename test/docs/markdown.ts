/**
 * Reading the documentation that ships, for the tests that keep it honest: the files git tracks,
 * fenced code blocks, links and the anchors GitHub gives headings, and each policy's settings.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const POLICIES_DIR = path.join(ROOT, "policy-pack", "policies");
export const EXAMPLES_DIR = path.join(ROOT, "examples");

/** Every file git tracks (what a clone ships), relative to the root, `/`-separated. */
export function trackedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  return out.split("\0").filter((f) => f !== "" && existsSync(path.join(ROOT, f)));
}

/** The folders under policy-pack/policies/, one per policy. */
export function policyFolders(): string[] {
  return readdirSync(POLICIES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The example programs: folders of examples/ with an expected.json. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(EXAMPLES_DIR, d.name, "expected.json")))
    .map((d) => d.name)
    .sort();
}

export function read(rel: string): string {
  return readFileSync(path.join(ROOT, rel), "utf8");
}

/**
 * The settings a policy reads, whatever shape its declaration takes: a list of names, a list of
 * `{ name }` objects, or an object keyed by name.
 */
export function settingsOf(spec: unknown): string[] {
  const s = typeof spec === "object" && spec !== null ? Reflect.get(spec, "settings") : undefined;
  if (Array.isArray(s)) {
    return s.flatMap((x: unknown) => {
      if (typeof x === "string") return [x];
      const name = typeof x === "object" && x !== null ? Reflect.get(x, "name") : undefined;
      return typeof name === "string" ? [name] : [];
    });
  }
  if (typeof s === "object" && s !== null) return Object.keys(s);
  return [];
}

export interface CodeBlock {
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** Fenced code blocks (```lang ... ```), in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split("\n");
  let open: { lang: string; line: number; body: string[] } | undefined;
  lines.forEach((l, i) => {
    const fence = /^```(\S*)\s*$/.exec(l);
    if (open) {
      if (/^```\s*$/.test(l)) {
        blocks.push({ lang: open.lang, code: `${open.body.join("\n")}\n`, line: open.line });
        open = undefined;
      } else open.body.push(l);
    } else if (fence) open = { lang: fence[1], line: i + 1, body: [] };
  });
  return blocks;
}

/** The text outside fenced code blocks and inline code spans, where links live. */
export function prose(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const l of markdown.split("\n")) {
    if (/^```/.test(l)) {
      inFence = !inFence;
      out.push("");
      continue;
    }
    out.push(inFence ? "" : l.replace(/`[^`]*`/g, (m) => " ".repeat(m.length)));
  }
  return out.join("\n");
}

export interface Link {
  target: string;
  line: number;
}

/** Inline links `[text](target)` outside code. */
export function links(markdown: string): Link[] {
  const out: Link[] = [];
  const text = prose(markdown);
  const re = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
  for (const m of text.matchAll(re)) {
    const line = text.slice(0, m.index).split("\n").length;
    out.push({ target: m[1], line });
  }
  return out;
}

/** The anchors GitHub gives a file's headings (`## The fix` → `the-fix`), duplicates numbered. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let inFence = false;
  for (const l of markdown.split("\n")) {
    if (/^```/.test(l)) inFence = !inFence;
    const h = inFence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l);
    if (!h) continue;
    const slug = h[1]
      .toLowerCase()
      .replace(/<[^>]*>/g, "")
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** The section under a heading: from the heading line to the next heading of the same or higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.replace(/^#+\s+/, "") === heading && /^#+\s/.test(l));
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = /^#+/.exec(lines[start])?.[0].length ?? 1;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^(#+)\s/.exec(lines[i]);
    if (m && m[1].length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(start + 1, end).join("\n");
}

/** The texts in backticks, in order. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** The cells of each row of the first table in `text` (header and separator rows dropped). */
export function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const l of text.split("\n")) {
    if (!l.startsWith("|")) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(splitRow(l));
  }
  return rows.slice(2);
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cur = "";
  let code = false;
  for (const c of line.trim().slice(1, -1)) {
    if (c === "`") code = !code;
    if (c === "|" && !code) {
      cells.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}
