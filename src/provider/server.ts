// The plugin server: the handshake (handshake.ts), the credentials (credentials.ts)
// and the handler table (handlers.ts) served over gRPC until the engine says Shutdown.
// It knows the protocol and nothing about Xen.
import { rmSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { WireError } from "./cty";
import type { Diagnostic, Provider } from "./framework";
import { serverCredentials } from "./credentials";
import { handlers } from "./handlers";
import { announce, requireEngine, socketDirectory } from "./handshake";
import { log } from "./log";
import { controllerService, diagsToWire, providerService } from "./wire";

function failure(e: unknown, what: string): Diagnostic[] {
  const msg = e instanceof Error ? e.message : String(e);
  log("error", `${what} failed`, { error: msg });
  return [{ severity: "error", summary: `${what} failed`, detail: msg }];
}

/** Each handler as a unary gRPC method; anything it throws becomes an error diagnostic. */
function implementation(provider: Provider): grpc.UntypedServiceImplementation {
  const impl: grpc.UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(handlers(provider))) {
    impl[name] = (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      Promise.resolve()
        .then(() => handler(call.request))
        .then((res) => callback(null, res), (e) => {
          const what = e instanceof WireError ? `Decoding the ${name} request` : name;
          callback(null, { diagnostics: diagsToWire(failure(e, what)) });
        });
    };
  }
  return impl;
}

export interface ServeOptions {
  /** Called once the server is about to exit (after Shutdown). */
  onExit?: (code: number) => void;
}

/** Serve the provider to an engine that started this process. */
export async function serve(provider: Provider, opts: ServeOptions = {}): Promise<void> {
  requireEngine();
  // Ctrl-C goes to the whole process group: the engine drives shutdown (StopProvider, Shutdown).
  process.on("SIGINT", () => {});

  const server = new grpc.Server({
    "grpc.max_receive_message_length": 256 << 20,
    "grpc.max_send_message_length": 256 << 20,
    // Channelz keeps per-call statistics for a debugging service this server does not offer.
    "grpc.enable_channelz": 0,
  });
  server.addService(providerService, implementation(provider));

  const { dir, socket } = socketDirectory();
  let exiting = false;
  const exit = (code: number) => {
    if (exiting) return;
    exiting = true;
    const finish = () => {
      rmSync(dir, { recursive: true, force: true });
      opts.onExit?.(code);
      process.exit(code);
    };
    provider.close().catch(() => {}).finally(() => {
      server.tryShutdown(finish);
      setTimeout(finish, 500).unref();
    });
  };
  server.addService(controllerService, {
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<any>) => {
      callback(null, {});
      setImmediate(() => exit(0));
    },
  });
  process.on("SIGTERM", () => exit(0));

  const creds = await serverCredentials();
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix:${socket}`, creds.credentials, (err) => (err ? reject(err) : resolve())));
  announce(socket, creds.certificate);
  log("debug", "plugin server ready", { socket, tls: creds.tls });
}
