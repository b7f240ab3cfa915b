// OpenSSH host certificates (PROTOCOL.certkeys): parsing, the checks ssh(1) makes
// before it trusts one, and a probe that asks a server for its certificate.
//
// Why a probe: ssh2 (1.17) cannot negotiate certificate host key algorithms. Its
// client refuses any `serverHostKey` name outside its fixed list ("Unsupported
// algorithm"), and its key exchange insists that the signature type equals the
// negotiated algorithm and parses the host key blob as a plain key — both wrong for
// `*-cert-v01@openssh.com`, whose signature is made with the plain key type. So the
// certificate is fetched here in a separate, unfinished key exchange, checked, and the
// real connection (ssh2, plain key algorithm) is then accepted only when the server
// proves possession of exactly the key the certificate certifies. The probe needs no
// signature check of its own: a certificate is public; what makes it worth anything is
// that the server of the real connection signs with the certified key.
import { createECDH, generateKeyPairSync, randomBytes } from "node:crypto";
import type { Duplex } from "node:stream";
import { checkSignature, fingerprint, keyTypeLabel, type PublicKey } from "./keys";
import { WireFormatError, WireReader, wireNameList, wireString } from "./wire";

const SSH2_CERT_TYPE_HOST = 2;

export interface Certificate {
  /** The certificate's own type, e.g. "ssh-ed25519-cert-v01@openssh.com". */
  type: string;
  /** The plain key it certifies. */
  key: PublicKey;
  serial: bigint;
  /** 1 = user, 2 = host. */
  certType: number;
  keyId: string;
  principals: string[];
  validAfter: bigint;
  validBefore: bigint;
  criticalOptions: Buffer;
  /** The CA's key. */
  signatureKey: PublicKey;
  signature: Buffer;
  /** The bytes the CA signed: everything before the signature. */
  signed: Buffer;
}

/** Certificate type → the plain key type it carries. */
const CERT_TYPES: Record<string, string> = {
  "ssh-ed25519-cert-v01@openssh.com": "ssh-ed25519",
  "ecdsa-sha2-nistp256-cert-v01@openssh.com": "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384-cert-v01@openssh.com": "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521-cert-v01@openssh.com": "ecdsa-sha2-nistp521",
  "ssh-rsa-cert-v01@openssh.com": "ssh-rsa",
};

/** A certificate blob, or null when it is not a certificate of a type this provider checks. */
export function parseCertificate(blob: Buffer): Certificate | null {
  try {
    const r = new WireReader(blob);
    const type = r.text();
    const plainType = CERT_TYPES[type];
    if (!plainType) return null;
    r.string(); // nonce
    const keyStart = r.offset;
    if (plainType === "ssh-ed25519") r.string();
    else if (plainType === "ssh-rsa") (r.string(), r.string()); // e, n
    else (r.string(), r.string()); // curve, point
    const key = { type: plainType, blob: Buffer.concat([wireString(plainType), blob.subarray(keyStart, r.offset)]) };
    const serial = r.uint64();
    const certType = r.uint32();
    const keyId = r.text();
    const packed = new WireReader(r.string());
    const principals: string[] = [];
    while (!packed.done) principals.push(packed.text());
    const validAfter = r.uint64();
    const validBefore = r.uint64();
    const criticalOptions = r.string();
    r.string(); // extensions
    r.string(); // reserved
    const caBlob = r.string();
    const signed = blob.subarray(0, r.offset);
    const signature = r.string();
    const caType = new WireReader(caBlob).text();
    return {
      type, key, serial, certType, keyId, principals, validAfter, validBefore, criticalOptions,
      signatureKey: { type: caType, blob: caBlob }, signature, signed,
    };
  } catch (e) {
    if (e instanceof WireFormatError) return null;
    throw e;
  }
}

export type CertificateVerdict =
  | { accepted: true }
  | { accepted: false; revoked: boolean; reason: string };

const sameKey = (a: PublicKey, b: PublicKey) => a.blob.equals(b.blob);

/**
 * ssh(1)'s checks of a host certificate: a CA trusted for this host and not revoked, the
 * certified key not revoked, a valid CA signature by an allowed algorithm, a host (not user)
 * certificate, inside its validity window, listing `hostname` among its principals (or none),
 * and no critical options (none are defined for host certificates).
 */
export function checkHostCertificate(
  cert: Certificate,
  trust: { authorities: PublicKey[]; revoked: PublicKey[] },
  hostname: string,
  now: Date = new Date(),
): CertificateVerdict {
  const ca = `${keyTypeLabel(cert.signatureKey.type)} CA key ${fingerprint(cert.signatureKey.blob)}`;
  if (trust.revoked.some((k) => sameKey(k, cert.key))) {
    return { accepted: false, revoked: true, reason: `the certified ${keyTypeLabel(cert.key.type)} host key ${fingerprint(cert.key.blob)} is marked as revoked` };
  }
  if (trust.revoked.some((k) => sameKey(k, cert.signatureKey))) {
    return { accepted: false, revoked: true, reason: `signed by the ${ca}, which is marked as revoked` };
  }
  const reject = (reason: string): CertificateVerdict => ({ accepted: false, revoked: false, reason });
  if (!trust.authorities.some((k) => sameKey(k, cert.signatureKey))) {
    return reject(`signed by the ${ca}, which is not a @cert-authority for this host`);
  }
  const sig = checkSignature(cert.signatureKey, cert.signed, cert.signature);
  if (sig === "disallowed-algorithm") return reject("Certificate signed with disallowed algorithm");
  if (sig !== "valid") return reject(`Certificate signature by the ${ca} is invalid`);
  if (cert.certType !== SSH2_CERT_TYPE_HOST) return reject("Certificate invalid: not a host certificate");
  const t = BigInt(Math.floor(now.getTime() / 1000));
  if (t < cert.validAfter) return reject("Certificate invalid: not yet valid");
  if (t >= cert.validBefore) return reject("Certificate invalid: expired");
  // ssh(1) compares principals with the host name exactly (no wildcards for host certificates).
  if (cert.principals.length && !cert.principals.includes(hostname.toLowerCase())) {
    return reject(`Certificate invalid: name is not a listed principal (${hostname} not in ${cert.principals.join(", ")})`);
  }
  if (cert.criticalOptions.length) return reject("Certificate contains unsupported critical options");
  return { accepted: true };
}

// --- The probe -------------------------------------------------------------------------

const MSG_DISCONNECT = 1;
const MSG_KEXINIT = 20;
const MSG_KEX_ECDH_INIT = 30;
const MSG_KEX_ECDH_REPLY = 31;

/** Certificate host key algorithms asked for, in preference order (RSA ones name their signature hash). */
const CERT_ALGORITHMS = [
  "ssh-ed25519-cert-v01@openssh.com",
  "ecdsa-sha2-nistp256-cert-v01@openssh.com",
  "ecdsa-sha2-nistp384-cert-v01@openssh.com",
  "ecdsa-sha2-nistp521-cert-v01@openssh.com",
  "rsa-sha2-512-cert-v01@openssh.com",
  "rsa-sha2-256-cert-v01@openssh.com",
];

/** ECDH key exchanges: all send one public value in KEX_ECDH_INIT, which is all the probe needs. */
const KEX: Record<string, () => Buffer> = {
  "curve25519-sha256": x25519Public,
  "curve25519-sha256@libssh.org": x25519Public,
  "ecdh-sha2-nistp256": () => createECDH("prime256v1").generateKeys(),
  "ecdh-sha2-nistp384": () => createECDH("secp384r1").generateKeys(),
};

function x25519Public(): Buffer {
  const jwk = generateKeyPairSync("x25519").publicKey.export({ format: "jwk" });
  return Buffer.from(jwk.x!, "base64url");
}

// Never used to encrypt anything (the exchange is never finished), but the server
// refuses a KEXINIT it cannot agree with, so these are what every server has.
const CIPHERS = ["aes128-ctr", "aes256-ctr", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com"];
const MACS = ["hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com", "hmac-sha2-256", "hmac-sha2-512", "hmac-sha1"];

function packet(payload: Buffer): Buffer {
  // Unencrypted binary packet (RFC 4253 §6): length, padding length, payload, ≥4 bytes of padding, to a multiple of 8.
  let pad = 8 - ((5 + payload.length) % 8);
  if (pad < 4) pad += 8;
  const head = Buffer.alloc(5);
  head.writeUInt32BE(1 + payload.length + pad);
  head[4] = pad;
  return Buffer.concat([head, payload, randomBytes(pad)]);
}

function kexinit(): Buffer {
  return Buffer.concat([
    Buffer.from([MSG_KEXINIT]), randomBytes(16),
    wireNameList(Object.keys(KEX)), wireNameList(CERT_ALGORITHMS),
    wireNameList(CIPHERS), wireNameList(CIPHERS), wireNameList(MACS), wireNameList(MACS),
    wireNameList(["none"]), wireNameList(["none"]), wireNameList([]), wireNameList([]),
    Buffer.from([0, 0, 0, 0, 0]), // first_kex_packet_follows, reserved
  ]);
}

/** Why a probe got no certificate, when the server simply has none to offer. */
export interface NoCertificate {
  none: string;
}

/**
 * Ask the SSH server at the other end of `sock` for its host certificate: send a KEXINIT
 * offering only certificate algorithms and an ECDH public value, read the host key blob
 * from the server's reply, and hang up. Resolves to the certificate blob, or to
 * `{ none }` when the server offers no certificate we can check; rejects on I/O failure.
 * `sock` is destroyed in every case.
 */
export function probeHostCertificate(sock: Duplex, timeoutMs: number): Promise<Buffer | NoCertificate> {
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    let bannerSeen = false;
    let settled = false;
    const finish = (err: Error | null, value?: Buffer | NoCertificate) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      if (err) reject(err);
      else resolve(value!);
    };
    const timer = setTimeout(() => finish(new Error("Timed out while waiting for handshake")), timeoutMs);

    const onPacket = (payload: Buffer) => {
      const r = new WireReader(payload);
      const msg = r.byte();
      if (msg === MSG_DISCONNECT) {
        r.uint32();
        finish(new Error(`the server disconnected: ${r.text()}`));
      } else if (msg === MSG_KEXINIT) {
        r.bytes(16);
        const kexAlgs = r.nameList();
        const hostKeyAlgs = r.nameList();
        const kex = Object.keys(KEX).find((k) => kexAlgs.includes(k));
        const alg = CERT_ALGORITHMS.find((a) => hostKeyAlgs.includes(a));
        if (!alg) return finish(null, { none: "it offers no host certificate" });
        if (!kex) return finish(null, { none: `it offers none of the key exchanges the certificate check uses (${Object.keys(KEX).join(", ")})` });
        sock.write(packet(Buffer.concat([Buffer.from([MSG_KEX_ECDH_INIT]), wireString(KEX[kex]())])));
      } else if (msg === MSG_KEX_ECDH_REPLY) {
        finish(null, r.string());
      }
      // SSH_MSG_IGNORE, DEBUG and the like: nothing to do.
    };

    sock.on("data", (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      try {
        while (!bannerSeen) {
          // Servers may send other lines before their version line (RFC 4253 §4.2).
          const nl = buf.indexOf(10);
          if (nl < 0) {
            if (buf.length > 8192) throw new Error("no SSH version line from the server");
            return;
          }
          const line = buf.subarray(0, nl).toString("latin1").replace(/\r$/, "");
          buf = buf.subarray(nl + 1);
          if (line.startsWith("SSH-")) {
            if (!/^SSH-(2\.0|1\.99)-/.test(line)) throw new Error(`unsupported SSH version: ${line}`);
            bannerSeen = true;
          }
        }
        while (buf.length >= 4 && !settled) {
          const len = buf.readUInt32BE(0);
          if (len < 5 || len > 256 * 1024) throw new Error("bad packet length from the server");
          if (buf.length < 4 + len) return;
          const pad = buf[4];
          const payload = buf.subarray(5, 4 + len - pad);
          buf = buf.subarray(4 + len);
          onPacket(payload);
        }
      } catch (e) {
        finish(e instanceof WireFormatError ? new Error("malformed packet from the server") : (e as Error));
      }
    });
    sock.on("error", (e: Error) => finish(e));
    sock.on("close", () => finish(new Error("the connection closed during the host certificate check")));
    sock.write("SSH-2.0-cdktf_xen_certcheck\r\n");
    sock.write(packet(kexinit()));
  });
}
