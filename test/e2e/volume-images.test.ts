// END-TO-END on real Xen: an image uploaded with xen_file, volumes made from it on the host —
// a file volume (the copy dom0's cp can make), an LV written with dd (real lvm2 in dom0's
// volume group xenvg), a thin snapshot where dom0 can make a thin pool — and a guest booting from
// each, whose init prints the marker line it read from the start of its xvda.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnostics, engines, ensureBuilt, Workspace } from "../engine/engine";
import { bootHost, destroyGuests, onHost, realProvider, type RealHost } from "./real-host";

const HOSTS = (process.env.CDKTF_XEN_E2E_IMAGES ?? "arm64-4.17").split(",").filter(Boolean);
const VG = "xenvg";
const FILES = "/var/lib/xen-guests/e2e-img-files", POOL = "/var/lib/xen-guests/e2e-img-pool";
const MIB = 1024 * 1024;

for (const hostName of HOSTS) {
  describe(`volumes from an uploaded image on ${hostName} (real Xen, lvm2 and dom0's tools under QEMU) with ${engines()[0].name}`, () => {
    let h: RealHost;
    let ws: Workspace;
    const marker = `IMAGE-MARKER-${randomBytes(4).toString("hex")}`;
    const lvs = async () => {
      const r = await onHost(h, `lvs --noheadings --nosuffix --units m -o lv_name,lv_attr,origin,lv_size ${VG}`);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.trim().split("\n").filter(Boolean).map((l) => l.trim().split(/\s+/));
    };
    const consoleOf = async (name: string) => (await onHost(h, `cat '/var/log/xen/console/guest-${name}.log' 2>/dev/null || true`)).stdout;
    const waitFor = async (name: string, text: RegExp, ms = 120_000) => {
      const deadline = Date.now() + ms;
      let seen = "";
      while (Date.now() < deadline && !text.test(seen = await consoleOf(name))) await new Promise((r) => setTimeout(r, 2000));
      return seen;
    };
    const image = () => `
resource "xen_file" "img" {
  host      = "xen1"
  source    = "${join(ws.dir, "base.raw")}"
  directory = "${FILES}"
}
`;
    const guest = (id: string, volume: string) => `
resource "xen_domain" "${id}" {
  host             = "xen1"
  name             = "e2e-img-${id}"
  kernel           = "${h.guest_kernel}"
  ramdisk          = "${h.guest_ramdisk}"
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = 128
  shutdown_timeout = 0
  disk {
    vdev   = "xvda"
    target = ${volume}.path
  }
}
`;
    const cleanUp = async () => {
      await destroyGuests(h, "e2e-img-");
      await onHost(h, `for l in $(lvs --noheadings -o lv_name ${VG} 2>/dev/null); do case $l in e2e-img-*|cdktf-tmp-*) lvremove -y -q ${VG}/$l ;; esac; done; ` +
        `rm -rf ${FILES} ${POOL} /var/log/xen/console/guest-e2e-img-*.log`);
    };

    beforeAll(async () => {
      ensureBuilt();
      h = bootHost(hostName);
      await cleanUp();
      ws = new Workspace(engines()[0]);
      // A raw image as a guest's disk starts: the marker line its init prints, then zeros.
      const b = Buffer.alloc(4 * MIB);
      b.write(`${marker}\n`, 0);
      writeFileSync(join(ws.dir, "base.raw"), b);
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      if (h) await cleanUp();
      ws?.remove();
    });

    it("an uploaded image becomes a file volume (the copy dom0's cp can make, said at plan) and a guest boots from it", async () => {
      const body = image() + `
resource "xen_volume" "root" {
  host     = "xen1"
  name     = "e2e-img-root.raw"
  pool_dir = "${POOL}"
  source   = xen_file.img.path
  size     = 16
}
` + guest("file", "xen_volume.root");
      ws.write("main.tf", realProvider(h) + body);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const planned = plan.resource_changes.find((c: any) => c.address === "xen_volume.root").change.after.copy;
      // GNU cp makes sparse copies; busybox's (a busybox dom0) plain ones.
      expect(["sparse", "full"]).toContain(planned);
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(ws.resource("xen_volume.root")).toMatchObject({ copy: planned, size: 16, path: `${POOL}/e2e-img-root.raw` });
      const seen = await waitFor("e2e-img-file", /XEN-GUEST-DISK/);
      expect(seen, "guest console").toContain(`XEN-GUEST-DISK ${marker}`);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("onto a logical volume the image is written whole with dd under a temporary name, renamed; a guest boots from it", async () => {
      const body = image() + `
resource "xen_volume" "lv" {
  host         = "xen1"
  name         = "e2e-img-lv"
  volume_group = "${VG}"
  source       = xen_file.img.path
  size         = 10
}
` + guest("lv", "xen_volume.lv");
      ws.write("main.tf", realProvider(h) + body);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(plan.resource_changes.find((c: any) => c.address === "xen_volume.lv").change.after.copy).toBe("full");
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      const v = ws.resource("xen_volume.lv");
      expect(v).toMatchObject({ copy: "full", size: 10, path: `/dev/${VG}/e2e-img-lv` });
      const names = (await lvs()).map((l) => l[0]);
      expect(names).toContain("e2e-img-lv");
      expect(names.filter((n) => n!.startsWith("cdktf-tmp-"))).toEqual([]);
      const seen = await waitFor("e2e-img-lv", /XEN-GUEST-DISK/);
      expect(seen, "guest console").toContain(`XEN-GUEST-DISK ${marker}`);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("into a thin pool: the image written onto a thin LV (thin_pool; skipping zeros where dd can), a thin snapshot of it for the guest, both said at plan and made in one apply; the guest boots", async () => {
      const made = await onHost(h, `lvcreate -y -q -T ${VG}/e2e-img-pool -L 48m`);
      // The test hosts' dom0 loads dm-thin-pool (testhost/README.md); without it lvm says "thin:
      // Required device-mapper target(s) not detected in your kernel".
      expect(made.code, made.stderr).toBe(0);
      const body = image() + `
resource "xen_volume" "base" {
  host         = "xen1"
  name         = "e2e-img-base"
  volume_group = "${VG}"
  thin_pool    = "e2e-img-pool"
  source       = xen_file.img.path
  size         = 32
}

resource "xen_volume" "snap" {
  host         = "xen1"
  name         = "e2e-img-snap"
  volume_group = "${VG}"
  source       = xen_volume.base.path
}
` + guest("snap", "xen_volume.snap");
      ws.write("main.tf", realProvider(h) + body);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const after = (a: string) => plan.resource_changes.find((c: any) => c.address === a).change.after;
      // GNU dd skips blocks of zeros (sparse); busybox's writes them (full): a busybox dom0.
      const how = after("xen_volume.base").copy;
      expect(["sparse", "full"]).toContain(how);
      expect(after("xen_volume.base").thin_pool).toBe("e2e-img-pool");
      expect(after("xen_volume.snap").copy).toBe("thin-snapshot");
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(ws.resource("xen_volume.base")).toMatchObject({ copy: how, thin_pool: "e2e-img-pool", size: 32 });
      expect(ws.resource("xen_volume.snap")).toMatchObject({ copy: "thin-snapshot", thin_pool: "e2e-img-pool", size: 32 });
      const lv = await lvs();
      expect(lv.find((l) => l[0] === "e2e-img-base")).toEqual(["e2e-img-base", expect.stringMatching(/^V/), "32.00"]);
      expect(lv.find((l) => l[0] === "e2e-img-snap")).toEqual(["e2e-img-snap", expect.stringMatching(/^V/), "e2e-img-base", "32.00"]);
      // Of the 32 MiB thin volume, the pool provides only what was written: the 4 MiB image.
      const used = await onHost(h, `lvs --noheadings --nosuffix -o data_percent ${VG}/e2e-img-base`);
      expect(Number(used.stdout.trim()), used.stdout).toBeLessThanOrEqual(100 * 4 / 32);
      const seen = await waitFor("e2e-img-snap", /XEN-GUEST-DISK/);
      expect(seen, "guest console").toContain(`XEN-GUEST-DISK ${marker}`);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      const d = await ws.run(["destroy", "-auto-approve", "-no-color"]);
      expect(d.code, d.stdout + d.stderr).toBe(0);
      expect(diagnostics(d.stdout + d.stderr, "Error")).toEqual([]);
      expect((await lvs()).map((l) => l[0]).filter((n) => n !== "e2e-img-pool" && !/^(lvol|xen)/.test(n!))).toEqual([]);
    });
  });
}
