/** Where things are in the YAML source: lines of nodes, and the human path of a field. */

import { type Document, isAlias, isMap, isNode, isScalar, isSeq, type LineCounter } from "yaml";
import { clip } from "../clip";

export type Segment = string | number;

export class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /**
   * Line of the node at `segs` (or, with `key`, of the key naming its last segment). When the
   * path runs out (missing or null value), the deepest node found.
   */
  line(segs: readonly Segment[], key = false): number {
    let node: unknown = this.doc.contents;
    let at: unknown = node;
    for (let i = 0; i < segs.length; i++) {
      if (isAlias(node)) node = node.resolve(this.doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(segs[i]));
        if (!pair) break;
        const last = i === segs.length - 1;
        at = key && last ? pair.key : (pair.value ?? pair.key);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segs[i])];
        if (item === undefined) break;
        at = item;
        node = item;
      } else break;
    }
    const start = isNode(at) ? at.range?.[0] : undefined;
    return start === undefined ? 1 : this.lineAt(start);
  }
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** `filings[2].domains[0]`; a key written in the file is clipped (model/clip.ts). */
export function fieldPath(segs: readonly Segment[]): string | undefined {
  let out = "";
  for (const s of segs) {
    out += typeof s === "number" ? `[${s}]` : out === "" ? clip(s) : `.${clip(s)}`;
  }
  return out === "" ? undefined : out;
}

/** JSON-pointer segments of an ajv instancePath, array indexes as numbers (read off the data). */
export function pointerSegments(pointer: string, data: unknown): Segment[] {
  if (pointer === "") return [];
  const out: Segment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = isRecord(cur) ? cur[seg] : undefined;
    }
  }
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
