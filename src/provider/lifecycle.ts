// The framework's part of each resource operation, protocol-independent: planning
// from the schema (defaults, unknown computed values, RequiresReplace,
// UseStateForUnknown) around the resource's modifyPlan; the apply dispatch to
// create / update / delete; and one way of turning a thrown error into a diagnostic.
import { isUnknown, Unknown, type CtyValue } from "./cty";
import { error, hasErrors, type DataSource, type Diagnostic, type Obj, type Path, type Resource, type Result } from "./framework";

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

const isNull = (v: CtyValue | undefined) => v === null || v === undefined;

/** Equal values; an unknown equals nothing (it may turn out to differ). */
export function sameValue(a: CtyValue | undefined, b: CtyValue | undefined): boolean {
  if (isUnknown(a) || isUnknown(b)) return false;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function failure(r: { failure?(e: unknown): Diagnostic }, e: unknown): Diagnostic {
  if (r.failure) return r.failure(e);
  return error("Unexpected failure", e instanceof Error ? e.message : String(e));
}

/**
 * The plan of a change. Computed attributes the config leaves unset are planned as
 * their default, else unknown; modifyPlan completes the plan; then the schema says
 * what replaces the object, and what keeps its prior value when nothing does. A plan
 * with errors is the proposed state, unchanged.
 */
export async function planChange(r: Resource<Obj>, { prior, proposed, config }: PlanRequest): Promise<PlanResult> {
  const attrs = r.schema.block.attributes;
  const planned: Obj = { ...proposed };
  const get = (name: string): CtyValue => {
    const v = config[name];
    if (!isNull(v)) return v;
    const d = attrs[name]?.default;
    return d ? d(get) : null;
  };
  for (const [name, a] of Object.entries(attrs)) {
    if (a.computed && isNull(config[name])) planned[name] = a.default ? a.default(get) : Unknown;
  }
  const extra: Path[] = [];
  const replacements = (): Path[] => (prior === null ? [] : [
    ...Object.entries(attrs).filter(([name, a]) => a.requiresReplace && !sameValue(prior[name], planned[name])).map(([name]) => [name]),
    ...extra,
  ]);
  const diagnostics = r.modifyPlan
    ? await r.modifyPlan({ prior, config, planned, requireReplace: (p) => extra.push(p), replacing: () => replacements().length > 0 })
    : [];
  if (hasErrors(diagnostics)) return { planned: proposed, requiresReplace: [], diagnostics };
  const requiresReplace = replacements();
  for (const [name, a] of Object.entries(attrs)) {
    if (a.useStateForUnknown && isUnknown(planned[name])) {
      planned[name] = prior !== null && requiresReplace.length === 0 ? prior[name] : Unknown;
    }
  }
  return { planned, requiresReplace, diagnostics };
}

/** An apply: delete when nothing is planned, create when nothing was there, else update. */
export async function applyChange(r: Resource<Obj>, { prior, planned }: { prior: Obj | null; planned: Obj | null }): Promise<Result<Obj | null>> {
  try {
    if (planned === null) return prior === null ? { value: null, diagnostics: [] } : await r.delete(prior);
    if (prior === null) return await r.create(planned);
    return await r.update(prior, planned);
  } catch (e) {
    return { value: prior, diagnostics: [failure(r, e)] };
  }
}

/** A refresh. On an error the stored state stays, rather than the object be called gone. */
export async function readState(r: Resource<Obj>, state: Obj): Promise<Result<Obj | null>> {
  try {
    const res = await r.read(state);
    return hasErrors(res.diagnostics) ? { value: state, diagnostics: res.diagnostics } : res;
  } catch (e) {
    return { value: state, diagnostics: [failure(r, e)] };
  }
}

export async function importState(r: Resource<Obj>, id: string): Promise<Result<Obj | null>> {
  try {
    return await r.importState(id);
  } catch (e) {
    return { value: null, diagnostics: [failure(r, e)] };
  }
}

/** A data source's read; null when it failed (the engine then keeps no value). */
export async function readData(d: DataSource, config: Obj): Promise<Result<Obj | null>> {
  try {
    const res = await d.read(config);
    return hasErrors(res.diagnostics) ? { value: null, diagnostics: res.diagnostics } : res;
  } catch (e) {
    return { value: null, diagnostics: [failure({}, e)] };
  }
}
