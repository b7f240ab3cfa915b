// FAULT SUITE: the faults and mistakes a fleet meets, each tried with a real engine
// (terraform, and tofu where available) against a real OpenSSH server on loopback whose
// `xl` is a STAND-IN (test/harness/fake-xen). For every case it asserts: the error names
// the attribute or the host, nothing half-made remains on the host, the state tells the
// truth, and the next apply converges. Fidelity to real Xen is test/e2e's job.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, Workspace } from "../engine/engine";
import { configPath, guestLock } from "../../src/resources/host-scripts";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;

const guest = (id: string, name: string, attrs = "", shutdownTimeout = 1) => `
resource "xen_domain" "${id}" {
  host             = "h1"
  name             = "${name}"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  memory           = 128
  shutdown_timeout = ${shutdownTimeout}
${attrs}}
`;

/** What the engine printed, with its line wrapping and box drawing undone. */
const said = (r: { stdout: string; stderr: string }) => (r.stdout + r.stderr).replace(/[│╷╵]/g, " ").replace(/\s+/g, " ");
const errors = (r: { stdout: string; stderr: string }) => diagnostics(r.stdout + r.stderr, "Error").join("\n");

for (const engine of engines()) {
  describe(`faults with ${engine.name} (stand-in xl)`, () => {
    const cleanup: (() => unknown)[] = [];
    afterEach(async () => {
      for (const c of cleanup.splice(0).reverse()) await c();
    });

    /** A fresh host and workspace; the host's configs go to its own directory. */
    async function setup(opts: { extra?: string } = {}) {
      ensureBuilt();
      const host = await startSshHost({ facts: ARM });
      cleanup.push(() => host.stop());
      const configDir = join(host.dir, "configs");
      const provider = providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey,
        extra: `    config_dir  = "${configDir}"\n${opts.extra ?? ""}` }]);
      const workspace = () => {
        const ws = new Workspace(engine);
        cleanup.push(() => ws.remove());
        return ws;
      };
      const ws = workspace();
      const guests = () => host.domains().filter((d: any) => d.domid !== 0);
      const ssh = (cmd: string, input?: string) => execFileSync("ssh", [...host.sshArgs(), cmd], { encoding: "utf8", input });
      const configs = () => (existsSync(configDir) ? readdirSync(configDir).filter((f) => f.endsWith(".cfg")) : []);
      return { host, ws, workspace, provider, guests, ssh, configs, configDir };
    }

    it("two resources with one host/name: refused at plan on name, nothing reaches the host", async () => {
      const { host, ws, provider, guests } = await setup();
      ws.write("main.tf", provider + guest("a", "web") + guest("b", "web"));
      host.clearCommands();
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(errors(r)).toMatch(/Two xen_domain resources declare the guest "web" on host "h1"/);
      expect(said(r)).toMatch(/with xen_domain\.[ab], on main\.tf line \d+, in resource "xen_domain" "[ab]": \d+: name =/);
      expect(guests()).toEqual([]);
      expect(host.commands().filter((c) => /xl create/.test(c))).toEqual([]);
      // Fixed: it applies.
      ws.write("main.tf", provider + guest("a", "web") + guest("b", "db"));
      expect((await ws.apply()).code).toBe(0);
      expect(guests().map((d: any) => d.name).sort()).toEqual(["db", "web"]);
    });

    it("two workspaces create the same name at the same moment: one guest, the winner's, untouched by the loser", async () => {
      const { ws, workspace, provider, guests, configs } = await setup();
      const other = workspace();
      ws.write("main.tf", provider + guest("a", "race"));
      other.write("main.tf", provider + guest("a", "race"));
      const [r1, r2] = await Promise.all([ws.apply(), other.apply()]);
      const codes = [r1.code, r2.code].sort();
      expect(codes).toEqual([0, 1]);
      const [winner, loser] = r1.code === 0 ? [ws, other] : [other, ws];
      const lost = r1.code === 0 ? r2 : r1;
      expect(errors(lost)).toMatch(/A domain named "race" already exists on host "h1"/);
      expect(guests().map((d: any) => d.name)).toEqual(["race"]);
      expect(guests()[0].uuid).toBe(winner.resource("xen_domain.a").uuid);
      expect(loser.resource("xen_domain.a")).toBeUndefined();
      expect(configs()).toHaveLength(1);
      // The winner's state still matches the host; the loser keeps being refused, harmlessly.
      expect((await winner.run(["plan", "-detailed-exitcode"])).code).toBe(0);
      const again = await loser.apply();
      expect(again.code).toBe(1);
      expect(guests()).toHaveLength(1);
    });

    it("two workspaces with different guests apply at once: each create under the host lock (shared) and its guest's own, all succeed", async () => {
      const { host, ws, workspace, provider, guests } = await setup();
      const other = workspace();
      ws.write("main.tf", provider + guest("a", "one") + guest("b", "two"));
      other.write("main.tf", provider + guest("a", "three") + guest("b", "four"));
      // Each xl create takes 2 s on this host: how many ran at the same moment is measured, not read from the scripts.
      writeFileSync(join(host.stateDir, "create-delay"), "2\n");
      const [r1, r2] = await Promise.all([ws.apply(["-parallelism=4"]), other.apply(["-parallelism=4"])]);
      expect(r1.code, said(r1)).toBe(0);
      expect(r2.code, said(r2)).toBe(0);
      expect(guests().map((d: any) => d.name).sort()).toEqual(["four", "one", "three", "two"]);
      const spans = readFileSync(join(host.stateDir, "create-times"), "utf8").trim().split("\n").map((l) => l.split(" ").map(Number));
      expect(spans).toHaveLength(4);
      const atOnce = Math.max(...spans.map(([start]) => spans.filter(([s, e]) => s <= start && start < e).length));
      expect(atOnce).toBeGreaterThanOrEqual(3);
      expect(host.commands().filter((c) => /flock -s -w \d+ 9/.test(c) && /flock -w \d+ 8/.test(c) && /xl create/.test(c))).toHaveLength(4);
    });

    it("a lock held by someone else: the change waits, then fails naming the holder; nothing changed", async () => {
      const { ws, provider, guests, configDir } = await setup();
      ws.write("main.tf", provider + guest("a", "web", `  timeouts {\n    create = "2s"\n  }\n`));
      // Another run (here: a shell on the host) holds the lock for longer than the create may wait.
      const { spawn } = await import("node:child_process");
      const { mkdirSync, writeFileSync } = await import("node:fs");
      mkdirSync(configDir, { recursive: true });
      writeFileSync(join(configDir, ".lock.owner"), "pipeline 42 on runner-7\n");
      const holder = spawn("flock", [join(configDir, ".lock"), "sleep", "8"], { stdio: "ignore" });
      cleanup.push(() => holder.kill());
      await new Promise((r) => setTimeout(r, 300));
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toMatch(/another change holds the host-side lock/);
      expect(said(r)).toMatch(/pipeline 42 on runner-7/);
      expect(guests()).toEqual([]);
      expect(ws.resource("xen_domain.a")).toBeUndefined();
      await new Promise((res) => holder.on("exit", res));
      expect((await ws.apply()).code).toBe(0);
      expect(guests().map((d: any) => d.name)).toEqual(["web"]);
    });

    it("a guest's own lock held by someone else: that guest's create fails naming the lock and its holder; another guest is created meanwhile", async () => {
      const { ws, provider, guests, configDir } = await setup();
      ws.write("main.tf", provider + guest("a", "web", `  timeouts {\n    create = "2s"\n  }\n`) + guest("b", "other"));
      const { spawn } = await import("node:child_process");
      const { mkdirSync } = await import("node:fs");
      mkdirSync(configDir, { recursive: true });
      const lock = guestLock(configDir, "web");
      writeFileSync(lock, "pipeline 43 on runner-8\n");
      const holder = spawn("flock", [lock, "sleep", "8"], { stdio: "ignore" });
      cleanup.push(() => holder.kill());
      await new Promise((r) => setTimeout(r, 300));
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toContain(`another change holds the host-side lock ${lock} (pipeline 43 on runner-8)`);
      expect(guests().map((d: any) => d.name)).toEqual(["other"]);
      expect(ws.resource("xen_domain.a")).toBeUndefined();
      await new Promise((res) => holder.on("exit", res));
      expect((await ws.apply()).code).toBe(0);
      expect(guests().map((d: any) => d.name).sort()).toEqual(["other", "web"]);
    });

    it("Domain-0: never a name to declare, never imported (under any resource name), and a state that points at it destroys nothing", async () => {
      const { host, ws, provider, guests } = await setup();
      const dom0Commands = () => host.commands().flatMap((c) => c.split("\n")).filter((c) => /\bxl (shutdown|destroy|mem-set|vcpu-set|block-\w+|network-\w+)\b.*\s0(\s|$)/.test(c));
      // Declared by its name: refused at plan.
      ws.write("main.tf", provider + guest("d", "Domain-0"));
      const declared = await ws.run(["plan", "-no-color"]);
      expect(declared.code).toBe(1);
      expect(errors(declared)).toMatch(/name must not be Domain-0/);
      // Imported into an ordinary resource: the import's own guard refuses it.
      ws.write("main.tf", provider + guest("d", "web"));
      const imp = await ws.run(["import", "-no-color", "xen_domain.d", "h1/Domain-0"]);
      expect(imp.code).toBe(1);
      expect(errors(imp)).toMatch(/Domain-0 cannot be imported/);
      expect(ws.state()?.resources ?? []).toEqual([]);
      // A state edited to point at domid 0 (with its guest's own name and uuid, or with Domain-0's uuid).
      expect((await ws.apply()).code).toBe(0);
      const ours = ws.resource("xen_domain.d");
      for (const edit of [{ domid: 0 }, { domid: 0, uuid: "00000000-0000-0000-0000-000000000000" }, { uuid: "00000000-0000-0000-0000-000000000000" }]) {
        const state = ws.state();
        Object.assign(state.resources[0].instances[0].attributes, { ...ours, ...edit });
        state.serial += 1;
        ws.write("terraform.tfstate", JSON.stringify(state));
        host.clearCommands();
        const r = await ws.run(["destroy", "-auto-approve", "-no-color", "-refresh=false"]);
        if (edit.domid === 0) {
          expect(r.code, JSON.stringify(edit)).toBe(1);
          expect(errors(r)).toMatch(/Refusing to destroy Domain-0/);
        }
        expect(dom0Commands(), JSON.stringify(edit)).toEqual([]);
        expect(host.domains().find((d: any) => d.domid === 0)).toBeTruthy();
      }
      // Domain-0's uuid in our state matched no guest of ours: our guest still runs, and is nobody's now.
      expect(guests().map((d: any) => d.uuid)).toEqual([ours.uuid]);
    });

    it("a stranger with the same name after ours is gone: refresh warns and does not adopt it; apply leaves it alone", async () => {
      const { ws, provider, guests, ssh } = await setup();
      ws.write("main.tf", provider + guest("a", "web"));
      expect((await ws.apply()).code).toBe(0);
      const ours = ws.resource("xen_domain.a");
      ssh(`xl destroy ${ours.domid}`);
      ssh("cat > /tmp/stranger.cfg && xl create /tmp/stranger.cfg", 'name = "web"\nkernel = "/var/lib/xen-guests/vmlinuz"\nmemory = 64\n');
      const stranger = guests().find((d: any) => d.name === "web");
      const { run, plan } = await ws.planJson();
      expect(run.code, said(run)).toBe(0);
      expect(diagnostics(run.stdout + run.stderr, "Warning").join("\n")).toMatch(/Guest "web" is gone from host "h1"/);
      expect(said(run)).toMatch(new RegExp(`not the guest this configuration manages \\(uuid ${ours.uuid}\\)`));
      expect(plan.resource_changes[0].change.actions).toEqual(["create"]);
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(errors(r)).toMatch(/A domain named "web" already exists on host "h1"/);
      expect(guests()).toEqual([expect.objectContaining({ name: "web", uuid: stranger.uuid, domid: stranger.domid })]);
      expect(ws.resource("xen_domain.a")).toBeUndefined();
    });

    it("a domain made by hand and named like the listing's markers: every refresh of the host still reads it right", async () => {
      const { ws, provider, guests, ssh } = await setup();
      ws.write("main.tf", provider + guest("a", "web"));
      expect((await ws.apply()).code).toBe(0);
      for (const [i, name] of ["@@cdktf-xen:table@@", "@@cdktf-xen:effective-types@@", "@@cdktf-xen:autostart@@"].entries()) {
        ssh(`cat > /tmp/marker-${i}.cfg && xl create /tmp/marker-${i}.cfg`, `name = "${name}"\nkernel = "/var/lib/xen-guests/vmlinuz"\nmemory = 64\n`);
      }
      expect(guests()).toHaveLength(4);
      const r = await ws.run(["plan", "-detailed-exitcode", "-no-color"]);
      expect(r.code, said(r)).toBe(0);
      ws.write("main.tf", provider + guest("a", "web", "  vcpus = 1\n  maxvcpus = 2\n"));
      const again = await ws.apply();
      expect(again.code, said(again)).toBe(0);
      expect(guests().map((d: any) => d.name).sort()).toEqual(["@@cdktf-xen:autostart@@", "@@cdktf-xen:effective-types@@", "@@cdktf-xen:table@@", "web"]);
    });

    it("config_dir: a relative path is refused at plan; a directory others can write to or owned by someone else is refused on the host, naming it; nothing is created", async () => {
      const { host, ws, guests } = await setup();
      const block = (dir: string) => providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey, extra: `    config_dir  = "${dir}"\n` }]);
      ws.write("main.tf", block("xen/configs") + guest("a", "web"));
      host.clearCommands();
      const rel = await ws.run(["plan", "-no-color"]);
      expect(rel.code).toBe(1);
      expect(errors(rel)).toMatch(/config_dir must be an absolute path/);
      expect(host.commands()).toEqual([]);
      const shared = join(host.dir, "shared");
      mkdirSync(shared, { mode: 0o777 });
      chmodSync(shared, 0o1777);
      ws.write("main.tf", block(shared) + guest("a", "web"));
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toMatch(new RegExp(`config_dir ${shared} is owned by uid 0 with mode 1777: it must be owned by root or the SSH user and writable by no one else`));
      expect(guests()).toEqual([]);
      expect(readdirSync(shared)).toEqual([]);
      const others = join(host.dir, "others");
      mkdirSync(others, { mode: 0o755 });
      chownSync(others, 12345, 12345);
      ws.write("main.tf", block(others) + guest("a", "web"));
      const r2 = await ws.apply();
      expect(r2.code).toBe(1);
      expect(said(r2)).toMatch(/config_dir .* is owned by uid 12345/);
      expect(guests()).toEqual([]);
      chmodSync(shared, 0o755);
      ws.write("main.tf", block(shared) + guest("a", "web"));
      expect((await ws.apply()).code).toBe(0);
      expect(guests().map((d: any) => d.name)).toEqual(["web"]);
    });

    it("a file already at the new guest's config path: the config of a domain on the host (renamed) or one without a uuid line is never overwritten; a stale one of a destroyed guest is replaced, with a warning", async () => {
      const { ws, provider, guests, configDir, ssh } = await setup();
      mkdirSync(configDir, { recursive: true, mode: 0o700 });
      const file = configPath(configDir, "web");
      // A domain on the host whose config sits at web's path (created from it, then renamed by hand).
      const live = 'name = "renamed"\nkernel = "/var/lib/xen-guests/vmlinuz"\nmemory = 64\nuuid = "11111111-2222-3333-4444-555555555555"\n';
      writeFileSync(file, live);
      ssh(`xl create ${file}`);
      ws.write("main.tf", provider + guest("a", "web"));
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(errors(r)).toMatch(/A config file for a guest named "web" is already on host "h1"/);
      expect(said(r)).toContain("uuid 11111111-2222-3333-4444-555555555555");
      expect(readFileSync(file, "utf8")).toBe(live);
      expect(guests().map((d: any) => d.name)).toEqual(["renamed"]);
      expect(ws.resource("xen_domain.a")).toBeUndefined();
      // A file this provider did not write (no uuid line): left alone too.
      writeFileSync(file, 'name = "web"\n');
      expect(said(await ws.apply())).toMatch(/A config file for a guest named "web" is already on host "h1".*no uuid line of this provider/);
      expect(readFileSync(file, "utf8")).toBe('name = "web"\n');
      // Its domain gone, the file is a stale one: replaced.
      ssh(`xl destroy renamed`);
      writeFileSync(file, live);
      const ok = await ws.apply();
      expect(ok.code, said(ok)).toBe(0);
      expect(said(ok)).toMatch(/Replaced a stale config of "web" on host "h1".*uuid 11111111-2222-3333-4444-555555555555, which no domain on the host has/);
      expect(readFileSync(file, "utf8")).toContain(`uuid = "${ws.resource("xen_domain.a").uuid}"`);
      expect(guests().map((d: any) => d.name)).toEqual(["web"]);
    });

    it("an imported guest given autostart = true: its config is written on the host first, so the link points at a file", async () => {
      const { ws, provider, guests, ssh, configDir } = await setup();
      const name = `hand-${process.pid}-${engine.name}`;
      ssh("cat > /tmp/hand.cfg && xl create /tmp/hand.cfg", `name = "${name}"\nkernel = "/var/lib/xen-guests/vmlinuz"\nmemory = 128\n`);
      const file = configPath(configDir, name);
      const link = join("/etc/xen/auto", basename(file));
      cleanup.push(() => rmSync(link, { force: true }));
      ws.write("main.tf", provider + guest("a", name));
      const imp = await ws.run(["import", "-no-color", "xen_domain.a", `h1/${name}`]);
      expect(imp.code, said(imp)).toBe(0);
      expect(existsSync(file)).toBe(false);
      ws.write("main.tf", provider + guest("a", name, "  autostart = true\n"));
      const r = await ws.apply();
      expect(r.code, said(r)).toBe(0);
      expect(readlinkSync(link)).toBe(file);
      expect(readFileSync(file, "utf8")).toContain(`uuid = "${guests()[0].uuid}"`);
      const again = await ws.run(["plan", "-detailed-exitcode", "-no-color"]);
      expect(again.code, said(again)).toBe(0);
      expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
      expect(existsSync(link)).toBe(false);
    });

    it("our guest re-created by hand from the provider's own config file is still ours (same uuid)", async () => {
      const { ws, provider, guests, ssh, configDir, configs } = await setup();
      ws.write("main.tf", provider + guest("a", "web"));
      expect((await ws.apply()).code).toBe(0);
      const ours = ws.resource("xen_domain.a");
      ssh(`xl destroy ${ours.domid} && xl create ${join(configDir, configs()[0])}`);
      const back = guests().find((d: any) => d.name === "web");
      expect(back.uuid).toBe(ours.uuid);
      const r = await ws.run(["plan", "-detailed-exitcode"]);
      expect(r.code, said(r)).toBe(0);
      expect(ws.resource("xen_domain.a").uuid).toBe(ours.uuid);
    });

    for (const [step, fault] of [
      ["before xl create runs", "drop-next-exec-matching:xl create"],
      ["after xl create ran", "drop-after-next-exec-matching:xl create"],
    ] as const) {
      it(`create: connection dropped ${step} — error on the host, no guest left, no state; the next apply converges`, async () => {
        const { host, ws, provider, guests, configs } = await setup();
        ws.write("main.tf", provider + guest("a", "web"));
        host.fault(fault);
        const r = await ws.apply();
        expect(r.code).toBe(1);
        expect(errors(r)).toMatch(/Cannot use the Xen host/);
        expect(said(r)).toMatch(/host "h1": the connection dropped while running `xl create/);
        expect(guests()).toEqual([]);
        expect(configs()).toEqual([]);
        expect(ws.resource("xen_domain.a")).toBeUndefined();
        expect((await ws.apply()).code).toBe(0);
        expect(guests().map((d: any) => d.name)).toEqual(["web"]);
      });
    }

    it("create: the new guest cannot be read back (xenstore failing after xl create) — recorded in state with a warning, never untracked", async () => {
      const { host, ws, provider, guests } = await setup();
      ws.write("main.tf", provider + guest("a", "web"));
      writeFileSync(join(host.stateDir, "xenstore-broken"), "");
      const r = await ws.apply();
      expect(r.code, said(r)).toBe(0);
      expect(said(r)).toMatch(/Guest "web" was created on host "h1" but could not be read back/);
      const recorded = ws.resource("xen_domain.a");
      expect(recorded.uuid).toBe(guests()[0].uuid);
      rmSync(join(host.stateDir, "xenstore-broken"));
      expect((await ws.run(["plan", "-detailed-exitcode"])).code).toBe(0);
      expect((await ws.apply(["-refresh-only"])).code).toBe(0);
      expect(ws.resource("xen_domain.a").domid).toBe(guests()[0].domid);
    });

    it("create: connection dropped after xl create and the host unreadable afterwards — recorded (tainted) by its uuid; the next apply replaces it", async () => {
      const { host, ws, provider, guests } = await setup();
      ws.write("main.tf", provider + guest("a", "web"));
      host.fault("drop-after-next-exec-matching:xl create");
      writeFileSync(join(host.stateDir, "xenstore-broken"), "");
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toMatch(/Could not check host "h1" for the guest being created/);
      const recorded = ws.state().resources[0].instances[0];
      expect(recorded.status).toBe("tainted");
      expect(recorded.attributes.uuid).toBe(guests()[0].uuid);
      rmSync(join(host.stateDir, "xenstore-broken"));
      const again = await ws.apply();
      expect(again.code, said(again)).toBe(0);
      expect(guests()).toHaveLength(1);
      expect(guests()[0].uuid).toBe(ws.resource("xen_domain.a").uuid);
      expect((await ws.run(["plan", "-detailed-exitcode"])).code).toBe(0);
    });

    for (const [what, fault] of [
      ["a regular file of that name in the autostart directory", "file"],
      ["the connection dropped while linking", "drop-next-exec-matching:ln -sfn"],
    ] as const) {
      it(`create: autostart fails after xl create (${what}) — the running guest is recorded, tainted, by its uuid; the next apply converges`, async () => {
        const { host, ws, provider, guests, configDir } = await setup();
        const name = `auto-${process.pid}-${engine.name}`;
        const file = configPath(configDir, name);
        const link = join("/etc/xen/auto", basename(file));
        mkdirSync("/etc/xen/auto", { recursive: true });
        cleanup.push(() => rmSync(link, { force: true }));
        if (fault === "file") writeFileSync(link, "someone else's\n");
        else host.fault(fault);
        ws.write("main.tf", provider + guest("a", name, "  autostart = true\n"));
        const r = await ws.apply();
        expect(r.code).toBe(1);
        expect(errors(r)).toMatch(new RegExp(`Cannot set autostart of "${name}" on host "h1"`));
        expect(guests()).toHaveLength(1);
        const recorded = ws.state().resources[0].instances[0];
        expect(recorded.attributes.uuid).toBe(guests()[0].uuid);
        expect(recorded.status).toBe("tainted");
        if (fault === "file") {
          expect(readFileSync(link, "utf8")).toBe("someone else's\n");
          rmSync(link);
        }
        const again = await ws.apply();
        expect(again.code, said(again)).toBe(0);
        expect(guests()).toHaveLength(1);
        expect(guests()[0].uuid).toBe(ws.resource("xen_domain.a").uuid);
        expect(readlinkSync(link)).toBe(file);
        expect((await ws.run(["plan", "-detailed-exitcode"])).code).toBe(0);
        expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
        expect(existsSync(link)).toBe(false);
      });
    }

    it("update in place: connection dropped after xl vcpu-set — error; a refresh tells the truth; the next apply converges", async () => {
      const { host, ws, provider, guests } = await setup();
      ws.write("main.tf", provider + guest("a", "web", "  vcpus = 1\n  maxvcpus = 2\n"));
      expect((await ws.apply()).code).toBe(0);
      ws.write("main.tf", provider + guest("a", "web", "  vcpus = 2\n  maxvcpus = 2\n"));
      host.fault("drop-after-next-exec-matching:xl vcpu-set");
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toMatch(/host "h1": the connection dropped while running `xl vcpu-set/);
      expect(guests()[0].online_vcpus).toHaveLength(2);
      const again = await ws.apply();
      expect(again.code, said(again)).toBe(0);
      expect(ws.resource("xen_domain.a").vcpus).toBe(2);
      expect((await ws.run(["plan", "-detailed-exitcode"])).code).toBe(0);
    });

    for (const [step, fault] of [
      ["before xl destroy runs", "drop-next-exec-matching:xl destroy"],
      ["after xl destroy ran", "drop-after-next-exec-matching:xl destroy"],
    ] as const) {
      it(`destroy: connection dropped ${step} — error on the host; the state keeps what may still run; the next destroy converges`, async () => {
        const { host, ws, provider, guests, configs } = await setup();
        ws.write("main.tf", provider + guest("a", "web", "", 0));
        expect((await ws.apply()).code).toBe(0);
        host.fault(fault);
        const r = await ws.run(["destroy", "-auto-approve", "-no-color"]);
        expect(r.code).toBe(1);
        expect(said(r)).toMatch(/host "h1": the connection dropped while running `xl destroy/);
        expect(ws.resource("xen_domain.a")).toBeTruthy();
        const again = await ws.run(["destroy", "-auto-approve", "-no-color"]);
        expect(again.code, said(again)).toBe(0);
        expect(guests()).toEqual([]);
        expect(configs()).toEqual([]);
        expect(ws.state().resources).toEqual([]);
      });
    }

    it("a hung xl create: the create timeout ends it with an error naming the host and the command; nothing left", async () => {
      const { host, ws, provider, guests } = await setup();
      ws.write("main.tf", provider + guest("a", "web", `  timeouts {\n    create = "3s"\n  }\n`));
      host.fault("hang-next-exec-matching:xl create");
      const started = Date.now();
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toMatch(/host "h1": `xl create [^`]+` did not finish within \d+ s/);
      expect(Date.now() - started).toBeLessThan(45_000);
      expect(guests()).toEqual([]);
      expect(ws.resource("xen_domain.a")).toBeUndefined();
      expect((await ws.apply()).code).toBe(0);
    });

    it("a hung volume create: timeouts.create ends it with an error naming the host and the command; a bad duration is a plan error on its attribute", async () => {
      const { host, ws, provider } = await setup();
      const pool = join(host.dir, "pool");
      const volume = (create: string) => `
resource "xen_volume" "v" {
  host     = "h1"
  name     = "v.raw"
  pool_dir = "${pool}"
  size     = 4
  timeouts {
    create = "${create}"
  }
}
`;
      ws.write("main.tf", provider + volume("soon"));
      const bad = await ws.run(["plan", "-no-color"]);
      expect(bad.code).toBe(1);
      expect(errors(bad)).toBe('timeouts.create must be a duration like "30s", "10m" or "1h" (at most 24h)');
      expect(said(bad)).toContain('create = "soon"');

      ws.write("main.tf", provider + volume("3s"));
      host.fault("hang-next-exec-matching:truncate -s");
      const started = Date.now();
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toContain(`host "h1": \`creating ${pool}/v.raw\` did not finish within 8 s`);
      expect(Date.now() - started).toBeLessThan(25_000);
      expect(ws.resource("xen_volume.v")).toBeUndefined();
      const again = await ws.apply();
      expect(again.code, said(again)).toBe(0);
      expect(existsSync(join(pool, "v.raw"))).toBe(true);
      expect((await ws.run(["destroy", "-auto-approve"])).code).toBe(0);
    });

    for (const [how, fault, message] of [
      ["the create times out", "slow-create:14", /host "h1": `xl create [^`]+` did not finish within \d+ s/],
      ["the connection drops", "slow-create:6:drop", /host "h1": the connection dropped while running `xl create/],
    ] as const) it(`an xl create still building when ${how}: the clean-up waits for the create script (the guest's lock), destroys the domain by its uuid, and leaves no guest, config or state`, async () => {
      const { host, ws, provider, guests, configs } = await setup();
      ws.write("main.tf", provider + guest("a", "web", `  timeouts {\n    create = "3s"\n  }\n`));
      host.fault(fault);
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toMatch(message);
      expect(said(r)).toMatch(/Nothing was left on host "h1".* The guest that xl create started \(uuid [-0-9a-f]+, domid \d+\) was destroyed/);
      // Once the create script would have built the domain, nothing came of it.
      for (let i = 0; i < 80 && host.domains().some((d: any) => d.building); i++) await new Promise((res) => setTimeout(res, 250));
      await new Promise((res) => setTimeout(res, 500));
      expect(guests()).toEqual([]);
      expect(configs()).toEqual([]);
      expect(ws.resource("xen_domain.a")).toBeUndefined();
      expect((await ws.apply()).code).toBe(0);
      expect(guests().map((d: any) => d.name)).toEqual(["web"]);
    });

    it("a hung xl list: plan fails after command_timeout, naming the host and the command; the next plan recovers", async () => {
      const { host, ws, provider } = await setup({ extra: "    command_timeout = 3\n" });
      ws.write("main.tf", provider + guest("a", "web"));
      expect((await ws.apply()).code).toBe(0);
      host.fault("hang-next-exec-matching:xl list -l");
      const started = Date.now();
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      expect(errors(r)).toMatch(/Cannot use the Xen host/);
      expect(said(r)).toMatch(/host "h1".*xl list -l.*(did not finish|timed out)/s);
      expect(Date.now() - started).toBeLessThan(40_000);
      expect(ws.resource("xen_domain.a").name).toBe("web");
      expect((await ws.run(["plan", "-detailed-exitcode"])).code).toBe(0);
    });

    it("xenstore failing on the host: refresh fails for the host with the state kept — no replacement of an Arm pv guest", async () => {
      const { host, ws, provider } = await setup();
      ws.write("main.tf", provider + guest("a", "web", '  type = "pv"\n'));
      expect((await ws.apply()).code).toBe(0);
      const before = ws.read("terraform.tfstate");
      host.fault("fail-xenstore");
      const { run, plan } = await ws.planJson();
      expect(run.code).toBe(1);
      expect(plan).toBeNull();
      expect(errors(run)).toMatch(/Cannot use the Xen host/);
      expect(said(run)).toMatch(/host "h1": xenstore-read of the guests' types failed/);
      expect(ws.read("terraform.tfstate")).toBe(before);
      host.fault("none");
      expect((await ws.run(["plan", "-detailed-exitcode"])).code).toBe(0);
    });

    it("a secret in xl_config (a sensitive variable): not in the plan output, marked in show -json, never in provider logs", async () => {
      const { host, ws, provider, guests } = await setup();
      const secret = "s3cr3t-vnc-Pa55";
      ws.write("main.tf", provider + `variable "pw" {\n  type      = string\n  sensitive = true\n}\n` +
        guest("a", "web", '  type = "pvh"\n  xl_config = { vncpasswd = var.pw }\n'));
      const env = { TF_VAR_pw: secret, TF_LOG: "trace" };
      const plan = await ws.run(["plan", "-no-color", "-out=tfplan"], env);
      expect(plan.code, plan.stderr.slice(-2000)).toBe(0);
      expect(plan.stdout).not.toContain(secret);
      expect(plan.stdout).toMatch(/config\s+= \(sensitive value\)/);
      const providerLines = (text: string) => text.split("\n").filter((l) => /provider\.terraform-provider-xen|plugin\.terraform-provider-xen|terraform-provider-xen/.test(l));
      // The provider's own log lines are there to look at (a filter that found none would prove nothing).
      expect(providerLines(plan.stderr).filter((l) => /ran on host/.test(l)).length).toBeGreaterThan(0);
      expect(providerLines(plan.stderr).filter((l) => l.includes(secret))).toEqual([]);
      const show = JSON.parse((await ws.run(["show", "-json", "tfplan"])).stdout);
      const change = show.resource_changes[0].change;
      expect(change.after_sensitive.config).toBe(true);
      expect(change.after_sensitive.xl_config).toEqual({ vncpasswd: true });
      const apply = await ws.run(["apply", "-no-color", "-auto-approve", "tfplan"], env);
      expect(apply.code, apply.stderr.slice(-2000)).toBe(0);
      expect(apply.stdout).not.toContain(secret);
      expect(providerLines(apply.stderr).filter((l) => /ran on host/.test(l)).length).toBeGreaterThan(0);
      expect(providerLines(apply.stderr).filter((l) => l.includes(secret))).toEqual([]);
      // The SSH private key (provider configuration) reaches neither state nor any log line.
      const keyBody = readFileSync(host.privateKeyFile, "utf8").split("\n").filter((l) => l && !l.startsWith("-----"));
      for (const text of [ws.read("terraform.tfstate"), plan.stdout, plan.stderr, apply.stdout, apply.stderr]) {
        for (const line of keyBody) expect(text).not.toContain(line);
      }
      // The state holds xl_config as the engine keeps every argument, marked sensitive.
      const state = ws.state();
      expect(JSON.stringify(state.resources[0].instances[0].sensitive_attributes)).toMatch(/vncpasswd/);
      expect(guests()[0].name).toBe("web");
    });

    /** A provider block for one host, with the SSH settings given as HCL lines. */
    const sshProvider = (host: SshHost, ssh: string) => `terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}

provider "xen" {
  host {
    name        = "h1"
    address     = "127.0.0.1"
    port        = ${host.port}
    private_key = file("${host.privateKeyFile}")
    config_dir  = "${join(host.dir, "configs")}"
${ssh}  }
}
`;

    it("a host key listed plainly and as @revoked: refused, naming the host; not one command runs", async () => {
      const { host, ws } = await setup();
      const kh = join(host.dir, "known_hosts.revoked");
      writeFileSync(kh, `[127.0.0.1]:${host.port} ${host.hostKey}\n@revoked [127.0.0.1]:${host.port} ${host.hostKey}\n`);
      ws.write("main.tf", sshProvider(host, `    known_hosts_file = "${kh}"\n`) + guest("a", "web"));
      host.clearCommands();
      const r = await ws.apply();
      expect(r.code).toBe(1);
      expect(said(r)).toMatch(/host "h1".*revoked/i);
      expect(host.commands()).toEqual([]);
      expect(ws.resource("xen_domain.a")).toBeUndefined();
    });

    it("a host certificate signed by a CA in known_hosts (@cert-authority only): accepted; a CA that is not trusted: refused", async () => {
      ensureBuilt();
      const dir = (await import("node:fs")).mkdtempSync(join((await import("node:os")).tmpdir(), "xen-ca-"));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
      const ca = join(dir, "ca");
      execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "test-ca", "-f", ca]);
      const host = await startSshHost({
        facts: ARM,
        hostCertificate: (pub) => {
          execFileSync("ssh-keygen", ["-q", "-s", ca, "-h", "-I", "h1-host", "-n", "127.0.0.1", pub]);
          return pub.replace(/\.pub$/, "-cert.pub");
        },
      });
      cleanup.push(() => host.stop());
      const ws = new Workspace(engine);
      cleanup.push(() => ws.remove());
      const caPub = readFileSync(`${ca}.pub`, "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
      const kh = join(dir, "known_hosts");
      writeFileSync(kh, `@cert-authority [127.0.0.1]:${host.port} ${caPub}\n`);
      ws.write("main.tf", sshProvider(host, `    known_hosts_file = "${kh}"\n`) + guest("a", "web"));
      const ok = await ws.apply();
      expect(ok.code, said(ok)).toBe(0);
      expect(host.domains().map((d: any) => d.name)).toContain("web");
      // Another CA: the certificate proves nothing, and the plain key is not pinned.
      execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "other-ca", "-f", join(dir, "other")]);
      const otherPub = readFileSync(join(dir, "other.pub"), "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
      writeFileSync(kh, `@cert-authority [127.0.0.1]:${host.port} ${otherPub}\n`);
      const bad = await ws.run(["plan", "-no-color"]);
      expect(bad.code).toBe(1);
      expect(said(bad)).toMatch(/host "h1"/);
      expect((await ws.run(["state", "list"])).stdout).toContain("xen_domain.a");
    });

    it("through a jump host with its own pinned key: applies; with the jump host's key changed: refused, naming the jump host", async () => {
      const { host, ws } = await setup();
      const bastion = await startSshHost({ sshdConfig: [`PermitOpen 127.0.0.1:${host.port}`] });
      cleanup.push(() => bastion.stop());
      const jump = (key: string) => `    host_key    = "${host.hostKey}"
    jump_host {
      address     = "127.0.0.1"
      port        = ${bastion.port}
      user        = "root"
      private_key = file("${bastion.privateKeyFile}")
      host_key    = "${key}"
    }
`;
      ws.write("main.tf", sshProvider(host, jump(bastion.hostKey)) + guest("a", "web"));
      const ok = await ws.apply();
      expect(ok.code, said(ok)).toBe(0);
      expect(host.domains().map((d: any) => d.name)).toContain("web");
      expect(bastion.commands()).toEqual([]); // only a forwarded TCP channel, no session on the bastion
      ws.write("main.tf", sshProvider(host, jump(host.hostKey)) + guest("a", "web"));
      const bad = await ws.run(["plan", "-no-color"]);
      expect(bad.code).toBe(1);
      expect(said(bad)).toMatch(new RegExp(`host "h1": jump host 127\\.0\\.0\\.1:${bastion.port}: .*CHANGED`));
      expect(ws.resource("xen_domain.a").name).toBe("web");
    });

    it("shutdown_timeout beyond a day, or a malformed timeouts value: refused at plan on the attribute", async () => {
      const { host, ws, provider } = await setup();
      ws.write("main.tf", provider + guest("a", "web", "", 3_000_000));
      let r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      expect(errors(r)).toMatch(/shutdown_timeout must be at most 86400 seconds/);
      ws.write("main.tf", provider + guest("a", "web", `  timeouts {\n    delete = "ten minutes"\n  }\n`));
      r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      expect(errors(r)).toMatch(/timeouts\.delete must be a duration/);
      expect(host.commands().filter((c) => c !== "xl info" && !/xl list/.test(c))).toEqual([]);
    });

    it("xl_config integers are read as xl reads them: octal and hex kept, out of range refused", async () => {
      const { ws, provider, guests } = await setup();
      ws.write("main.tf", provider + guest("a", "web", '  xl_config = { max_grant_frames = "010", max_maptrack_frames = "0x20" }\n'));
      const ok = await ws.apply();
      expect(ok.code, said(ok)).toBe(0);
      const shown = JSON.parse((await ws.run(["show", "-json"])).stdout).values.root_module.resources[0].values.config as string;
      expect(shown).toMatch(/^max_grant_frames = 010$/m);
      expect(shown).toMatch(/^max_maptrack_frames = 0x20$/m);
      ws.write("main.tf", provider + guest("a", "web", '  xl_config = { max_grant_frames = "99999999999999999999" }\n'));
      const r = await ws.run(["plan", "-no-color"]);
      expect(r.code).toBe(1);
      expect(errors(r)).toMatch(/xl_config\["max_grant_frames"\] must be an integer as xl reads it: 99999999999999999999 is out of range/);
      ws.write("main.tf", provider + guest("a", "web", '  xl_config = { max_grant_frames = "09" }\n'));
      const r2 = await ws.run(["plan", "-no-color"]);
      expect(errors(r2)).toMatch(/a leading 0 means octal/);
    });
  });
}
