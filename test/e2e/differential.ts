// The differential test's generator and judge (pure, no I/O): guest configs drawn from the
// model's own tables (xl's keys and their rules' values, the disk and vif field tables, the
// attributes' values, guest types, memory and vCPU edges) and from hostile values, with a
// seeded PRNG so a run can be repeated. Each config has the model's verdict (resolveDomain
// with the host's facts) and the xl.cfg text the provider's writer makes of it.
import { DISK_FIELDS, LIFECYCLE_ACTIONS, VIF_FIELDS, allocatedMemory, checkCapacity, checkXlConfig, renderConfig, resolveDomain, specFromAttributes, uncarriable, valuesOf,
  type CfgValue, type HostFacts } from "../../src/xen";
import { configEntries } from "../../src/xen/domain";
import { XL_KEYS, type XlKey } from "../../src/xen/key-table";
import { rulesFor } from "../../src/xen/arch";

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number) => r() < p;

/** What the generator needs to know of the host: where its bootable guest kernel and a disk image are. */
export interface HostShape {
  facts: HostFacts;
  kernel: string;
  ramdisk: string;
  /** A raw image that exists on the host (created by the test). */
  disk: string;
  /** The guest name prefix (every guest the test makes starts with it). */
  prefix: string;
}

export interface Drawn {
  id: string;
  name: string;
  /** What was drawn, for the report: "memory=0", "xl_config.hap=0", "disk.format=vmdk". */
  what: string[];
  /** xen_domain attributes as the engine would hold them. */
  attrs: Record<string, unknown>;
  /**
   * A value the real create depends on beyond the config (a path, a bridge, a backend domain, a
   * pool that may not exist, the host's GIC): such configs are checked with `xl -N` only.
   */
  hostBound: boolean;
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** Edge values for xl's integer reader (strtol base 0): octal, hex, signs, overflow, words. */
const INTEGER_EDGES = ["0", "1", "2", "3", "16", "255", "0x10", "010", "08", "-1", "+1", " 7", "abc", "", "1.5", "99999999999999999999", "9223372036854775807", "4294967296"];
const BOOLEAN_EDGES = ["0", "1", "true", "false", "yes", "2", "-1", ""];
const STRING_EDGES = ["", "x", "default", "none", "auto", "on", "0", "strict", "a b", "\\", "\"q\""];
const LIST_EDGES = ['[]', '["a"]', '["0"]', '["1-2"]', '["0x1000,1"]', '["a=b"]', "x", '[["a"]]', '["a", 1]'];

/** Values for a key: the ones its rules name (values, except, above, prefixes), then the edges of its kind. */
function keyValues(k: XlKey): string[] {
  const out = new Set<string>();
  for (const r of k.rules ?? []) {
    for (const v of [...(r.values ?? []), ...(r.except ?? [])]) { out.add(v); if (r.anyCase) out.add(v.toUpperCase()); }
    if (r.above !== undefined) { out.add(String(r.above)); out.add(String(r.above + 1)); }
    for (const w of r.notPrefixOf ?? []) { out.add(w); out.add(w.slice(0, 3)); out.add(w + "x"); }
  }
  const edges = k.kind === "integer" ? INTEGER_EDGES : k.kind === "boolean" ? BOOLEAN_EDGES
    : k.kind === "list" ? LIST_EDGES : k.kind === "string" ? STRING_EDGES : [...INTEGER_EDGES.slice(0, 6), ...STRING_EDGES.slice(0, 5), ...LIST_EDGES.slice(0, 3)];
  for (const e of edges) out.add(e);
  return [...out];
}

/**
 * Keys the generator leaves out of xl_config: the attributes (xl_config refuses them by design,
 * and the writer never writes them there), and keys whose create would reach outside the guest
 * (pass through host devices, memory or interrupts; run a program in dom0; join a pool).
 */
const NOT_DRAWN = new Set(["name", "type", "uuid", "memory", "maxmem", "vcpus", "maxvcpus", "kernel", "ramdisk", "cmdline", "root", "extra", "bootloader",
  "firmware", "on_poweroff", "on_reboot", "on_crash", "gic_version", "vuart", "pvshim", "pvshim_path", "pvshim_cmdline", "pvshim_extra", "disk", "vif"]);
/** Keys whose real create depends on the host beyond the model (devices, pools, labels, programs): `xl -N` only. */
const HOST_KEYS = new Set(["pci", "dtdev", "iomem", "irqs", "ioports", "pool", "seclabel", "init_seclabel", "bootloader_user", "device_model_override",
  "device_model_user", "stubdomain_kernel", "stubdomain_ramdisk", "usbdev", "usbctrl", "p9", "pvcalls", "vtpm", "vdispl", "vsnd", "channel", "vkb",
  "vfb", "virtio", "device_tree", "cpus", "cpus_soft", "vnuma", "llc_colors", "smbios_firmware", "acpi_firmware", "bios_path_override", "firmware_override",
  "driver_domain", "xenstore_quota"]);

const TYPES = [null, "pv", "pvh", "hvm", "", "p", "h", "hv", "pvhx", "PVH", "xen", "Pv"];
const BUILDERS = ["hvm", "generic", "gen", "h", "linux", ""];
const ACTIONS = [...LIFECYCLE_ACTIONS, "Destroy", "reboot", "", "restart "];

/** Disk targets: the image that exists, and forms that test the grammar (commas, blanks, prefixes, relative, `..`). */
const diskTargets = (img: string) => [img, img, "/tmp/diff/a,b.img", "/tmp/diff/with space.img", "relative.img", "/tmp/diff/../x.img", "phy:/dev/xvg/lv", "", "/tmp/diff/no-such.img"];
const DISK_EDGES: Record<string, readonly (string | number | boolean)[]> = {
  vdev: ["xvda", "xvda", "xvdb", "xvdc", "hda", "sda", "xvdzz", "d0p1", "vda", "xvda1", "", "xvd", "hdz", "sdq", "xvda,raw"],
  format: ["vmdk", "", "RAW", "qcow2,"],
  access: ["r", "w", "RO", "", "rw,"],
  devtype: ["disk", "floppy", "CDROM"],
  backendtype: ["blk", "", "PHY"],
  backend: ["0", "Domain-0", "nosuch", "1"],
  script: ["block", "/etc/xen/scripts/block", "block-nosuch", "a,b"],
  specification: ["scsi", "", "Xen"],
};
const VIF_EDGES: Record<string, readonly (string | number | boolean)[]> = {
  mac: ["00:16:3e:01:02:03", "00-16-3E-0A-0B-0C", "0:16:3e:1:2:3", "0x00:0x16:0x3e:1:2:3", "00:16:3e:01:02:03:04", "00:16:3e:01:02", "00:16:3e:01:02:100",
    "01:00:5e:00:00:01", "zz:16:3e:01:02:03", "", "00.16.3e.01.02.03", "00:16:3e:ff:ff:fff"],
  bridge: ["xenbr0", "xenbr0", "xenbr9", "", "br,0"],
  ip: ["10.99.0.23", "10.0.0.1 10.0.0.2", "not-an-ip", ""],
  vifname: ["vifdiff0", "a-very-long-interface-name", "bad name", "x:y", "", "eth0"],
  script: ["vif-bridge", "/etc/xen/scripts/vif-bridge", "vif-nosuch"],
  backend: ["0", "Domain-0", "nosuch"],
  rate: ["10Mb/s", "1b/s", "0MB/s", "10MB/s@20ms", "100GB/s@10s", "10XB/s", "010KB/s", "09KB/s", "5Kb/s@0us", "4294967296B/s", "1GB/s@5000s", "@50ms",
    "10MB/s@", "10 MB/s", "1KB/s@1us"],
  mtu: [1500, 68, 67, 9000, 65535, 65536, 0, -1, 1500.5],
  vlan: [1, 10, 4094, 0, 4095, -3],
  gatewaydev: ["eth0", ""],
  type: ["vif", "ioemu", "foo", ""],
  model: ["e1000", "rtl8139", ""],
};
/** Raw disk specs for xl_config's disk list: every form of xl's disk grammar. */
const DISK_SPECS = (img: string) => [
  `${img},raw,xvda,rw`, `phy:${img},xvda,w`, `phy:${img},,xvda`, `${img},raw,xvda,format=qcow2`, `${img},raw,xvda,rw,access=ro`, "vdev=xvda",
  `${img},vmdk,xvda`, `${img},raw,xvda,trusted`, "iscsi:iqn.2001-05.com.example:disk1,xvda,w", `format=raw,vdev=xvdb,target=${img}`,
  `vdev=xvdb,access=ro,target=/tmp/diff/a,b.img`, ",,hdc:cdrom,r", "hdc:cdrom", `${img},,xvdb,,`, `${img},raw,xvdb,rw,extra`, "vdev=xvdb,target=",
  `target=${img},vdev=xvdb`, "devtype=cdrom,vdev=xvdc", `foo:${img},xvdb`, `  ${img} , raw, xvdb`, `qcow2:${img},xvdb`, `${img},raw,xvdb,ro,devtype=cdrom`,
  `${img},raw,xvdb,backendtype=standalone`, `${img},raw,xvdb,specification=virtio`, `${img},raw,xvdb,discard,no-discard`, `${img},raw,xvdb,direct-io-safe`,
  `${img},xvdb,xvdc`, `${img}=x,xvdb`, `vdev=xvdb,vdev=xvdc,target=${img}`, `${img},raw,xvdb,grant_usage=1`, "",
];
const VIF_SPECS = ["", "bridge=xenbr0", "mac=00:16:3e:01:02", "bridge=br0,bridge=br1", "vlan=10", "rate=1b/s", "foo=bar", "mac=00:16:3e:01:02:03,bridge=xenbr0",
  "mtu=9000", "mtu=x", "type=ioemu", "model=e1000", "accel=x", "devid=3", "devid=x", "netdev=eth0", "trusted", "untrusted", "mac=01:00:5e:00:00:01", "rate=10XB/s",
  "bridge=xenbr0,,", "ip=10.0.0.1", "=x", "mac"];

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

function drawDevice(r: Rng, fields: readonly { name: string; type: string; values?: readonly string[] }[], edges: Record<string, readonly (string | number | boolean)[]>,
  fixed: Record<string, unknown>, what: string[], kind: string): Record<string, unknown> {
  const d: Record<string, unknown> = { ...fixed };
  const n = pick(r, [0, 1, 1, 2, 3]);
  for (let i = 0; i < n; i++) {
    const f = pick(r, fields);
    const pool: unknown[] = [...(f.values ?? []), ...(edges[f.name] ?? [])];
    const v = f.type === "bool" ? pick(r, [true, false]) : pool.length ? pick(r, pool) : f.type === "number" ? pick(r, [0, 1, 100]) : pick(r, ["x", ""]);
    d[f.name] = v;
    what.push(`${kind}.${f.name}=${JSON.stringify(v)}`);
  }
  return d;
}

/** One config: a valid base and one to three drawn changes. */
function drawOne(r: Rng, i: number, shape: HostShape): Drawn {
  const { facts } = shape;
  const family = rulesFor(facts.machine).family;
  const name = `${shape.prefix}${String(i).padStart(3, "0")}`;
  const attrs: Record<string, unknown> = {
    name, kernel: shape.kernel, ramdisk: shape.ramdisk, cmdline: "console=hvc0 rdinit=/init",
    memory: family === "arm" ? 128 : 256,
  };
  const xl: Record<string, string> = {};
  const what: string[] = [];
  let hostBound = false;
  const keys = XL_KEYS.filter((k) => !NOT_DRAWN.has(k.name));
  const changes = pick(r, [0, 1, 1, 1, 2, 2, 3]);
  for (let c = 0; c < changes; c++) {
    switch (pick(r, ["type", "type", "builder", "memory", "memory", "vcpus", "vcpus", "action", "arch", "arch", "boot", "key", "key", "key", "key", "key", "key",
      "disk", "disk", "disk", "vif", "vif", "vif", "diskspec", "vifspec", "unknown"])) {
      case "type": attrs.type = pick(r, TYPES); what.push(`type=${JSON.stringify(attrs.type)}`); break;
      case "builder": xl.builder = pick(r, BUILDERS); what.push(`builder=${JSON.stringify(xl.builder)}`); break;
      case "memory": {
        const m = pick(r, [0, 1, 16, 64, 96, 128, 200, 256, 512, 1024, 1600, 2048, 4096, 2 ** 32 + 1, -1, 1.5]);
        if (chance(r, 0.6)) { attrs.memory = m; what.push(`memory=${m}`); }
        if (chance(r, 0.5)) {
          const mm = pick(r, [0, 1, 64, 128, 256, 512, -5, (attrs.memory as number) + 64, (attrs.memory as number) - 32]);
          attrs.maxmem = mm; what.push(`maxmem=${mm}`);
        }
        break;
      }
      case "vcpus": {
        if (chance(r, 0.7)) { attrs.vcpus = pick(r, [1, 2, 3, 4, 8, 9, 128, 129, 0, -1, 1.5]); what.push(`vcpus=${attrs.vcpus}`); }
        if (chance(r, 0.5)) { attrs.maxvcpus = pick(r, [1, 2, 4, 8, 9, 128, 129, 0]); what.push(`maxvcpus=${attrs.maxvcpus}`); }
        break;
      }
      case "action": {
        const a = pick(r, ["on_poweroff", "on_reboot", "on_crash"]);
        attrs[a] = pick(r, ACTIONS); what.push(`${a}=${JSON.stringify(attrs[a])}`); break;
      }
      case "arch": {
        const a = pick(r, ["gic_version", "vuart", "pvshim", "pvshim_cmdline"]);
        const v = a === "gic_version" ? pick(r, [...valuesOf("gic_version"), "V3", "native", "v4", ""])
          : a === "vuart" ? pick(r, ["sbsa_uart", "unknown", "pl011", ""])
          : a === "pvshim" ? pick(r, [true, false]) : pick(r, ["console=com1", ""]);
        attrs[a] = v; what.push(`${a}=${JSON.stringify(v)}`);
        // The host's GIC decides gic_version v2 (a host check, not the model's): xl -N only.
        if (a === "gic_version" && typeof v === "string" && v.toLowerCase() === "v2") hostBound = true;
        break;
      }
      case "boot": {
        const b = pick(r, ["firmware", "no kernel", "root+extra", "bootloader", "ramdisk"]);
        if (b === "firmware") { attrs.firmware = pick(r, ["uefi", "bios", "pvgrub64", "pvgrub32", "pvg", "", "ovmf", "/tmp/diff/fw.bin"]); if (chance(r, 0.5)) attrs.kernel = null; }
        else if (b === "no kernel") { attrs.kernel = null; attrs.ramdisk = null; }
        else if (b === "root+extra") { attrs.root = "/dev/ram0"; attrs.extra = "console=hvc0 rdinit=/init"; if (chance(r, 0.5)) attrs.cmdline = null; }
        else if (b === "bootloader") { attrs.bootloader = pick(r, ["pygrub", "/usr/bin/nosuch"]); attrs.kernel = null; hostBound = true; }
        else attrs.ramdisk = null;
        what.push(`boot:${b}${b === "firmware" ? "=" + JSON.stringify(attrs.firmware) + (attrs.kernel ? "+kernel" : "") : ""}`);
        if (b === "firmware" && attrs.kernel === null) hostBound = true; // a firmware image's existence is the host's
        break;
      }
      case "key": {
        const k = pick(r, keys);
        const v = pick(r, keyValues(k));
        xl[k.name] = v; what.push(`xl_config.${k.name}=${JSON.stringify(v)}`);
        if (HOST_KEYS.has(k.name)) hostBound = true;
        break;
      }
      case "unknown": {
        const k = pick(r, ["foo", "memroy", "Foo", "1abc", "a-b", "vcpu", "on_watchdog_x", "x.y"]);
        xl[k] = pick(r, ["1", "x", ""]); what.push(`xl_config.${k}=${JSON.stringify(xl[k])}`); break;
      }
      case "disk": {
        const disks = (attrs.disk as Record<string, unknown>[] | undefined) ?? [];
        const vdev = `xvd${"abcd"[disks.length]}`;
        const target = pick(r, diskTargets(shape.disk));
        what.push(`disk[${disks.length}].target=${JSON.stringify(target)}`);
        const d = drawDevice(r, DISK_FIELDS, DISK_EDGES, { vdev, target }, what, `disk[${disks.length}]`);
        if (d.target !== shape.disk || (d.backend != null && d.backend !== "0") || (d.script != null)) hostBound = true;
        attrs.disk = [...disks, d];
        break;
      }
      case "vif": {
        const vifs = (attrs.vif as Record<string, unknown>[] | undefined) ?? [];
        const d = drawDevice(r, VIF_FIELDS, VIF_EDGES, { bridge: "xenbr0" }, what, `vif[${vifs.length}]`);
        if (d.bridge !== "xenbr0" || (d.backend != null && d.backend !== "0") || d.script != null || d.vifname != null) hostBound = true;
        attrs.vif = [...vifs, d];
        break;
      }
      case "diskspec": {
        const s = pick(r, DISK_SPECS(shape.disk));
        const list = xl.disk ? JSON.parse(xl.disk) as string[] : [];
        xl.disk = JSON.stringify([...list, s]); what.push(`xl_config.disk+=${JSON.stringify(s)}`);
        hostBound = true;
        break;
      }
      case "vifspec": {
        const s = pick(r, VIF_SPECS);
        const list = xl.vif ? JSON.parse(xl.vif) as string[] : [];
        xl.vif = JSON.stringify([...list, s]); what.push(`xl_config.vif+=${JSON.stringify(s)}`);
        hostBound = true;
        break;
      }
    }
  }
  if (Object.keys(xl).length) attrs.xl_config = xl;
  // Disks and vifs given both ways: the model refuses (one list in xl.cfg); keep the blocks.
  return { id: `c${String(i).padStart(3, "0")}`, name, what: what.length ? what : ["(the valid base)"], attrs, hostBound };
}

/** `count` configs for a host, the same for the same seed. */
export function drawConfigs(seed: number, count: number, shape: HostShape): Drawn[] {
  const r = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => drawOne(r, i, shape));
}

// ---------------------------------------------------------------------------------------------
// The model's verdict and the file
// ---------------------------------------------------------------------------------------------

export interface Judged {
  drawn: Drawn;
  refused: boolean;
  errors: string[];
  warnings: string[];
  effectiveType: string | null;
  /** The type xl parses from the file (resolveDomain's writtenType). */
  writtenType: string | null;
  /** The xl.cfg text: the provider's own file when the model accepts; else what its writer makes of the same spec. Null: not writable at all. */
  cfg: string | null;
  /** xl_config values the writer would not write (refused by the model), written here as quoted strings for xl to judge. */
  unwritable: string[];
}

/** The model's verdict on a drawn config, and the file xl is given. */
export function judge(d: Drawn, facts: HostFacts, available: number | null = null): Judged {
  const spec = specFromAttributes(d.attrs);
  const res = resolveDomain(spec, facts);
  // The plan's host check of the memory Xen can give a new guest (xen-domain.ts hostChecks), beside the model's own.
  if (available !== null && Number.isInteger(spec.memory) && spec.memory > 0) {
    const demand = allocatedMemory(spec, facts);
    res.findings.push(...checkCapacity(d.id, demand, demand, available));
  }
  const errors = res.findings.filter((f) => f.severity === "error").map((f) => f.summary);
  const warnings = res.findings.filter((f) => f.severity === "warning").map((f) => f.id ?? f.summary);
  let cfg = res.config;
  const unwritable: string[] = [];
  if (cfg === null) {
    // The same writer, for a spec the model refuses: the attributes' entries, xl_config's
    // entries the writer takes, and (quoted) the xl_config values it does not.
    const xlc = (d.attrs.xl_config as Record<string, string> | undefined) ?? {};
    const { entries } = checkXlConfig(xlc, facts.xenVersion);
    const extra: [string, CfgValue][] = [];
    let carriable = true;
    for (const [k, v] of Object.entries(xlc)) {
      if (entries.some(([e]) => e === k)) continue;
      if (!/^[A-Za-z0-9_.]+$/.test(k)) { unwritable.push(k); extra.push([k, v]); continue; }
      if (uncarriable(v)) { carriable = false; continue; }
      unwritable.push(k);
      extra.push([k, v]);
    }
    const strings = Object.values(d.attrs).filter((v): v is string => typeof v === "string");
    if (!carriable || strings.some((s) => uncarriable(s))) return { drawn: d, refused: true, errors, warnings, effectiveType: null, writtenType: res.writtenType, cfg: null, unwritable };
    cfg = renderConfig([...configEntries(spec), ...entries, ...extra], []);
  }
  return { drawn: d, refused: errors.length > 0, errors, warnings, effectiveType: res.effectiveType, writtenType: res.writtenType, cfg, unwritable };
}
