// What a provider, a resource and a data source are, independent of the wire, in
// terraform-plugin-framework's shape: a resource is a schema plus create / read /
// update / delete / import (and optionally validate and modifyPlan); replacement
// (RequiresReplace), kept computed values (UseStateForUnknown) and defaults are said
// on the attribute, and lifecycle.ts turns them into plans and dispatches applies.
// The protocol layer (server.ts, handlers.ts) turns gRPC messages into these calls.
import type { CtyType, CtyValue, UnknownValue } from "./cty";

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
  /** RequiresReplace: a planned value that differs from the prior state replaces the object. */
  requiresReplace?: boolean;
  /** UseStateForUnknown: a computed value kept from the prior state, unless the object is replaced. */
  useStateForUnknown?: boolean;
  /**
   * What an optional+computed attribute left unset in the config is planned as; `get`
   * reads another attribute's config value, its own default applied.
   */
  default?: (get: (name: string) => CtyValue) => CtyValue;
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

/** Values as a plan holds them: any of them may be unknown until apply. */
export type Planned<S> = { [K in keyof S]: S[K] | UnknownValue };

export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export interface ModifyPlanRequest<S> {
  /** The state before this change; null for a create. */
  prior: S | null;
  config: Planned<S>;
  /**
   * The plan so far, for the resource to complete: the config's values, defaults applied,
   * other computed values unknown (those with useStateForUnknown are filled in afterwards).
   */
  planned: Planned<S>;
  /** A replacement the schema cannot declare (one that depends on the host, say). */
  requireReplace(path: Path): void;
  /** Whether the plan so far replaces the object (the schema's RequiresReplace and requireReplace). */
  replacing(): boolean;
}

/**
 * A managed resource. The framework dispatches an apply to create, update or delete; a
 * method that throws gets `failure`'s diagnostic, with the prior state kept (apply,
 * read) or nothing imported. In create and update, `planned` has every configured value;
 * computed values the plan left unknown (a new object's ids) are the resource's to set.
 */
export interface Resource<S extends object = Obj> {
  schema: Schema;
  validate?(config: Planned<S>): Diagnostic[];
  /** Complete the plan (computed values, checks that need the host); errors stop it. */
  modifyPlan?(req: ModifyPlanRequest<S>): Promise<Diagnostic[]>;
  create(planned: S): Promise<Result<S | null>>;
  /** The object as it is now; null when it is gone. */
  read(state: S): Promise<Result<S | null>>;
  update(prior: S, planned: S): Promise<Result<S | null>>;
  /** Null when deleted; the state to keep when it could not be. */
  delete(prior: S): Promise<Result<S | null>>;
  importState(id: string): Promise<Result<S | null>>;
  /** How an exception thrown by one of the methods above reads as a diagnostic. */
  failure?(e: unknown): Diagnostic;
}

export interface DataSource {
  schema: Schema;
  validate?(config: Obj): Diagnostic[];
  read(config: Obj): Promise<Result<Obj>>;
}

export interface Provider {
  schema: Schema;
  // Each resource has its own state type; the framework treats them all as objects.
  resources: Record<string, Resource<any>>;
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

export const hasErrors = (diags: Diagnostic[]) => diags.some((d) => d.severity === "error");
