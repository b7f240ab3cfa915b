// The bridge from constructs to the toolstack model in src/xen: the very
// functions the provider's plan calls. Nothing here decides what Xen does; it
// only turns construct props into the model's inputs and its findings into
// synth-time messages. Not exported from the library.
import { Token } from "cdktf";
import {
  factsFromDeclared, resolveDomain, rulesFor,
  type DomainSpec, type Finding, type HostFacts, type Resolution, type Step,
} from "../xen";
import type { XenHost } from "./host";

export interface ReadFacts {
  /** The facts in the model's terms; undefined when not declared or not known at synth. */
  facts?: HostFacts;
  /** Facts that are declared but wrong. */
  errors: string[];
  /** Why synth cannot check guests on this host, when it cannot. */
  unknown?: string;
}

const cache = new WeakMap<XenHost, ReadFacts>();

/** The props a declared fact comes from, for messages. */
const FACT_PROPS = { arch: "facts.arch", xen_version: "facts.xenVersion", gic_version: "facts.gicVersion" } as const;

/** A host's declared facts, read once. */
export function factsOf(host: XenHost): ReadFacts {
  let r = cache.get(host);
  if (!r) cache.set(host, (r = readFacts(host)));
  return r;
}

function readFacts(host: XenHost): ReadFacts {
  const f = host.facts;
  const cannot = `so synth cannot check the guests placed on it against Xen's rules; the plan does, with the facts it reads from the host over SSH.`;
  if (!f) return { errors: [], unknown: `Host "${host.name}" declares no facts (XenHost \`facts\`), ${cannot}` };
  const fields = [f.arch, f.xenVersion, f.xenCaps, f.virtCaps, f.gicVersion];
  if (fields.some((v) => v !== undefined && Token.isUnresolved(v)) || (f.totalMemoryMib !== undefined && Token.isUnresolved(f.totalMemoryMib))) {
    return { errors: [], unknown: `Host "${host.name}" has facts that are only known at deploy time (tokens), ${cannot}` };
  }
  const r = factsFromDeclared({ arch: f.arch, xenVersion: f.xenVersion, xenCaps: f.xenCaps, virtCaps: f.virtCaps, totalMemory: f.totalMemoryMib, gicVersion: f.gicVersion });
  return r.facts ? { errors: [], facts: r.facts } : { errors: r.problems.map((p) => `${FACT_PROPS[p.fact]}: ${p.message}.`) };
}

export const isArm = (facts: HostFacts) => rulesFor(facts.machine).family === "arm";

/** The names of the props that a model attribute path comes from. */
export type PropNames = Record<string, string>;

/** A spec field that is a token: synth cannot know its value. */
export function unresolvedField(spec: DomainSpec): string | undefined {
  for (const [k, v] of Object.entries(spec)) {
    if (v !== null && v !== undefined && Token.isUnresolved(v)) return k;
    if (k === "xl_config" && v) {
      for (const [key, value] of Object.entries(v as Record<string, string>)) {
        if (Token.isUnresolved(key) || Token.isUnresolved(value)) return `xl_config.${key}`;
      }
    }
  }
  return undefined;
}

/** Resolve a guest with the model: exactly what the plan will say. */
export function check(spec: DomainSpec, facts: HostFacts): Resolution {
  return resolveDomain(spec, facts);
}

function propOf(path: Step[] | undefined, props: PropNames): string | undefined {
  if (!path?.length) return undefined;
  const [head, next] = path;
  const name = typeof head === "string" ? (props[head] ?? head) : String(head);
  if (next !== undefined && typeof next === "object") return `${name}["${next.key}"]`;
  return name;
}

/**
 * A finding as a synth message: the prop it is about, then the model's summary
 * verbatim (the plan's diagnostic summary), then its detail.
 */
export function message(f: Finding, props: PropNames, where: string): string {
  const prop = propOf(f.path, props);
  return `${prop ? `${prop}: ` : ""}${f.summary} (${where}).${f.detail ? ` ${f.detail}` : ""}`;
}
