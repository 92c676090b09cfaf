/**
 * Turns the registrations a program made into the resource states the engine would hold after a
 * first preview: the program's resources in registration order, each default provider the engine
 * would create (from stack config) placed before the first resource that uses it.
 */
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";
import type { ResourceState } from "../state";
import {
  defaultProviderName,
  isProviderType,
  needsDefaultProvider,
  typePackage,
} from "./engine-rules";
import type { Registration } from "./protocol";

export interface StateInput {
  project: string;
  stack: string;
  /** Stack config as passed to the program (`PULUMI_CONFIG`). */
  config: Record<string, string>;
  secretKeys: readonly string[];
  registrations: readonly Registration[];
  /** `RegisterResourceOutputs` by URN. */
  outputs: Readonly<Record<string, Record<string, unknown>>>;
}

export function buildStates(input: StateInput): ResourceState[] {
  const states: ResourceState[] = [];
  const defaultProviders = new Map<string, string>();

  for (const reg of input.registrations) {
    let provider = reg.provider;
    if (needsDefaultProvider(reg)) {
      const key = `${typePackage(reg.type)}\0${reg.version}\0${reg.pluginDownloadUrl}`;
      let ref = defaultProviders.get(key);
      if (ref === undefined) {
        const state = defaultProviderState(input, reg);
        states.push(state);
        // A provider created in this preview has no id yet.
        ref = `${state.urn}::${UNKNOWN}`;
        defaultProviders.set(key, ref);
      }
      provider = ref;
    }
    states.push(registeredState(input, reg, provider));
  }
  return states;
}

function registeredState(input: StateInput, reg: Registration, provider: string): ResourceState {
  let inputs = reg.inputs;
  if (isProviderType(reg.type)) inputs = { ...inputs, ...providerPluginInputs(reg) };
  const state: ResourceState = {
    urn: reg.urn,
    custom: reg.custom,
    type: reg.type,
    inputs,
    // A provider's preview of a create returns the inputs (computed outputs unknown, hence absent);
    // components and the stack have what they registered as outputs.
    outputs: reg.custom ? inputs : (input.outputs[reg.urn] ?? {}),
    dependencies: reg.dependencies,
    propertyDependencies: reg.propertyDependencies,
  };
  if (reg.id !== "") state.id = reg.id;
  if (reg.parent !== "") state.parent = reg.parent;
  if (reg.protect) state.protect = true;
  if (provider !== "") state.provider = provider;
  return state;
}

/** The engine adds the plugin it resolved to a provider's inputs (`providers.SetProviderVersion`). */
function providerPluginInputs(reg: Registration): Record<string, string> {
  const extra: Record<string, string> = {};
  if (reg.version !== "") extra.version = reg.version;
  if (reg.pluginDownloadUrl !== "") extra.pluginDownloadURL = reg.pluginDownloadUrl;
  return extra;
}

/** `pulumi:providers:<pkg>::default_<version>`, configured from the stack's `<pkg>:*` keys. */
function defaultProviderState(input: StateInput, reg: Registration): ResourceState {
  const pkg = typePackage(reg.type);
  const inputs: Record<string, unknown> = {};
  const prefix = `${pkg}:`;
  for (const [key, value] of Object.entries(input.config)) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    inputs[name] = input.secretKeys.includes(key) ? { [SIG_KEY]: SECRET_SIG, value } : value;
  }
  Object.assign(inputs, providerPluginInputs(reg));
  const name = defaultProviderName(reg.version, reg.pluginDownloadUrl);
  return {
    urn: `urn:pulumi:${input.stack}::${input.project}::pulumi:providers:${pkg}::${name}`,
    custom: true,
    type: `pulumi:providers:${pkg}`,
    inputs,
    outputs: inputs,
  };
}
