// ADDRESS TESTS: each vif's addresses and wait_for_ip through a real engine (terraform, and
// tofu where available) and the built provider, over real OpenSSH on loopback whose `xl` and
// xenstore tools are the STAND-IN of test/harness/fake-xen. The stand-in publishes what a
// guest's agent would write to xenstore (`xenstore-ls`, escaped as the real one escapes) and
// puts REAL entries in the session's neighbour table (`ip neigh replace` in its network
// namespace), both after a delay from the create (guest-net.json); the provider reads them
// with the machine's own `ip`. Fidelity to Xen is the e2e's.
import { existsSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;

const guest = (id: string, name: string, body: string) => `
resource "xen_domain" "${id}" {
  host             = "h1"
  name             = "${name}"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  memory           = 64
  shutdown_timeout = 0
${body}
}
`;
const vif = (wait: string | null, extra = "") => `  vif {\n    bridge = "xenbr0"\n${extra}${wait === null ? "" : `    wait_for_ip {\n${wait}    }\n`}  }\n`;

/** The engine's output with its line wrapping undone. */
const flat = (text: string) => text.replace(/\s+/g, " ");

/** The address polls among the commands a host ran (addressPollScript), and the domids each asked about. */
const polls = (h: SshHost) => h.commands().filter((c) => c.includes("/local/domain/%s/vm ")).map((c) => (/^set -- ([\d ]+)$/m.exec(c)?.[1] ?? "").split(" ").filter(Boolean).map(Number));

for (const engine of engines()) {
  describe(`addresses with ${engine.name} (stand-in xl and xenstore)`, () => {
    let host: SshHost;
    let ws: Workspace;
    const net = (spec: Record<string, unknown>) => writeFileSync(path.join(host.stateDir, "guest-net.json"), JSON.stringify(spec));
    const config = (body: string) => ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey }]) + body);
    const instance = (address: string) => ws.state()?.resources.find((r: any) => `${r.type}.${r.name}` === address)?.instances[0];

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: ARM });
      ws = new Workspace(engine);
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      await host?.stop();
      ws?.remove();
    });

    it("bad wait_for_ip values and a wait_for_ip outside any vif are plan errors on the attribute; nothing reaches the host", async () => {
      config(guest("a", "addr-bad", vif('      timeout = "forever"\n      source  = "dhcp"\n      family  = "ipx"\n')));
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      const text = r.stdout + r.stderr;
      expect(diagnostics(text, "Error")).toEqual(expect.arrayContaining([
        'wait_for_ip.timeout must be a duration like "90s", "5m" or "1h" (at most 24h)',
        'Invalid wait_for_ip.source "dhcp"',
        'Invalid wait_for_ip.family "ipx"',
      ]));
      expect(text).toMatch(/in resource "xen_domain" "a":\n\s+\d+:\s+timeout = "forever"/);
      // A guest with no vif has nothing to wait for: the block is the vif's, so the engine refuses it there.
      config(guest("a", "addr-novif", '  wait_for_ip {\n    timeout = "1m"\n  }\n'));
      const n = await ws.run(["plan", "-no-color"]);
      expect(n.code).toBe(1);
      expect(n.stdout + n.stderr).toMatch(/Blocks of type "wait_for_ip" are not expected here/);
      expect(n.stdout + n.stderr).toMatch(/\d+:\s+wait_for_ip \{/);
      expect(host.commands().filter((c) => c.includes("xl create") || c.includes("/attr"))).toEqual([]);
    });

    it("waits for the agent's address, which then reaches another resource; a changed address is not drift", async () => {
      net({ "addr-1": { after_ms: 2500, agent: { 0: { ipv4: ["10.99.0.2"], ipv6: ["fe80::216:3eff:fe00:2", "FD00::2"] } } } });
      config(guest("a", "addr-1", vif('      timeout = "60s"\n')) + `
resource "terraform_data" "peer" {
  input = xen_domain.a.vif[0].ipv4_addresses[0]
}
output "ip" {
  value = terraform_data.peer.output
}
`);
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const change = plan.resource_changes.find((r: any) => r.address === "xen_domain.a").change;
      expect(change.after_unknown.vif[0]).toMatchObject({ ipv4_addresses: true, ipv6_addresses: true, address_source: true });
      host.clearCommands();
      const t0 = Date.now();
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(2500);
      const s = ws.resource("xen_domain.a");
      expect(s.vif[0]).toMatchObject({ ipv4_addresses: ["10.99.0.2"], ipv6_addresses: ["fd00::2", "fe80::216:3eff:fe00:2"], address_source: "agent" });
      expect(s.vif[0].wait_for_ip).toEqual({ timeout: "60s", source: null, family: null });
      expect(JSON.parse((await ws.run(["output", "-json", "ip"])).stdout)).toBe("10.99.0.2");
      // Polled until the address was there, each poll one command for the host.
      const p = polls(host);
      expect(p.length).toBeGreaterThanOrEqual(2);
      expect(p.every((ids) => ids.length === 1 && ids[0] === s.domid)).toBe(true);

      // Nothing changed: the plan is empty.
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      // The guest's address changes: xen_domain plans nothing (not drift); what uses the address is updated.
      net({ "addr-1": { agent: { 0: { ipv4: ["10.99.0.7"] } } } });
      const { plan: p2 } = await ws.planJson();
      const actions = (a: string) => p2.resource_changes.find((r: any) => r.address === a).change.actions;
      expect(actions("xen_domain.a")).toEqual(["no-op"]);
      expect(actions("terraform_data.peer")).toEqual(["update"]);
      expect((await ws.apply()).code).toBe(0);
      expect(ws.resource("xen_domain.a").vif[0].ipv4_addresses).toEqual(["10.99.0.7"]);
      expect(JSON.parse((await ws.run(["output", "-json", "ip"])).stdout)).toBe("10.99.0.7");

      // wait_for_ip changed on the running guest: an update in place that touches no device and waits for nothing.
      config(guest("a", "addr-1", vif('      timeout = "2m"\n      family  = "ipv4"\n')) + `
resource "terraform_data" "peer" {
  input = xen_domain.a.vif[0].ipv4_addresses[0]
}
output "ip" {
  value = terraform_data.peer.output
}
`);
      const { plan: p3 } = await ws.planJson();
      expect(p3.resource_changes.find((r: any) => r.address === "xen_domain.a").change.actions).toEqual(["update"]);
      host.clearCommands();
      const u = await ws.apply();
      expect(u.code, u.stdout + u.stderr).toBe(0);
      expect(host.commands().some((c) => /xl (network|block)-(attach|detach)/.test(c))).toBe(false);
      expect(polls(host)).toEqual([]);
      expect(ws.resource("xen_domain.a").vif[0]).toMatchObject({ ipv4_addresses: ["10.99.0.7"], wait_for_ip: { timeout: "2m", family: "ipv4", source: null } });
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
    });

    it("without an agent, the neighbour table answers; guests waiting together share one command per poll", async () => {
      net({
        "addr-n1": { neigh_after_ms: 3000, neigh: { 0: ["10.99.0.11", "fd00::11"] } },
        "addr-n2": { neigh_after_ms: 3000, neigh: { 0: ["10.99.0.12"] } },
        "addr-n3": { after_ms: 3000, agent: { 0: { ipv4: ["10.99.0.13"] } }, neigh: { 0: ["10.99.0.99"] } },
      });
      config(guest("n1", "addr-n1", vif('      source = "neighbour"\n')) + guest("n2", "addr-n2", vif("")) +
        guest("n3", "addr-n3", vif('      source = "agent"\n      family = "ipv4"\n')));
      host.clearCommands();
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      expect(ws.resource("xen_domain.n1").vif[0]).toMatchObject({ ipv4_addresses: ["10.99.0.11"], ipv6_addresses: ["fd00::11"], address_source: "neighbour" });
      expect(ws.resource("xen_domain.n2").vif[0]).toMatchObject({ ipv4_addresses: ["10.99.0.12"], address_source: "neighbour" });
      // source = "agent": the neighbour entry is not this interface's address for it.
      expect(ws.resource("xen_domain.n3").vif[0]).toMatchObject({ ipv4_addresses: ["10.99.0.13"], address_source: "agent" });
      // The three waited at once: some poll asked about all three, none about one guest twice.
      const p = polls(host);
      expect(Math.max(...p.map((ids) => ids.length))).toBe(3);
      expect(p.every((ids) => new Set(ids).size === ids.length)).toBe(true);
      // A refresh reads the addresses in the listing's own round trip: no command beyond it.
      host.clearCommands();
      expect((await ws.run(["plan", "-no-color", "-detailed-exitcode"])).code).toBe(0);
      expect(host.commands().filter((c) => c.includes("xenstore-ls")).length).toBe(1);
      expect(polls(host)).toEqual([]);
      expect((await ws.run(["destroy", "-auto-approve", "-target=xen_domain.n1", "-target=xen_domain.n2", "-target=xen_domain.n3"])).code).toBe(0);
    });

    it("at the timeout, apply fails naming the guest and the interface; the guest runs and is in the state", async () => {
      net({});
      config(guest("t", "addr-timeout", vif('      timeout = "4s"\n', '    mac    = "00:16:3e:00:00:44"\n')));
      const t0 = Date.now();
      const apply = await ws.apply();
      const took = Date.now() - t0;
      expect(apply.code).toBe(1);
      expect(took).toBeLessThan(30_000);
      const errors = diagnostics(apply.stdout + apply.stderr, "Error");
      expect(errors).toEqual(['Guest "addr-timeout" on host "h1": vif[0] (00:16:3e:00:00:44 on xenbr0) has no address after 4 s']);
      expect(flat(apply.stdout + apply.stderr)).toMatch(/Waited 4 s \(\d+ polls\): no agent in the guest wrote one to xenstore, and dom0's neighbour table has no entry for 00:16:3e:00:00:44 on xenbr0\. The guest runs and is recorded in the state with uuid [0-9a-f-]{36}/);
      const i = instance("xen_domain.t");
      expect(i.status).toBe("tainted");
      expect(i.attributes.vif[0]).toMatchObject({ ipv4_addresses: [], ipv6_addresses: [], address_source: null });
      expect(host.domains().some((d: any) => d.name === "addr-timeout" && d.uuid === i.attributes.uuid)).toBe(true);
      expect((await ws.run(["destroy", "-auto-approve", "-target=xen_domain.t"])).code).toBe(0);
      expect(host.domains().some((d: any) => d.name === "addr-timeout")).toBe(false);
    });

    it("a guest that stops while waiting, and xenstore that stops answering, end the wait with an error", async () => {
      net({});
      config(guest("g", "addr-gone", vif('      timeout = "2m"\n')));
      host.clearCommands();
      const applying = ws.apply();
      // Once the wait has begun, the guest goes away behind the provider's back.
      for (let i = 0; i < 100 && !polls(host).length; i++) await new Promise((r) => setTimeout(r, 200));
      const domid = host.domains().find((d: any) => d.name === "addr-gone")?.domid;
      expect(domid).toBeGreaterThan(0);
      (await import("node:child_process")).execFileSync("ssh", [...host.sshArgs(), `xl destroy ${domid}`]);
      const apply = await applying;
      expect(apply.code).toBe(1);
      expect(diagnostics(apply.stdout + apply.stderr, "Error")).toEqual(['Guest "addr-gone" stopped on host "h1" while waiting for an address on vif[0] (' +
        `${instance("xen_domain.g").attributes.vif[0].mac} on xenbr0)`]);
      expect((await ws.run(["state", "rm", "xen_domain.g"])).code).toBe(0);

      // xenstore stops answering (a wedged xenstored): three failed polls in a row end the wait, naming the host.
      config(guest("w", "addr-wedged", vif('      timeout = "2m"\n')));
      host.clearCommands();
      const wedged = ws.apply();
      for (let i = 0; i < 100 && !polls(host).length; i++) await new Promise((r) => setTimeout(r, 200));
      host.fault("fail-xenstore");
      const w = await wedged;
      host.fault("none");
      expect(w.code).toBe(1);
      const text = w.stdout + w.stderr;
      expect(diagnostics(text, "Error")).toEqual([expect.stringMatching(/^Guest "addr-wedged" on host "h1": waiting for an address on vif\[0\] \(.*\) failed$/)]);
      expect(flat(text)).toMatch(/host "h1": reading the guests' addresses failed \(exit 103\): xenstore cannot be read/);
      expect(instance("xen_domain.w").status).toBe("tainted");
      expect((await ws.run(["destroy", "-auto-approve", "-target=xen_domain.w"])).code).toBe(0);
    });

    it("a connection dropped under a poll is read again; a host that goes away ends the wait naming it, never hangs", async () => {
      // One drop: the poll is asked again on a new connection, and the wait goes on to its address.
      net({ "addr-drop": { after_ms: 3000, agent: { 0: { ipv4: ["10.99.0.21"] } } } });
      host.fault("drop-next-exec-matching:/local/domain/%s/vm ");
      config(guest("d", "addr-drop", vif('      timeout = "1m"\n')));
      const a = await ws.apply();
      expect(a.code, a.stdout + a.stderr).toBe(0);
      expect(existsSync(path.join(host.stateDir, "fault"))).toBe(false); // the drop happened
      expect(ws.resource("xen_domain.d").vif[0].ipv4_addresses).toEqual(["10.99.0.21"]);
      expect((await ws.run(["destroy", "-auto-approve", "-target=xen_domain.d"])).code).toBe(0);

      // The host goes away during the wait (its sshd stops): the wait ends with an error naming the host.
      const other = await startSshHost({ facts: ARM });
      const ws2 = new Workspace(engine);
      try {
        ws2.write("main.tf", providerBlock([{ name: "h2", port: other.port, keyFile: other.privateKeyFile, hostKey: other.hostKey }]) +
          guest("x", "addr-lost", vif('      timeout = "10m"\n')).replace('"h1"', '"h2"'));
        const applying = ws2.apply();
        for (let i = 0; i < 150 && !polls(other).length; i++) await new Promise((r) => setTimeout(r, 200));
        expect(polls(other).length).toBeGreaterThan(0);
        const t0 = Date.now();
        await other.stop();
        const r = await applying;
        expect(Date.now() - t0).toBeLessThan(60_000);
        expect(r.code).toBe(1);
        const text = flat(r.stdout + r.stderr);
        expect(diagnostics(r.stdout + r.stderr, "Error")).toEqual([expect.stringMatching(/^Guest "addr-lost" on host "h2": waiting for an address on vif\[0\] \(.*\) failed$/)]);
        expect(text).toMatch(/host "h2"/);
        expect(text).toMatch(/The guest runs and is recorded in the state with uuid/);
        expect(ws2.state().resources.find((x: any) => x.type === "xen_domain").instances[0].status).toBe("tainted");
      } finally {
        await other.stop();
        ws2.remove();
      }
    });
  });
}
