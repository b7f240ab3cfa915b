// The key table's rules (src/xen/key-table.ts), read from Xen's source at each release tag:
// what xl, libxl and Xen do with an xl.cfg key, per release, architecture, guest type and value.
// Rows marked "real host" were measured (facts/xen-toolstack.md §6); the others cite the source.
import { describe, expect, it } from "vitest";
import { resolveDomain, type DomainSpec, type Machine } from "../../src/xen";
import { XL_KEYS, type XlKey } from "../../src/xen/key-table";
import { keyRule } from "../../src/xen/keys";
import { parseVersion } from "../../src/xen";
import { host } from "./helpers";

type Verdict = "accepted" | "ignored" | "refused";
const base: DomainSpec = { name: "g1", kernel: "/boot/vmlinuz", memory: 128 };

function verdict(change: Partial<DomainSpec>, machine: Machine, version: string, virtCaps: string[] = []): { v: Verdict | "warning"; text: string } {
  const facts = { ...host(machine, version), virtCaps };
  const r = resolveDomain({ ...base, ...change } as DomainSpec, facts);
  const errors = r.findings.filter((f) => f.severity === "error");
  const text = r.findings.map((f) => `${f.summary} ${f.detail ?? ""}`).join("\n");
  if (errors.length) return { v: "refused", text };
  if (r.findings.some((f) => f.id === "keyIgnored")) return { v: "ignored", text };
  return { v: r.findings.length ? "warning" : "accepted", text };
}

const xl = (k: string, v: string): Partial<DomainSpec> => ({ xl_config: { [k]: v } });

// [config, machine, Xen, expected verdict, a phrase of the finding]
const cases: [string, Partial<DomainSpec>, Machine, string, Verdict | "warning", string?][] = [
  // real host (4.17): viridian on Arm is accepted and ignored; gic_version on x86 likewise.
  ["viridian = 1 on Arm (real host)", xl("viridian", "1"), "aarch64", "4.17.7", "ignored", 'only for type = "hvm"'],
  ["gic_version = v3 on x86 (real host)", { gic_version: "v3" }, "x86_64", "4.17.7", "ignored", "Arm-only"],
  ['gic_version = "native" on x86: xl checks the value everywhere', { gic_version: "native" }, "x86_64", "4.20.0", "refused", "Unknown gic_version"],
  ["pvshim = 1 on Arm, no type (real host: exit 3)", { pvshim: true }, "aarch64", "4.17.7", "refused", "not available on Arm"],
  ['pvshim = 1 on Arm, type = "pv": xl never reads it', { type: "pv", pvshim: true }, "aarch64", "4.17.7", "ignored", "only apply to PVH"],
  ["pvshim = 1 on x86 pv", { pvshim: true }, "x86_64", "4.17.7", "ignored", "only apply to PVH"],
  ["pvshim = 1 on x86 pvh (real host)", { type: "pvh", pvshim: true }, "x86_64", "4.17.7", "accepted"],
  ["hap = 0 on Arm 4.17", xl("hap", "0"), "aarch64", "4.17.7", "refused", "Unsupported configuration"],
  ["hap = 1 on Arm", xl("hap", "1"), "aarch64", "4.17.7", "accepted"],
  ["hap = 0 on x86 hvm, virt_caps unknown: shadow paging, if Xen has it", { type: "hvm", xl_config: { hap: "0" } }, "x86_64", "4.17.7", "warning", "Shadow paging requested but not available"],
  ["hap = 0 on x86 pv", xl("hap", "0"), "x86_64", "4.17.7", "ignored"],
  ["oos = 0 on Arm", xl("oos", "0"), "aarch64", "4.20.0", "refused", "oos_off"],
  ["nestedhvm = 1 on Arm 4.15+", xl("nestedhvm", "1"), "aarch64", "4.15.0", "refused", "nested_virt"],
  ["nestedhvm = 0 on Arm", xl("nestedhvm", "0"), "aarch64", "4.20.0", "accepted"],
  ['altp2m = "mixed" on Arm 4.19+', xl("altp2m", "mixed"), "aarch64", "4.19.0", "refused", "Altp2m not supported"],
  ['altp2m = "disabled" on Arm', xl("altp2m", "disabled"), "aarch64", "4.19.0", "accepted"],
  // real host x86_64-4.21 (Xen built from source; AMD under TCG): exit 3 on PV; the processor decides for PVH/HVM from 4.21.
  ['altp2m = "external" on x86 pv 4.21 (real host)', xl("altp2m", "external"), "x86_64", "4.21.0", "refused", "only supported with HAP"],
  ['altp2m = "mixed" on x86 pv 4.19', xl("altp2m", "mixed"), "x86_64", "4.19.0", "refused", "only supported with HAP"],
  ['altp2m = "mixed" on x86 pv 4.17: an HVM parameter only', xl("altp2m", "mixed"), "x86_64", "4.17.7", "accepted"],
  ['altp2m = "disabled" on x86 pv 4.21', xl("altp2m", "disabled"), "x86_64", "4.21.0", "accepted"],
  ['altp2m = "external" on x86 pvh 4.21: the processor decides', { type: "pvh", xl_config: { altp2m: "external" } }, "x86_64", "4.21.0", "warning", "altp2m is not supported"],
  ['altp2m = "external" on x86 pvh 4.20', { type: "pvh", xl_config: { altp2m: "external" } }, "x86_64", "4.20.0", "accepted"],
  // real host x86_64-4.21: xl -N create exit 3 (every release: xl's own check)
  ['vendor_device = "auto" on x86 hvm (real host)', { type: "hvm", xl_config: { vendor_device: "auto" } }, "x86_64", "4.21.0", "refused", "unknown vendor_device 'auto'"],
  ['vendor_device = "XenServer" on x86 hvm', { type: "hvm", xl_config: { vendor_device: "XenServer" } }, "x86_64", "4.17.7", "accepted"],
  ["altp2m_count = 4 on Arm 4.21", xl("altp2m_count", "4"), "aarch64", "4.21.0", "refused", "Altp2m not supported"],
  ["vpmu = 1 on x86, virt_caps unknown: depends on Xen's vpmu= option", xl("vpmu", "1"), "x86_64", "4.17.7", "warning", "vPMU not supported"],
  ["vmtrace_buf_kb = 64 on Arm", xl("vmtrace_buf_kb", "64"), "aarch64", "4.17.7", "refused", "vmtrace"],
  ["max_grant_version = 2 on Arm", xl("max_grant_version", "2"), "aarch64", "4.17.7", "refused", "greater than supported"],
  ["max_grant_version = 1 on Arm", xl("max_grant_version", "1"), "aarch64", "4.17.7", "accepted"],
  ['passthrough = "sync_pt" on Arm', xl("passthrough", "sync_pt"), "aarch64", "4.17.7", "refused", "not supported on ARM"],
  ['passthrough = "share_pt" on Arm', xl("passthrough", "share_pt"), "aarch64", "4.17.7", "accepted"],
  ['e820_host = 1 on Arm, type = "pv": libxl resets it', { type: "pv", xl_config: { e820_host: "1" } }, "aarch64", "4.17.7", "ignored", "resets"],
  ["e820_host = 1 on x86 pvh: xl never reads it", { type: "pvh", xl_config: { e820_host: "1" } }, "x86_64", "4.17.7", "ignored", 'only for type = "pv"'],
  ["e820_host = 1 on x86 pv", xl("e820_host", "1"), "x86_64", "4.17.7", "accepted"],
  ['timer_mode on Arm, type = "pv": xl refuses before libxl converts', { type: "pv", xl_config: { timer_mode: "no_delay_for_missed_ticks" } }, "aarch64", "4.17.7", "refused", "not supported for PV guests"],
  ["timer_mode on Arm pvh: no emulated timers", xl("timer_mode", "no_delay_for_missed_ticks"), "aarch64", "4.17.7", "ignored", "no emulated timers"],
  ["msr_relaxed = 1 on Arm", xl("msr_relaxed", "1"), "aarch64", "4.17.7", "ignored", "msr_relaxed will be removed"],
  ["trap_unmapped_accesses = 1 on x86 4.21", xl("trap_unmapped_accesses", "1"), "x86_64", "4.21.0", "refused", "not supported on x86"],
  ["trap_unmapped_accesses = 0 on x86 4.21", xl("trap_unmapped_accesses", "0"), "x86_64", "4.21.0", "accepted"],
  ["dtdev on x86", xl("dtdev", '["/soc/serial@1c28000"]'), "x86_64", "4.17.7", "refused", "xc_assign_dtdevice"],
  ["ioports on Arm", xl("ioports", '["2f8-2ff"]'), "aarch64", "4.17.7", "refused", "ioports"],
  ["llc_colors on x86 4.20", xl("llc_colors", '["0-3"]'), "x86_64", "4.20.0", "refused", "LLC coloring"],
  ["llc_colors on armv7l 4.20", xl("llc_colors", '["0-3"]'), "armv7l", "4.20.0", "refused", "LLC coloring"],
  ["llc_colors on aarch64 4.20: depends on Xen's boot options", xl("llc_colors", '["0-3"]'), "aarch64", "4.20.0", "warning", "llc-coloring"],
  ['cpuid = "host,aes=0" on Arm', xl("cpuid", "host,aes=0"), "aarch64", "4.17.7", "ignored", "CPUID"],
  ['firmware = "uefi" on Arm (every Arm guest is pvh)', { kernel: null, firmware: "uefi" }, "aarch64", "4.17.7", "refused", "only pvgrub"],
  ['firmware = "pvgrub64" on x86 pv', { kernel: null, firmware: "pvgrub64" }, "x86_64", "4.17.7", "accepted"],
  ['firmware = "uefi" on x86 hvm', { kernel: null, type: "hvm", firmware: "uefi" }, "x86_64", "4.17.7", "accepted"],
  ['device_model_version = "qemu-xen-traditional" on 4.20', xl("device_model_version", "qemu-xen-traditional"), "x86_64", "4.20.0", "accepted"],
  ['device_model_version = "qemu-xen-traditional" on 4.21 (removed)', xl("device_model_version", "qemu-xen-traditional"), "x86_64", "4.21.0", "refused", "Unknown device_model_version"],
  ['device_model_version = "qemu-xen-traditional" on 4.22', xl("device_model_version", "qemu-xen-traditional"), "aarch64", "4.22.0", "refused", "Unknown device_model_version"],
  // Found by the differential test (test/e2e/differential.test.ts) on arm64-4.17 with xl -N create.
  ["altp2m = 255 on Arm 4.17 (real host: xl -N exit 1)", xl("altp2m", "255"), "aarch64", "4.17.7", "refused", 'invalid value 255 for "altp2m"'],
  ['altp2m = "Mixed" on x86: mode names in any case', xl("altp2m", "Mixed"), "x86_64", "4.17.7", "accepted"],
  ['altp2m = "bogus" on x86', xl("altp2m", "bogus"), "x86_64", "4.20.0", "refused", "invalid value"],
  ["max_grant_frames above INT_MAX (real host: xl -N exit 1)", xl("max_grant_frames", "9223372036854775807"), "aarch64", "4.17.7", "refused", "INT_MAX"],
  ["max_maptrack_frames = -1 on 4.13+", xl("max_maptrack_frames", "-1"), "x86_64", "4.13.0", "refused", "INT_MAX"],
  ["max_grant_frames above INT_MAX on 4.12: xl did not bound it", xl("max_grant_frames", "4294967296"), "x86_64", "4.12.0", "accepted"],
  ['passthrough = "on" (real host: xl -N exit 1)', xl("passthrough", "on"), "aarch64", "4.17.7", "refused", "unknown passthrough option 'on'"],
  ['passthrough = "Share_PT" on Arm: libxl\'s names in any case', xl("passthrough", "Share_PT"), "aarch64", "4.17.7", "accepted"],
  ['on_soft_reset = "auto" (real host x86: xl -N exit 1)', xl("on_soft_reset", "auto"), "x86_64", "4.17.7", "refused", "Unknown on_soft_reset action"],
  ['on_watchdog = "preserve"', xl("on_watchdog", "preserve"), "aarch64", "4.20.0", "accepted"],
  ['firmware = "" with a kernel (real host x86: xl -N exit 1)', { firmware: "" }, "x86_64", "4.17.7", "refused", "both kernel and firmware"],
  ["max_grant_frames = 64", xl("max_grant_frames", "64"), "aarch64", "4.20.0", "accepted"],
  // The x86 keys on Arm and the Arm key on x86, read end to end (issue 24).
  ["videoram = 16 on Arm: taken out of the guest's RAM (real host: 112 MiB of 128)", xl("videoram", "16"), "aarch64", "4.17.7", "warning", "less RAM than maxmem"],
  ["videoram = memory on Arm (real host: exit 3)", xl("videoram", "128"), "aarch64", "4.17.7", "refused", "can't allocate low memory"],
  ["videoram above memory on Arm 4.20", xl("videoram", "9223372036854775807"), "aarch64", "4.20.0", "refused", "nothing is left"],
  ["videoram = 16 on x86 pvh likewise", { type: "pvh", xl_config: { videoram: "16" } }, "x86_64", "4.20.0", "warning", "less RAM than maxmem"],
  ["videoram = 16 on Arm 4.11 (pv): the balloon target", xl("videoram", "16"), "aarch64", "4.11.0", "warning", "balloon driver"],
  ["videoram = 16 on x86 hvm: the emulated card's", { type: "hvm", xl_config: { videoram: "16" } }, "x86_64", "4.17.7", "accepted"],
  ["videoram = 0 on Arm", xl("videoram", "0"), "aarch64", "4.20.0", "accepted"],
  ['rdm = "strategy=host" on Arm', xl("rdm", "strategy=host"), "aarch64", "4.17.7", "ignored", "reserved device memory"],
  ['tsc_mode = "native" on Arm', xl("tsc_mode", "native"), "aarch64", "4.17.7", "ignored", "TSC mode"],
  ['tsc_mode = "Default" on Arm', xl("tsc_mode", "Default"), "aarch64", "4.20.0", "accepted"],
  ['tsc_mode = "bogus": xl checks the value everywhere', xl("tsc_mode", "bogus"), "aarch64", "4.17.7", "refused", 'invalid value "bogus" for "tsc_mode"'],
  ["tsc_mode = 4 on x86", xl("tsc_mode", "4"), "x86_64", "4.22.0", "refused", "invalid value"],
  ["tsc_mode = 0x2 on x86 (native)", xl("tsc_mode", "0x2"), "x86_64", "4.17.7", "accepted"],
  ["rtc_timeoffset = 3600 on Arm", xl("rtc_timeoffset", "3600"), "aarch64", "4.17.7", "ignored", "wallclock offset"],
  ["rtc_timeoffset = 0 on Arm", xl("rtc_timeoffset", "0"), "aarch64", "4.17.7", "accepted"],
  ["localtime = 1 on Arm", xl("localtime", "1"), "aarch64", "4.20.0", "ignored", "UTC"],
  ["localtime = false on Arm", xl("localtime", "false"), "aarch64", "4.20.0", "accepted"],
  ["device_model_stubdomain_override = 1 on Arm 4.17: upstream libxl stops, Debian's takes it (real host: created)",
    xl("device_model_stubdomain_override", "1"), "aarch64", "4.17.7", "warning", "qemu-xen access error"],
  ["device_model_stubdomain_override = 1 on x86 pv 4.20 likewise", xl("device_model_stubdomain_override", "1"), "x86_64", "4.20.0", "warning", "Debian's build"],
  ['device_model_stubdomain_override = 1 on Arm with device_model_version = "qemu-xen"',
    { xl_config: { device_model_stubdomain_override: "1", device_model_version: "qemu-xen" } }, "aarch64", "4.17.7", "ignored", "SIGABRT"], // real host: created
  ["device_model_stubdomain_override = 1 on Arm 4.21", xl("device_model_stubdomain_override", "1"), "aarch64", "4.21.0", "ignored", "stub domain"],
  ["device_model_stubdomain_override = 1 on x86 hvm 4.21 without device_model_version", { type: "hvm", xl_config: { device_model_stubdomain_override: "1" } },
    "x86_64", "4.21.0", "refused", "unknown device model version"],
  ["device_model_stubdomain_override = 0 on Arm", xl("device_model_stubdomain_override", "0"), "aarch64", "4.17.7", "accepted"],
  ['device_model_stubdomain_seclabel on Arm', xl("device_model_stubdomain_seclabel", "system_u:system_r:dm_dom_t"), "aarch64", "4.17.7", "ignored", "XSM Disabled"],
  ['device_model_args_hvm on Arm', xl("device_model_args_hvm", '["-no-reboot"]'), "aarch64", "4.20.0", "ignored", "only for an HVM guest"],
  ['stubdomain_kernel on Arm 4.14', xl("stubdomain_kernel", "/usr/lib/xen/boot/stub"), "aarch64", "4.14.0", "ignored", "stub domain"],
  ['stubdomain_cmdline on Arm 4.16', xl("stubdomain_cmdline", "console=hvc0"), "aarch64", "4.16.0", "ignored", "stub domain"],
  ['stubdomain_ramdisk on x86 pvh', { type: "pvh", xl_config: { stubdomain_ramdisk: "/boot/r" } }, "x86_64", "4.17.7", "ignored", "stub domain"],
  ["stubdomain_memory = 128 on Arm", xl("stubdomain_memory", "128"), "aarch64", "4.22.0", "ignored", "stub domain"],
  ['virtio on x86 4.18', xl("virtio", '["type=virtio,device22", "transport=mmio"]'), "x86_64", "4.18.0", "ignored", "base 0 and irq 0"],
  ["apic = 0 on Arm 4.10 (pv)", xl("apic", "0"), "aarch64", "4.10.0", "ignored", "HVM guest"],
  ["nestedhvm = 1 on Arm 4.13", xl("nestedhvm", "1"), "aarch64", "4.13.0", "ignored", "before 4.15"],
  ['altp2m = "external" on Arm 4.18', xl("altp2m", "external"), "aarch64", "4.18.0", "ignored", "PoD"],
  ["e820_host = 1 on Arm 4.11 (pv)", xl("e820_host", "1"), "aarch64", "4.11.0", "ignored", "host-like memory map"],
  // tee: xl checks the value against libxl's types on every architecture; "ffa" is 4.18's.
  ['tee = "ffa" on Arm 4.17: not a type of this libxl', xl("tee", "ffa"), "aarch64", "4.17.7", "refused", "ffa came in 4.18"],
  ['tee = "ffa" on Arm 4.18', xl("tee", "ffa"), "aarch64", "4.18.0", "accepted"],
  ['tee = "OPTEE" on Arm 4.17 (any case)', xl("tee", "OPTEE"), "aarch64", "4.17.7", "accepted"],
  ['tee = "tz" on Arm 4.20', xl("tee", "tz"), "aarch64", "4.20.0", "refused", 'Unknown tee "tz" specified'],
  ['tee = "ffa" on x86 4.17', xl("tee", "ffa"), "x86_64", "4.17.7", "refused", "Unknown tee"],
  ['tee = "ffa" on x86 4.20: ignored there', xl("tee", "ffa"), "x86_64", "4.20.0", "ignored"],
];

describe("key fates: what xl, libxl and Xen do with a key, per release and architecture", () => {
  it.each(cases)("%s", (_t, change, machine, version, want, phrase) => {
    const got = verdict(change, machine, version);
    expect(got.v, got.text).toBe(want);
    if (phrase) expect(got.text).toContain(phrase);
  });

  it("a host whose virt_caps report the capability takes the key", () => {
    expect(verdict(xl("vpmu", "1"), "x86_64", "4.17.7", ["pv", "hvm", "hap", "vpmu"]).v).toBe("accepted");
    expect(verdict(xl("vpmu", "1"), "x86_64", "4.17.7", ["pv", "hvm", "hap"]).v).toBe("refused");
    expect(verdict(xl("vpmu", "1"), "aarch64", "4.17.7", ["hvm", "hap", "vpmu", "gnttab-v1"]).v).toBe("accepted");
    expect(verdict(xl("max_grant_version", "2"), "x86_64", "4.17.7", ["pv", "hvm", "gnttab-v1"]).v).toBe("refused");
    expect(verdict(xl("max_grant_version", "2"), "x86_64", "4.17.7", ["pv", "hvm", "gnttab-v1", "gnttab-v2"]).v).toBe("accepted");
    // hap = 0: shadow paging, which Xen 4.22's default build and Debian's 4.17 leave out (real hosts: the
    // x86 fidelity row refuses on x86_64-4.17 and -4.22, exit 3 there, and runs as pvh on x86_64-4.21)
    const pvhNoHap: Partial<DomainSpec> = { type: "pvh", xl_config: { hap: "0" } };
    expect(verdict(pvhNoHap, "x86_64", "4.21.0", ["pv", "hvm", "hap", "shadow", "gnttab-v1", "gnttab-v2"]).v).toBe("accepted");
    expect(verdict(pvhNoHap, "x86_64", "4.22.0", ["pv", "hvm", "hap", "gnttab-v1", "gnttab-v2"]).v).toBe("refused");
    expect(verdict(xl("hap", "0"), "x86_64", "4.22.0", ["pv", "hvm", "hap", "gnttab-v1", "gnttab-v2"]).v).toBe("ignored");
  });

  it("findings name the release and the machine, what Xen prints, the cure and the source", () => {
    const r = resolveDomain({ ...base, xl_config: { hap: "0" } }, host("aarch64", "4.17.7"));
    const f = r.findings.find((x) => x.severity === "error")!;
    expect(f.path).toEqual(["xl_config", { key: "hap" }]);
    expect(f.summary).toContain("Xen 4.17.7 aarch64");
    expect(f.detail).toContain("Remove it from xl_config");
    expect(f.detail).toMatch(/xen\/arch\/arm\/domain\.c:\d+@RELEASE-4\.\d+\.\d+/);
  });

  it("every rule cites the source as path:line@RELEASE-4.x.y", () => {
    const rules = XL_KEYS.flatMap((k) => (k.rules ?? []).map((r) => [k.name, r] as const));
    expect(rules.length).toBeGreaterThan(40);
    for (const [name, r] of rules) {
      const cites = r.source.split(/,\s*/);
      expect(cites.length, name).toBeGreaterThan(0);
      for (const c of cites) expect(c, `${name}: ${r.source}`).toMatch(/^[\w./-]+:\d+@RELEASE-4\.\d+\.\d+$/);
    }
  });

  it("every key with an arch has a rule for each release, type and value on the other architecture", () => {
    const samples: Record<XlKey["kind"], string[]> = {
      integer: ["0", "1", "16", "-1", "0x10", "4294967296"], boolean: ["0", "1", "true", "false"], number: ["1", "0.5"],
      string: ["", "x", "default", "native", "strategy=host"], list: ['["a"]', "[]"], any: ["0", "1", "2", "x", "native", "default", '["a"]'],
    };
    // The types each architecture creates, by the type xl parsed: Arm runs pv before 4.12 and converts pv to pvh from 4.12 on.
    const effective = (family: "x86" | "arm", minor: number, written: "pv" | "pvh" | "hvm") =>
      family === "x86" ? written : written === "hvm" ? null : minor < 12 ? (written === "pv" ? "pv" : null) : "pvh";
    const missing: string[] = [];
    for (const k of XL_KEYS.filter((x) => x.arch)) {
      const family = k.arch === "x86" ? "arm" : "x86";
      const values = [...samples[k.kind], ...(k.rules ?? []).flatMap((r) => [...(r.values ?? []), ...(r.except ?? [])])];
      for (let minor = Number(k.since.split(".")[1]); minor <= 22; minor++) {
        for (const written of ["pv", "pvh", "hvm"] as const) {
          const eff = effective(family, minor, written);
          if (!eff) continue;
          for (const v of values) {
            const ctx = { machine: family === "x86" ? "x86_64" : "aarch64", family, version: parseVersion(`4.${minor}.0`)!, written, effective: eff, virtCaps: [] } as const;
            if (!keyRule(k.name, v, ctx)) missing.push(`${k.name} = ${v} on ${family} 4.${minor} ${written}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("a rule can depend on another key the guest sets", () => {
    const version = parseVersion("4.20.0")!;
    const ctx = { machine: "aarch64", family: "arm", version, written: "pvh", effective: "pvh", virtCaps: [] } as const;
    expect(keyRule("device_model_stubdomain_override", "1", ctx)?.fate).toBe("host");
    expect(keyRule("device_model_stubdomain_override", "1", { ...ctx, others: new Map([["device_model_version", "qemu-xen"]]) })?.fate).toBe("ignored");
    expect(keyRule("videoram", "128", { ...ctx, others: new Map([["memory", "128"]]) })?.fate).toBe("create");
    expect(keyRule("videoram", "128", { ...ctx, others: new Map([["memory", "128"], ["maxmem", "256"]]) })?.fate).toBe("misapplied");
  });

  it("vcpus = 0: refused everywhere, saying xl would run the guest with 1 (libxl before 4.22, xl from 4.22; seen on arm64-4.17 and 4.20)", () => {
    for (const v of ["4.10.0", "4.17.0", "4.20.0", "4.21.0", "4.22.0"]) {
      expect(verdict({ vcpus: 0 }, "aarch64", v), v).toMatchObject({ v: "refused", text: expect.stringMatching(/start the guest with 1 vCPU/) });
    }
    // A negative count is another matter: refused, without that promise before 4.22.
    expect(verdict({ vcpus: -1 }, "aarch64", "4.21.0").text).not.toMatch(/1 vCPU/);
  });

  it("4.22's new key is in the table", () => {
    expect(XL_KEYS.find((k) => k.name === "xenstore_quota")?.since).toBe("4.22");
    expect(verdict(xl("xenstore_quota", '["nodes=1000"]'), "x86_64", "4.20.0", []).text).toContain("does not read");
  });
});
