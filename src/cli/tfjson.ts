// Reading what `terraform show -json` (and `tofu show -json`) print: a saved plan
// (format with planned_values / prior_state / resource_drift / configuration) or the
// state (format with values). Only the parts the report needs; no Xen here beyond
// the names of our resource and data source types.
import { factsFromDeclared, type HostFacts, type Machine } from "../xen";

export class InputError extends Error {}

export type Values = Record<string, unknown>;

export interface ResourceValues {
  address: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  values: Values;
}

export interface DriftEntry {
  address: string;
  mode: string;
  type: string;
  name: string;
  actions: string[];
  before: Values | null;
  after: Values | null;
}

/** The parts of a `show -json` document the commands use. */
export interface ShowJson {
  kind: "plan" | "state";
  /** terraform_version (tofu prints it under the same key). */
  engineVersion: string | null;
  /** Resources after refresh (plan: prior_state; state: values). */
  current: ResourceValues[];
  /** Resources as the plan would leave them (plan only; empty for a state document). */
  planned: ResourceValues[];
  drift: DriftEntry[];
  /** Facts declared in the provider configuration, by host name (constant values only). */
  declaredFacts: Map<string, DeclaredFacts>;
}

export interface DeclaredFacts {
  arch: string;
  xen_version: string;
  xen_caps: string;
  virt_caps?: string;
}

const isObj = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);

function walkModule(mod: unknown, out: ResourceValues[]) {
  if (!isObj(mod)) return;
  for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
    if (!isObj(r) || typeof r.address !== "string") continue;
    out.push({
      address: r.address,
      mode: r.mode === "data" ? "data" : "managed",
      type: String(r.type ?? ""),
      name: String(r.name ?? ""),
      values: isObj(r.values) ? r.values : {},
    });
  }
  for (const c of Array.isArray(mod.child_modules) ? mod.child_modules : []) walkModule(c, out);
}

const constant = (e: unknown): string | undefined =>
  isObj(e) && (typeof e.constant_value === "string" || typeof e.constant_value === "number") ? String(e.constant_value) : undefined;

/** host blocks' `facts` in every `xen` provider configuration (aliases too), where written as constants. */
function declaredFactsOf(doc: Record<string, any>): Map<string, DeclaredFacts> {
  const out = new Map<string, DeclaredFacts>();
  const configs = isObj(doc.configuration) && isObj(doc.configuration.provider_config) ? doc.configuration.provider_config : {};
  for (const pc of Object.values(configs)) {
    if (!isObj(pc) || (pc.name !== "xen" && !String(pc.full_name ?? "").endsWith("/xen"))) continue;
    const hosts = isObj(pc.expressions) ? pc.expressions.host : undefined;
    for (const h of Array.isArray(hosts) ? hosts : []) {
      if (!isObj(h)) continue;
      const name = constant(h.name);
      // A single nested block is an object; older engines render it as a one-element list.
      const f = Array.isArray(h.facts) ? h.facts[0] : h.facts;
      if (!name || !isObj(f)) continue;
      const arch = constant(f.arch), xen_version = constant(f.xen_version), xen_caps = constant(f.xen_caps);
      if (arch && xen_version && xen_caps !== undefined) out.set(name, { arch, xen_version, xen_caps, virt_caps: constant(f.virt_caps) });
    }
  }
  return out;
}

export function parseShowJson(text: string, source: string): ShowJson {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${source} is not JSON (${(e as Error).message}); give the output of \`terraform show -json\``);
  }
  if (!isObj(doc) || typeof doc.format_version !== "string") {
    throw new InputError(`${source} is not the output of \`terraform show -json\` (no format_version)`);
  }
  const isPlan = "planned_values" in doc || "resource_drift" in doc || "prior_state" in doc || "resource_changes" in doc;
  const current: ResourceValues[] = [];
  const planned: ResourceValues[] = [];
  if (isPlan) {
    walkModule(isObj(doc.prior_state) && isObj(doc.prior_state.values) ? doc.prior_state.values.root_module : undefined, current);
    walkModule(isObj(doc.planned_values) ? doc.planned_values.root_module : undefined, planned);
  } else {
    walkModule(isObj(doc.values) ? doc.values.root_module : undefined, current);
  }
  const drift: DriftEntry[] = [];
  for (const d of Array.isArray(doc.resource_drift) ? doc.resource_drift : []) {
    if (!isObj(d) || !isObj(d.change)) continue;
    drift.push({
      address: String(d.address ?? ""),
      mode: String(d.mode ?? "managed"),
      type: String(d.type ?? ""),
      name: String(d.name ?? ""),
      actions: Array.isArray(d.change.actions) ? d.change.actions.map(String) : [],
      before: isObj(d.change.before) ? d.change.before : null,
      after: isObj(d.change.after) ? d.change.after : null,
    });
  }
  return {
    kind: isPlan ? "plan" : "state",
    engineVersion: typeof doc.terraform_version === "string" ? doc.terraform_version : null,
    current,
    planned,
    drift,
    declaredFacts: declaredFactsOf(doc),
  };
}

export const DOMAIN = "xen_domain";
export const HOST_DATA = "xen_host";

/** xen_domain instances: planned values where the document has them, else the current ones. */
export function guestsOf(doc: ShowJson, prefer: "planned" | "current"): ResourceValues[] {
  const pick = (list: ResourceValues[]) => list.filter((r) => r.mode === "managed" && r.type === DOMAIN);
  if (prefer === "planned" && doc.planned.length) {
    // A planned resource with unknown values lacks them; fill from the current state.
    const cur = new Map(pick(doc.current).map((r) => [r.address, r]));
    return pick(doc.planned).map((r) => ({ ...r, values: { ...(cur.get(r.address)?.values ?? {}), ...r.values } }));
  }
  return pick(doc.current);
}

export type FactsSource = "flags" | "xen_host data source" | "provider facts block";

export interface KnownFacts {
  facts: HostFacts;
  source: FactsSource;
}

export interface FactFlags {
  arch?: string;
  xenCaps?: string;
  fromVersion?: string;
}

/** Default xen_caps for a machine given only by --arch (x86 needs --xen-caps: it decides PVH/HVM). */
function defaultCaps(machine: Machine): string | null {
  if (machine === "aarch64") return "xen-3.0-aarch64 xen-3.0-armv7l";
  if (machine === "armv7l") return "xen-3.0-armv7l";
  return null;
}

/** Facts from declared text; an InputError naming `what` and the fact when they are wrong. */
function mkFacts(arch: string, version: string, caps: string, virt: string, what: string): HostFacts {
  const r = factsFromDeclared({ arch, xenVersion: version, xenCaps: caps, virtCaps: virt });
  if (!r.facts) throw new InputError(r.problems.map((p) => `${what}: ${p.fact} ${p.message}`).join("; "));
  return r.facts;
}

/**
 * Host facts given on the command line (--arch, --xen-version, --xen-caps, --virt-caps):
 * xen_caps default to the machine's own on Arm; x86 needs them (hvm-* decide PVH and HVM).
 */
export function factsFromFlags(f: { arch?: string; xenVersion?: string; xenCaps?: string; virtCaps?: string }, what = "flags"): HostFacts {
  if (!f.arch || !f.xenVersion) throw new InputError(`${what}: give --arch (x86_64, aarch64, armv7l) and --xen-version (e.g. 4.17.7), or --facts FILE`);
  const caps = f.xenCaps ?? defaultCaps(f.arch as Machine);
  if (caps == null) throw new InputError(`${what}: give --xen-caps for an x86_64 host (hvm-* entries decide whether PVH and HVM can run), e.g. "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64"`);
  return mkFacts(f.arch, f.xenVersion, caps, f.virtCaps ?? "", what);
}

/**
 * A host's facts, from (first that has them) the command-line flags, a `xen_host` data
 * source in the state, or the provider's `facts` block. Null when none says.
 */
export function factsFor(doc: ShowJson, host: string, flags: FactFlags): KnownFacts | null {
  const data = [...doc.current, ...doc.planned].find((r) => r.mode === "data" && r.type === HOST_DATA && r.values.name === host
    && typeof r.values.arch === "string" && typeof r.values.xen_version === "string");
  const declared = doc.declaredFacts.get(host);
  const base = data
    ? { arch: String(data.values.arch), version: String(data.values.xen_version), caps: String(data.values.xen_caps ?? ""), virt: String(data.values.virt_caps ?? ""), source: "xen_host data source" as const }
    : declared
      ? { arch: declared.arch, version: declared.xen_version, caps: declared.xen_caps, virt: declared.virt_caps ?? "", source: "provider facts block" as const }
      : null;
  if (flags.arch || flags.xenCaps || flags.fromVersion) {
    const arch = flags.arch ?? base?.arch;
    if (!arch) throw new InputError(`no facts for host "${host}": give --arch (or add a xen_host data source)`);
    const version = flags.fromVersion ?? base?.version;
    if (!version) {
      throw new InputError(`the current Xen version of host "${host}" is unknown: give --from-version (or add a xen_host data source)`);
    }
    const caps = flags.xenCaps ?? (flags.arch && flags.arch !== base?.arch ? defaultCaps(arch as Machine) : base?.caps ?? defaultCaps(arch as Machine));
    if (caps == null) throw new InputError(`host "${host}": give --xen-caps for an x86_64 host (hvm-* entries decide whether PVH and HVM can run)`);
    return { facts: mkFacts(arch, version, caps, base?.virt ?? "", "flags"), source: "flags" };
  }
  if (!base) return null;
  return { facts: mkFacts(base.arch, base.version, base.caps, base.virt, `host "${host}" (${base.source})`), source: base.source };
}
