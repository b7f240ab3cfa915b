// The handler of each tfplugin6 RPC: decode the request with the type the schema
// implies, call the framework (lifecycle.ts) or the provider, encode the answer.
import { decodeValue, encodeValue, type CtyType } from "./cty";
import { impliedType, type DataSource, type Diagnostic, type Obj, type Provider, type Resource, type Schema } from "./framework";
import { applyChange, importState, planChange, readData, readState } from "./lifecycle";
import type { tfplugin6 } from "./proto/tfplugin";
import { diagsToWire, dynamicValue as dv, opaque, pathToWire, schemaToWire, type RpcName } from "./wire";

export type Handler = (req: any) => Promise<any> | any;

/** Decodes a DynamicValue of the request with the schema's type. */
type Decode = (v?: { msgpack?: Uint8Array | null } | null) => Obj | null;

const unknownType = (name: string) => ({
  diagnostics: diagsToWire([{ severity: "error", summary: `Unknown type "${name}"`, detail: "This provider has no resource or data source of that name." } as Diagnostic]),
});

export function handlers(provider: Provider): Record<RpcName, Handler> {
  const providerType = impliedType(provider.schema.block);
  const types = new Map<Schema, CtyType>();
  const typeOf = (s: Schema) => {
    let t = types.get(s);
    if (!t) types.set(s, (t = impliedType(s.block)));
    return t;
  };
  /** The named resource (or data source) and a decoder of its values; unknownType when there is none. */
  function lookup<T extends { schema: Schema }>(table: Record<string, T>, name: string, body: (it: T, type: CtyType, decode: Decode) => unknown) {
    const it = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
    if (!it) return unknownType(name);
    const type = typeOf(it.schema);
    return body(it, type, (v) => decodeValue(v?.msgpack, type) as Obj | null);
  }
  const resource = (req: { type_name: string }, body: (r: Resource<Obj>, type: CtyType, decode: Decode) => unknown) =>
    lookup(provider.resources, req.type_name, body);
  const dataSource = (req: { type_name: string }, body: (d: DataSource, type: CtyType, decode: Decode) => unknown) =>
    lookup(provider.dataSources, req.type_name, body);
  let schemaResponse: tfplugin6.GetProviderSchema.IResponse | undefined;
  // The schema is the same in every process: the engine may reuse the one it has (it
  // then skips GetProviderSchema in the processes it starts later in the same command).
  const capabilities = { plan_destroy: false, get_provider_schema_optional: true };

  return {
    GetMetadata: () => ({
      server_capabilities: capabilities,
      resources: Object.keys(provider.resources).map((type_name) => ({ type_name })),
      data_sources: Object.keys(provider.dataSources).map((type_name) => ({ type_name })),
    }),
    GetProviderSchema: () => (schemaResponse ??= {
      provider: schemaToWire(provider.schema),
      resource_schemas: Object.fromEntries(Object.entries(provider.resources).map(([n, r]) => [n, schemaToWire(r.schema)])),
      data_source_schemas: Object.fromEntries(Object.entries(provider.dataSources).map(([n, d]) => [n, schemaToWire(d.schema)])),
      server_capabilities: capabilities,
    }),
    ValidateProviderConfig: (req) => ({
      diagnostics: diagsToWire(provider.validate(decodeValue(req.config?.msgpack, providerType) as Obj)),
    }),
    ValidateResourceConfig: (req) => resource(req, (r, _t, decode) => ({ diagnostics: diagsToWire(r.validate?.(decode(req.config) as Obj) ?? []) })),
    ValidateDataResourceConfig: (req) => dataSource(req, (d, _t, decode) => ({ diagnostics: diagsToWire(d.validate?.(decode(req.config) as Obj) ?? []) })),
    // Schema version 0 is the only one so far: hand the stored JSON back as it is;
    // the engine has already dropped attributes no longer in the schema.
    UpgradeResourceState: (req) => resource(req, () => ({ upgraded_state: { json: req.raw_state?.json ?? Buffer.from("null") } })),
    ConfigureProvider: async (req) => ({
      diagnostics: diagsToWire(await provider.configure(decodeValue(req.config?.msgpack, providerType) as Obj, req.terraform_version ?? "")),
    }),
    ReadResource: (req) => resource(req, async (r, type, decode) => {
      const state = decode(req.current_state);
      if (state === null) return { new_state: dv(encodeValue(null, type)), private: opaque(req.private) };
      const res = await readState(r, state);
      return { new_state: dv(encodeValue(res.value, type)), diagnostics: diagsToWire(res.diagnostics), private: opaque(req.private) };
    }),
    PlanResourceChange: (req) => resource(req, async (r, type, decode) => {
      const proposed = decode(req.proposed_new_state);
      // A destroy: nothing to plan.
      if (proposed === null) return { planned_state: dv(encodeValue(null, type)), planned_private: opaque(req.prior_private) };
      const res = await planChange(r, { prior: decode(req.prior_state), proposed, config: decode(req.config) as Obj });
      return {
        planned_state: dv(encodeValue(res.planned, type)),
        requires_replace: res.requiresReplace.map(pathToWire),
        planned_private: opaque(req.prior_private),
        diagnostics: diagsToWire(res.diagnostics),
      };
    }),
    ApplyResourceChange: (req) => resource(req, async (r, type, decode) => {
      const res = await applyChange(r, { prior: decode(req.prior_state), planned: decode(req.planned_state) });
      return { new_state: dv(encodeValue(res.value, type)), diagnostics: diagsToWire(res.diagnostics), private: opaque(req.planned_private) };
    }),
    ImportResourceState: (req) => resource(req, async (r, type) => {
      const res = await importState(r, req.id);
      const imported = res.value === null ? [] : [{ type_name: req.type_name, state: dv(encodeValue(res.value, type)) }];
      return { imported_resources: imported, diagnostics: diagsToWire(res.diagnostics) };
    }),
    ReadDataSource: (req) => dataSource(req, async (d, type, decode) => {
      const res = await readData(d, decode(req.config) as Obj);
      return { state: res.value === null ? undefined : dv(encodeValue(res.value, type)), diagnostics: diagsToWire(res.diagnostics) };
    }),
    StopProvider: async () => {
      await provider.stop();
      return { Error: "" };
    },
  };
}
