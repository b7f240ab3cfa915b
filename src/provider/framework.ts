// What a provider, a resource and a data source are, independent of the wire:
// the protocol layer (server.ts) turns gRPC messages into calls of these
// interfaces and back. Modelled on terraform-plugin-framework's shape.
import type { CtyType, CtyValue } from "./cty";

/** Steps to an attribute: names, list indexes, and `{ key }` for map keys. */
export type Path = (string | number | { key: string })[];

export interface Diagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  /** The attribute the diagnostic is about, e.g. ["host", 0, "name"] or ["xl_config", { key: "vif" }]. */
  path?: Path;
}

export interface AttributeSchema {
  type: CtyType;
  description: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
}

export interface BlockSchema {
  description?: string;
  attributes: Record<string, AttributeSchema>;
  blocks?: Record<string, NestedBlockSchema>;
}

export interface NestedBlockSchema {
  nesting: "single" | "list";
  block: BlockSchema;
  minItems?: number;
  maxItems?: number;
}

export interface Schema {
  version: number;
  block: BlockSchema;
}

/** The cty object type a block's values have on the wire. */
export function impliedType(block: BlockSchema): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(block.attributes)) attrs[name] = a.type;
  for (const [name, b] of Object.entries(block.blocks ?? {})) {
    const inner = impliedType(b.block);
    attrs[name] = b.nesting === "single" ? inner : ["list", inner];
  }
  return ["object", attrs];
}

export type Obj = Record<string, CtyValue>;

export interface PlanRequest {
  prior: Obj | null;
  proposed: Obj;
  config: Obj;
}
export interface PlanResult {
  planned: Obj;
  requiresReplace: Path[];
  diagnostics: Diagnostic[];
}
export interface ApplyRequest {
  prior: Obj | null;
  planned: Obj | null;
  config: Obj | null;
}
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export interface Resource {
  schema: Schema;
  validate(config: Obj): Diagnostic[];
  plan(req: PlanRequest): Promise<PlanResult>;
  apply(req: ApplyRequest): Promise<Result<Obj | null>>;
  read(state: Obj): Promise<Result<Obj | null>>;
  importState(id: string): Promise<Result<Obj | null>>;
}

export interface DataSource {
  schema: Schema;
  validate(config: Obj): Diagnostic[];
  read(config: Obj): Promise<Result<Obj>>;
}

export interface Provider {
  schema: Schema;
  resources: Record<string, Resource>;
  dataSources: Record<string, DataSource>;
  validate(config: Obj): Diagnostic[];
  configure(config: Obj, engineVersion: string): Promise<Diagnostic[]>;
  /** Abort in-flight work (the engine's StopProvider, e.g. on Ctrl-C). */
  stop(): Promise<void>;
  /** Release connections before the process exits. */
  close(): Promise<void>;
}

export const error = (summary: string, detail?: string, path?: Path): Diagnostic =>
  ({ severity: "error", summary, detail, path });
export const warning = (summary: string, detail?: string, path?: Path): Diagnostic =>
  ({ severity: "warning", summary, detail, path });
