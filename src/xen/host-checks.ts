// What a guest needs of the host it is planned onto, and whether the host has it: the
// files it boots from and the disks it opens, the kernel's PVH entry note on x86, the
// GIC an Arm guest asks for, the bridges its interfaces join, the device model (QEMU) its
// type or devices need, and the memory it takes.
// Each of these fails only late in `xl create` (exit 3, after other guests of the same
// run were created); here they are findings at plan. Pure: the host's answers come in
// as a HostInventory (read by src/resources in one round trip per host).
import type { DiskSpec, VifSpec } from "./devices";
import type { HostFacts } from "./facts";
import type { Finding, Step } from "./finding";
import { refuse, warn } from "./finding";
import { readWrittenType, type GuestType } from "./guest-type";
import type { XenNotes } from "./kernel-image";
import type { DomainSpec } from "./spec";
import { readXlInteger } from "./xlcfg";

/** What a path is on the host, following symbolic links as xl does when it opens it. */
export type PathKind = "file" | "block" | "dir" | "other" | "absent";
export interface PathInfo {
  kind: PathKind;
  /** A regular file the host may execute (a bootloader). */
  exec?: boolean;
}

/** The host's GIC as dom0 sees it; `v2Compat` from Xen's boot messages (null when they are gone). */
export interface GicInfo {
  version: "v2" | "v3";
  v2Compat: boolean | null;
}

/** A kernel's notes, or why they cannot be read. */
export type KernelCheck = { notes: XenNotes } | { unreadable: string };

export interface HostInventory {
  paths: ReadonlyMap<string, PathInfo>;
  kernels: ReadonlyMap<string, KernelCheck>;
  /** Arm only; null when dom0 cannot tell. */
  gic: GicInfo | null;
  /** The host's bridges (Linux bridges and Open vSwitch bridges); null when they cannot be read. */
  bridges: ReadonlySet<string> | null;
  /**
   * The QEMU libxl starts as a guest's device model (the path built into libxenlight) and
   * what is there; null when dom0 cannot tell (no libxenlight found, or no such path in it).
   */
  deviceModel: { path: string; info: PathInfo } | null;
}

type Want = "file" | "exec" | "disk";

export interface HostNeeds {
  paths: { path: string; attr: Step[]; want: Want; what: string }[];
  /** The image that must carry the PVH entry note (x86 guests that run as pvh). */
  pvhImage: { path: string; attr: Step[] } | null;
  bridges: { name: string; attr: Step[] }[];
  /** Arm: check the GIC and the vCPUs it allows. */
  gic: boolean;
  /** Why the guest needs QEMU in dom0 (see deviceModelNeed), or null; with `device_model_override`, that path is in `paths`. */
  deviceModel: DeviceModelNeed | null;
  /**
   * A disk target that exists but is neither a file nor a block device: x86's xl starts the
   * guest all the same (libxl falls back to QEMU's qdisk backend, which opens it only later;
   * seen on 4.17), Arm's fails (exit 3).
   */
  oddDiskStarts: boolean;
}

/** libxl's bridge for an interface that names none. */
export const DEFAULT_BRIDGE = "xenbr0";
/** The most vCPUs a guest with a virtual GICv2 can have. */
const GICV2_VCPUS = 8;

/** An absolute path without shell or xl surprises: the only kind the host is asked about. */
const checkable = (p: unknown): p is string => typeof p === "string" && p.startsWith("/") && !/[\n\0]/.test(p);

/** What the guest needs of its host, for the type it resolves to there. */
export function hostNeeds(spec: DomainSpec, effective: GuestType | null, facts: HostFacts): HostNeeds {
  const paths: HostNeeds["paths"] = [];
  const add = (v: unknown, attr: Step[], want: Want, what: string) => {
    if (checkable(v)) paths.push({ path: v, attr, want, what });
  };
  add(spec.kernel, ["kernel"], "file", "kernel");
  add(spec.ramdisk, ["ramdisk"], "file", "ramdisk");
  // `firmware` is a name ("uefi", "bios", "pvgrub64") unless it is a path.
  add(spec.firmware, ["firmware"], "file", "firmware");
  // A bootloader given by name is found in libxl's directory; a path must be there.
  add(spec.bootloader, ["bootloader"], "exec", "bootloader");
  const x86 = facts.machine === "x86_64";
  const shim = x86 && effective === "pvh" && spec.pvshim === true;
  if (shim) add(spec.pvshim_path, ["pvshim_path"], "file", "PV shim");
  (spec.disk ?? []).forEach((d: DiskSpec, i) => {
    // A hotplug script says what its target means; an empty CD-ROM has none.
    if (d.script != null || d.devtype === "cdrom") return;
    add(d.target, ["disk", i, "target"], "disk", "disk target");
  });
  let pvhImage: HostNeeds["pvhImage"] = null;
  if (x86 && effective === "pvh") {
    // With the shim, the shim is what boots as PVH (the kernel inside it is PV).
    if (shim) pvhImage = checkable(spec.pvshim_path) ? { path: spec.pvshim_path, attr: ["pvshim_path"] } : null;
    else if (checkable(spec.kernel)) pvhImage = { path: spec.kernel, attr: ["kernel"] };
  }
  const bridges: HostNeeds["bridges"] = [];
  (spec.vif ?? []).forEach((v: VifSpec, i) => {
    // Only the bridge script joins a bridge; vif-route, vif-nat and others do not.
    const script = v.script == null ? "vif-bridge" : v.script.slice(v.script.lastIndexOf("/") + 1);
    if (script !== "vif-bridge" && script !== "vif-openvswitch") return;
    const name = v.bridge ?? DEFAULT_BRIDGE;
    // Open vSwitch takes "bridge:tag" and "bridge:trunk1:trunk2".
    bridges.push({ name: script === "vif-openvswitch" ? name.split(/[.:]/)[0] : name, attr: v.bridge == null ? ["vif", i] : ["vif", i, "bridge"] });
  });
  const deviceModel = deviceModelNeed(spec, effective);
  const override = spec.xl_config?.device_model_override;
  if (deviceModel && override !== undefined) add(override, ["xl_config", { key: "device_model_override" }], "exec", "device model");
  return { paths, pvhImage, bridges, gic: !x86, deviceModel, oddDiskStarts: x86 };
}

/** Why a guest needs a device model (QEMU) in dom0: the attribute that brings it and what for. */
export interface DeviceModelNeed {
  attr: Step[];
  why: string;
}

/** The entries of an xl_config list (written with jsonencode: each a spec string such as "vnc=1,vnclisten=..."); [] when unset or not a list. */
function listItems(raw: string | undefined): string[] {
  try {
    const v: unknown = raw === undefined ? [] : JSON.parse(raw.trim());
    return Array.isArray(v) ? v.filter((e): e is string => typeof e === "string") : [];
  } catch { return []; }
}
/** An xl_config flag as xl reads it ("true"/"false" or an integer), or null when unset or unreadable. */
function flag(raw: string | undefined): boolean | null {
  const t = raw?.trim();
  if (t === undefined) return null;
  if (t === "true" || t === "false") return t === "true";
  const n = readXlInteger(t);
  return "error" in n ? null : n.value !== 0n;
}
/** A `key=value` of a device spec string (the last one wins, as in xl's parsers). */
const specParam = (item: string, key: string) =>
  item.split(",").map((p) => p.trim()).filter((p) => p.startsWith(`${key}=`)).map((p) => p.slice(key.length + 1)).pop();
/** A backend that is not dom0 (a driver domain) runs its own backends: not dom0's QEMU. */
const otherBackend = (b: unknown) => typeof b === "string" && b !== "" && b !== "0" && b !== "Domain-0";

/**
 * Whether libxl starts QEMU in dom0 for this guest, and for what. An HVM guest always has one
 * (libxl_create.c:1777@RELEASE-4.17.0, :1801@RELEASE-4.22.0; a stub domain runs it elsewhere).
 * A PV or PVH guest — every Arm guest — has one when libxl__need_xenpv_qemu says so
 * (libxl_dm.c:3752@RELEASE-4.17.0, :3717@RELEASE-4.22.0): a framebuffer (`vfb`, or `vnc` on a
 * config xl parses as PV, which xl turns into a vfb — `sdl` alone does not: xl_parse.c:2577@RELEASE-4.17.0,
 * :2884@RELEASE-4.22.0 — and xl parses a config without a type as PV on x86, PVH on Arm:
 * xl_parse.c:1308@RELEASE-4.17.0, :1447@RELEASE-4.22.0), a channel whose backend is dom0
 * (xenconsoled serves only the first console: libxl_dm.c:3788@RELEASE-4.17.0,
 * :3753@RELEASE-4.22.0), a 9pfs share served by QEMU (every one until 4.18:
 * libxl_dm.c:3764@RELEASE-4.17.0; from 4.19 those of type "qemu", the default:
 * libxl_9pfs.c:24,87@RELEASE-4.19.0), or a disk with QEMU's qdisk backend (libxl_disk.c:1546@RELEASE-4.17.0,
 * :1944@RELEASE-4.22.0): backendtype "qdisk", or a qcow, qcow2 or qed image, which neither
 * blkback nor blktap takes (libxl_device.c:305,330@RELEASE-4.17.0, :331,355@RELEASE-4.22.0).
 */
export function deviceModelNeed(spec: DomainSpec, effective: GuestType | null): DeviceModelNeed | null {
  const xc = spec.xl_config ?? {};
  if (effective === "hvm") {
    if (flag(xc.device_model_stubdomain_override)) return null;
    return { attr: spec.type != null ? ["type"] : ["xl_config", { key: "builder" }], why: "an HVM guest's emulated machine is QEMU" };
  }
  if (effective !== "pv" && effective !== "pvh") return null;
  const key = (k: string): Step[] => ["xl_config", { key: k }];
  if (listItems(xc.vfb).length) return { attr: key("vfb"), why: "its virtual framebuffer (vfb) is served by QEMU" };
  const written = readWrittenType(spec.type, xc.builder, [], []).written;
  const parsedPv = written === "pv" || (written === null && effective === "pv");
  if (parsedPv && flag(xc.vnc)) {
    return { attr: key("vnc"), why: "xl gives a PV config with vnc a virtual framebuffer, which QEMU serves" };
  }
  const channel = listItems(xc.channel).find((c) => !otherBackend(specParam(c, "backend")));
  if (channel !== undefined) return { attr: key("channel"), why: "its channels are served by QEMU (xenconsoled serves only the first console)" };
  const p9 = listItems(xc.p9).find((c) => !otherBackend(specParam(c, "backend")) && (specParam(c, "type") ?? "qemu") === "qemu");
  if (p9 !== undefined) return { attr: key("p9"), why: "its 9pfs share is served by QEMU" };
  for (const [i, d] of (spec.disk ?? []).entries()) {
    if (otherBackend(d.backend)) continue;
    const format = typeof d.format === "string" ? d.format : "raw";
    if (d.backendtype === "qdisk") return { attr: ["disk", i, "backendtype"], why: "its disk's backend is QEMU's qdisk" };
    if (d.backendtype == null && d.script == null && ["qcow", "qcow2", "qed"].includes(format)) {
      return { attr: ["disk", i, "format"], why: `libxl serves a ${format} disk with QEMU's qdisk backend` };
    }
  }
  return null;
}

const fits = (want: Want, p: PathInfo) =>
  want === "file" ? p.kind === "file" : want === "exec" ? p.kind === "file" && p.exec === true : p.kind === "file" || p.kind === "block";

const kindText: Record<PathKind, string> = {
  file: "a regular file", block: "a block device", dir: "a directory", other: "neither a file nor a block device", absent: "missing",
};

/** The findings of a guest's needs against what the host answered. `known` are paths that will exist (volumes planned in the same run). */
export function checkOnHost(host: string, spec: DomainSpec, needs: HostNeeds, inv: HostInventory, known: ReadonlySet<string> = new Set()): Finding[] {
  const f: Finding[] = [];
  /** The QEMU libxl would start, when dom0 said it is not there (null: it is, or dom0 cannot tell). */
  const noQemu = inv.deviceModel && !fits("exec", inv.deviceModel.info)
    ? `libxl would start ${inv.deviceModel.path}, which is ${inv.deviceModel.info.kind === "file" ? "not executable" : kindText[inv.deviceModel.info.kind]} there` : null;
  for (const n of needs.paths) {
    if (known.has(n.path)) continue;
    const p = inv.paths.get(n.path);
    if (!p || fits(n.want, p)) continue;
    const should = n.want === "file" ? "a regular file" : n.want === "exec" ? "an executable file" : "a regular file or a block device";
    if (n.want === "disk" && p.kind !== "absent" && needs.oddDiskStarts && noQemu) {
      f.push(refuse(n.attr, `The disk target ${n.path} on host "${host}" is ${kindText[p.kind]}`,
        `libxl hands such a target to QEMU's qdisk backend, and host "${host}" has no QEMU (${noQemu}): xl create fails when it starts the device model. It must be ${should}.`));
      continue;
    }
    if (n.want === "disk" && p.kind !== "absent" && needs.oddDiskStarts) {
      f.push(warn("diskTargetNotAFile", n.attr, `The disk target ${n.path} on host "${host}" is ${kindText[p.kind]}`,
        "xl starts the guest anyway, with QEMU as the disk's backend, which cannot use it: the guest will not have this disk. It should be a regular file or a block device."));
      continue;
    }
    f.push(refuse(n.attr, p.kind === "absent" ? `The ${n.what} ${n.path} does not exist on host "${host}"` : `The ${n.what} ${n.path} on host "${host}" is ${p.kind === "file" ? "not executable" : kindText[p.kind]}`,
      `xl create would fail on it (exit 3) after this run had created other guests. It must be ${should}.`));
  }
  if (needs.pvhImage && inv.paths.get(needs.pvhImage.path)?.kind === "file") {
    const k = inv.kernels.get(needs.pvhImage.path);
    if (k && "notes" in k && !k.notes.pvhEntry) {
      f.push(refuse(needs.pvhImage.attr, `${needs.pvhImage.path} on host "${host}" cannot boot as PVH`,
        "It has no PVH entry point (the XEN_ELFNOTE_PHYS32_ENTRY ELF note" + (k.notes.pvEntry ? "; it is a PV kernel" : "") + "): " +
        'xl create fails with "image not capable of booting inside a HVM container". Use a kernel built with PVH support, or type = "pv".'));
    } else if (k && "unreadable" in k) {
      f.push(warn("kernelNotesUnread", needs.pvhImage.attr, `Cannot tell whether ${needs.pvhImage.path} on host "${host}" boots as PVH`,
        `It is ${k.unreadable}; the plan did not check its PVH entry note.`));
    }
  }
  const dm = needs.deviceModel;
  if (dm && spec.xl_config?.device_model_override === undefined && noQemu) {
    f.push(refuse(dm.attr, `Host "${host}" has no QEMU for this guest`,
      `The guest needs a device model in dom0: ${dm.why}. ${noQemu}: ` +
      "xl create fails when it starts the device model, after this run had created other guests. Install the host's QEMU for Xen (Debian: qemu-system-xen), or leave out what needs it."));
  }
  if (needs.gic && inv.gic) f.push(...checkGic(`Host "${host}"`, spec, inv.gic));
  if (inv.bridges) {
    for (const b of needs.bridges) {
      if (inv.bridges.has(b.name)) continue;
      f.push(refuse(b.attr, `There is no bridge "${b.name}" on host "${host}"`,
        `The interface's hotplug script would fail to join it and xl create fails. Bridges there: ${[...inv.bridges].sort().join(", ") || "none"}.`));
    }
  }
  return f;
}

/**
 * A guest's GIC against the host's: what xl create would refuse, and the vCPUs a GICv2
 * allows a guest that gets the host's GIC. `who` names the host in the messages
 * (`Host "arm1"`, or the declared facts).
 */
export function checkGic(who: string, spec: DomainSpec, gic: GicInfo): Finding[] {
  const asked = spec.gic_version?.toLowerCase() ?? "native";
  const f: Finding[] = [];
  if (asked === "v2" && gic.version === "v3" && gic.v2Compat !== true) {
    if (gic.v2Compat === false) {
      f.push(refuse(["gic_version"], `${who} cannot give this guest a GICv2`,
        'Its GICv3 has no GICv2 compatibility: xl create fails ("cannot make domain"). Leave gic_version unset or write "native" or "v3".'));
    } else {
      f.push(warn("gicV2Unknown", ["gic_version"], `${who} may not be able to give this guest a GICv2`,
        "It has a GICv3, and whether it offers GICv2 compatibility is not known here (Xen's boot messages say it); without it xl create fails."));
    }
  }
  if (asked === "v3" && gic.version === "v2") {
    f.push(refuse(["gic_version"], `${who} has a GICv2 and cannot give this guest a GICv3`, 'xl create fails ("cannot make domain"). Leave gic_version unset or write "native".'));
  }
  const guestGic = asked === "native" || asked === "default" ? gic.version : asked;
  const vcpus = spec.maxvcpus ?? spec.vcpus ?? 1;
  if (guestGic === "v2" && asked !== "v2" && Number.isInteger(vcpus) && vcpus > GICV2_VCPUS) {
    f.push(refuse([spec.maxvcpus != null ? "maxvcpus" : "vcpus"], `${vcpus} vCPUs is more than a guest of ${who.replace(/^Host/, "host").replace(/^The/, "the")} can have`,
      `The host's GIC is a GICv2, so the guest's is too, and a GICv2 guest supports at most ${GICV2_VCPUS} vCPUs.`));
  }
  return f;
}

/** What a host says of its memory: `xl info`'s free memory and Xen command line, dom0's MiB, xl.conf's autoballoon (null: "auto"). */
export interface HostMemory {
  freeMemory: number | null;
  xenCommandline: string | null;
  dom0Memory: number | null;
  autoballoon: boolean | null;
}

/** The memory Xen can give new guests on a host, MiB: free memory, plus what xl may balloon dom0 down by. */
export function availableMemory(m: HostMemory): number | null {
  if (m.freeMemory === null) return null;
  // xl's autoballoon "auto": on unless Xen's command line fixes dom0's memory. libxl keeps dom0 at 128 MiB at least.
  const balloons = m.autoballoon ?? !/(^|\s)dom0_mem=/.test(m.xenCommandline ?? "");
  return m.freeMemory + (balloons && m.dom0Memory !== null ? Math.max(0, m.dom0Memory - 128) : 0);
}

/**
 * Capacity: `demand` MiB for this guest (its memory, or the growth of one that runs),
 * `planned` MiB for all guests this run plans onto the host so far, this one included.
 */
export function checkCapacity(host: string, demand: number, planned: number, available: number | null): Finding[] {
  if (available === null || demand <= 0) return [];
  if (demand > available) {
    return [refuse(["memory"], `Host "${host}" does not have ${demand} MiB for this guest`,
      `It has ${available} MiB that Xen can give to new guests; xl create would fail (out of memory).`)];
  }
  if (planned > available) {
    return [warn("hostMemoryShort", ["memory"], `The guests planned onto host "${host}" do not all fit`,
      `Together they need ${planned} MiB; the host has ${available} MiB for new guests. The creates after the memory runs out will fail.`)];
  }
  return [];
}

/** The host's GIC, from the compatible strings of dom0's device tree and Xen's boot messages. */
export function parseGic(compatible: string, dmesg: string): GicInfo | null {
  let version: GicInfo["version"] | null = null;
  if (/arm,gic-v[34]\b/.test(compatible) || /\bGICv3 initiali[sz]ation/.test(dmesg)) version = "v3";
  else if (/arm,(gic-400|cortex-a(7|9|15)-gic|arm11mp-gic|gic-v2|pl390)\b/.test(compatible) || /\bGICv2 initiali[sz]ation/.test(dmesg)) version = "v2";
  if (!version) return null;
  const booted = /GICv3 initiali[sz]ation|GICv2 initiali[sz]ation/.test(dmesg);
  const v2Compat = version === "v2" ? true : /GICv3 compatible with GICv2/.test(dmesg) ? true : booted ? false : null;
  return { version, v2Compat };
}
