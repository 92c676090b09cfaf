/**
 * What icp-guard knows of Alibaba Cloud when it stands in for the engine: the stack config the
 * engine would hand a pack. The scan itself (scan/, engine/) is generic for any Node.js pack;
 * the commands pass `alicloudStackConfig` as the scan's `stackConfig`.
 */
import { isUnknownValue, secretContent } from "../policy-pack/model/sentinels";
import type { StackConfig } from "./engine/target";
import type { ResourceState } from "./state";
import { urnName } from "./urn";

/**
 * Stack config the engine would hand the pack: `alicloud:region`, from the default provider. A
 * secret region is handed over decrypted, as the engine does, and listed in `secretKeys`
 * (PULUMI_CONFIG_SECRET_KEYS), so the pack uses it without ever showing it; an encrypted one
 * (a stack export's `ciphertext`) cannot be known and is not handed over.
 */
export function alicloudStackConfig(states: readonly ResourceState[]): StackConfig {
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  const provider = states.find(
    (s) => s.type === "pulumi:providers:alicloud" && urnName(s.urn).startsWith("default"),
  );
  const raw = provider?.inputs?.region;
  const secret = secretContent(raw);
  const region = secret ? secret.value : raw;
  if (typeof region === "string" && !isUnknownValue(region)) {
    config["alicloud:region"] = region;
    if (secret) secretKeys.push("alicloud:region");
  }
  return { config, secretKeys };
}
