// END-TO-END on real LVM: xen_volume logical volumes in the test host's volume group xenvg
// (real lvm2 in dom0, on a loop device; testhost/files/dom0-rc makes it), a guest booting
// with one as its disk, grown in place, destroyed — only the LV this configuration made goes.
// The stand-in lvm of the local tests (test/harness/fake-xen/fake-lvm) is matched to what
// this host's lvm2 prints (test/model/lvm.test.ts has its output).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnostics, engines, ensureBuilt, Workspace } from "../engine/engine";
import { bootHost, destroyGuests, onHost, realProvider, type RealHost } from "./real-host";

// Arm 4.17 by default; arm64-4.20 and x86_64-4.17 have xenvg too (CDKTF_XEN_E2E_LVM).
const HOSTS = (process.env.CDKTF_XEN_E2E_LVM ?? process.env.CDKTF_XEN_E2E_DEVICES ?? "arm64-4.17").split(",").filter(Boolean);
const VG = "xenvg";
const LV = "e2e-lvm-root";
/** An LV made by hand beside the provider's: destroy must leave it. */
const KEEP = "e2e-lvm-keep";

for (const hostName of HOSTS) {
  describe(`LVM volumes on ${hostName} (real lvm2 and Xen under QEMU) with ${engines()[0].name}`, () => {
    let h: RealHost;
    let ws: Workspace;
    const marker = `LVM-MARKER-${process.pid}`;
    const name = "e2e-lvm-web";

    const volume = (size: number, vg = VG) => `
resource "xen_volume" "root" {
  host         = "xen1"
  name         = "${LV}"
  volume_group = "${vg}"
  size         = ${size}
}
`;
    const guest = () => `
resource "xen_domain" "web" {
  host             = "xen1"
  name             = "${name}"
  kernel           = "${h.guest_kernel}"
  ramdisk          = "${h.guest_ramdisk}"
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = 128
  shutdown_timeout = 0
  disk {
    vdev   = "xvda"
    target = xen_volume.root.path
  }
}
`;
    /** `lvs` of the volume group as the provider asks it: name, uuid, size (MiB). */
    const lvs = async () => {
      const r = await onHost(h, `lvs --noheadings --nosuffix --units m -o lv_name,lv_uuid,lv_size ${VG}`);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.trim().split("\n").filter(Boolean).map((l) => l.trim().split(/\s+/)).sort((a, b) => a[0]!.localeCompare(b[0]!));
    };
    const consoleOf = async () => (await onHost(h, `cat '/var/log/xen/console/guest-${name}.log' 2>/dev/null || true`)).stdout;
    const waitFor = async (text: RegExp, ms = 60_000) => {
      const deadline = Date.now() + ms;
      let seen = "";
      while (Date.now() < deadline && !text.test(seen = await consoleOf())) await new Promise((r) => setTimeout(r, 1000));
      return seen;
    };

    beforeAll(async () => {
      ensureBuilt();
      h = bootHost(hostName);
      await destroyGuests(h, "e2e-lvm-");
      const r = await onHost(h, `for l in ${LV} ${KEEP}; do lvs ${VG}/$l >/dev/null 2>&1 && lvremove -y -q ${VG}/$l; done; ` +
        `rm -f /var/log/xen/console/guest-${name}.log; lvcreate -y -q -L 4m -n ${KEEP} ${VG}`);
      expect(r.code, r.stderr).toBe(0);
      ws = new Workspace(engines()[0]);
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      if (h) {
        await destroyGuests(h, "e2e-lvm-");
        await onHost(h, `lvremove -y -q ${VG}/${KEEP}`);
      }
      ws?.remove();
    });

    it("a volume group the host does not have is a plan error on volume_group naming the host", async () => {
      ws.write("main.tf", realProvider(h) + volume(10, "novg"));
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      expect(diagnostics(r.stdout + r.stderr, "Error")).toEqual(['Volume group "novg" does not exist on host "xen1"']);
      expect(r.stdout + r.stderr).toMatch(/in resource "xen_volume" "root":\n(\s+\d+:.*\n)*?\s+\d+:\s+volume_group\s+= "novg"/);
      expect((await lvs()).map((l) => l[0])).toEqual([KEEP]);
    });

    it("an LV of the declared size (LVM's extents round 10 MiB up to 12) boots a guest as its disk", async () => {
      ws.write("main.tf", realProvider(h) + volume(10));
      const a = await ws.apply();
      expect(a.code, a.stdout + a.stderr).toBe(0);
      const v = ws.resource("xen_volume.root");
      expect(v).toMatchObject({ path: `/dev/${VG}/${LV}`, size: 10, volume_group: VG });
      expect(await lvs()).toEqual([[KEEP, expect.any(String), "4.00"], [LV, v.identity, "12.00"]]);
      // what the guest reads first on its disk: a marker written on the LV
      const w = await onHost(h, `printf '${marker}\\n' | dd of=${v.path} conv=notrunc 2>/dev/null`);
      expect(w.code, w.stderr).toBe(0);

      ws.write("main.tf", realProvider(h) + volume(10) + guest());
      const b = await ws.apply();
      expect(b.code, b.stdout + b.stderr).toBe(0);
      const seen = await waitFor(/XEN-GUEST-DISK/);
      expect(seen, "guest console").toContain(`XEN-GUEST-DISK ${marker}`);
      const disks = JSON.parse((await onHost(h, `xl list -l ${ws.resource("xen_domain.web").domid}`)).stdout)[0].config.disks;
      expect(disks.map((d: any) => [d.vdev, d.pdev_path])).toEqual([["xvda", v.path]]);
      // (that the guest plans clean shows in the next test's plan: only the volume changes)
    });

    it("grows in place with lvextend while the guest runs; a refresh plans clean", async () => {
      const domid = ws.resource("xen_domain.web").domid;
      const identity = ws.resource("xen_volume.root").identity;
      ws.write("main.tf", realProvider(h) + volume(20) + guest());
      const p = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(p.code, p.stdout + p.stderr).toBe(2);
      expect(p.stdout).toMatch(/xen_volume\.root will be updated in-place/);
      expect(p.stdout).toMatch(/~ size\s+= 10 -> 20/);
      expect(p.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy/);
      const a = await ws.apply();
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(ws.resource("xen_volume.root")).toMatchObject({ size: 20, identity });
      expect(ws.resource("xen_domain.web").domid).toBe(domid);
      expect((await lvs()).find((l) => l[0] === LV)).toEqual([LV, identity, "20.00"]);
      const r = await ws.run(["plan", "-refresh=true", "-no-color", "-detailed-exitcode"]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    });

    it("destroy removes the guest and its LV, and leaves the volume group and the LV made by hand", async () => {
      const d = await ws.run(["destroy", "-auto-approve", "-no-color"]);
      expect(d.code, d.stdout + d.stderr).toBe(0);
      expect((await lvs()).map((l) => l[0])).toEqual([KEEP]);
      const left = await onHost(h, `xl list | awk 'NR>1 {print $1}'; ls /dev/${VG}; vgs --noheadings -o vg_name ${VG}`);
      expect(left.stdout.split(/\s+/).filter(Boolean)).toEqual(["Domain-0", KEEP, VG]);
    });
  });
}
