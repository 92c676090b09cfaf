/**
 * The engine's Analyzer protocol, loaded from the pack's own `@pulumi/pulumi` (and the
 * `@grpc/grpc-js` and `google-protobuf` it resolves), so message classes match the stubs.
 * Only types come from this repository's copy; the few client methods used are typed here.
 */
import type * as AnalyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as EmptyPb from "google-protobuf/google/protobuf/empty_pb";
import type * as StructPb from "google-protobuf/google/protobuf/struct_pb";

export type AnalyzerMessages = typeof AnalyzerPb;
export type { AnalyzerPb };

export interface RpcError extends Error {
  code?: number;
  details?: string;
}

type Callback<Res> = (err: RpcError | null, res?: Res) => void;
export type Unary<Req, Res> = (
  request: Req,
  metadata: unknown,
  options: { deadline: Date },
  callback: Callback<Res>,
) => unknown;

export interface AnalyzerClient {
  handshake: Unary<AnalyzerPb.AnalyzerHandshakeRequest, AnalyzerPb.AnalyzerHandshakeResponse>;
  configureStack: Unary<
    AnalyzerPb.AnalyzerStackConfigureRequest,
    AnalyzerPb.AnalyzerStackConfigureResponse
  >;
  getAnalyzerInfo: Unary<EmptyPb.Empty, AnalyzerPb.AnalyzerInfo>;
  configure: Unary<AnalyzerPb.ConfigureAnalyzerRequest, EmptyPb.Empty>;
  remediate: Unary<AnalyzerPb.AnalyzeRequest, AnalyzerPb.RemediateResponse>;
  analyze: Unary<AnalyzerPb.AnalyzeRequest, AnalyzerPb.AnalyzeResponse>;
  analyzeStack: Unary<AnalyzerPb.AnalyzeStackRequest, AnalyzerPb.AnalyzeResponse>;
  close(): void;
}

interface GrpcModule {
  credentials: { createInsecure(): unknown };
  Metadata: new () => unknown;
  status: Record<string, number>;
}

interface AnalyzerGrpcModule {
  AnalyzerClient: new (
    address: string,
    credentials: unknown,
    options?: Record<string, unknown>,
  ) => AnalyzerClient;
}

export interface Protocol {
  messages: AnalyzerMessages;
  Struct: typeof StructPb.Struct;
  Empty: typeof EmptyPb.Empty;
  status: { UNIMPLEMENTED: number; DEADLINE_EXCEEDED: number; UNAVAILABLE: number };
  connect(port: number): AnalyzerClient;
  /** Calls one unary method with a deadline. */
  call<Req, Res>(
    client: AnalyzerClient,
    method: Unary<Req, Res>,
    request: Req,
    timeoutMs: number,
  ): Promise<Res>;
}

// The SDK's server accepts 400 MB messages; a 20,000-resource AnalyzeStack needs more than 4 MB.
const MAX_MESSAGE = 400 * 1024 * 1024;

export function loadProtocol(pulumiDir: string): Protocol {
  const load = (id: string): unknown => require(require.resolve(id, { paths: [pulumiDir] }));
  const grpc = load("@grpc/grpc-js") as GrpcModule;
  const services = load("@pulumi/pulumi/proto/analyzer_grpc_pb") as AnalyzerGrpcModule;
  const messages = load("@pulumi/pulumi/proto/analyzer_pb") as AnalyzerMessages;
  const struct = load("google-protobuf/google/protobuf/struct_pb") as typeof StructPb;
  const empty = load("google-protobuf/google/protobuf/empty_pb") as typeof EmptyPb;
  return {
    messages,
    Struct: struct.Struct,
    Empty: empty.Empty,
    status: {
      UNIMPLEMENTED: grpc.status.UNIMPLEMENTED,
      DEADLINE_EXCEEDED: grpc.status.DEADLINE_EXCEEDED,
      UNAVAILABLE: grpc.status.UNAVAILABLE,
    },
    connect(port) {
      return new services.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
        "grpc.max_receive_message_length": MAX_MESSAGE,
        "grpc.max_send_message_length": MAX_MESSAGE,
      });
    },
    call(client, method, request, timeoutMs) {
      return new Promise((resolve, reject) => {
        const deadline = new Date(Date.now() + timeoutMs);
        method.call(client, request, new grpc.Metadata(), { deadline }, (err, res) => {
          if (err) reject(err);
          else if (res === undefined) reject(new Error("empty response"));
          else resolve(res);
        });
      });
    },
  };
}
