/**
 * How an offline preview answers a data source (an invoke): the user's `--mocks` result first,
 * else a built-in answer (Alibaba Cloud data sources derived from the region, `@pulumi/std`
 * functions run for real), else an empty result, which is recorded so that a program failing on it
 * is told which data sources to mock and how.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { callAlicloud } from "./alicloud";
import { type MocksSpec, mockedInvoke } from "./mocks";
import { callStd } from "./std";

export type InvokeAnswer = "mock" | "builtin" | "empty";

export interface InvokeContext {
  /** The region the data source is asked in: its provider's, else the stack's. */
  region: string;
  programDir: string;
  mocks?: MocksSpec;
}

export function answerInvoke(
  token: string,
  args: Record<string, unknown>,
  ctx: InvokeContext,
): { answer: InvokeAnswer; result: Record<string, unknown> } {
  const mocked = mockedInvoke(ctx.mocks, token, args);
  if (mocked) return { answer: "mock", result: mocked };
  const std = callStd(token, args, { programDir: ctx.programDir });
  if (std) return { answer: "builtin", result: std };
  const builtin = callAlicloud(token, args, { region: ctx.region });
  if (builtin) return { answer: "builtin", result: builtin };
  return { answer: "empty", result: {} };
}

/**
 * A ready-to-fill `--mocks` entry for a data source: the fields its `Get…Result` declares in the
 * program's installed SDK (`<pkg>/<module>/<function>.d.ts`), lists as `[]`, text as `""`; a bare
 * `{}` with a comment when the declaration cannot be found.
 */
export function mockSnippet(token: string, programDir: string, fillIn: string): string[] {
  const fields = resultFields(token, programDir);
  const lines = [`    "${token}":`];
  if (fields.length === 0) {
    lines.push(`      {}   # ${fillIn}`);
    return lines;
  }
  fields.forEach(([name, value], i) => {
    lines.push(`      ${name}: ${value}${i === 0 ? `   # ${fillIn}` : ""}`);
  });
  return lines;
}

/** `alicloud:ecs/getImages:getImages` → `@pulumi/alicloud/ecs/getImages.d.ts`'s result fields. */
function resultFields(token: string, programDir: string): Array<[string, string]> {
  const m = /^([^:]+):([^:]*):([^:]+)$/.exec(token);
  if (!m) return [];
  const [, pkg, mod, fn] = m;
  const modulePath = mod.split("/")[0] === "index" ? "" : mod.split("/")[0];
  let dts: string;
  try {
    const pkgJson = require.resolve(`@pulumi/${pkg}/package.json`, { paths: [programDir] });
    dts = fs.readFileSync(path.join(path.dirname(pkgJson), modulePath, `${fn}.d.ts`), "utf8");
  } catch {
    return pkg === "std" ? [["result", '""']] : [];
  }
  const name = `${fn.charAt(0).toUpperCase()}${fn.slice(1)}Result`;
  const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(dts)?.[1];
  if (!body) return [];
  const fields: Array<[string, string]> = [];
  for (const f of body.matchAll(/^\s*readonly (\w+)(\??): ([^;]+);/gm)) {
    const [, field, optional, type] = f;
    // Optional fields echo the call's arguments; `id` is the provider's own.
    if (optional || field === "id") continue;
    fields.push([field, placeholder(type.trim())]);
  }
  return fields;
}

function placeholder(type: string): string {
  if (type.endsWith("[]")) return "[]";
  if (type === "string") return '""';
  if (type === "number") return "0";
  if (type === "boolean") return "false";
  return "{}";
}
