// The resolver: given host facts and a guest as declared, say what xl and libxl
// will do — the type the guest runs as, what they refuse, what they accept but
// the user may not expect — and write the xl.cfg. Pure: no I/O.
import { rulesFor } from "./arch";
import type { HostFacts } from "./facts";
import { refuse, warn, type Finding, type Step } from "./finding";
import { readWrittenType, type GuestType } from "./guest-type";
import { DOMAIN_ATTRIBUTES, DOMAIN_BLOCKS, LIFECYCLE_ACTIONS, withDefault, XL_CFG_ATTRIBUTES, type DomainAttribute } from "./attributes";
import { checkDevices, renderDevice } from "./devices";
import { checkKeyFates, checkXlConfig } from "./keys";
import { FIRST_CLASS_KEYS, type DomainSpec } from "./spec";
import { atLeast, type XenVersion } from "./version";
import { renderConfig, uncarriable, type CfgValue } from "./xlcfg";

/** The oldest Xen this model knows (the `type` key arrived in 4.10). */
export const OLDEST_MODELLED = "4.10";

/** xenstore refuses values longer than its payload limit; the name is one. */
const XENSTORE_PAYLOAD_MAX = 4096;
/** No host has more memory than this (MiB); anything above is a mistake, not a plan. */
const MEMORY_MAX_MIB = 2 ** 32;

export interface Resolution {
  /** The type as xl parses it from the config; null when none is written. */
  writtenType: GuestType | null;
  /** The type libxl creates: what the guest runs as. Null when refused. */
  effectiveType: GuestType | null;
  findings: Finding[];
  /** The xl.cfg text; null when the model refuses the config. */
  config: string | null;
}

export const refused = (r: { findings: Finding[] }) => r.findings.some((f) => f.severity === "error");

/** Refusal of a host the model does not know the rules for. */
export function checkVersion(v: XenVersion): Finding[] {
  return atLeast(v, OLDEST_MODELLED) ? [] : [refuse(["host"], `Xen ${v.text} is older than ${OLDEST_MODELLED}`,
    `The model covers Xen ${OLDEST_MODELLED} and later, where xl.cfg has the type key.`)];
}

/** The strings that go into xl.cfg: each must be carriable there. */
const STRING_ATTRS = XL_CFG_ATTRIBUTES.filter((a) => a.type === "string").map((a) => a.name);
const PATH_ATTRS = DOMAIN_ATTRIBUTES.filter((a: DomainAttribute) => a.hostPath).map((a) => a.name);
/**
 * firmware values xl takes as names, not paths: prefixes of these (tools/xl/xl_parse.c:2127-2157@RELEASE-4.22.0:
 * uefi/bios/ovmf/seabios/rombios for hvm, pvgrub32/pvgrub64 for pv and pvh).
 */
const FIRMWARE_NAMES = ["uefi", "bios", "ovmf", "seabios", "rombios", "pvgrub32", "pvgrub64"];
/** The actions' attributes: those whose values are xl's lifecycle actions. */
const ACTION_ATTRS = DOMAIN_ATTRIBUTES.filter((a: DomainAttribute) => a.values === LIFECYCLE_ACTIONS).map((a) => a.name);

/** A spec field by attribute name (the names come from the rows, so they are the spec's). */
const field = (spec: DomainSpec, name: string): unknown => (spec as Record<string, unknown>)[name];

function checkStrings(spec: DomainSpec): Finding[] {
  const f: Finding[] = [];
  for (const a of STRING_ATTRS) {
    const v = field(spec, a);
    if (typeof v !== "string") continue;
    const why = uncarriable(v);
    if (why) f.push(refuse([a], `${a} ${why}`, "Nothing was sent to the host."));
  }
  for (const a of PATH_ATTRS) {
    const v = field(spec, a);
    if (a === "firmware" && typeof v === "string" && FIRMWARE_NAMES.some((n) => n.startsWith(v))) continue;
    if (typeof v === "string" && v !== "" && !v.startsWith("/")) {
      f.push(warn("relativePath", [a], `${a} is a relative path`,
        `xl resolves "${v}" against its working directory on the host; write an absolute path.`));
    }
  }
  return f;
}

function checkName(name: string): Finding[] {
  if (name === "") {
    return [refuse(["name"], "name must not be empty", "A guest without a name cannot be found again by name; this provider requires one.")];
  }
  const f: Finding[] = [];
  if (name.includes("/")) {
    f.push(refuse(["name"], "name must not contain '/'",
      "xl and xenconsoled build log and dump file paths from the name; a '/' sends them elsewhere."));
  }
  if (Buffer.byteLength(name) >= XENSTORE_PAYLOAD_MAX) {
    f.push(refuse(["name"], "name is too long", `xenstore holds values up to ${XENSTORE_PAYLOAD_MAX} bytes.`));
  }
  if (/^\d+$/.test(name)) {
    f.push(warn("allDigitName", ["name"], `The all-digit name "${name}" reads as a domain id in xl commands`,
      "xl accepts it, but `xl destroy " + name + "` and friends would address domain id " + name +
      ". This provider addresses the guest by domid/uuid after create; other tools may not."));
  }
  return f;
}

/**
 * The memory a guest is built with (MiB): on Arm, maxmem when it is below memory (seen on
 * arm64-4.17, where memory = 4096 with maxmem = 256 runs on a 2048 MiB host, found by the
 * differential test); else memory. What xl create needs free; the guest's balloon driver may take
 * more later, up to memory (see the maxmemBelowMemory warning).
 */
export function allocatedMemory(spec: Pick<DomainSpec, "memory" | "maxmem">, facts: HostFacts): number {
  const capped = rulesFor(facts.machine).family === "arm" && spec.maxmem != null && isCount(spec.maxmem) && spec.maxmem > 0 && spec.maxmem < spec.memory;
  return capped ? spec.maxmem! : spec.memory;
}

function isCount(n: number) {
  return Number.isInteger(n) && n >= 0;
}

function checkSizes(spec: DomainSpec, facts: HostFacts, effective: GuestType | null): Finding[] {
  const f: Finding[] = [];
  const mem = spec.memory;
  if (!isCount(mem)) {
    f.push(refuse(["memory"], "memory must be a whole number of MiB", `Got ${mem}; xl reads memory as an integer in MiB.`));
  } else if (mem === 0) {
    f.push(refuse(["memory"], "memory must be at least 1 MiB", "xl create fails at build with memory = 0 (\"can't allocate low memory\")."));
  } else if (mem > MEMORY_MAX_MIB || (facts.totalMemory !== undefined && allocatedMemory(spec, facts) > facts.totalMemory)) {
    f.push(refuse(["memory"], `memory = ${mem} MiB is more than the host has`,
      facts.totalMemory !== undefined ? `The host has ${facts.totalMemory} MiB in total; xl create would fail at build.` : "No Xen host has that much memory."));
  } else if (facts.freeMemory !== undefined && mem > facts.freeMemory) {
    f.push(warn("memoryAboveFree", ["memory"], `memory = ${mem} MiB is more than the host has free now`,
      `xl info reports ${facts.freeMemory} MiB free; xl create fails at build unless memory is freed first.`));
  }
  if (spec.maxmem != null) {
    if (!isCount(spec.maxmem) || spec.maxmem > MEMORY_MAX_MIB) {
      f.push(refuse(["maxmem"], "maxmem must be a whole number of MiB", `Got ${spec.maxmem}.`));
    } else if (isCount(mem) && spec.maxmem < mem) {
      // libxl builds the guest with maxmem, sets its balloon target to memory and lets Xen give it up to
      // memory + 1 MiB (xc_domain_setmaxmem(target_memkb + LIBXL_MAXMEM_CONSTANT): libxl_dom.c:363@RELEASE-4.17.0,
      // :358@RELEASE-4.20.0; libxl_arm.c:230@RELEASE-4.17.0, :273@RELEASE-4.20.0). Seen: a Linux 6.1 guest on
      // arm64-4.17 stays at maxmem; a Linux 6.12 guest on arm64-4.20 is at memory within seconds.
      f.push(warn("maxmemBelowMemory", ["maxmem"], `maxmem (${spec.maxmem}) is below memory (${mem})`,
        `xl accepts it: the guest is built with maxmem, ${spec.maxmem} MiB, but its balloon target is memory and Xen lets it take up to ${mem + 1} MiB. ` +
        `A guest kernel whose balloon driver can add memory grows to ${mem} MiB within seconds (Linux 6.12 on Arm was seen to); one that cannot stays at ${spec.maxmem} MiB. ` +
        "Set maxmem to memory or above, or leave it unset, to say what the guest gets."));
    }
  }
  for (const a of ["vcpus", "maxvcpus"] as const) {
    const v = spec[a];
    if (v == null) continue;
    // xl reads maxvcpus = 0 as unset: vcpus (tools/xl/xl_parse.c:1020@RELEASE-4.10.0, :1402@RELEASE-4.17.0,
    // :1603@RELEASE-4.22.0; found by the differential test: vcpus = 4, maxvcpus = 0 runs on arm64-4.17).
    if (a === "maxvcpus" && v === 0) {
      f.push(warn("maxvcpusZero", [a], "maxvcpus = 0 means maxvcpus = vcpus", "xl reads 0 as unset and uses vcpus. Leave maxvcpus unset to say so."));
      continue;
    }
    if (!isCount(v) || v < 1) {
      // vcpus = 0 runs with 1 vCPU: before 4.22 xl passes 0 on and libxl makes a max_vcpus of 0 one
      // (tools/libxl/libxl_create.c:170@RELEASE-4.10.0, tools/libs/light/libxl_create.c:209@RELEASE-4.17.0,
      // :174@RELEASE-4.21.0; seen on arm64-4.17 and arm64-4.20 by the differential test); from 4.22 xl
      // reads vcpus below 1 as 1 (tools/xl/xl_parse.c:1569@RELEASE-4.22.0). The state would say 0 and
      // every refresh would find 1, so the plan asks for the 1.
      const as1 = a === "vcpus" && v === 0 || (a === "vcpus" && Number.isInteger(v) && atLeast(facts.xenVersion, "4.22"));
      f.push(refuse([a], `${a} must be a whole number of at least 1`,
        as1 ? `Got ${v}. Xen ${facts.xenVersion.text}'s xl would start the guest with 1 vCPU, and the state would disagree with it at every refresh: write 1.` : `Got ${v}.`));
    }
  }
  const vcpus = spec.vcpus ?? 1;
  const maxvcpus = spec.maxvcpus || vcpus;
  if (spec.maxvcpus && isCount(vcpus) && isCount(maxvcpus) && maxvcpus < vcpus) {
    f.push(refuse(["maxvcpus"], `maxvcpus (${maxvcpus}) is below vcpus (${vcpus})`, 'xl refuses it ("maxvcpus < vcpus").'));
  }
  if (effective && isCount(maxvcpus)) {
    const { limit, reason } = rulesFor(facts.machine).vcpuLimit(effective, spec, facts);
    if (maxvcpus > limit) {
      f.push(refuse([spec.maxvcpus != null ? "maxvcpus" : "vcpus"], `${maxvcpus} vCPUs is more than this guest can have`, `${reason}.`));
    }
  }
  return f;
}

function checkBoot(spec: DomainSpec, effective: GuestType): Finding[] {
  const f: Finding[] = [];
  if (effective === "hvm") return f;
  // Any firmware value, "" too (found by the differential test: firmware = "" with a kernel, x86_64-4.17 xl -N exit 1).
  if (spec.kernel && spec.firmware != null) {
    f.push(refuse(["firmware"], "kernel and firmware are both set",
      `A ${effective} guest boots either a kernel or firmware; xl refuses both ("both kernel and firmware specified").`));
  }
  if (!spec.kernel && !spec.bootloader && !spec.firmware) {
    f.push(refuse(["kernel"], `A ${effective.toUpperCase()} guest needs a kernel or a bootloader`,
      'xl refuses it ("Neither kernel nor bootloader specified"). Set kernel (and ramdisk, cmdline).'));
  }
  if (spec.cmdline != null && (spec.root != null || spec.extra != null)) {
    f.push(warn("rootExtraIgnored", [spec.root != null ? "root" : "extra"], "root and extra are ignored when cmdline is set",
      "xl uses cmdline as the whole kernel command line."));
  }
  return f;
}

function checkActions(spec: DomainSpec): Finding[] {
  const f: Finding[] = [];
  for (const a of ACTION_ATTRS) {
    const v = field(spec, a);
    if (typeof v === "string" && !(LIFECYCLE_ACTIONS as readonly string[]).includes(v)) {
      f.push(refuse([a], `Invalid ${a} action "${v}"`, `xl accepts ${LIFECYCLE_ACTIONS.join(", ")}.`));
    }
  }
  return f;
}

/**
 * The key table's rules (key-table.ts) for what the guest sets: each xl_config entry and
 * each attribute that is an xl key, judged for this release, architecture and guest type.
 */
function checkKeys(spec: DomainSpec, facts: HostFacts, written: GuestType | null, effective: GuestType | null, readable: ReadonlySet<string>): Finding[] {
  const rules = rulesFor(facts.machine);
  const entries: [string, string, Step[]][] = [];
  for (const a of XL_CFG_ATTRIBUTES) {
    const v = field(spec, a.name);
    if (v == null) continue;
    // xl refuses kernel together with firmware before it looks at the firmware's value
    // (tools/xl/xl_parse.c:2149@RELEASE-4.22.0); checkBoot says so.
    if (a.name === "firmware" && spec.kernel) continue;
    entries.push([a.name, typeof v === "boolean" ? (v ? "1" : "0") : String(v), [a.name]]);
  }
  for (const [k, v] of Object.entries(spec.xl_config ?? {})) {
    // A value the writer refused (not a number xl reads, a list for a single value) is not judged by the key's rules:
    // xl would not read it either (found by the differential test: vpmu = "" runs on x86_64-4.17).
    if (!(FIRST_CLASS_KEYS as readonly string[]).includes(k) && readable.has(k)) entries.push([k, v, ["xl_config", { key: k }]]);
  }
  return checkKeyFates(entries, {
    machine: facts.machine, family: rules.family, version: facts.xenVersion,
    written: written ?? rules.xlDefaultType(facts.xenVersion), effective, virtCaps: facts.virtCaps,
  });
}

/** A device list is either blocks or an xl_config key, never both (xl would read only one of them). */
function checkDeviceKeys(spec: DomainSpec): Finding[] {
  const f: Finding[] = [];
  for (const b of DOMAIN_BLOCKS) {
    const blocks = spec[b.name] ?? [];
    if (blocks.length && spec.xl_config?.[b.name] !== undefined) {
      f.push(refuse(["xl_config", { key: b.name }], `${b.name} is given both as ${b.name} blocks and in xl_config`,
        `xl.cfg has one ${b.name} list. Move the xl_config entries into ${b.name} blocks, which the plan checks and refresh reads back.`));
    }
  }
  return f;
}

/**
 * The xl.cfg entries of the first-class attributes, in the rows' order. Sizes are
 * written out with xl's defaults (the rows' defaults), so equal guests get equal files.
 */
export function configEntries(spec: DomainSpec): [string, CfgValue][] {
  const e: [string, CfgValue][] = [];
  for (const a of XL_CFG_ATTRIBUTES) {
    const v = withDefault(spec as Record<string, unknown>, a.name);
    if (v === null || v === undefined) continue;
    e.push([a.name, typeof v === "boolean" ? (v ? 1 : 0) : (v as CfgValue)]);
  }
  for (const b of DOMAIN_BLOCKS) {
    const list = (spec[b.name] ?? []) as Record<string, unknown>[];
    if (list.length) e.push([b.name, list.map((d) => renderDevice(b.name, d))]);
  }
  return e;
}

export function resolveDomain(spec: DomainSpec, facts: HostFacts): Resolution {
  const findings: Finding[] = [...checkVersion(facts.xenVersion)];
  if (refused({ findings })) return { writtenType: null, effectiveType: null, findings, config: null };
  const rules = rulesFor(facts.machine);

  findings.push(...checkStrings(spec), ...checkName(spec.name));
  const xl = checkXlConfig(spec.xl_config ?? {}, facts.xenVersion);
  findings.push(...xl.findings);

  const { written, findings: typeFindings } = readWrittenType(
    spec.type, spec.xl_config?.builder, ["type"], ["xl_config", { key: "builder" }]);
  findings.push(...typeFindings);

  let effective: GuestType | null = null;
  if (!refused({ findings: typeFindings })) {
    if (written) {
      const c = rules.convert(written, facts, spec.type != null ? ["type"] : ["xl_config", { key: "builder" }]);
      findings.push(...c.findings);
      effective = c.type;
    } else {
      effective = rules.defaultType(facts.xenVersion);
    }
  }

  findings.push(...checkSizes(spec, facts, effective), ...checkActions(spec), ...checkKeys(spec, facts, written, effective, new Set(xl.entries.map(([k]) => k))));
  findings.push(...checkDevices(spec, effective, rules.family, facts.xenVersion), ...checkDeviceKeys(spec));
  if (effective) findings.push(...checkBoot(spec, effective), ...rules.checkArch(spec, effective, facts));

  if (refused({ findings })) return { writtenType: written, effectiveType: null, findings, config: null };
  const config = renderConfig([...configEntries(spec), ...xl.entries], [
    "Written by terraform-provider-xen (cdktf-xen). Edits here are overwritten on the next apply.",
    `Host: ${facts.machine}, Xen ${facts.xenVersion.text}; runs as ${effective}.`,
  ]);
  return { writtenType: written, effectiveType: effective, findings, config };
}

/** What a host can run, per the model: the types whose resolution succeeds. */
export function supportedTypes(facts: HostFacts): GuestType[] {
  if (refused({ findings: checkVersion(facts.xenVersion) })) return [];
  const rules = rulesFor(facts.machine);
  const out = new Set<GuestType>();
  for (const t of ["pv", "pvh", "hvm"] as const) {
    const c = rules.convert(t, facts, ["type"]);
    if (c.type) out.add(c.type);
  }
  return [...out].sort();
}
