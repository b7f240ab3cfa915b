// SPDX-License-Identifier: Apache-2.0
//
// A real OpenSSH server on 127.0.0.1 whose sessions run a STAND-IN `xl` (test/harness/fake-xen/),
// for the provider's transport and lifecycle tests. It is not a Xen host: what the fake says
// about Xen behaviour must be confirmed on a real (emulated) Xen host.
//
// Every session goes through ForceCommand <dir>/bin/host-shell, which logs the command line
// (commands()), applies an injected fault (fault()), and runs the command with /bin/sh -c, with
// the fake `xl`, `xenstore-read`, `xenstore-list` and `xenstore-ls` first on PATH. stdin/stdout/stderr pass
// straight through, so `cat > file` works. The fake keeps its domains in
// <dir>/state/state.json (domains()).
//
// Options (SshHostOptions) choose the host key type, give sshd a host certificate, or add
// sshd_config lines (e.g. PermitOpen on a host used as a jump host); sshdLog() shows its log.
//
// Needs root (sshd must run as root to accept a root login), /usr/sbin/sshd and ssh-keygen; when
// sshd is missing, scripts/ensure-sshd.sh is run to install Debian's openssh-server.
// Node builtins only.

import { spawn, execFile, execFileSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { bzImage, elfImage, xz } from "./kernel-images";

const execFileP = promisify(execFile);

export interface FakeFacts {
  machine: "x86_64" | "aarch64" | "armv7l";
  xen_version: string;
  xen_caps: string;
  virt_caps: string;
  total_memory?: number;
  free_memory?: number;
  nr_cpus?: number;
}

export type FaultKind = "drop-next-exec" | "drop-after-next-exec" | `drop-after-next-exec-matching:${string}` | `drop-next-exec-matching:${string}` |
  `hang-next-exec-matching:${string}` | `cut-stdin-next-exec-matching:${number}:${string}` | `slow-create:${number}` | `slow-create:${number}:drop` | "fail-next-create" | "fail-xenstore" | "none";

export interface SshHost {
  address: "127.0.0.1";
  port: number;
  user: "root";
  /** OpenSSH-format ed25519 private key (PEM-style text) for the client. */
  privateKey: string;
  privateKeyFile: string;
  /** "ssh-ed25519 AAAA..." public host key line (no comment). */
  hostKey: string;
  /** known_hosts file holding "[127.0.0.1]:<port> <hostKey>". */
  knownHostsFile: string;
  /** Temp dir with everything (keys, sshd config and log, bin/, state/, commands.log). */
  dir: string;
  /** The fake's state directory (facts.json, state.json, fault, lock). */
  stateDir: string;
  /** Milliseconds from startSshHost() to sshd answering with its banner. */
  startupMs: number;
  /** The host's private host key file (its public key is `${hostKeyFile}.pub`). */
  hostKeyFile: string;
  /** What sshd has logged so far (LogLevel INFO: logins, disconnects). */
  sshdLog(): string;
  /** Arguments for OpenSSH's `ssh` that reach this host non-interactively; append the command. */
  sshArgs(): string[];
  /** Every exec command string the host received, in order (read from the command log). */
  commands(): string[];
  clearCommands(): void;
  /** Merge host facts (what `xl info` reports and what `xl create` decides by). */
  setFacts(f: Partial<FakeFacts>): void;
  /** The fake's domains, Domain-0 (domid 0) first, as kept in state.json. */
  domains(): any[];
  /**
   * Inject a fault for the next matching event:
   * - "drop-next-exec": the next session logs its command, then kills its own sshd session
   *   process (kill -9) before running it; the client sees the connection drop (ssh exits 255).
   * - "drop-after-next-exec": the next session runs its command, then drops the same way
   *   (the command took effect but the client gets no exit status).
   * - "cut-stdin-next-exec-matching:<bytes>:<text>": the next command containing <text> gets only
   *   the first <bytes> bytes of its stdin, then end of file; when it has ended, the session drops
   *   as above (an upload whose connection died halfway).
   * - "fail-next-create": the next `xl create` exits 3 with a libxl-like error, creates nothing.
   * - "slow-create:<s>": the next `xl create` registers the domain, then takes <s> seconds to
   *   build it (listed by `xl list`, not yet by `xl list -l`); the create script keeps running
   *   (and holds its locks) after a client that gave up on it. With ":drop", the client's
   *   connection drops once the domain is registered.
   * - "none": clear a pending fault.
   */
  fault(kind: FaultKind): void;
  stop(): Promise<void>;
}

// This package is CommonJS (tsx and vitest both provide __dirname); an ESM runtime without it
// falls back to the repository layout seen from the working directory.
const HERE = typeof __dirname === "string" ? __dirname : path.resolve(process.env.CDKTF_XEN_HARNESS_DIR ?? "test/harness");
const FAKE_XEN = path.join(HERE, "fake-xen");
const ENSURE_SSHD = path.resolve(HERE, "../../scripts/ensure-sshd.sh");
const SSHD = "/usr/sbin/sshd";
const STD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

// A tiny watchdog between us and sshd: it polls our pid once a second and, when we are gone
// (crashed, SIGKILLed), stops sshd and removes the temp dir, so nothing is left behind.
const WATCHDOG = `
parent=$1; dir=$2; shift 2
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
while kill -0 "$child" 2>/dev/null; do
  if ! kill -0 "$parent" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null
    wait "$child"
    rm -rf "$dir"
    exit 0
  fi
  sleep 1
done
wait "$child"
`;

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function writeAtomic(file: string, data: string): void {
  const tmp = `${file}.tmp.${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** pid -> children, from /proc. */
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = map.get(ppid) ?? [];
    list.push(Number(name));
    map.set(ppid, list);
  }
  return map;
}

function descendants(pid: number): number[] {
  const map = childrenMap();
  const out: number[] = [];
  const todo = [pid];
  while (todo.length) {
    for (const c of map.get(todo.pop()!) ?? []) {
      out.push(c);
      todo.push(c);
    }
  }
  return out;
}

function killQuietly(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

/** Kill the watchdog, sshd and every session below it, at once (usable in an 'exit' handler). */
function killTree(rootPid: number): void {
  const all = descendants(rootPid);
  killQuietly(rootPid, "SIGKILL");
  for (const p of all) killQuietly(p, "SIGKILL");
}

const live = new Set<{ kill(): void }>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const h of live) h.kill();
  });
}

function ensureSshd(): void {
  if (!fs.existsSync(SSHD) || !fs.existsSync("/usr/bin/ssh-keygen") || !fs.existsSync("/usr/bin/ssh")) {
    execFileSync("bash", [ENSURE_SSHD], { stdio: ["ignore", process.stderr, process.stderr] });
  }
  // sshd refuses to start without its privilege-separation directory.
  fs.mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once something on the port sends an SSH banner. */
function waitForBanner(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const sock = net.connect(port, "127.0.0.1");
      let buf = "";
      const retry = (why: string) => {
        sock.destroy();
        if (Date.now() > deadline) reject(new Error(`sshd on port ${port} did not answer: ${why}`));
        else setTimeout(attempt, 50);
      };
      sock.setTimeout(2000, () => retry("timeout"));
      sock.on("data", (d) => {
        buf += d.toString("latin1");
        if (buf.startsWith("SSH-2.0-")) {
          sock.destroy();
          resolve();
        } else if (buf.length > 8) retry(`unexpected banner ${JSON.stringify(buf)}`);
      });
      sock.on("error", (e) => retry(e.message));
      sock.on("close", () => {
        if (!buf.startsWith("SSH-2.0-")) retry("closed");
      });
    };
    attempt();
  });
}

interface Started {
  proc: ChildProcess;
  port: number;
  log: string[];
}

/** Start sshd (under the watchdog) on a free port; resolves when it says it is listening. */
async function startSshd(dir: string, cfgFor: (port: number) => string, logStream: fs.WriteStream): Promise<Started> {
  let lastErr: Error | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const cfgFile = path.join(dir, "sshd_config");
    fs.writeFileSync(cfgFile, cfgFor(port));
    const proc = spawn("/bin/sh", ["-c", WATCHDOG, "sshd-watchdog", String(process.pid), dir, SSHD, "-D", "-e", "-f", cfgFile], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { PATH: STD_PATH, LANG: "C" },
    });
    const log: string[] = [];
    let partial = "";
    const result = await new Promise<"ok" | "bind" | Error>((resolve) => {
      const timer = setTimeout(() => resolve(new Error("sshd did not report listening within 10 s")), 10_000);
      proc.stderr!.on("data", (chunk: Buffer) => {
        logStream.write(chunk);
        partial += chunk.toString("utf8");
        const lines = partial.split("\n");
        partial = lines.pop()!;
        for (const l of lines) {
          log.push(l);
          if (log.length > 200) log.shift();
          if (/Server listening on 127\.0\.0\.1 port \d+/.test(l)) {
            clearTimeout(timer);
            resolve("ok");
          } else if (/Bind to port|Address already in use|Cannot bind any address/.test(l)) {
            clearTimeout(timer);
            resolve("bind");
          }
        }
      });
      proc.on("exit", (code, sig) => {
        clearTimeout(timer);
        resolve(new Error(`sshd exited early (code ${code}, signal ${sig})`));
      });
      proc.on("error", (e) => {
        clearTimeout(timer);
        resolve(e);
      });
    });
    if (result === "ok") return { proc, port, log };
    if (proc.pid) killTree(proc.pid);
    if (result === "bind") {
      lastErr = new Error(`port ${port} was taken`);
      continue;
    }
    throw new Error(`${result.message}\n--- sshd said:\n${log.concat(partial).join("\n")}`);
  }
  throw lastErr ?? new Error("could not start sshd");
}

export interface SshHostOptions {
  facts?: Partial<FakeFacts>;
  /** Type of the host key sshd presents; default ed25519. */
  hostKeyType?: "ed25519" | "ecdsa" | "rsa";
  /**
   * Give sshd a host certificate: called with the fresh host key's public key file before
   * sshd starts, returns the certificate file (e.g. made with `ssh-keygen -s ca -h ...`).
   */
  hostCertificate?: (hostPublicKeyFile: string) => string | Promise<string>;
  /** Extra sshd_config lines (e.g. `PermitOpen` on a host used as a jump host). */
  sshdConfig?: string[];
  /** The bridges the host's network has (default xenbr0 and xenbr1). */
  bridges?: string[];
}

/**
 * The guest files every stand-in host has under /var/lib/xen-guests (its sessions see
 * <dir>/root/var-lib as /var/lib): an x86 kernel as Debian ships one (a bzImage, xz,
 * with the PV and PVH notes), a PV-only kernel, an initrd, and img/ for disk images.
 */
async function writeGuestFiles(root: string): Promise<void> {
  const dir = path.join(root, "var-lib", "xen-guests");
  fs.mkdirSync(path.join(dir, "img"), { recursive: true });
  fs.writeFileSync(path.join(dir, "vmlinuz"), bzImage(await xz(elfImage({ pv: true, pvh: true }))));
  fs.writeFileSync(path.join(dir, "nopvh.bin"), elfImage({ pv: true }));
  fs.writeFileSync(path.join(dir, "initrd.img"), Buffer.alloc(1024, 0x30));
}

export async function startSshHost(opts: SshHostOptions = {}): Promise<SshHost> {
  const t0 = performance.now();
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    throw new Error("startSshHost needs root: sshd has to run as root to accept logins as root");
  }
  ensureSshd();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-xen-sshhost-"));
  fs.chmodSync(dir, 0o700);
  const binDir = path.join(dir, "bin");
  const stateDir = path.join(dir, "state");
  fs.mkdirSync(binDir);
  fs.mkdirSync(stateDir);
  const hostKeyType = opts.hostKeyType ?? "ed25519";
  const hostKeyFile = path.join(dir, `ssh_host_${hostKeyType}_key`);
  const privateKeyFile = path.join(dir, "id_ed25519");
  const authorizedKeys = path.join(dir, "authorized_keys");
  const knownHostsFile = path.join(dir, "known_hosts");
  const logFile = path.join(dir, "commands.log");
  const pidFile = path.join(dir, "sshd.pid");
  const fakeEnv = { ...process.env, FAKE_XEN_STATE: stateDir };

  let started: Started | undefined;
  let logStream: fs.WriteStream | undefined;
  try {
    const keygen = (file: string, comment: string, type = "ed25519") =>
      execFileP("ssh-keygen", ["-q", "-t", type, ...(type === "rsa" ? ["-b", "2048"] : []), "-N", "", "-C", comment, "-f", file]);
    if (opts.facts) writeAtomic(path.join(stateDir, "facts.json"), JSON.stringify(opts.facts, null, 2) + "\n");
    await writeGuestFiles(path.join(dir, "root"));
    await Promise.all([
      keygen(hostKeyFile, "cdktf-xen-test-host", hostKeyType),
      keygen(privateKeyFile, "cdktf-xen-test-client"),
      execFileP(process.execPath, [path.join(FAKE_XEN, "fake-xen.cjs"), "init"], { env: fakeEnv }),
    ]);
    const clientPub = fs.readFileSync(`${privateKeyFile}.pub`, "utf8").trim();
    fs.writeFileSync(authorizedKeys, clientPub + "\n", { mode: 0o600 });
    const hostKey = fs.readFileSync(`${hostKeyFile}.pub`, "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
    fs.writeFileSync(logFile, "");
    const hostCertificate = opts.hostCertificate ? await opts.hostCertificate(`${hostKeyFile}.pub`) : undefined;

    // The fake tools, and the ForceCommand wrapper that gives sessions their environment
    // (sshd hands sessions a fixed minimal environment, so it is baked in here).
    for (const tool of ["xl", "xenstore-read", "xenstore-list", "xenstore-ls"]) {
      fs.symlinkSync(path.join(FAKE_XEN, tool), path.join(binDir, tool));
    }
    for (const tool of ["lvcreate", "lvextend", "lvremove", "lvrename", "lvs", "vgs", "fake-lvm"]) {
      fs.symlinkSync(path.join(FAKE_XEN, "fake-lvm"), path.join(binDir, tool));
    }
    const sessionPath = [binDir, path.dirname(process.execPath), STD_PATH].join(":");
    fs.writeFileSync(
      path.join(binDir, "host-shell"),
      [
        "#!/bin/sh",
        "# generated by test/harness/ssh-host.ts",
        `FAKE_XEN_STATE=${shq(stateDir)}`,
        `FAKE_XEN_LOG=${shq(logFile)}`,
        `FAKE_XEN_ROOT=${shq(path.join(dir, "root"))}`,
        `FAKE_XEN_BRIDGES=${shq((opts.bridges ?? ["xenbr0", "xenbr1"]).join(" "))}`,
        `PATH=${shq(sessionPath)}`,
        "export FAKE_XEN_STATE FAKE_XEN_LOG FAKE_XEN_ROOT FAKE_XEN_BRIDGES PATH",
        `exec /bin/bash ${shq(path.join(FAKE_XEN, "host-shell"))}`,
        "",
      ].join("\n"),
      { mode: 0o755 },
    );

    const cfgFor = (port: number) =>
      [
        `ListenAddress 127.0.0.1`,
        `Port ${port}`,
        `HostKey ${hostKeyFile}`,
        ...(hostCertificate ? [`HostCertificate ${hostCertificate}`] : []),
        `PidFile ${pidFile}`,
        `AuthorizedKeysFile ${authorizedKeys}`,
        `AllowUsers root`,
        `PermitRootLogin prohibit-password`,
        `PubkeyAuthentication yes`,
        `PasswordAuthentication no`,
        `KbdInteractiveAuthentication no`,
        `AuthenticationMethods publickey`,
        `UsePAM no`,
        `StrictModes no`,
        `UseDNS no`,
        `PrintMotd no`,
        `PrintLastLog no`,
        `X11Forwarding no`,
        `PermitUserEnvironment no`,
        `MaxStartups 100:30:200`,
        `MaxSessions 100`,
        `LoginGraceTime 30`,
        `LogLevel INFO`,
        // sshd runs ForceCommand through root's login shell; Debian's bash then sources
        // ~/.bashrc when it sees SSH_CLIENT, unless SHLVL says it is nested. Keep the machine's
        // dotfiles (slow, may print) out of the test host.
        `SetEnv SHLVL=1`,
        ...(opts.sshdConfig ?? []),
        `ForceCommand ${path.join(binDir, "host-shell")}`,
        "",
      ].join("\n");

    logStream = fs.createWriteStream(path.join(dir, "sshd.log"), { flags: "a" });
    started = await startSshd(dir, cfgFor, logStream);
    const { port } = started;
    await waitForBanner(port, 10_000);
    fs.writeFileSync(knownHostsFile, `[127.0.0.1]:${port} ${hostKey}\n`);

    const proc = started.proc;
    const stream = logStream;
    stream.on("error", () => {});
    // Do not keep the test process alive just for sshd: a test that forgets stop() still exits,
    // and the 'exit' hook (or at worst the watchdog) then removes sshd.
    proc.unref();
    (proc.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    let stopped = false;
    const handle = {
      kill() {
        // synchronous last resort (process 'exit'): no waiting, best-effort cleanup
        if (stopped) return;
        stopped = true;
        if (proc.pid) killTree(proc.pid);
        try {
          fs.rmSync(dir, { recursive: true, force: true });
        } catch {
          /* ignore */
        }
      },
    };
    live.add(handle);
    installExitHook();

    const host: SshHost = {
      address: "127.0.0.1",
      port,
      user: "root",
      privateKey: fs.readFileSync(privateKeyFile, "utf8"),
      privateKeyFile,
      hostKey,
      knownHostsFile,
      dir,
      stateDir,
      startupMs: Math.round(performance.now() - t0),
      hostKeyFile,
      sshdLog: () => fs.readFileSync(path.join(dir, "sshd.log"), "utf8"),
      sshArgs: () => [
        "-i", privateKeyFile,
        "-p", String(port),
        "-o", `UserKnownHostsFile=${knownHostsFile}`,
        "-o", "GlobalKnownHostsFile=/dev/null",
        "-o", "StrictHostKeyChecking=yes",
        "-o", "BatchMode=yes",
        "-o", "IdentitiesOnly=yes",
        "-o", "LogLevel=ERROR",
        "root@127.0.0.1",
      ],
      commands() {
        const text = fs.readFileSync(logFile, "utf8");
        return text
          .split("\n")
          .filter((l) => l.length > 0)
          .map((l) => JSON.parse(l) as string);
      },
      clearCommands() {
        fs.writeFileSync(logFile, "");
      },
      setFacts(f) {
        const file = path.join(stateDir, "facts.json");
        let cur: Partial<FakeFacts> = {};
        try {
          cur = JSON.parse(fs.readFileSync(file, "utf8"));
        } catch {
          /* none yet */
        }
        writeAtomic(file, JSON.stringify({ ...cur, ...f }, null, 2) + "\n");
      },
      domains() {
        return JSON.parse(fs.readFileSync(path.join(stateDir, "state.json"), "utf8")).domains;
      },
      fault(kind) {
        const file = path.join(stateDir, "fault");
        if (kind === "none") fs.rmSync(file, { force: true });
        else writeAtomic(file, kind + "\n");
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        live.delete(handle);
        const exited = new Promise<void>((resolve) => {
          if (proc.exitCode !== null || proc.signalCode !== null) resolve();
          else proc.once("exit", () => resolve());
        });
        if (proc.pid) killTree(proc.pid);
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
        clearTimeout(timer);
        proc.stderr?.removeAllListeners("data");
        proc.stderr?.destroy();
        await new Promise<void>((resolve) => stream.end(() => resolve()));
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
    return host;
  } catch (e) {
    if (started?.proc.pid) killTree(started.proc.pid);
    logStream?.end();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
