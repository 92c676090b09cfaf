/**
 * Reads the files users already have into resource states, detecting the format by content:
 * a `pulumi stack export` (version 3), a `pulumi preview --json` document, a
 * `pulumi preview --event-log` file (JSON lines) or a bare JSON array of states.
 */
import { CliError, errorMessage } from "./errors";
import { openExportSecrets, type RedactReason } from "./export-secrets";
import { readInputText } from "./input-file";
import type { ResourceState } from "./state";
import { checkState, isRecord } from "./state-check";

export { isRecord, readInputText };

export type InputKind = "stack-export" | "preview-json" | "event-log" | "state-array";

/** A state and where it came from. */
export interface SourcedState {
  state: ResourceState;
  file?: string;
  /** 1-based line of the resource's URN in the file (or of the call that constructed it). */
  line?: number;
  /** 1-based column of that call, for a program source. */
  column?: number;
}

export interface LoadedInput {
  file: string;
  kind: InputKind;
  /** A preview's states (computed values may be unknown): the pack then runs as a dry run. */
  preview: boolean;
  resources: SourcedState[];
  /** A stack export whose encrypted secrets could not be opened: they read as "[secret]". */
  secretsRedacted?: RedactReason;
}

/** Steps whose new state does not exist after the operation. */
export const GONE_OPS = new Set([
  "delete",
  "delete-replaced",
  "discard",
  "discard-replaced",
  "read-discard",
  "remove-pending-replace",
]);

export function loadInputFile(file: string): LoadedInput {
  const text = readInputText(
    file,
    "a stack export, preview JSON, event log or array of resource states",
  );
  const loaded = parseInput(file, text);
  if (loaded.resources.length === 0)
    throw new CliError(`${file} (${describeKind(loaded.kind)}) holds no resources`);
  return loaded;
}

export function describeKind(kind: InputKind): string {
  switch (kind) {
    case "stack-export":
      return "stack export";
    case "preview-json":
      return "preview JSON";
    case "event-log":
      return "event log";
    case "state-array":
      return "array of resource states";
  }
}

function parseInput(file: string, text: string): LoadedInput {
  let doc: unknown;
  let wholeError: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    wholeError = e;
  }
  if (wholeError === undefined) {
    if (Array.isArray(doc)) {
      return withLines(file, text, "state-array", false, statesFromArray(file, doc, "array"));
    }
    if (isRecord(doc)) {
      if (isRecord(doc.deployment)) return fromStackExport(file, text, doc);
      if (Array.isArray(doc.steps)) return fromPreviewJson(file, text, doc.steps);
      if (isEngineEvent(doc)) return fromEventLog(file, text);
    }
    throw new CliError(
      `${file} is not a stack export ({"version": 3, "deployment": ...}), a preview JSON ({"steps": [...]}), an event log (JSON lines) or an array of resource states`,
    );
  }
  // Not one JSON document: an event log is one JSON object per line.
  const firstLine = text.split("\n", 1)[0];
  let first: unknown;
  try {
    first = JSON.parse(firstLine);
  } catch {
    throw new CliError(`${file} is not valid JSON: ${errorMessage(wholeError)}`);
  }
  if (isEngineEvent(first)) return fromEventLog(file, text);
  throw new CliError(`${file} is not valid JSON: ${errorMessage(wholeError)}`);
}

function fromStackExport(file: string, text: string, doc: Record<string, unknown>): LoadedInput {
  if (doc.version !== 3) {
    throw new CliError(
      `${file}: unsupported stack export version ${JSON.stringify(doc.version)} (expected 3: use \`pulumi stack export\` from Pulumi CLI 3 or later)`,
    );
  }
  const deployment = doc.deployment as Record<string, unknown>;
  const raw = deployment.resources ?? [];
  if (!Array.isArray(raw)) throw new CliError(`${file}: deployment.resources is not an array`);
  // Resources pending deletion (a replacement's old half) are not part of the stack being checked.
  const live = raw.filter((r) => !(isRecord(r) && r.delete === true));
  const opened = openExportSecrets(deployment, live);
  const loaded = withLines(
    file,
    text,
    "stack-export",
    false,
    statesFromArray(file, opened.resources, "deployment.resources"),
  );
  return opened.redactedBecause ? { ...loaded, secretsRedacted: opened.redactedBecause } : loaded;
}

function fromPreviewJson(file: string, text: string, steps: unknown[]): LoadedInput {
  const byUrn = new Map<string, ResourceState>();
  steps.forEach((step, i) => {
    if (!isRecord(step)) throw new CliError(`${file}: steps[${i}] is not an object`);
    // A deletion (or a replacement's old half) has no new state; the new half has its own step.
    if (typeof step.op === "string" && GONE_OPS.has(step.op)) return;
    if (step.newState === undefined || step.newState === null) return;
    const state = checkState(file, step.newState, `steps[${i}].newState`);
    byUrn.delete(state.urn); // keep the last step's state, in the order of that step
    byUrn.set(state.urn, state);
  });
  return withLines(file, text, "preview-json", true, [...byUrn.values()]);
}

function fromEventLog(file: string, text: string): LoadedInput {
  const byUrn = new Map<string, SourcedState>();
  forEachEvent(file, text, (event, line) => {
    const pre = event.resourcePreEvent;
    if (!isRecord(pre) || !isRecord(pre.metadata)) return;
    const meta = pre.metadata;
    const op = typeof meta.op === "string" ? meta.op : "";
    if (GONE_OPS.has(op)) return;
    if (!isRecord(meta.new)) return;
    const s = meta.new;
    const state = checkState(
      file,
      stepStateToResource(s),
      `line ${line}: resourcePreEvent.metadata.new`,
    );
    byUrn.delete(state.urn);
    byUrn.set(state.urn, { state, file, line });
  });
  return { file, kind: "event-log", preview: true, resources: [...byUrn.values()] };
}

/** Calls `fn` for each engine event of a JSON-lines event log; a line that does not parse is an error. */
export function forEachEvent(
  file: string,
  text: string,
  fn: (event: Record<string, unknown>, line: number) => void,
): void {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "") continue;
    let event: unknown;
    try {
      event = JSON.parse(raw);
    } catch (e) {
      throw new CliError(`${file}:${i + 1}: not a JSON event: ${errorMessage(e)}`);
    }
    if (!isRecord(event)) throw new CliError(`${file}:${i + 1}: not a JSON event object`);
    fn(event, i + 1);
  }
}

/** An event log line: `{"sequence": N, "timestamp": T, "<kind>Event": {...}}`. */
export function isEngineEvent(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  if (typeof v.sequence === "number" && typeof v.timestamp === "number") return true;
  return Object.keys(v).some((k) => k.endsWith("Event") && isRecord(v[k]));
}

/** apitype StepEventStateMetadata → ResourceV3 (an event log carries no dependencies). */
function stepStateToResource(s: Record<string, unknown>): Record<string, unknown> {
  const r: Record<string, unknown> = { urn: s.urn, type: s.type };
  if (typeof s.custom === "boolean") r.custom = s.custom;
  if (typeof s.id === "string" && s.id !== "") r.id = s.id;
  if (typeof s.parent === "string" && s.parent !== "") r.parent = s.parent;
  if (typeof s.protect === "boolean") r.protect = s.protect;
  if (isRecord(s.inputs)) r.inputs = s.inputs;
  if (isRecord(s.outputs)) r.outputs = s.outputs;
  if (typeof s.provider === "string" && s.provider !== "") r.provider = s.provider;
  return r;
}

function statesFromArray(file: string, items: unknown[], where: string): ResourceState[] {
  return items.map((item, i) => checkState(file, item, `${where}[${i}]`));
}

/** Attaches to each state the file and the line where its URN first appears. */
function withLines(
  file: string,
  text: string,
  kind: InputKind,
  preview: boolean,
  states: ResourceState[],
): LoadedInput {
  const lines = urnLines(text);
  return {
    file,
    kind,
    preview,
    resources: states.map((state) => ({ state, file, line: lines.get(state.urn) })),
  };
}

/**
 * The line of the first `"urn": "..."` of each URN, in one pass over the text: newlines are
 * counted once each, however many URNs a (minified, single-line) file holds.
 */
export function urnLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"urn"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let nextNewline = text.indexOf("\n");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    while (nextNewline !== -1 && nextNewline < m.index) {
      line++;
      nextNewline = text.indexOf("\n", nextNewline + 1);
    }
    let urn = m[1];
    if (urn.includes("\\")) {
      try {
        urn = JSON.parse(`"${urn}"`);
      } catch {
        continue;
      }
    }
    if (!lines.has(urn)) lines.set(urn, line);
  }
  return lines;
}
