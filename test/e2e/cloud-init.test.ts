// THE SEED SEEN BY A GUEST on the emulated Arm host (Xen 4.17): the provider builds the
// cloud-init seed, places it in dom0 and attaches it; the guest's initramfs loads the
// iso9660 driver of its own kernel, mounts the seed disk read-only and prints the
// instance-id and a marker of the user-data on its console.
//
// The test host's guest initramfs is left as it is (changing testhost's build would change
// every host's cache): a second cpio archive is appended to it here (Linux unpacks
// concatenated archives in order, later files replacing earlier ones) with an /etc/rc that
// mounts the seed, and isofs.ko and cdrom.ko from the guest kernel's own Debian package (the
// one testhost's cache holds). The combined initramfs reaches the host through xen_file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, ensureBuilt, Workspace } from "../engine/engine";
import { bootHost, destroyGuests, onHost, realProvider, sshArgs, type RealHost } from "./real-host";

const HOST = "arm64-4.17";
const MARKER = "marker-e2e-4d1c";
const CACHE = join(process.env.CDKTF_XEN_CACHE ?? join(homedir(), ".cache", "cdktf-xen"), "testhost");

/** The guest's /etc/rc: the base one's marker and frontends, then the seed mounted and read. */
const RC = `#!/bin/busybox sh
b=/bin/busybox
$b mount -t proc proc /proc
$b mount -t sysfs sysfs /sys
$b mount -t devtmpfs devtmpfs /dev 2>/dev/null
$b echo "XEN-GUEST-UP"
while read -r m; do [ -n "$m" ] && $b insmod "/lib/modules/$m"; done </etc/modules.load
$b insmod /lib/modules/seed/cdrom.ko
$b insmod /lib/modules/seed/isofs.ko
i=0; while [ ! -b /dev/xvdz ] && [ $i -lt 100 ]; do $b sleep 0.1; i=$((i+1)); done
$b mkdir -p /seed
if $b mount -t iso9660 -o ro /dev/xvdz /seed; then
  $b echo "SEED-FILES $($b ls /seed | $b tr '\\n' ' ')"
  $b echo "SEED-INSTANCE-ID $($b sed -n 's/^instance-id: //p' /seed/meta-data)"
  $b echo "SEED-MARKER $($b grep -o 'marker-[a-z0-9-]*' /seed/user-data)"
  # The volume identifier, from the primary volume descriptor (sector 16, byte 40, 32 bytes).
  $b echo "SEED-LABEL $($b dd if=/dev/xvdz bs=1 skip=32808 count=32 2>/dev/null | $b tr -d ' ')"
else
  $b echo "SEED-MOUNT-FAILED $($b dmesg | $b tail -n 3 | $b tr '\\n' ' ')"
fi
`;

describe(`a cloud-init seed mounted by a guest on ${HOST} (real Xen under QEMU) with ${engines()[0].name}`, () => {
  let h: RealHost;
  let ws: Workspace;
  let work: string;
  let initrd: string;

  beforeAll(async () => {
    ensureBuilt();
    h = bootHost(HOST);
    await destroyGuests(h, "seed-");
    // xenconsoled appends a guest's console to the file of its name: start from none.
    await onHost(h, "rm -f /var/log/xen/console/guest-seed-e2e.log");
    work = mkdtempSync(join(tmpdir(), "seed-e2e-"));
    // The guest kernel's package, as testhost's build used it (inputs.txt names it).
    const kernelPkg = /^kernel: (\S+)$/m.exec(readFileSync(join(CACHE, HOST, "inputs.txt"), "utf8"))![1];
    const debs = join(CACHE, "debs", "bookworm-arm64");
    const deb = readdirSync(debs).find((f) => f.startsWith(`${kernelPkg}_`) && f.endsWith(".deb"));
    expect(deb, `${kernelPkg} in ${debs}`).toBeDefined();
    const kx = join(work, "kernel");
    mkdirSync(kx);
    execFileSync("sh", ["-c", `dpkg-deb --fsys-tarfile "$1" | tar -x -C "$2" --wildcards '*/kernel/fs/isofs/isofs.ko*' '*/kernel/drivers/cdrom/cdrom.ko*'`, "sh", join(debs, deb!), kx]);
    const overlay = join(work, "overlay");
    mkdirSync(join(overlay, "etc"), { recursive: true });
    mkdirSync(join(overlay, "lib", "modules", "seed"), { recursive: true });
    for (const m of ["isofs", "cdrom"]) {
      const found = execFileSync("find", [kx, "-name", `${m}.ko*`], { encoding: "utf8" }).trim().split("\n")[0];
      const to = join(overlay, "lib", "modules", "seed", `${m}.ko`);
      if (found.endsWith(".xz")) writeFileSync(to, execFileSync("xz", ["-dc", found]));
      else if (found.endsWith(".zst")) writeFileSync(to, execFileSync("zstd", ["-qdc", found]));
      else writeFileSync(to, readFileSync(found));
    }
    writeFileSync(join(overlay, "etc", "rc"), RC, { mode: 0o755 });
    const cpio = execFileSync("sh", ["-c", "cd \"$1\" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet", "sh", overlay]);
    const base = execFileSync("ssh", [...sshArgs(h), "cat /var/lib/xen-guests/initrd.img"], { maxBuffer: 256 << 20 });
    initrd = join(work, "initrd-seed.img");
    // The base archive (gzip) padded to 4 bytes, then the overlay: what the kernel unpacks in turn.
    writeFileSync(initrd, Buffer.concat([base, Buffer.alloc((4 - (base.length % 4)) % 4), cpio]));
    ws = new Workspace(engines()[0]);
  });
  afterAll(async () => {
    if (ws) await ws.run(["destroy", "-auto-approve"]);
    ws?.remove();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const config = () => realProvider(h) + `
resource "xen_file" "initrd" {
  host      = "xen1"
  source    = "${initrd}"
  directory = "/var/lib/xen-seed-test"
}

resource "xen_domain" "g" {
  host             = "xen1"
  name             = "seed-e2e"
  kernel           = "${h.guest_kernel}"
  ramdisk          = xen_file.initrd.path
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = 256
  shutdown_timeout = 0
  cloud_init {
    user_data = "#cloud-config\\nruncmd:\\n  - echo ${MARKER}\\n"
  }
}
`;

  it("the guest mounts the seed (label cidata) and prints the instance-id (its uuid) and the user-data's marker; the next plan is empty; destroy removes the seed", async () => {
    ws.write("main.tf", config());
    const apply = await ws.apply();
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    const s = ws.resource("xen_domain.g");
    expect(s.cloud_init.instance_id).toBe(s.uuid);
    let log = "";
    for (let i = 0; i < 60 && !/SEED-(MARKER|MOUNT-FAILED)/.test(log); i++) {
      await new Promise((r) => setTimeout(r, 2000));
      log = (await onHost(h, "cat /var/log/xen/console/guest-seed-e2e.log 2>/dev/null || true")).stdout;
    }
    expect(log).toContain("XEN-GUEST-UP");
    expect(log).toMatch(/^SEED-FILES meta-data user-data\s*$/m);
    expect(log).toMatch(new RegExp(`^SEED-INSTANCE-ID ${s.uuid}\\s*$`, "m"));
    expect(log).toMatch(new RegExp(`^SEED-MARKER ${MARKER}\\s*$`, "m"));
    expect(log).toMatch(/^SEED-LABEL cidata\s*$/m);
    // The seed in dom0: its sha256 there is the state's, mode 0600.
    const seen = await onHost(h, `sha256sum '${s.cloud_init.path}'; stat -c %a '${s.cloud_init.path}'`);
    expect(seen.stdout.split(/\s+/)).toEqual(expect.arrayContaining([s.cloud_init.sha256, "600"]));

    const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);

    const gone = await ws.run(["destroy", "-auto-approve", "-no-color"]);
    expect(gone.code, gone.stdout + gone.stderr).toBe(0);
    expect((await onHost(h, `test -e '${s.cloud_init.path}' && echo present || echo absent`)).stdout.trim()).toBe("absent");
  }, 600_000);
});
