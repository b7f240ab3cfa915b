// The pure host-check model: kernel images' Xen notes, what a guest needs of its host,
// and the findings against a host's answers. Real hosts' answers are in test/e2e.
import { describe, expect, it } from "vitest";
import {
  availableMemory, checkCapacity, checkOnHost, factsFromDeclared, hostNeeds, inspectKernel, parseGic, resolveDomain, specFromAttributes,
  type HostFacts, type HostInventory, type PathInfo,
} from "../../src/xen";
import { kernelNotes } from "../../src/resources/kernel-notes";
import { bzImage, elfImage, gzip, xz } from "../harness/kernel-images";

const facts = (arch: string, caps: string): HostFacts => factsFromDeclared({ arch, xenVersion: "4.17.7", xenCaps: caps }).facts!;
const X86 = facts("x86_64", "xen-3.0-x86_64 hvm-3.0-x86_64");
const ARM = facts("aarch64", "xen-3.0-aarch64");

function plan(attrs: Record<string, unknown>, f: HostFacts) {
  const spec = specFromAttributes({ host: "h", name: "g", memory: 128, ...attrs });
  return { spec, needs: hostNeeds(spec, resolveDomain(spec, f).effectiveType, f) };
}
const inventory = (paths: Record<string, PathInfo>, extra: Partial<HostInventory> = {}): HostInventory =>
  ({ paths: new Map(Object.entries(paths)), kernels: new Map(), gic: null, bridges: null, deviceModel: null, ...extra });

describe("kernel images", () => {
  it("reads the Xen notes of an ELF image from its PT_NOTE segment or, without one, its note sections", () => {
    expect(inspectKernel(elfImage({ pv: true, pvh: true }))).toEqual({ kind: "elf", notes: { pvEntry: true, pvhEntry: true } });
    expect(inspectKernel(elfImage({ pv: true }))).toEqual({ kind: "elf", notes: { pvEntry: true, pvhEntry: false } });
    expect(inspectKernel(elfImage({ pvh: true, sectionOnly: true }))).toEqual({ kind: "elf", notes: { pvEntry: false, pvhEntry: true } });
    expect(inspectKernel(elfImage({}))).toEqual({ kind: "elf", notes: { pvEntry: false, pvhEntry: false } });
  });

  it("finds a bzImage's payload and its compression; a truncated or foreign file is not an ELF image", () => {
    const img = bzImage(gzip(elfImage()));
    const k = inspectKernel(img);
    expect(k.kind === "bzimage" && k.compression).toBe("gzip");
    expect(inspectKernel(Buffer.from("MZ not a kernel at all")).kind).toBe("other");
    // A truncated ELF image: what can be read, no exception.
    expect(inspectKernel(elfImage().subarray(0, 80)).kind).toBe("elf");
  });

  it("decompresses as libxc does: bzImage payloads (xz, gzip) and whole compressed files", async () => {
    expect(await kernelNotes(bzImage(await xz(elfImage({ pv: true, pvh: true }))))).toEqual({ notes: { pvEntry: true, pvhEntry: true } });
    expect(await kernelNotes(bzImage(gzip(elfImage({ pv: true }))))).toEqual({ notes: { pvEntry: true, pvhEntry: false } });
    expect(await kernelNotes(gzip(elfImage({ pvh: true })))).toEqual({ notes: { pvEntry: false, pvhEntry: true } });
    expect(await kernelNotes(bzImage(Buffer.from([0x02, 0x21, 0x4c, 0x18, 1, 2, 3])))).toEqual({ unreadable: expect.stringMatching(/lz4/) });
    expect(await kernelNotes(Buffer.from("#!/bin/sh\n"))).toEqual({ unreadable: expect.stringMatching(/not an ELF image/) });
  });
});

describe("what a guest needs of its host", () => {
  it("asks about absolute paths only: kernel, ramdisk, a firmware or bootloader path, disk targets without a script", () => {
    const { needs } = plan({
      kernel: "/boot/k", ramdisk: "/boot/r", firmware: "uefi", bootloader: "pygrub",
      disk: [{ vdev: "xvda", target: "/img/a" }, { vdev: "xvdb", target: "drbd-res", script: "block-drbd" }, { vdev: "hdc", devtype: "cdrom", target: "" }, { vdev: "xvdc", target: "relative.img" }],
    }, X86);
    expect(needs.paths.map((p) => [p.path, p.attr.join("."), p.want])).toEqual([
      ["/boot/k", "kernel", "file"], ["/boot/r", "ramdisk", "file"], ["/img/a", "disk.0.target", "disk"],
    ]);
  });

  it("x86 PVH: the kernel must carry the PVH note; with the shim, the shim does (the kernel in it is PV); Arm and PV guests: none", () => {
    expect(plan({ type: "pvh", kernel: "/k" }, X86).needs.pvhImage).toEqual({ path: "/k", attr: ["kernel"] });
    expect(plan({ type: "pvh", kernel: "/k", pvshim: true, pvshim_path: "/shim" }, X86).needs.pvhImage).toEqual({ path: "/shim", attr: ["pvshim_path"] });
    expect(plan({ type: "pvh", kernel: "/k", pvshim: true }, X86).needs.pvhImage).toBeNull();
    expect(plan({ type: "pv", kernel: "/k" }, X86).needs.pvhImage).toBeNull();
    expect(plan({ type: "pvh", kernel: "/k" }, ARM).needs.pvhImage).toBeNull();
  });

  it("bridges: the named one, else xenbr0; not for vif-route or vif-nat; an Open vSwitch VLAN tag is not part of the name", () => {
    const { needs } = plan({ kernel: "/k", vif: [{ bridge: "br1" }, {}, { script: "vif-route" }, { bridge: "ovs0:10", script: "/etc/xen/scripts/vif-openvswitch" }] }, X86);
    expect(needs.bridges).toEqual([{ name: "br1", attr: ["vif", 0, "bridge"] }, { name: "xenbr0", attr: ["vif", 1] }, { name: "ovs0", attr: ["vif", 3, "bridge"] }]);
  });
});

describe("the device model (QEMU) a guest needs in dom0", () => {
  const need = (attrs: Record<string, unknown>, f: HostFacts) => {
    const n = plan({ kernel: "/k", ...attrs }, f).needs.deviceModel;
    return n && n.attr.map((s) => (typeof s === "object" ? s.key : s)).join(".");
  };
  it("an HVM guest, unless its device model runs in a stub domain", () => {
    expect(need({ type: "hvm" }, X86)).toBe("type");
    expect(need({ type: "hvm", xl_config: { device_model_stubdomain_override: "1" } }, X86)).toBeNull();
    expect(need({ type: "hvm", xl_config: { device_model_stubdomain_override: "true" } }, X86)).toBeNull();
    expect(need({ type: "hvm", xl_config: { device_model_stubdomain_override: "0" } }, X86)).toBe("type");
    expect(need({ xl_config: { builder: "hvm" } }, X86)).toBe("xl_config.builder");
  });
  it("PV and PVH guests (every Arm guest): a vfb, a channel, a QEMU 9pfs share, a qdisk disk", () => {
    for (const [f, type] of [[X86, "pv"], [X86, "pvh"], [ARM, "pv"], [ARM, "pvh"]] as const) {
      expect(need({ type }, f)).toBeNull();
      expect(need({ type, xl_config: { vfb: '["vnc=1"]' } }, f)).toBe("xl_config.vfb");
      expect(need({ type, xl_config: { vfb: "[]" } }, f)).toBeNull();
      expect(need({ type, xl_config: { channel: '["name=org.qemu.guest_agent.0,connection=socket,path=/run/qga"]' } }, f)).toBe("xl_config.channel");
      expect(need({ type, xl_config: { channel: '["name=x,backend=drv1,connection=pty"]' } }, f)).toBeNull();
      expect(need({ type, xl_config: { p9: '["tag=share,path=/srv,security_model=none"]' } }, f)).toBe("xl_config.p9");
      expect(need({ type, disk: [{ vdev: "xvda", target: "/i.qcow2", format: "qcow2" }] }, f)).toBe("disk.0.format");
      expect(need({ type, disk: [{ vdev: "xvda", target: "/i.raw", backendtype: "qdisk" }] }, f)).toBe("disk.0.backendtype");
      expect(need({ type, disk: [{ vdev: "xvda", target: "/i.raw" }, { vdev: "xvdb", target: "/dev/vg/lv", format: "raw" }] }, f)).toBeNull();
      expect(need({ type, disk: [{ vdev: "xvda", target: "/i.qcow2", format: "qcow2", backend: "drv1" }] }, f)).toBeNull();
    }
    // From 4.19 a 9pfs share may be served by xen-9pfsd instead (libxl_9pfs.c:87@RELEASE-4.19.0).
    expect(need({ type: "pvh", xl_config: { p9: '["tag=s,path=/srv,type=xen_9pfsd,backend=0"]' } }, ARM)).toBeNull();
  });
  it("vnc makes a vfb only where xl parses the config as PV: written pv, or no type on x86 (PVH on Arm)", () => {
    expect(need({ type: "pv", xl_config: { vnc: "1" } }, ARM)).toBe("xl_config.vnc");
    expect(need({ type: "pv", xl_config: { vnc: "1" } }, X86)).toBe("xl_config.vnc");
    expect(need({ xl_config: { vnc: "1" } }, X86)).toBe("xl_config.vnc");
    expect(need({ xl_config: { vnc: "1" } }, ARM)).toBeNull();
    expect(need({ type: "pvh", xl_config: { vnc: "1" } }, X86)).toBeNull();
    expect(need({ type: "pv", xl_config: { vnc: "0" } }, ARM)).toBeNull();
    expect(need({ type: "pv", xl_config: { vnc: "true" } }, ARM)).toBe("xl_config.vnc");
  });

  const dm = (kind: PathInfo["kind"], exec = false) => ({ deviceModel: { path: "/usr/libexec/xen-qemu-system-i386", info: { kind, ...(exec ? { exec } : {}) } } });
  it("a host without the QEMU libxl would start: an error on what needs it, naming the host and the path", () => {
    const { spec, needs } = plan({ type: "pv", kernel: "/k", xl_config: { vfb: '["vnc=1"]' } }, ARM);
    const [e, ...more] = checkOnHost("h1", spec, needs, inventory({ "/k": { kind: "file" } }, dm("absent")));
    expect(more).toEqual([]);
    expect([e.severity, e.path, e.summary]).toEqual(["error", ["xl_config", { key: "vfb" }], 'Host "h1" has no QEMU for this guest']);
    expect(e.detail).toMatch(/vfb.*\/usr\/libexec\/xen-qemu-system-i386, which is missing there/);
    expect(checkOnHost("h1", spec, needs, inventory({ "/k": { kind: "file" } }, dm("file", true)))).toEqual([]);
    expect(checkOnHost("h1", spec, needs, inventory({ "/k": { kind: "file" } }, dm("file")))[0].detail).toMatch(/is not executable there/);
    // A host that cannot tell (no libxenlight found): no finding.
    expect(checkOnHost("h1", spec, needs, inventory({ "/k": { kind: "file" } }))).toEqual([]);
    // A guest that needs no QEMU is not affected by its absence.
    const pvh = plan({ type: "pvh", kernel: "/k" }, ARM);
    expect(checkOnHost("h1", pvh.spec, pvh.needs, inventory({ "/k": { kind: "file" } }, dm("absent")))).toEqual([]);
  });
  it("device_model_override: that path is what must be there, checked as an executable", () => {
    const { spec, needs } = plan({ type: "hvm", kernel: "/k", xl_config: { device_model_override: "/opt/qemu/bin/qemu-system-i386" } }, X86);
    expect(needs.paths.map((p) => [p.path, p.want])).toContainEqual(["/opt/qemu/bin/qemu-system-i386", "exec"]);
    const f = checkOnHost("h1", spec, needs, inventory({ "/k": { kind: "file" }, "/opt/qemu/bin/qemu-system-i386": { kind: "absent" } }, dm("file", true)));
    expect(f.map((x) => [x.path, x.summary])).toEqual([[["xl_config", { key: "device_model_override" }], 'The device model /opt/qemu/bin/qemu-system-i386 does not exist on host "h1"']]);
    expect(plan({ type: "pvh", kernel: "/k", xl_config: { device_model_override: "/opt/q" } }, X86).needs.paths.map((p) => p.path)).not.toContain("/opt/q");
  });
});

describe("findings against the host's answers", () => {
  it("a missing file, a directory as a disk (Arm), a non-executable bootloader: errors on the attribute, naming the host", () => {
    const { spec, needs } = plan({ kernel: "/k", bootloader: "/usr/bin/pygrub", disk: [{ vdev: "xvda", target: "/img" }, { vdev: "xvdb", target: "/dev/vg/lv" }] }, ARM);
    const f = checkOnHost("h1", spec, needs, inventory({
      "/k": { kind: "absent" }, "/usr/bin/pygrub": { kind: "file" }, "/img": { kind: "dir" }, "/dev/vg/lv": { kind: "block" },
    }));
    expect(f.map((x) => [x.severity, x.path?.join("."), x.summary])).toEqual([
      ["error", "kernel", 'The kernel /k does not exist on host "h1"'],
      ["error", "bootloader", 'The bootloader /usr/bin/pygrub on host "h1" is not executable'],
      ["error", "disk.0.target", 'The disk target /img on host "h1" is a directory'],
    ]);
  });

  it("x86: a directory as a disk warns, as xl starts the guest (QEMU's qdisk takes it); a missing one is an error", () => {
    const { spec, needs } = plan({ kernel: "/k", disk: [{ vdev: "xvda", target: "/img" }, { vdev: "xvdb", target: "/gone" }] }, X86);
    const f = checkOnHost("h1", spec, needs, inventory({ "/k": { kind: "file" }, "/img": { kind: "dir" }, "/gone": { kind: "absent" } }));
    expect(f.map((x) => [x.severity, x.path?.join(".")])).toEqual([["warning", "disk.0.target"], ["error", "disk.1.target"]]);
    // A host without QEMU: qdisk cannot start, so xl create fails.
    const none = { deviceModel: { path: "/usr/lib/xen/bin/qemu-system-i386", info: { kind: "absent" as const } } };
    const [e] = checkOnHost("h1", spec, needs, inventory({ "/k": { kind: "file" }, "/img": { kind: "dir" }, "/gone": { kind: "file" } }, none));
    expect([e.severity, e.path?.join("."), e.summary]).toEqual(["error", "disk.0.target", 'The disk target /img on host "h1" is a directory']);
    expect(e.detail).toMatch(/no QEMU \(libxl would start \/usr\/lib\/xen\/bin\/qemu-system-i386, which is missing there\)/);
  });

  it("a volume this run creates is not missing", () => {
    const { spec, needs } = plan({ kernel: "/k", disk: [{ vdev: "xvda", target: "/pool/g.raw" }] }, X86);
    const inv = inventory({ "/k": { kind: "file" }, "/pool/g.raw": { kind: "absent" } });
    expect(checkOnHost("h1", spec, needs, inv, new Set(["/pool/g.raw"]))).toEqual([]);
    expect(checkOnHost("h1", spec, needs, inv)).toHaveLength(1);
  });

  it("PVH note: missing is an error (a PV kernel says so), unreadable a warning", () => {
    const { spec, needs } = plan({ type: "pvh", kernel: "/k" }, X86);
    const at = (k: HostInventory["kernels"]) => checkOnHost("h1", spec, needs, { ...inventory({ "/k": { kind: "file" } }), kernels: k });
    expect(at(new Map([["/k", { notes: { pvEntry: true, pvhEntry: true } }]]))).toEqual([]);
    const [e] = at(new Map([["/k", { notes: { pvEntry: true, pvhEntry: false } }]]));
    expect([e.severity, e.summary]).toEqual(["error", '/k on host "h1" cannot boot as PVH']);
    expect(e.detail).toMatch(/it is a PV kernel/);
    expect(at(new Map([["/k", { unreadable: "lz4" }]]))[0].severity).toBe("warning");
  });

  it("GIC: v2 on a GICv3 without v2 compatibility is an error, unknown compatibility a warning; a GICv2 host caps vCPUs at 8", () => {
    const g = (attrs: Record<string, unknown>, gic: HostInventory["gic"]) => {
      const { spec, needs } = plan({ kernel: "/k", ...attrs }, ARM);
      return checkOnHost("h1", spec, needs, { ...inventory({ "/k": { kind: "file" } }), gic }).map((x) => `${x.severity} ${x.path?.join(".")}`);
    };
    expect(g({ gic_version: "v2" }, { version: "v3", v2Compat: false })).toEqual(["error gic_version"]);
    expect(g({ gic_version: "v2" }, { version: "v3", v2Compat: true })).toEqual([]);
    expect(g({ gic_version: "v2" }, { version: "v3", v2Compat: null })).toEqual(["warning gic_version"]);
    expect(g({ gic_version: "v3" }, { version: "v2", v2Compat: true })).toEqual(["error gic_version"]);
    expect(g({ vcpus: 9 }, { version: "v2", v2Compat: true })).toEqual(["error vcpus"]);
    expect(g({ vcpus: 2, maxvcpus: 12 }, { version: "v2", v2Compat: true })).toEqual(["error maxvcpus"]);
    expect(g({ vcpus: 9 }, { version: "v3", v2Compat: false })).toEqual([]);
    // "default" is the host's GIC, as unset is.
    expect(g({ vcpus: 9, gic_version: "default" }, { version: "v2", v2Compat: true })).toEqual(["error vcpus"]);
  });

  it("GIC in declared facts: the same rules at plan without SSH; an x86 host or another word is a fact error", () => {
    const declared = (gicVersion: string, arch = "aarch64") => factsFromDeclared({ arch, xenVersion: "4.17.7", xenCaps: "xen-3.0-aarch64", gicVersion });
    const v2 = declared("v2").facts!, v3 = declared("V3").facts!;
    expect([v2.gic, v3.gic]).toEqual(["v2", "v3"]);
    const found = (attrs: Record<string, unknown>, f: HostFacts) =>
      resolveDomain(specFromAttributes({ host: "h", name: "g", memory: 128, kernel: "/k", ...attrs }), f).findings
        .filter((x) => /GIC|vCPU/.test(x.summary)).map((x) => `${x.severity} ${x.path?.join(".")}: ${x.summary}`);
    expect(found({ vcpus: 9 }, v2)).toEqual(["error vcpus: 9 vCPUs is more than a guest of the host (its declared facts.gic_version) can have"]);
    expect(found({ vcpus: 9 }, v3)).toEqual([]);
    expect(found({ vcpus: 9 }, ARM)).toEqual([]); // no GIC declared: the live host checks decide
    expect(found({ gic_version: "v3" }, v2)).toEqual(["error gic_version: The host (its declared facts.gic_version) has a GICv2 and cannot give this guest a GICv3"]);
    expect(found({ gic_version: "v2" }, v3)).toEqual(["warning gic_version: The host (its declared facts.gic_version) may not be able to give this guest a GICv2"]);
    expect(declared("gicv3").problems.map((p) => p.fact)).toEqual(["gic_version"]);
    expect(declared("v3", "x86_64").problems[0]).toMatchObject({ fact: "gic_version", message: expect.stringMatching(/no GIC/) });
  });

  it("bridges the host lacks are errors listing those it has", () => {
    const { spec, needs } = plan({ kernel: "/k", vif: [{ bridge: "xenbr1" }, {}] }, X86);
    const f = checkOnHost("h1", spec, needs, { ...inventory({ "/k": { kind: "file" } }), bridges: new Set(["xenbr0", "br-lan"]) });
    expect(f.map((x) => [x.path?.join("."), x.summary])).toEqual([["vif.0.bridge", 'There is no bridge "xenbr1" on host "h1"']]);
    expect(f[0].detail).toMatch(/Bridges there: br-lan, xenbr0\./);
  });
});

describe("capacity", () => {
  it("free memory, plus what xl may balloon dom0 down by when Xen's command line does not fix dom0's memory", () => {
    const m = { freeMemory: 1000, autoballoon: null };
    expect(availableMemory({ ...m, xenCommandline: "dom0_mem=512M,max:512M", dom0Memory: 512 })).toBe(1000);
    expect(availableMemory({ ...m, xenCommandline: "console=com1", dom0Memory: 2048 })).toBe(1000 + 2048 - 128);
    expect(availableMemory({ ...m, xenCommandline: "console=com1", dom0Memory: 2048, autoballoon: false })).toBe(1000);
    expect(availableMemory({ ...m, freeMemory: null, xenCommandline: null, dom0Memory: 512 })).toBeNull();
  });

  it("one guest beyond what the host can give: error; together beyond it: a warning with the sums", () => {
    expect(checkCapacity("h1", 2000, 2000, 1000)[0]).toMatchObject({ severity: "error", path: ["memory"] });
    const [w] = checkCapacity("h1", 600, 1200, 1000);
    expect(w).toMatchObject({ severity: "warning", summary: 'The guests planned onto host "h1" do not all fit' });
    expect(w.detail).toMatch(/1200 MiB.*1000 MiB/);
    expect(checkCapacity("h1", 600, 900, 1000)).toEqual([]);
    expect(checkCapacity("h1", -64, 0, 10)).toEqual([]);
  });
});

describe("the host's GIC", () => {
  it("from dom0's device tree and Xen's boot messages", () => {
    expect(parseGic("arm,gic-v3 ", "(XEN) GICv3 initialization:\n(XEN) GICv3: 288 lines, (IID 0001143b).")).toEqual({ version: "v3", v2Compat: false });
    expect(parseGic("arm,gic-v3 ", "(XEN) GICv3 initialization:\n(XEN) GICv3 compatible with GICv2 cbase 0x1 vbase 0x2")).toEqual({ version: "v3", v2Compat: true });
    expect(parseGic("arm,gic-v3 ", "")).toEqual({ version: "v3", v2Compat: null });
    expect(parseGic("arm,cortex-a15-gic arm,cortex-a9-gic ", "")).toEqual({ version: "v2", v2Compat: true });
    expect(parseGic("", "")).toBeNull();
  });
});
