/** What the built-in Alibaba Cloud data sources share: their context, argument reads, list shape. */

export interface AlicloudContext {
  region: string;
}

export type Args = Record<string, unknown>;
export type Result = Record<string, unknown>;
export type Builtin = (args: Args, ctx: AlicloudContext) => Result;

/** A fixed, plausible account id for ARNs and owner fields. */
export const OFFLINE_ACCOUNT_ID = "1234567890123456";
const ZONE_LETTERS = ["a", "b", "c", "d", "e", "f"];

export function zonesOf(region: string): string[] {
  return ZONE_LETTERS.map((l) => `${region}-${l}`);
}

export const text = (v: unknown): string | undefined =>
  typeof v === "string" && v !== "" ? v : undefined;
export const count = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** Items whose `name` matches the call's `nameRegex` (all of them when it is absent or invalid). */
export function byNameRegex<T extends { name: string }>(items: T[], args: Args): T[] {
  const pattern = text(args.nameRegex);
  if (!pattern) return items;
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    return items;
  }
  const matching = items.filter((i) => re.test(i.name));
  return matching.length > 0 ? matching : items;
}

/** `{ <key>: items, ids, names? }` as most list data sources answer. */
export function listResult(
  key: string,
  items: Array<Record<string, unknown> & { id: string }>,
  names = true,
): Result {
  const out: Result = { id: `${key}-offline`, [key]: items, ids: items.map((i) => i.id) };
  if (names) out.names = items.map((i) => String(i.name ?? i.id));
  return out;
}

export const zoneItems = (region: string, args: Args) => {
  const only = text(args.zoneId) ?? text(args.availabilityZone);
  return only ? [only] : zonesOf(region);
};
