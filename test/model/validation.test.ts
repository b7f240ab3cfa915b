// The validation facts of facts/xen-toolstack.md §3 and §6: the plan refuses
// what xl create refuses, and only warns about what xl accepts.
import { describe, expect, it } from "vitest";
import { resolveDomain, type DomainSpec, type Finding } from "../../src/xen";
import { host } from "./helpers";

const arm = host("aarch64", "4.17.7", { total: 1535, free: 1200 });
const x86 = host("x86_64", "4.17.7");
const base: DomainSpec = { name: "g1", kernel: "/boot/vmlinuz", memory: 128 };

type Expect = { severity: "error" | "warning"; path: Finding["path"]; text: string };
const cases: [string, Partial<DomainSpec>, typeof arm, Expect][] = [
  ["maxvcpus < vcpus", { vcpus: 4, maxvcpus: 2 }, arm, { severity: "error", path: ["maxvcpus"], text: "maxvcpus < vcpus" }],
  ["kernel and firmware", { firmware: "uefi" }, arm, { severity: "error", path: ["firmware"], text: "both kernel and firmware" }],
  ["pvh with neither kernel nor bootloader", { kernel: null }, arm, { severity: "error", path: ["kernel"], text: "Neither kernel nor bootloader" }],
  ["pv (x86) with neither kernel nor bootloader", { kernel: null }, x86, { severity: "error", path: ["kernel"], text: "Neither kernel nor bootloader" }],
  ["memory = 0", { memory: 0 }, arm, { severity: "error", path: ["memory"], text: "at least 1 MiB" }],
  ["negative memory", { memory: -5 }, arm, { severity: "error", path: ["memory"], text: "whole number" }],
  ["fractional memory", { memory: 12.5 }, arm, { severity: "error", path: ["memory"], text: "whole number" }],
  ["memory above the host's total", { memory: 4096 }, arm, { severity: "error", path: ["memory"], text: "more than the host has" }],
  ["memory above the host's free memory", { memory: 1300 }, arm, { severity: "warning", path: ["memory"], text: "free" }],
  ["absurd memory", { memory: 2 ** 40 }, x86, { severity: "error", path: ["memory"], text: "more than the host has" }],
  ["maxmem below memory (xl accepts)", { maxmem: 64 }, arm, { severity: "warning", path: ["maxmem"], text: "below memory" }],
  ["maxmem above memory on Arm (no populate-on-demand; seen on 4.17.7)", { maxmem: 256 }, arm, { severity: "error", path: ["maxmem"], text: "not possible on Arm" }],
  ["all-digit name (xl accepts)", { name: "1234" }, arm, { severity: "warning", path: ["name"], text: "domain id" }],
  ["empty name", { name: "" }, arm, { severity: "error", path: ["name"], text: "must not be empty" }],
  ["x86-only key on Arm (xl ignores it)", { xl_config: { viridian: "1" } }, arm, { severity: "warning", path: ["xl_config", { key: "viridian" }], text: "x86-only" }],
  ["Arm-only key on x86 (xl ignores it)", { gic_version: "v3" }, x86, { severity: "warning", path: ["gic_version"], text: "Arm-only" }],
  ["vuart on x86", { vuart: "sbsa_uart" }, x86, { severity: "warning", path: ["vuart"], text: "Arm-only" }],
  ["pvshim on Arm (no xen-shim)", { pvshim: true }, arm, { severity: "error", path: ["pvshim"], text: "not available on Arm" }],
  ["pvshim on an x86 PV guest", { pvshim: true }, x86, { severity: "warning", path: ["pvshim"], text: "only apply to PVH" }],
  ["9 vCPUs on GICv2", { vcpus: 9, gic_version: "v2" }, arm, { severity: "error", path: ["vcpus"], text: "at most 8" }],
  ["129 vCPUs on Arm", { maxvcpus: 129 }, arm, { severity: "error", path: ["maxvcpus"], text: "at most 128" }],
  // xen/arch/arm/include/asm/config.h:38@RELEASE-4.22.0: MAX_VIRT_CPUS is 8 on arm32, whatever the GIC.
  ["9 vCPUs on armv7l", { vcpus: 9 }, host("armv7l", "4.17.7"), { severity: "error", path: ["vcpus"], text: "at most 8" }],
  ["129 vCPUs on x86 PVH", { type: "pvh", vcpus: 129 }, x86, { severity: "error", path: ["vcpus"], text: "at most 128" }],
  ["zero vcpus", { vcpus: 0 }, arm, { severity: "error", path: ["vcpus"], text: "at least 1" }],
  ["bad gic_version", { gic_version: "v4" }, arm, { severity: "error", path: ["gic_version"], text: "Invalid gic_version" }],
  ["bad vuart", { vuart: "pl011" }, arm, { severity: "error", path: ["vuart"], text: "sbsa_uart" }],
  ["bad on_crash", { on_crash: "explode" }, arm, { severity: "error", path: ["on_crash"], text: "Invalid on_crash" }],
  ["unknown xl_config key", { xl_config: { vcpu_hard_affinty: "1" } }, arm, { severity: "warning", path: ["xl_config", { key: "vcpu_hard_affinty" }], text: "Unknown xl.cfg key" }],
  ["misspelt xl_config key gets a suggestion", { xl_config: { max_grant_frame: "64" } }, arm, { severity: "warning", path: ["xl_config", { key: "max_grant_frame" }], text: 'Did you mean "max_grant_frames"' }],
  ["first-class key in xl_config", { xl_config: { memory: "256" } }, arm, { severity: "error", path: ["xl_config", { key: "memory" }], text: "as an attribute" }],
  ["non-integer for an integer key", { xl_config: { max_grant_frames: "lots" } }, arm, { severity: "error", path: ["xl_config", { key: "max_grant_frames" }], text: "integer" }],
  ["relative kernel path", { kernel: "vmlinuz" }, arm, { severity: "warning", path: ["kernel"], text: "relative path" }],
  // Found by the differential test on arm64-4.17 (xl create ran each of these).
  ["maxvcpus = 0 is xl's unset (vcpus)", { vcpus: 4, maxvcpus: 0 }, arm, { severity: "warning", path: ["maxvcpus"], text: "maxvcpus = vcpus" }],
  ['vuart = "unknown" is libxl\'s none', { vuart: "unknown" }, arm, { severity: "warning", path: ["vuart"], text: "no virtual UART" }],
  ["memory above the host's with maxmem below it on Arm (the guest gets maxmem)", { memory: 4096, maxmem: 256 }, arm, { severity: "warning", path: ["maxmem"], text: "below memory" }],
  ['vpmu = "" is not read by xl: only the number warning, no vPMU rule', { xl_config: { vpmu: "" } }, x86, { severity: "error", path: ["xl_config", { key: "vpmu" }], text: "integer" }],
  ["root with cmdline", { cmdline: "console=hvc0", root: "/dev/xvda" }, arm, { severity: "warning", path: ["root"], text: "ignored when cmdline" }],
];

describe("validation: refuse what xl refuses, warn about what it accepts", () => {
  it.each(cases)("%s", (_title, change, facts, want) => {
    const r = resolveDomain({ ...base, ...change }, facts);
    const hit = r.findings.find((f) => JSON.stringify(f.path) === JSON.stringify(want.path) && f.severity === want.severity);
    expect(hit, JSON.stringify(r.findings, null, 1)).toBeDefined();
    expect(`${hit!.summary} ${hit!.detail ?? ""}`).toContain(want.text);
    if (want.severity === "warning") {
      expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(r.config).not.toBeNull();
    } else {
      expect(r.config).toBeNull();
    }
  });

  it.each([
    ["9 vCPUs on an Arm GICv3 guest", { vcpus: 9 }],
    ["vuart = sbsa_uart on Arm", { vuart: "sbsa_uart" }],
    ["gic_version = v3 on Arm", { gic_version: "v3" }],
    ["bootloader instead of kernel", { kernel: null, bootloader: "pygrub" }],
    ["every lifecycle action", { on_poweroff: "destroy", on_reboot: "restart", on_crash: "coredump-restart" }],
  ])("accepted silently: %s", (_t, change) => {
    const r = resolveDomain({ ...base, ...change } as DomainSpec, arm);
    expect(r.findings).toEqual([]);
    expect(r.effectiveType).toBe("pvh");
  });

  it("maxmem above memory is fine on x86 (the guest balloons)", () => {
    const r = resolveDomain({ ...base, maxmem: 512 }, x86);
    expect(r.findings).toEqual([]);
    expect(r.config).toContain("maxmem = 512");
  });

  it("memory changes in place on x86 only (xl mem-set aborts on Arm 4.17.7)", async () => {
    const { rulesFor } = await import("../../src/xen");
    expect(rulesFor("x86_64").memorySetLive).toBe(true);
    expect(rulesFor("aarch64").memorySetLive).toBe(false);
    expect(rulesFor("armv7l").memorySetLive).toBe(false);
  });

  it("pvshim with PVH on x86 is accepted and runs as pvh", () => {
    const r = resolveDomain({ ...base, type: "pvh", pvshim: true }, x86);
    expect(r.findings).toEqual([]);
    expect(r.effectiveType).toBe("pvh");
    expect(r.config).toContain("pvshim = 1");
  });
});
