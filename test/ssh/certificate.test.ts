// Host certificates made by ssh-keygen, parsed and judged as ssh(1) judges them: the CA's
// signature (ED25519, ECDSA, RSA with SHA-2; SHA-1 refused), host vs user certificates, the
// validity window, principals, and tampering. No SSH server here: host-keys.test.ts connects
// to real sshd servers presenting such certificates.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkHostCertificate, parseCertificate, parseKeyLine, type PublicKey } from "../../src/ssh";

const dir = mkdtempSync(join(tmpdir(), "certs-"));
let n = 0;
function makeKey(type: string, name: string): { file: string; key: PublicKey } {
  const f = join(dir, name);
  execFileSync("ssh-keygen", ["-q", "-t", type, ...(type === "rsa" ? ["-b", "2048"] : []), "-N", "", "-C", name, "-f", f]);
  return { file: f, key: parseKeyLine(readFileSync(`${f}.pub`, "utf8"))! };
}
const host = makeKey("ed25519", "host");
const cas = { ed25519: makeKey("ed25519", "ca-ed"), ecdsa: makeKey("ecdsa", "ca-ecdsa"), rsa: makeKey("rsa", "ca-rsa") };

/** ssh-keygen -s ca [args] host.pub → the certificate blob. */
function certify(ca: { file: string }, ...args: string[]): Buffer {
  const pub = join(dir, `host-${++n}.pub`);
  copyFileSync(`${host.file}.pub`, pub);
  execFileSync("ssh-keygen", ["-q", "-s", ca.file, "-I", `cert-${n}`, ...args, pub]);
  return Buffer.from(readFileSync(pub.replace(/\.pub$/, "-cert.pub"), "utf8").split(/\s+/)[1], "base64");
}

const NOW = new Date("2030-06-15T12:00:00Z");
const WINDOW = ["-V", "20300101:20310101"];
const trusting = (ca: PublicKey, revoked: PublicKey[] = []) => ({ authorities: [ca], revoked });

describe("parsing", () => {
  it("reads what ssh-keygen put in", () => {
    const cert = parseCertificate(certify(cas.ed25519, "-h", "-n", "arm1.lab,127.0.0.1", "-z", "42", ...WINDOW))!;
    expect(cert.type).toBe("ssh-ed25519-cert-v01@openssh.com");
    expect(cert.key.blob.equals(host.key.blob)).toBe(true);
    expect(cert.signatureKey.blob.equals(cas.ed25519.key.blob)).toBe(true);
    expect({ serial: cert.serial, certType: cert.certType, principals: cert.principals, keyId: cert.keyId }).toEqual({
      serial: 42n, certType: 2, principals: ["arm1.lab", "127.0.0.1"], keyId: expect.stringMatching(/^cert-\d+$/),
    });
    expect(new Date(Number(cert.validAfter) * 1000).getUTCFullYear()).toBe(2030);
  });

  it("is null for a plain key or garbage", () => {
    expect(parseCertificate(host.key.blob)).toBeNull();
    expect(parseCertificate(Buffer.from("not ssh data"))).toBeNull();
    expect(parseCertificate(certify(cas.ed25519, "-h").subarray(0, 100))).toBeNull();
  });
});

describe("checks (what ssh(1) requires of a host certificate)", () => {
  const rows: { case: string; cert: () => Buffer; ca: keyof typeof cas; name?: string; expect: string | RegExp }[] = [
    { case: "ED25519 CA, host, listed name", cert: () => certify(cas.ed25519, "-h", "-n", "10.0.0.1", ...WINDOW), ca: "ed25519", expect: "accepted" },
    { case: "ECDSA CA", cert: () => certify(cas.ecdsa, "-h", "-n", "10.0.0.1", ...WINDOW), ca: "ecdsa", expect: "accepted" },
    { case: "RSA CA, rsa-sha2-256", cert: () => certify(cas.rsa, "-t", "rsa-sha2-256", "-h", "-n", "10.0.0.1", ...WINDOW), ca: "rsa", expect: "accepted" },
    { case: "RSA CA, rsa-sha2-512", cert: () => certify(cas.rsa, "-t", "rsa-sha2-512", "-h", "-n", "10.0.0.1", ...WINDOW), ca: "rsa", expect: "accepted" },
    { case: "RSA CA, ssh-rsa (SHA-1)", cert: () => certify(cas.rsa, "-t", "ssh-rsa", "-h", "-n", "10.0.0.1", ...WINDOW), ca: "rsa", expect: "Certificate signed with disallowed algorithm" },
    { case: "no principals: any name", cert: () => certify(cas.ed25519, "-h", ...WINDOW), ca: "ed25519", name: "anything.example", expect: "accepted" },
    { case: "names compared exactly, no wildcards", cert: () => certify(cas.ed25519, "-h", "-n", "10.0.0.*", ...WINDOW), ca: "ed25519", expect: /name is not a listed principal/ },
    { case: "user certificate", cert: () => certify(cas.ed25519, "-n", "10.0.0.1", ...WINDOW), ca: "ed25519", expect: "Certificate invalid: not a host certificate" },
    { case: "before its window", cert: () => certify(cas.ed25519, "-h", "-V", "20310101:20320101"), ca: "ed25519", expect: "Certificate invalid: not yet valid" },
    { case: "after its window", cert: () => certify(cas.ed25519, "-h", "-V", "20290101:20300101"), ca: "ed25519", expect: "Certificate invalid: expired" },
    { case: "signed by another CA", cert: () => certify(cas.ecdsa, "-h", ...WINDOW), ca: "ed25519", expect: /signed by the ECDSA CA key SHA256:\S+, which is not a @cert-authority for this host/ },
  ];
  it.each(rows)("$case → $expect", (row) => {
    const v = checkHostCertificate(parseCertificate(row.cert())!, trusting(cas[row.ca].key), row.name ?? "10.0.0.1", NOW);
    const said = v.accepted ? "accepted" : v.reason;
    if (typeof row.expect === "string") expect(said).toBe(row.expect);
    else expect(said).toMatch(row.expect);
  });

  it.each(["ed25519", "ecdsa", "rsa"] as const)("refuses a tampered certificate (%s CA): a principal changed after signing", (ca) => {
    const blob = certify(cas[ca], "-h", "-n", "10.0.0.1", ...WINDOW);
    const at = blob.indexOf(Buffer.from("10.0.0.1"));
    const forged = Buffer.from(blob);
    forged.write("10.0.0.2", at); // same length, so it still parses
    const cert = parseCertificate(forged)!;
    expect(cert.principals).toEqual(["10.0.0.2"]);
    const v = checkHostCertificate(cert, trusting(cas[ca].key), "10.0.0.2", NOW);
    expect(v).toEqual({ accepted: false, revoked: false, reason: expect.stringMatching(/^Certificate signature by the .* CA key SHA256:\S+ is invalid$/) });
  });

  it("a revoked CA or a revoked certified key is a revocation, not just a refusal", () => {
    const cert = parseCertificate(certify(cas.ed25519, "-h", ...WINDOW))!;
    expect(checkHostCertificate(cert, trusting(cas.ed25519.key, [cas.ed25519.key]), "10.0.0.1", NOW)).toMatchObject({ accepted: false, revoked: true });
    expect(checkHostCertificate(cert, trusting(cas.ed25519.key, [host.key]), "10.0.0.1", NOW)).toMatchObject({ accepted: false, revoked: true });
  });
});
