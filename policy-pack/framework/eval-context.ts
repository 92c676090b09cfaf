/**
 * The context one evaluation of a policy runs with: the runtime's registry and environment, the
 * policy's settings, and the sentences of the message language (the shared catalog as `t`, the
 * policy's own as `msg`), resolved here once per evaluation so no policy looks them up. The SDK
 * adapter builds one for every call; tests that evaluate a policy directly build theirs here too.
 */
import { catalog } from "../messages/catalog";
import type { EvalContext, Localized } from "../model/context";
import { DEFAULT_SETTINGS, type PolicySettings } from "../model/settings";
import type { PackRuntime } from "./runtime";

export function evalContext<M>(
  spec: { messages: Localized<M> },
  runtime: PackRuntime,
  settings: PolicySettings = DEFAULT_SETTINGS,
): EvalContext<M> {
  const lang = runtime.env.lang;
  return {
    registry: runtime.registry,
    env: runtime.env,
    settings,
    t: catalog(lang),
    msg: spec.messages[lang],
  };
}
