// FILE TESTS: xen_file through a real engine and the built provider, over real OpenSSH on
// loopback. The files land in the stand-in host's /var/lib (its sessions see
// <host.dir>/root/var-lib there), written by the host's own coreutils (mktemp, cat, sha256sum,
// mv) under the host-side lock; the test reads them from this side of the mount.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { xz } from "../harness/kernel-images";
import { diagnostics, engines, ensureBuilt, PROVIDER_DIR, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;
const MIB = 1024 * 1024;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
/** Bytes that are not all alike (so a cut or a shift shows), `n` of them, varied by `seed`. */
const bytes = (n: number, seed = 1) => {
  const b = Buffer.alloc(Math.ceil(n / 4) * 4);
  for (let i = 0, x = seed; i < n; i += 4) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b.writeUInt32LE(x, i);
  }
  return b.subarray(0, n);
};

/** The error blocks of an engine's output, each with the lines that follow its summary (the config snippet). */
const errorBlocks = (text: string) => text.split(/^[│ ]*Error: /m).slice(1);

for (const engine of engines()) {
  describe(`xen_file with ${engine.name} (real sshd and coreutils; stand-in xl)`, () => {
    let host: SshHost;
    let ws: Workspace;
    let local: string;
    /** The directory on the host, as its sessions see it, and as this side sees it. */
    const dir = "/var/lib/xen-files";
    let seen: string;
    const config = (body: string, extra = "") =>
      ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey, extra }]) + body);
    const file = (id: string, attrs: string) => `\nresource "xen_file" "${id}" {\n  host = "h1"\n${attrs}\n}\n`;
    const temps = () => (existsSync(seen) ? readdirSync(seen).filter((f) => f.startsWith(".")) : []);

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: ARM });
      seen = join(host.dir, "root", "var-lib", "xen-files");
      ws = new Workspace(engine);
      local = join(ws.dir, "src");
      mkdirSync(local);
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      await host?.stop();
      ws?.remove();
    });

    it("bad sources and destinations are plan errors on the attribute, and nothing reaches the host", async () => {
      writeFileSync(join(local, "ok.img"), "ok");
      config(file("missing", `  source = "${local}/nope.img"\n  directory = "${dir}"`) +
        file("dir", `  source = "${local}"\n  directory = "${dir}"`) +
        file("dots", `  source = "${local}/ok.img"\n  directory = "${dir}"\n  name = "../etc/passwd"`) +
        file("slash", `  source = "${local}/ok.img"\n  directory = "${dir}"\n  name = "a/b"`) +
        file("ctl", `  source = "${local}/ok.img"\n  directory = "${dir}"\n  name = "a\\tb"`) +
        file("rel", `  source = "${local}/ok.img"\n  directory = "var/lib/x"`) +
        file("up", `  source = "${local}/ok.img"\n  directory = "/var/lib/../../etc"`) +
        file("notpacked", `  source = "${local}/ok.img"\n  directory = "${dir}"\n  unpack = true`));
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      const blocks = errorBlocks(r.stdout + r.stderr);
      const on = (summary: RegExp) => blocks.find((b) => summary.test(b.split("\n")[0]));
      expect(on(/^source .*nope\.img does not exist$/)).toMatch(/^\s*│?\s*\d+:\s+source = /m);
      expect(on(/^source .*src is a directory, not a regular file$/)).toMatch(/^\s*│?\s*\d+:\s+source = /m);
      expect(on(/^Invalid file name "\.\.\/etc\/passwd"/)).toMatch(/^\s*│?\s*\d+:\s+name = /m);
      expect(on(/^Invalid file name "a\/b": it contains "\/"/)).toMatch(/^\s*│?\s*\d+:\s+name = /m);
      expect(on(/^Invalid file name "a\?b": it contains a control character/)).toMatch(/^\s*│?\s*\d+:\s+name = /m);
      expect(on(/^directory must be an absolute path$/)).toMatch(/^\s*│?\s*\d+:\s+directory = /m);
      expect(on(/^directory must not contain "\." or "\.\." steps$/)).toMatch(/^\s*│?\s*\d+:\s+directory = /m);
      expect(on(/is not gzip, xz or zstd$/)).toMatch(/^\s*│?\s*\d+:\s+unpack = /m);
      expect(blocks.length, r.stdout + r.stderr).toBe(8);
      expect(existsSync(seen)).toBe(false);
    });

    it("a 20 MiB file is placed whole, its sha256 in state; a second plan is empty", async () => {
      const data = bytes(20 * MIB);
      writeFileSync(join(local, "disk.raw"), data);
      config(file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`));
      const a = await ws.apply();
      expect(a.code, a.stdout + a.stderr).toBe(0);
      const s = ws.resource("xen_file.disk");
      expect(s).toMatchObject({ id: `h1${dir}/disk.raw`, path: `${dir}/disk.raw`, name: "disk.raw", size: 20 * MIB, sha256: sha(data), source_sha256: sha(data) });
      expect(s.identity).toMatch(/^\d+:\d+:\d+(\.\d+)?$/);
      const onHost = readFileSync(join(seen, "disk.raw"));
      expect(onHost.equals(data)).toBe(true);
      expect(execFileSync("ssh", [...host.sshArgs(), `sha256sum ${dir}/disk.raw`], { encoding: "utf8" }).split(" ")[0]).toBe(sha(data));
      expect(statSync(join(seen, "disk.raw")).mode & 0o777).toBe(0o600);
      expect(temps()).toEqual([]);
      const p = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(p.code, p.stdout).toBe(0);
    });

    it("a changed local file plans an update, and apply converges", async () => {
      const data = bytes(20 * MIB, 2);
      writeFileSync(join(local, "disk.raw"), data);
      const before = ws.resource("xen_file.disk");
      const { plan } = await ws.planJson();
      const change = plan.resource_changes.find((c: any) => c.address === "xen_file.disk").change;
      expect(change.actions).toEqual(["update"]);
      expect(change.after.source_sha256).toBe(sha(data));
      expect(change.after.sha256).toBe(sha(data));
      const a = await ws.apply();
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(readFileSync(join(seen, "disk.raw")).equals(data)).toBe(true);
      const after = ws.resource("xen_file.disk");
      expect(after.sha256).toBe(sha(data));
      expect(after.identity).not.toBe(before.identity); // a new file, renamed over the old one
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("a file changed on the host is drift: the plan uploads it again, and apply restores it", async () => {
      const path = join(seen, "disk.raw");
      const want = readFileSync(path);
      // In place (the same inode), as a guest or an admin would change it.
      const fd = openSync(path, "r+");
      writeSync(fd, Buffer.from("changed on the host"), 0, 19, 5 * MIB);
      closeSync(fd);
      const { run: r, plan } = await ws.planJson();
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/xen_file\.disk will be updated in-place/);
      const change = plan.resource_changes.find((c: any) => c.address === "xen_file.disk").change;
      expect(change.actions).toEqual(["update"]);
      expect(change.before.sha256).toBe(sha(readFileSync(path)));
      expect(change.after.sha256).toBe(sha(want));
      expect((await ws.apply()).code).toBe(0);
      expect(readFileSync(path).equals(want)).toBe(true);
      // A grown file is drift too.
      appendFileSync(path, "more");
      expect((await ws.planJson()).plan.resource_changes[0].change.actions).toEqual(["update"]);
      expect((await ws.apply()).code).toBe(0);
      expect(readFileSync(path).equals(want)).toBe(true);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("gzip, xz and zstd sources are unpacked on the way, under their names without the suffix", async () => {
      const kernel = bytes(3 * MIB + 5, 3), initrd = bytes(2 * MIB + 1, 4), iso = bytes(MIB + 3, 5);
      writeFileSync(join(local, "vmlinuz.xz"), await xz(kernel));
      writeFileSync(join(local, "initrd.img.gz"), gzipSync(initrd));
      let zst = false;
      try {
        writeFileSync(join(local, "boot.iso"), iso);
        execFileSync("zstd", ["-q", "-f", join(local, "boot.iso"), "-o", join(local, "boot.iso.zst")]);
        zst = true;
      } catch {
        /* no zstd(1) on this machine: the zstd decoder is covered by test/model/files.test.ts where it is */
      }
      const body = file("kernel", `  source = "${local}/vmlinuz.xz"\n  directory = "${dir}"\n  unpack = "auto"`) +
        file("initrd", `  source = "${local}/initrd.img.gz"\n  directory = "${dir}"\n  unpack = true`) +
        file("packed", `  source = "${local}/initrd.img.gz"\n  directory = "${dir}"\n  name = "initrd-packed.gz"`) +
        (zst ? file("iso", `  source = "${local}/boot.iso.zst"\n  directory = "${dir}"\n  unpack = true`) : "");
      config(file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`) + body);
      const a = await ws.apply();
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(readFileSync(join(seen, "vmlinuz")).equals(kernel)).toBe(true);
      expect(readFileSync(join(seen, "initrd.img")).equals(initrd)).toBe(true);
      expect(readFileSync(join(seen, "initrd-packed.gz")).equals(gzipSync(initrd))).toBe(true);
      expect(ws.resource("xen_file.kernel")).toMatchObject({ sha256: sha(kernel), source_sha256: sha(readFileSync(join(local, "vmlinuz.xz"))), size: kernel.length, path: `${dir}/vmlinuz` });
      if (zst) expect(readFileSync(join(seen, "boot.iso")).equals(iso)).toBe(true);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      // Gone again for the tests below.
      config(file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`));
      expect((await ws.apply()).code).toBe(0);
      expect(readdirSync(seen).sort()).toEqual(["disk.raw"]);
    });

    it("an upload cut off halfway leaves no file at the final name and no temporary file", async () => {
      writeFileSync(join(local, "big.raw"), bytes(8 * MIB, 6));
      const body = file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`) + file("big", `  source = "${local}/big.raw"\n  directory = "${dir}"`);
      config(body);
      host.fault("cut-stdin-next-exec-matching:3000000:cdktf-xen-upload");
      const a = await ws.apply();
      expect(a.code).toBe(1);
      expect(diagnostics(a.stdout + a.stderr, "Error")).toEqual(["Cannot use the Xen host"]);
      // The engine wraps the detail: compared with its line breaks and frame taken out.
      expect((a.stdout + a.stderr).replace(/[\s│]+/g, " ")).toMatch(/connection dropped while running `uploading \/var\/lib\/xen-files\/big\.raw`/);
      expect(existsSync(join(seen, "big.raw"))).toBe(false);
      expect(temps()).toEqual([]);
      // The next apply places it.
      expect((await ws.apply()).code).toBe(0);
      expect(sha(readFileSync(join(seen, "big.raw")))).toBe(sha(readFileSync(join(local, "big.raw"))));
      config(file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`));
      expect((await ws.apply()).code).toBe(0);
    });

    it("a full disk on the host is a clear error naming the host and the directory; nothing is left", async () => {
      const small = join(host.dir, "small");
      mkdirSync(small);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", small]);
      try {
        writeFileSync(join(local, "huge.raw"), bytes(6 * MIB, 7));
        config(file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`) + file("huge", `  source = "${local}/huge.raw"\n  directory = "${small}"`));
        const a = await ws.apply();
        expect(a.code).toBe(1);
        expect(diagnostics(a.stdout + a.stderr, "Error")).toEqual([`No space left in ${small} on host "h1"`]);
        expect(readdirSync(small)).toEqual([]);
      } finally {
        execFileSync("umount", [small]);
      }
      config(file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`));
    });

    it("destroy removes the file it wrote, and leaves a symbolic link put in its place", async () => {
      writeFileSync(join(local, "k"), "kernel");
      config(file("disk", `  source = "${local}/disk.raw"\n  directory = "${dir}"`) + file("k", `  source = "${local}/k"\n  directory = "${dir}"`));
      expect((await ws.apply()).code).toBe(0);
      const outside = join(host.dir, "precious.img");
      writeFileSync(outside, "precious");
      rmSync(join(seen, "disk.raw"));
      symlinkSync(outside, join(seen, "disk.raw"));
      const r = await ws.run(["destroy", "-auto-approve", "-no-color"]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(existsSync(join(seen, "k"))).toBe(false);
      expect(lstatSync(join(seen, "disk.raw")).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(seen, "disk.raw"))).toBe(outside);
      expect(readFileSync(outside, "utf8")).toBe("precious");
      expect(ws.state().resources ?? []).toEqual([]);
      rmSync(join(seen, "disk.raw"));
    });

    it("import adopts a file already on the host: the same bytes are not sent again; other bytes are", async () => {
      const data = bytes(MIB, 11);
      mkdirSync(seen, { recursive: true });
      writeFileSync(join(seen, "hand.img"), data);
      writeFileSync(join(local, "hand.img"), data);
      config(file("hand", `  source = "${local}/hand.img"\n  directory = "${dir}"`));
      const i = await ws.run(["import", "-no-color", "xen_file.hand", `h1${dir}/hand.img`]);
      expect(i.code, i.stdout + i.stderr).toBe(0);
      const imported = ws.resource("xen_file.hand");
      expect(imported).toMatchObject({ sha256: sha(data), size: data.length, path: `${dir}/hand.img` });
      host.clearCommands();
      expect((await ws.apply()).code).toBe(0);
      expect(host.commands().some((c) => c.includes("cdktf-xen-upload"))).toBe(false);
      expect(ws.resource("xen_file.hand")).toMatchObject({ identity: imported.identity, source_sha256: sha(data) });
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      const next = bytes(MIB, 12);
      writeFileSync(join(local, "hand.img"), next);
      expect((await ws.apply()).code).toBe(0);
      expect(readFileSync(join(seen, "hand.img")).equals(next)).toBe(true);
      expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
      expect(existsSync(join(seen, "hand.img"))).toBe(false);
    });

    it("a 200 MiB upload streams: the provider's memory stays bounded", async () => {
      // Mostly zeros with data at the start, middle and end (a raw image's shape); hashing and
      // the SSH stream see all 200 MiB.
      const f = join(local, "image.raw");
      writeFileSync(f, bytes(MIB, 8));
      execFileSync("truncate", ["-s", String(200 * MIB), f]);
      const fd = openSync(f, "r+");
      writeSync(fd, bytes(MIB, 9), 0, MIB, 100 * MIB);
      writeSync(fd, bytes(MIB, 10), 0, MIB, 199 * MIB);
      closeSync(fd);
      config(file("image", `  source = "${f}"\n  directory = "${dir}"\n  timeouts {\n    create = "10m"\n  }`));
      // The provider's peak resident memory (VmHWM), polled while the apply runs.
      const me = join(PROVIDER_DIR, "terraform-provider-xen");
      let peak = 0;
      const poll = setInterval(() => {
        for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
          try {
            if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(me)) continue;
            const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
            if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
          } catch {
            /* gone meanwhile */
          }
        }
      }, 50);
      let a;
      try {
        a = await ws.apply();
      } finally {
        clearInterval(poll);
      }
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(ws.resource("xen_file.image")).toMatchObject({ size: 200 * MIB, sha256: sha(readFileSync(f)) });
      expect(statSync(join(seen, "image.raw")).size).toBe(200 * MIB);
      expect(peak, "the provider was seen running").toBeGreaterThan(0);
      console.log(`xen_file: 200 MiB upload, the provider's peak RSS ${Math.round(peak / MIB)} MiB`);
      // Far below the file's 200 MiB: Node itself and the bundle take most of it.
      expect(peak / MIB, `peak RSS ${Math.round(peak / MIB)} MiB`).toBeLessThan(160);
      expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
      expect(existsSync(join(seen, "image.raw"))).toBe(false);
    });
  });
}
