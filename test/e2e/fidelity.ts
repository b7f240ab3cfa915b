// The fidelity table: configs run twice — through the provider's plan (a real
// engine) and directly with `xl create` on the real host — and both must agree:
// the same effective type when it runs, an error on both sides when it does not.
// The expected outcome is never written here: the host decides.
import { expect } from "vitest";
import type { Workspace } from "../engine/engine";
import { destroyGuests, onHost, realProvider, xlCreateEach, type RealHost, type XlCreated } from "./real-host";

export type Attrs = Record<string, string | number | boolean | null | Record<string, string>>;

export interface Row {
  title: string;
  attrs: Attrs;
}

/** The xl.cfg a person would write for these attributes (independent of the provider's writer). */
export function handWrittenCfg(name: string, attrs: Attrs): string {
  const lines = [`name = "${name}"`];
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null) continue;
    if (k === "disk_target") lines.push(`disk = [ "vdev=xvda,target=${v}" ]`);
    else if (k === "vif_bridge") lines.push(`vif = [ "bridge=${v}" ]`);
    else if (k === "xl_config") {
      for (const [xk, xv] of Object.entries(v as Record<string, string>)) lines.push(`${xk} = ${/^\d+$/.test(xv) ? xv : JSON.stringify(xv)}`);
    } else if (typeof v === "number") lines.push(`${k} = ${v}`);
    else if (typeof v === "boolean") lines.push(`${k} = ${v ? 1 : 0}`);
    else lines.push(`${k} = ${JSON.stringify(v)}`);
  }
  return lines.join("\n") + "\n";
}

export function hclResource(id: string, name: string, attrs: Attrs, host = "xen1"): string {
  const lines = [`  host = "${host}"`, `  name = "${name}"`, "  shutdown_timeout = 0"];
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null) continue;
    if (k === "disk_target") lines.push(`  disk {\n    vdev   = "xvda"\n    target = ${JSON.stringify(v)}\n  }`);
    else if (k === "vif_bridge") lines.push(`  vif {\n    bridge = ${JSON.stringify(v)}\n  }`);
    else if (k === "xl_config") {
      lines.push(`  xl_config = { ${Object.entries(v as Record<string, string>).map(([a, b]) => `${a} = ${JSON.stringify(b)}`).join(", ")} }`);
    } else lines.push(`  ${k} = ${JSON.stringify(v)}`);
  }
  return `resource "xen_domain" "${id}" {\n${lines.join("\n")}\n}\n`;
}

export function armRows(kernel: string, ramdisk: string): Row[] {
  const boot = { kernel, ramdisk, cmdline: "console=hvc0 rdinit=/init", memory: 128 };
  return [
    { title: "no type", attrs: { ...boot } },
    { title: 'type = "pv"', attrs: { ...boot, type: "pv" } },
    { title: 'type = "pvh"', attrs: { ...boot, type: "pvh" } },
    { title: 'type = "hvm"', attrs: { ...boot, type: "hvm" } },
    { title: 'type = "" (hvm to xl)', attrs: { ...boot, type: "" } },
    { title: 'type = "p" (pv to xl)', attrs: { ...boot, type: "p" } },
    { title: 'type = "PVH"', attrs: { ...boot, type: "PVH" } },
    { title: 'type = "xen"', attrs: { ...boot, type: "xen" } },
    { title: 'builder = "hvm"', attrs: { ...boot, xl_config: { builder: "hvm" } } },
    { title: 'builder = "generic"', attrs: { ...boot, xl_config: { builder: "generic" } } },
    { title: "no kernel", attrs: { ...boot, kernel: null, ramdisk: null } },
    { title: "kernel and firmware", attrs: { ...boot, firmware: "uefi" } },
    { title: "maxvcpus < vcpus", attrs: { ...boot, vcpus: 2, maxvcpus: 1 } },
    { title: "9 vCPUs (GICv3)", attrs: { ...boot, vcpus: 9 } },
    { title: "vcpus 1 of maxvcpus 4", attrs: { ...boot, vcpus: 1, maxvcpus: 4 } },
    { title: "memory = 0", attrs: { ...boot, memory: 0 } },
    { title: "maxmem below memory", attrs: { ...boot, memory: 160, maxmem: 128 } },
    { title: "maxmem above memory", attrs: { ...boot, maxmem: 192 } },
    { title: "x86-only key viridian = 1", attrs: { ...boot, xl_config: { viridian: "1" } } },
    { title: 'vuart = "sbsa_uart"', attrs: { ...boot, vuart: "sbsa_uart" } },
    { title: 'gic_version = "v3"', attrs: { ...boot, gic_version: "v3" } },
    { title: "pvshim = 1 with pvh", attrs: { ...boot, type: "pvh", pvshim: true } },
    { title: 'on_crash = "preserve"', attrs: { ...boot, on_crash: "preserve" } },
    { title: "root and extra instead of cmdline", attrs: { ...boot, cmdline: null, root: "/dev/ram0", extra: "console=hvc0 rdinit=/init" } },
    ...hostRows(boot),
    { title: 'gic_version = "v2" (the host has a GICv3)', attrs: { ...boot, gic_version: "v2" } },
  ];
}

export function x86Rows(kernel: string, ramdisk: string): Row[] {
  const boot = { kernel, ramdisk, cmdline: "console=hvc0 rdinit=/init", memory: 256 };
  return [
    { title: "no type", attrs: { ...boot } },
    { title: 'type = "pv"', attrs: { ...boot, type: "pv" } },
    { title: 'type = "pvh"', attrs: { ...boot, type: "pvh" } },
    { title: 'type = "hvm" (direct kernel boot)', attrs: { ...boot, type: "hvm" } },
    { title: 'type = "" (hvm to xl)', attrs: { ...boot, type: "" } },
    { title: 'type = "p" (pv to xl)', attrs: { ...boot, type: "p" } },
    { title: 'type = "PVH"', attrs: { ...boot, type: "PVH" } },
    { title: 'builder = "hvm"', attrs: { ...boot, xl_config: { builder: "hvm" } } },
    { title: 'builder = "generic"', attrs: { ...boot, xl_config: { builder: "generic" } } },
    { title: "no kernel", attrs: { ...boot, kernel: null, ramdisk: null } },
    { title: "kernel and firmware (pvh)", attrs: { ...boot, type: "pvh", firmware: "uefi" } },
    { title: "maxvcpus < vcpus", attrs: { ...boot, vcpus: 2, maxvcpus: 1 } },
    { title: "memory = 0", attrs: { ...boot, memory: 0 } },
    { title: "maxmem above memory (PV balloons)", attrs: { ...boot, maxmem: 384 } },
    { title: 'Arm-only key gic_version = "v3"', attrs: { ...boot, gic_version: "v3" } },
    { title: "pvshim = 1 with pvh", attrs: { ...boot, type: "pvh", pvshim: true } },
    // shadow paging: in Xen 4.21's default build, not in Debian's 4.17 nor in 4.22's default build (virt_caps)
    { title: "hap = 0 with pvh (shadow paging)", attrs: { ...boot, type: "pvh", xl_config: { hap: "0" } } },
    ...hostRows(boot),
    { title: "pvh with a kernel without the PVH note (GRUB's PV image)", attrs: { ...boot, type: "pvh", kernel: "/var/lib/xen-guests/nopvh.bin", ramdisk: null } },
    { title: "pv with a kernel without the PVH note (GRUB's PV image)", attrs: { ...boot, type: "pv", kernel: "/var/lib/xen-guests/nopvh.bin", ramdisk: null } },
  ];
}

/** What the plan checks on the host itself (files, disks, bridges), alike on every architecture. */
function hostRows(boot: Attrs): Row[] {
  return [
    { title: "a kernel path missing on the host", attrs: { ...boot, kernel: "/var/lib/xen-guests/no-such-kernel" } },
    { title: "a ramdisk path missing on the host", attrs: { ...boot, ramdisk: "/var/lib/xen-guests/no-such-initrd" } },
    { title: "a disk target missing on the host", attrs: { ...boot, disk_target: "/var/lib/xen-guests/no-such-disk.img" } },
    { title: "a disk target that is a directory", attrs: { ...boot, disk_target: "/var/lib/xen-guests" } },
    { title: "a vif on a bridge the host lacks", attrs: { ...boot, vif_bridge: "xenbr9" } },
    // Runs where dom0 has the QEMU libxl starts (x86_64-4.17); refused where it has not (the Arm hosts, the from-source ones).
    { title: "pv with vnc (QEMU serves its framebuffer)", attrs: { ...boot, type: "pv", xl_config: { vnc: "1" } } },
  ];
}

/** What the plan and xl create made of one row. */
export interface Verdict {
  title: string;
  plan: { ok: boolean; type: string | null; said: string };
  xl: XlCreated;
}

/**
 * Every row both ways on the host: through the provider's plan, all rows in one configuration
 * (one resource each; a refused row is known by the address its diagnostics name, and the plan
 * is run again without it until it passes, so a validation error cannot hide a plan-time one),
 * and through `xl create` + `xl destroy`, one row after another in one SSH session. The engine
 * starts two or three times instead of twice a row.
 */
export async function judgeRows(h: RealHost, ws: Workspace, rows: Row[], prefix: string): Promise<Verdict[]> {
  const attrsOf = (r: Row): Attrs => JSON.parse(JSON.stringify(r.attrs)
    .replace(/"KERNEL"/g, JSON.stringify(h.guest_kernel)).replace(/"RAMDISK"/g, JSON.stringify(h.guest_ramdisk)));
  const all = rows.map(attrsOf);
  const plans = new Map<number, Verdict["plan"]>();
  let pending = all.map((_, i) => i);
  while (pending.length) {
    ws.write("main.tf", realProvider(h) + pending.map((i) => hclResource(`f${i}`, `${prefix}${i}`, all[i])).join(""));
    const { run, plan } = await ws.planJson();
    const out = run.stdout + run.stderr;
    if (plan) {
      for (const i of pending) {
        const change = plan.resource_changes.find((c: any) => c.address === `xen_domain.f${i}`);
        plans.set(i, { ok: true, type: change?.change.after.effective_type ?? null, said: diagnosticsOf(out, i) });
      }
      break;
    }
    const refused = pending.filter((i) => /^Error: /m.test(diagnosticsOf(out, i)));
    if (!refused.length) throw new Error(`the plan failed without naming a row:\n${out}`);
    for (const i of refused) plans.set(i, { ok: false, type: null, said: diagnosticsOf(out, i) });
    pending = pending.filter((i) => !refused.includes(i));
  }
  const dir = `/tmp/fidelity-${prefix.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  await onHost(h, `rm -rf ${dir}`);
  const xl = await xlCreateEach(h, dir, all.map((a, i) => ({ id: String(i), name: `${prefix}${i}`, cfg: handWrittenCfg(`${prefix}${i}`, a) })));
  await destroyGuests(h, prefix);
  return rows.map((row, i) => ({
    title: row.title,
    plan: plans.get(i)!,
    xl: xl.get(String(i)) ?? { code: -1, type: null, stderr: "no outcome from the host for this row" },
  }));
}

/** The diagnostics of an engine's output that name resource f<i> (terraform and tofu print `with xen_domain.fN,`). */
function diagnosticsOf(out: string, i: number): string {
  return out.split(/\n(?=(?:Error|Warning): )/)
    .filter((b) => new RegExp(`with xen_domain\\.f${i},`).test(b)).join("\n").trim();
}

/** Assert that plan and xl create agree on one row; prints the row's line of the table. */
export function assertAgreement(h: RealHost, v: Verdict): void {
  const said = { plan: v.plan.ok ? `runs as ${v.plan.type}` : "refused", xl: v.xl.code === 0 ? `runs as ${v.xl.type}` : `exit ${v.xl.code}` };
  console.log(`${h.name} | ${v.title.padEnd(36)} | plan: ${said.plan.padEnd(12)} | xl create: ${said.xl}`);
  expect(v.xl.code, v.xl.stderr).toBeGreaterThanOrEqual(0);
  expect(v.plan.ok, `${JSON.stringify(said)}\n${v.plan.said}\n${v.xl.stderr}`).toBe(v.xl.code === 0);
  if (v.plan.ok) expect(v.plan.type).toBe(v.xl.type);
}
