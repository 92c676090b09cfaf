/**
 * Checks a resource state read from a file before anything is sent to a pack, so that a state of
 * the wrong shape ends the command with one line naming the file, the resource and the field,
 * never with a stack trace from deep inside the protocol or the pack. Values are never printed
 * (they may be secrets): only where they are and what shape they have.
 */
import { escapeControls } from "../policy-pack/model/clip";
import {
  ARCHIVE_SIG,
  ASSET_SIG,
  MAX_VALUE_DEPTH,
  OUTPUT_VALUE_SIG,
  RESOURCE_REF_SIG,
  SECRET_SIG,
  SIG_KEY,
} from "../policy-pack/model/sentinels";
import { CliError } from "./errors";
import type { ResourceState } from "./state";

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function shape(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/** `inputs.listeners[0].port`-style paths; keys that are not identifiers are quoted. */
function child(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$:-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

class ShapeError extends Error {}

/** Paths this long (a value nested a hundred deep) are shortened in the middle. */
const MAX_PATH = 120;

function fail(path: string, problem: string): never {
  let shown = path;
  if (path.length > MAX_PATH) {
    const cut = Math.max(path.lastIndexOf("[", 60), path.lastIndexOf(".", 60));
    shown = `${path.slice(0, cut > 0 ? cut : 60)}…`;
  }
  throw new ShapeError(`${escapeControls(shown)}: ${problem}`);
}

function optionalString(v: Record<string, unknown>, key: string): void {
  const x = v[key];
  if (x !== undefined && x !== null && typeof x !== "string") {
    fail(key, `${shape(x)} where a string belongs`);
  }
}

function optionalBoolean(v: Record<string, unknown>, key: string): void {
  const x = v[key];
  if (x !== undefined && x !== null && typeof x !== "boolean") {
    fail(key, `${shape(x)} where true or false belongs`);
  }
}

function stringList(x: unknown, path: string, what: string): void {
  if (x === undefined || x === null) return;
  if (!Array.isArray(x)) fail(path, `${shape(x)} where a list of ${what} belongs`);
  x.forEach((el, i) => {
    if (typeof el !== "string") fail(child(path, i), `${shape(el)} where ${what} belong`);
  });
}

/** A special (signed) object: what each kind must hold, as the engine reads it. */
function checkSigned(o: Record<string, unknown>, path: string, depth: number): void {
  const sig = o[SIG_KEY];
  const has = (k: string) => typeof o[k] === "string";
  switch (sig) {
    case SECRET_SIG:
      if ("value" in o) checkValue(o.value, child(path, "value"), depth + 1);
      else if (!has("ciphertext") && !has("plaintext"))
        fail(path, 'a secret without "value", "ciphertext" or "plaintext"');
      return;
    case ASSET_SIG:
      if (!has("path") && !has("text") && !has("uri"))
        fail(path, 'an asset without "path", "text" or "uri"');
      return;
    case ARCHIVE_SIG:
      if (isRecord(o.assets)) {
        for (const [k, a] of Object.entries(o.assets)) {
          const p = child(child(path, "assets"), k);
          if (!isRecord(a) || (a[SIG_KEY] !== ASSET_SIG && a[SIG_KEY] !== ARCHIVE_SIG))
            fail(p, "an archive entry that is not an asset or archive");
          checkSigned(a, p, depth + 1);
        }
      } else if (!has("path") && !has("uri")) {
        fail(path, 'an archive without "assets", "path" or "uri"');
      }
      return;
    case RESOURCE_REF_SIG:
      if (!has("urn")) fail(path, 'a resource reference without a "urn" string');
      return;
    case OUTPUT_VALUE_SIG:
      fail(path, "an output value, which a resource state never holds");
      return;
    default:
      fail(path, `an object with an unknown signature (${shape(sig)} under the signature key)`);
  }
}

function checkValue(v: unknown, path: string, depth: number): void {
  if (v === null || typeof v !== "object") return;
  if (depth >= MAX_VALUE_DEPTH) {
    fail(path, `nested deeper than ${MAX_VALUE_DEPTH} levels of lists and objects`);
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) checkValue(v[i], child(path, i), depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  if (Object.hasOwn(o, SIG_KEY)) {
    checkSigned(o, path, depth);
    return;
  }
  for (const key of Object.keys(o)) checkValue(o[key], child(path, key), depth + 1);
}

function checkPropertyMap(v: Record<string, unknown>, key: string): void {
  const x = v[key];
  if (x === undefined || x === null) return;
  if (!isRecord(x)) fail(key, `${shape(x)} where an object belongs`);
  for (const k of Object.keys(x)) checkValue(x[k], child(key, k), 1);
}

/**
 * A resource state of the right shape (apitype ResourceV3, or a step's state), else a CliError:
 * `<file>: <where> (<urn>): <field>: <problem>`.
 */
export function checkState(file: string, v: unknown, where: string): ResourceState {
  if (!isRecord(v)) throw new CliError(`${file}: ${where} is not a resource state object`);
  if (typeof v.urn !== "string" || v.urn === "")
    throw new CliError(`${file}: ${where} has no "urn"`);
  const at = `${file}: ${where} (${escapeControls(v.urn)})`;
  if (typeof v.type !== "string" || v.type === "") throw new CliError(`${at} has no "type"`);
  try {
    for (const key of ["id", "parent", "provider"]) optionalString(v, key);
    for (const key of ["custom", "protect", "delete", "external"]) optionalBoolean(v, key);
    checkPropertyMap(v, "inputs");
    checkPropertyMap(v, "outputs");
    stringList(v.dependencies, "dependencies", "URN strings");
    const deps = v.propertyDependencies;
    if (deps !== undefined && deps !== null) {
      if (!isRecord(deps)) fail("propertyDependencies", `${shape(deps)} where an object belongs`);
      for (const [prop, urns] of Object.entries(deps)) {
        stringList(urns, child("propertyDependencies", prop), "URN strings");
      }
    }
    stringList(v.additionalSecretOutputs, "additionalSecretOutputs", "property names");
  } catch (e) {
    if (e instanceof ShapeError) throw new CliError(`${at}: ${e.message}`);
    throw e;
  }
  return v as unknown as ResourceState;
}
