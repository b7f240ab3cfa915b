// LIFECYCLE TESTS: a real engine (terraform, and tofu where available) drives the
// built provider over a real OpenSSH server on loopback whose `xl` is a STAND-IN
// (test/harness/fake-xen). They show the plugin protocol, the transport and the
// resource lifecycle; they are not evidence of fidelity to Xen — test/e2e is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;
const X86 = { machine: "x86_64", xen_version: "4.17.7", xen_caps: "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64", virt_caps: "pv hvm hap shadow" } as const;

const guest = (id: string, attrs: string) => `
resource "xen_domain" "${id}" {
  host             = "h1"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  shutdown_timeout = 2
${attrs}
}
`;

for (const engine of engines()) {
  describe(`lifecycle with ${engine.name} (stand-in xl)`, () => {
    let host: SshHost;
    let ws: Workspace;
    const config = (body: string) => ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey }]) + body);
    // Changes run as scripts (lock, ownership check, then xl): one line per command.
    // `9>&-` keeps the lock's descriptor from xl; what follows it is the script's own bookkeeping.
    const xlCommands = () => host.commands().flatMap((c) => c.split("\n")).map((c) => c.trim().replace(/ 9>&-.*$/, ""))
      .filter((c) => /^(if .*; then )?xl (create|destroy|shutdown|mem-set|vcpu-set)\b/.test(c));

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: ARM });
      ws = new Workspace(engine);
    });
    afterAll(async () => {
      await host?.stop();
      ws?.remove();
    });

    it("creates an Arm guest written pv: plan warns, state says pvh, a second plan is empty", async () => {
      config(guest("a", `  name = "web-1"\n  type = "pv"\n  memory = 128`));
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stderr).toBe(0);
      expect(diagnostics(run.stdout + run.stderr, "Warning")).toContain("This Arm guest will run as PVH, not PV");
      const change = plan.resource_changes.find((r: any) => r.address === "xen_domain.a");
      expect(change.change.actions).toEqual(["create"]);
      expect(change.change.after.effective_type).toBe("pvh");
      expect(change.change.after_unknown.domid).toBe(true);

      host.clearCommands();
      const apply = await ws.apply();
      expect(apply.code, apply.stderr).toBe(0);
      const s = ws.resource("xen_domain.a");
      expect(s).toMatchObject({ id: "h1/web-1", name: "web-1", type: "pv", effective_type: "pvh", memory: 128, maxmem: 128, vcpus: 1 });
      // The new guest is read back in the create's own session: no listing of the host follows it.
      const sessions = host.commands();
      const created = sessions.findIndex((c) => /\nxl create /.test(c));
      expect(created).toBeGreaterThanOrEqual(0);
      expect(sessions[created]).toContain(`xl list -l web-1`);
      expect(sessions.slice(created + 1).filter((c) => c.includes("xl list -l"))).toEqual([]);
      expect(s.domid).toBeGreaterThan(0);
      expect(s.uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(host.domains().map((d: any) => d.name)).toContain("web-1");
      expect(xlCommands().some((c) => /xl create \/etc\/xen\/cdktf-xen\/web-1-[0-9a-f]{10}\.cfg/.test(c))).toBe(true);

      const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(again.code, again.stdout + again.stderr).toBe(0);
    });

    it("Arm: vCPUs change in place within maxvcpus (xl vcpu-set, by domid); memory replaces the guest", async () => {
      config(guest("a", `  name = "web-1"\n  type = "pv"\n  memory = 128\n  vcpus = 1\n  maxvcpus = 2`));
      let { plan } = await ws.planJson();
      expect(plan.resource_changes[0].change.actions).toEqual(["delete", "create"]); // maxvcpus 1 -> 2
      expect((await ws.apply()).code).toBe(0);
      config(guest("a", `  name = "web-1"\n  type = "pv"\n  memory = 128\n  vcpus = 2\n  maxvcpus = 2`));
      ({ plan } = await ws.planJson());
      expect(plan.resource_changes[0].change.actions).toEqual(["update"]);
      const domid = ws.resource("xen_domain.a").domid;
      host.clearCommands();
      expect((await ws.apply()).code).toBe(0);
      expect(xlCommands()).toEqual([`xl vcpu-set ${domid} 2`]);
      expect(ws.resource("xen_domain.a")).toMatchObject({ vcpus: 2, domid });
      // On Arm xl mem-set is not usable (it aborts on 4.17): a memory change is a replacement.
      config(guest("a", `  name = "web-1"\n  type = "pv"\n  memory = 96\n  vcpus = 2\n  maxvcpus = 2`));
      ({ plan } = await ws.planJson());
      const c = plan.resource_changes[0];
      expect(c.change.actions).toEqual(["delete", "create"]);
      expect(c.action_reason ?? "").toBe("replace_because_cannot_update");
      expect(JSON.stringify(c.change.replace_paths ?? [])).toContain("memory");
      expect((await ws.apply()).code).toBe(0);
      config(guest("a", `  name = "web-1"\n  type = "pv"\n  memory = 96\n  vcpus = 2\n  maxvcpus = 2`));
      ({ plan } = await ws.planJson());
      expect(plan.resource_changes[0].change.actions).toEqual(["no-op"]);
    });

    it("Arm pv → pvh keeps the domain (same effective type); x86 pv → pvh replaces it", async () => {
      config(guest("a", `  name = "web-1"\n  type = "pvh"\n  memory = 96\n  vcpus = 2\n  maxvcpus = 2`));
      const { plan } = await ws.planJson();
      const c = plan.resource_changes[0].change;
      expect(c.actions).toEqual(["update"]);
      expect(c.after.effective_type).toBe("pvh");
      host.clearCommands();
      expect((await ws.apply()).code).toBe(0);
      expect(xlCommands()).toEqual([]);
      expect(ws.resource("xen_domain.a").type).toBe("pvh");
    });

    it("shows an out-of-band memory change as drift, and none once applied", async () => {
      const domid = ws.resource("xen_domain.a").domid;
      const ssh = await import("node:child_process");
      ssh.execFileSync("ssh", [...host.sshArgs(), `xl mem-set ${domid} 64m`]);
      const drift = await ws.run(["plan", "-refresh-only", "-no-color", "-detailed-exitcode"]);
      if (engine.name === "terraform") expect(drift.code, drift.stdout + drift.stderr).toBe(2);
      expect(drift.stdout).toMatch(/memory\s+= 96 -> 64/);
      const { plan } = await ws.planJson();
      const c = plan.resource_changes[0].change;
      expect(c.actions).toEqual(["delete", "create"]); // memory on Arm
      expect([c.before.memory, c.after.memory]).toEqual([64, 96]);
      expect((await ws.apply()).code).toBe(0);
      // Clean again: no drift recorded. (terraform 1.11 may still exit 2 on an empty
      // refresh-only plan, hashicorp/terraform#36403; tofu never exits 2 in that mode.)
      const { plan: clean } = await ws.planJson(["-refresh-only"]);
      expect(clean.resource_drift ?? []).toEqual([]);
    });

    it("a guest destroyed behind the provider's back: plan offers to create it again", async () => {
      const domid = ws.resource("xen_domain.a").domid;
      const ssh = await import("node:child_process");
      ssh.execFileSync("ssh", [...host.sshArgs(), `xl destroy ${domid}`]);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stderr).toBe(0);
      expect(plan.resource_changes[0].change.actions).toEqual(["create"]);
      const { plan: drift } = await ws.planJson(["-refresh-only"]);
      expect(drift.resource_drift.map((d: any) => d.change.actions)).toEqual([["delete"]]);
      expect((await ws.apply()).code).toBe(0);
      expect(host.domains().filter((d: any) => d.name === "web-1")).toHaveLength(1);
    });

    it("a failed xl create leaves no domain and no state", async () => {
      config(guest("a", `  name = "web-1"\n  type = "pvh"\n  memory = 96\n  vcpus = 2\n  maxvcpus = 2`) + guest("b", `  name = "db-1"\n  memory = 128`));
      host.fault("fail-next-create");
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(diagnostics(r.stdout + r.stderr, "Error").join("\n")).toMatch(/xl create failed on host "h1" \(exit 3\)/);
      expect(ws.resource("xen_domain.b")).toBeUndefined();
      expect(host.domains().map((d: any) => d.name)).not.toContain("db-1");
      // And the next apply succeeds.
      expect((await ws.apply()).code).toBe(0);
      expect(ws.resource("xen_domain.b").effective_type).toBe("pvh");
    });

    it("a connection dropped during xl create: error, no half-created domain, no state", async () => {
      config(guest("a", `  name = "web-1"\n  type = "pvh"\n  memory = 96\n  vcpus = 2\n  maxvcpus = 2`) + guest("b", `  name = "db-1"\n  memory = 128`) + guest("c", `  name = "cache-1"\n  memory = 128`));
      host.fault("drop-after-next-exec-matching:xl create");
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/connection dropped while running `xl create/);
      expect(ws.resource("xen_domain.c")).toBeUndefined();
      expect(host.domains().map((d: any) => d.name)).not.toContain("cache-1");
    });

    it("imports a guest created by hand and plans clean against a matching config", async () => {
      const ssh = await import("node:child_process");
      ssh.execFileSync("ssh", [...host.sshArgs(), "cat > /tmp/hand.cfg && xl create /tmp/hand.cfg"], {
        input: 'name = "hand-made"\nkernel = "/var/lib/xen-guests/vmlinuz"\nmemory = 256\nvcpus = 2\n',
      });
      config(guest("a", `  name = "web-1"\n  type = "pvh"\n  memory = 96\n  vcpus = 2\n  maxvcpus = 2`) + guest("b", `  name = "db-1"\n  memory = 128`)
        + `resource "xen_domain" "h" {\n  host = "h1"\n  name = "hand-made"\n  kernel = "/var/lib/xen-guests/vmlinuz"\n  memory = 256\n  vcpus = 2\n}\n`);
      const imp = await ws.run(["import", "-no-color", "xen_domain.h", "h1/hand-made"]);
      expect(imp.code, imp.stdout + imp.stderr).toBe(0);
      expect(ws.resource("xen_domain.h")).toMatchObject({ name: "hand-made", memory: 256, vcpus: 2, effective_type: "pvh" });
      const plan = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(plan.code, plan.stdout).toBe(0);
    });

    it("destroys with xl shutdown -w (under the guest's lock, bounded on the host by shutdown_timeout) then xl destroy, by domid", async () => {
      host.clearCommands();
      const r = await ws.run(["destroy", "-no-color", "-auto-approve"]);
      expect(r.code, r.stderr).toBe(0);
      expect(host.domains().filter((d: any) => d.domid !== 0)).toEqual([]);
      const shutdowns = host.commands().filter((c) => c.includes("xl shutdown"));
      expect(shutdowns.length).toBeGreaterThan(0);
      for (const c of shutdowns) expect(/flock -s -w \d+ 9/.test(c) && /flock -w \d+ 8/.test(c) && /^timeout \d+ xl shutdown -w \d+$/m.test(c), c).toBe(true);
      expect(ws.state().resources).toEqual([]);
    });

    it("x86: no type → pv; pv → pvh replaces the domain", async () => {
      host.setFacts(X86);
      config(guest("x", `  name = "x86-guest"\n  memory = 128`));
      expect((await ws.apply()).code).toBe(0);
      expect(ws.resource("xen_domain.x").effective_type).toBe("pv");
      config(guest("x", `  name = "x86-guest"\n  type = "pvh"\n  memory = 128`));
      const { plan } = await ws.planJson();
      const c = plan.resource_changes[0].change;
      expect(c.actions).toEqual(["delete", "create"]);
      expect(c.after.effective_type).toBe("pvh");
      expect((await ws.apply()).code).toBe(0);
      expect(ws.resource("xen_domain.x").effective_type).toBe("pvh");
      // x86: memory changes within maxmem apply in place with xl mem-set, by domid.
      config(guest("x", `  name = "x86-guest"\n  type = "pvh"\n  memory = 128\n  maxmem = 256`));
      expect((await ws.apply()).code).toBe(0);
      config(guest("x", `  name = "x86-guest"\n  type = "pvh"\n  memory = 200\n  maxmem = 256`));
      const { plan: grow } = await ws.planJson();
      expect(grow.resource_changes[0].change.actions).toEqual(["update"]);
      const domid = ws.resource("xen_domain.x").domid;
      host.clearCommands();
      expect((await ws.apply()).code).toBe(0);
      expect(xlCommands()).toEqual([`xl mem-set ${domid} 200m`]);
      expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
      host.setFacts(ARM);
    });

    it("xen_domains lists every guest on the host, managed or not, with both types", async () => {
      const ssh = await import("node:child_process");
      ssh.execFileSync("ssh", [...host.sshArgs(), "cat > /tmp/u.cfg && xl create /tmp/u.cfg"], {
        input: 'name = "unmanaged"\ntype = "pv"\nkernel = "/var/lib/xen-guests/vmlinuz"\nmemory = 64\n',
      });
      config(`data "xen_domains" "all" { host = "h1" }\noutput "all" { value = data.xen_domains.all.domains }\n`);
      const r = await ws.apply();
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse((await ws.run(["output", "-json", "all"])).stdout);
      expect(out.map((d: any) => d.name)).not.toContain("Domain-0");
      expect(out.find((d: any) => d.name === "unmanaged")).toMatchObject({ written_type: "pv", effective_type: "pvh", memory: 64, vcpus: 1 });
      ssh.execFileSync("ssh", [...host.sshArgs(), "xl destroy unmanaged"]);
    });

    it("xen_host reports facts and supported types", async () => {
      config(`data "xen_host" "h" { name = "h1" }\noutput "h" { value = data.xen_host.h }\n`);
      const r = await ws.apply();
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse((await ws.run(["output", "-json", "h"])).stdout);
      expect(out).toMatchObject({ arch: "aarch64", xen_version: "4.17.7", supported_types: ["pvh"] });
      expect(out.total_memory).toBeGreaterThan(0);
      // What the host checks read: the stand-in's bridges, memory and running guests (it has no device tree: no GIC).
      expect(out).toMatchObject({ bridges: ["xenbr0", "xenbr1"], gic_version: null, gic_v2_compatible: null });
      const guests = host.domains().filter((d: any) => d.domid !== 0);
      expect(Object.keys(out.guest_memory).sort()).toEqual(guests.map((d: any) => d.name).sort());
      expect(out.dom0_memory).toBeGreaterThan(0);
      // dom0_mem on the stand-in's Xen command line: no autoballooning, so free memory is all new guests get.
      expect(out.available_memory).toBe(out.free_memory);
    });
  });
}
