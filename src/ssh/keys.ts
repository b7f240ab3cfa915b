// Public keys as OpenSSH writes them ("ssh-ed25519 AAAA..."), their fingerprints,
// and the signature check a certificate authority's key needs.
import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";
import { WireFormatError, WireReader } from "./wire";

export interface PublicKey {
  /** The key type named inside the blob, e.g. "ssh-ed25519". */
  type: string;
  /** The key in SSH wire format (what the base64 of a key line decodes to). */
  blob: Buffer;
}

/** "SHA256:..." as OpenSSH prints it. */
export function fingerprint(keyBlob: Buffer): string {
  return "SHA256:" + createHash("sha256").update(keyBlob).digest("base64").replace(/=+$/, "");
}

/**
 * The host key types this provider can check, in ssh2's order of preference, with the
 * signature algorithms ssh2 negotiates for each. RSA keys are asked for with SHA-2
 * signatures first: OpenSSH 8.8+ servers no longer offer "ssh-rsa" (SHA-1).
 */
export const HOST_KEY_ALGORITHMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["ssh-ed25519", ["ssh-ed25519"]],
  ["ecdsa-sha2-nistp256", ["ecdsa-sha2-nistp256"]],
  ["ecdsa-sha2-nistp384", ["ecdsa-sha2-nistp384"]],
  ["ecdsa-sha2-nistp521", ["ecdsa-sha2-nistp521"]],
  ["ssh-rsa", ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"]],
  ["ssh-dss", ["ssh-dss"]],
]);

/** ssh2's serverHostKey list for keys of these types, in preference order. */
export function hostKeyAlgorithms(types: Iterable<string>): string[] {
  const want = new Set(types);
  return [...HOST_KEY_ALGORITHMS].filter(([t]) => want.has(t)).flatMap(([, algs]) => algs);
}

/** How OpenSSH names a key type in its warnings ("The ED25519 host key ..."). */
export function keyTypeLabel(type: string): string {
  if (type === "ssh-ed25519") return "ED25519";
  if (type.startsWith("ecdsa-")) return "ECDSA";
  if (type === "ssh-rsa") return "RSA";
  if (type === "ssh-dss") return "DSA";
  return type;
}

/** The type named inside a key blob, or null when the blob is not SSH wire data. */
export function blobType(blob: Buffer): string | null {
  try {
    return new WireReader(blob).text();
  } catch (e) {
    if (e instanceof WireFormatError) return null;
    throw e;
  }
}

/** "type base64" → key, or null when it is not a well-formed key of the type it names. */
export function parseKeyText(type: string, base64: string): PublicKey | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  const blob = Buffer.from(base64, "base64");
  return blob.length && blobType(blob) === type ? { type, blob } : null;
}

/** One "ssh-ed25519 AAAA... [comment]" line, or null when it is not a public key line. */
export function parseKeyLine(line: string): PublicKey | null {
  const parts = line.trim().split(/\s+/);
  return parts.length >= 2 ? parseKeyText(parts[0], parts[1]) : null;
}

const b64url = (b: Buffer) => b.toString("base64url");

const CURVES: Record<string, { jwk: string; hash: string; size: number }> = {
  nistp256: { jwk: "P-256", hash: "sha256", size: 32 },
  nistp384: { jwk: "P-384", hash: "sha384", size: 48 },
  nistp521: { jwk: "P-521", hash: "sha512", size: 66 },
};

/** Signature algorithms accepted from a CA, per CA key type (OpenSSH's default CASignatureAlgorithms: no SHA-1). */
const CA_SIGNATURES: Record<string, Record<string, string | null>> = {
  "ssh-ed25519": { "ssh-ed25519": null },
  "ecdsa-sha2-nistp256": { "ecdsa-sha2-nistp256": "sha256" },
  "ecdsa-sha2-nistp384": { "ecdsa-sha2-nistp384": "sha384" },
  "ecdsa-sha2-nistp521": { "ecdsa-sha2-nistp521": "sha512" },
  "ssh-rsa": { "rsa-sha2-256": "sha256", "rsa-sha2-512": "sha512" },
};

/** Key types a certificate authority may have here (sk-* and DSA CAs are not checked). */
export const CA_KEY_TYPES = new Set(Object.keys(CA_SIGNATURES));

function keyObject(key: PublicKey): KeyObject {
  const r = new WireReader(key.blob);
  r.text();
  if (key.type === "ssh-ed25519") {
    return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: b64url(r.string()) }, format: "jwk" });
  }
  if (key.type.startsWith("ecdsa-sha2-")) {
    const curve = CURVES[r.text()];
    const q = r.string();
    if (!curve || q[0] !== 4 || q.length !== 1 + 2 * curve.size) throw new WireFormatError("bad ECDSA key");
    return createPublicKey({
      key: { kty: "EC", crv: curve.jwk, x: b64url(q.subarray(1, 1 + curve.size)), y: b64url(q.subarray(1 + curve.size)) },
      format: "jwk",
    });
  }
  if (key.type === "ssh-rsa") {
    const e = r.mpint();
    const n = r.mpint();
    return createPublicKey({ key: { kty: "RSA", n: b64url(n), e: b64url(e) }, format: "jwk" });
  }
  throw new WireFormatError(`no signature check for ${key.type} keys`);
}

export type SignatureCheck = "valid" | "invalid" | "disallowed-algorithm";

/** Does `signature` (SSH wire format) by the CA key `key` sign `data`? */
export function checkSignature(key: PublicKey, data: Buffer, signature: Buffer): SignatureCheck {
  try {
    const sig = new WireReader(signature);
    const alg = sig.text();
    const raw = sig.string();
    const allowed = CA_SIGNATURES[key.type];
    if (!allowed || !(alg in allowed)) return "disallowed-algorithm";
    const hash = allowed[alg];
    const k = keyObject(key);
    if (key.type.startsWith("ecdsa-")) {
      // SSH carries (r, s) as two mpints; Node takes them fixed-width, concatenated.
      const size = CURVES[key.type.slice("ecdsa-sha2-".length)].size;
      const rs = new WireReader(raw);
      const pad = (b: Buffer) => (b.length > size ? null : Buffer.concat([Buffer.alloc(size - b.length), b]));
      const r = pad(rs.mpint());
      const s = pad(rs.mpint());
      if (!r || !s) return "invalid";
      return verify(hash, data, { key: k, dsaEncoding: "ieee-p1363" }, Buffer.concat([r, s])) ? "valid" : "invalid";
    }
    return verify(hash, data, k, raw) ? "valid" : "invalid";
  } catch {
    return "invalid";
  }
}
