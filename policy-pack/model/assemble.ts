/**
 * One table from the parts it is split into (resource types by product family, icp-guard's
 * sentences by concern, built-in data sources by product): a key in two parts would let the last
 * part silently win, so `assemble` does not compile when two parts share a key, and names them.
 */

type KeysOf<U> = U extends object ? keyof U : never;

/** The keys that more than one of the parts has. */
export type SharedKeys<P extends readonly object[]> = P extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? Extract<keyof Head, KeysOf<Rest[number]>> | SharedKeys<Rest>
  : never;

/** Every part's keys, each with its part's type. */
export type Assembled<P extends readonly object[]> = P extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? Head & Assembled<Rest>
  : unknown;

/** Parts that share no key; otherwise a type whose one field names the shared keys. */
type Disjoint<P extends readonly object[]> = [SharedKeys<P>] extends [never]
  ? unknown
  : { readonly "keys in more than one part": SharedKeys<P> };

/** The parts as one object, keys in part order. */
export function assemble<const P extends readonly object[]>(
  ...parts: P & Disjoint<P>
): Assembled<P> {
  const whole: Record<PropertyKey, unknown> = {};
  for (const part of parts) Object.assign(whole, part);
  return whole as Assembled<P>;
}
