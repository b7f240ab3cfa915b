// Host facts: what the toolstack's rules depend on, as `xl info` prints them.
import { parseVersion, type XenVersion } from "./version";

export type Machine = "x86_64" | "aarch64" | "armv7l";
export const MACHINES: readonly Machine[] = ["x86_64", "aarch64", "armv7l"];

export interface HostFacts {
  machine: Machine;
  xenVersion: XenVersion;
  /** `xen_caps` entries, e.g. ["xen-3.0-x86_64", "hvm-3.0-x86_64"]. */
  xenCaps: string[];
  /** `virt_caps` entries (4.12+); empty when unknown. */
  virtCaps: string[];
  totalMemory?: number;
  freeMemory?: number;
  nrCpus?: number;
  /** Xen's own command line (`dom0_mem=` there turns xl's autoballooning off). */
  xenCommandline?: string;
  /**
   * Arm: the host's GIC, when declared (`xl info` does not print it; a live host's GIC is
   * read by the host checks). A guest without `gic_version` gets the host's GIC.
   */
  gic?: "v2" | "v3";
}

/** True when the host offers hardware-virtualised guests (an hvm-* entry in xen_caps). */
export const hasHvmCaps = (f: HostFacts) => f.xenCaps.some((c) => c.startsWith("hvm-"));

/** Parse the `key : value` lines of `xl info`. */
export function parseXlInfoLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split("\n")) {
    const m = /^([a-z_0-9]+)\s*:\s?(.*)$/.exec(line);
    if (m) {
      last = m[1];
      out[last] = m[2].trim();
    } else if (last && /^\s+\S/.test(line)) {
      // xl wraps long values (xen_commandline, cpu lists) onto indented lines.
      out[last] += " " + line.trim();
    }
  }
  return out;
}

export class FactsError extends Error {}

/** Host facts from `xl info` output; throws FactsError naming what is missing. */
export function factsFromXlInfo(text: string): HostFacts {
  const kv = parseXlInfoLines(text);
  const machine = kv.machine as Machine;
  if (!MACHINES.includes(machine)) {
    throw new FactsError(`xl info reported machine "${kv.machine ?? ""}"; expected one of ${MACHINES.join(", ")}`);
  }
  const versionText = kv.xen_version ?? (kv.xen_major ? `${kv.xen_major}.${kv.xen_minor}${kv.xen_extra ?? ""}` : "");
  const xenVersion = parseVersion(versionText);
  if (!xenVersion) throw new FactsError(`xl info reported no usable xen_version ("${versionText}")`);
  const num = (k: string) => (kv[k] !== undefined && /^\d+$/.test(kv[k]) ? Number(kv[k]) : undefined);
  return {
    machine,
    xenVersion,
    xenCaps: (kv.xen_caps ?? "").split(/\s+/).filter(Boolean),
    virtCaps: (kv.virt_caps ?? "").split(/\s+/).filter(Boolean),
    totalMemory: num("total_memory"),
    freeMemory: num("free_memory"),
    nrCpus: num("nr_cpus"),
    ...(kv.xen_commandline !== undefined ? { xenCommandline: kv.xen_commandline } : {}),
  };
}

/** Facts declared by hand (a provider `facts` block, a construct's props, a report's flags), as text. */
export interface DeclaredFacts {
  arch: string;
  xenVersion: string;
  /** Space-separated, as `xl info` prints it. */
  xenCaps: string;
  virtCaps?: string | null;
  /** MiB. */
  totalMemory?: number;
  /** Arm: the host's GIC, `v2` or `v3`. */
  gicVersion?: string | null;
}

/** What is wrong with a declared fact: which one, and why (a sentence without the field's name or a final stop). */
export interface FactProblem {
  fact: "arch" | "xen_version" | "gic_version";
  message: string;
}

const words = (s: string | null | undefined) => (s ?? "").split(/\s+/).filter(Boolean);

/**
 * Host facts from declared text, or what is wrong with it. Every caller names the
 * fact its own way (`facts.arch`, `facts.xenVersion`, `--arch`) before the message.
 */
export function factsFromDeclared(d: DeclaredFacts): { facts: HostFacts; problems: [] } | { facts?: undefined; problems: FactProblem[] } {
  const problems: FactProblem[] = [];
  if (!MACHINES.includes(d.arch as Machine)) {
    problems.push({ fact: "arch", message: `"${d.arch}" is not a machine xl info reports; use one of ${MACHINES.join(", ")}` });
  }
  const xenVersion = parseVersion(d.xenVersion);
  if (!xenVersion) {
    problems.push({ fact: "xen_version", message: `"${d.xenVersion}" is not a Xen version; write it as xl info prints it, e.g. "4.17.7"` });
  }
  const gic = d.gicVersion == null ? undefined : d.gicVersion.trim().toLowerCase();
  if (gic !== undefined && gic !== "v2" && gic !== "v3") {
    problems.push({ fact: "gic_version", message: `"${d.gicVersion}" is not a GIC version; write "v2" or "v3" (what dom0's device tree or Xen's boot messages say)` });
  } else if (gic !== undefined && d.arch === "x86_64") {
    problems.push({ fact: "gic_version", message: "is an Arm fact; an x86_64 host has no GIC" });
  }
  if (problems.length || !xenVersion) return { problems };
  return {
    facts: {
      machine: d.arch as Machine,
      xenVersion,
      xenCaps: words(d.xenCaps),
      virtCaps: words(d.virtCaps),
      ...(d.totalMemory !== undefined ? { totalMemory: d.totalMemory } : {}),
      ...(gic ? { gic: gic as "v2" | "v3" } : {}),
    },
    problems: [],
  };
}
