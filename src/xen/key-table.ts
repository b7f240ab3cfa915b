/**
 * Table of the top-level keys that xl reads from a domain configuration
 * file (tools/xl/xl_parse.c, parse_config_data() and the helpers it calls),
 * and what becomes of each below xl: its `rules`.
 *
 * Keys were read from the sources at the RELEASE-4.10.0 … RELEASE-4.22.0 tags.
 * No key was removed from xl's parser in that span (so no row has `until`);
 * values were: see `device_model_version` (4.21).
 *
 * Conventions:
 *  - kind "boolean": xl reads an integer and treats any non-zero value as
 *    true (xlu_cfg_get_defbool).  Words such as "true"/"yes" are NOT
 *    accepted: xl prints a warning and behaves as if the key were absent.
 *  - kind "integer": strtol(…, 0) on the atom, so decimal, 0x-hex and
 *    leading-0 octal are all accepted; a quoted "-1" is accepted too.
 *    A malformed integer is usually only a warning (key treated as unset).
 *  - kind "any": xl accepts more than one shape (list or string, or
 *    integer or string); the summary names the preferred form.
 *  - arch: the architecture whose libxl or Xen gives the key its meaning.
 *    xl itself parses every key on every architecture; what happens on the
 *    other one is the row's `rules`, not a blanket rule.
 *  - rules: what xl, libxl or Xen does with the key, per release range,
 *    architecture, guest type and value, each read from the source and
 *    citing it as `path:line@RELEASE-4.x.y` (the line at the tag of each range
 *    boundary relied on). The first rule that matches decides; when none
 *    does, the key is taken as given. Every key with an `arch` has a rule for
 *    each release, written type and value on the other architecture (a test
 *    checks it), so nothing there is left to a blanket rule.
 */

import { LIFECYCLE_ACTIONS } from "./attributes";

export type Arch = "x86" | "arm";
export type KeyKind = "string" | "integer" | "boolean" | "list" | "number" | "any";
type TypeName = "pv" | "pvh" | "hvm";

/**
 * What happens to a key's value:
 * - `accepted`: read there and used (or harmless), so nothing to say;
 * - `ignored`: xl or libxl accepts the config and drops the value;
 * - `misapplied`: xl create succeeds, but the value does something here other than what
 *   the key is for (`why` says what): a warning;
 * - `xl`: xl's parser refuses the config (nothing is created);
 * - `create`: libxl or Xen refuses it during `xl create` (exit 3; libxl destroys the half-built domain);
 * - `host`: Xen refuses it at create unless the host offers `cap` (a `virt_caps` word of `xl info`);
 *   without `cap`, on a host setting the model cannot see.
 */
export type KeyFate = "accepted" | "ignored" | "misapplied" | "xl" | "create" | "host";

export interface KeyRule {
  fate: KeyFate;
  /** Release range: from `since` (inclusive) to `until` (exclusive); absent = the key's whole range. */
  since?: string;
  until?: string;
  arch?: Arch;
  /** A narrower match than `arch`, e.g. armv7l. */
  machine?: "x86_64" | "aarch64" | "armv7l";
  /** The type as xl's parser reads it (before libxl converts an Arm pv guest): for xl's own checks. */
  written?: TypeName[];
  /** The type libxl creates: for libxl's and Xen's checks. */
  effective?: TypeName[];
  /** Which values: one of these (integers compared as xl reads them; words case-sensitively unless `anyCase`). */
  values?: string[];
  /** Which values: any but these. */
  except?: string[];
  anyCase?: boolean;
  /** Which values: an integer above this. */
  above?: number;
  /** Which values: an integer below this. */
  below?: number;
  /** Which values: not a prefix of any of these (xl's strncmp matching). */
  notPrefixOf?: string[];
  /** Only when none of these keys is set too (the guest's xl_config or attributes). */
  without?: string[];
  /** Which values: an integer at least the value of the first of these keys the guest sets (rules without it never compare keys). */
  atLeastKey?: string[];
  /** For `host`: the `virt_caps` word the host must report. */
  cap?: string;
  /** Why, in the project's words. */
  why: string;
  /** What xl, libxl or Xen prints, if anything. */
  says?: string;
  /** Where it was read: `path:line@RELEASE-4.x.y`, comma-separated. */
  source: string;
}

export interface XlKey {
  name: string;
  kind: KeyKind;
  since: string;
  until?: string;
  arch?: Arch;
  rules?: readonly KeyRule[];
  summary: string;
}

// -------------------------------------------------------------------------
// The rules, by key. xl_parse.c is tools/xl/xl_parse.c; libxl files are in
// tools/libxl (4.10-4.14) or tools/libs/light (4.15+).
// -------------------------------------------------------------------------

const XLP = "tools/xl/xl_parse.c";
const LXL = (file: string, v: number) => (v < 15 ? `tools/libxl/${file}` : `tools/libs/light/${file}`);
const at = (path: string, line: number, v: number, patch = 0) => `${path}:${line}@RELEASE-4.${v}.${patch}`;

/** Keys xl reads inside its `case LIBXL_DOMAIN_TYPE_HVM:` block: any other written type never reads them. */
const HVM_BLOCK: readonly KeyRule[] = [{
  fate: "ignored", written: ["pv", "pvh"],
  why: 'xl reads it only for type = "hvm"',
  source: `${at(XLP, 1203, 10)}, ${at(XLP, 1896, 22)}`,
}];
/** apic was read for every type in 4.10 and moved into the HVM block in 4.11. */
const APIC: readonly KeyRule[] = [
  { ...HVM_BLOCK[0], since: "4.11", source: `${at(XLP, 1213, 11)}, ${at(XLP, 1896, 22)}` },
  { fate: "ignored", arch: "arm", until: "4.11", why: "Xen 4.10 runs every Arm guest as PV, and libxl uses apic only when it builds an HVM guest",
    source: `${at(XLP, 1200, 10)}, ${at(LXL("libxl_dom.c", 10), 888, 10)}` },
];
/** Keys of xl's second HVM-only block (emulated display and platform devices). */
const HVM_DISPLAY_BLOCK: readonly KeyRule[] = [{
  fate: "ignored", written: ["pv", "pvh"],
  why: 'xl reads it only for type = "hvm"',
  source: `${at(XLP, 2150, 10)}, ${at(XLP, 2911, 22)}`,
}];

/** Arm's Xen wants exactly the hvm and hap create flags (plus iommu 4.13+, vpmu 4.16+, trap_unmapped_accesses 4.21+). */
const ARM_FLAGS = `xen/arch/arm/domain.c:610@RELEASE-4.12.0, xen/arch/arm/domain.c:569@RELEASE-4.22.0`;
const CREATE_FAIL = 'libxl: error: ... domain creation fail (Xen logs "Unsupported configuration")';
/** The PV shim keys: xl reads them only when it parsed type pvh (Arm: also no type, 4.12+). */
const PVSHIM_READ: KeyRule = {
  fate: "ignored", written: ["pv", "hvm"],
  why: 'the PV shim settings only apply to PVH guests: xl reads them only when type is "pvh"',
  source: `${at(XLP, 965, 11)}, ${at(XLP, 1494, 22)}`,
};
const PVSHIM_UNUSED: KeyRule = {
  fate: "ignored", arch: "arm",
  why: "libxl uses it only together with pvshim = 1, which Arm cannot run",
  source: at(LXL("libxl_create.c", 22), 385, 22),
};
const x86Ignores = (why: string, source: string, since?: string): KeyRule =>
  ({ fate: "ignored", arch: "x86", why, source, ...(since ? { since } : {}) });

/** libxl_x86.c is built for x86 only; Arm builds libxl_arm.c instead. */
const X86_ONLY_LIBXL = `${at(LXL("Makefile", 10), 92, 10)}, ${at(LXL("Makefile", 22), 46, 22)}`;
/** Not-PV, not-HVM: the types that have no device model of their own on either architecture (every Arm guest). */
const NO_DM: ("pv" | "pvh")[] = ["pv", "pvh"];
/** The stub-domain keys: libxl starts a stub domain only in the HVM branch of the create. */
const STUBDOM_ONLY_HVM = `${at(LXL("libxl_create.c", 14), 1713, 14)}, ${at(LXL("libxl_create.c", 22), 1799, 22)}`;
const stubdomIgnored = (source: string): KeyRule => ({
  fate: "ignored", effective: NO_DM,
  why: "only an x86 HVM guest's device model can run in a stub domain, and libxl reads the stub domain's settings nowhere else",
  source: `${source}, ${STUBDOM_ONLY_HVM}`,
});

/** Found by the differential test on the x86_64-4.21 host: vendor_device = "auto" on an HVM guest, xl -N create exit 3 (every release). */
const VENDOR_DEVICE: KeyRule = {
  fate: "xl", written: ["hvm"], except: ["none", "xenserver"], anyCase: true, says: "xl: unknown vendor_device '<value>'",
  why: "xl reads vendor_device for HVM guests and takes only libxl's names for it, none and xenserver",
  source: `${at(XLP, 2266, 10)}, ${at(XLP, 2721, 17)}, ${at(XLP, 3030, 22)}, ${at(LXL("libxl_types.idl", 21), 244, 21)}`,
};

const RULES = {
  hap: [
    { fate: "create", arch: "arm", since: "4.12", values: ["0"], says: CREATE_FAIL,
      why: "libxl then leaves out the hap create flag, and Arm's Xen requires it",
      source: `${at(LXL("libxl_create.c", 12), 561, 12)}, ${at(LXL("libxl_create.c", 22), 611, 22)}, ${ARM_FLAGS}` },
    { fate: "ignored", effective: ["pv"], why: "libxl passes hap to Xen only for PVH and HVM guests",
      source: `${at(LXL("libxl_create.c", 10), 549, 10)}, ${at(LXL("libxl_create.c", 22), 611, 22)}` },
    { fate: "host", arch: "x86", since: "4.13", values: ["0"], cap: "shadow",
      says: 'libxl: error: ... domain creation fail (Xen logs "Shadow paging requested but not available")',
      why: "without HAP a PVH or HVM guest runs on shadow paging, which Xen has only when built with it (xl info's virt_caps then show 'shadow'; Debian's 4.17 and 4.22's default build leave it out)",
      source: "xen/arch/x86/mm/paging.c:668@RELEASE-4.17.0, xen/arch/x86/mm/shadow/none.c:30@RELEASE-4.17.0, xen/arch/x86/domain.c:630@RELEASE-4.22.0, xen/arch/x86/Kconfig:146@RELEASE-4.22.0, tools/xl/xl_info.c:219@RELEASE-4.13.0, tools/xl/xl_info.c:288@RELEASE-4.22.0" },
    { fate: "accepted", arch: "arm", why: "Arm's Xen always uses hap", source: ARM_FLAGS },
  ],
  oos: [
    { fate: "create", arch: "arm", since: "4.12", values: ["0"], says: CREATE_FAIL,
      why: "libxl then sets the oos_off create flag, which Arm's Xen does not take",
      source: `${at(LXL("libxl_create.c", 12), 563, 12)}, ${at(LXL("libxl_create.c", 22), 614, 22)}, ${ARM_FLAGS}` },
    { fate: "ignored", effective: ["pv"], why: "libxl passes oos to Xen only for PVH and HVM guests",
      source: `${at(LXL("libxl_create.c", 10), 550, 10)}, ${at(LXL("libxl_create.c", 22), 614, 22)}` },
    { fate: "accepted", arch: "arm", why: "libxl sets no flag for oos = 1", source: ARM_FLAGS },
  ],
  nestedhvm: [
    { fate: "create", arch: "arm", since: "4.15", except: ["0"], says: CREATE_FAIL,
      why: "libxl sets the nested_virt create flag, which Arm's Xen does not take",
      source: `${at(LXL("libxl_create.c", 15), 623, 15)}, ${at(LXL("libxl_create.c", 22), 617, 22)}, xen/arch/arm/domain.c:626@RELEASE-4.15.0, xen/arch/arm/domain.c:569@RELEASE-4.22.0` },
    { fate: "ignored", since: "4.15", effective: ["pv"], why: "libxl passes nestedhvm to Xen only for PVH and HVM guests",
      source: `${at(LXL("libxl_create.c", 15), 623, 15)}, ${at(LXL("libxl_create.c", 22), 617, 22)}` },
    { fate: "accepted", arch: "arm", since: "4.15", values: ["0"], why: "libxl sets no flag for nestedhvm = 0", source: `${at(LXL("libxl_create.c", 22), 617, 22)}` },
    { fate: "accepted", arch: "arm", until: "4.15", values: ["0"], why: "0 asks for nothing", source: `${at(LXL("libxl_create.c", 10), 405, 10)}` },
    { fate: "ignored", arch: "arm", until: "4.15",
      why: "before 4.15 libxl set no create flag for it: on Arm it at most stored it as an HVM parameter that Arm's Xen never reads (4.12, 4.13), unchecked",
      source: `${at(XLP, 1199, 10)}, ${at(LXL("libxl_dom.c", 10), 491, 10)}, ${at(LXL("libxl_dom.c", 12), 357, 12)}, ${at(LXL("libxl_x86.c", 14), 431, 14)}` },
  ],
  altp2m: [
    // Found by the differential test (altp2m = 255 on arm64-4.17: xl -N create exit 1).
    { fate: "xl", except: ["0", "1", "2", "3", "disabled", "mixed", "external", "limited"], anyCase: true, says: 'ERROR: invalid value <value> for "altp2m"',
      why: "xl checks the value on every architecture: an integer from 0 to 3, or a mode name (in any case)",
      source: `${at(XLP, 1411, 10)}, ${at(XLP, 1889, 17)}, ${at(XLP, 2174, 22)}, tools/libxl/libxl_types.idl:453@RELEASE-4.10.0, ${at(LXL("libxl_utils.c", 17), 1018, 17)}` },
    { fate: "create", arch: "arm", since: "4.19", except: ["0", "disabled"], says: 'libxl: error: ... domain creation fail (Xen logs "Altp2m not supported")',
      why: "libxl passes the altp2m mode to Xen at create, and Arm's Xen has no altp2m",
      source: `${at(LXL("libxl_create.c", 19), 683, 19)}, ${at(LXL("libxl_create.c", 22), 639, 22)}, xen/arch/arm/domain.c:693@RELEASE-4.19.0, xen/arch/arm/domain.c:656@RELEASE-4.22.0` },
    { fate: "accepted", arch: "arm", since: "4.19", why: "a disabled altp2m is passed as mode 0", source: `${at(LXL("libxl_create.c", 22), 654, 22)}, xen/arch/arm/domain.c:656@RELEASE-4.22.0` },
    // Found by the differential test on the x86_64-4.21 host (Xen built from source): altp2m = "external" on a PV guest, exit 3.
    { fate: "create", arch: "x86", since: "4.19", effective: ["pv"], except: ["0", "disabled"], anyCase: true,
      says: 'libxl: error: ... domain creation fail: Invalid argument (Xen logs "altp2m is only supported with HAP")',
      why: "from 4.19 libxl passes the altp2m mode to Xen at create for every guest type, and x86 Xen takes it only for a guest with HAP, which libxl asks for only for PVH and HVM guests",
      source: `${at(LXL("libxl_create.c", 19), 683, 19)}, ${at(LXL("libxl_create.c", 22), 607, 22)}, xen/arch/x86/domain.c:734@RELEASE-4.19.0, xen/arch/x86/domain.c:729@RELEASE-4.21.0, xen/arch/x86/domain.c:707@RELEASE-4.22.0` },
    { fate: "host", arch: "x86", since: "4.21", except: ["0", "disabled"], anyCase: true,
      says: 'libxl: error: ... domain creation fail: Invalid argument (Xen logs "altp2m is not supported")',
      why: "from 4.21 x86 Xen takes an altp2m mode only where the processor offers alternate p2m views (Intel VT-x with EPT; never AMD), which xl info does not show",
      source: "xen/arch/x86/domain.c:723@RELEASE-4.21.0, xen/arch/x86/domain.c:701@RELEASE-4.22.0, xen/arch/x86/include/asm/hvm/hvm.h:700@RELEASE-4.21.0, xen/arch/x86/hvm/vmx/vmx.c:3133@RELEASE-4.22.0" },
    { fate: "accepted", arch: "arm", until: "4.19", values: ["0", "disabled"], anyCase: true, why: "a disabled altp2m asks for nothing",
      source: `${at(LXL("libxl_dom.c", 12), 545, 12)}` },
    { fate: "ignored", arch: "arm", until: "4.19",
      why: "before 4.19 libxl passed the mode to Xen only as an HVM parameter, unchecked on Arm (4.12, 4.13) and x86-only from 4.14; Arm's Xen has no altp2m. " +
        "(With maxmem above memory libxl still refuses it: \"Cannot enable PoD and ALTP2M at the same time\".)",
      source: `${at(LXL("libxl_dom.c", 12), 545, 12)}, ${at(LXL("libxl_x86.c", 14), 436, 14)}, ${at(LXL("libxl_x86.c", 18), 445, 18)}, ${at(LXL("libxl_create.c", 12), 905, 12)}` },
  ],
  altp2m_count: [
    { fate: "create", arch: "arm", except: ["0"], says: 'libxl: error: ... domain creation fail (Xen logs "Altp2m not supported")',
      why: "libxl passes the count to Xen at create, and Arm's Xen refuses any altp2m view",
      source: `${at(LXL("libxl_create.c", 22), 601, 22)}, xen/arch/arm/domain.c:697@RELEASE-4.21.0, xen/arch/arm/domain.c:654@RELEASE-4.22.0` },
    { fate: "accepted", arch: "arm", why: "a count of 0 asks for no view", source: "xen/arch/arm/domain.c:654@RELEASE-4.22.0" },
  ],
  vpmu: [
    { fate: "host", cap: "vpmu", except: ["0"], says: "libxl: error: ... vPMU not supported on this platform",
      why: "libxl refuses it unless Xen reports vPMU (xl info's virt_caps has 'vpmu'; on x86 only when Xen was booted with vpmu enabled)",
      source: `${at(LXL("libxl_create.c", 16), 1236, 16)}, ${at(LXL("libxl_create.c", 22), 1271, 22)}, tools/xl/xl_info.c:222@RELEASE-4.16.0, tools/xl/xl_info.c:291@RELEASE-4.22.0` },
  ],
  vmtrace_buf_kb: [
    { fate: "create", arch: "arm", above: 0, says: 'libxl: error: ... domain creation fail (Xen logs "vmtrace requested but not available")',
      why: "only x86 (Intel processor trace) ever offers vmtrace",
      source: "xen/common/domain.c:522@RELEASE-4.15.0, xen/common/domain.c:859@RELEASE-4.22.0, xen/arch/x86/hvm/vmx/vmcs.c:298@RELEASE-4.15.0, xen/arch/x86/hvm/vmx/vmcs.c:312@RELEASE-4.22.0" },
    { fate: "host", cap: "vmtrace", above: 0, says: 'libxl: error: ... domain creation fail (Xen logs "vmtrace requested but not available")',
      why: "Xen refuses it unless the host offers processor trace (xl info's virt_caps has 'vmtrace')",
      source: "xen/common/domain.c:522@RELEASE-4.15.0, xen/common/domain.c:859@RELEASE-4.22.0, tools/xl/xl_info.c:221@RELEASE-4.15.0" },
    { fate: "accepted", why: "xl drops a size of 0", source: `${at(XLP, 2199, 22)}` },
  ],
  max_grant_version: [
    { fate: "create", arch: "arm", above: 1, says: 'libxl: error: ... domain creation fail (Xen logs "requested grant version (2) greater than supported (1)")',
      why: "Arm's Xen supports only grant table version 1",
      source: "xen/include/asm-arm/grant_table.h:12@RELEASE-4.16.0, xen/arch/arm/include/asm/grant_table.h:11@RELEASE-4.22.0, xen/common/grant_table.c:1933@RELEASE-4.16.0, xen/common/grant_table.c:2000@RELEASE-4.22.0" },
    { fate: "host", cap: "gnttab-v2", above: 1, says: 'libxl: error: ... domain creation fail (Xen logs "requested grant version (2) greater than supported (1)")',
      why: "Xen refuses a version above the one it was booted to allow (xl info's virt_caps has 'gnttab-v2' when 2 is allowed)",
      source: "xen/common/grant_table.c:1933@RELEASE-4.16.0, xen/common/grant_table.c:2000@RELEASE-4.22.0, tools/xl/xl_info.c:224@RELEASE-4.16.0" },
    { fate: "accepted", arch: "arm", why: "version 1 is Arm's", source: "xen/arch/arm/include/asm/grant_table.h:11@RELEASE-4.22.0" },
  ],
  passthrough: [
    // Found by the differential test (passthrough = "on" on arm64-4.17: xl -N create exit 1).
    { fate: "xl", except: ["default", "disabled", "enabled", "sync_pt", "share_pt"], anyCase: true, says: "ERROR: unknown passthrough option '<value>'",
      why: "xl checks the value on every architecture (libxl's names, in any case)",
      source: `${at(XLP, 1518, 13)}, ${at(XLP, 1559, 17)}, ${at(XLP, 1760, 22)}, tools/libxl/libxl_types.idl:266@RELEASE-4.13.0, ${at(LXL("libxl_utils.c", 17), 1018, 17)}` },
    { fate: "create", arch: "arm", values: ["sync_pt"], says: 'libxl: error: ... passthrough="sync_pt" not supported on ARM',
      why: "Arm always shares the CPU's page tables with the IOMMU",
      source: `${at(LXL("libxl_arm.c", 13), 1213, 13)}, ${at(LXL("libxl_arm.c", 22), 1860, 22)}` },
  ],
  e820_host: [
    { fate: "ignored", written: ["pvh", "hvm"], why: 'xl reads it only for type = "pv"', source: `${at(XLP, 1866, 10)}, ${at(XLP, 1688, 22)}` },
    { fate: "ignored", arch: "arm", since: "4.12", why: "libxl converts the Arm PV guest to PVH and resets the PV-only settings, this one with them",
      source: `${at(LXL("libxl_arm.c", 12), 1147, 12)}, ${at(LXL("libxl_arm.c", 22), 1834, 22)}` },
    { fate: "ignored", arch: "arm", until: "4.12", why: "only x86's libxl builds a host-like memory map",
      source: `${at(XLP, 1867, 10)}, ${at(LXL("libxl_x86.c", 10), 275, 10)}, ${X86_ONLY_LIBXL}` },
  ],
  pvshim: [
    PVSHIM_READ,
    { fate: "create", arch: "arm", written: ["pvh"], except: ["0"], says: "loading the shim fails: Arm Xen ships no xen-shim (exit 3, seen on Arm 4.17)",
      why: "the PV shim runs x86 PV kernels inside a PVH container; pvshim is not available on Arm",
      source: `${at(LXL("libxl_create.c", 11), 395, 11)}, ${at(LXL("libxl_create.c", 22), 385, 22)}` },
    { fate: "accepted", arch: "arm", values: ["0"], why: "pvshim = 0 asks for no shim", source: at(LXL("libxl_create.c", 22), 385, 22) },
  ],
  pvshim_path: [PVSHIM_READ, PVSHIM_UNUSED],
  pvshim_cmdline: [PVSHIM_READ, PVSHIM_UNUSED],
  pvshim_extra: [PVSHIM_READ, PVSHIM_UNUSED],
  timer_mode: [
    { fate: "xl", written: ["pv"], says: 'ERROR: "timer_mode" option is not supported for PV guests.',
      why: "xl's parser refuses timer_mode for a guest it parsed as pv (on Arm too, before libxl turns pv into pvh); it exits with status 3",
      source: `${at(XLP, 1167, 10)}, ${at(XLP, 1861, 22)}` },
    { fate: "ignored", arch: "arm",
      why: "Arm's Xen has no emulated timers: libxl stored the mode as an HVM parameter nobody reads (4.12, 4.13, unchecked), and sets it only on x86 from 4.14",
      source: `${at(LXL("libxl_dom.c", 12), 355, 12)}, ${at(LXL("libxl_x86.c", 14), 426, 14)}, ${at(LXL("libxl_x86.c", 22), 437, 22)}` },
  ],
  msr_relaxed: [
    { fate: "ignored", arch: "arm", says: "WARNING: msr_relaxed will be removed in future versions.",
      why: "only x86's libxl reads it",
      source: `${at(XLP, 2744, 15)}, ${at(XLP, 3092, 22)}, ${at(LXL("libxl_x86.c", 15), 24, 15)}, ${at(LXL("libxl_x86.c", 22), 27, 22)}` },
  ],
  gic_version: [
    { fate: "xl", arch: "x86", except: ["default", "v2", "v3"], anyCase: true, says: 'Unknown gic_version "<value>" specified',
      why: "xl checks the value on every architecture (exit status 3)", source: `${at(XLP, 2281, 10)}, ${at(XLP, 3045, 22)}` },
    x86Ignores("only Arm's libxl reads it (seen on an x86 4.17 host: accepted, ignored)", `${at(LXL("libxl_arm.c", 22), 198, 22)}`),
  ],
  vuart: [
    { fate: "xl", arch: "x86", except: ["sbsa_uart", "unknown"], anyCase: true, says: 'ERROR: invalid value "<value>" for "vuart"',
      why: "xl checks the value on every architecture", source: `${at(XLP, 1007, 10)}, ${at(XLP, 1590, 22)}` },
    x86Ignores("x86's libxl makes no UART for it (it only adds a console entry with nothing behind it)",
      `${at(LXL("libxl_arm.c", 22), 99, 22)}, ${at(LXL("libxl_create.c", 22), 1824, 22)}`),
  ],
  tee: [
    // xl checks the value against libxl's tee types on every architecture; "ffa" is a type from 4.18.
    { fate: "xl", until: "4.18", except: ["none", "optee"], anyCase: true, says: 'Unknown tee "<value>" specified',
      why: "xl checks the value on every architecture, and this release's libxl knows only none and optee (ffa came in 4.18)",
      source: `${at(XLP, 2721, 13)}, ${at(XLP, 2749, 17)}, ${at(LXL("libxl_types.idl", 17), 490, 17)}` },
    { fate: "xl", since: "4.18", except: ["none", "optee", "ffa"], anyCase: true, says: 'Unknown tee "<value>" specified',
      why: "xl checks the value on every architecture (none, optee, ffa)", source: `${at(XLP, 2906, 18)}, ${at(LXL("libxl_types.idl", 18), 521, 18)}, ${at(XLP, 3058, 22)}` },
    x86Ignores("only Arm's libxl reads it", at(LXL("libxl_arm.c", 22), 214, 22)),
  ],
  sve: [
    { fate: "xl", arch: "x86", except: ["disabled", "hw", ...Array.from({ length: 16 }, (_, i) => String(128 * (i + 1)))], anyCase: true,
      says: 'Unknown sve "<value>" specified', why: "xl checks the value on every architecture", source: at(XLP, 3066, 22) },
    x86Ignores("only Arm's libxl reads it", at(LXL("libxl_arm.c", 22), 1804, 22)),
  ],
  nr_spis: [x86Ignores("only Arm's libxl reads it", at(LXL("libxl_arm.c", 22), 187, 22))],
  arm_sci: [x86Ignores("only Arm's libxl reads it", at(LXL("libxl_arm.c", 22), 237, 22))],
  device_tree: [x86Ignores("only Arm's libxl reads the partial device tree", at(LXL("libxl_arm.c", 22), 1280, 22))],
  trap_unmapped_accesses: [
    { fate: "create", arch: "x86", except: ["0"], says: "libxl: error: ... trap_unmapped_accesses is not supported on x86",
      why: "x86's libxl refuses it", source: `${at(LXL("libxl_x86.c", 21), 30, 21)}, ${at(LXL("libxl_x86.c", 22), 30, 22)}` },
    { fate: "accepted", arch: "x86", values: ["0"], why: "x86's libxl refuses only a true value", source: at(LXL("libxl_x86.c", 22), 29, 22) },
  ],
  dtdev: [
    { fate: "create", arch: "x86", says: "libxl: error: ... xc_assign_dtdevice failed (or, without an IOMMU: passthrough not supported on this platform)",
      why: "x86's Xen cannot assign device-tree devices",
      source: `${at(LXL("libxl_create.c", 10), 1454, 10)}, ${at(LXL("libxl_create.c", 22), 1874, 22)}, xen/drivers/passthrough/iommu.c:641@RELEASE-4.22.0` },
  ],
  ioports: [
    { fate: "create", arch: "arm", says: "libxl: error: ... failed give domain access to ioports",
      why: "Arm's Xen has no I/O ports to grant (the hypercall fails with ENOSYS)",
      source: `${at(LXL("libxl_create.c", 10), 1292, 10)}, ${at(LXL("libxl_create.c", 22), 1699, 22)}, xen/arch/arm/arm64/domctl.c:63@RELEASE-4.22.0` },
  ],
  llc_colors: [
    { fate: "create", arch: "x86", says: "libxl: error: ... LLC coloring not enabled in the hypervisor",
      why: "only Arm64 Xen has cache colouring",
      source: `${at(LXL("libxl_create.c", 20), 757, 20)}, ${at(LXL("libxl_create.c", 22), 719, 22)}, xen/common/domctl.c:873@RELEASE-4.20.0, xen/common/domctl.c:944@RELEASE-4.22.0` },
    { fate: "create", machine: "armv7l", says: "libxl: error: ... LLC coloring not enabled in the hypervisor",
      why: "only Arm64 Xen has cache colouring", source: "xen/arch/arm/Kconfig:11@RELEASE-4.20.0, xen/common/domctl.c:944@RELEASE-4.22.0" },
    { fate: "host", arch: "arm", says: "libxl: error: ... LLC coloring not enabled in the hypervisor",
      why: "Xen refuses it unless it was built with cache colouring and booted with llc-coloring=on, which xl info does not show",
      source: "xen/common/domctl.c:873@RELEASE-4.20.0, xen/common/domctl.c:944@RELEASE-4.22.0" },
  ],
  cpuid: [
    { fate: "ignored", arch: "arm", why: "Arm's libxl has no CPUID policy: it accepts any cpuid text and drops it",
      source: `${at(LXL("libxl_nocpuid.c", 10), 26, 10)}, ${at(LXL("libxl_nocpuid.c", 22), 26, 22)}` },
  ],
  firmware: [
    { fate: "xl", written: ["pv", "pvh"], notPrefixOf: ["pvgrub32", "pvgrub64"], says: "ERROR: only pvgrub{32|64} supported as firmware options",
      why: 'for a pv or pvh guest (every Arm guest) xl takes only pvgrub32 or pvgrub64 as firmware; uefi, bios and paths are for type = "hvm"',
      source: `${at(XLP, 1394, 10)}, ${at(XLP, 2157, 22)}` },
  ],
  max_grant_frames: [
    // Found by the differential test (max_grant_frames = 9223372036854775807 on arm64-4.17: xl -N create exit 1).
    { fate: "xl", since: "4.13", above: 2147483647, why: "xl takes 0 to INT_MAX and exits on anything else, printing nothing",
      source: `${at(XLP, 1414, 13)}, ${at(XLP, 1420, 17)}, ${at(XLP, 1621, 22)}` },
    { fate: "xl", since: "4.13", below: 0, why: "xl takes 0 to INT_MAX and exits on anything else, printing nothing",
      source: `${at(XLP, 1414, 13)}, ${at(XLP, 1420, 17)}, ${at(XLP, 1621, 22)}` },
  ],
  max_maptrack_frames: [
    { fate: "xl", since: "4.13", above: 2147483647, why: "xl takes 0 to INT_MAX and exits on anything else, printing nothing",
      source: `${at(XLP, 1423, 13)}, ${at(XLP, 1429, 17)}, ${at(XLP, 1630, 22)}` },
    { fate: "xl", since: "4.13", below: 0, why: "xl takes 0 to INT_MAX and exits on anything else, printing nothing",
      source: `${at(XLP, 1423, 13)}, ${at(XLP, 1429, 17)}, ${at(XLP, 1630, 22)}` },
  ],
  // Found by the differential test (on_soft_reset = "auto" on x86_64-4.17: xl -N create exit 1).
  on_watchdog: [{ fate: "xl", except: [...LIFECYCLE_ACTIONS], says: 'Unknown on_watchdog action "<value>" specified',
    why: "xl takes only its lifecycle actions (exactly as written)", source: `${at(XLP, 51, 10)}, ${at(XLP, 1063, 10)}, ${at(XLP, 1463, 17)}, ${at(XLP, 1664, 22)}` }],
  on_soft_reset: [{ fate: "xl", except: [...LIFECYCLE_ACTIONS], says: 'Unknown on_soft_reset action "<value>" specified',
    why: "xl takes only its lifecycle actions (exactly as written)", source: `${at(XLP, 51, 10)}, ${at(XLP, 1078, 10)}, ${at(XLP, 1478, 17)}, ${at(XLP, 1679, 22)}` }],
  device_model_version: [
    { fate: "xl", until: "4.21", except: ["qemu-xen", "qemu-xen-traditional"], says: 'Unknown device_model_version "<value>" specified',
      why: "xl knows only qemu-xen and qemu-xen-traditional", source: at(XLP, 2086, 10) },
    { fate: "xl", since: "4.21", except: ["qemu-xen"], says: 'Unknown device_model_version "<value>" specified',
      why: "Xen 4.21 removed qemu-xen-traditional: xl knows only qemu-xen", source: `${at(XLP, 2783, 21)}, ${at(XLP, 2838, 22)}` },
  ],
  // ---- The x86 keys on Arm (and the Arm key on x86), read end to end for issue 24 ----
  videoram: [
    // Both seen on the Arm 4.17 host: memory = 128 with videoram = 16 ran with 112 MiB (memory/target 114688); with videoram = 128, exit 3.
    { fate: "create", effective: ["pvh"], atLeastKey: ["maxmem", "memory"],
      says: "xc: error: panic: ... xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory",
      why: "a PVH guest (every Arm guest from 4.12) has no emulated video card, yet libxl builds it with maxmem − videoram MiB of RAM: nothing is left " +
        "(for a videoram too large for xl's KiB arithmetic, the sum wraps around instead)",
      source: `${at(LXL("libxl_create.c", 10), 502, 10)}, ${at(LXL("libxl_create.c", 22), 545, 22)}, ${at(LXL("libxl_dom.c", 10), 727, 10)}, ${at(LXL("libxl_dom.c", 22), 598, 22)}` },
    { fate: "misapplied", effective: ["pvh"], except: ["0"],
      why: "a PVH guest (every Arm guest from 4.12) has no emulated video card, yet libxl counts videoram as video memory inside the guest's memory: " +
        "it builds the guest with videoram MiB less RAM than maxmem (and a balloon target of memory − videoram)",
      source: `${at(XLP, 1127, 10)}, ${at(XLP, 1805, 22)}, ${at(LXL("libxl_create.c", 10), 502, 10)}, ${at(LXL("libxl_create.c", 22), 545, 22)}, ` +
        `${at(LXL("libxl_dom.c", 10), 1172, 10)}, ${at(LXL("libxl_dom.c", 10), 727, 10)}, ${at(LXL("libxl_dom.c", 22), 1121, 22)}, ${at(LXL("libxl_dom.c", 22), 598, 22)}` },
    { fate: "misapplied", effective: ["pv"], except: ["0"],
      why: "a PV guest has no emulated video card, yet libxl takes videoram off the memory target it gives the guest in xenstore: " +
        "the guest's balloon driver hands back videoram MiB of its memory",
      source: `${at(XLP, 1127, 10)}, ${at(LXL("libxl_dom.c", 10), 618, 10)}, ${at(LXL("libxl_internal.h", 10), 4275, 10)}, ` +
        `${at(LXL("libxl_dom.c", 22), 465, 22)}, ${at(LXL("libxl_internal.h", 22), 4706, 22)}` },
    { fate: "accepted", arch: "arm", why: "a videoram of 0 takes nothing off the guest's memory", source: `${at(LXL("libxl_dom.c", 22), 1121, 22)}` },
  ],
  rdm: [
    { fate: "ignored", arch: "arm",
      why: "no Arm IOMMU driver reports reserved device memory, so libxl finds no region to keep out of the guest's memory map " +
        "(and for an Arm guest written as pv, libxl clears the setting when it converts the guest to PVH)",
      source: `${at(XLP, 1870, 10)}, ${at(XLP, 1704, 22)}, ${at(LXL("libxl_dom.c", 10), 1222, 10)}, ${at(LXL("libxl_dom.c", 22), 1178, 22)}, ` +
        `${at(LXL("libxl_dm.c", 22), 475, 22)}, xen/drivers/passthrough/iommu.c:468@RELEASE-4.10.0, xen/drivers/passthrough/iommu.c:686@RELEASE-4.22.0, ` +
        `${at(LXL("libxl_arm.c", 12), 1147, 12)}, ${at(LXL("libxl_arm.c", 22), 1834, 22)}` },
  ],
  tsc_mode: [
    { fate: "xl", except: ["0", "1", "2", "3", "default", "always_emulate", "native", "native_paravirt"], anyCase: true,
      says: 'ERROR: invalid value "<value>" for "tsc_mode"',
      why: "xl checks the value on every architecture: an integer from 0 to 3, or a mode name (in any case)",
      source: `${at(XLP, 1105, 10)}, ${at(XLP, 1112, 10)}, ${at(XLP, 1784, 22)}, ${at(XLP, 1790, 22)}, tools/libxl/libxl_types.idl:158@RELEASE-4.10.0, ` +
        `tools/libs/light/libxl_types.idl:184@RELEASE-4.22.0, ${at(LXL("libxl_utils.c", 10), 1023, 10)}` },
    { fate: "accepted", arch: "arm", values: ["0", "default"], anyCase: true, why: "the default mode asks for nothing",
      source: `${at(LXL("libxl_x86.c", 22), 481, 22)}` },
    { fate: "ignored", arch: "arm", why: "only x86's libxl passes the TSC mode to Xen",
      source: `${at(LXL("libxl_x86.c", 10), 320, 10)}, ${at(LXL("libxl_x86.c", 22), 499, 22)}, ${X86_ONLY_LIBXL}` },
  ],
  rtc_timeoffset: [
    { fate: "accepted", arch: "arm", values: ["0"], why: "an offset of 0 changes nothing", source: `${at(LXL("libxl_x86.c", 22), 522, 22)}` },
    { fate: "ignored", arch: "arm", why: "only x86's libxl gives the guest a wallclock offset",
      source: `${at(XLP, 1118, 10)}, ${at(XLP, 1796, 22)}, ${at(LXL("libxl_x86.c", 10), 341, 10)}, ${at(LXL("libxl_x86.c", 22), 523, 22)}, ${X86_ONLY_LIBXL}` },
  ],
  localtime: [
    { fate: "accepted", arch: "arm", values: ["0"], why: "UTC is the default", source: `${at(LXL("libxl_create.c", 22), 222, 22)}` },
    { fate: "ignored", arch: "arm", why: "only x86's libxl turns localtime into a wallclock offset; an Arm guest's clock starts in UTC",
      source: `${at(XLP, 1125, 10)}, ${at(XLP, 1803, 22)}, ${at(LXL("libxl_x86.c", 10), 324, 10)}, ${at(LXL("libxl_x86.c", 22), 506, 22)}, ${X86_ONLY_LIBXL}` },
  ],
  device_model_stubdomain_override: [
    // Debian's 4.17 build was seen to take it (Arm 4.17 host: created; its libxenlight has no "qemu-xen access error"): the check is upstream's.
    { fate: "host", until: "4.21", effective: NO_DM, except: ["0"], without: ["device_model_version"],
      says: "libxl: error: ... qemu-xen access error: Bad address",
      why: "only an x86 HVM guest can have a stub domain. Without device_model_version, upstream libxl (4.10-4.20) checks the QEMU binary it would run " +
        "for the guest, has none for a stub-domain guest, and stops before the domain is made; Debian's build leaves that check out and ignores the setting",
      source: `${at(LXL("libxl_create.c", 10), 104, 10)}, ${at(LXL("libxl_create.c", 10), 113, 10)}, ${at(LXL("libxl_dm.c", 10), 74, 10)}, ` +
        `${at(LXL("libxl_create.c", 20), 118, 20)}, ${at(LXL("libxl_create.c", 20), 127, 20)}, ${at(LXL("libxl_dm.c", 20), 325, 20)}` },
    { fate: "create", since: "4.21", effective: ["hvm"], except: ["0"], without: ["device_model_version"],
      says: "libxl: error: ... unknown device model version",
      why: 'Xen 4.21 removed qemu-xen-traditional, and libxl no longer picks a device model for a stub domain: set device_model_version = "qemu-xen" (a Linux stub domain)',
      source: `${at(LXL("libxl_create.c", 21), 106, 21)}, ${at(LXL("libxl_create.c", 21), 122, 21)}, ${at(LXL("libxl_create.c", 22), 122, 22)}, ${at(LXL("libxl_dm.c", 22), 325, 22)}` },
    { fate: "ignored", effective: NO_DM, except: ["0"],
      why: "only an x86 HVM guest's device model can run in a stub domain. Should one of the guest's PV backends need QEMU (a vfb, a qdisk disk, a channel), " +
        "libxl aborts instead of starting it (xl dies of SIGABRT)",
      source: `${at(LXL("libxl_create.c", 17), 1817, 17)}, ${at(LXL("libxl_dm.c", 17), 2890, 17)}, ${at(LXL("libxl_create.c", 22), 1836, 22)}, ${at(LXL("libxl_dm.c", 22), 2663, 22)}` },
    { fate: "accepted", arch: "arm", why: "0 asks for no stub domain", source: `${at(LXL("libxl_create.c", 22), 94, 22)}` },
  ],
  device_model_stubdomain_seclabel: [
    { fate: "ignored", effective: NO_DM, says: "libxl: warning: ... XSM Disabled: device_model_stubdomain_seclabel not supported",
      why: "only an x86 HVM guest can have a device-model stub domain. libxl still resolves the label on every architecture: without XSM it prints this warning; " +
        "under FLASK a label the policy does not know makes the create fail",
      source: `${at(XLP, 2094, 10)}, ${at(XLP, 2846, 22)}, ${at(LXL("libxl_create.c", 10), 849, 10)}, ${at(LXL("libxl_create.c", 22), 1122, 22)}, ${STUBDOM_ONLY_HVM}` },
  ],
  device_model_args_hvm: [
    { fate: "ignored", effective: NO_DM,
      why: "libxl gives them to QEMU only for an HVM guest (the QEMU of a PV or PVH guest, if it has one, gets device_model_args_pv)",
      source: `${at(XLP, 2117, 10)}, ${at(XLP, 2878, 22)}, ${at(LXL("libxl_dm.c", 10), 1485, 10)}, ${at(LXL("libxl_dm.c", 22), 1604, 22)}` },
  ],
  stubdomain_kernel: [stubdomIgnored(`${at(XLP, 2528, 14)}, ${at(XLP, 2854, 22)}, ${at(LXL("libxl_dm.c", 14), 2330, 14)}, ${at(LXL("libxl_dm.c", 22), 2130, 22)}`)],
  stubdomain_cmdline: [stubdomIgnored(`${at(XLP, 2545, 16)}, ${at(XLP, 2856, 22)}, ${at(LXL("libxl_dm.c", 16), 2375, 16)}, ${at(LXL("libxl_dm.c", 22), 2147, 22)}`)],
  stubdomain_ramdisk: [stubdomIgnored(`${at(XLP, 2530, 14)}, ${at(XLP, 2858, 22)}, ${at(LXL("libxl_dm.c", 14), 2338, 14)}, ${at(LXL("libxl_dm.c", 22), 2138, 22)}`)],
  stubdomain_memory: [stubdomIgnored(`${at(XLP, 2532, 14)}, ${at(XLP, 2860, 22)}, ${at(LXL("libxl_dm.c", 14), 2290, 14)}, ${at(LXL("libxl_dm.c", 22), 2089, 22)}`)],
  virtio: [
    x86Ignores("only Arm's libxl places virtio-mmio devices (an MMIO window, an interrupt, a device-tree node). x86's libxl writes the device's " +
      "xenstore entries with base 0 and irq 0, and the guest sees no device",
    `${at(XLP, 1236, 18)}, ${at(XLP, 1240, 22)}, ${at(LXL("libxl_create.c", 18), 1770, 18)}, ${at(LXL("libxl_create.c", 22), 1767, 22)}, ` +
      `${at(LXL("libxl_arm.c", 18), 118, 18)}, ${at(LXL("libxl_arm.c", 22), 1411, 22)}, ${at(LXL("libxl_virtio.c", 22), 60, 22)}`),
  ],
} satisfies Record<string, readonly KeyRule[]>;

export const XL_KEYS: readonly XlKey[] = [
  // ---------------------------------------------------------------------
  // Identity and guest type
  // ---------------------------------------------------------------------
  { name: "name", kind: "string", since: "4.10", summary: "Domain name; mandatory, must be unique among running domains" },
  // Values are prefix-matched: "hvm", "pv", "pvh" (and abbreviations such as "h").
  // Default when absent: pv on x86, pvh on Arm (4.12+); Arm 4.10/4.11 guests are "pv".
  { name: "type", kind: "string", since: "4.10", summary: "Guest type: pv, pvh or hvm" },
  { name: "builder", kind: "string", since: "4.10", summary: "Deprecated predecessor of type: \"hvm\" or \"generic\" (= pv)" },
  { name: "uuid", kind: "string", since: "4.10", summary: "Fixed domain UUID; a random one is generated when absent" },
  { name: "pool", kind: "string", since: "4.10", summary: "Name of the cpupool to create the domain in" },
  { name: "seclabel", kind: "string", since: "4.10", summary: "XSM/FLASK security label for the domain" },
  { name: "init_seclabel", kind: "string", since: "4.10", summary: "XSM label used while building, before switching to seclabel" },
  { name: "driver_domain", kind: "boolean", since: "4.10", summary: "Mark the domain as a driver (backend) domain" },
  { name: "nomigrate", kind: "boolean", since: "4.10", summary: "Forbid migration (enables invariant-TSC style features)" },
  { name: "xend_suspend_evtchn_compat", kind: "boolean", since: "4.14", summary: "Publish the suspend event channel where old xend-era guests expect it" },
  { name: "xenstore_feature_mask", kind: "integer", since: "4.21", summary: "Mask of xenstore features advertised to the guest" },
  // "name=value" items; xl refuses an item without "=" or with a value that is not an unsigned integer.
  { name: "xenstore_quota", kind: "list", since: "4.22", summary: "Per-domain xenstore quotas, as \"name=value\" items" },

  // ---------------------------------------------------------------------
  // vCPUs and scheduling
  // ---------------------------------------------------------------------
  { name: "vcpus", kind: "integer", since: "4.10", summary: "Number of vCPUs online at boot" },
  { name: "maxvcpus", kind: "integer", since: "4.10", summary: "Maximum vCPUs (defaults to vcpus; xl rejects maxvcpus < vcpus)" },
  { name: "cpus", kind: "any", since: "4.10", summary: "Hard pCPU affinity, as a string (\"0-3,^1\", \"nodes:0\", \"all\") or a per-vCPU list" },
  { name: "cpus_soft", kind: "any", since: "4.10", summary: "Soft pCPU affinity, same syntax as cpus" },
  { name: "cpu_weight", kind: "integer", since: "4.10", summary: "Credit scheduler weight" },
  { name: "cap", kind: "integer", since: "4.10", summary: "Credit scheduler cap, percent of one pCPU (0 = none)" },
  { name: "period", kind: "integer", since: "4.10", summary: "Scheduler period parameter (RTDS/ARINC-style schedulers)" },
  { name: "slice", kind: "integer", since: "4.10", summary: "Scheduler slice parameter" },
  { name: "latency", kind: "integer", since: "4.10", summary: "Scheduler latency parameter" },
  { name: "extratime", kind: "integer", since: "4.10", summary: "Scheduler extratime flag/parameter" },
  { name: "vnuma", kind: "list", since: "4.10", summary: "Virtual NUMA topology: list of per-node option lists" },
  // LLC colouring is only implemented for Arm64 in 4.20.
  { name: "llc_colors", kind: "list", since: "4.20", arch: "arm", rules: RULES.llc_colors, summary: "Last-level-cache colours assigned to the guest (\"N\" or \"A-B\")" },

  // ---------------------------------------------------------------------
  // Memory
  // ---------------------------------------------------------------------
  { name: "memory", kind: "integer", since: "4.10", summary: "Initial RAM in MiB" },
  { name: "maxmem", kind: "integer", since: "4.10", summary: "Maximum RAM in MiB (defaults to memory); larger than memory = pre-ballooned/PoD" },
  // Used for the shadow pool on x86 and the P2M pool on Arm (paging mempool).
  { name: "shadow_memory", kind: "integer", since: "4.10", summary: "Paging/shadow pool size in MiB" },
  { name: "videoram", kind: "integer", since: "4.10", arch: "x86", rules: RULES.videoram, summary: "Emulated video RAM in MiB" },
  { name: "mmio_hole", kind: "integer", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Size of the MMIO hole below 4 GiB in MiB" },
  // xl reads rdm for every type but stores it in HVM-only fields.
  { name: "rdm", kind: "string", since: "4.10", arch: "x86", rules: RULES.rdm, summary: "Reserved device memory policy, e.g. \"strategy=host,policy=relaxed\"" },
  { name: "rdm_mem_boundary", kind: "integer", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Boundary (MiB) below which RDM conflicts are handled" },

  // ---------------------------------------------------------------------
  // Kernel / boot
  // ---------------------------------------------------------------------
  { name: "kernel", kind: "string", since: "4.10", summary: "Path (in dom0) of the kernel image to boot directly" },
  { name: "ramdisk", kind: "string", since: "4.10", summary: "Path (in dom0) of the initial ramdisk" },
  { name: "cmdline", kind: "string", since: "4.10", summary: "Full kernel command line; overrides root and extra" },
  { name: "root", kind: "string", since: "4.10", summary: "Becomes \"root=<value>\" at the start of the command line when cmdline is absent" },
  { name: "extra", kind: "string", since: "4.10", summary: "Appended to the command line after root= when cmdline is absent" },
  { name: "device_tree", kind: "string", since: "4.10", arch: "arm", rules: RULES.device_tree, summary: "Partial device tree blob whose /passthrough node is merged into the guest DT" },
  { name: "bootloader", kind: "string", since: "4.10", summary: "Dom0 program (e.g. pygrub) that picks the kernel from the guest disk" },
  // Preferred as a list; a plain string is still accepted (split on whitespace) with a deprecation warning.
  { name: "bootloader_args", kind: "any", since: "4.10", summary: "Arguments for the bootloader, preferably a list of strings" },
  { name: "bootloader_restrict", kind: "boolean", since: "4.18", summary: "Run the bootloader de-privileged" },
  { name: "bootloader_user", kind: "string", since: "4.18", summary: "Unix user to run a restricted bootloader as" },
  // HVM: seabios/rombios/ovmf/uefi/bios or a firmware path.  PV/PVH: only
  // pvgrub32/pvgrub64 (x86), mapped to <firmware dir>/<name>.bin; conflicts with kernel.
  { name: "firmware", kind: "string", since: "4.10", rules: RULES.firmware, summary: "Guest firmware: BIOS flavour/path (HVM) or pvgrub32/pvgrub64 (PV/PVH)" },
  { name: "firmware_override", kind: "string", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Replace hvmloader with a custom binary" },
  { name: "bios", kind: "string", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "BIOS flavour: rombios, seabios or ovmf" },
  { name: "bios_path_override", kind: "string", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Custom path for the selected BIOS image" },
  { name: "smbios_firmware", kind: "string", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "File of extra SMBIOS structures for the guest" },
  { name: "acpi_firmware", kind: "string", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "File of extra ACPI tables for the guest" },
  { name: "smbios", kind: "list", since: "4.18", arch: "x86", rules: HVM_BLOCK, summary: "SMBIOS string overrides as \"field=value\" items" },
  // pvshim* were backported into 4.10.1 (absent from 4.10.0); "4.11" is the
  // conservative answer, 4.10.1+ also reads them.
  { name: "pvshim", kind: "boolean", since: "4.11", arch: "x86", rules: RULES.pvshim, summary: "Run a PV guest inside a PVH shim container" },
  { name: "pvshim_path", kind: "string", since: "4.11", arch: "x86", rules: RULES.pvshim_path, summary: "Non-default shim binary path" },
  { name: "pvshim_cmdline", kind: "string", since: "4.11", arch: "x86", rules: RULES.pvshim_cmdline, summary: "Command line for the shim (replaces the default)" },
  { name: "pvshim_extra", kind: "string", since: "4.11", arch: "x86", rules: RULES.pvshim_extra, summary: "Extra arguments appended to the shim command line" },

  // ---------------------------------------------------------------------
  // Lifecycle actions (exact, case-sensitive values)
  // destroy | restart | rename-restart | preserve | coredump-destroy |
  // coredump-restart | soft-reset
  // ---------------------------------------------------------------------
  { name: "on_poweroff", kind: "string", since: "4.10", summary: "Action when the guest powers off (default destroy)" },
  { name: "on_reboot", kind: "string", since: "4.10", summary: "Action when the guest reboots (default restart)" },
  { name: "on_watchdog", kind: "string", since: "4.10", rules: RULES.on_watchdog, summary: "Action when the watchdog fires (default destroy)" },
  { name: "on_crash", kind: "string", since: "4.10", summary: "Action when the guest crashes (default destroy)" },
  { name: "on_soft_reset", kind: "string", since: "4.10", rules: RULES.on_soft_reset, summary: "Action on guest soft reset (default soft-reset)" },

  // ---------------------------------------------------------------------
  // Grant tables, event channels, passthrough mode
  // ---------------------------------------------------------------------
  // 4.10-4.12: plain integer; 4.13+: bounded 0..INT_MAX and out-of-range is fatal.
  { name: "max_grant_frames", kind: "integer", since: "4.10", rules: RULES.max_grant_frames, summary: "Grant table size limit in frames" },
  { name: "max_maptrack_frames", kind: "integer", since: "4.10", rules: RULES.max_maptrack_frames, summary: "Maptrack table size limit in frames" },
  { name: "max_grant_version", kind: "integer", since: "4.16", rules: RULES.max_grant_version, summary: "Highest grant table ABI version the guest may use" },
  { name: "max_event_channels", kind: "integer", since: "4.10", summary: "Event channel limit for the domain" },
  { name: "passthrough", kind: "string", since: "4.13", rules: RULES.passthrough, summary: "IOMMU setup: default, disabled, enabled, sync_pt or share_pt" },

  // ---------------------------------------------------------------------
  // Paravirtual and passthrough devices
  // ---------------------------------------------------------------------
  { name: "disk", kind: "list", since: "4.10", summary: "Virtual block devices, one disk spec string per item" },
  { name: "vif", kind: "list", since: "4.10", summary: "Virtual network interfaces, one spec string per item" },
  { name: "vif2", kind: "list", since: "4.10", summary: "Obsolete netchannel2 list; xl only warns and ignores it" },
  { name: "vtpm", kind: "list", since: "4.10", summary: "Virtual TPM devices" },
  { name: "p9", kind: "list", since: "4.10", summary: "9pfs shared filesystems" },
  { name: "pvcalls", kind: "list", since: "4.11", summary: "PV calls (socket) backends" },
  { name: "vfb", kind: "list", since: "4.10", summary: "Virtual framebuffers (mainly PV guests)" },
  { name: "vkb", kind: "list", since: "4.12", summary: "Virtual keyboard/pointer devices" },
  { name: "vdispl", kind: "list", since: "4.10", summary: "Virtual display devices" },
  { name: "vsnd", kind: "list", since: "4.12", summary: "Virtual sound cards: nested lists of card/pcm/stream options" },
  { name: "channel", kind: "list", since: "4.10", summary: "Named guest<->dom0 character channels" },
  { name: "usbctrl", kind: "list", since: "4.10", summary: "Virtual USB controllers" },
  { name: "usbdev", kind: "list", since: "4.10", summary: "USB devices to attach to virtual controllers" },
  // 4.18+ virtio-mmio devices: only Arm's libxl places them (x86 writes xenstore entries the guest never sees).
  { name: "virtio", kind: "list", since: "4.18", arch: "arm", rules: RULES.virtio, summary: "Virtio (MMIO) devices" },
  // PCI passthrough on Arm is experimental (vPCI); treated here as generic.
  { name: "pci", kind: "list", since: "4.10", summary: "PCI devices to pass through (BDF spec strings)" },
  { name: "pci_msitranslate", kind: "boolean", since: "4.10", summary: "Default msitranslate for all pci items" },
  { name: "pci_power_mgmt", kind: "boolean", since: "4.10", summary: "Default power_mgmt for all pci items" },
  { name: "pci_permissive", kind: "boolean", since: "4.10", summary: "Default permissive flag for all pci items" },
  { name: "pci_seize", kind: "boolean", since: "4.10", summary: "Default seize flag for all pci items" },
  { name: "dtdev", kind: "list", since: "4.10", arch: "arm", rules: RULES.dtdev, summary: "Host device-tree node paths to pass through" },
  { name: "iomem", kind: "list", since: "4.10", summary: "Machine memory ranges to map: \"IOMEM_START,NUM_PAGES[@GFN]\"" },
  { name: "irqs", kind: "list", since: "4.10", summary: "Physical IRQs the guest may use" },
  { name: "ioports", kind: "list", since: "4.10", arch: "x86", rules: RULES.ioports, summary: "Legacy I/O port ranges the guest may access" },

  // ---------------------------------------------------------------------
  // x86 platform / HVM features
  // ---------------------------------------------------------------------
  // HAP is always used on Arm; the option only matters on x86 HVM/PVH.
  { name: "hap", kind: "boolean", since: "4.10", arch: "x86", rules: RULES.hap, summary: "Use hardware-assisted paging" },
  { name: "oos", kind: "boolean", since: "4.10", arch: "x86", rules: RULES.oos, summary: "Allow out-of-sync shadow page tables" },
  // Also meaningful on Arm (ACPI guests, default off there), hence no arch.
  { name: "acpi", kind: "boolean", since: "4.10", summary: "Expose ACPI tables to the guest" },
  { name: "acpi_s3", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Advertise the S3 sleep state" },
  { name: "acpi_s4", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Advertise the S4 sleep state" },
  { name: "acpi_laptop_slate", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Expose the laptop/slate ACPI switch" },
  // 4.10 read apic for every guest type; from 4.11 only for HVM.
  { name: "apic", kind: "boolean", since: "4.10", arch: "x86", rules: APIC, summary: "Provide a local APIC to the guest" },
  { name: "pae", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Expose PAE to the guest" },
  { name: "nx", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Expose the NX bit to the guest" },
  { name: "hpet", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Emulate an HPET" },
  { name: "vpt_align", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Align virtual platform timer interrupts" },
  { name: "hvm_pirq", kind: "boolean", since: "4.19", arch: "x86", rules: HVM_BLOCK, summary: "Let the guest route interrupts over event channels (PIRQs)" },
  { name: "viridian", kind: "any", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Hyper-V enlightenments: boolean, or list of group names (\"defaults\", \"all\", \"!name\")" },
  // xl reads nestedhvm for every type; Xen refuses it for PV.
  { name: "nestedhvm", kind: "boolean", since: "4.10", arch: "x86", rules: RULES.nestedhvm, summary: "Expose virtualisation extensions to the guest" },
  // Integer form (0-3) is accepted but the named form is preferred:
  // disabled | mixed | external | limited.  Xen rejects it for PV.
  { name: "altp2m", kind: "any", since: "4.10", arch: "x86", rules: RULES.altp2m, summary: "Alternate p2m mode (prefer the named string form)" },
  { name: "altp2mhvm", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Deprecated boolean form of altp2m" },
  { name: "altp2m_count", kind: "integer", since: "4.21", arch: "x86", rules: RULES.altp2m_count, summary: "Number of alternate p2m views (0..65535)" },
  { name: "ms_vm_genid", kind: "string", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "VM generation ID: \"generate\" or \"none\"" },
  { name: "mca_caps", kind: "list", since: "4.10", arch: "x86", rules: HVM_BLOCK, summary: "Machine-check capabilities to expose (only \"lmce\")" },
  { name: "cpuid", kind: "any", since: "4.10", arch: "x86", rules: RULES.cpuid, summary: "CPUID policy tweaks, as a libxl string or a legacy list" },
  // Integer form is deprecated; names: default, always_emulate, native, native_paravirt.
  { name: "tsc_mode", kind: "any", since: "4.10", arch: "x86", rules: RULES.tsc_mode, summary: "TSC handling mode (prefer the named string form)" },
  // Rejected with an error for PV guests.
  { name: "timer_mode", kind: "any", since: "4.10", arch: "x86", rules: RULES.timer_mode, summary: "Virtual timer behaviour (prefer the named string form)" },
  { name: "rtc_timeoffset", kind: "integer", since: "4.10", arch: "x86", rules: RULES.rtc_timeoffset, summary: "Offset in seconds added to the guest wallclock" },
  { name: "localtime", kind: "boolean", since: "4.10", arch: "x86", rules: RULES.localtime, summary: "Start the guest clock in dom0 local time instead of UTC" },
  { name: "e820_host", kind: "boolean", since: "4.10", arch: "x86", rules: RULES.e820_host, summary: "Give a PV guest a host-like E820 memory map" },
  { name: "msr_relaxed", kind: "boolean", since: "4.15", arch: "x86", rules: RULES.msr_relaxed, summary: "Relaxed handling of unknown MSR accesses (xl warns it will go away)" },
  // Xen only accepts vmtrace for HVM-container guests.
  { name: "vmtrace_buf_kb", kind: "integer", since: "4.15", arch: "x86", rules: RULES.vmtrace_buf_kb, summary: "Per-vCPU processor-trace buffer size in KiB" },
  { name: "xen_platform_pci", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Provide the Xen platform PCI device" },
  { name: "xen_platform_pci_bar_uc", kind: "boolean", since: "4.21", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Mark the platform device BAR uncacheable" },
  { name: "vendor_device", kind: "string", since: "4.10", arch: "x86", rules: [VENDOR_DEVICE, ...HVM_DISPLAY_BLOCK], summary: "Vendor-specific platform device (\"xenserver\" or \"none\")" },
  { name: "vkb_device", kind: "boolean", since: "4.13", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Create a PV keyboard backend for an HVM guest" },

  // ---------------------------------------------------------------------
  // Device model (QEMU) and stub domains
  // ---------------------------------------------------------------------
  { name: "device_model", kind: "string", since: "4.10", summary: "Obsolete; xl prints a warning and ignores it" },
  { name: "device_model_override", kind: "string", since: "4.10", summary: "Path of a non-default device model binary" },
  { name: "device_model_version", kind: "string", since: "4.10", rules: RULES.device_model_version, summary: "\"qemu-xen\" or \"qemu-xen-traditional\"" },
  { name: "device_model_stubdomain_override", kind: "boolean", since: "4.10", arch: "x86", rules: RULES.device_model_stubdomain_override, summary: "Run the device model in a stub domain" },
  { name: "device_model_stubdomain_seclabel", kind: "string", since: "4.10", arch: "x86", rules: RULES.device_model_stubdomain_seclabel, summary: "XSM label of the device-model stub domain" },
  { name: "device_model_user", kind: "string", since: "4.10", summary: "Unix user to run QEMU as" },
  { name: "device_model_args", kind: "list", since: "4.10", summary: "Extra QEMU arguments for any guest type" },
  { name: "device_model_args_pv", kind: "list", since: "4.10", summary: "Extra QEMU arguments for PV guests" },
  { name: "device_model_args_hvm", kind: "list", since: "4.10", arch: "x86", rules: RULES.device_model_args_hvm, summary: "Extra QEMU arguments for HVM guests" },
  { name: "stubdomain_kernel", kind: "string", since: "4.14", arch: "x86", rules: RULES.stubdomain_kernel, summary: "Kernel image for the device-model stub domain" },
  { name: "stubdomain_cmdline", kind: "string", since: "4.16", arch: "x86", rules: RULES.stubdomain_cmdline, summary: "Command line for the stub domain kernel" },
  { name: "stubdomain_ramdisk", kind: "string", since: "4.14", arch: "x86", rules: RULES.stubdomain_ramdisk, summary: "Ramdisk for the device-model stub domain" },
  { name: "stubdomain_memory", kind: "integer", since: "4.14", arch: "x86", rules: RULES.stubdomain_memory, summary: "Stub domain memory in MiB" },
  { name: "dm_restrict", kind: "boolean", since: "4.10", summary: "Run QEMU with reduced privileges" },

  // ---------------------------------------------------------------------
  // Display, console and emulated HVM peripherals
  // ---------------------------------------------------------------------
  // For PV guests the vnc*/sdl keys only apply when no vfb list is given.
  { name: "vnc", kind: "boolean", since: "4.10", summary: "Enable a VNC display" },
  { name: "vnclisten", kind: "string", since: "4.10", summary: "Address (optionally :display) for VNC to listen on" },
  { name: "vncpasswd", kind: "string", since: "4.10", summary: "VNC password" },
  { name: "vncdisplay", kind: "integer", since: "4.10", summary: "VNC display number" },
  { name: "vncunused", kind: "boolean", since: "4.10", summary: "Pick the first free VNC display" },
  { name: "vncviewer", kind: "integer", since: "4.10", summary: "Obsolete; xl warns and ignores it (use xl create -V)" },
  { name: "sdl", kind: "boolean", since: "4.10", summary: "Enable an SDL display window" },
  { name: "opengl", kind: "boolean", since: "4.10", summary: "Use OpenGL for the SDL display" },
  { name: "display", kind: "string", since: "4.10", summary: "X11 DISPLAY for the SDL window" },
  { name: "xauthority", kind: "string", since: "4.10", summary: "XAUTHORITY file for the SDL window" },
  { name: "keymap", kind: "string", since: "4.10", summary: "Keyboard layout for VNC/SDL" },
  { name: "vga", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulated graphics card: stdvga, cirrus, qxl or none" },
  { name: "stdvga", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Legacy switch: stdvga instead of cirrus (ignored when vga is set)" },
  { name: "nographic", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Disable emulated graphics output" },
  { name: "spice", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Enable a SPICE display" },
  { name: "spiceport", kind: "integer", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "SPICE TCP port" },
  { name: "spicetls_port", kind: "integer", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "SPICE TLS port" },
  { name: "spicehost", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Address SPICE listens on" },
  { name: "spicedisable_ticketing", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Allow SPICE clients without a password" },
  { name: "spicepasswd", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "SPICE password" },
  { name: "spiceagent_mouse", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Use the SPICE agent for mouse input" },
  { name: "spicevdagent", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Enable the SPICE vdagent channel" },
  { name: "spice_clipboard_sharing", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Share the clipboard over SPICE" },
  { name: "spiceusbredirection", kind: "integer", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Number of SPICE USB redirection channels" },
  { name: "spice_image_compression", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "SPICE image compression setting" },
  { name: "spice_streaming_video", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "SPICE video streaming setting" },
  // Integer form enables default passthrough; string form names the kind (e.g. "igd").
  { name: "gfx_passthru", kind: "any", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Graphics passthrough: boolean or a kind string" },
  // Preferred as a list; a single string is still accepted.
  { name: "serial", kind: "any", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulated serial port(s): string or list of QEMU specs" },
  { name: "boot", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulated boot device order, e.g. \"cd\"" },
  { name: "usb", kind: "boolean", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulate a USB controller" },
  { name: "usbversion", kind: "integer", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulated USB controller version (1, 2 or 3)" },
  { name: "usbdevice", kind: "any", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulated USB device(s): string or list" },
  { name: "soundhw", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulated sound hardware model" },
  { name: "hdtype", kind: "string", since: "4.10", arch: "x86", rules: HVM_DISPLAY_BLOCK, summary: "Emulated disk controller: ide or ahci" },

  // ---------------------------------------------------------------------
  // Arm-specific
  // ---------------------------------------------------------------------
  // Accepted (case-insensitive): default, v2, v3.  "native" is NOT accepted.
  { name: "gic_version", kind: "string", since: "4.10", arch: "arm", rules: RULES.gic_version, summary: "Emulated GIC version: default, v2 or v3" },
  // Only "sbsa_uart" is useful (libxl's enum also accepts "unknown" = none).
  { name: "vuart", kind: "string", since: "4.10", arch: "arm", rules: RULES.vuart, summary: "Emulated UART for the guest console: \"sbsa_uart\"" },
  // 4.13-4.17: none | optee; 4.18+: also ffa.
  { name: "tee", kind: "string", since: "4.13", arch: "arm", rules: RULES.tee, summary: "Trusted Execution Environment mediator: none, optee, ffa (4.18+)" },
  { name: "sve", kind: "string", since: "4.18", arch: "arm", rules: RULES.sve, summary: "SVE vector length: disabled, hw, or a multiple of 128 up to 2048" },
  { name: "nr_spis", kind: "integer", since: "4.19", arch: "arm", rules: RULES.nr_spis, summary: "Minimum number of SPIs to allocate to the guest vGIC" },
  // xl reads it on every arch; libxl on x86 fails the build if it is set to 1.
  { name: "trap_unmapped_accesses", kind: "boolean", since: "4.21", arch: "arm", rules: RULES.trap_unmapped_accesses, summary: "Trap (rather than ignore) guest accesses to unmapped MMIO" },
  { name: "arm_sci", kind: "string", since: "4.21", arch: "arm", rules: RULES.arm_sci, summary: "Arm SCI mediator options, e.g. \"type=scmi_smc\"" },

  // ---------------------------------------------------------------------
  // Performance monitoring
  // ---------------------------------------------------------------------
  // xl.cfg(5) says "currently ARM only", but libxl and Xen treat it alike on both
  // architectures: it needs "vpmu" in virt_caps (x86: Xen booted with vpmu enabled).
  { name: "vpmu", kind: "boolean", since: "4.16", rules: RULES.vpmu, summary: "Give the guest direct access to PMU registers" },
];
