// OpenSSH known_hosts files, read as ssh(1) reads them (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT"):
// host patterns with `*`, `?` and `!` negation, `[host]:port`, hashed names, and the
// @cert-authority and @revoked markers.
import { createHmac } from "node:crypto";
import { CA_KEY_TYPES, HOST_KEY_ALGORITHMS, parseKeyText, type PublicKey } from "./keys";

/** What a known_hosts file says about one host. */
export interface KnownHosts {
  /** Plain host keys listed for it, revoked ones left out. */
  keys: PublicKey[];
  /** Keys marked @revoked for it: never accepted, as a host key or as a CA. */
  revoked: PublicKey[];
  /** Keys of @cert-authority lines for it: they sign host certificates, they are not host keys. */
  authorities: PublicKey[];
  /** Key types listed for it that this provider cannot check (sk-*, certificates, unknown types). */
  skipped: string[];
}

/** The names a host is looked up by: `addr` on port 22, `[addr]:port` otherwise (as ssh does). */
function lookupNames(address: string, port: number): string[] {
  const a = address.toLowerCase();
  // `[addr]:22` is accepted as well: files written by hand or by other tools use it.
  return port === 22 ? [a, `[${a}]:22`] : [`[${a}]:${port}`];
}

function wildcard(pattern: string): RegExp {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${re}$`, "s");
}

function hashedMatch(entry: string, names: string[]): boolean {
  const [, , salt, hash] = entry.split("|");
  if (!salt || !hash) return false;
  return names.some((n) => createHmac("sha1", Buffer.from(salt, "base64")).update(n).digest("base64") === hash);
}

/**
 * Does a comma-separated host pattern list cover one of `names`? As in OpenSSH's
 * match_hostname: a matching negated pattern excludes the host whatever else matches.
 */
export function hostPatternMatches(patterns: string, names: string[]): boolean {
  let matched = false;
  for (const raw of patterns.split(",")) {
    if (!raw) continue;
    if (raw.startsWith("|1|")) {
      if (hashedMatch(raw, names)) matched = true;
      continue;
    }
    const negated = raw.startsWith("!");
    const re = wildcard((negated ? raw.slice(1) : raw).toLowerCase());
    if (names.some((n) => re.test(n))) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

const sameKey = (a: PublicKey, b: PublicKey) => a.blob.equals(b.blob);

/** The entries of a known_hosts file that apply to `address`:`port`. */
export function readKnownHosts(text: string, address: string, port: number): KnownHosts {
  const names = lookupNames(address, port);
  const plain: PublicKey[] = [];
  const revoked: PublicKey[] = [];
  const authorities: PublicKey[] = [];
  const skipped = new Set<string>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const fields = line.split(/\s+/);
    let marker: string | undefined;
    if (fields[0].startsWith("@")) marker = fields.shift();
    // Like ssh, an unknown marker makes the line mean nothing (rather than a plain key).
    if (marker !== undefined && marker !== "@cert-authority" && marker !== "@revoked") continue;
    const [hosts, type, base64] = fields;
    if (!hosts || !type || !base64 || !hostPatternMatches(hosts, names)) continue;
    const checkable = marker === "@cert-authority" ? CA_KEY_TYPES.has(type) : HOST_KEY_ALGORITHMS.has(type);
    if (!checkable) {
      // A revoked key of a type we never accept cannot let anything in: nothing to report.
      if (marker !== "@revoked") skipped.add(type);
      continue;
    }
    const key = parseKeyText(type, base64);
    if (!key) continue; // malformed, as ssh skips it
    (marker === "@revoked" ? revoked : marker === "@cert-authority" ? authorities : plain).push(key);
  }
  const notRevoked = (k: PublicKey) => !revoked.some((r) => sameKey(r, k));
  return { keys: plain.filter(notRevoked), revoked, authorities: authorities.filter(notRevoked), skipped: [...skipped] };
}

/** The plain host keys a known_hosts file lists for `address`:`port` (not revoked, not CAs). */
export function knownHostKeys(text: string, address: string, port: number): PublicKey[] {
  return readKnownHosts(text, address, port).keys;
}
