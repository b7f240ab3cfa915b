// TWO PIPELINES AT ONCE: the examples/gitops fleet applied by two engine runs at the same moment,
// as two GitOps pipelines (a push to main and a re-run, two branches merged together) do.
//
//   case                                  what it proves
//   one shared state, -lock-timeout=60s   the engine's state lock serialises the runs: one applies, the other
//                                         waits, reads the state the first wrote and has nothing to do
//   one shared state, -lock-timeout=0s    the other fails cleanly with "Error acquiring the state lock",
//                                         before reaching the host
//   two separate local states             no engine lock at all: the provider's host-side lock and uuid
//                                         ownership leave one guest per name, each owned by the state that
//                                         created it; the other run's errors name the guest ("already
//                                         exists") and it never touches a guest it does not own
// After every case: one guest per name on the host, the state(s) agree with it uuid for uuid, and a
// further plan converges.
//
//   real       terraform and tofu (each), their built-in `pg` backend, PostgreSQL (Debian's package,
//              a private cluster on a free loopback port, started here), OpenSSH on loopback, the
//              fleet's own main.tf (only the host's address, port, key and config_dir are swapped)
//   stand-in   `xl` on that host (test/harness/fake-xen): what Xen does is test/e2e's job
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, PROVIDER_DIR, ROOT, Workspace, type RunResult } from "../engine/engine";

const execFileP = promisify(execFile);

// What the fleet declares for arm1 (its facts block): the stand-in reports the same, so apply's
// check of the declared facts against the live host passes.
const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;
const FLEET = join(ROOT, "examples/gitops/fleet/main.tf");
const NAMES = ["web-0", "web-1"];
const CASE_TIMEOUT = 300_000; // two engines, a provider and sshd each, on 2 shared cores

/** What the engine printed, with its line wrapping and box drawing undone. */
const said = (r: RunResult) => (r.stdout + r.stderr).replace(/[│╷╵]/g, " ").replace(/\s+/g, " ");
const errors = (r: RunResult) => diagnostics(r.stdout + r.stderr, "Error");

// ------------------------------------------------------------------ PostgreSQL, private cluster

/** The newest installed server's bin directory (/usr/lib/postgresql/<ver>/bin). */
function pgBin(): string {
  const base = "/usr/lib/postgresql";
  const vers = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, "bin", "postgres"))) : [];
  vers.sort((a, b) => Number(b) - Number(a));
  if (!vers.length) throw new Error(`no PostgreSQL server under ${base}: scripts/lib/packages.sh install state-backend`);
  return join(base, vers[0], "bin");
}

function account(user: string): { uid: number; gid: number } {
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith(`${user}:`));
  if (!line) throw new Error(`no ${user} user (Debian's postgresql-common creates it)`);
  const f = line.split(":");
  return { uid: Number(f[2]), gid: Number(f[3]) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

// Between us and postgres: when this test process dies without afterAll (SIGKILL, a crash), it
// stops postgres at once and removes the cluster, as the SSH host's watchdog does for sshd.
const WATCHDOG = `
parent=$1; dir=$2; shift 2
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
while kill -0 "$child" 2>/dev/null; do
  if ! kill -0 "$parent" 2>/dev/null; then
    pid=$(head -n1 "$dir/data/postmaster.pid" 2>/dev/null) && kill -QUIT "$pid" 2>/dev/null
    wait "$child"
    rm -rf "$dir"
    exit 0
  fi
  sleep 1
done
wait "$child"
`;

interface Postgres {
  port: number;
  /** The cluster's temp dir (root may add to it; removed with the cluster, also by the watchdog). */
  dir: string;
  /** A new, empty database; the conn_str of the engine's pg backend for it. */
  database(name: string): Promise<string>;
  log(): string;
  stop(): Promise<void>;
}

async function startPostgres(): Promise<Postgres> {
  // Idempotent and quick when installed (one dpkg-query); installs with policy-rc.d in place,
  // so Debian's own cluster is never started.
  execFileSync("bash", [join(ROOT, "scripts/lib/packages.sh"), "install", "state-backend"], { stdio: ["ignore", "inherit", "inherit"] });
  const bin = pgBin();
  const { uid, gid } = account("postgres");
  // initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
  const dir = mkdtempSync(join(tmpdir(), "cdktf-xen-pg-"));
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  const data = join(dir, "data");
  let proc: ChildProcess | undefined;
  let log = "";
  const postmaster = () => {
    try {
      return Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]) || 0;
    } catch {
      return 0;
    }
  };
  const onExit = () => {
    const pid = postmaster();
    if (pid) try { process.kill(pid, "SIGQUIT"); } catch { /* gone */ }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", onExit);
  try {
    await execFileP("runuser", ["-u", "postgres", "--", join(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
    let port = 0;
    // A free port may be taken by someone else between our look and postgres' bind: try again.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      log = "";
      const p = spawn("sh", ["-c", WATCHDOG, "pg-watchdog", String(process.pid), dir,
        "runuser", "-u", "postgres", "--", join(bin, "postgres"), "-D", data, "-k", dir, "-p", String(port),
        // a throwaway cluster: no fsync, on a machine shared with other tests
        "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "full_page_writes=off"],
      { stdio: ["ignore", "ignore", "pipe"] });
      proc = p;
      const outcome = await new Promise<"ready" | "bind" | Error>((resolve) => {
        const timer = setTimeout(() => resolve(new Error("postgres did not become ready within 60 s")), 60_000);
        p.stderr!.on("data", (b: Buffer) => {
          log = (log + b.toString()).slice(-64_000);
          if (/database system is ready to accept connections/.test(log)) { clearTimeout(timer); resolve("ready"); }
        });
        p.once("exit", (code, sig) => {
          clearTimeout(timer);
          resolve(/could not bind|Address already in use/.test(log) ? "bind" : new Error(`postgres exited (code ${code}, signal ${sig})`));
        });
      });
      if (outcome === "ready") break;
      if (outcome === "bind" && attempt < 5) continue;
      throw outcome === "bind" ? new Error("postgres could not bind a free port") : outcome;
    }
    const running = proc!;
    return {
      port,
      dir,
      async database(name) {
        await execFileP(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]);
        return `postgres://postgres@127.0.0.1:${port}/${name}?sslmode=disable`;
      },
      log: () => log,
      async stop() {
        const exited = new Promise<void>((resolve) => {
          if (running.exitCode !== null || running.signalCode !== null) resolve();
          else running.once("exit", () => resolve());
        });
        const pid = postmaster();
        // SIGINT: fast shutdown, clients disconnected (SIGTERM would wait for them).
        if (pid) try { process.kill(pid, "SIGINT"); } catch { /* gone */ }
        let timer: NodeJS.Timeout | undefined;
        const late = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 30_000)))]);
        clearTimeout(timer);
        if (late) {
          const again = postmaster();
          if (again) try { process.kill(again, "SIGQUIT"); } catch { /* gone */ }
          running.kill("SIGKILL");
        }
        process.off("exit", onExit);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    if (proc && proc.exitCode === null) {
      const pid = postmaster();
      if (pid) try { process.kill(pid, "SIGQUIT"); } catch { /* gone */ }
      proc.kill("SIGTERM");
    }
    process.off("exit", onExit);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a private PostgreSQL: ${(e as Error).message}\n${log.slice(-3000)}`);
  }
}

// ------------------------------------------------------------------ the fleet, pointed at loopback

/**
 * examples/gitops/fleet/main.tf as the pipelines use it, pointed at the stand-in host: its
 * address, pinned key, and (added) port and config_dir. Everything else — the dynamic host block
 * with declared facts, data.xen_host, the two web guests — is the fleet's own.
 */
function fleetFor(host: SshHost, configDir: string): string {
  let tf = readFileSync(FLEET, "utf8");
  const swap = (from: RegExp, to: string) => {
    if (!from.test(tf)) throw new Error(`${FLEET} no longer matches ${from}: update this test`);
    tf = tf.replace(from, () => to);
  };
  swap(/address\s*=\s*"192\.0\.2\.10"/, 'address  = "127.0.0.1"');
  swap(/host_key\s*=\s*"ssh-ed25519 [^"]*"/, `host_key = "${host.hostKey}"`);
  // Inside the provider's dynamic host block, after its host_key line.
  swap(/\n([ \t]*)host_key\s*=\s*host\.value\.host_key\n/,
    `\n      host_key    = host.value.host_key\n      port        = ${host.port}\n      config_dir  = "${configDir}"\n`);
  return tf;
}

/**
 * A plugin directory for `init -plugin-dir`: init installs every required provider even under
 * dev_overrides, and the tests reach no registry. The later commands run the build through
 * dev_overrides as every engine test does; the link keeps it the same build.
 */
function pluginDir(parent: string): string {
  const dir = join(parent, "plugins");
  const platform = `linux_${process.arch === "arm64" ? "arm64" : "amd64"}`;
  for (const registry of ["registry.terraform.io", "registry.opentofu.org"]) {
    const at = join(dir, registry, "xen-cdk/xen/0.0.1", platform);
    mkdirSync(at, { recursive: true });
    symlinkSync(join(PROVIDER_DIR, "terraform-provider-xen"), join(at, "terraform-provider-xen_v0.0.1"));
  }
  return dir;
}

for (const engine of engines()) {
  describe(`two pipelines at once with ${engine.name} (pg state backend, stand-in xl)`, () => {
    let pg: Postgres;
    let plugins = "";
    let dbs = 0;
    const cleanup: (() => unknown)[] = [];

    beforeAll(async () => {
      ensureBuilt();
      pg = await startPostgres();
      // Inside the cluster's dir: gone with it, even when this process is killed.
      plugins = pluginDir(pg.dir);
    });
    afterEach(async () => {
      for (const c of cleanup.splice(0).reverse()) await c();
    });
    afterAll(async () => {
      await pg?.stop();
    });

    /** A fresh host and two pipelines' workspaces with the fleet; with `shared`, one pg state for both. */
    async function setup(shared: boolean) {
      const host = await startSshHost({ facts: ARM });
      cleanup.push(() => host.stop());
      const configDir = join(host.dir, "configs");
      const fleet = fleetFor(host, configDir);
      // The pipeline's secret, as its apply job passes it.
      const env = { TF_VAR_ssh_private_key: host.privateKey };
      const conn = shared ? await pg.database(`fleet_${engine.name}_${++dbs}`) : null;
      const pipelines = [0, 1].map(() => {
        const ws = new Workspace(engine, { "main.tf": fleet });
        cleanup.push(() => ws.remove());
        // As the pipelines do: a backend.tf written next to the fleet, then init.
        if (conn) ws.write("backend.tf", `terraform {\n  backend "pg" {\n    conn_str = "${conn}"\n  }\n}\n`);
        return ws;
      });
      const run = (ws: Workspace, args: string[]) => ws.run(args, env);
      const apply = (ws: Workspace, extra: string[] = []) => run(ws, ["apply", "-no-color", "-input=false", "-auto-approve", ...extra]);
      /** The state as the engine has it (from the pg backend, or the local file). */
      const state = async (ws: Workspace) => {
        const r = await run(ws, ["state", "pull"]);
        expect(r.code, said(r)).toBe(0);
        return r.stdout.trim() ? JSON.parse(r.stdout) : null;
      };
      const guests = () => host.domains().filter((d: any) => d.domid !== 0);
      const configs = () => (existsSync(configDir) ? readdirSync(configDir).filter((f) => f.endsWith(".cfg")) : []);
      const creates = () => host.commands().filter((c) => /xl create/.test(c));
      return { host, pipelines, run, apply, state, guests, configs, creates };
    }

    /** name -> uuid of the xen_domain instances in a state. */
    const owned = (state: any): Record<string, string> => Object.fromEntries(
      (state?.resources ?? []).filter((r: any) => r.mode === "managed" && r.type === "xen_domain")
        .flatMap((r: any) => r.instances.map((i: any) => [i.attributes.name, i.attributes.uuid])));
    const onHost = (guests: any[]): Record<string, string> => Object.fromEntries(guests.map((d) => [d.name, d.uuid]));

    for (const variant of ["wait", "fail"] as const) {
      const lockTimeout = variant === "wait" ? "60s" : "0s";
      it(`one shared state, -lock-timeout=${lockTimeout}: one run applies, the other ${variant === "wait" ? "waits for the lock and has nothing to do" : "fails on the state lock before touching the host"}`, async () => {
        const { pipelines: [a, b], run, apply, state, guests, configs, creates } = await setup(true);
        for (const ws of [a, b]) {
          const init = await run(ws, ["init", "-no-color", "-input=false", `-plugin-dir=${plugins}`]);
          expect(init.code, said(init)).toBe(0);
          expect(said(init)).toMatch(/Successfully configured the backend "pg"/);
        }
        const [r1, r2] = await Promise.all([apply(a, [`-lock-timeout=${lockTimeout}`]), apply(b, [`-lock-timeout=${lockTimeout}`])]);
        const ok = [r1, r2].filter((r) => r.code === 0);
        const created = [r1, r2].filter((r) => /Apply complete! Resources: 2 added, 0 changed, 0 destroyed/.test(said(r)));
        expect(created, `${said(r1)}\n----\n${said(r2)}`).toHaveLength(1);
        const other = created[0] === r1 ? r2 : r1;
        if (variant === "wait") {
          expect(ok).toHaveLength(2);
          // It read the state the first run wrote, after the lock was free: nothing left to do.
          expect(said(other)).toMatch(/No changes\..*Apply complete! Resources: 0 added, 0 changed, 0 destroyed/);
        } else {
          expect(ok).toHaveLength(1);
          expect(other.code).toBe(1);
          expect(errors(other)).toEqual(["Error acquiring the state lock"]);
          expect(said(other)).toMatch(/Lock Info:/);
          expect(said(other)).not.toMatch(/xen_domain\.web\[\d\]: Creating/);
        }
        // Only the run holding the lock reached xl create; one guest per name, the state's.
        expect(creates()).toHaveLength(2);
        expect(guests().map((d: any) => d.name).sort()).toEqual(NAMES);
        expect(configs()).toHaveLength(2);
        const shared = await state(a);
        expect(owned(shared)).toEqual(onHost(guests()));
        expect(owned(await state(b))).toEqual(owned(shared));
        // The lock is free again (plan takes it) and either pipeline converges.
        for (const ws of [a, b]) {
          const plan = await run(ws, ["plan", "-no-color", "-input=false", "-detailed-exitcode"]);
          expect(plan.code, said(plan)).toBe(0);
        }
        expect(creates()).toHaveLength(2);
      }, CASE_TIMEOUT);
    }

    it("two separate local states: the host-side lock and uuid ownership leave one guest per name, the other run's errors name the guest", async () => {
      const { host, pipelines, run, apply, state, guests, configs, creates } = await setup(false);
      const results = await Promise.all(pipelines.map((ws) => apply(ws)));
      const detail = results.map(said).join("\n----\n");
      // Every create went through the host-side lock (shared) and its guest's own (exclusive).
      expect(creates().length, detail).toBeGreaterThanOrEqual(2);
      expect(creates().every((c) => /flock -s -w \d+ 9/.test(c) && /flock -w \d+ 8/.test(c))).toBe(true);
      expect(guests().map((d: any) => d.name).sort(), detail).toEqual(NAMES);
      expect(configs()).toHaveLength(2);
      const host1 = onHost(guests());
      const states = await Promise.all(pipelines.map(state));
      const mine = states.map(owned);
      for (const name of NAMES) {
        // Exactly one pipeline's state holds each guest, with the host's uuid.
        const owners = [0, 1].filter((i) => name in mine[i]);
        expect(owners, `${name}: ${detail}`).toHaveLength(1);
        expect(mine[owners[0]][name]).toBe(host1[name]);
        // The other one was refused on this guest by name.
        const lost = results[1 - owners[0]];
        expect(lost.code).toBe(1);
        expect(errors(lost).filter((e) => e.startsWith(`A domain named "${name}" already exists on host "arm1"`)), detail).toHaveLength(1);
      }
      // Nothing but those refusals went wrong.
      for (const r of results) for (const e of errors(r)) expect(e).toMatch(/^A domain named "web-\d" already exists on host "arm1"/);
      // A loser trying again is refused again, harmlessly: the winners' guests are untouched.
      const before = guests();
      for (const [i, ws] of pipelines.entries()) {
        if (Object.keys(mine[i]).length === NAMES.length) continue;
        const again = await apply(ws);
        expect(again.code).toBe(1);
        expect(errors(again)).toHaveLength(NAMES.length - Object.keys(mine[i]).length);
        for (const e of errors(again)) expect(e).toMatch(/^A domain named "web-\d" already exists on host "arm1"/);
      }
      expect(guests()).toEqual(before);
      expect(host.commands().filter((c) => /xl (destroy|shutdown|mem-set|vcpu-set)/.test(c))).toEqual([]);
      // Each state still tells the truth: what it owns plans as no-op, what it lost as a create.
      for (const [i, ws] of pipelines.entries()) {
        const plan = await run(ws, ["plan", "-no-color", "-input=false", "-out=tfplan"]);
        expect(plan.code, said(plan)).toBe(0);
        const shown = JSON.parse((await run(ws, ["show", "-json", "tfplan"])).stdout);
        const actions = Object.fromEntries(shown.resource_changes.filter((c: any) => c.type === "xen_domain")
          .map((c: any) => [`web-${c.index}`, c.change.actions.join(",")]));
        expect(actions).toEqual(Object.fromEntries(NAMES.map((n) => [n, n in mine[i] ? "no-op" : "create"])));
        expect(owned(await state(ws))).toEqual(mine[i]);
      }
    }, CASE_TIMEOUT);
  });
}
