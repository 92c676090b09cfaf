/**
 * How a std function reads its arguments: each read names the function and the argument, and an
 * argument it cannot use throws StdArgumentError, which the program sees as the engine's error.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export interface StdContext {
  /** Where relative paths (`file`, `abspath`) start. */
  programDir: string;
}

export type Args = Record<string, unknown>;
export type StdFunction = (args: Args, ctx: StdContext) => unknown;

/** An argument the function cannot use: the program then fails with this message, as under the engine. */
export class StdArgumentError extends Error {
  constructor(fn: string, message: string) {
    super(`std.${fn}: ${message}`);
    this.name = "StdArgumentError";
  }
}

export const str = (fn: string, args: Args, key: string): string => {
  const v = args[key];
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new StdArgumentError(fn, `${key} must be a string`);
};
export const num = (fn: string, args: Args, key: string): number => {
  const v = typeof args[key] === "string" ? Number(args[key]) : args[key];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new StdArgumentError(fn, `${key} must be a number`);
};
export const int = (fn: string, args: Args, key: string): number => {
  const v = num(fn, args, key);
  if (!Number.isInteger(v)) throw new StdArgumentError(fn, `${key} must be a whole number`);
  return v;
};
export const list = (fn: string, args: Args, key: string): unknown[] => {
  const v = args[key];
  if (Array.isArray(v)) return v;
  throw new StdArgumentError(fn, `${key} must be a list`);
};
export const map = (fn: string, args: Args, key: string): Record<string, unknown> => {
  const v = args[key];
  if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  throw new StdArgumentError(fn, `${key} must be a map`);
};
export const readText = (fn: string, file: string, ctx: StdContext): Buffer => {
  try {
    return fs.readFileSync(path.resolve(ctx.programDir, file));
  } catch (e) {
    throw new StdArgumentError(fn, `cannot read ${file}: ${(e as Error).message}`);
  }
};
