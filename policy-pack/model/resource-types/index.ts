/**
 * Every Pulumi resource type the pack reads, one row per type token: the token, what the product
 * is called in a message (English and Simplified Chinese), the input that holds the domain it
 * declares, whether its SDK class takes `tags`, and whether it has its own `region` input (every
 * other resource takes its provider's).
 *
 * Tokens are plain strings: loading `@pulumi/alicloud` at run time costs pack start-up, and a
 * token is all a policy needs. Each was checked against the installed SDK's `static __pulumiType`
 * (3.108), as were `tags` and `region`; 26 tokens differ from their file paths, so never derive one
 * from a path. Deprecated classes still emit their own tokens, hence the alias rows. Keys are
 * `<module><Class>`, shortened where the module repeats in the class name.
 */
import { assemble } from "../assemble";
import { COMPUTE } from "./compute";
import { LOAD_BALANCERS } from "./load-balancers";
import { NETWORK } from "./network";
import type { ResourceType } from "./row";
import { WEB } from "./web";

/** Every row by key, from the product families (a key in two families does not compile). */
export const RESOURCE_TYPES = assemble(COMPUTE, LOAD_BALANCERS, WEB, NETWORK);

type Table = typeof RESOURCE_TYPES;
export type TypeName = keyof Table;
/** The rows that declare a domain. */
export type DomainTypeName = {
  [K in TypeName]: Table[K] extends { domainInput: string } ? K : never;
}[TypeName];

/** Each row's token by name: `T.ecsInstance`. */
export const T = Object.fromEntries(
  Object.entries(RESOURCE_TYPES).map(([k, v]) => [k, v.token]),
) as { readonly [K in TypeName]: string };

/** Every row, in table order. */
export const ROWS: readonly ResourceType[] = Object.values(RESOURCE_TYPES);

/** The resource type of an alicloud provider (the class's own `__pulumiType` is just `alicloud`). */
export const PROVIDER = "pulumi:providers:alicloud";
