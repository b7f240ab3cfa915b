// jump_host (OpenSSH's ProxyJump) against real OpenSSH sshd servers on loopback: a bastion
// sshd that may forward only to the target's port, in front of the target sshd. Shows that
// commands reach the target through the bastion, that each hop's host key and credentials are
// checked on their own and errors say which hop failed, that the pool shares one bastion
// connection per host and closes it, and that the agent is never forwarded.
// Both servers are on 127.0.0.1, so "through the bastion" is shown by the bastion's own
// decisions (PermitOpen) and logs, not by network separation.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import * as net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Connection, fingerprint, Pool, SshError, type JumpHost, type SshTarget } from "../../src/ssh";
import { startSshHost, type SshHost } from "../harness/ssh-host";

let target: SshHost;
let bastion: SshHost;
let other: SshHost;
let silent: net.Server;
let silentPort: number;

beforeAll(async () => {
  [target, other] = await Promise.all([startSshHost(), startSshHost()]);
  silent = net.createServer(() => {}); // accepts, never says a word
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
  silentPort = (silent.address() as net.AddressInfo).port;
  // The bastion forwards to the target and the silent port only: anything else it refuses itself.
  bastion = await startSshHost({ sshdConfig: [`PermitOpen 127.0.0.1:${target.port} 127.0.0.1:${silentPort}`] });
});
afterAll(async () => {
  silent?.close();
  await Promise.all([target?.stop(), bastion?.stop(), other?.stop()]);
});

const jump = (over: Partial<JumpHost> = {}): JumpHost => ({
  address: "127.0.0.1", port: bastion.port, user: "root", privateKey: bastion.privateKey, hostKeys: [bastion.hostKey], ...over,
});
const through = (over: Partial<SshTarget> = {}, jumpOver: Partial<JumpHost> = {}): SshTarget => ({
  name: "h1", address: "127.0.0.1", port: target.port, user: "root", privateKey: target.privateKey, hostKeys: [target.hostKey],
  connectTimeoutMs: 10_000, jumpHost: jump(jumpOver), ...over,
});
const logins = (h: SshHost) => (h.sshdLog().match(/Accepted publickey for root/g) ?? []).length;
const blob = (line: string) => Buffer.from(line.split(/\s+/)[1], "base64");
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const B = () => `jump host 127.0.0.1:${bastion.port}`;

async function until(cond: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return cond();
}

describe("jump_host", () => {
  it("runs the command on the target, logged in to the bastion first", async () => {
    const before = { bastion: logins(bastion), target: logins(target) };
    const c = await Connection.open(through());
    expect((await c.exec("echo via-bastion")).stdout).toBe("via-bastion\n");
    c.close();
    expect(target.commands()).toContain("echo via-bastion");
    expect(bastion.commands()).toEqual([]); // no session on the bastion, only a TCP channel
    expect(logins(bastion)).toBe(before.bastion + 1);
    expect(logins(target)).toBe(before.target + 1);
  });

  const refusals: { case: string; t: () => SshTarget; kind: SshError["kind"]; message: () => RegExp }[] = [
    {
      case: "the bastion's key changed: refused, naming the jump host and the key it offered",
      t: () => through({}, { hostKeys: [other.hostKey] }),
      kind: "host-key-changed",
      message: () => new RegExp(`^host "h1": ${esc(B())}: WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! It offered a ED25519 key ${esc(fingerprint(blob(bastion.hostKey)))}.*update jump_host.host_key`),
    },
    {
      case: "no key pinned for the bastion: refused before connecting",
      t: () => through({}, { hostKeys: [] }),
      kind: "host-key-unknown",
      message: () => new RegExp(`^host "h1": ${esc(B())}: no host key is pinned for it\\. Set jump_host.host_key or jump_host.known_hosts_file`),
    },
    {
      case: "wrong credentials for the bastion",
      t: () => through({}, { privateKey: other.privateKey }),
      kind: "auth",
      message: () => new RegExp(`^host "h1": ${esc(B())}: permission denied for user "root"; check jump_host.private_key`),
    },
    {
      case: "the target's key changed behind a good bastion: refused, naming the target and the way to it",
      t: () => through({ hostKeys: [other.hostKey] }),
      kind: "host-key-changed",
      message: () => new RegExp(`^host "h1" \\(127\\.0\\.0\\.1:${target.port} via ${esc(B())}\\): WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! It offered a ED25519 key ${esc(fingerprint(blob(target.hostKey)))}`),
    },
    {
      case: "the bastion may not forward there (PermitOpen)",
      t: () => through({ port: other.port, hostKeys: [other.hostKey] }),
      kind: "connect",
      message: () => new RegExp(`^host "h1": ${esc(B())}: cannot reach 127\\.0\\.0\\.1:${other.port} from there: administratively prohibited \\(open failed\\)`),
    },
    {
      case: "the target accepts the channel but never speaks SSH: times out, naming the target",
      t: () => through({ port: silentPort, connectTimeoutMs: 1500 }),
      kind: "timeout",
      message: () => new RegExp(`^host "h1" \\(127\\.0\\.0\\.1:${silentPort} via ${esc(B())}\\): connection timed out: no SSH handshake within 1500 ms`),
    },
  ];
  it.each(refusals)("$case", async (row) => {
    const before = { target: logins(target), commands: target.commands().length };
    const started = Date.now();
    const err = await Connection.open(row.t()).then((c) => (c.close(), new Error("connected")), (e) => e);
    expect(err).toBeInstanceOf(SshError);
    expect({ kind: err.kind, message: err.message }).toEqual({ kind: row.kind, message: expect.stringMatching(row.message()) });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(target.commands()).toHaveLength(before.commands);
    expect(logins(target)).toBe(before.target); // refused before logging in to the target
  });

  it("insecure_ignore_host_key on the jump host is the only way past an unpinned bastion", async () => {
    const c = await Connection.open(through({}, { hostKeys: [], insecureIgnoreHostKey: true }));
    expect((await c.exec("echo ok")).stdout).toBe("ok\n");
    c.close();
  });

  it("checks the bastion against a known_hosts file too", async () => {
    const c = await Connection.open(through({}, { hostKeys: [], knownHostsFile: bastion.knownHostsFile }));
    expect((await c.exec("echo ok")).stdout).toBe("ok\n");
    c.close();
  });

  it("pool: many commands at once share one bastion connection, closed when the pool closes", async () => {
    const before = { bastion: logins(bastion), target: logins(target) };
    const pool = new Pool();
    const t = through();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.exec(t, `sleep 0.2; echo ${i}`)));
    expect(results.map((r) => r.stdout.trim())).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(logins(bastion) - before.bastion).toBe(1);
    expect(logins(target) - before.target).toBe(4); // the pool's per-host limit, each a channel of the one bastion connection
    const port = [...bastion.sshdLog().matchAll(/Accepted publickey for root from 127\.0\.0\.1 port (\d+)/g)].at(-1)![1];
    const gone = () => new RegExp(`(Disconnected from user root|Received disconnect from|Connection closed by) 127\\.0\\.0\\.1 port ${port}\\b`).test(bastion.sshdLog());
    expect(await until(gone, 1000)).toBe(false); // idle connections keep it open
    pool.closeAll();
    expect(await until(gone)).toBe(true);
  });

  it("pool: a bastion refused once is tried afresh next time (the refusal is not kept)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jump-kh-"));
    const kh = join(dir, "known_hosts");
    writeFileSync(kh, `[127.0.0.1]:${bastion.port} ${other.hostKey}\n`);
    const pool = new Pool();
    const t = through({}, { hostKeys: [], knownHostsFile: kh });
    const bad = await pool.exec(t, "true").catch((e) => e);
    expect(bad.kind).toBe("host-key-changed");
    writeFileSync(kh, `[127.0.0.1]:${bastion.port} ${bastion.hostKey}\n`); // the operator fixes known_hosts
    expect((await pool.exec(t, "echo again")).stdout).toBe("again\n");
    pool.closeAll();
  });

  it("never forwards the agent, to the bastion or the target", async () => {
    const dir = mkdtempSync(join(tmpdir(), "agent-"));
    const sock = join(dir, "agent.sock");
    const agent: ChildProcess = spawn("ssh-agent", ["-D", "-a", sock], { stdio: "ignore" });
    try {
      expect(await until(() => existsSync(sock))).toBe(true);
      // One key the bastion and the target both accept: the target's client key, authorised on the bastion too.
      execFileSync("sh", ["-c", `cat ${target.privateKeyFile}.pub >> ${bastion.dir}/authorized_keys`]);
      execFileSync("ssh-add", ["-q", target.privateKeyFile], { env: { ...process.env, SSH_AUTH_SOCK: sock } });
      const c = await Connection.open(through({ privateKey: undefined, agent: sock }, { privateKey: undefined, agent: sock }));
      const r = await c.exec("echo \"agent=${SSH_AUTH_SOCK:-none}\"");
      c.close();
      expect(r.stdout).toBe("agent=none\n");
    } finally {
      if (agent.pid) process.kill(agent.pid, "SIGTERM");
    }
  });
});
