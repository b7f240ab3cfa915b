// A guest's disks and network interfaces, in xl's own terms (xl-disk-configuration,
// xl-network-configuration): the fields of a `disk` and a `vif` block, once, and from
// them the spec strings xl.cfg carries and the checks the plan makes. Pure: no I/O.
import type { ArchFamily } from "./arch/rules";
import type { Finding, Step } from "./finding";
import { refuse, warn } from "./finding";
import type { GuestType } from "./guest-type";
import { atLeast, type XenVersion } from "./version";
import { uncarriable } from "./xlcfg";
import { readXlMac } from "./device-specs";

/** How xl's spec writes a field: `key=value`, or a flag (and its negation, if xl has one). */
export type SpecForm = { readonly key: string } | { readonly flag: string; readonly negation?: string };

export interface DeviceField {
  readonly name: string;
  readonly type: "string" | "number" | "bool";
  /** required; optional (xl decides when unset); optional-computed (the provider reads back what xl chose). */
  readonly use: "required" | "optional" | "optional-computed";
  /** The values xl takes; checked by the model, listed in the description. */
  readonly values?: readonly string[];
  readonly default?: string;
  readonly description: string;
  readonly xl: SpecForm;
  /** A path on the host. */
  readonly hostPath?: boolean;
  /** The first Xen version whose xl reads it (older ones refuse it or drop it with a warning: see fates). */
  readonly since?: string;
  /** What the releases that do not read it do with it, read from Xen's source at the cited tag. */
  readonly fates?: readonly FieldFate[];
}

/**
 * What xl of the releases from `from` up to (not including) `until` does with a field: drop
 * it with a warning (the guest silently lacks it) or refuse the device, printing `xl`. Only
 * for `value` when given. Releases no row covers read the field. The plan refuses a block
 * field in every such release (it was asked for and would not be had).
 */
export interface FieldFate {
  readonly from: string;
  readonly until: string;
  readonly fate: "dropped" | "refused";
  readonly value?: string;
  readonly xl: string;
  /** `file:line@RELEASE-x.y.z` the rule was read from. */
  readonly cite: string;
}

/** The row that says what this release's xl does with a field's value; null when it reads it. */
export function fieldFate(f: DeviceField, value: unknown, version: XenVersion): FieldFate | null {
  return f.fates?.find((r) => atLeast(version, r.from) && !atLeast(version, r.until) && (r.value === undefined || r.value === value)) ?? null;
}

export const DISK_FORMATS = ["raw", "qcow", "qcow2", "vhd", "qed"] as const;
export const DISK_BACKEND_TYPES = ["phy", "qdisk", "standalone", "tap"] as const;

/** A disk's fields, in the order its spec is written; `target` last, as xl reads the rest of the spec into it. */
export const DISK_FIELDS = [
  { name: "vdev", type: "string", use: "required", xl: { key: "vdev" },
    description: "The virtual device the guest sees: `xvda`, `xvdb`, ... (`hdX` and `sdX` are emulated names, for HVM guests)." },
  { name: "format", type: "string", use: "optional", values: DISK_FORMATS, default: "`raw`", xl: { key: "format" },
    description: "The image format of `target`." },
  { name: "access", type: "string", use: "optional", values: ["ro", "rw"], default: "`rw` (`ro` for a cdrom)", xl: { key: "access" },
    description: "Read-only or read-write." },
  { name: "devtype", type: "string", use: "optional", values: ["cdrom"], xl: { key: "devtype" },
    description: "`cdrom` for a CD-ROM drive (its `target` may be empty: no medium)." },
  { name: "backendtype", type: "string", use: "optional", values: DISK_BACKEND_TYPES, default: "chosen by libxl from the target and format", xl: { key: "backendtype" },
    fates: [{ from: "4.10", until: "4.17", fate: "refused", value: "standalone", xl: "unknown value for backendtype: near `standalone'",
      cite: "tools/libs/util/libxlu_disk_l.c:1180@RELEASE-4.17.0" }],
    description: "The backend implementation: `phy` (the kernel's blkback; raw only), `qdisk` (QEMU in the backend domain), `standalone` (raw only), `tap`." },
  { name: "backend", type: "string", use: "optional", default: "`0` (dom0)", xl: { key: "backend" },
    description: "The backend domain, by name or id." },
  { name: "script", type: "string", use: "optional", xl: { key: "script" }, hostPath: true,
    description: "The hotplug script that sets up `target` (e.g. `block-iscsi`), instead of the default block script." },
  { name: "discard", type: "bool", use: "optional", default: "the backend's", xl: { flag: "discard", negation: "no-discard" },
    description: "Whether the guest may discard (TRIM) blocks." },
  // Seen: xl 4.17 refuses the flag ("unknown value for access"), 4.20 reads it. 4.17's and
  // 4.18's libxlu_disk_l.l have the rule, but the libxlu_disk_l.c they ship (what xl runs) not.
  { name: "trusted", type: "bool", use: "optional", default: "`true`", xl: { flag: "trusted", negation: "untrusted" }, since: "4.19",
    fates: [{ from: "4.10", until: "4.19", fate: "refused", xl: "the flag is read as a positional item: \"unknown value for access: near `trusted'\" or worse, taken as the target",
      cite: "tools/libs/util/libxlu_disk_l.c:1760@RELEASE-4.19.0" }],
    description: "Whether the backend is trusted by the guest (`false` asks the frontend to harden itself against it)." },
  { name: "direct_io_safe", type: "bool", use: "optional", xl: { flag: "direct-io-safe" },
    description: "The backend may use direct I/O on `target` (safe only where the storage allows it)." },
  { name: "specification", type: "string", use: "optional", values: ["xen", "virtio"], default: "`xen`", xl: { key: "specification" }, since: "4.17",
    fates: [{ from: "4.10", until: "4.17", fate: "refused", xl: "unknown parameter: near `specification=x'", cite: "tools/libs/util/libxlu_disk_l.c:1653@RELEASE-4.17.0" }],
    description: "The protocol the guest sees: `xen` (blkfront) or `virtio` (virtio-mmio, Arm only; cannot be hot-plugged)." },
  { name: "target", type: "string", use: "optional", xl: { key: "target" }, hostPath: true,
    description: "The image on the host: a file or a block device. Empty only for a cdrom without a medium." },
] as const satisfies readonly DeviceField[];

export const VIF_TYPES = ["vif", "ioemu"] as const;

/** A network interface's fields, in the order its spec is written. */
export const VIF_FIELDS = [
  { name: "mac", type: "string", use: "optional-computed", default: "a random address in `00:16:3e` (Xen's prefix), read back so it stays", xl: { key: "mac" },
    description: "The MAC address, `xx:xx:xx:xx:xx:xx` (unicast)." },
  { name: "bridge", type: "string", use: "optional", default: "`xenbr0`", xl: { key: "bridge" },
    description: "The bridge in the backend domain the interface is plugged into." },
  { name: "ip", type: "string", use: "optional", xl: { key: "ip" },
    description: "The guest's IP addresses, space-separated (for the `vif-route` and `vif-nat` scripts, and anti-spoofing)." },
  { name: "vifname", type: "string", use: "optional", default: "`vif<domid>.<devid>`", xl: { key: "vifname" },
    description: "The backend interface's name in dom0 (at most 15 bytes, a Linux interface name)." },
  { name: "script", type: "string", use: "optional", default: "`vif-bridge`", xl: { key: "script" }, hostPath: true,
    description: "The hotplug script that plugs the interface in." },
  { name: "backend", type: "string", use: "optional", default: "`0` (dom0)", xl: { key: "backend" },
    description: "The backend domain, by name or id." },
  { name: "rate", type: "string", use: "optional", xl: { key: "rate" },
    description: "Outgoing bandwidth limit, `<N><unit>/s[@<interval>]` with unit `B`, `KB`, `MB`, `GB` (bytes) or `b`, `Kb`, `Mb`, `Gb` (bits) and interval `us`, `ms` or `s` (default `50ms`)." },
  { name: "mtu", type: "number", use: "optional", default: "`1500`", xl: { key: "mtu" }, since: "4.15",
    fates: [{ from: "4.10", until: "4.15", fate: "dropped", xl: "unrecognized argument `mtu=...'", cite: "tools/xl/xl_parse.c:566@RELEASE-4.15.0" }],
    description: "The interface's MTU." },
  // Seen: xl 4.17 drops it with a warning (the guest would silently be untagged), 4.20 reads it.
  { name: "vlan", type: "number", use: "optional", xl: { key: "vlan" }, since: "4.19",
    fates: [{ from: "4.10", until: "4.19", fate: "dropped", xl: "unrecognized argument `vlan=...'", cite: "tools/xl/xl_parse.c:568@RELEASE-4.19.0" }],
    description: "The 802.1Q VLAN id (1-4094) the backend tags the interface's traffic with." },
  { name: "gatewaydev", type: "string", use: "optional", xl: { key: "gatewaydev" },
    description: "The dom0 interface the `vif-route` / `vif-nat` scripts route through." },
  { name: "type", type: "string", use: "optional", values: VIF_TYPES, xl: { key: "type" },
    description: "HVM only: `ioemu` adds an emulated NIC (`model`) beside the PV one, `vif` only the PV one. PV and PVH guests (every Arm guest) have only `vif`." },
  { name: "model", type: "string", use: "optional", xl: { key: "model" },
    description: "HVM only: the emulated NIC's model (e.g. `e1000`, `rtl8139`)." },
  { name: "trusted", type: "bool", use: "optional", default: "`true`", xl: { flag: "trusted", negation: "untrusted" }, since: "4.17",
    fates: [{ from: "4.10", until: "4.17", fate: "dropped", xl: "unrecognized argument `trusted'", cite: "tools/xl/xl_parse.c:568@RELEASE-4.17.0" }],
    description: "Whether the backend trusts the guest." },
] as const satisfies readonly DeviceField[];

type FieldValue<F extends DeviceField> = F["type"] extends "string" ? string : F["type"] extends "number" ? number : boolean;
type DeviceOf<Fs extends readonly DeviceField[]> =
  & { [F in Extract<Fs[number], { use: "required" }> as F["name"]]: FieldValue<F> }
  & { [F in Exclude<Fs[number], { use: "required" }> as F["name"]]?: FieldValue<F> | null };

export type DiskSpec = DeviceOf<typeof DISK_FIELDS>;
export type VifSpec = DeviceOf<typeof VIF_FIELDS>;

/** The devices' kinds, their block names and fields. */
export const DEVICE_KINDS = {
  disk: { fields: DISK_FIELDS as readonly DeviceField[], xlKey: "disk" },
  vif: { fields: VIF_FIELDS as readonly DeviceField[], xlKey: "vif" },
} as const;
export type DeviceKind = keyof typeof DEVICE_KINDS;

/** A device's spec string as xl.cfg carries it: `key=value` items and flags, target last. */
export function renderDevice(kind: DeviceKind, device: Readonly<Record<string, unknown>>): string {
  const items: string[] = [];
  for (const f of DEVICE_KINDS[kind].fields) {
    const v = device[f.name];
    if (v === null || v === undefined) continue;
    if ("key" in f.xl) items.push(`${f.xl.key}=${typeof v === "boolean" ? (v ? 1 : 0) : String(v)}`);
    else if (v === true) items.push(f.xl.flag);
    else if (f.xl.negation) items.push(f.xl.negation);
  }
  return items.join(",");
}

/** A device's values from block values as the engine holds them: each of its field's type, else null. */
export function deviceFrom(kind: DeviceKind, o: Readonly<Record<string, unknown>>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const f of DEVICE_KINDS[kind].fields) {
    const v = o[f.name];
    out[f.name] = typeof v === f.type ? (v as string | number | boolean) : null;
  }
  return out;
}

/** Linux interface names: IFNAMSIZ is 16 bytes, the terminating NUL included. */
const IFNAME_MAX = 15;

/**
 * A virtual disk's number as libxl derives its device id (libxl_device_disk_dev_number):
 * xvdX (also with a partition number), hdX, sdX, or `d<N>[p<M>]`. Null when libxl cannot read it.
 */
export function diskNumber(vdev: string): { bus: "xvd" | "hd" | "sd" | "d"; disk: number; partition: number } | null {
  const letters = (s: string) => [...s].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 96), 0) - 1;
  let m = /^(xvd|hd|sd)([a-z]+)(\d*)$/.exec(vdev);
  if (m) {
    const disk = letters(m[2]);
    const partition = m[3] === "" ? 0 : Number(m[3]);
    const maxDisk = m[1] === "hd" ? 3 : m[1] === "sd" ? 15 : (1 << 20) - 1;
    if (disk > maxDisk || partition > (m[1] === "xvd" ? 255 : 15)) return null;
    return { bus: m[1] as "xvd" | "hd" | "sd", disk, partition };
  }
  m = /^d(\d+)(?:p(\d+))?$/.exec(vdev);
  if (m) return { bus: "d", disk: Number(m[1]), partition: m[2] ? Number(m[2]) : 0 };
  return null;
}

/** Whether the guest type has emulated devices (a device model): only HVM. */
const emulates = (t: GuestType | null) => t === "hvm";

/** A string field's value as xl's spec can carry it; null when it can, else why not. */
function specValueProblem(v: string, isTarget: boolean): string | null {
  const why = uncarriable(v);
  if (why) return why;
  // Every item but target ends at the next comma; leading blanks of an item are skipped.
  if (!isTarget && v.includes(",")) return "contains a comma, which ends the item in xl's device spec (only target may contain commas)";
  if (/^\s/.test(v)) return "starts with a blank, which xl's spec parser skips";
  return null;
}

function checkStrings(kind: DeviceKind, d: Readonly<Record<string, unknown>>, at: Step[]): Finding[] {
  const f: Finding[] = [];
  for (const field of DEVICE_KINDS[kind].fields) {
    const v = d[field.name];
    if (typeof v !== "string") continue;
    const why = specValueProblem(v, field.name === "target");
    if (why) f.push(refuse([...at, field.name], `${kind}.${field.name} ${why}`, "Nothing was sent to the host."));
    else if (field.values && !(field.values as readonly string[]).includes(v)) {
      const takes = `xl takes ${field.values.map((x) => `"${x}"`).join(", ")}.`;
      // A vif spec's bad field is a warning to xl: the guest is created without it (its parse's result is not checked).
      f.push(refuse([...at, field.name], `Invalid ${kind}.${field.name} "${v}"`, kind === "vif"
        ? `${takes} Any other value, xl warns "Invalid parameter \`${field.xl && "key" in field.xl ? field.xl.key : field.name}'" and creates the guest without it: the interface would not be what the block says (tools/xl/xl_parse.c:433,2606@RELEASE-4.22.0, :427,1780@RELEASE-4.10.0).`
        : takes));
    }
  }
  return f;
}

/** A host path for a device: absolute, and without `..` steps (no guessing which file xl will open). */
function checkPath(value: unknown, at: Step[], label: string): Finding[] {
  if (typeof value !== "string" || value === "") return [];
  if (value.split("/").includes("..")) {
    return [refuse(at, `${label} must not contain ".." steps`, `Got "${value}". Write the path it means, without "..".`)];
  }
  if (!value.startsWith("/")) {
    return [warn("relativePath", at, `${label} is a relative path`, `xl resolves "${value}" against its working directory on the host; write an absolute path.`)];
  }
  return [];
}

/** The plan's checks of one guest's disks (libxl's rules for its effective type). */
export function checkDisks(disks: readonly Readonly<Record<string, unknown>>[], effective: GuestType | null, arch: ArchFamily): Finding[] {
  const f: Finding[] = [];
  const seen = new Map<string, number>();
  disks.forEach((d, i) => {
    const at: Step[] = ["disk", i];
    f.push(...checkStrings("disk", d, at));
    const vdev = d.vdev;
    if (typeof vdev !== "string" || vdev === "") {
      f.push(refuse([...at, "vdev"], "disk.vdev is required", 'xl refuses a disk without a virtual device ("no vdev specified").'));
    } else {
      const n = diskNumber(vdev);
      if (!n) {
        f.push(refuse([...at, "vdev"], `disk.vdev "${vdev}" is not a virtual disk name libxl reads`,
          "Use xvda, xvdb, ... (or hdX / sdX for HVM guests); libxl fails the create with \"Invalid or unsupported virtual disk identifier\"."));
      } else {
        const key = `${n.bus}:${n.disk}:${n.partition}`;
        const first = seen.get(key);
        if (first !== undefined) {
          f.push(refuse([...at, "vdev"], `disk.vdev "${vdev}" is already disk[${first}]'s`, "Each disk of a guest needs its own virtual device; libxl fails the create on the second."));
        } else seen.set(key, i);
        if (n.bus !== "xvd" && n.bus !== "d" && effective && !emulates(effective)) {
          f.push(warn("emulatedDiskName", [...at, "vdev"], `disk.vdev "${vdev}" is an emulated disk's name, and a ${effective.toUpperCase()} guest has no emulated disks`,
            `libxl gives it a PV disk all the same; the guest's kernel names it by its own rules. Write xvd${String.fromCharCode(97 + n.disk)} to say what the guest sees.`));
        }
      }
    }
    const isCdrom = d.devtype === "cdrom";
    if ((d.target === null || d.target === undefined || d.target === "") && !isCdrom) {
      f.push(refuse([...at, "target"], "disk.target is required (except for an empty cdrom)", "xl refuses a disk without a target."));
    }
    f.push(...checkPath(d.target, [...at, "target"], "disk.target"));
    f.push(...checkPath(d.script, [...at, "script"], "disk.script"));
    const format = (d.format as string | null | undefined) ?? "raw";
    if ((d.backendtype === "phy" || d.backendtype === "standalone") && format !== "raw") {
      f.push(refuse([...at, "backendtype"], `backendtype "${String(d.backendtype)}" takes raw images only, not ${format}`,
        'libxl refuses the disk ("unsuitable due to format"). Use backendtype "qdisk" for other formats, or leave it unset.'));
    }
    if (isCdrom && d.access === "rw") {
      f.push(refuse([...at, "access"], 'A cdrom is read-only: access "rw" cannot be', 'xl makes every cdrom read-only whatever access says (seen on Xen 4.17 and 4.20). Write access = "ro", or leave it unset.'));
    }
    if (isCdrom && effective && !emulates(effective)) {
      f.push(warn("cdromOnPv", [...at, "devtype"], `A cdrom on a ${effective.toUpperCase()} guest is a read-only PV disk`,
        "Changing its medium (xl cd-insert / cd-eject) works for HVM guests only."));
    }
    if (d.specification === "virtio" && arch !== "arm") {
      f.push(refuse([...at, "specification"], 'specification "virtio" is for Arm guests only', "libxl creates virtio-mmio disks on Arm only; xl create fails here."));
    }
  });
  return f;
}

/**
 * A vif rate as xl reads it (libxlu's rate parser), or what xl prints when it refuses it.
 * The same arithmetic in every release 4.10 ... 4.22 (tools/libxl/libxlu_vif.c up to 4.14,
 * tools/libs/util/libxlu_vif.c since 4.15; lines below @RELEASE-4.22.0):
 * - the text is cut at its first `@`: before it the rate, after it the interval; nothing
 *   before `@` is "no rate specified" (libxlu_vif.c:108-116);
 * - the rate must match `<digits>[G|M|K]<b|B>/s` exactly (libxlu_vif.c:5, :23), else
 *   "invalid rate"; the interval `<digits>[m|u][s]` (libxlu_vif.c:6, :62), else "invalid
 *   replenishment interval" -- so `@20` is 20 seconds and `@20m` 20 ms;
 * - the digits are read as C reads a number of any base (strtoull base 0, libxlu_vif.c:30,
 *   :69): a leading 0 makes them octal, read up to the first 8 or 9, and the unit is then
 *   looked for at that digit; zero, or more than 4294967295 before the unit, is "rate
 *   overflow" / "replenishment interval overflow" (libxlu_vif.c:31, :70);
 * - G, M, K multiply by 10^9, 10^6, 10^3; a `b` right there or one character on divides by
 *   8, rounding down (libxlu_vif.c:37-44); an interval in s (or with no unit) times 10^6, in
 *   m(s) times 10^3, else µs, and more than 4294967295 µs is "replenishment interval
 *   overflow" (libxlu_vif.c:76-85); no interval is 50 ms (libxlu_vif.c:98);
 * - bytes per second times the interval must fit 64 bits, else "rate overflow" on the whole
 *   text (libxlu_vif.c:126); bytes per interval is that product / 10^6, rounded down
 *   (libxlu_vif.c:132-133). A bad rate ends xl (xl_parse.c:133@RELEASE-4.22.0).
 * xl prints "<config file>: config parsing error in vif: <what> in `<text>'" (libxlu_vif.c:10).
 */
export function xlRate(rate: string): { bytesPerInterval: number; intervalUs: number } | { error: string } {
  const at = rate.indexOf("@");
  const r = at < 0 ? rate : rate.slice(0, at), iv = at < 0 ? null : rate.slice(at + 1);
  const fail = (what: string, text: string) => ({ error: `${what} in \`${text}'` });
  if (r === "") return fail("no rate specified", rate);
  if (!/^[0-9]+[GMK]?[Bb]\/s$/.test(r)) return fail("invalid rate", r);
  const [n, afterN] = cNumber(r);
  if (n === 0n || n > UINT32) return fail("rate overflow", r);
  let bytesPerSec = n * ({ G: 1_000_000_000n, M: 1_000_000n, K: 1000n }[afterN[0]] ?? 1n);
  if (afterN[0] === "b" || afterN[1] === "b") bytesPerSec /= 8n;
  let intervalUs = 50_000n;
  if (iv !== null) {
    if (!/^[0-9]+[mu]?s?$/.test(iv)) return fail("invalid replenishment interval", iv);
    const [t, afterT] = cNumber(iv);
    if (t === 0n || t > UINT32) return fail("replenishment interval overflow", iv);
    intervalUs = t * (afterT === "" || afterT[0] === "s" ? 1_000_000n : afterT[0] === "m" ? 1000n : 1n);
    if (intervalUs > UINT32) return fail("replenishment interval overflow", iv);
  }
  if (bytesPerSec > UINT64 / intervalUs) return fail("rate overflow", rate);
  return { bytesPerInterval: Number(bytesPerSec * intervalUs / 1_000_000n), intervalUs: Number(intervalUs) };
}
const UINT32 = 2n ** 32n - 1n, UINT64 = 2n ** 64n - 1n;

/** C's strtoull(s, &end, 0) over a string of digits: octal after a leading 0, up to the first digit of the base it cannot read. */
function cNumber(s: string): [bigint, string] {
  const digits = s[0] === "0" ? /^[0-7]*/.exec(s)![0] : /^[0-9]*/.exec(s)![0];
  const n = digits === "" ? 0n : BigInt(s[0] === "0" ? `0o${digits}` : digits);
  return [n > UINT64 ? UINT64 : n, s.slice(digits.length)];
}

/** Why xl refuses a rate (what it prints), or null. */
export function rateProblem(rate: string): string | null {
  const r = xlRate(rate);
  return "error" in r ? `xl refuses "${rate}": "config parsing error in vif: ${r.error}"` : null;
}

/** Bytes a rate lets through per interval, as xl computes it (0: less than a byte); null when xl refuses the rate. */
export function rateBytesPerInterval(rate: string): number | null {
  const r = xlRate(rate);
  return "error" in r ? null : r.bytesPerInterval;
}

/**
 * A MAC address the way xl stores it (lower case, two digits an octet); null when xl does not
 * read exactly these six octets from it. xl's reader (readXlMac, xl_parse.c:436-445) takes any
 * one character between octets, hex in either case, leading zeros, `0x`: `00-16-3E-0A-0B-0C`
 * and `0:16:3e:a:b:c` are `00:16:3e:0a:0b:0c`.
 */
export function canonicalMac(mac: string): string | null {
  const r = readXlMac(mac);
  if (r.bad || r.chance || r.ignored !== "") return null;
  return r.octets.map((o) => o.toString(16).padStart(2, "0")).join(":");
}

/** A MAC address xl reads whole, unicast; null when fine, else why not. */
export function macProblem(mac: string): string | null {
  const r = readXlMac(mac);
  if (r.chance) return `"${mac}" is not a MAC address: it has ${r.octets.length} octet(s), and xl reads the missing ones from memory past the text (xl_parse.c:436-445@RELEASE-4.22.0)`;
  if (r.bad) return `"${mac}" is not a MAC address: xl stops at octet ${r.octets.length + 1} ("Invalid parameter \`mac'"), six hex octets of at most ff each`;
  if (r.ignored !== "") return `"${mac}" is not a MAC address xl reads whole: it ignores "${r.ignored}" after the sixth octet`;
  if (r.octets[0] & 1) return `"${mac}" is a multicast address; an interface needs a unicast one`;
  return null;
}

/** The plan's checks of one guest's network interfaces. */
export function checkVifs(vifs: readonly Readonly<Record<string, unknown>>[], effective: GuestType | null): Finding[] {
  const f: Finding[] = [];
  const macs = new Map<string, number>();
  const names = new Map<string, number>();
  vifs.forEach((v, i) => {
    const at: Step[] = ["vif", i];
    f.push(...checkStrings("vif", v, at));
    if (typeof v.mac === "string") {
      const why = macProblem(v.mac);
      const c = canonicalMac(v.mac);
      if (why || !c) f.push(refuse([...at, "mac"], `Invalid vif.mac: ${why}`, "Nothing was sent to the host."));
      else {
        const first = macs.get(c);
        if (first !== undefined) f.push(refuse([...at, "mac"], `vif.mac ${v.mac} is already vif[${first}]'s`, "Two interfaces of one guest with one MAC address confuse every switch and bridge."));
        else macs.set(c, i);
      }
    }
    if (typeof v.rate === "string") {
      const why = rateProblem(v.rate);
      if (why) f.push(refuse([...at, "rate"], `Invalid vif.rate: ${why}`, "xl (every release 4.10 to 4.22) stops the create. Write <N><unit>/s[@<interval>]: N from 1 to 4294967295 (a leading 0 reads as octal), unit B, KB, MB, GB, b, Kb, Mb or Gb; interval <N>us, <N>ms or <N>s, at most 4294967295 µs (libxlu_vif.c:5-133@RELEASE-4.22.0)."));
      else if (rateBytesPerInterval(v.rate) === 0) {
        f.push(warn("rateIsNoLimit", [...at, "rate"], `vif.rate "${v.rate}" is less than a byte per interval: xl sets no limit at all`,
          "xl rounds the bytes per interval down to 0, which means unlimited. Raise the rate or lengthen the interval."));
      }
    }
    if (typeof v.vlan === "number" && (!Number.isInteger(v.vlan) || v.vlan < 1 || v.vlan > 4094)) {
      f.push(refuse([...at, "vlan"], `vif.vlan ${v.vlan} is not a VLAN id`, "A VLAN id is a whole number from 1 to 4094."));
    }
    if (typeof v.mtu === "number" && (!Number.isInteger(v.mtu) || v.mtu < 68 || v.mtu > 65535)) {
      f.push(refuse([...at, "mtu"], `vif.mtu ${v.mtu} is not an MTU`, "An MTU is a whole number from 68 to 65535."));
    }
    if (typeof v.vifname === "string") {
      if (Buffer.byteLength(v.vifname) > IFNAME_MAX) {
        f.push(refuse([...at, "vifname"], `vif.vifname "${v.vifname}" is longer than ${IFNAME_MAX} bytes`, "Linux refuses the name, so the hotplug script fails and so does xl create."));
      } else if (/[\s/:]/.test(v.vifname)) {
        f.push(refuse([...at, "vifname"], `vif.vifname "${v.vifname}" is not a Linux interface name`, "Interface names have no blanks, '/' or ':'."));
      }
      const first = names.get(v.vifname);
      if (first !== undefined) f.push(refuse([...at, "vifname"], `vif.vifname "${v.vifname}" is already vif[${first}]'s`, "Interface names are unique in dom0."));
      else names.set(v.vifname, i);
    }
    f.push(...checkPath(v.script, [...at, "script"], "vif.script"));
    if (effective && !emulates(effective)) {
      if (v.type === "ioemu") {
        f.push(refuse([...at, "type"], `A ${effective.toUpperCase()} guest cannot have an emulated interface (type "ioemu")`,
          'libxl refuses it ("trying to create PV or PVH guest with an emulated interface"). Leave type unset.'));
      }
      if (typeof v.model === "string") {
        f.push(warn("nicModelIgnored", [...at, "model"], `vif.model means nothing for a ${effective.toUpperCase()} guest`,
          "Only HVM guests have emulated NICs; xl ignores the model."));
      }
    }
  });
  return f;
}

/**
 * Fields the host's xl does not read (the fields' fate rows): refused on the block's attribute,
 * since that xl refuses the device or silently drops the field. Silent drops that weaken
 * isolation (a trusted flag) are said first.
 */
function checkVersions(kind: DeviceKind, devices: readonly Readonly<Record<string, unknown>>[], version: XenVersion): Finding[] {
  const f: { weakens: boolean; finding: Finding }[] = [];
  devices.forEach((d, i) => {
    for (const field of DEVICE_KINDS[kind].fields) {
      const v = d[field.name];
      if (v === null || v === undefined) continue;
      const row = fieldFate(field, v, version);
      if (!row) continue;
      const what = row.value !== undefined ? `${kind}.${field.name} "${row.value}"` : `${kind}.${field.name}`;
      const does = row.fate === "dropped"
        ? `xl drops it from the ${kind} with only a warning ("${row.xl}"), so the guest would silently lack it`
        : `xl refuses the ${kind} (${row.xl})`;
      const cure = row.value !== undefined ? `Use another value on this host, or Xen ${row.until} or later.` : `Leave ${field.name} unset on this host, or use Xen ${row.until} or later.`;
      f.push({ weakens: field.name === "trusted" && row.fate === "dropped", finding: refuse([kind, i, field.name],
        `${what} needs Xen ${row.until} or later; this host runs Xen ${version.text}`, `${does}. ${cure} (${row.cite})`) });
    }
  });
  return [...f.filter((x) => x.weakens), ...f.filter((x) => !x.weakens)].map((x) => x.finding);
}

/** Every check of a guest's devices for the host and the guest's effective type. */
export function checkDevices(spec: { disk?: readonly Readonly<Record<string, unknown>>[] | null; vif?: readonly Readonly<Record<string, unknown>>[] | null },
  effective: GuestType | null, arch: ArchFamily, version: XenVersion): Finding[] {
  const disks = spec.disk ?? [], vifs = spec.vif ?? [];
  return [
    ...checkDisks(disks, effective, arch), ...checkVersions("disk", disks, version),
    ...checkVifs(vifs, effective), ...checkVersions("vif", vifs, version),
  ];
}

/** Whether a change of this device can be hot-plugged into the running guest (else the guest is replaced). */
export function hotpluggable(kind: DeviceKind, device: Readonly<Record<string, unknown>>, effective: GuestType | null): boolean {
  if (kind === "disk") {
    if (device.specification === "virtio") return false; // libxl: virtio disks cannot be hot-plugged
    // HVM's emulated disks are the device model's, fixed at start.
    if (effective === "hvm" && typeof device.vdev === "string" && !/^xvd/.test(device.vdev)) return false;
    return true;
  }
  return !(effective === "hvm" && (device.type === "ioemu" || device.type == null || device.model != null));
}

/**
 * The argv that hot-plugs a device; an interface as `devid` (its index, when that id is free;
 * null lets libxl take the next free one). xl network-attach takes one key=value per argument.
 */
export function attachArgv(kind: DeviceKind, domid: number, device: Readonly<Record<string, unknown>>, devid: number | null): string[] {
  if (kind === "disk") return ["xl", "block-attach", String(domid), renderDevice("disk", device)];
  const items = renderDevice("vif", device).split(",").filter(Boolean);
  return ["xl", "network-attach", String(domid), ...items, ...(devid === null ? [] : [`devid=${devid}`])];
}

/** The argv that unplugs a device: a disk by its vdev, an interface by its MAC or Xen's device id (xl network-detach takes either). */
export function detachArgv(kind: DeviceKind, domid: number, device: Readonly<Record<string, unknown>>, nic: number | string): string[] {
  return kind === "disk"
    ? ["xl", "block-detach", String(domid), String(device.vdev)]
    : ["xl", "network-detach", String(domid), String(nic)];
}

export type DeviceValues = Record<string, string | number | boolean | null>;

const truthy = (v: unknown): boolean | null => (v === true || v === "True" || v === 1 ? true : v === false || v === "False" || v === 0 ? false : null);
const text = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null);

/**
 * A device as libxl stored it for a running guest (`xl list -l`'s `disks` / `nics`), in
 * the block's terms. libxl fills in what it chose (a nic's mac, a disk's backend).
 */
export function deviceFromLibxl(kind: DeviceKind, j: Record<string, unknown>): DeviceValues {
  if (kind === "disk") {
    const format = text(j.format);
    return {
      vdev: text(j.vdev) ?? "",
      format: format === "empty" || format === "unknown" ? null : format,
      access: j.readwrite === 1 || j.readwrite === true ? "rw" : "ro",
      devtype: j.is_cdrom === 1 || j.is_cdrom === true ? "cdrom" : null,
      backendtype: text(j.backend) === "unknown" ? null : text(j.backend),
      backend: text(j.backend_domname),
      script: text(j.script),
      discard: truthy(j.discard_enable),
      trusted: truthy(j.trusted),
      direct_io_safe: j.direct_io_safe === true ? true : null,
      specification: text(j.specification),
      target: typeof j.pdev_path === "string" ? j.pdev_path : "",
    };
  }
  const bytes = typeof j.rate_bytes_per_interval === "number" ? j.rate_bytes_per_interval : null;
  const usecs = typeof j.rate_interval_usecs === "number" ? j.rate_interval_usecs : null;
  const nictype = text(j.nictype);
  return {
    mac: text(j.mac),
    bridge: text(j.bridge),
    ip: text(j.ip),
    vifname: text(j.ifname),
    script: text(j.script),
    backend: text(j.backend_domname),
    // The rate as bytes per interval: compared with the declared rate by value (see sameField).
    rate: bytes !== null ? `${Math.round(bytes * 1e6 / (usecs ?? 50_000))}B/s@${usecs ?? 50_000}us` : null,
    mtu: typeof j.mtu === "number" && j.mtu > 0 ? j.mtu : null,
    vlan: text(j.vlan) !== null ? Number(j.vlan) : null,
    gatewaydev: text(j.gatewaydev),
    type: nictype === "vif_ioemu" ? "ioemu" : nictype === "vif" ? "vif" : null,
    model: text(j.model),
    trusted: truthy(j.trusted),
  };
}

/**
 * A rate as xl applies it: bytes per interval and the interval, for comparing two spellings.
 * A host's rate (deviceFromLibxl's `<N>B/s@<M>us`) may have more bytes per second than xl's
 * rate field takes; it is read as written.
 */
function rateValue(rate: string): string | null {
  const r = xlRate(rate);
  if (!("error" in r)) return `${r.bytesPerInterval}@${r.intervalUs}`;
  const m = /^(\d+)B\/s@(\d+)us$/.exec(rate);
  return m ? `${(BigInt(m[1]) * BigInt(m[2])) / 1_000_000n}@${m[2]}` : null;
}

const isDom0Name = (v: string) => v === "0" || v === "Domain-0";

/** Whether a declared field value and the host's mean the same to xl. */
export function sameField(kind: DeviceKind, field: string, declared: unknown, host: unknown): boolean {
  if (declared === host) return true;
  if (typeof declared !== "string" || typeof host !== "string") return false;
  if (field === "mac") return canonicalMac(declared) === canonicalMac(host);
  // dom0 by id or by name; a hotplug script by name or by its path in Xen's scripts directory.
  if (field === "backend") return isDom0Name(declared) && isDom0Name(host);
  if (field === "script") return !declared.includes("/") && host.endsWith(`/${declared}`);
  if (kind === "vif" && field === "rate") return rateValue(declared) !== null && rateValue(declared) === rateValue(host);
  return false;
}

/**
 * Two devices that are the same device to xl: fields compared as refresh compares them
 * (sameField: a MAC's spelling, a rate by its value...), an unset field equal to libxl's
 * default for it; `computedToo` compares the computed fields (a vif's mac) as well. A value
 * not known yet (a symbol) equals nothing.
 */
export function sameDevice(kind: DeviceKind, a: Readonly<Record<string, unknown>> | undefined, b: Readonly<Record<string, unknown>> | undefined, computedToo: boolean): boolean {
  if (!a || !b) return a === b;
  const x = meaningOf(kind, a), y = meaningOf(kind, b);
  return DEVICE_KINDS[kind].fields.every((f) => {
    if (!computedToo && f.use === "optional-computed") return true;
    const u = x[f.name] ?? null, v = y[f.name] ?? null;
    if (typeof u === "symbol" || typeof v === "symbol") return false;
    return sameField(kind, f.name, u, v);
  });
}

/**
 * The devices to record after a refresh: the host's, in the terms of the declared ones.
 * A field the configuration left unset stays unset (libxl's own choice is not drift),
 * except the computed ones (a vif's mac); a set field keeps its spelling when the host
 * means the same, else takes the host's value, which the next plan shows as drift.
 * Devices the host has beyond the recorded ones are recorded without libxl's defaults.
 */
export function reconcileDevices(kind: DeviceKind, recorded: readonly Readonly<Record<string, unknown>>[], host: readonly DeviceValues[]): DeviceValues[] {
  const fields = DEVICE_KINDS[kind].fields;
  return host.map((h, i) => {
    const r = recorded[i];
    if (!r) return withoutLibxlDefaults(kind, h);
    const out: DeviceValues = {};
    for (const f of fields) {
      const declared = r[f.name] as string | number | boolean | null | undefined;
      if (declared === null || declared === undefined) out[f.name] = f.use === "optional-computed" ? h[f.name] : null;
      else out[f.name] = sameField(kind, f.name, declared, h[f.name]) ? declared : h[f.name];
    }
    return out;
  });
}

/** The values libxl takes when a field is unset: an unset field and its default mean the same device. */
const LIBXL_DEFAULTS: Record<DeviceKind, Record<string, (v: unknown) => boolean>> = {
  disk: {
    format: (v) => v === "raw",
    access: (v) => v === "rw",
    backend: (v) => v === "0" || v === "Domain-0",
    trusted: (v) => v === true,
    specification: (v) => v === "xen",
  },
  vif: {
    bridge: (v) => v === "xenbr0",
    script: (v) => typeof v === "string" && /(^|\/)vif-bridge$/.test(v),
    backend: (v) => v === "0" || v === "Domain-0",
    type: (v) => v === "vif",
    trusted: (v) => v === true,
  },
};

/** What libxl chose and wrote into a running guest's config, whatever the value (the backend for a target, discard). */
const LIBXL_CHOICES: Record<DeviceKind, readonly string[]> = { disk: ["backendtype", "discard"], vif: [] };

/** A device with the fields that mean libxl's default unset: two devices alike here are the same device to libxl. */
export function meaningOf(kind: DeviceKind, d: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...d };
  for (const [name, isDefault] of Object.entries(LIBXL_DEFAULTS[kind])) if (out[name] != null && isDefault(out[name])) out[name] = null;
  if (kind === "disk" && out.devtype === "cdrom" && out.access === "ro") out.access = null;
  if (kind === "vif" && typeof out.mac === "string") out.mac = canonicalMac(out.mac) ?? out.mac;
  return out;
}

/**
 * A device the host has and the state does not (an import, a device attached by hand): its
 * values without libxl's defaults and choices, as a configuration would write it.
 */
export function withoutLibxlDefaults(kind: DeviceKind, d: DeviceValues): DeviceValues {
  const out = meaningOf(kind, d) as DeviceValues;
  for (const name of LIBXL_CHOICES[kind]) out[name] = null;
  if (kind === "vif") out.mac = d.mac;
  return out;
}
