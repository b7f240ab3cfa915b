// END-TO-END on real Xen: bringing what already runs under the provider.
// 1. Round trip: a hand-written xl.cfg (Arm `type = "pv"`, a positional disk, a vif with its
//    MAC) started by hand with `xl create`, and the same file through `cdktf-xen import-config`
//    → terraform apply: the two guests' `xl list -l` agree on type, memory, vCPUs, kernel,
//    ramdisk, cmdline, disks and vifs, xenstore says both run as pvh, and a refresh plans clean.
// 2. import-host on a host with two hand-made guests (one with a disk and a vif): its code and
//    import blocks plan as two imports with no changes, and after apply the plan is empty.
// 3. xl's own reading of every file of examples/xl-configs agrees with import-config's on
//    whether it parses (xl -N create on the host; nothing is started).
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, ensureBuilt, ROOT, Workspace } from "../engine/engine";
import { bootHost, destroyGuests, onHost, realProvider, type RealHost } from "./real-host";

// Arm 4.17 by default; CDKTF_XEN_E2E_IMPORT= (empty) skips, or names other hosts.
const HOSTS = (process.env.CDKTF_XEN_E2E_IMPORT ?? "arm64-4.17").split(",").filter(Boolean);
const BIN = join(ROOT, "bin", "cdktf-xen");
const EXAMPLES = join(ROOT, "examples", "xl-configs");
const DIR = "/var/lib/xen-guests/import-e2e";
const PREFIX = "e2e-imp-";

interface Cli { code: number; out: string; err: string }
const cli = (args: string[], env: Record<string, string> = {}): Promise<Cli> => new Promise((resolve) => {
  execFile(BIN, args, { env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
    resolve({ code: err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0, out: stdout, err: stderr }));
});

/** What a running guest is, from `xl list -l`: the fields the round trip compares. */
function shape(entry: any) {
  const b = entry.config.b_info;
  const t = entry.config.c_info.type;
  const sub = b[`type.${t}`] ?? {};
  return {
    type: t,
    max_memkb: b.max_memkb,
    target_memkb: b.target_memkb,
    max_vcpus: b.max_vcpus,
    avail_vcpus: b.avail_vcpus,
    kernel: b.kernel ?? sub.kernel,
    ramdisk: b.ramdisk ?? sub.ramdisk,
    cmdline: b.cmdline ?? sub.cmdline,
    disks: (entry.config.disks ?? []).map((d: any) => ({ pdev_path: d.pdev_path, vdev: d.vdev, format: d.format, readwrite: d.readwrite, is_cdrom: d.is_cdrom })),
    nics: (entry.config.nics ?? []).map((n: any) => ({ mac: n.mac, bridge: n.bridge, devid: n.devid })),
  };
}

for (const hostName of HOSTS) {
  describe(`import on ${hostName} (real Xen under QEMU) with ${engines()[0].name}`, () => {
    let h: RealHost;
    let facts: string;
    const ws: Workspace[] = [];
    const workspace = () => { const w = new Workspace(engines()[0]); ws.push(w); return w; };
    const env = (w: Workspace) => ({ TF_CLI_CONFIG_FILE: join(w.dir, "dev.tfrc"), TERRAFORM_BINARY_NAME: engines()[0].path });
    const listOf = async (name: string) => {
      const r = await onHost(h, `d=$(xl domid '${name}') && xenstore-read /libxl/$d/type && xl list -l $d`);
      expect(r.code, r.stderr).toBe(0);
      const [effective, ...json] = r.stdout.trim().split("\n");
      return { effective: effective.trim(), entry: JSON.parse(json.join("\n"))[0] };
    };

    beforeAll(async () => {
      ensureBuilt();
      h = bootHost(hostName);
      facts = join(ROOT, "node_modules", ".cache", `import-e2e-${hostName}.json`);
      mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true });
      writeFileSync(facts, JSON.stringify({ arch: h.arch, xen_version: h.xen_version }));
      await destroyGuests(h, PREFIX);
      const r = await onHost(h, `rm -rf ${DIR} && mkdir -p ${DIR} && truncate -s 8M ${DIR}/a.raw ${DIR}/b.raw && ip link show xenbr0 >/dev/null`);
      expect(r.code, r.stderr).toBe(0);
    });
    afterAll(async () => {
      for (const w of ws) {
        await w.run(["destroy", "-auto-approve"]);
        w.remove();
      }
      if (h) {
        await destroyGuests(h, PREFIX);
        await onHost(h, `rm -rf ${DIR}`);
      }
    });

    it("round trip: xl.cfg → import-config → apply runs the guest xl create runs from the same file, and a refresh plans clean", async () => {
      const name = `${PREFIX}rt`;
      const cfg = `# written by hand, the libvirt way
name = "${name}"
type = "pv"
memory = 0x80
vcpus = 1
kernel = "${h.guest_kernel}"
ramdisk = '${h.guest_ramdisk}'
cmdline = "console=hvc0 rdinit=/init"
disk = [ '${DIR}/a.raw,raw,xvda,rw' ]
vif = [ 'mac=00:16:3e:7e:00:01,bridge=xenbr0' ]
`;
      // By hand.
      const hand = await onHost(h, `cat > /tmp/${name}.cfg && xl create /tmp/${name}.cfg`, cfg);
      expect(hand.code, hand.stderr).toBe(0);
      expect(hand.stderr).toContain("Converting PV guest to PVH");
      const byHand = await listOf(name);
      expect((await onHost(h, `xl destroy '${name}'`)).code).toBe(0);

      // Through the provider.
      const w = workspace();
      writeFileSync(join(w.dir, "guest.cfg"), cfg);
      const conv = await cli(["import-config", join(w.dir, "guest.cfg"), "--host", "xen1", "--format", "json", "--facts", facts]);
      expect(conv.code, conv.err).toBe(0);
      expect(conv.err).toContain(`written pv, runs as pvh on Xen ${h.xen_version} aarch64`);
      const doc = JSON.parse(conv.out);
      // The provider's own setting, not xl.cfg's: destroy at once (the guest's init ignores shutdown,
      // and a destroy after a timed-out shutdown raced the block hotplug script on this host).
      doc.resource.xen_domain.e2e_imp_rt.shutdown_timeout = 0;
      w.write("main.tf", realProvider(h, "xen1"));
      w.write("guest.tf.json", JSON.stringify({ resource: doc.resource }, null, 2));
      const apply = await w.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      expect(apply.stdout + apply.stderr).toContain("This Arm guest will run as PVH, not PV");
      const byProvider = await listOf(name);

      expect(shape(byProvider.entry)).toEqual(shape(byHand.entry));
      expect(shape(byHand.entry)).toMatchObject({ type: "pv", max_memkb: 131072, kernel: h.guest_kernel, cmdline: "console=hvc0 rdinit=/init",
        disks: [{ pdev_path: `${DIR}/a.raw`, vdev: "xvda" }], nics: [{ mac: "00:16:3e:7e:00:01", bridge: "xenbr0" }] });
      expect([byHand.effective, byProvider.effective]).toEqual(["pvh", "pvh"]);
      const refresh = await w.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(refresh.code, refresh.stdout + refresh.stderr).toBe(0);
      const destroy = await w.run(["destroy", "-auto-approve", "-no-color"]);
      expect(destroy.code, destroy.stdout + destroy.stderr).toBe(0);
    }, 300_000);

    it("import-host: two hand-made guests (one with a disk and a vif) are adopted by import blocks with no changes; then the plan is empty", async () => {
      const a = `${PREFIX}a`, b = `${PREFIX}b`;
      const mk = (n: string, extra: string) => onHost(h, `cat > /tmp/${n}.cfg && xl create /tmp/${n}.cfg`,
        `name = "${n}"\nmemory = 128\nkernel = "${h.guest_kernel}"\nramdisk = "${h.guest_ramdisk}"\ncmdline = "console=hvc0 rdinit=/init"\n${extra}`);
      expect((await mk(a, `disk = [ 'phy:${DIR}/b.raw,xvda,w' ]\nvif = [ 'bridge=xenbr0' ]\n`)).code).toBe(0);
      expect((await mk(b, "vcpus = 2\n")).code).toBe(0);
      const w = workspace();
      w.write("main.tf", realProvider(h, "xen1"));
      const r = await cli(["import-host", "--host", "xen1", "--dir", w.dir], env(w));
      expect(r.code, r.err).toBe(2);
      expect(r.out).toContain(`id = "xen1/${a}"`);
      expect(r.out).toContain(`id = "xen1/${b}"`);
      expect(r.out).not.toContain("Domain-0");
      w.write("adopted.tf", r.out);
      const { run, plan } = await w.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const ours = plan.resource_changes.filter((c: any) => c.type === "xen_domain");
      expect(ours.map((c: any) => [c.change.actions, !!c.change.importing])).toEqual([[["no-op"], true], [["no-op"], true]]);
      expect((await w.apply()).code).toBe(0);
      const clean = await w.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(clean.code, clean.stdout + clean.stderr).toBe(0);
      const sa = w.resource("xen_domain.e2e_imp_a");
      expect(sa.disk.map((d: any) => [d.vdev, d.target])).toEqual([["xvda", `${DIR}/b.raw`]]);
      expect(sa.vif).toHaveLength(1);
      expect(w.resource("xen_domain.e2e_imp_b").vcpus).toBe(2);
    }, 400_000);

    it("xl itself parses every file of examples/xl-configs that import-config converts (xl -N create: nothing started)", async () => {
      for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith(".cfg"))) {
        const r = await onHost(h, "cat > /tmp/e2e-example.cfg && xl -N create /tmp/e2e-example.cfg >/dev/null", readFileSync(join(EXAMPLES, f), "utf8"));
        expect(r.stderr, f).not.toMatch(/config parsing error|Failed to parse/);
        expect(r.code, `${f}: ${r.stderr}`).toBe(0);
      }
    });
  });
}
