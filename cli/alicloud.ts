/**
 * What icp-guard knows of Alibaba Cloud when it stands in for the engine: the stack config the
 * engine would hand a pack. The scan itself (scan.ts, engine/) is generic for any Node.js pack;
 * the commands pass `alicloudStackConfig` as the scan's `stackConfig`.
 */
import { toWire, UNKNOWN } from "./engine/wire";
import type { ResourceState } from "./state";
import { urnName } from "./urn";

/** Stack config the engine would hand the pack: `alicloud:region`, from the default provider. */
export function alicloudStackConfig(states: readonly ResourceState[]): Record<string, string> {
  const config: Record<string, string> = {};
  const provider = states.find(
    (s) => s.type === "pulumi:providers:alicloud" && urnName(s.urn).startsWith("default"),
  );
  const region = plainString(provider?.inputs?.region);
  if (region !== undefined) config["alicloud:region"] = region;
  return config;
}

function plainString(v: unknown): string | undefined {
  const w = toWire(v);
  if (typeof w === "string") return w === UNKNOWN ? undefined : w;
  // A secret region: its plain value, as the engine decrypts config for the pack.
  if (
    w &&
    typeof w === "object" &&
    !Array.isArray(w) &&
    typeof w.value === "string" &&
    w.value !== UNKNOWN
  )
    return w.value;
  return undefined;
}
