// The tfplugin6 service and its messages, and the framework's schemas, diagnostics
// and paths as those messages carry them.
import type * as grpc from "@grpc/grpc-js";
import { tfplugin6 } from "./proto/tfplugin";
import type { BlockSchema, Diagnostic, Path, Schema } from "./framework";

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

/** The RPCs this provider answers (of tfplugin6.Provider). */
export const RPCS = {
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

export type RpcName = keyof typeof RPCS;

export const providerService: grpc.ServiceDefinition = Object.fromEntries(
  Object.entries(RPCS).map(([name, m]) => [name, method("tfplugin6.Provider", name, m.Request, m.Response)]),
);

const empty = (require("./proto/tfplugin") as any).plugin.Empty as Msg;
/** go-plugin's controller: the engine's Shutdown. */
export const controllerService: grpc.ServiceDefinition = {
  Shutdown: method("plugin.GRPCController", "Shutdown", empty, empty),
};

export function pathToWire(path: Path): tfplugin6.IAttributePath {
  return {
    steps: path.map((s) =>
      typeof s === "string" ? { attribute_name: s }
        : typeof s === "number" ? { element_key_int: s }
          : { element_key_string: s.key }),
  };
}

export function diagsToWire(diags: Diagnostic[]): tfplugin6.IDiagnostic[] {
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

export function schemaToWire(s: Schema): tfplugin6.ISchema {
  return { version: s.version, block: blockToWire(s.block) };
}

/** A DynamicValue in the msgpack form this provider always answers with. */
export const dynamicValue = (bytes: Uint8Array) => ({ msgpack: bytes });

/** Private state is echoed back as received; an empty one stays absent on the wire. */
export const opaque = (b: Uint8Array | null | undefined) => (b && b.length ? b : undefined);
