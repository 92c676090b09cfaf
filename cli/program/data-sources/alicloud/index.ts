/**
 * What the common Alibaba Cloud data sources would plausibly answer in the stack's region, so the
 * provider's documented programs (`zones.zones[0].id`, `images.images[0].id`,
 * `types.instanceTypes[0].id`, `groups.groups[0].id`, ...) run offline unmodified. Every value is
 * derived from the region and the call's arguments, never from the network or the clock: zones are
 * `<region>-a` … `-f`, ids end in `offline`. The shapes follow each function's `Get…Result` in
 * `@pulumi/alicloud` (fields a program is likely to read; the rest are left out).
 */
import { assemble } from "../../../../policy-pack/model/assemble";
import { ACCOUNT } from "./account";
import { CONTAINERS } from "./containers";
import { ECS } from "./ecs";
import { NETWORK } from "./network";
import type { AlicloudContext, Args, Builtin, Result } from "./shared";

/** Every built-in answer by token (a token in two families does not compile). */
const BUILTINS: Readonly<Record<string, Builtin>> = assemble(ECS, NETWORK, ACCOUNT, CONTAINERS);

/** Tokens that have a built-in answer. */
export const ALICLOUD_BUILTINS: readonly string[] = Object.keys(BUILTINS);

/** The built-in answer for an Alibaba Cloud data source, or undefined when there is none. */
export function callAlicloud(token: string, args: Args, ctx: AlicloudContext): Result | undefined {
  const fn = Object.hasOwn(BUILTINS, token) ? BUILTINS[token] : undefined;
  return fn ? fn(args, ctx) : undefined;
}
