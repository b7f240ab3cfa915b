// The plugin server: go-plugin handshake, AutoMTLS, and tfplugin6 over gRPC.
// It knows the protocol and nothing about Xen: every call becomes a call of the
// Provider / Resource / DataSource interfaces of framework.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { tfplugin6 } from "./proto/tfplugin";
import { decodeValue, encodeValue, WireError, type CtyType } from "./cty";
import {
  impliedType, type BlockSchema, type Diagnostic, type Obj, type Path, type Provider, type Schema,
} from "./framework";
import { log } from "./log";

const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

const pb = tfplugin6;
type Msg = { encode(m: any): { finish(): Uint8Array }; decode(b: Uint8Array): any };

function method(service: string, name: string, req: Msg, res: Msg): grpc.MethodDefinition<any, any> {
  return {
    path: `/${service}/${name}`,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: any) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: any) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

const rpcs = {
  GetMetadata: pb.GetMetadata,
  GetProviderSchema: pb.GetProviderSchema,
  ValidateProviderConfig: pb.ValidateProviderConfig,
  ValidateResourceConfig: pb.ValidateResourceConfig,
  ValidateDataResourceConfig: pb.ValidateDataResourceConfig,
  UpgradeResourceState: pb.UpgradeResourceState,
  ConfigureProvider: pb.ConfigureProvider,
  ReadResource: pb.ReadResource,
  PlanResourceChange: pb.PlanResourceChange,
  ApplyResourceChange: pb.ApplyResourceChange,
  ImportResourceState: pb.ImportResourceState,
  ReadDataSource: pb.ReadDataSource,
  StopProvider: pb.StopProvider,
} as const;

const providerService: grpc.ServiceDefinition = Object.fromEntries(
  Object.entries(rpcs).map(([name, m]) => [name, method("tfplugin6.Provider", name, m.Request, m.Response)]),
);
const empty = (require("./proto/tfplugin") as any).plugin.Empty as Msg;
const controllerService: grpc.ServiceDefinition = {
  Shutdown: method("plugin.GRPCController", "Shutdown", empty, empty),
};

// ---- conversions between the framework and the wire ----

function pathToWire(path: Path): tfplugin6.IAttributePath {
  return {
    steps: path.map((s) =>
      typeof s === "string" ? { attribute_name: s }
        : typeof s === "number" ? { element_key_int: s }
          : { element_key_string: s.key }),
  };
}

function diagsToWire(diags: Diagnostic[]): tfplugin6.IDiagnostic[] {
  return diags.map((d) => ({
    severity: d.severity === "error" ? pb.Diagnostic.Severity.ERROR : pb.Diagnostic.Severity.WARNING,
    summary: d.summary,
    detail: d.detail ?? "",
    attribute: d.path && d.path.length ? pathToWire(d.path) : undefined,
  }));
}

function blockToWire(b: BlockSchema): tfplugin6.Schema.IBlock {
  return {
    description: b.description ?? "",
    description_kind: pb.StringKind.MARKDOWN,
    attributes: Object.entries(b.attributes).map(([name, a]) => ({
      name,
      type: Buffer.from(JSON.stringify(a.type)),
      description: a.description,
      description_kind: pb.StringKind.MARKDOWN,
      required: !!a.required,
      optional: !!a.optional,
      computed: !!a.computed,
      sensitive: !!a.sensitive,
    })),
    block_types: Object.entries(b.blocks ?? {}).map(([name, nb]) => ({
      type_name: name,
      block: blockToWire(nb.block),
      nesting: nb.nesting === "single" ? pb.Schema.NestedBlock.NestingMode.SINGLE : pb.Schema.NestedBlock.NestingMode.LIST,
      min_items: nb.minItems ?? 0,
      max_items: nb.maxItems ?? 0,
    })),
  };
}

function schemaToWire(s: Schema): tfplugin6.ISchema {
  return { version: s.version, block: blockToWire(s.block) };
}

const dv = (bytes: Uint8Array) => ({ msgpack: bytes });
/** Private state is echoed back as received; an empty one stays absent on the wire. */
const opaque = (b: Uint8Array | null | undefined) => (b && b.length ? b : undefined);

function failure(e: unknown, what: string): Diagnostic[] {
  const msg = e instanceof Error ? e.message : String(e);
  log("error", `${what} failed`, { error: msg });
  return [{ severity: "error", summary: `${what} failed`, detail: msg }];
}

export interface ServeOptions {
  /** Called once the server is about to exit (after Shutdown). */
  onExit?: (code: number) => void;
}

/** Serve the provider to an engine that started this process. */
export async function serve(provider: Provider, opts: ServeOptions = {}): Promise<void> {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write(
      "This binary is a plugin. These are not meant to be executed directly.\n" +
      "Please execute the program that consumes these plugins (terraform or tofu), which will\n" +
      "load any plugins automatically.\n",
    );
    process.exit(1);
  }
  const versions = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? "6").split(",").map((v) => v.trim());
  if (!versions.includes("6")) {
    process.stderr.write(`terraform-provider-xen speaks plugin protocol 6; the engine offered ${versions.join(",")}\n`);
    process.exit(1);
  }
  // Ctrl-C goes to the whole process group: the engine drives shutdown (StopProvider, Shutdown).
  process.on("SIGINT", () => {});

  const providerType = impliedType(provider.schema.block);
  const typeOf = (kind: "resource" | "data", name: string): { type: CtyType } | undefined => {
    const s = kind === "resource" ? provider.resources[name]?.schema : provider.dataSources[name]?.schema;
    return s && { type: impliedType(s.block) };
  };
  let schemaResponse: tfplugin6.GetProviderSchema.IResponse | undefined;

  const unknownType = (name: string): Diagnostic[] =>
    [{ severity: "error", summary: `Unknown type "${name}"`, detail: "This provider has no resource or data source of that name." }];

  type Handler = (req: any) => Promise<any> | any;
  const handlers: Record<keyof typeof rpcs, Handler> = {
    GetMetadata: () => ({
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
      resources: Object.keys(provider.resources).map((type_name) => ({ type_name })),
      data_sources: Object.keys(provider.dataSources).map((type_name) => ({ type_name })),
    }),
    GetProviderSchema: () => (schemaResponse ??= {
      provider: schemaToWire(provider.schema),
      resource_schemas: Object.fromEntries(Object.entries(provider.resources).map(([n, r]) => [n, schemaToWire(r.schema)])),
      data_source_schemas: Object.fromEntries(Object.entries(provider.dataSources).map(([n, d]) => [n, schemaToWire(d.schema)])),
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
    }),
    ValidateProviderConfig: (req) => {
      const config = decodeValue(req.config?.msgpack, providerType) as Obj;
      return { diagnostics: diagsToWire(provider.validate(config)) };
    },
    ValidateResourceConfig: (req) => {
      const t = typeOf("resource", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      const config = decodeValue(req.config?.msgpack, t.type) as Obj;
      return { diagnostics: diagsToWire(provider.resources[req.type_name].validate(config)) };
    },
    ValidateDataResourceConfig: (req) => {
      const t = typeOf("data", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      const config = decodeValue(req.config?.msgpack, t.type) as Obj;
      return { diagnostics: diagsToWire(provider.dataSources[req.type_name].validate(config)) };
    },
    UpgradeResourceState: (req) => {
      const t = typeOf("resource", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      // Schema version 0 is the only one so far: hand the stored JSON back as it is;
      // the engine has already dropped attributes no longer in the schema.
      return { upgraded_state: { json: req.raw_state?.json ?? Buffer.from("null") } };
    },
    ConfigureProvider: async (req) => {
      const config = decodeValue(req.config?.msgpack, providerType) as Obj;
      return { diagnostics: diagsToWire(await provider.configure(config, req.terraform_version ?? "")) };
    },
    ReadResource: async (req) => {
      const t = typeOf("resource", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      const state = decodeValue(req.current_state?.msgpack, t.type) as Obj | null;
      if (state === null) return { new_state: dv(encodeValue(null, t.type)), private: opaque(req.private) };
      const r = await provider.resources[req.type_name].read(state);
      // On error, keep the stored state rather than claim the object is gone.
      const next = r.diagnostics.some((d) => d.severity === "error") ? state : r.value;
      return { new_state: dv(encodeValue(next, t.type)), diagnostics: diagsToWire(r.diagnostics), private: opaque(req.private) };
    },
    PlanResourceChange: async (req) => {
      const t = typeOf("resource", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      const proposed = decodeValue(req.proposed_new_state?.msgpack, t.type) as Obj | null;
      if (proposed === null) return { planned_state: dv(encodeValue(null, t.type)), planned_private: opaque(req.prior_private) };
      const r = await provider.resources[req.type_name].plan({
        prior: decodeValue(req.prior_state?.msgpack, t.type) as Obj | null,
        proposed,
        config: decodeValue(req.config?.msgpack, t.type) as Obj,
      });
      return {
        planned_state: dv(encodeValue(r.planned, t.type)),
        requires_replace: r.requiresReplace.map(pathToWire),
        planned_private: opaque(req.prior_private),
        diagnostics: diagsToWire(r.diagnostics),
      };
    },
    ApplyResourceChange: async (req) => {
      const t = typeOf("resource", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      const r = await provider.resources[req.type_name].apply({
        prior: decodeValue(req.prior_state?.msgpack, t.type) as Obj | null,
        planned: decodeValue(req.planned_state?.msgpack, t.type) as Obj | null,
        config: decodeValue(req.config?.msgpack, t.type) as Obj | null,
      });
      return { new_state: dv(encodeValue(r.value, t.type)), diagnostics: diagsToWire(r.diagnostics), private: opaque(req.planned_private) };
    },
    ImportResourceState: async (req) => {
      const t = typeOf("resource", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      const r = await provider.resources[req.type_name].importState(req.id);
      const imported = r.value === null ? [] : [{ type_name: req.type_name, state: dv(encodeValue(r.value, t.type)) }];
      return { imported_resources: imported, diagnostics: diagsToWire(r.diagnostics) };
    },
    ReadDataSource: async (req) => {
      const t = typeOf("data", req.type_name);
      if (!t) return { diagnostics: diagsToWire(unknownType(req.type_name)) };
      const config = decodeValue(req.config?.msgpack, t.type) as Obj;
      const r = await provider.dataSources[req.type_name].read(config);
      const failed = r.diagnostics.some((d) => d.severity === "error");
      return { state: failed ? undefined : dv(encodeValue(r.value, t.type)), diagnostics: diagsToWire(r.diagnostics) };
    },
    StopProvider: async () => {
      await provider.stop();
      return { Error: "" };
    },
  };

  const impl: grpc.UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(handlers)) {
    impl[name] = (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      Promise.resolve()
        .then(() => handler(call.request))
        .then((res) => callback(null, res), (e) => {
          const what = e instanceof WireError ? `Decoding the ${name} request` : name;
          callback(null, { diagnostics: diagsToWire(failure(e, what)) });
        });
    };
  }

  const server = new grpc.Server({
    "grpc.max_receive_message_length": 256 << 20,
    "grpc.max_send_message_length": 256 << 20,
  });
  server.addService(providerService, impl);

  const socketDir = mkdtempSync(join(process.env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), "tf-xen-"));
  const socketPath = join(socketDir, "plugin.sock");
  let exiting = false;
  const exit = (code: number) => {
    if (exiting) return;
    exiting = true;
    const finish = () => {
      rmSync(socketDir, { recursive: true, force: true });
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

  let creds: grpc.ServerCredentials;
  let certField = "";
  const clientCert = process.env.PLUGIN_CLIENT_CERT;
  if (clientCert) {
    const { makeServerCertificate } = await import("./cert");
    const cert = makeServerCertificate();
    creds = grpc.ServerCredentials.createSsl(
      Buffer.from(clientCert),
      [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }],
      true,
    );
    certField = cert.der.toString("base64").replace(/=+$/, "");
  } else {
    creds = grpc.ServerCredentials.createInsecure();
  }
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix:${socketPath}`, creds, (err) => (err ? reject(err) : resolve())));
  process.stdout.write(`1|6|unix|${socketPath}|grpc|${certField}\n`);
  log("debug", "plugin server ready", { socket: socketPath, tls: !!clientCert });
}
