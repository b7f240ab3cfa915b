// SSH transport against a real OpenSSH sshd on loopback: host key pinning,
// credentials, a dropped connection, argv quoting. Each case checks the error
// the user would see.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createHmac, randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Connection, fingerprint, Pool, shellCommand, SshError, type SshTarget } from "../../src/ssh";
import { startSshHost, type SshHost } from "../harness/ssh-host";

let host: SshHost;
let other: SshHost;
const target = (h: SshHost, over: Partial<SshTarget> = {}): SshTarget => ({
  name: "h1", address: "127.0.0.1", port: h.port, user: "root", privateKey: h.privateKey, hostKeys: [h.hostKey], ...over,
});
const blob = (line: string) => Buffer.from(line.split(/\s+/)[1], "base64");

beforeAll(async () => {
  [host, other] = await Promise.all([startSshHost(), startSshHost()]);
});
afterAll(async () => {
  await Promise.all([host?.stop(), other?.stop()]);
});

describe("SSH transport", () => {
  it("accepts the pinned host key and runs a command", async () => {
    const c = await Connection.open(target(host));
    const r = await c.exec("echo ok; echo err >&2; exit 3");
    expect(r).toEqual({ code: 3, stdout: "ok\n", stderr: "err\n" });
    c.close();
  });

  it("refuses a changed host key, naming the host and the fingerprint it saw", async () => {
    const err = await Connection.open(target(host, { hostKeys: [other.hostKey] })).catch((e) => e);
    expect(err).toBeInstanceOf(SshError);
    expect(err.kind).toBe("host-key-changed");
    expect(err.message).toContain('host "h1"');
    expect(err.message).toContain(fingerprint(blob(host.hostKey)));
    expect(err.message).toContain("REMOTE HOST IDENTIFICATION HAS CHANGED");
    expect(host.commands()).not.toContain("true");
  });

  it("refuses a host with no pinned key unless checking is explicitly off", async () => {
    const err = await Connection.open(target(host, { hostKeys: [] })).catch((e) => e);
    expect(err.kind).toBe("host-key-unknown");
    expect(err.message).toMatch(/no host key is pinned/);
    const c = await Connection.open(target(host, { hostKeys: [], insecureIgnoreHostKey: true }));
    expect((await c.exec("true")).code).toBe(0);
    c.close();
  });

  it("checks known_hosts files, plain and hashed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kh-"));
    const plain = join(dir, "plain");
    writeFileSync(plain, `# comment\n[127.0.0.1]:${host.port} ${host.hostKey}\n`);
    const c1 = await Connection.open(target(host, { hostKeys: [], knownHostsFile: plain }));
    c1.close();
    const salt = randomBytes(20);
    const hash = createHmac("sha1", salt).update(`[127.0.0.1]:${host.port}`).digest("base64");
    const hashed = join(dir, "hashed");
    writeFileSync(hashed, `|1|${salt.toString("base64")}|${hash} ${host.hostKey}\n`);
    const c2 = await Connection.open(target(host, { hostKeys: [], knownHostsFile: hashed }));
    c2.close();
    const wrong = join(dir, "wrong");
    writeFileSync(wrong, `[127.0.0.1]:${host.port} ${other.hostKey}\n`);
    const err = await Connection.open(target(host, { hostKeys: [], knownHostsFile: wrong })).catch((e) => e);
    expect(err.kind).toBe("host-key-changed");
  });

  it("reports wrong credentials as permission denied, without the key", async () => {
    const dir = mkdtempSync(join(tmpdir(), "key-"));
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "k")]);
    const { readFileSync } = await import("node:fs");
    const wrongKey = readFileSync(join(dir, "k"), "utf8");
    const err = await Connection.open(target(host, { privateKey: wrongKey })).catch((e) => e);
    expect(err.kind).toBe("auth");
    expect(err.message).toMatch(/permission denied for user "root"/);
    expect(err.message).not.toContain("PRIVATE KEY");
  });

  it("reports a refused connection", async () => {
    const err = await Connection.open(target(host, { port: 1 })).catch((e) => e);
    expect(err.kind).toBe("connect");
    expect(err.message).toContain(`host "h1" (127.0.0.1:1): cannot connect`);
  });

  it("reports a connection dropped mid-command as an unknown outcome", async () => {
    const c = await Connection.open(target(host));
    host.fault("drop-after-next-exec");
    const err = await c.exec("echo started").catch((e) => e);
    expect(err).toBeInstanceOf(SshError);
    expect(err.kind).toBe("dropped");
    expect(err.message).toMatch(/connection dropped while running `echo started`; its outcome is unknown/);
  });

  it("passes every argument as one word, never as shell code", async () => {
    const c = await Connection.open(target(host));
    const hostile = ["a b", "it's", '"q"', "$(touch /tmp/pwned)", "`id`", "x;rm -rf /", "a\nb", "*", "~root", "-n", ""];
    const r = await c.exec(shellCommand(["printf", "%s\\0", ...hostile]));
    expect(r.stdout.split("\0").slice(0, -1)).toEqual(hostile);
    c.close();
  });

  it("runs many commands at once through the pool (the engine applies in parallel)", async () => {
    const pool = new Pool();
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => pool.exec(target(host), `sleep 0.2; echo ${i}`)));
    expect(results.map((r) => r.stdout.trim())).toEqual(Array.from({ length: 16 }, (_, i) => String(i)));
    pool.closeAll();
  });

  it("carries stdin to the command (atomic file upload uses it)", async () => {
    const c = await Connection.open(target(host));
    const r = await c.exec("cat", { stdin: "line1\nline2 'quoted' $HOME\n" });
    expect(r.stdout).toBe("line1\nline2 'quoted' $HOME\n");
    c.close();
  });
});
