// VOLUMES FROM IMAGES: a xen_file uploaded once, xen_volumes made from its path, through a real
// engine and the built provider over real OpenSSH on loopback. The copies are made by the host's
// own tools: `cp --reflink=always` on a real btrfs (a loop-mounted image made in the test),
// `cp --sparse=always` on this machine's ext4, a tmpfs too small for a full disk. Guests are the
// stand-in xl's (test/harness/fake-xen); LVM sources run on real lvm2 in test/e2e/lvm.test.ts.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { required } from "../harness/required";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;
const MIB = 1024 * 1024;
/** A raw image's shape: a marker line, data, a long run of zeros (a hole to keep), data at the end. */
const image = (marker: string, mib = 8) => {
  const b = Buffer.alloc(mib * MIB);
  b.write(`${marker}\n`, 0);
  for (let i = MIB; i < 2 * MIB; i += 4) b.writeUInt32LE((i * 2654435761) >>> 0, i);
  b.write("END", b.length - 3);
  return b;
};
const has = (cmd: string) => { try { execFileSync("sh", ["-c", `command -v ${cmd}`]); return true; } catch { return false; } };
const flat = (t: string) => t.replace(/[\s│]+/g, " ");

for (const engine of engines()) {
  describe(`xen_volume from a xen_file with ${engine.name} (real sshd, cp, btrfs; stand-in xl)`, () => {
    let host: SshHost;
    let ws: Workspace;
    let local: string;
    /** The host's /var/lib (its sessions see <host.dir>/root/var-lib there): ext4, no reflink. */
    const images = "/var/lib/xen-images", pool = "/var/lib/xen-pool";
    let seenImages: string, seenPool: string;
    /** A btrfs loop-mounted at <host.dir>/btrfs (sessions see it at that path), or null. */
    let btrfs: string | null = null;
    const config = (body: string) => ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey }]) + body);
    const onHost = (cmd: string) => execFileSync("ssh", [...host.sshArgs(), cmd], { encoding: "utf8" });
    const file = (id: string, dir: string, extra = "") => `\nresource "xen_file" "${id}" {\n  host = "h1"\n  source = "${local}/${id}.raw"\n  directory = "${dir}"\n${extra}}\n`;
    const volume = (id: string, attrs: string) => `\nresource "xen_volume" "${id}" {\n  host = "h1"\n  name = "${id}.raw"\n${attrs}\n}\n`;
    const changeOf = (plan: any, address: string) => plan.resource_changes.find((c: any) => c.address === address)?.change;

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: ARM });
      seenImages = join(host.dir, "root", "var-lib", "xen-images");
      seenPool = join(host.dir, "root", "var-lib", "xen-pool");
      ws = new Workspace(engine);
      local = join(ws.dir, "src");
      mkdirSync(local);
      if (required("mkfs.btrfs (btrfs-progs)", has("mkfs.btrfs") && has("filefrag"), "CDKTF_XEN_SKIP_REFLINK", "the reflink copy is tested on a loop-mounted btrfs (scripts/setup.sh volumes installs it)")) {
        const img = join(host.dir, "btrfs.img");
        btrfs = join(host.dir, "btrfs");
        mkdirSync(btrfs);
        execFileSync("truncate", ["-s", "160m", img]);
        execFileSync("mkfs.btrfs", ["-q", img]);
        execFileSync("mount", ["-o", "loop", img, btrfs]);
      }
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      if (btrfs) execFileSync("umount", [btrfs]);
      await host?.stop();
      ws?.remove();
    });

    it("bad sources are plan errors on source or size, and nothing reaches the pool", async () => {
      mkdirSync(seenImages, { recursive: true });
      writeFileSync(join(seenImages, "base.raw"), image("BASE", 4));
      config(volume("missing", `  pool_dir = "${pool}"\n  source = "${images}/nope.raw"`) +
        volume("dir", `  pool_dir = "${pool}"\n  source = "${images}"`) +
        volume("small", `  pool_dir = "${pool}"\n  source = "${images}/base.raw"\n  size = 2`));
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      const out = r.stdout + r.stderr;
      expect(diagnostics(out, "Error").sort()).toEqual([
        "size 2 MiB is smaller than the source (4 MiB)",
        "source does not exist on the host",
        "source is neither a regular file nor a logical volume on the host",
      ]);
      expect(out).toMatch(/Error: source does not exist on the host\n(.*\n)*?.*\d+:\s+source = /);
      expect(out).toMatch(/Error: size 2 MiB is smaller than the source \(4 MiB\)\n(.*\n)*?.*\d+:\s+size = /);
      expect(existsSync(seenPool)).toBe(false);
    });

    it("an image uploaded once becomes the start of two volumes: the plan says how (sparse on ext4), the copies keep its holes", async () => {
      const data = image("FLEET-IMAGE-1");
      writeFileSync(join(local, "img.raw"), data);
      const body = file("img", images) +
        volume("web-0", `  pool_dir = "${pool}"\n  source = xen_file.img.path`) +
        volume("web-1", `  pool_dir = "${pool}"\n  source = xen_file.img.path\n  size = 16`);
      config(body);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      // The file's path is known at plan (its directory and name are), so the copy is too.
      expect(changeOf(plan, "xen_volume.web-0").after).toMatchObject({ source: `${images}/img.raw`, copy: "sparse" });
      expect(changeOf(plan, "xen_volume.web-1").after).toMatchObject({ copy: "sparse", size: 16 });
      expect(run.stdout).toMatch(/\+ copy\s+= "sparse"/);
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      for (const [name, size] of [["web-0", 8], ["web-1", 16]] as const) {
        const v = ws.resource(`xen_volume.${name}`);
        expect(v).toMatchObject({ copy: "sparse", size, path: `${pool}/${name}.raw` });
        const f = readFileSync(join(seenPool, `${name}.raw`));
        expect(f.length).toBe(size * MIB);
        expect(f.subarray(0, data.length).equals(data)).toBe(true);
        // 1 MiB of data and a few bytes: the zeros stayed holes
        expect(statSync(join(seenPool, `${name}.raw`)).blocks * 512).toBeLessThan(2 * MIB);
      }
      expect(readdirSync(seenPool).sort()).toEqual(["web-0.raw", "web-1.raw"]); // no temporary file left
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("new content in the image updates the file and leaves the volumes (their guests' data); replace_triggered_by starts one afresh", async () => {
      const before = ws.resource("xen_volume.web-0");
      writeFileSync(join(local, "img.raw"), image("FLEET-IMAGE-2"));
      const body = (trigger: string) => file("img", images) +
        volume("web-0", `  pool_dir = "${pool}"\n  source = xen_file.img.path\n${trigger}`) +
        volume("web-1", `  pool_dir = "${pool}"\n  source = xen_file.img.path\n  size = 16`);
      config(body(""));
      const { plan } = await ws.planJson();
      expect(changeOf(plan, "xen_file.img").actions).toEqual(["update"]);
      expect(changeOf(plan, "xen_volume.web-0").actions).toEqual(["no-op"]);
      expect(changeOf(plan, "xen_volume.web-1").actions).toEqual(["no-op"]);
      expect((await ws.run(["apply", "-no-color", "tfplan"])).code).toBe(0);
      expect(readFileSync(join(seenPool, "web-0.raw")).subarray(0, 14).toString()).toBe("FLEET-IMAGE-1\n");
      expect(ws.resource("xen_volume.web-0").identity).toBe(before.identity);

      writeFileSync(join(local, "img.raw"), image("FLEET-IMAGE-3"));
      config(body("  lifecycle {\n    replace_triggered_by = [xen_file.img]\n  }"));
      const { run, plan: p2 } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(changeOf(p2, "xen_volume.web-0").actions).toEqual(["delete", "create"]);
      expect(changeOf(p2, "xen_volume.web-1").actions).toEqual(["no-op"]);
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(readFileSync(join(seenPool, "web-0.raw")).subarray(0, 14).toString()).toBe("FLEET-IMAGE-3\n");
      expect(readFileSync(join(seenPool, "web-1.raw")).subarray(0, 14).toString()).toBe("FLEET-IMAGE-1\n");
      expect(ws.resource("xen_volume.web-0").identity).not.toBe(before.identity);
      config(body(""));
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("a source path unknown at plan: the copy is known after apply, and apply takes the best the host offers", async () => {
      const body = file("img", images) + `
resource "terraform_data" "where" {
  input = "${images}"
}
` + volume("late", `  pool_dir = "${pool}"\n  source = "\${terraform_data.where.output}/img.raw"`);
      config(body);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(changeOf(plan, "xen_volume.late").after_unknown).toMatchObject({ copy: true, source: true });
      expect(run.stdout).toMatch(/\+ copy\s+= \(known after apply\)/);
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(ws.resource("xen_volume.late")).toMatchObject({ copy: "sparse", source: `${images}/img.raw` });
      expect(readFileSync(join(seenPool, "late.raw")).subarray(0, 14).toString()).toBe("FLEET-IMAGE-3\n");
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      config(file("img", images));
      expect((await ws.apply()).code).toBe(0);
    });

    it("on one btrfs, the copy is a reflink: said at plan, no data copied (the extents are shared)", async (ctx) => {
      if (!btrfs) return ctx.skip();
      const dir = join(btrfs, "images"), bpool = join(btrfs, "pool");
      writeFileSync(join(local, "bimg.raw"), image("REFLINK-IMAGE", 32));
      const body = file("img", images) + file("bimg", dir) +
        volume("r0", `  pool_dir = "${bpool}"\n  source = xen_file.bimg.path`) +
        // an image on another file system: no reflink across them
        volume("x0", `  pool_dir = "${bpool}"\n  source = xen_file.img.path`);
      config(body);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(changeOf(plan, "xen_volume.r0").after.copy).toBe("reflink");
      expect(changeOf(plan, "xen_volume.x0").after.copy).toBe("sparse");
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(ws.resource("xen_volume.r0").copy).toBe("reflink");
      expect(readFileSync(join(bpool, "r0.raw")).equals(readFileSync(join(local, "bimg.raw")))).toBe(true);
      // filefrag -v flags each extent the file shares with another as "shared"
      const frag = execFileSync("filefrag", ["-v", join(bpool, "r0.raw")], { encoding: "utf8" });
      expect(frag).toMatch(/\bshared\b/);
      expect(execFileSync("filefrag", ["-v", join(bpool, "x0.raw")], { encoding: "utf8" })).not.toMatch(/\bshared\b/);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      config(file("img", images));
      expect((await ws.apply()).code).toBe(0);
      expect(readdirSync(bpool)).toEqual([]);
    });

    it("a full disk during the copy is a clear error, and nothing is left in the pool", async () => {
      const small = join(host.dir, "small");
      mkdirSync(small);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", small]);
      try {
        writeFileSync(join(local, "big.raw"), Buffer.alloc(6 * MIB, 0x5a));
        config(file("img", images) + file("big", images) + volume("full", `  pool_dir = "${small}"\n  source = xen_file.big.path`));
        const a = await ws.apply();
        expect(a.code).toBe(1);
        expect(diagnostics(a.stdout + a.stderr, "Error")).toEqual([`No space left for ${small}/full.raw on host "h1"`]);
        expect(flat(a.stdout + a.stderr)).toMatch(/No space left on device.*The partial copy was removed; nothing is at/);
        expect(readdirSync(small)).toEqual([]);
      } finally {
        execFileSync("umount", [small]);
      }
      config(file("img", images));
      expect((await ws.apply()).code).toBe(0);
    });

    it("a source gone between plan and apply is a clear error; nothing is made", async () => {
      writeFileSync(join(seenImages, "hand.raw"), image("BY-HAND", 2));
      config(file("img", images) + volume("gone", `  pool_dir = "${pool}"\n  source = "${images}/hand.raw"`));
      const { run } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      rmSync(join(seenImages, "hand.raw"));
      const a = await ws.run(["apply", "-no-color", "tfplan"]);
      expect(a.code).toBe(1);
      // The apply's own plan of the volume, or its create, finds it gone: either says so on source.
      expect(diagnostics(a.stdout + a.stderr, "Error").join("\n")).toMatch(/source does not exist on the host|Cannot make .*gone\.raw from .*hand\.raw/);
      expect(flat(a.stdout + a.stderr)).toMatch(/source = "\/var\/lib\/xen-images\/hand\.raw"/);
      expect(existsSync(join(seenPool, "gone.raw"))).toBe(false);
      expect(readdirSync(seenPool).filter((f) => f.startsWith("."))).toEqual([]);
    });

    it("from a thin LV a thin snapshot (said at plan); from a thick LV or a file a full copy; an origin of snapshots is not deleted (stand-in lvm)", async () => {
      onHost("fake-lvm vgcreate vg0 200 && lvcreate -y -q -T vg0/pool -L 64m && lvcreate -y -q -V 20m -T vg0/pool -n base && lvcreate -y -q -L 8m -n thick vg0");
      const lv = (id: string, attrs: string) => volume(id, `  volume_group = "vg0"\n${attrs}`).replace(`name = "${id}.raw"`, `name = "${id}"`);
      config(file("img", images) +
        lv("snap", `  source = "/dev/vg0/base"`) +
        lv("big", `  source = "/dev/vg0/base"\n  size = 32`) +
        lv("copy", `  source = "/dev/vg0/thick"`) +
        lv("fromfile", `  source = xen_file.img.path`));
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(["snap", "big", "copy", "fromfile"].map((n) => changeOf(plan, `xen_volume.${n}`).after.copy)).toEqual(["thin-snapshot", "thin-snapshot", "full", "full"]);
      // The snapshots are made for real by the stand-in; the full copies need a device to write (test/e2e/lvm.test.ts).
      config(file("img", images) + lv("snap", `  source = "/dev/vg0/base"`) + lv("big", `  source = "/dev/vg0/base"\n  size = 32`));
      const a = await ws.apply();
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(ws.resource("xen_volume.snap")).toMatchObject({ copy: "thin-snapshot", size: 20, path: "/dev/vg0/snap" });
      expect(ws.resource("xen_volume.big")).toMatchObject({ copy: "thin-snapshot", size: 32 });
      const lvs = () => onHost("lvs --noheadings --nosuffix --units m -o lv_name,lv_attr,origin,lv_size vg0").trim().split("\n").map((l) => l.trim().split(/\s+/));
      expect(lvs()).toEqual(expect.arrayContaining([["snap", "Vwi-a-tz--", "base", "20.00"], ["big", "Vwi-a-tz--", "base", "32.00"]]));
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);

      // A classic snapshot made by hand of a volume this configuration made: lvremove -y would take it along.
      config(file("img", images) + lv("snap", `  source = "/dev/vg0/base"`) + lv("big", `  source = "/dev/vg0/base"\n  size = 32`) + lv("origin", "  size = 8"));
      expect((await ws.apply()).code).toBe(0);
      onHost("lvcreate -y -q -s vg0/origin -n handsnap -L 4m");
      config(file("img", images) + lv("snap", `  source = "/dev/vg0/base"`) + lv("big", `  source = "/dev/vg0/base"\n  size = 32`));
      const d = await ws.apply();
      expect(d.code).toBe(1);
      expect(diagnostics(d.stdout + d.stderr, "Error")).toEqual(['/dev/vg0/origin on host "h1" has snapshots']);
      expect(flat(d.stdout + d.stderr)).toContain("it is the origin of snapshots: handsnap");
      expect(lvs().map((l) => l[0])).toEqual(expect.arrayContaining(["origin", "handsnap"]));
      onHost("lvremove -y -q vg0/handsnap");
      expect((await ws.apply()).code).toBe(0);
      // The thin origin may go once its snapshots are made: they are volumes of their own.
      onHost("lvremove -y -q vg0/base");
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      config(file("img", images));
      expect((await ws.apply()).code).toBe(0);
      expect(lvs().map((l) => l[0]).sort()).toEqual(["pool", "thick"]);
    });

    it("a source a running guest writes is refused at apply, naming the guest; read-only use is fine", async () => {
      const src = `${images}/img.raw`;
      const guest = (access: string) => onHost(`printf 'name = "writer"\\nmemory = 64\\nkernel = "/k"\\ndisk = [ "vdev=xvda,access=${access},target=${src}" ]\\n' > ${host.dir}/w.cfg && xl create ${host.dir}/w.cfg`);
      guest("rw");
      try {
        const domid = onHost("xl domid writer").trim();
        config(file("img", images) + volume("busy", `  pool_dir = "${pool}"\n  source = xen_file.img.path`));
        const a = await ws.apply();
        expect(a.code).toBe(1);
        expect(diagnostics(a.stdout + a.stderr, "Error")).toEqual([`source ${src} is in use on host "h1"`]);
        expect(flat(a.stdout + a.stderr)).toContain(`guest "writer" (domid ${domid}) has it as a read-write disk`);
        expect(existsSync(join(seenPool, "busy.raw"))).toBe(false);
      } finally {
        onHost("xl destroy writer");
      }
      guest("ro");
      try {
        const a = await ws.apply();
        expect(a.code, a.stdout + a.stderr).toBe(0);
        expect(readFileSync(join(seenPool, "busy.raw")).subarray(0, 14).toString()).toBe("FLEET-IMAGE-3\n");
      } finally {
        onHost("xl destroy writer");
      }
      expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
      expect(readdirSync(seenPool)).toEqual([]);
    });
  });
}
