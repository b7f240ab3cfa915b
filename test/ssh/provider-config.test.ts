// The provider's host blocks as far as SSH goes: command_timeout and jump_host are validated
// with the attribute path, every value unknown at configure time is refused by name (none may
// reach ssh2 as a Symbol), and a configured jump_host really carries the provider's commands:
// the xen_host data source reads a host through a bastion (real OpenSSH sshd servers on loopback,
// with the STAND-IN xl of test/harness/fake-xen — not Xen).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Unknown, type CtyValue } from "../../src/provider/cty";
import type { Diagnostic, Obj } from "../../src/provider/framework";
import { makeProvider, sshTarget } from "../../src/resources/provider";
import { startSshHost, type SshHost } from "../harness/ssh-host";

const schema = makeProvider().schema.block.blocks!.host.block;
const nulls = (block: typeof schema): Record<string, CtyValue> =>
  Object.fromEntries([...Object.keys(block.attributes), ...Object.keys(block.blocks ?? {})].map((k) => [k, null]));

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGBaw0Kx9UVMphTWz7YtwhQ9Upkx7gjkV1bIdWsSeymJ";
const hostBlock = (over: Record<string, CtyValue> = {}): Record<string, CtyValue> => ({
  ...nulls(schema), name: "arm1", address: "192.0.2.10", private_key: "KEY", host_key: KEY, ...over,
});
const jumpBlock = (over: Record<string, CtyValue> = {}): Record<string, CtyValue> => ({
  ...nulls(schema.blocks!.jump_host.block), address: "192.0.2.1", private_key: "KEY", host_key: KEY, ...over,
});
const factsBlock = { arch: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64", virt_caps: null };
const only = (d: Diagnostic[], severity: Diagnostic["severity"]) => d.filter((x) => x.severity === severity).map((x) => ({ summary: x.summary, path: x.path }));

describe("command_timeout", () => {
  const rows: [CtyValue, boolean][] = [[1, true], [300, true], [86_400, true], [0, false], [-5, false], [86_401, false], [1.5, false], [1e12, false]];
  it.each(rows)("%s → valid: %s", (value, valid) => {
    const d = makeProvider().validate({ host: [hostBlock({ command_timeout: value })] });
    expect(only(d, "error")).toEqual(valid ? [] : [{ summary: "command_timeout must be a whole number of seconds from 1 to 86400", path: ["host", 0, "command_timeout"] }]);
  });

  it("becomes the target's commandTimeoutMs, 300 s when unset", () => {
    expect(sshTarget(hostBlock()).commandTimeoutMs).toBe(300_000);
    expect(sshTarget(hostBlock({ command_timeout: 5 })).commandTimeoutMs).toBe(5_000);
  });
});

describe("jump_host validation mirrors the host's rules", () => {
  const rows: { case: string; jump: Record<string, CtyValue>; errors?: { summary: string; path: (string | number)[] }[]; warnings?: { summary: string; path: (string | number)[] }[] }[] = [
    { case: "pinned key and a private key: fine", jump: {}, errors: [], warnings: [] },
    { case: "known_hosts_file instead of host_key: fine", jump: { host_key: null, known_hosts_file: "/etc/ssh/ssh_known_hosts" }, errors: [] },
    {
      case: "no pinned key: refused at jump_host.host_key",
      jump: { host_key: null },
      errors: [{ summary: 'The jump host of host "arm1" has no pinned host key', path: ["host", 0, "jump_host", "host_key"] }],
    },
    {
      case: "insecure_ignore_host_key: allowed, with a warning",
      jump: { host_key: null, insecure_ignore_host_key: true },
      errors: [],
      warnings: [{ summary: "Host key checking is off for the jump host", path: ["host", 0, "jump_host", "insecure_ignore_host_key"] }],
    },
    {
      case: "no credentials",
      jump: { private_key: null },
      errors: [{ summary: 'The jump host of host "arm1" has no way to authenticate', path: ["host", 0, "jump_host", "private_key"] }],
    },
    { case: "agent is a way to authenticate", jump: { private_key: null, agent: true }, errors: [] },
    { case: "bad port", jump: { port: 70_000 }, errors: [{ summary: "port must be a TCP port number (1-65535)", path: ["host", 0, "jump_host", "port"] }] },
  ];
  it.each(rows)("$case", (row) => {
    const d = makeProvider().validate({ host: [hostBlock({ jump_host: jumpBlock(row.jump) })] });
    if (row.errors) expect(only(d, "error")).toEqual(row.errors);
    if (row.warnings) expect(only(d, "warning")).toEqual(row.warnings);
  });

  it("a jump_host on a plan-only host is pointed out as unused", () => {
    const d = makeProvider().validate({ host: [hostBlock({ address: null, facts: factsBlock, jump_host: jumpBlock() })] });
    expect(only(d, "warning")).toEqual([{ summary: "jump_host is not used", path: ["host", 0, "jump_host"] }]);
  });

  it("becomes the target's jumpHost with OpenSSH's defaults", () => {
    expect(sshTarget(hostBlock({ jump_host: jumpBlock() })).jumpHost).toEqual({
      address: "192.0.2.1", port: 22, user: "root", privateKey: "KEY", passphrase: undefined, password: undefined,
      agent: undefined, hostKeys: [KEY], knownHostsFile: undefined, insecureIgnoreHostKey: false,
    });
    expect(sshTarget(hostBlock()).jumpHost).toBeUndefined();
  });
});

describe("configure refuses values not known until apply, naming each", () => {
  const rows: { case: string; block: () => Record<string, CtyValue>; paths: (string | number)[][] }[] = [
    ...["address", "port", "user", "private_key", "private_key_passphrase", "password", "agent", "host_key", "known_hosts_file",
      "insecure_ignore_host_key", "config_dir", "command_timeout"].map((k) => ({
      case: k, block: () => hostBlock({ [k]: Unknown }), paths: [["host", 0, k]],
    })),
    ...["address", "port", "user", "private_key", "password", "agent", "host_key", "known_hosts_file"].map((k) => ({
      case: `jump_host.${k}`, block: () => hostBlock({ jump_host: jumpBlock({ [k]: Unknown }) }), paths: [["host", 0, "jump_host", k]],
    })),
    { case: "the whole jump_host block", block: () => hostBlock({ jump_host: Unknown }), paths: [["host", 0, "jump_host"]] },
    { case: "facts.xen_version", block: () => hostBlock({ facts: { ...factsBlock, xen_version: Unknown } }), paths: [["host", 0, "facts", "xen_version"]] },
    { case: "two at once", block: () => hostBlock({ user: Unknown, password: Unknown }), paths: [["host", 0, "user"], ["host", 0, "password"]] },
  ];
  it.each(rows)("$case", async (row) => {
    const p = makeProvider();
    const d = await p.configure({ host: [row.block()] } as Obj, "1.9.0");
    expect(only(d, "error").map((x) => x.path)).toEqual(row.paths);
    for (const x of only(d, "error")) expect(x.summary).toMatch(/^host\[0\]\.\S+ is not known until apply$/);
    // Nothing was set up for the host: no SSH attempt can be made with a Symbol in it.
    const read = await p.dataSources.xen_host.read({ name: "arm1" } as Obj);
    expect(read.diagnostics[0]?.detail).toMatch(/not declared in the provider configuration/);
    await p.close();
  });

  it("the host blocks themselves unknown", async () => {
    const d = await makeProvider().configure({ host: Unknown } as Obj, "1.9.0");
    expect(only(d, "error")).toEqual([{ summary: "The host blocks are not known until apply", path: ["host"] }]);
  });
});

describe("a host reached through its jump_host (real sshd, stand-in xl)", () => {
  let target: SshHost;
  let bastion: SshHost;
  beforeAll(async () => {
    target = await startSshHost({ facts: { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l" } });
    bastion = await startSshHost({ sshdConfig: [`PermitOpen 127.0.0.1:${target.port}`] });
  });
  afterAll(async () => {
    await Promise.all([target?.stop(), bastion?.stop()]);
  });

  it("xen_host reads the host's facts through the bastion", async () => {
    const p = makeProvider();
    const d = await p.configure({
      host: [hostBlock({
        address: "127.0.0.1", port: target.port, private_key: target.privateKey, host_key: null, known_hosts_file: target.knownHostsFile,
        command_timeout: 30,
        jump_host: jumpBlock({ address: "127.0.0.1", port: bastion.port, private_key: bastion.privateKey, host_key: bastion.hostKey }),
      })],
    } as Obj, "1.9.0");
    expect(only(d, "error")).toEqual([]);
    const r = await p.dataSources.xen_host.read({ name: "arm1" } as Obj);
    await p.close();
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toMatchObject({ arch: "aarch64", xen_version: "4.17.7" });
    expect(target.commands().some((c) => c.includes("xl info"))).toBe(true);
    expect(bastion.commands()).toEqual([]);
    expect(bastion.sshdLog()).toMatch(/Accepted publickey for root/);
  });

  it("a changed bastion key fails the read, naming the jump host", async () => {
    const p = makeProvider();
    await p.configure({
      host: [hostBlock({
        address: "127.0.0.1", port: target.port, private_key: target.privateKey, host_key: target.hostKey,
        jump_host: jumpBlock({ address: "127.0.0.1", port: bastion.port, private_key: bastion.privateKey, host_key: target.hostKey }),
      })],
    } as Obj, "1.9.0");
    const r = await p.dataSources.xen_host.read({ name: "arm1" } as Obj);
    await p.close();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].detail).toMatch(new RegExp(`^host "arm1": jump host 127\\.0\\.0\\.1:${bastion.port}: WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!`));
  });
});
