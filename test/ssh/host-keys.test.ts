// Host key checking as OpenSSH users expect it, against real OpenSSH sshd servers on
// loopback (test/harness/ssh-host.ts): @revoked keys are refused, @cert-authority lines are
// CAs and not host keys, host certificates signed by a trusted CA are accepted (and refused
// when expired, for another name, a user certificate, or by an untrusted or revoked CA), and
// a known_hosts file mixing key types ssh2 cannot check still works.
// The CAs and certificates are made by ssh-keygen, as an operator would make them. What this
// does not show: hosts other than OpenSSH 9 (dropbear presents no certificates at all).
import { execFileSync } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as net from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Connection, fingerprint, SshError, type SshTarget } from "../../src/ssh";
import { startSshHost, type SshHost, type SshHostOptions } from "../harness/ssh-host";

const dir = mkdtempSync(join(tmpdir(), "host-keys-"));
let n = 0;
const file = (text: string) => {
  const f = join(dir, `known_hosts.${++n}`);
  writeFileSync(f, text);
  return f;
};
const pubLine = (f: string) => readFileSync(f, "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
const blob = (line: string) => Buffer.from(line.split(/\s+/)[1], "base64");

function makeKey(type: "ed25519" | "ecdsa" | "rsa", name: string): { file: string; pub: string } {
  const f = join(dir, name);
  execFileSync("ssh-keygen", ["-q", "-t", type, ...(type === "rsa" ? ["-b", "2048"] : []), "-N", "", "-C", name, "-f", f]);
  return { file: f, pub: pubLine(`${f}.pub`) };
}
const caEd = makeKey("ed25519", "ca-ed25519");
const caEcdsa = makeKey("ecdsa", "ca-ecdsa");
const caRsa = makeKey("rsa", "ca-rsa");
const stranger = makeKey("ecdsa", "stranger");
const strangerRsa = makeKey("rsa", "stranger-rsa");

/** A hook for startSshHost: sign the host's fresh key with `ca` (ssh-keygen -s ... host_key.pub). */
const certifiedBy = (ca: { file: string }, ...args: string[]) => (hostPub: string) => {
  execFileSync("ssh-keygen", ["-q", "-s", ca.file, "-I", "test-host", ...args, hostPub]);
  return hostPub.replace(/\.pub$/, "-cert.pub");
};
const NOW = ["-V", "-5m:+1h"];

const hostSpecs = {
  plain: {},
  rsaPlain: { hostKeyType: "rsa" },
  certEd: { hostCertificate: certifiedBy(caEd, "-h", "-n", "127.0.0.1", ...NOW) },
  certAnyName: { hostCertificate: certifiedBy(caEcdsa, "-h", ...NOW) },
  certEcdsaByRsa: { hostKeyType: "ecdsa", hostCertificate: certifiedBy(caRsa, "-h", "-n", "arm1.lab,127.0.0.1", ...NOW) },
  certRsaByEd: { hostKeyType: "rsa", hostCertificate: certifiedBy(caEd, "-h", "-n", "127.0.0.1", ...NOW) },
  certOtherName: { hostCertificate: certifiedBy(caEd, "-h", "-n", "10.9.9.9", ...NOW) },
  certExpired: { hostCertificate: certifiedBy(caEd, "-h", "-n", "127.0.0.1", "-V", "20200101:20200102") },
  certNotYet: { hostCertificate: certifiedBy(caEd, "-h", "-n", "127.0.0.1", "-V", "20990101:20991231") },
  certUser: { hostCertificate: certifiedBy(caEd, "-n", "127.0.0.1", ...NOW) },
} satisfies Record<string, SshHostOptions>;
type HostName = keyof typeof hostSpecs;
const hosts = {} as Record<HostName, SshHost>;

beforeAll(async () => {
  const names = Object.keys(hostSpecs) as HostName[];
  const started = await Promise.all(names.map((k) => startSshHost(hostSpecs[k] as SshHostOptions)));
  names.forEach((k, i) => (hosts[k] = started[i]));
});
afterAll(async () => {
  await Promise.all(Object.values(hosts).map((h) => h.stop()));
});

const target = (h: SshHost, over: Partial<SshTarget>): SshTarget => ({
  name: "h1", address: "127.0.0.1", port: h.port, user: "root", privateKey: h.privateKey, connectTimeoutMs: 10_000, ...over,
});
const at = (h: SshHost) => `[127.0.0.1]:${h.port}`;
const hashedAt = (h: SshHost) => {
  const salt = randomBytes(20);
  return `|1|${salt.toString("base64")}|${createHmac("sha1", salt).update(at(h)).digest("base64")}`;
};
const str = (b: Buffer | string) => {
  const body = Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
};
// Key types ssh2 cannot check: a security-key host key (written by hand: making one needs a
// FIDO token) and a host certificate listed as if it were a key.
const skLine = `sk-ssh-ed25519@openssh.com ${Buffer.concat([str("sk-ssh-ed25519@openssh.com"), str(Buffer.alloc(32, 7)), str("ssh:")]).toString("base64")}`;
const certLine = () => pubLine(join(hosts.certEd.dir, "ssh_host_ed25519_key-cert.pub"));

type Outcome = "connects" | { kind: SshError["kind"]; message: RegExp | ((h: SshHost) => RegExp) };
interface Row {
  case: string;
  host: HostName;
  knownHosts?: (h: SshHost) => string;
  hostKey?: (h: SshHost) => string;
  expect: Outcome;
}

async function check(row: Row) {
  const h = hosts[row.host];
  const t = target(h, {
    hostKeys: row.hostKey ? [row.hostKey(h)] : [],
    knownHostsFile: row.knownHosts ? file(row.knownHosts(h)) : undefined,
  });
  const got = await Connection.open(t).then(
    async (c) => {
      const r = await c.exec("echo ok");
      c.close();
      return r.stdout === "ok\n" ? "connects" : `ran, said ${JSON.stringify(r)}`;
    },
    (e) => e,
  );
  if (row.expect === "connects") {
    expect(got instanceof Error ? `${got.message}` : got).toBe("connects");
    return;
  }
  expect(got).toBeInstanceOf(SshError);
  expect(got.message).toContain('host "h1"');
  expect({ kind: got.kind, message: got.message }).toEqual({
    kind: row.expect.kind,
    message: expect.stringMatching(typeof row.expect.message === "function" ? row.expect.message(h) : row.expect.message),
  });
}

const fp = (line: string) => fingerprint(blob(line)).replace(/[+/]/g, "\\$&");

describe("@revoked", () => {
  const rows: Row[] = [
    {
      case: "a key listed plainly and as @revoked is refused, with its fingerprint",
      host: "plain",
      knownHosts: (h) => `${at(h)} ${h.hostKey}\n@revoked * ${h.hostKey}\n`,
      expect: { kind: "host-key-revoked", message: (h) => new RegExp(`REVOKED HOST KEY DETECTED! The ED25519 key ${fp(h.hostKey)} it offered is marked as revoked`) },
    },
    {
      case: "a pinned host_key revoked in known_hosts is refused",
      host: "plain",
      hostKey: (h) => h.hostKey,
      knownHosts: (h) => `@revoked ${at(h)} ${h.hostKey}\n`,
      expect: { kind: "host-key-revoked", message: /marked as revoked \(host_key and .*known_hosts/ },
    },
    {
      case: "a @revoked line for other hosts does not apply",
      host: "plain",
      knownHosts: (h) => `${at(h)} ${h.hostKey}\n@revoked 10.0.0.1 ${h.hostKey}\n`,
      expect: "connects",
    },
    {
      case: "revoking another key leaves the host's key accepted",
      host: "plain",
      knownHosts: (h) => `${at(h)} ${h.hostKey}\n@revoked * ${stranger.pub}\n`,
      expect: "connects",
    },
  ];
  it.each(rows)("$case", check);
});

describe("mixed key types and host patterns in known_hosts", () => {
  const rows: Row[] = [
    {
      case: "sk-*, a certificate line, ECDSA and RSA keys of others, and the host's key: connects",
      host: "plain",
      knownHosts: (h) => [`${at(h)} ${skLine}`, `${at(h)} ${certLine()}`, `${at(h)} ${stranger.pub}`, `${at(h)} ${strangerRsa.pub}`, `${at(h)} ${h.hostKey}`, ""].join("\n"),
      expect: "connects",
    },
    {
      case: "the host's key under a hashed name after lines of unknown types: connects",
      host: "plain",
      knownHosts: (h) => `${at(h)} ${skLine}\n${at(h)} ssh-ed448 AAAAC3NzaC1lZDQ0OA==\n${hashedAt(h)} ${h.hostKey}\n`,
      expect: "connects",
    },
    {
      case: "wildcard and port patterns, with a negation for another port: connects",
      host: "plain",
      knownHosts: (h) => `[127.0.0.*]:*,![127.0.0.1]:1 ${h.hostKey}\n`,
      expect: "connects",
    },
    {
      case: "a negated pattern excludes the host",
      host: "plain",
      knownHosts: (h) => `*,!${at(h)} ${h.hostKey}\n`,
      expect: { kind: "host-key-unknown", message: /no host key is pinned for it/ },
    },
    {
      case: "only types that cannot be checked: refused before connecting, saying why",
      host: "plain",
      knownHosts: (h) => `${at(h)} ${skLine}\n${at(h)} ${certLine()}\n`,
      expect: { kind: "host-key-unknown", message: /lists only keys of types this provider cannot check: sk-ssh-ed25519@openssh.com, ssh-ed25519-cert-v01@openssh.com/ },
    },
    {
      case: "only keys of other types than the host has: a changed host key, with the one it offered",
      host: "plain",
      knownHosts: (h) => `${at(h)} ${stranger.pub}\n${at(h)} ${strangerRsa.pub}\n`,
      expect: { kind: "host-key-changed", message: (h) => new RegExp(`REMOTE HOST IDENTIFICATION HAS CHANGED! It offered a ED25519 key ${fp(h.hostKey)}`) },
    },
    {
      case: "an RSA host pinned by its ssh-rsa line (OpenSSH 9 offers only SHA-2 RSA signatures): connects",
      host: "rsaPlain",
      hostKey: (h) => h.hostKey,
      expect: "connects",
    },
  ];
  it.each(rows)("$case", check);
});

describe("@cert-authority and host certificates", () => {
  const rows: Row[] = [
    {
      case: "a @cert-authority line holding the host's own key is not a host key",
      host: "plain",
      knownHosts: (h) => `@cert-authority ${at(h)} ${h.hostKey}\n`,
      expect: { kind: "host-key-unknown", message: /host key verification failed: it offered a ED25519 key .* which is not pinned, and it offers no host certificate/ },
    },
    {
      case: "ED25519 certificate for 127.0.0.1 by a trusted ED25519 CA: connects",
      host: "certEd",
      knownHosts: () => `@cert-authority * ${caEd.pub}\n`,
      expect: "connects",
    },
    {
      case: "the CA trusted under a hashed name: connects",
      host: "certEd",
      knownHosts: (h) => `@cert-authority ${hashedAt(h)} ${caEd.pub}\n`,
      expect: "connects",
    },
    {
      case: "certificate without principals (any host), ECDSA CA: connects",
      host: "certAnyName",
      knownHosts: () => `@cert-authority [127.0.0.1]:* ${caEcdsa.pub}\n`,
      expect: "connects",
    },
    {
      case: "ECDSA host key certified by an RSA CA (rsa-sha2-512): connects",
      host: "certEcdsaByRsa",
      knownHosts: () => `@cert-authority * ${caRsa.pub}\n`,
      expect: "connects",
    },
    {
      case: "RSA host key certified by an ED25519 CA: connects",
      host: "certRsaByEd",
      knownHosts: () => `@cert-authority * ${caEd.pub}\n`,
      expect: "connects",
    },
    {
      case: "certificate for another name",
      host: "certOtherName",
      knownHosts: () => `@cert-authority * ${caEd.pub}\n`,
      expect: { kind: "host-key-unknown", message: /Certificate invalid: name is not a listed principal \(127.0.0.1 not in 10.9.9.9\)/ },
    },
    {
      case: "certificate for another name, but the plain key is pinned too: connects (ssh falls back to the key)",
      host: "certOtherName",
      knownHosts: (h) => `@cert-authority * ${caEd.pub}\n${at(h)} ${h.hostKey}\n`,
      expect: "connects",
    },
    {
      case: "expired certificate",
      host: "certExpired",
      knownHosts: () => `@cert-authority * ${caEd.pub}\n`,
      expect: { kind: "host-key-unknown", message: /Certificate invalid: expired/ },
    },
    {
      case: "certificate not yet valid",
      host: "certNotYet",
      knownHosts: () => `@cert-authority * ${caEd.pub}\n`,
      expect: { kind: "host-key-unknown", message: /Certificate invalid: not yet valid/ },
    },
    {
      case: "a user certificate presented as a host certificate",
      host: "certUser",
      knownHosts: () => `@cert-authority * ${caEd.pub}\n`,
      expect: { kind: "host-key-unknown", message: /Certificate invalid: not a host certificate/ },
    },
    {
      case: "certificate by a CA trusted only for other hosts: nothing pinned for this one",
      host: "certEd",
      knownHosts: () => `@cert-authority *.example.com ${caEd.pub}\n`,
      expect: { kind: "host-key-unknown", message: /no host key is pinned for it/ },
    },
    {
      case: "certificate by a CA that is not the trusted one",
      host: "certEd",
      knownHosts: () => `@cert-authority * ${caEcdsa.pub}\n`,
      expect: { kind: "host-key-unknown", message: new RegExp(`signed by the ED25519 CA key ${fp(caEd.pub)}, which is not a @cert-authority for this host`) },
    },
    {
      case: "certificate by a revoked CA, even with the host's key pinned",
      host: "certEd",
      knownHosts: (h) => `@cert-authority * ${caEd.pub}\n@revoked * ${caEd.pub}\n${at(h)} ${h.hostKey}\n`,
      expect: { kind: "host-key-revoked", message: new RegExp(`REVOKED HOST KEY DETECTED! .*signed by the ED25519 CA key ${fp(caEd.pub)}, which is marked as revoked`) },
    },
    {
      case: "valid certificate for a revoked host key",
      host: "certEd",
      knownHosts: (h) => `@cert-authority * ${caEd.pub}\n@revoked * ${h.hostKey}\n`,
      expect: { kind: "host-key-revoked", message: /certified ED25519 host key .* is marked as revoked/ },
    },
  ];
  it.each(rows)("$case", check);

  it("the probe reads the certificate the server presents", async () => {
    const { probeHostCertificate, parseCertificate } = await import("../../src/ssh/certificate");
    const got = await probeHostCertificate(net.connect(hosts.certEd.port, "127.0.0.1"), 5000);
    expect(Buffer.isBuffer(got)).toBe(true);
    const cert = parseCertificate(got as Buffer)!;
    expect(cert.key.blob.equals(blob(hosts.certEd.hostKey))).toBe(true);
    expect(cert.principals).toEqual(["127.0.0.1"]);
    expect(cert.signatureKey.blob.equals(blob(caEd.pub))).toBe(true);
    expect(await probeHostCertificate(net.connect(hosts.plain.port, "127.0.0.1"), 5000)).toEqual({ none: "it offers no host certificate" });
  });

  it("a valid certificate vouches only for its own key: a server signing with another key is refused", async () => {
    // A man in the middle shows the real host's (public) certificate to the probe, then answers
    // the connection itself with a key of its own: here a proxy sends the first connection to
    // the certified host and every later one to another host.
    let seen = 0;
    const proxy = net.createServer((client) => {
      const upstream = net.connect(seen++ === 0 ? hosts.certEd.port : hosts.plain.port, "127.0.0.1");
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    try {
      const port = (proxy.address() as net.AddressInfo).port;
      const t = target(hosts.plain, { port, knownHostsFile: file(`@cert-authority * ${caEd.pub}\n`) });
      const err = await Connection.open(t).then((c) => (c.close(), new Error("connected")), (e) => e);
      expect(seen).toBe(2);
      expect({ kind: err.kind, message: err.message }).toEqual({
        kind: "host-key-unknown",
        message: expect.stringMatching(new RegExp(`it offered a ED25519 key ${fp(hosts.plain.hostKey)}, which is not pinned`)),
      });
    } finally {
      proxy.close();
    }
  });
});
