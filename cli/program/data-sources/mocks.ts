/**
 * `--mocks FILE`: results the user gives for data sources (and outputs of StackReferences), which
 * come before the built-in answers. YAML or JSON:
 *
 * ```yaml
 * invokes:
 *   "alicloud:ecs/getImages:getImages":          # the same result for every call
 *     images: [{ id: m-bp1example }]
 *     ids: [m-bp1example]
 *   "alicloud:vpc/getNetworks:getNetworks":      # or cases: the first whose args match wins
 *     - args: { nameRegex: "^prod" }             # every key given must equal the call's
 *       result: { vpcs: [{ id: vpc-prod }], ids: [vpc-prod] }
 *     - result: { vpcs: [], ids: [] }            # no args: any call
 * stackReferences:
 *   acme/network/prod:                           # the name given to new StackReference(...)
 *     vpcId: vpc-bp1example
 * ```
 */
import * as fs from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

export interface MockCase {
  args?: Record<string, unknown>;
  result: Record<string, unknown>;
}

export interface MocksSpec {
  /** The file they came from (for messages). */
  file: string;
  invokes: Record<string, MockCase[]>;
  stackReferences: Record<string, Record<string, unknown>>;
}

/** A mocks file that cannot be used; the message names the file, line and key. */
export class MocksError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "MocksError";
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function loadMocks(file: string): MocksSpec {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new MocksError(
      file,
      `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return parseMocks(text, file);
}

export function parseMocks(text: string, file: string): MocksSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    throw new MocksError(file, `${line ? `line ${line}: ` : ""}${e.message.split("\n")[0]}`);
  }
  // Where a key (or list item) is, for messages: "line N: invokes.<token>".
  const lineOf = (path: readonly (string | number)[]): string => {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    let offset: number | undefined;
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(last),
      );
      offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    } else if (isSeq(parent) && typeof last === "number") {
      const item = parent.items[last] as { range?: [number, number, number] } | undefined;
      offset = item?.range?.[0];
    } else {
      offset = (parent as { range?: [number, number, number] } | null)?.range?.[0];
    }
    return offset === undefined ? "" : `line ${lines.linePos(offset).line}: `;
  };
  const fail = (path: readonly (string | number)[], problem: string): never => {
    throw new MocksError(file, `${lineOf(path)}${path.join(".")}: ${problem}`);
  };
  const root: unknown = doc.toJS();
  if (root === null || root === undefined) return { file, invokes: {}, stackReferences: {} };
  if (!isRecord(root))
    fail([], "the top level must be a mapping with invokes: and stackReferences:");
  const top = root as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (key !== "invokes" && key !== "stackReferences")
      fail([key], 'unknown key (allowed: "invokes", "stackReferences")');
  }

  const invokes: Record<string, MockCase[]> = {};
  const rawInvokes = top.invokes ?? {};
  if (!isRecord(rawInvokes)) fail(["invokes"], "must map data-source tokens to results");
  for (const [token, value] of Object.entries(rawInvokes as Record<string, unknown>)) {
    if (!/^[^:\s]+:[^:\s]*:[^:\s]+$/.test(token))
      fail(
        ["invokes", token],
        'is not a data-source token such as "alicloud:index/getZones:getZones"',
      );
    if (isRecord(value)) {
      invokes[token] = [{ result: value }];
    } else if (Array.isArray(value)) {
      invokes[token] = value.map((c, i): MockCase => {
        if (!isRecord(c) || !isRecord(c.result))
          fail(["invokes", token, i], "each case needs result: (a mapping) and may have args:");
        const kase = c as Record<string, unknown>;
        for (const k of Object.keys(kase)) {
          if (k !== "args" && k !== "result")
            fail(["invokes", token, i, k], 'unknown key (allowed: "args", "result")');
        }
        if (kase.args !== undefined && !isRecord(kase.args))
          fail(["invokes", token, i, "args"], "must be a mapping of argument names to values");
        return kase.args === undefined
          ? { result: kase.result as Record<string, unknown> }
          : {
              args: kase.args as Record<string, unknown>,
              result: kase.result as Record<string, unknown>,
            };
      });
    } else {
      fail(["invokes", token], "must be a result (a mapping) or a list of { args, result } cases");
    }
  }

  const stackReferences: Record<string, Record<string, unknown>> = {};
  const rawRefs = top.stackReferences ?? {};
  if (!isRecord(rawRefs)) fail(["stackReferences"], "must map stack names to their outputs");
  for (const [name, outputs] of Object.entries(rawRefs as Record<string, unknown>)) {
    if (!isRecord(outputs))
      fail(["stackReferences", name], "must be a mapping of output names to values");
    stackReferences[name] = outputs as Record<string, unknown>;
  }
  // Values travel to the program as JSON (null, never undefined).
  return JSON.parse(JSON.stringify({ file, invokes, stackReferences }));
}

/** Whether every argument a case names equals the call's (deeply, as JSON). */
function argsMatch(
  wanted: Record<string, unknown> | undefined,
  actual: Record<string, unknown>,
): boolean {
  if (!wanted) return true;
  return Object.entries(wanted).every(([k, v]) => sameJson(v, actual[k]));
}

function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameJson(a[k], b[k]));
  }
  return a === b;
}

/** The user's result for this call, or undefined. */
export function mockedInvoke(
  spec: MocksSpec | undefined,
  token: string,
  args: Record<string, unknown>,
): Record<string, unknown> | undefined {
  return spec?.invokes[token]?.find((c) => argsMatch(c.args, args))?.result;
}
