/**
 * What the capture monitor (capture-monitor.ts) reads from a request and writes into an answer:
 * the registration the engine would record for a RegisterResource or ReadResource (its URN, the
 * package version, the program line that made it), the plain values of invoke arguments, and the
 * Struct form of an answer.
 */
import { fileURLToPath } from "node:url";
import type * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { SECRET_SIG, SIG_KEY } from "../../policy-pack/model/sentinels";
import type { CaptureContext } from "./capture-monitor";
import { isProviderType, resourceUrn, typePackage } from "./engine-rules";
import type { Registration, SourceLocation } from "./protocol";

/** What RegisterResource and ReadResource requests both carry. */
export interface ResourceRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getProvider(): string;
  getVersion(): string;
  getPlugindownloadurl(): string;
  getDependenciesList(): string[];
}

/** The fields in which a registration and a read differ. */
type OwnFields = Pick<
  Registration,
  "op" | "custom" | "remote" | "protect" | "id" | "propertyDependencies" | "inputs"
>;

/**
 * The registration the engine would record for a request: its URN, the package version (the
 * installed SDK's when the request names none), and the program line that constructed it.
 */
export function registrationOf(
  req: ResourceRequest,
  own: OwnFields,
  ctx: CaptureContext,
): Registration {
  const type = req.getType();
  const requested = req.getVersion();
  const version =
    requested !== "" || !(own.custom || isProviderType(type))
      ? requested
      : ctx.installedVersion(typePackage(type));
  const location = programLocation(req as unknown as Traced, ctx);
  return {
    op: own.op,
    urn: resourceUrn(ctx.stack, ctx.project, req.getParent(), type, req.getName()),
    type,
    name: req.getName(),
    custom: own.custom,
    parent: req.getParent(),
    provider: req.getProvider(),
    version,
    pluginDownloadUrl: req.getPlugindownloadurl(),
    remote: own.remote,
    protect: own.protect,
    id: own.id,
    dependencies: req.getDependenciesList(),
    propertyDependencies: own.propertyDependencies,
    inputs: own.inputs,
    ...(location ? { location } : {}),
  };
}

interface PositionLike {
  getUri(): string;
  getLine(): number;
  getColumn(): number;
}
interface FrameLike {
  getPc(): PositionLike | undefined;
}
interface Traced {
  getStacktrace?(): { getFramesList(): FrameLike[] } | undefined;
  getSourceposition?(): PositionLike | undefined;
}

/** The first frame of the registration's call stack that is the program's own code. */
function programLocation(req: Traced, ctx: CaptureContext): SourceLocation | undefined {
  const positions: PositionLike[] = [];
  for (const frame of req.getStacktrace?.()?.getFramesList() ?? []) {
    const pc = frame.getPc();
    if (pc) positions.push(pc);
  }
  const own = req.getSourceposition?.();
  if (own) positions.push(own);
  for (const pos of positions) {
    const file = fileOf(pos.getUri());
    if (file && pos.getLine() > 0 && ctx.isProgramFile(file)) {
      return { file, line: pos.getLine(), column: pos.getColumn() };
    }
  }
  return undefined;
}

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return uri.startsWith("/") ? uri : undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Plain values of invoke arguments: secrets unwrapped (and reported), wire form otherwise. */
export function plainArgs(value: unknown, secret: { found: boolean }): unknown {
  if (Array.isArray(value)) return value.map((v) => plainArgs(v, secret));
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) {
      secret.found = true;
      return plainArgs(o.value, secret);
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plainArgs(v, secret)]));
  }
  return value;
}

/** `{ result: x }` with each top-level value wrapped as a secret. */
export function secretResult(result: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(result).map(([k, v]) => [k, { [SIG_KEY]: SECRET_SIG, value: v }]),
  );
}

type StructInput = Parameters<typeof structproto.Struct.fromJavaScript>[0];

/** Struct values are JSON values; `toJavaScript` produced them, so this only restates the type. */
export function toStructInput(props: Record<string, unknown>): StructInput {
  return JSON.parse(JSON.stringify(props));
}

export function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
