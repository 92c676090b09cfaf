/**
 * `@pulumi/std` functions (`std:index:<name>`, every one answering `{ result }`): pure, so an
 * offline preview runs them for real instead of inventing an answer. `file` and its kin read
 * relative to the program's directory, as the Pulumi CLI runs a program from there. Functions that
 * read a clock or make random values (timestamp, uuid, bcrypt, ...) are not here: they have no
 * offline answer, so a program that needs one is told to give it with --mocks.
 */
import { assemble } from "../../../../policy-pack/model/assemble";
import type { Args, StdContext, StdFunction } from "./args";
import { CIDR } from "./cidr";
import { COLLECTIONS } from "./collections";
import { ENCODING } from "./encoding";
import { NUMBERS } from "./numbers";
import { STRINGS } from "./strings";
import { TIME } from "./time";

export const STD_PREFIX = "std:index:";

/** Every std function that runs offline, by name (a name in two families does not compile). */
const FUNCTIONS: Readonly<Record<string, StdFunction>> = assemble(
  COLLECTIONS,
  NUMBERS,
  STRINGS,
  ENCODING,
  CIDR,
  TIME,
);

/** Names of the std functions that run offline, in alphabetical order. */
export const STD_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS).sort();

/** `{ result }` of a std function, or undefined when the token is not one that runs offline. */
export function callStd(
  token: string,
  args: Args,
  ctx: StdContext,
): { result: unknown } | undefined {
  if (!token.startsWith(STD_PREFIX)) return undefined;
  const name = token.slice(STD_PREFIX.length);
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  return fn ? { result: fn(args, ctx) } : undefined;
}
