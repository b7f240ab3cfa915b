// END-TO-END on real Xen: an emulated x86_64 host (QEMU TCG with software SVM,
// Debian's Xen 4.17), driven by a real engine through the built provider.
// CDKTF_XEN_E2E_X86_HOSTS: the x86 hosts to run it on (x86_64-4.17; the opt-in hosts whose Xen
// is built from source, x86_64-4.21 and x86_64-4.22, are added by naming them: testhost/README.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, ensureBuilt, Workspace } from "../engine/engine";
import { assertAgreement, judgeRows, x86Rows, type Verdict } from "./fidelity";
import { xlParseDisagreements } from "./xl-parse";
import { skipped } from "../harness/required";
import { bootHost, destroyGuests, freshGuests, onHost, realProvider, waitForBoot, type RealHost } from "./real-host";

const HOSTS = (process.env.CDKTF_XEN_E2E_X86_HOSTS ?? "x86_64-4.17").split(",").filter(Boolean);
const enabled = (process.env.CDKTF_XEN_E2E_X86 ?? "1") !== "0";
if (!enabled) skipped(`the x86_64 e2e on ${HOSTS.join(", ")}: CDKTF_XEN_E2E_X86=0`);
const engine = engines()[0];

for (const HOST of HOSTS) describe.runIf(enabled)(`e2e on ${HOST} (real Xen under QEMU) with ${engine.name}`, () => {
  let h: RealHost;
  let ws: Workspace;
  const P = "e2e-";
  const write = (body: string) => ws.write("main.tf", realProvider(h) + body);
  const guest = (id: string, name: string, extra = "") => `
resource "xen_domain" "${id}" {
  host             = "xen1"
  name             = "${P}${name}"
  kernel           = "${h.guest_kernel}"
  ramdisk          = "${h.guest_ramdisk}"
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = 256
  shutdown_timeout = 0
${extra}}
`;

  beforeAll(async () => {
    ensureBuilt();
    h = bootHost(HOST);
    await freshGuests(h, P);
    ws = new Workspace(engine);
  });
  afterAll(async () => {
    if (ws) await ws.run(["destroy", "-auto-approve"]);
    if (h) await destroyGuests(h, P);
    ws?.remove();
  });

  it("no type → pv (never upgraded); pvh with a PVH-capable kernel → pvh", async () => {
    write(guest("none", "none") + guest("pvh", "pvh", '  type = "pvh"\n'));
    const { run, plan } = await ws.planJson();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const after = (a: string) => plan.resource_changes.find((r: any) => r.address === a).change.after;
    expect([after("xen_domain.none").effective_type, after("xen_domain.pvh").effective_type]).toEqual(["pv", "pvh"]);
    const apply = await ws.apply();
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(ws.resource("xen_domain.none").effective_type).toBe("pv");
    expect(ws.resource("xen_domain.pvh").effective_type).toBe("pvh");
    expect((await onHost(h, `xenstore-read /libxl/${ws.resource("xen_domain.pvh").domid}/type`)).stdout.trim()).toBe("pvh");
    // Both really boot (PV and PVH), and the state still matches once they run.
    expect(await waitForBoot(h, `${P}none`)).toContain("XEN-GUEST-UP");
    expect(await waitForBoot(h, `${P}pvh`)).toContain("XEN-GUEST-UP");
    const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  }, 300_000); // two creates under TCG, the kernel read for its notes by plan and by apply

  it("host checks: pvh with GRUB's PV-only image, a missing kernel → plan errors on kernel, naming the host; nothing created", async () => {
    const before = (await onHost(h, "xl list | awk 'NR > 1 { print $1 }'")).stdout;
    write(guest("nopvh", "nopvh", '  type = "pvh"\n').replace(h.guest_kernel, "/var/lib/xen-guests/nopvh.bin").replace(/  ramdisk .*\n/, "") +
      guest("gone", "gone").replace(h.guest_kernel, "/var/lib/xen-guests/no-such-kernel") +
      guest("pv", "pv", '  type = "pv"\n').replace(h.guest_kernel, "/var/lib/xen-guests/nopvh.bin").replace(/  ramdisk .*\n/, ""));
    const r = await ws.run(["plan", "-no-color"]);
    expect(r.code).toBe(1);
    const errors = [...(r.stdout + r.stderr).matchAll(/Error: (.+)/g)].map((m) => m[1].trim()).sort();
    // The PV guest with the same image is fine: only PVH needs the note.
    expect(errors).toEqual([
      '/var/lib/xen-guests/nopvh.bin on host "xen1" cannot boot as PVH',
      'The kernel /var/lib/xen-guests/no-such-kernel does not exist on host "xen1"',
    ]);
    expect((await onHost(h, "xl list | awk 'NR > 1 { print $1 }'")).stdout).toBe(before);
  });

  it("memory changes in place with xl mem-set within maxmem (x86), and refresh agrees", async () => {
    // Ballooning down within maxmem (256, the default from the first apply). Guests started with
    // maxmem above memory vanished after boot in 3 of 4 full CI runs (not reproduced by hand),
    // so no long-running guest here starts that way; the fidelity row still creates one.
    write(guest("none", "none", "  memory = 200\n  maxmem = 256\n").replace("  memory           = 256\n", "") + guest("pvh", "pvh", '  type = "pvh"\n'));
    const { plan } = await ws.planJson();
    expect(plan.resource_changes.find((r: any) => r.address === "xen_domain.none").change.actions).toEqual(["update"]);
    const domid = ws.resource("xen_domain.none").domid;
    expect((await ws.apply()).code).toBe(0);
    expect(ws.resource("xen_domain.none")).toMatchObject({ memory: 200, domid });
    const listed = JSON.parse((await onHost(h, `xl list -l ${domid}`)).stdout)[0].config.b_info;
    expect(listed.target_memkb).toBe(200 * 1024);
    const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  });

  it("pv → pvh replaces the guest (the effective type changes)", async () => {
    write(guest("none", "none", '  type = "pvh"\n  memory = 200\n  maxmem = 256\n').replace("  memory           = 256\n", "") + guest("pvh", "pvh", '  type = "pvh"\n'));
    const { plan } = await ws.planJson();
    const c = plan.resource_changes.find((r: any) => r.address === "xen_domain.none");
    expect(c.change.actions).toEqual(["delete", "create"]);
    expect(c.change.after.effective_type).toBe("pvh");
    const apply = await ws.apply();
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(ws.resource("xen_domain.none").effective_type).toBe("pvh");
    expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
  });

  describe("fidelity: the provider's plan and xl create agree", () => {
    it("xl's own parse of disk and vif specs (the provider's and grammar edge cases) is the model's", () => {
      const r = xlParseDisagreements(HOST);
      expect(r.count).toBeGreaterThan(20);
      expect(r.disagreements).toEqual([]);
    });
    const rows = x86Rows("KERNEL", "RAMDISK");
    let verdicts: Verdict[] = [];
    beforeAll(async () => { verdicts = await judgeRows(h, ws, rows, `${P}f`); }, 1_200_000);
    it.each(rows.map((r, i) => [r.title, i] as const))("%s", (_title, i) => assertAgreement(h, verdicts[i]));
  });
});
