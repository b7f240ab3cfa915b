// known_hosts files read as OpenSSH's ssh(1) reads them: which lines apply to a host
// (patterns, negation, [host]:port, hashed names) and what each line means (a host key,
// a revoked key, a certificate authority, or a key type that cannot be checked).
// Pure parsing, no SSH server: the connections these lines lead to are in host-keys.test.ts.
import { createHmac, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostPatternMatches, knownHostKeys, readKnownHosts } from "../../src/ssh";

const dir = mkdtempSync(join(tmpdir(), "kh-unit-"));
function keyLine(type: string, name: string): string {
  const file = join(dir, name);
  execFileSync("ssh-keygen", ["-q", "-t", type, ...(type === "rsa" ? ["-b", "2048"] : []), "-N", "", "-C", "", "-f", file]);
  return readFileSync(`${file}.pub`, "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
}
const ed = keyLine("ed25519", "ed");
const ecdsa = keyLine("ecdsa", "ecdsa");
const rsa = keyLine("rsa", "rsa");
const other = keyLine("ed25519", "other");
const blob = (line: string) => Buffer.from(line.split(" ")[1], "base64");
const hashed = (name: string) => {
  const salt = randomBytes(20);
  return `|1|${salt.toString("base64")}|${createHmac("sha1", salt).update(name).digest("base64")}`;
};
// A security-key host key (needs a FIDO token to make, so written by hand: type, key, application).
const str = (b: Buffer | string) => {
  const body = Buffer.from(b);
  const n = Buffer.alloc(4);
  n.writeUInt32BE(body.length);
  return Buffer.concat([n, body]);
};
const skLine = `sk-ssh-ed25519@openssh.com ${Buffer.concat([str("sk-ssh-ed25519@openssh.com"), str(Buffer.alloc(32, 7)), str("ssh:")]).toString("base64")}`;

describe("host patterns (sshd(8) SSH_KNOWN_HOSTS FILE FORMAT)", () => {
  const cases: [string, string[], boolean][] = [
    ["10.0.0.1", ["10.0.0.1"], true],
    ["10.0.0.2", ["10.0.0.1"], false],
    ["arm1.lab,10.0.0.1", ["10.0.0.1"], true],
    ["10.0.0.*", ["10.0.0.1"], true],
    ["10.0.0.?", ["10.0.0.12"], false],
    ["10.0.0.??", ["10.0.0.12"], true],
    ["*", ["[10.0.0.1]:2222"], true],
    ["[10.0.0.1]:2222", ["[10.0.0.1]:2222"], true],
    ["[10.0.0.1]:2222", ["10.0.0.1"], false],
    ["[10.0.0.*]:*", ["[10.0.0.9]:2222"], true],
    ["*.lab,!db.lab", ["web.lab"], true],
    ["*.lab,!db.lab", ["db.lab"], false],
    ["!db.lab,*.lab", ["db.lab"], false], // a negation wins wherever it stands
    ["!db.lab", ["web.lab"], false], // a negation alone matches nothing
    ["ARM1.LAB", ["arm1.lab"], true], // host names are case-insensitive
    ["a.b", ["axb"], false], // "." is literal
    [hashed("10.0.0.1"), ["10.0.0.1"], true],
    [hashed("10.0.0.1"), ["10.0.0.2"], false],
    [`other,${hashed("[10.0.0.1]:2222")}`, ["[10.0.0.1]:2222"], true],
  ];
  it.each(cases)("%s for %j → %s", (patterns, names, expected) => {
    expect(hostPatternMatches(patterns, names)).toBe(expected);
  });
});

describe("what the lines mean for 10.0.0.1", () => {
  const at = (text: string, port = 22) => readKnownHosts(text, "10.0.0.1", port);
  const fps = (keys: { blob: Buffer }[]) => keys.map((k) => k.blob.toString("base64"));

  it("plain host keys of every checkable type, on port 22 and on [host]:port", () => {
    const r = at(`10.0.0.1 ${ed}\n10.0.0.1 ${ecdsa} comment\n[10.0.0.1]:22 ${rsa}\n[10.0.0.1]:2222 ${other}\n`);
    expect(fps(r.keys)).toEqual(fps([{ blob: blob(ed) }, { blob: blob(ecdsa) }, { blob: blob(rsa) }]));
    expect(fps(at(`[10.0.0.1]:2222 ${other}\n10.0.0.1 ${ed}\n`, 2222).keys)).toEqual([blob(other).toString("base64")]);
  });

  it("@revoked takes a key out even when it is also listed plainly", () => {
    const r = at(`10.0.0.1 ${ed}\n10.0.0.1 ${ecdsa}\n@revoked * ${ed}\n`);
    expect(fps(r.keys)).toEqual([blob(ecdsa).toString("base64")]);
    expect(fps(r.revoked)).toEqual([blob(ed).toString("base64")]);
    expect(knownHostKeys(`10.0.0.1 ${ed}\n@revoked 10.0.0.* ${ed}\n`, "10.0.0.1", 22)).toEqual([]);
  });

  it("@revoked applies only to the hosts it names", () => {
    expect(at(`10.0.0.1 ${ed}\n@revoked 10.0.0.2 ${ed}\n`).keys).toHaveLength(1);
  });

  it("@cert-authority keys are CAs, never host keys", () => {
    const r = at(`@cert-authority *.lab,10.0.0.* ${ed}\n`);
    expect(r.keys).toEqual([]);
    expect(fps(r.authorities)).toEqual([blob(ed).toString("base64")]);
    expect(at(`@cert-authority *,!10.0.0.1 ${ed}\n`).authorities).toEqual([]);
    expect(at(`@cert-authority * ${ed}\n@revoked * ${ed}\n`).authorities).toEqual([]);
  });

  it("skips key types it cannot check (sk-*, certificates, unknown) and says which", () => {
    const cert = `ssh-ed25519-cert-v01@openssh.com ${Buffer.concat([str("ssh-ed25519-cert-v01@openssh.com"), str(randomBytes(32))]).toString("base64")}`;
    const r = at(`10.0.0.1 ${skLine}\n10.0.0.1 ${cert}\n10.0.0.1 ssh-ed448 AAAA\n10.0.0.1 ${ed}\n10.0.0.9 ssh-xmss@openssh.com AAAA\n`);
    expect(fps(r.keys)).toEqual([blob(ed).toString("base64")]);
    expect(r.skipped.sort()).toEqual(["sk-ssh-ed25519@openssh.com", "ssh-ed25519-cert-v01@openssh.com", "ssh-ed448"]);
  });

  it("ignores comments, blank lines, unknown markers, malformed keys and keys naming another type", () => {
    const edAsRsa = `ssh-rsa ${ed.split(" ")[1]}`;
    const r = at(`# 10.0.0.1 ${other}\n\n   \n@future 10.0.0.1 ${other}\n10.0.0.1 ssh-ed25519 !!!notbase64\n10.0.0.1 ${edAsRsa}\n10.0.0.1\n10.0.0.1 ${ed}\n`);
    expect(fps(r.keys)).toEqual([blob(ed).toString("base64")]);
  });
});
