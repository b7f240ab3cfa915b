// Bounded transport against a real OpenSSH sshd on loopback: a command that hangs is given up
// after command_timeout, one that prints without end is cut at the output cap, a port that
// accepts TCP but never speaks SSH fails within the connect timeout — each with an error naming
// the host and the command — and the connection pool keeps working afterwards.
import * as net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Connection, DEFAULT_COMMAND_TIMEOUT_MS, MAX_OUTPUT_BYTES, MAX_TIMER_MS, Pool, SshError, type SshTarget,
} from "../../src/ssh";
import { startSshHost, type SshHost } from "../harness/ssh-host";

let host: SshHost;
let silent: net.Server;
let silentPort: number;
const accepted: net.Socket[] = [];

beforeAll(async () => {
  host = await startSshHost();
  silent = net.createServer((s) => accepted.push(s)); // accepts, never sends a banner
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
  silentPort = (silent.address() as net.AddressInfo).port;
});
afterAll(async () => {
  for (const s of accepted) s.destroy();
  silent?.close();
  await host?.stop();
});

const target = (over: Partial<SshTarget> = {}): SshTarget => ({
  name: "h1", address: "127.0.0.1", port: host.port, user: "root", privateKey: host.privateKey, hostKeys: [host.hostKey], ...over,
});

async function timed<T>(p: Promise<T>): Promise<{ ms: number; value: T | any }> {
  const t0 = Date.now();
  const value = await p.catch((e) => e);
  return { ms: Date.now() - t0, value };
}

describe("defaults", () => {
  it("are 300 s per command and 64 MiB of output; timers never exceed Node's 32-bit limit", () => {
    expect(DEFAULT_COMMAND_TIMEOUT_MS).toBe(300_000);
    expect(MAX_OUTPUT_BYTES).toBe(64 * 1024 * 1024);
    expect(MAX_TIMER_MS).toBe(2147483647);
  });
});

describe("command timeout", () => {
  const rows: { case: string; t: Partial<SshTarget>; timeoutMs?: number; command: string; within: string; max: number }[] = [
    { case: "command_timeout = 1 s gives up a hung command", t: { commandTimeoutMs: 1000 }, command: "sleep 100", within: "1 s", max: 3000 },
    { case: "exec's own timeout wins over command_timeout", t: { commandTimeoutMs: 60_000 }, timeoutMs: 500, command: "sleep 100", within: "500 ms", max: 2500 },
    {
      case: "a long command line is named truncated",
      t: { commandTimeoutMs: 700 },
      command: `sleep 100; echo ${"x".repeat(200)}`,
      within: "700 ms",
      max: 2500,
    },
  ];
  it.each(rows)("$case", async (row) => {
    const pool = new Pool();
    const t = target(row.t);
    const { ms, value: err } = await timed(pool.exec(t, row.command, { timeoutMs: row.timeoutMs }));
    expect(err).toBeInstanceOf(SshError);
    expect(err.kind).toBe("timeout");
    const shown = row.command.length > 80 ? row.command.slice(0, 77) + "..." : row.command;
    expect(err.message).toBe(`host "h1": \`${shown}\` did not finish within ${row.within}; the channel was closed and its outcome is unknown`);
    expect(ms).toBeGreaterThanOrEqual((row.timeoutMs ?? row.t.commandTimeoutMs!) - 50);
    expect(ms).toBeLessThan(row.max);
    // The same pooled connection runs the next command.
    expect((await pool.exec(t, "echo after")).stdout).toBe("after\n");
    pool.closeAll();
  });

  it("a timeout beyond Node's timer range is clamped, not fired at once", async () => {
    const c = await Connection.open(target({ commandTimeoutMs: 2 ** 31 * 10 }));
    const { value } = await timed(c.exec("sleep 0.3; echo done"));
    c.close();
    expect(value).toEqual({ code: 0, stdout: "done\n", stderr: "" });
  });
});

describe("waiting for a free connection", () => {
  it("counts against the command's timeout: with all 4 connections busy, a 5th fails in about its timeout, naming the host and the wait; later commands run once one is free", async () => {
    const pool = new Pool();
    const t = target();
    host.clearCommands();
    // Four long commands hold every connection to the host (three for 8 s, one for 2 s).
    const busy = [2, 8, 8, 8].map((s) => pool.exec(t, `sleep ${s}; echo slept-${s}`).catch((e) => e));
    const fifth = timed(pool.exec(t, "echo fifth", { timeoutMs: 1000 }));
    // The host's command_timeout bounds the wait the same way.
    const sixth = timed(pool.exec(target({ commandTimeoutMs: 500 }), "echo sixth"));
    // The wait is part of the time: queued behind the 2 s command, a 3 s command given 4 s in all runs out.
    const late = timed(pool.exec(t, "sleep 3; echo late", { timeoutMs: 4000 }));
    const { ms, value: err } = await fifth;
    expect(err).toBeInstanceOf(SshError);
    expect(err.kind).toBe("timeout");
    expect(err.message).toBe('host "h1": waited 1 s for a free connection to host "h1" (all 4 were busy); `echo fifth` was not run');
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(2000);
    expect((await sixth).value.message).toMatch(/^host "h1": waited 500 ms for a free connection to host "h1"/);
    const { ms: lateMs, value: lateErr } = await late;
    expect(lateErr).toBeInstanceOf(SshError);
    expect(lateErr.message).toMatch(/^host "h1": `sleep 3; echo late` did not finish within 4 s \(\d+ ms of it waiting for a free connection\)/);
    expect(lateMs).toBeLessThan(4800);
    // Once one is free again, the next command runs.
    expect(await busy[0]).toEqual({ code: 0, stdout: "slept-2\n", stderr: "" });
    expect((await pool.exec(t, "echo later")).stdout).toBe("later\n");
    expect(host.commands()).not.toContain("echo fifth");
    expect(host.commands()).not.toContain("echo sixth");
    await Promise.all(busy);
    pool.closeAll();
  });
});

describe("output cap", () => {
  const CAP = 1024 * 1024;
  const rows: { case: string; command: string; expect: "ok" | "cut"; bytes?: number }[] = [
    { case: "stdout beyond the cap", command: "head -c 5000000 /dev/zero", expect: "cut" },
    { case: "stdout and stderr together beyond the cap", command: "head -c 600000 /dev/zero; head -c 600000 /dev/zero >&2", expect: "cut" },
    { case: "a command that never stops printing", command: "yes", expect: "cut" },
    { case: "just under the cap", command: `head -c ${CAP} /dev/zero`, expect: "ok", bytes: CAP },
  ];
  it.each(rows)("$case → $expect", async (row) => {
    const pool = new Pool();
    const t = target({ maxOutputBytes: CAP });
    const { value } = await timed(pool.exec(t, row.command));
    if (row.expect === "ok") {
      expect(value.stdout.length).toBe(row.bytes);
    } else {
      expect(value).toBeInstanceOf(SshError);
      expect({ kind: value.kind, message: value.message }).toEqual({
        kind: "output-limit",
        message: `host "h1": the host sent more than ${CAP} bytes of output for \`${row.command}\`; the channel was closed`,
      });
    }
    expect((await pool.exec(t, "echo still-works")).stdout).toBe("still-works\n");
    pool.closeAll();
  });
});

describe("connect timeout", () => {
  it("a port that accepts TCP but sends no SSH banner fails within the connect timeout, naming the host", async () => {
    const { ms, value: err } = await timed(Connection.open(target({ port: silentPort, connectTimeoutMs: 1500 })));
    expect(err).toBeInstanceOf(SshError);
    expect({ kind: err.kind, message: err.message }).toEqual({
      kind: "timeout",
      message: `host "h1" (127.0.0.1:${silentPort}): connection timed out: no SSH handshake within 1500 ms`,
    });
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(4000);
  });

  it("the same with a CA in known_hosts (the host certificate check is bounded too)", async () => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const kh = join(mkdtempSync(join(tmpdir(), "kh-")), "known_hosts");
    writeFileSync(kh, `@cert-authority * ${host.hostKey}\n`);
    const { ms, value: err } = await timed(Connection.open(target({ port: silentPort, connectTimeoutMs: 1500, hostKeys: [], knownHostsFile: kh })));
    expect(err.kind).toBe("timeout");
    expect(err.message).toContain(`host "h1" (127.0.0.1:${silentPort})`);
    expect(ms).toBeLessThan(4000);
  });
});
