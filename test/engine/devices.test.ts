// DEVICE LIFECYCLE TESTS: disk and vif blocks through a real engine (terraform, and tofu
// where available) and the built provider, over real OpenSSH on loopback whose `xl` is a
// STAND-IN (test/harness/fake-xen). They show the plan (checks on the block paths, MACs,
// in-place hot-plug) and what is sent to the host; xl's own parse of the specs is checked
// against the real hosts (test/fixtures/xl-parse, test/e2e).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;

const guest = (id: string, name: string, devices: string, extra = "") => `
resource "xen_domain" "${id}" {
  host             = "h1"
  name             = "${name}"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  memory           = 128
  shutdown_timeout = 0
${extra}${devices}
}
`;
const disk = (vdev: string, target: string, extra = "") => `  disk {\n    vdev   = "${vdev}"\n    target = "${target}"\n${extra}  }\n`;
const vif = (body = "") => `  vif {\n${body}  }\n`;

for (const engine of engines()) {
  describe(`devices with ${engine.name} (stand-in xl)`, () => {
    let host: SshHost;
    let ws: Workspace;
    const config = (body: string) => ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey }]) + body);
    const onHost = (cmd: string) => execFileSync("ssh", [...host.sshArgs(), cmd], { encoding: "utf8" });
    const xlCommands = () => host.commands().flatMap((c) => c.split("\n")).map((c) => c.trim())
      .filter((c) => /^xl (create|block-attach|block-detach|network-attach|network-detach)\b/.test(c));
    const guestOnHost = (name: string) => host.domains().find((d: any) => d.name === name);

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: ARM });
      // The disk images the guests use, where the host's /var/lib/xen-guests is.
      for (const f of ["root", "data", "scratch", "v", "z", "legacy", "hand"]) {
        writeFileSync(path.join(host.dir, "root", "var-lib", "xen-guests", "img", `${f}.raw`), Buffer.alloc(4096));
      }
      ws = new Workspace(engine);
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      await host?.stop();
      ws?.remove();
    });

    it("bad devices are plan errors on the block's attribute, and nothing reaches the host", async () => {
      config(guest("a", "dev-bad",
        disk("xvda", "/var/lib/xen-guests/img/a.raw") + disk("xvda", "/var/lib/xen-guests/img/b.raw") + disk("xvdb", "/var/lib/xen-guests/img/../etc/shadow") +
        disk("xvdc", "/var/lib/xen-guests/img/c.qcow2", '    format      = "qcow2"\n    backendtype = "phy"\n') +
        vif('    mac  = "01:00:5e:00:00:01"\n') + vif('    rate = "10Mb"\n') + vif('    type = "ioemu"\n')));
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      const errors = diagnostics(r.stdout + r.stderr, "Error");
      expect(errors).toEqual(expect.arrayContaining([
        'disk.vdev "xvda" is already disk[0]\'s',
        'disk.target must not contain ".." steps',
        'backendtype "phy" takes raw images only, not qcow2',
        'Invalid vif.mac: "01:00:5e:00:00:01" is a multicast address; an interface needs a unicast one',
        expect.stringMatching(/^Invalid vif\.rate: xl refuses "10Mb": "config parsing error in vif: invalid rate in `10Mb'"/),
        'A PVH guest cannot have an emulated interface (type "ioemu")',
      ]));
      // Each names its block: the engine prints the attribute's line under the error.
      expect(r.stdout + r.stderr).toMatch(/in resource "xen_domain" "a":\n\s+\d+:\s+vdev\s+= "xvda"/);
      expect(host.commands().filter((c) => c.includes("xl create"))).toEqual([]);
    });

    it("creates a guest with two disks and a vif: the provider picks the MAC, writes it to the host file, and the next plan is empty", async () => {
      config(guest("a", "dev-1", disk("xvda", "/var/lib/xen-guests/img/root.raw") + disk("xvdb", "/var/lib/xen-guests/img/data.raw", '    access = "ro"\n') + vif('    bridge = "xenbr0"\n')));
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const change = plan.resource_changes.find((r: any) => r.address === "xen_domain.a").change;
      // The MAC the provider picks, and the addresses the interface will have (test/engine/addresses.test.ts).
      expect(change.after_unknown.vif).toEqual([{ mac: true, ipv4_addresses: true, ipv6_addresses: true, address_source: true }]);
      expect(change.after.disk.map((d: any) => [d.vdev, d.target, d.access])).toEqual([["xvda", "/var/lib/xen-guests/img/root.raw", null], ["xvdb", "/var/lib/xen-guests/img/data.raw", "ro"]]);
      expect(change.after_sensitive.config).toBe(true);

      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      const s = ws.resource("xen_domain.a");
      expect(s.vif).toHaveLength(1);
      expect(s.vif[0].mac).toMatch(/^00:16:3e(:[0-9a-f]{2}){3}$/);
      expect(s.vif[0]).toMatchObject({ bridge: "xenbr0", script: null, type: null });
      expect(s.disk.map((d: any) => [d.vdev, d.target, d.access, d.format, d.backendtype])).toEqual([
        ["xvda", "/var/lib/xen-guests/img/root.raw", null, null, null], ["xvdb", "/var/lib/xen-guests/img/data.raw", "ro", null, null]]);
      const onDisk = readFileSync(guestOnHost("dev-1").config_file, "utf8");
      expect(onDisk).toContain(`disk = [ "vdev=xvda,target=/var/lib/xen-guests/img/root.raw", "vdev=xvdb,access=ro,target=/var/lib/xen-guests/img/data.raw" ]`);
      expect(onDisk).toContain(`vif = [ "mac=${s.vif[0].mac},bridge=xenbr0" ]`);
      expect(s.config).not.toContain("mac="); // the planned config; the host file adds the MAC and the uuid
      expect(guestOnHost("dev-1").nics[0].mac).toBe(s.vif[0].mac);

      const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(again.code, again.stdout + again.stderr).toBe(0);
    });

    it("adding a disk and changing the vif are hot-plugged in place, by domid; the interface keeps its MAC", async () => {
      const before = ws.resource("xen_domain.a");
      config(guest("a", "dev-1", disk("xvda", "/var/lib/xen-guests/img/root.raw") + disk("xvdb", "/var/lib/xen-guests/img/data.raw", '    access = "ro"\n') +
        disk("xvdc", "/var/lib/xen-guests/img/scratch.raw") + vif('    bridge = "xenbr1"\n')));
      const { plan } = await ws.planJson();
      const change = plan.resource_changes.find((r: any) => r.address === "xen_domain.a").change;
      expect(change.actions).toEqual(["update"]);
      expect(change.after.vif[0].mac).toBe(before.vif[0].mac);
      host.clearCommands();
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      const id = before.domid;
      expect(xlCommands()).toEqual([
        `xl network-detach ${id} ${before.vif[0].mac}`,
        `xl block-attach ${id} vdev=xvdc,target=/var/lib/xen-guests/img/scratch.raw`,
        `xl network-attach ${id} mac=${before.vif[0].mac} bridge=xenbr1 devid=0`,
      ]);
      const s = ws.resource("xen_domain.a");
      expect(s.domid).toBe(id);
      expect(s.disk.map((d: any) => d.vdev)).toEqual(["xvda", "xvdb", "xvdc"]);
      expect(s.vif[0]).toMatchObject({ mac: before.vif[0].mac, bridge: "xenbr1" });
      const onDisk = readFileSync(guestOnHost("dev-1").config_file, "utf8");
      expect(onDisk).toContain("vdev=xvdc,target=/var/lib/xen-guests/img/scratch.raw");
      expect(onDisk).toContain(`"mac=${before.vif[0].mac},bridge=xenbr1"`);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("a disk detached behind Terraform's back is drift, and the next apply attaches it again", async () => {
      const id = ws.resource("xen_domain.a").domid;
      onHost(`xl block-detach ${id} xvdb`);
      const { plan } = await ws.planJson(["-refresh-only"]);
      const drift = plan.resource_drift.find((r: any) => r.address === "xen_domain.a");
      expect(drift.change.after.disk.map((d: any) => d.vdev)).toEqual(["xvda", "xvdc"]);
      const { plan: p } = await ws.planJson();
      expect(p.resource_changes.find((r: any) => r.address === "xen_domain.a").change.actions).toEqual(["update"]);
      host.clearCommands();
      expect((await ws.apply()).code).toBe(0);
      // Index 1 is xvdc on the host and xvdb in the config: both indexes from 1 change.
      expect(xlCommands()).toEqual([
        `xl block-detach ${id} xvdc`,
        `xl block-attach ${id} vdev=xvdb,access=ro,target=/var/lib/xen-guests/img/data.raw`,
        `xl block-attach ${id} vdev=xvdc,target=/var/lib/xen-guests/img/scratch.raw`,
      ]);
      expect(guestOnHost("dev-1").disks.map((d: any) => d.vdev)).toEqual(["xvda", "xvdb", "xvdc"]);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("a virtio disk cannot be hot-plugged: the plan replaces the guest and says why", async () => {
      config(guest("a", "dev-1", disk("xvda", "/var/lib/xen-guests/img/root.raw") + disk("xvdb", "/var/lib/xen-guests/img/data.raw", '    access = "ro"\n') +
        disk("xvdc", "/var/lib/xen-guests/img/scratch.raw") + vif('    bridge = "xenbr1"\n') + disk("xvdd", "/var/lib/xen-guests/img/v.raw", '    specification = "virtio"\n')));
      const { run, plan } = await ws.planJson();
      expect(plan.resource_changes.find((r: any) => r.address === "xen_domain.a").change.actions).toEqual(["delete", "create"]);
      expect(diagnostics(run.stdout + run.stderr, "Warning")).toContain('Changing disk[3] replaces guest "dev-1"');
      expect(run.stdout + run.stderr).toMatch(/a virtio disk cannot\s+be\s+hot-plugged/);
    });

    it("removing the vif detaches it; xl_config's disk list beside disk blocks is refused", async () => {
      const { domid: id, vif: [{ mac }] } = ws.resource("xen_domain.a");
      config(guest("a", "dev-1", disk("xvda", "/var/lib/xen-guests/img/root.raw") + disk("xvdb", "/var/lib/xen-guests/img/data.raw", '    access = "ro"\n') + disk("xvdc", "/var/lib/xen-guests/img/scratch.raw")));
      host.clearCommands();
      expect((await ws.apply()).code).toBe(0);
      expect(xlCommands()).toEqual([`xl network-detach ${id} ${mac}`]);
      expect(guestOnHost("dev-1").nics).toEqual([]);

      config(guest("a", "dev-1", disk("xvda", "/var/lib/xen-guests/img/root.raw"), `  xl_config = { disk = "vdev=xvdz,target=/var/lib/xen-guests/img/z.raw" }\n`));
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      expect(diagnostics(r.stdout + r.stderr, "Error")).toContain("disk is given both as disk blocks and in xl_config");
    });

    it("an interface detached by hand leaves a gap in Xen's device ids: the next apply unplugs by MAC, re-attaches each where it was, and converges", async () => {
      const macs = ["00:16:3e:0a:00:01", "00:16:3e:0a:00:02", "00:16:3e:0a:00:03"];
      const three = guest("g", "dev-gap", macs.map((m) => vif(`    mac = "${m}"\n`)).join(""));
      config(three);
      expect((await ws.apply()).code).toBe(0);
      const id = ws.resource("xen_domain.g").domid;
      onHost(`xl network-detach ${id} 1`);
      expect(guestOnHost("dev-gap").nics.map((n: any) => [n.devid, n.mac])).toEqual([[0, macs[0]], [2, macs[2]]]);
      host.clearCommands();
      const r = await ws.apply();
      expect(r.code, r.stdout + r.stderr).toBe(0);
      // Index 1 is the third interface on the host (device id 2) and the second in the config.
      expect(xlCommands()).toEqual([
        `xl network-detach ${id} ${macs[2]}`,
        `xl network-attach ${id} mac=${macs[1]} devid=1`,
        `xl network-attach ${id} mac=${macs[2]} devid=2`,
      ]);
      expect(guestOnHost("dev-gap").nics.map((n: any) => [n.devid, n.mac])).toEqual([[0, macs[0]], [1, macs[1]], [2, macs[2]]]);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      config("");
      expect((await ws.apply()).code).toBe(0);
    });

    it("autostart links the config into /etc/xen/auto; a link removed by hand is drift; off and destroy remove it", async () => {
      const body = (on: boolean) => guest("a", "dev-1", disk("xvda", "/var/lib/xen-guests/img/root.raw"), `  autostart = ${on}\n`);
      config(body(true));
      expect((await ws.apply()).code).toBe(0);
      const file = guestOnHost("dev-1").config_file as string;
      const link = `/etc/xen/auto/${file.slice(file.lastIndexOf("/") + 1)}`;
      expect(onHost(`readlink ${link}`).trim()).toBe(file);
      expect(ws.resource("xen_domain.a").autostart).toBe(true);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);

      onHost(`rm ${link}`);
      const { plan } = await ws.planJson(["-refresh-only"]);
      expect(plan.resource_drift.find((r: any) => r.address === "xen_domain.a").change.after.autostart).toBe(false);
      expect((await ws.apply()).code).toBe(0);
      expect(onHost(`readlink ${link}`).trim()).toBe(file);

      config(body(false));
      expect((await ws.apply()).code).toBe(0);
      expect(onHost(`test -e ${link} && echo present || echo absent`).trim()).toBe("absent");
      config(body(true));
      expect((await ws.apply()).code).toBe(0);
      expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
      expect(onHost(`test -e ${link} && echo present || echo absent; test -e ${file} && echo present || echo absent`).trim()).toBe("absent\nabsent");
    });

    it("import of a hand-made guest with a disk and a vif plans clean; writing libxl's defaults out changes nothing on the host", async () => {
      config("");
      expect((await ws.apply()).code).toBe(0);
      onHost(`printf 'name = "hand-1"\nmemory = 128\nkernel = "/var/lib/xen-guests/vmlinuz"\ndisk = [ "format=raw,vdev=xvda,access=rw,target=/var/lib/xen-guests/img/hand.raw" ]\nvif = [ "bridge=xenbr0" ]\n' > ${host.dir}/hand.cfg && xl create ${host.dir}/hand.cfg`);
      const body = (extra: string) => `
resource "xen_domain" "hand" {
  host   = "h1"
  name   = "hand-1"
  kernel = "/var/lib/xen-guests/vmlinuz"
  memory = 128
  disk {
    vdev   = "xvda"
    target = "/var/lib/xen-guests/img/hand.raw"
  }
  vif {
${extra}  }
}
`;
      config(body(""));
      const imp = await ws.run(["import", "-no-color", "xen_domain.hand", "h1/hand-1"]);
      expect(imp.code, imp.stdout + imp.stderr).toBe(0);
      const s = ws.resource("xen_domain.hand");
      expect(s.disk).toEqual([expect.objectContaining({ vdev: "xvda", target: "/var/lib/xen-guests/img/hand.raw", format: null, access: null, backendtype: null })]);
      expect(s.vif).toEqual([expect.objectContaining({ mac: guestOnHost("hand-1").nics[0].mac, bridge: null, script: null })]);
      const clean = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(clean.code, clean.stdout).toBe(0);

      config(body('    bridge = "xenbr0"\n'));
      host.clearCommands();
      expect((await ws.apply()).code).toBe(0);
      expect(xlCommands().filter((c) => /network-|block-/.test(c))).toEqual([]);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      expect((await ws.run(["state", "rm", "xen_domain.hand"])).code).toBe(0);
      onHost("xl destroy hand-1");
    });

    it("a guest whose disks are in xl_config (no blocks) plans clean: its disks are not the blocks' drift", async () => {
      config(guest("a", "dev-1", disk("xvda", "/var/lib/xen-guests/img/root.raw") + disk("xvdb", "/var/lib/xen-guests/img/data.raw", '    access = "ro"\n') + disk("xvdc", "/var/lib/xen-guests/img/scratch.raw")) +
        guest("legacy", "dev-legacy", "", `  xl_config = { disk = jsonencode(["vdev=xvda,target=/var/lib/xen-guests/img/legacy.raw"]) }\n`));
      expect((await ws.apply()).code).toBe(0);
      expect(guestOnHost("dev-legacy").disks.map((d: any) => d.pdev_path)).toEqual(["/var/lib/xen-guests/img/legacy.raw"]);
      expect(ws.resource("xen_domain.legacy").disk).toEqual([]);
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });
  });
}
