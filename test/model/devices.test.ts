// The device model against xl's own parse on the real hosts (test/fixtures/xl-parse, captured
// with scripts/capture-xl-parse.sh from `xl -N block-attach` and `xl -N create`), and the
// plan's checks of disk and vif blocks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  canonicalMac, checkDevices, deviceFromLibxl, macProblem, parseDiskSpec, parseVersion, parseVifSpec, rateBytesPerInterval,
  rateProblem, reconcileDevices, renderDevice, resolveDomain, type DomainSpec, type HostFacts, type XenVersion,
} from "../../src/xen";
import { DISK_FIELDS, VIF_FIELDS, type DeviceField } from "../../src/xen/devices";
import { SAMPLE_DISKS, SAMPLE_VIFS } from "../fixtures/xl-parse/blocks";

const version = (s: string) => parseVersion(s) as XenVersion;

const FIXTURES = join(__dirname, "..", "fixtures", "xl-parse");
const HOSTS = ["arm64-4.17", "arm64-4.20", "x86_64-4.17"] as const;
interface Capture { spec: string; exit: number; json: any; stderr: string }
interface Fixture { host: string; xen_version: string; arch: string; disk: Capture[]; vif: Capture[]; disk_config: Capture[]; vif_config: Capture[] }
const load = (h: string): Fixture => JSON.parse(readFileSync(join(FIXTURES, `${h}.json`), "utf8"));
const xlWarnings = (stderr: string) => stderr.split("\n").filter((l) => l && !l.startsWith("Parsing config from"));

describe.each(HOSTS)("xl's parse on %s", (h) => {
  const f = load(h);
  const v = version(f.xen_version);
  it.each(f.disk.map((c) => [c.spec, c] as const))("disk %j", (_, c) => {
    const r = parseDiskSpec(c.spec, v);
    if (c.exit !== 0) expect("error" in r ? r.error : r, c.stderr).toEqual(expect.any(String));
    else expect("device" in r ? r.device : r).toEqual(c.json);
  });
  it.each(f.vif_config.map((c) => [c.spec, c] as const))("vif %j (in an xl.cfg vif list)", (_, c) => {
    const r = parseVifSpec(c.spec, v, 0);
    if (c.exit !== 0) { expect("error" in r, c.stderr).toBe(true); return; }
    if (!("device" in r)) throw new Error(r.error);
    // What xl leaves to chance (a short MAC's missing octets) is there and starts with what the spec fixes.
    const chance = r.chance ?? {};
    expect(r.device).toEqual(Object.fromEntries(Object.entries(c.json[0]).filter(([k]) => !(k in chance))));
    for (const [k, fixed] of Object.entries(chance)) expect(c.json[0][k]).toMatch(new RegExp(`^${fixed}`));
    expect(r.warnings).toEqual(xlWarnings(c.stderr));
  });
  it("every rate xl reads, the model reads to the same bytes per interval; every one it refuses, the model refuses", () => {
    for (const c of f.vif.filter((x) => /^rate=[^,]*$/.test(x.spec))) {
      const rate = c.spec.slice("rate=".length);
      expect(rateProblem(rate) === null, c.spec).toBe(c.exit === 0);
      if (c.exit === 0) expect(rateBytesPerInterval(rate), c.spec).toBe(c.json.rate_bytes_per_interval ?? 0);
    }
  });
  it("a MAC xl reads is the one the model reads; multicast and seven octets the model refuses although xl takes them", () => {
    for (const c of f.vif.filter((x) => /^mac=[^,]*$/.test(x.spec))) {
      const mac = c.spec.slice("mac=".length);
      if (c.exit !== 0) expect(macProblem(mac), c.spec).not.toBeNull();
      else if (mac.split(":").length !== 6) expect(macProblem(mac), c.spec).toMatch(/not a MAC address/);
      else if (parseInt(mac.slice(0, 2), 16) & 1) expect(macProblem(mac), c.spec).toMatch(/multicast/);
      else expect(canonicalMac(mac), c.spec).toBe(c.json.mac);
    }
  });
});

const arm: HostFacts = { machine: "aarch64", xenVersion: version("4.17.7"), xenCaps: ["xen-3.0-aarch64"], virtCaps: ["hvm", "hap"] } as HostFacts;
const arm420: HostFacts = { ...arm, xenVersion: version("4.20.5") };
const base: DomainSpec = { name: "g", memory: 128, kernel: "/boot/vmlinuz" } as DomainSpec;
const findings = (spec: Partial<DomainSpec>, facts = arm) => resolveDomain({ ...base, ...spec } as DomainSpec, facts).findings;
const pathText = (p: unknown[] | undefined) => p?.map((s) => (typeof s === "object" && s ? (s as { key: string }).key : s)).join(".");
const errorsAt = (spec: Partial<DomainSpec>, facts = arm) =>
  findings(spec, facts).filter((x) => x.severity === "error").map((x) => [pathText(x.path), x.summary]);

describe("the blocks render to specs xl parses back to the same device", () => {
  const disks = SAMPLE_DISKS;
  it.each(disks.map((d) => [renderDevice("disk", d), d] as const))("%s", (spec, d) => {
    const r = parseDiskSpec(spec, version("4.17.7"));
    if (!("device" in r)) throw new Error(r.error);
    const back = deviceFromLibxl("disk", r.device);
    for (const [k, v] of Object.entries(d)) if (k !== "access" || d.devtype !== "cdrom") expect(back[k], k).toEqual(v);
  });
  const vifs = SAMPLE_VIFS;
  it.each(vifs.map((v) => [renderDevice("vif", v), v] as const))("%s", (spec, v) => {
    const r = parseVifSpec(spec, version("4.17.7"), 0);
    if (!("device" in r)) throw new Error(r.error);
    expect(r.warnings).toEqual([]);
    const back = reconcileDevices("vif", [v], [deviceFromLibxl("vif", r.device)])[0];
    for (const [k, x] of Object.entries(v)) expect(back[k], k).toEqual(x);
  });
});

describe("plan checks of disk and vif blocks", () => {
  it("a good Arm guest's devices pass silently", () => {
    expect(findings({ disk: [{ vdev: "xvda", target: "/img/a.raw" }], vif: [{ bridge: "xenbr0" }] })).toEqual([]);
  });
  it("duplicate vdevs, bad names, '..', and phy with qcow2 are errors on the block's attribute", () => {
    expect(errorsAt({ disk: [
      { vdev: "xvda", target: "/a" }, { vdev: "xvda", target: "/b" }, { vdev: "vda", target: "/c" },
      { vdev: "xvdb", target: "/img/../etc/shadow" }, { vdev: "xvdc", target: "/c.qcow2", format: "qcow2", backendtype: "phy" },
      { vdev: "xvdd" }, { vdev: "xvde", target: "/e", format: "vmdk" }, { vdev: "xvdf", target: "/f\nx" },
    ] })).toEqual([
      ["disk.1.vdev", 'disk.vdev "xvda" is already disk[0]\'s'],
      ["disk.2.vdev", 'disk.vdev "vda" is not a virtual disk name libxl reads'],
      ["disk.3.target", 'disk.target must not contain ".." steps'],
      ["disk.4.backendtype", 'backendtype "phy" takes raw images only, not qcow2'],
      ["disk.5.target", "disk.target is required (except for an empty cdrom)"],
      ["disk.6.format", 'Invalid disk.format "vmdk"'],
      ["disk.7.target", expect.stringMatching(/^disk\.target contains a control character/)],
    ]);
  });
  it("Arm (every guest PVH): an emulated interface is an error, a NIC model and an hdX name warn", () => {
    const f = findings({ disk: [{ vdev: "hda", target: "/a" }], vif: [{ type: "ioemu" }, { model: "e1000" }] });
    expect(f.map((x) => [x.severity, x.path?.join(".")])).toEqual([
      ["warning", "disk.0.vdev"], ["error", "vif.0.type"], ["warning", "vif.1.model"]]);
  });
  it("vlan and a disk's trusted need Xen 4.19 (the generated scanner and xl_parse.c of 4.19): refused on 4.17 and 4.18, taken on 4.20", () => {
    const spec = { disk: [{ vdev: "xvda", target: "/a", trusted: false }], vif: [{ vlan: 10 }] };
    expect(errorsAt(spec).map((e) => e[0])).toEqual(["disk.0.trusted", "vif.0.vlan"]);
    expect(errorsAt(spec, { ...arm, xenVersion: version("4.18.3") }).map((e) => e[0])).toEqual(["disk.0.trusted", "vif.0.vlan"]);
    expect(errorsAt(spec, { ...arm, xenVersion: version("4.19.1") })).toEqual([]);
    expect(errorsAt(spec, arm420)).toEqual([]);
  });
  it("a vif's untrusted flag that xl 4.16 drops is refused first, with the release, what xl prints, the cure and the source", () => {
    const f = findings({ vif: [{ mtu: 9000, trusted: false }] }, { ...arm, xenVersion: version("4.14.6") }).filter((x) => x.severity === "error");
    expect(f.map((x) => [pathText(x.path), x.summary])).toEqual([
      ["vif.0.trusted", "vif.trusted needs Xen 4.17 or later; this host runs Xen 4.14.6"],
      ["vif.0.mtu", "vif.mtu needs Xen 4.15 or later; this host runs Xen 4.14.6"]]);
    expect(f[0].detail).toBe("xl drops it from the vif with only a warning (\"unrecognized argument `trusted'\"), so the guest would silently lack it. Leave trusted unset on this host, or use Xen 4.17 or later. (tools/xl/xl_parse.c:568@RELEASE-4.17.0)");
  });
  it("every fate row is what the model's xl grammar does with the block's spec in the first and last release of the row", () => {
    for (const kind of ["disk", "vif"] as const) {
      for (const field of (kind === "disk" ? DISK_FIELDS : VIF_FIELDS) as readonly DeviceField[]) {
        for (const row of field.fates ?? []) {
          if (row.value === undefined) expect(field.since, field.name).toBe(row.until);
          const value = row.value ?? (field.type === "bool" ? true : field.type === "number" ? 10 : "xen");
          const block = kind === "disk" ? { vdev: "xvda", target: "/a", [field.name]: value } : { [field.name]: value };
          const spec = renderDevice(kind, block);
          const parse = (v: string) => (kind === "disk" ? parseDiskSpec(spec, version(v)) : parseVifSpec(spec, version(v), 0));
          for (const v of [row.from, `${row.until.split(".")[0]}.${Number(row.until.split(".")[1]) - 1}`]) {
            const r = parse(v);
            if (row.fate === "refused") expect("error" in r, `${spec} on ${v}`).toBe(true);
            else expect("device" in r && r.warnings.length === 1, `${spec} on ${v}`).toBe(true);
          }
          const r = parse(row.until);
          expect("device" in r && r.warnings.length === 0, `${spec} on ${row.until}`).toBe(true);
        }
      }
    }
  });
  it("MACs: malformed, multicast and duplicates refused; xl's spellings of a MAC compare equal", () => {
    expect(errorsAt({ vif: [{ mac: "00:16:3e:01:02" }, { mac: "01:00:5e:00:00:01" }, { mac: "00:16:3E:0A:0B:0C" }, { mac: "0:16:3e:a:b:c" }] })
      .map((e) => e[0])).toEqual(["vif.0.mac", "vif.1.mac", "vif.3.mac"]);
    expect(reconcileDevices("vif", [{ mac: "00:16:3E:0A:0B:0C" }], [{ mac: "00:16:3e:0a:0b:0c" }])[0].mac).toBe("00:16:3E:0A:0B:0C");
  });
  it("MAC spellings xl's reader takes (xl_parse.c:436-445): any one separator, either case, leading zeros, 0x, more digits", () => {
    const cases: [string, string | null][] = [
      ["00-16-3E-0A-0B-0C", "00:16:3e:0a:0b:0c"], ["00.16.3e.0a.0b.0c", "00:16:3e:0a:0b:0c"], ["00 16 3e 0a 0b 0c", "00:16:3e:0a:0b:0c"],
      ["0x00:0x16:0x3e:0x0a:0x0b:0x0c", "00:16:3e:0a:0b:0c"], ["0000:016:3e:a:b:c", "00:16:3e:0a:0b:0c"],
      // Read through 32 bits: 0x100000001 is 1 to xl.
      ["100000001:16:3e:0a:0b:0c", "01:16:3e:0a:0b:0c"],
      ["00:16:3e:0a:0b:100", null], ["00::16:3e:0a:0b", null], ["00:16:3e:0a:0b:0c:0d", null], ["00:16:3e:0a:0b", null], ["-1:16:3e:0a:0b:0c", null],
    ];
    for (const [mac, want] of cases) expect(canonicalMac(mac), mac).toBe(want);
    expect(macProblem("00:16:3e:0a:0b:0c:0d")).toBe('"00:16:3e:0a:0b:0c:0d" is not a MAC address xl reads whole: it ignores ":0d" after the sixth octet');
    expect(macProblem("00:16:3e:0a:0b")).toMatch(/has 5 octet\(s\), and xl reads the missing ones from memory past the text/);
  });
  it("a rate below a byte per interval warns: xl sets no limit at all", () => {
    expect(findings({ vif: [{ rate: "1b/s" }] }).map((x) => x.id)).toEqual(["rateIsNoLimit"]);
  });
  it("a cdrom cannot be read-write; a comma outside target cannot be carried", () => {
    expect(errorsAt({ disk: [{ vdev: "hdc", devtype: "cdrom", access: "rw", target: "/a.iso" }], vif: [{ bridge: "br0,br1" }] }).map((e) => e[0]))
      .toEqual(["disk.0.access", "vif.0.bridge"]);
  });
  it("disk blocks and xl_config's disk list together are refused", () => {
    expect(errorsAt({ disk: [{ vdev: "xvda", target: "/a" }], xl_config: { disk: "vdev=xvdb,target=/b" } }))
      .toEqual([["xl_config.disk", "disk is given both as disk blocks and in xl_config"]]);
  });
  it("xl_config's disk and vif lists are read as xl reads them: refusals are errors, silent drops warnings", () => {
    const f = findings({ xl_config: { disk: JSON.stringify(["/a,raw,xvda,rw", "/b,vmdk,xvdb"]), vif: JSON.stringify(["bridge=xenbr0,vlan=10"]) } });
    expect(f.map((x) => [x.severity, pathText(x.path), x.summary])).toEqual([
      ["error", "xl_config.disk", "xl refuses disk entry 1: unknown value for format: near `vmdk' in `/b,vmdk,xvdb'"],
      ["warning", "xl_config.vif", "xl drops part of vif entry 0: unrecognized argument `vlan=10'"],
    ]);
    expect(findings({ xl_config: { vif: JSON.stringify(["bridge=xenbr0,vlan=10"]) } }, arm420)).toEqual([]);
  });
  it("a MAC of fewer than six octets: xl reads the rest past the text (a real x86 host gave two answers), so the plan says it is left to chance", () => {
    const r = parseVifSpec("bridge=xenbr0,mac=00:16:3e:01:02", arm.xenVersion, 0);
    expect(r).toEqual({ device: { devid: 0, bridge: "xenbr0" }, warnings: ["Invalid parameter `mac'."], chance: { mac: "00:16:3e:01:02" } });
    // Before another item, xl reads the missing octet from it (strtok left the rest of the entry after the NUL): "b" of bridge.
    expect(parseVifSpec("mac=00:16:3e:01:02,bridge=xenbr0", arm.xenVersion, 0)).toMatchObject({ device: { devid: 0, mac: "00:16:3e:01:02:0b", bridge: "xenbr0" }, warnings: [] });
    // A later full MAC wins, and nothing is left to chance.
    expect(parseVifSpec("mac=00:16:3e:01:02,mac=00:16:3e:01:02:03", arm.xenVersion, 0)).toEqual({ device: { devid: 0, mac: "00:16:3e:01:02:03" }, warnings: ["Invalid parameter `mac'."] });
    const f = findings({ xl_config: { vif: JSON.stringify(["mac=00:16:3e:01:02"]) } });
    expect(f.map((x) => [x.severity, x.id, pathText(x.path), x.summary])).toEqual([
      ["warning", "deviceLeftToChance", "xl_config.vif", "xl leaves mac (only 00:16:3e:01:02 is given) of vif entry 0 to chance"]]);
    // Whatever else xl drops from the same entry is still said.
    expect(findings({ xl_config: { vif: JSON.stringify(["foo=bar,mac=00:16:3e:01:02"]) } }).map((x) => [x.id, x.summary])).toEqual([
      ["deviceLeftToChance", "xl leaves mac (only 00:16:3e:01:02 is given) of vif entry 0 to chance"],
      ["deviceKeyDropped", "xl drops part of vif entry 0: unrecognized argument `foo=bar'"]]);
  });
  it("the xl.cfg carries the devices after the attributes, target last", () => {
    const r = resolveDomain({ ...base, disk: [{ vdev: "xvda", target: "/img/a b,c", access: "ro" }], vif: [{ mac: "00:16:3e:00:00:01" }, {}] } as DomainSpec, arm);
    expect(r.config).toContain('disk = [ "vdev=xvda,access=ro,target=/img/a b,c" ]\nvif = [ "mac=00:16:3e:00:00:01", "" ]\n');
  });
  it("refresh: what the configuration left unset stays unset; what it set follows the host", () => {
    const host = [deviceFromLibxl("disk", { pdev_path: "/img/other.raw", vdev: "xvda", backend: "phy", format: "raw", readwrite: 1 })];
    expect(reconcileDevices("disk", [{ vdev: "xvda", target: "/img/a.raw", format: null, backendtype: null }], host)[0])
      .toMatchObject({ vdev: "xvda", target: "/img/other.raw", format: null, backendtype: null, access: null });
  });
  it("a vif type xl does not know: refused, saying xl would create the guest without it (real host x86_64-4.21: exit 0 with a warning)", () => {
    const [f] = checkDevices({ vif: [{ type: "foo" }] }, "pv", "x86", version("4.21.0"));
    expect(f).toMatchObject({ severity: "error", summary: 'Invalid vif.type "foo"' });
    expect(f.detail).toMatch(/xl warns "Invalid parameter `type'" and creates the guest without it/);
    // a disk's bad value stops xl: nothing about a warning there
    const [d] = checkDevices({ disk: [{ vdev: "xvda", target: "/a", format: "vmdk" }] }, "pv", "x86", version("4.21.0"));
    expect(d.detail).not.toMatch(/creates the guest/);
  });

  it("checkDevices alone: the effective type decides what is emulated", () => {
    expect(checkDevices({ vif: [{ type: "ioemu" }] }, "hvm", "x86", version("4.17.7"))).toEqual([]);
    expect(checkDevices({ vif: [{ type: "ioemu" }] }, "pvh", "x86", version("4.17.7")).map((x) => x.severity)).toEqual(["error"]);
  });
});
