// Synth-time validation: the fleet asks the toolstack model (src/xen) — the
// functions the provider's plan calls — and reports its errors as synth errors and
// its warnings as warning annotations, with the model's own summaries.
import { describe, expect, it } from "vitest";
import { TerraformVariable } from "cdktf";
import { parseVersion, resolveDomain, type DomainSpec, type HostFacts } from "../../src/xen";
import { ArmGuestFleet, GuestType, XenArch, type ArmGuestFleetProps, type XenHostFacts } from "../../src/constructs";
import { ARM64_417, X86_417, errors, notes, stackWith } from "./helpers";

const base = { count: 1, namePrefix: "g", memoryMib: 128, kernel: "/var/lib/xen-guests/vmlinuz", cmdline: "console=hvc0" };
type Template = Omit<ArmGuestFleetProps, "hosts" | "count">;

/** The model's findings for the same guest, called directly. */
function model(t: Template, f: XenHostFacts): { severity: string; summary: string }[] {
  const facts: HostFacts = {
    machine: f.arch as HostFacts["machine"], xenVersion: parseVersion(f.xenVersion)!,
    xenCaps: f.xenCaps.split(" "), virtCaps: [], ...(f.gicVersion ? { gic: f.gicVersion as "v2" | "v3" } : {}),
  };
  const spec: DomainSpec = {
    name: "g-0", type: t.type, kernel: t.kernel, ramdisk: t.ramdisk, cmdline: t.cmdline, memory: t.memoryMib,
    maxmem: t.maxMemoryMib, vcpus: t.vcpus, maxvcpus: t.maxVcpus, gic_version: t.gicVersion, vuart: t.vuart, xl_config: t.xlConfig,
  };
  return resolveDomain(spec, facts).findings.map(({ severity, summary }) => ({ severity, summary }));
}

function synth(t: Template, facts: XenHostFacts = ARM64_417) {
  const { stack, hosts } = stackWith(["arm1", facts]);
  const fleet = new ArmGuestFleet(stack, "fleet", { hosts, count: 1, ...t });
  return {
    fleet,
    errors: errors(stack),
    warnings: notes(stack).filter((n) => n.level === "warn").map((n) => `[${n.path}] ${n.message}`),
    infos: notes(stack).filter((n) => n.level === "info"),
  };
}

const v2 = (facts: Partial<XenHostFacts>): XenHostFacts => ({ ...ARM64_417, ...facts });

// Rows a Xen user would recognise: what is written, on which host, and what xl does.
const cases: { what: string; t: Template; facts?: XenHostFacts; error?: string; warning?: string; effective?: string }[] = [
  { what: "no type written (the Arm default)", t: base, effective: "pvh" },
  { what: "type pvh", t: { ...base, type: GuestType.PVH }, effective: "pvh" },
  { what: "type pv: libxl converts it to PVH", t: { ...base, type: GuestType.PV },
    warning: "type: This Arm guest will run as PVH, not PV (guest g-0 on host arm1, Xen 4.17.7 aarch64).", effective: "pvh" },
  { what: "type hvm: impossible on Arm", t: { ...base, type: GuestType.HVM },
    error: "type: HVM guests are not possible on Arm (guest g-0 on host arm1, Xen 4.17.7 aarch64)." },
  { what: "type hvm on Xen 4.20", t: { ...base, type: GuestType.HVM }, facts: v2({ xenVersion: "4.20.5-pre" }),
    error: "type: HVM guests are not possible on Arm (guest g-0 on host arm1, Xen 4.20.5-pre aarch64)." },
  { what: "type pvh on an armv7l host with Xen 4.11", t: { ...base, type: GuestType.PVH },
    facts: { arch: XenArch.ARMV7L, xenVersion: "4.11.4", xenCaps: "xen-3.0-armv7l" },
    error: "type: PVH Arm guests need Xen 4.12 or later (guest g-0 on host arm1, Xen 4.11.4 armv7l)." },
  { what: "no type on Xen 4.11: the guest runs as PV", t: base, facts: { arch: XenArch.ARMV7L, xenVersion: "4.11.4", xenCaps: "xen-3.0-armv7l" }, effective: "pv" },
  { what: "maxmem above memory (no populate-on-demand on Arm)", t: { ...base, maxMemoryMib: 192 },
    error: "maxMemoryMib: maxmem (192) above memory (128) is not possible on Arm (guest g-0 on host arm1, Xen 4.17.7 aarch64)." },
  { what: "memory 0", t: { ...base, memoryMib: 0 },
    error: "memoryMib: memory must be at least 1 MiB (guest g-0 on host arm1, Xen 4.17.7 aarch64)." },
  { what: "maxvcpus below vcpus", t: { ...base, vcpus: 4, maxVcpus: 2 },
    error: "maxVcpus: maxvcpus (2) is below vcpus (4) (guest g-0 on host arm1, Xen 4.17.7 aarch64)." },
  { what: "9 vCPUs on GICv2", t: { ...base, vcpus: 9, gicVersion: "v2" },
    error: "vcpus: 9 vCPUs is more than this guest can have (guest g-0 on host arm1, Xen 4.17.7 aarch64)." },
  { what: "9 vCPUs on a host whose declared GIC is a GICv2", t: { ...base, vcpus: 9 }, facts: v2({ gicVersion: "v2" }),
    error: "vcpus: 9 vCPUs is more than a guest of the host (its declared facts.gic_version) can have (guest g-0 on host arm1, Xen 4.17.7 aarch64)." },
  { what: "a GICv3 asked of a host whose declared GIC is a GICv2", t: { ...base, gicVersion: "v3" }, facts: v2({ gicVersion: "v2" }),
    error: "gicVersion: The host (its declared facts.gic_version) has a GICv2 and cannot give this guest a GICv3 (guest g-0 on host arm1, Xen 4.17.7 aarch64)." },
  { what: "a Xen older than the model knows", t: base, facts: v2({ xenVersion: "4.9.4" }),
    error: "hosts: Xen 4.9.4 is older than 4.10 (guest g-0 on host arm1, Xen 4.9.4 aarch64)." },
];

describe("ArmGuestFleet at synth, against the model", () => {
  it.each(cases)("$what", ({ t, facts, error, warning, effective }) => {
    const r = synth(t, facts);
    const f = facts ?? ARM64_417;
    expect(r.errors.map((e) => e.replace(/\)\. .*$/, ").")))
      .toEqual(error ? [`[test/fleet/g-0] ${error}`] : []);
    expect(r.warnings.map((w) => w.replace(/\)\. .*$/, ").")))
      .toEqual(warning ? [`[test/fleet/g-0] ${warning}`] : []);
    expect(r.fleet.effectiveType).toBe(effective);
    // One model: synth says exactly what resolveDomain (the plan's resolver) says.
    const said = [...r.errors.map((e) => ({ severity: "error", e })), ...r.warnings.map((w) => ({ severity: "warning", e: w }))];
    expect(said.map(({ severity, e }) => ({ severity, summary: / [A-Za-z]+(?:\["[^"]+"\])?: (.*) \(guest /.exec(e)![1] })))
      .toEqual(model(t, f));
  });

  it("an Arm fleet asking for hvm fails synth with the plan's message", () => {
    const { app, stack, hosts } = stackWith(["arm1", ARM64_417]);
    new ArmGuestFleet(stack, "fleet", { hosts, ...base, count: 2, type: GuestType.HVM });
    expect(() => app.synth()).toThrow(/\[test\/fleet\/g-0\] type: HVM guests are not possible on Arm[^\n]*\n\s*\[test\/fleet\/g-1\] type: HVM guests are not possible on Arm/);
  });

  it("unknown xl_config keys warn with a suggestion, pointing at the key", () => {
    const r = synth({ ...base, xlConfig: { vifs: '["bridge=xenbr0"]' } });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^\[test\/fleet\/g-0\] xlConfig\["vifs"\]: .*/);
    expect(r.warnings[0]).toContain('"vif"');
  });
});

describe("what synth cannot know, it says, and does not guess", () => {
  it("host without facts: an info annotation, no checks", () => {
    const { stack, hosts } = stackWith(["arm1", undefined]);
    const fleet = new ArmGuestFleet(stack, "fleet", { hosts, ...base, type: GuestType.HVM });
    expect(fleet.effectiveType).toBeUndefined();
    expect(notes(stack).filter((n) => n.path === "test/fleet")).toEqual([{
      level: "info", path: "test/fleet",
      message: 'Host "arm1" declares no facts (XenHost `facts`), so synth cannot check the guests placed on it against Xen\'s rules; the plan does, with the facts it reads from the host over SSH.',
    }]);
    expect(errors(stack).filter((e) => e.includes("HVM"))).toEqual([]);
  });

  it("a prop only known at deploy time (a token): an info annotation on the guest", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    const mem = new TerraformVariable(stack, "mem", { type: "number" });
    const fleet = new ArmGuestFleet(stack, "fleet", { hosts, ...base, memoryMib: mem.numberValue });
    expect(fleet.effectiveType).toBeUndefined();
    expect(notes(stack)).toContainEqual({ level: "info", path: "test/fleet/g-0",
      message: "memoryMib is only known at deploy time (a token), so synth cannot check guest g-0; the plan does." });
    expect(errors(stack)).toEqual([]);
  });

  it("facts that are declared wrong are errors on the host", () => {
    const { stack } = stackWith(["arm1", { arch: "arm64" as XenArch, xenVersion: "latest", xenCaps: "" }]);
    expect(errors(stack)).toEqual([
      '[test/arm1] facts.arch: "arm64" is not a machine xl info reports; use one of x86_64, aarch64, armv7l.',
      '[test/arm1] facts.xenVersion: "latest" is not a Xen version; write it as xl info prints it, e.g. "4.17.7".',
    ]);
  });

  it("an x86 host is not a place for an Arm fleet", () => {
    const { stack, hosts } = stackWith(["x1", X86_417]);
    new ArmGuestFleet(stack, "fleet", { hosts, ...base });
    expect(errors(stack)).toEqual(['[test/fleet] hosts: host "x1" is x86_64, not Arm; an ArmGuestFleet places guests on aarch64 or armv7l hosts only.']);
  });
});
