/**
 * Resource states → Analyzer requests, with the engine's marshalling
 * (KeepUnknowns, KeepSecrets, SkipInternalKeys, resource references as their id or URN).
 */
import {
  containsUnknown,
  isWireSecret,
  RESOURCE_REF_SIG,
  SECRET_SIG,
  SIG_KEY,
  secretContent,
} from "../../policy-pack/model/sentinels";
import type { ResourceState } from "../state";
import { PROVIDER_TYPE_PREFIX, parseUrn, providerRefUrn, urnName } from "../urn";
import type { AnalyzerPb, Protocol } from "./protocol";

type JsValue = null | number | string | boolean | JsValue[] | { [key: string]: JsValue };

/**
 * A state value as the engine sends it: `undefined` dropped, keys starting with `__` dropped
 * (`__defaults`, `__meta`), a secret kept as a secret (an encrypted one, `ciphertext` as in
 * `pulumi stack export`, with an unknown value), a resource reference sent as its id (or its URN
 * when it has none).
 */
export function toWire(value: unknown): JsValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => toWire(v) ?? null);
  if (typeof value !== "object") return null;
  const obj = value as Record<string, unknown>;
  const sig = obj[SIG_KEY];
  if (isWireSecret(obj)) {
    // The wire form as it is; `--show-secrets` plaintext decoded; an encrypted `ciphertext` (the
    // pack can only know it is a secret) as the unknown sentinel (model/sentinels.ts).
    return { [SIG_KEY]: SECRET_SIG, value: toWire(secretContent(obj)?.value) ?? null };
  }
  if (sig === RESOURCE_REF_SIG) {
    if (obj.id !== undefined && obj.id !== null) return toWire(obj.id) ?? null;
    return typeof obj.urn === "string" ? obj.urn : null;
  }
  return toWireObject(obj, sig === undefined);
}

/** `skipInternal`: drop `__` keys (not inside assets and archives, whose keys are their own). */
function toWireObject(
  obj: Record<string, unknown>,
  skipInternal: boolean,
): { [key: string]: JsValue } {
  const out: { [key: string]: JsValue } = {};
  for (const [k, v] of Object.entries(obj)) {
    if (skipInternal && k.startsWith("__")) continue;
    const w = toWire(v);
    if (w !== undefined) out[k] = w;
  }
  return out;
}

export function toStruct(protocol: Protocol, props: Record<string, unknown> | undefined) {
  return protocol.Struct.fromJavaScript(props ? toWireObject(props, true) : {});
}

/**
 * Properties for AnalyzeStack: outputs, or inputs when the state has none (a preview's new state,
 * the provider not supporting previews). When that provider is not configured because its own
 * inputs hold an unknown, the engine records an empty state in a preview, and so does this.
 */
export function stackProperties(
  state: ResourceState,
  providerUnconfigured = false,
): Record<string, unknown> | undefined {
  if (state.outputs && Object.keys(state.outputs).length > 0) return state.outputs;
  return providerUnconfigured ? {} : state.inputs;
}

/** The provider resources of a stack, each built once and shared by every request that names it. */
export class Providers {
  private readonly states = new Map<string, ResourceState>();
  private readonly messages = new Map<string, AnalyzerPb.AnalyzerProviderResource>();
  private readonly unknownConfig = new Map<string, boolean>();

  constructor(
    private readonly protocol: Protocol,
    states: Iterable<ResourceState>,
  ) {
    for (const s of states) if (s.type.startsWith(PROVIDER_TYPE_PREFIX)) this.states.set(s.urn, s);
  }

  /** Whether the provider of a state has an unknown among its inputs (the engine leaves it unconfigured). */
  unconfigured(state: ResourceState): boolean {
    if (!state.provider) return false;
    const urn = providerRefUrn(state.provider);
    let known = this.unknownConfig.get(urn);
    if (known === undefined) {
      known = containsUnknown(this.states.get(urn)?.inputs);
      this.unknownConfig.set(urn, known);
    }
    return known;
  }

  /** The provider a state's `<urn>::<id>` reference names. */
  forState(state: ResourceState): AnalyzerPb.AnalyzerProviderResource | undefined {
    if (!state.provider) return undefined;
    const urn = providerRefUrn(state.provider);
    let msg = this.messages.get(urn);
    if (!msg) {
      const provider = this.states.get(urn);
      msg = new this.protocol.messages.AnalyzerProviderResource();
      msg.setUrn(urn);
      msg.setName(urnName(urn));
      // A provider missing from the inputs still has its URN: type and name, without properties.
      msg.setType(provider?.type ?? parseUrn(urn)?.type ?? "");
      msg.setProperties(toStruct(this.protocol, provider?.inputs));
      this.messages.set(urn, msg);
    }
    return msg;
  }
}

export function resourceOptions(
  protocol: Protocol,
  state: ResourceState,
): AnalyzerPb.AnalyzerResourceOptions {
  // ResourceV3 fields beyond the shared ResourceState type, when the input file has them.
  const extra = state as unknown as Record<string, unknown>;
  const opts = new protocol.messages.AnalyzerResourceOptions();
  opts.setProtect(state.protect === true);
  if (state.parent) opts.setParent(state.parent);
  opts.setAliasesList(stringList(extra.aliases));
  opts.setAdditionalsecretoutputsList(stringList(extra.additionalSecretOutputs));
  const timeouts = new protocol.messages.AnalyzerResourceOptions.CustomTimeouts();
  const ct = extra.customTimeouts;
  if (typeof ct === "object" && ct !== null) {
    const t = ct as Record<string, unknown>;
    if (typeof t.create === "number") timeouts.setCreate(t.create);
    if (typeof t.update === "number") timeouts.setUpdate(t.update);
    if (typeof t.delete === "number") timeouts.setDelete(t.delete);
  }
  opts.setCustomtimeouts(timeouts);
  return opts;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

export function analyzeRequest(
  protocol: Protocol,
  state: ResourceState,
  providers: Providers,
): AnalyzerPb.AnalyzeRequest {
  const req = new protocol.messages.AnalyzeRequest();
  req.setType(state.type);
  req.setUrn(state.urn);
  req.setName(urnName(state.urn));
  req.setProperties(toStruct(protocol, state.inputs));
  req.setOptions(resourceOptions(protocol, state));
  const provider = providers.forState(state);
  if (provider) req.setProvider(provider);
  return req;
}

/**
 * The AnalyzeStack request for these states, serialised one resource at a time: building every
 * AnalyzerResource first and serialising the whole request at the end holds all their protobuf
 * objects at once, and the serialiser's scratch space on top (about 2 GB at 100,000 resources).
 * Here each resource is serialised and dropped, and the request carries the concatenated bytes
 * (field 1, `repeated AnalyzerResource resources`, is the message's only field).
 */
export function stackRequest(
  protocol: Protocol,
  states: readonly ResourceState[],
  providers: Providers,
): AnalyzerPb.AnalyzeStackRequest {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (const state of states) {
    const bytes = stackResource(protocol, state, providers).serializeBinary();
    const head = lengthDelimitedHeader(1, bytes.length);
    chunks.push(head, bytes);
    size += head.length + bytes.length;
  }
  const body = Buffer.concat(chunks, size);
  const Base = protocol.messages.AnalyzeStackRequest;
  const Prebuilt = class extends Base {
    override serializeBinary(): Uint8Array {
      return body;
    }
  };
  return new Prebuilt();
}

/** The protobuf key (field number, wire type 2) and length of a length-delimited field. */
function lengthDelimitedHeader(field: number, length: number): Uint8Array {
  const out = [(field << 3) | 2];
  let n = length;
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Uint8Array.from(out);
}

export function stackResource(
  protocol: Protocol,
  state: ResourceState,
  providers: Providers,
): AnalyzerPb.AnalyzerResource {
  const r = new protocol.messages.AnalyzerResource();
  r.setType(state.type);
  r.setUrn(state.urn);
  r.setName(urnName(state.urn));
  r.setProperties(toStruct(protocol, stackProperties(state, providers.unconfigured(state))));
  r.setOptions(resourceOptions(protocol, state));
  const provider = providers.forState(state);
  if (provider) r.setProvider(provider);
  if (state.parent) r.setParent(state.parent);
  r.setDependenciesList(state.dependencies ?? []);
  const deps = r.getPropertydependenciesMap();
  for (const [prop, urns] of Object.entries(state.propertyDependencies ?? {})) {
    if (!Array.isArray(urns) || urns.length === 0) continue; // the engine skips empty lists
    const d = new protocol.messages.AnalyzerPropertyDependencies();
    d.setUrnsList(urns);
    deps.set(prop, d);
  }
  return r;
}
