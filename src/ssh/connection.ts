// SSH transport: a pool of up to 4 connections per host (MAX_CONNECTIONS), each
// running one command at a time, reached directly or through a jump host; argv-safe
// commands, host keys checked as OpenSSH checks them, bounded commands.
// Knows nothing about Xen or the plugin protocol. Errors read like OpenSSH's.
import { readFileSync } from "node:fs";
import { connect as tcpConnect } from "node:net";
import type { Duplex, Readable } from "node:stream";
import type { Client, ClientChannel, ConnectConfig, ServerHostKeyAlgorithm } from "ssh2";
import { checkHostCertificate, parseCertificate, probeHostCertificate } from "./certificate";
import { blobType, fingerprint, HOST_KEY_ALGORITHMS, hostKeyAlgorithms, keyTypeLabel, parseKeyLine, type PublicKey } from "./keys";
import { readKnownHosts } from "./known-hosts";
import { collectWhileStreaming } from "./young-gc";

/** How a host's SSH server identifies itself and how we log in: the target's and a jump host's settings alike. */
export interface SshEndpoint {
  address: string;
  port: number;
  user: string;
  privateKey?: string;
  passphrase?: string;
  password?: string;
  /** Use the SSH agent at this socket (SSH_AUTH_SOCK). */
  agent?: string;
  /** Pinned host keys, "ssh-ed25519 AAAA..." lines. */
  hostKeys?: string[];
  knownHostsFile?: string;
  /** Accept any host key: only with the explicit, documented opt-out. */
  insecureIgnoreHostKey?: boolean;
}

/** A bastion the target is reached through (OpenSSH's ProxyJump). */
export type JumpHost = SshEndpoint;

export interface SshTarget extends SshEndpoint {
  /** The host's name in the provider config, used in messages. */
  name: string;
  /** Reach the target through this host: a TCP channel from it to address:port. */
  jumpHost?: JumpHost;
  /** Time for the SSH handshake (each hop), default 20 s. */
  connectTimeoutMs?: number;
  /** Time a command may run when exec is given no timeout of its own; default DEFAULT_COMMAND_TIMEOUT_MS. */
  commandTimeoutMs?: number;
  /** Most bytes of stdout + stderr one command may send; default MAX_OUTPUT_BYTES. */
  maxOutputBytes?: number;
}

export type SshErrorKind =
  | "host-key-unknown" | "host-key-changed" | "host-key-revoked" | "auth" | "connect" | "dropped" | "timeout"
  | "output-limit" | "stopped";

export class SshError extends Error {
  /** The command never reached the host (it timed out waiting for a connection): nothing was done. */
  readonly notRun: boolean;
  constructor(readonly kind: SshErrorKind, message: string, opts: { notRun?: boolean } = {}) {
    super(message);
    this.notRun = opts.notRun ?? false;
  }
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  stdin?: string;
  /**
   * The command's stdin streamed from this Readable instead (large uploads): piped into the
   * channel with backpressure, so memory stays bounded whatever its length. It is destroyed
   * when the command ends or is given up; an error of its own ends the command with that error.
   */
  stdinStream?: Readable;
  /** Overrides the target's commandTimeoutMs for this command. */
  timeoutMs?: number;
  /** Time the command already waited for a connection (Pool): part of its timeout. */
  waitedMs?: number;
}

/** A command that neither finishes nor fails is given up after this long, unless the host says otherwise. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 300_000;
/** What one command may print: enough for `xl list -l` of a large host, bounded so a runaway cannot exhaust memory. */
export const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Node's setTimeout fires at once for anything longer (a 32-bit signed delay). */
export const MAX_TIMER_MS = 2 ** 31 - 1;
const DEFAULT_CONNECT_TIMEOUT_MS = 20_000;

/** Quote one argument for a POSIX shell: the remote shell sees it as one word, never as code. */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_./=:,+@%-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export const shellCommand = (argv: string[]) => argv.map(shellQuote).join(" ");

export { fingerprint } from "./keys";
export { knownHostKeys } from "./known-hosts";

export function parsePinnedKey(line: string): PublicKey | null {
  return parseKeyLine(line);
}

const hostPort = (address: string, port: number) => (address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`);

/** One hop (the target or its jump host) and how messages name it. */
interface Peer extends SshEndpoint {
  /** `host "arm1"`, or `host "arm1": jump host 10.0.0.1:22`. */
  who: string;
  /** Where, when `who` does not say: ` (192.0.2.10:22)`, ` (192.0.2.10:22 via jump host 10.0.0.1:22)`, or "". */
  at: string;
  /** Prefix of the attribute names in hints: "" or "jump_host.". */
  settings: string;
  timeoutMs: number;
}

function targetPeer(t: SshTarget): Peer {
  const via = t.jumpHost ? ` via jump host ${hostPort(t.jumpHost.address, t.jumpHost.port)}` : "";
  return {
    ...t, who: `host "${t.name}"`, at: ` (${hostPort(t.address, t.port)}${via})`, settings: "",
    timeoutMs: t.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
  };
}

function jumpPeer(t: SshTarget): Peer {
  const j = t.jumpHost!;
  return {
    ...j, who: `host "${t.name}": jump host ${hostPort(j.address, j.port)}`, at: "", settings: "jump_host.",
    timeoutMs: t.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
  };
}

/** The keys a hop may present, from its pinned keys and its known_hosts file. */
interface Trust {
  keys: PublicKey[];
  revoked: PublicKey[];
  authorities: PublicKey[];
  skipped: string[];
  /** Where the keys came from, for messages. */
  source: string;
}

const sameKey = (a: PublicKey, b: PublicKey) => a.blob.equals(b.blob);
const describeKey = (k: PublicKey) => `${keyTypeLabel(k.type)} key ${fingerprint(k.blob)}`;

function trustFor(p: Peer): Trust {
  const pinned: PublicKey[] = [];
  for (const line of p.hostKeys ?? []) {
    const k = parseKeyLine(line);
    if (!k) throw new SshError("connect", `${p.who}: ${p.settings}host_key is not an OpenSSH public key line ("ssh-ed25519 AAAA...")`);
    if (!HOST_KEY_ALGORITHMS.has(k.type)) {
      throw new SshError("connect", `${p.who}: ${p.settings}host_key is a ${k.type} key, which this provider cannot check ` +
        `(it checks ${[...HOST_KEY_ALGORITHMS.keys()].join(", ")})`);
    }
    pinned.push(k);
  }
  const trust: Trust = { keys: pinned, revoked: [], authorities: [], skipped: [], source: `${p.settings}host_key` };
  if (p.knownHostsFile) {
    let text: string;
    try {
      text = readFileSync(p.knownHostsFile, "utf8");
    } catch (e) {
      throw new SshError("connect", `${p.who}: cannot read ${p.settings}known_hosts_file ${p.knownHostsFile}: ${(e as Error).message}`);
    }
    const known = readKnownHosts(text, p.address, p.port);
    trust.revoked = known.revoked;
    trust.keys = [...pinned.filter((k) => !known.revoked.some((r) => sameKey(r, k))), ...known.keys];
    trust.authorities = known.authorities;
    trust.skipped = known.skipped;
    trust.source = pinned.length ? `${p.settings}host_key and ${p.knownHostsFile}` : p.knownHostsFile;
  }
  return trust;
}

function revokedError(p: Peer, what: string, source: string) {
  return new SshError("host-key-revoked",
    `${p.who}${p.at}: WARNING: REVOKED HOST KEY DETECTED! ${what} (${source}). ` +
    "This could mean that a stolen key is being used to impersonate this host. Refusing to connect.");
}

/** How ssh2 reports a failed connection, as an SshError naming the hop. */
function transportError(p: Peer, err: Error & { level?: string }): SshError {
  if (err instanceof SshError) return err;
  if (err.level === "client-authentication") {
    return new SshError("auth", `${p.who}${p.at}: permission denied for user "${p.user}"; ` +
      `check ${p.settings}private_key, ${p.settings}agent or ${p.settings}password.`);
  }
  if (err.level === "client-timeout" || /Timed out/i.test(err.message)) {
    return new SshError("timeout", `${p.who}${p.at}: connection timed out: no SSH handshake within ${seconds(p.timeoutMs)}`);
  }
  return new SshError("connect", `${p.who}${p.at}: cannot connect: ${err.message}`);
}

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/**
 * Fetch and check the hop's host certificate (see certificate.ts for why this is a probe).
 * Returns the key the certificate vouches for, or why there is none; a revoked CA or key throws.
 */
async function certifiedKey(p: Peer, trust: Trust, dial: () => Promise<Duplex>): Promise<PublicKey | string> {
  let got: Buffer | { none: string };
  try {
    got = await probeHostCertificate(await dial(), p.timeoutMs);
  } catch (e) {
    throw transportError(p, e as Error);
  }
  if (!Buffer.isBuffer(got)) return got.none;
  const cert = parseCertificate(got);
  if (!cert) return "its host certificate is of a type this provider cannot check";
  const verdict = checkHostCertificate(cert, trust, p.address);
  if (verdict.accepted) return cert.key;
  if (verdict.revoked) throw revokedError(p, `Its host certificate is refused: ${verdict.reason}`, trust.source);
  return `its host certificate is not accepted: ${verdict.reason}`;
}

const handshakeTimeout = () => Object.assign(new Error("Timed out while waiting for handshake"), { level: "client-timeout" });

/** A stream from `dial` within `ms`, else a timeout (and the late stream, if any, is closed). */
function dialWithin(dial: () => Promise<Duplex>, ms: number): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(handshakeTimeout());
    }, ms);
    dial().then(
      (s) => {
        clearTimeout(timer);
        if (late) s.destroy();
        else resolve(s);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function directDial(p: Peer): () => Promise<Duplex> {
  return () => new Promise((resolve, reject) => {
    const s = tcpConnect({ host: p.address, port: p.port });
    // An address that drops packets would otherwise hang here for the OS's TCP timeout.
    s.setTimeout(p.timeoutMs, () => s.destroy(handshakeTimeout()));
    s.once("connect", () => {
      s.setTimeout(0);
      s.removeListener("error", reject);
      resolve(s);
    });
    s.once("error", reject);
  });
}

/**
 * Open an SSH connection to one hop with its host key checked. `via` gives a fresh
 * stream to the hop's SSH port through its jump host; without it, TCP to address:port.
 */
async function handshake(p: Peer, via?: () => Promise<Duplex>): Promise<Client> {
  const trust = trustFor(p);
  const insecure = p.insecureIgnoreHostKey === true;
  if (!insecure && !trust.keys.length && !trust.authorities.length && !trust.revoked.length) {
    const skipped = trust.skipped.length ? ` (${trust.source} lists only keys of types this provider cannot check: ${trust.skipped.join(", ")})` : "";
    throw new SshError("host-key-unknown",
      `${p.who}${p.at}: no host key is pinned for it${skipped}. ` +
      `Set ${p.settings}host_key or ${p.settings}known_hosts_file; host key checking is on.`);
  }
  const dial = via ? () => dialWithin(via, p.timeoutMs) : directDial(p);
  let certified: PublicKey | undefined;
  let certProblem: string | undefined;
  // Revoked keys matter too: a certificate signed by a revoked CA is refused even when its key is pinned.
  if (!insecure && (trust.authorities.length || trust.revoked.length)) {
    const r = await certifiedKey(p, trust, dial);
    if (typeof r !== "string") certified = r;
    else if (trust.authorities.length) certProblem = r; // without a CA for the host, no certificate was expected
  }
  const accepted = certified ? [...trust.keys, certified] : trust.keys;

  const { Client } = await import("ssh2");
  let seen: Buffer | undefined;
  let refusal: "revoked" | "unknown" | undefined;
  const config: ConnectConfig = {
    username: p.user,
    privateKey: p.privateKey,
    passphrase: p.passphrase,
    password: p.password,
    agent: p.agent,
    // Never hand the agent to a host (a jump host above all): it could use our keys.
    agentForward: false,
    readyTimeout: p.timeoutMs,
    keepaliveInterval: 15_000,
    keepaliveCountMax: 4,
    tryKeyboard: false,
    hostVerifier: (key: Buffer) => {
      seen = key;
      // Revoked beats everything, insecure_ignore_host_key included: the user listed it as stolen.
      if (trust.revoked.some((k) => k.blob.equals(key))) refusal = "revoked";
      else if (insecure || accepted.some((k) => k.blob.equals(key))) return true;
      else refusal = "unknown";
      return false;
    },
  };
  if (!insecure && accepted.length) {
    // Ask for key types we can check, the ones we would accept first (as ssh orders them
    // by known_hosts): a server that has such a key presents it rather than another of its
    // own; one that has none still presents a key, so the refusal can show its fingerprint.
    const want = hostKeyAlgorithms(accepted.map((k) => k.type));
    const rest = hostKeyAlgorithms(HOST_KEY_ALGORITHMS.keys()).filter((a) => !want.includes(a));
    config.algorithms = { serverHostKey: [...want, ...rest] as ServerHostKeyAlgorithm[] };
  }
  if (via) config.sock = await dial().catch((e: Error) => {
    throw transportError(p, e);
  });
  else {
    config.host = p.address;
    config.port = p.port;
  }

  const client = new Client();
  return new Promise<Client>((resolve, reject) => {
    let settled = false;
    const fail = (err: Error & { level?: string }) => {
      if (settled) return;
      settled = true;
      client.end();
      if (refusal === "revoked" && seen) {
        reject(revokedError(p, `The ${describeKey({ type: blobType(seen) ?? "unknown", blob: seen })} it offered is marked as revoked`, trust.source));
      } else if (refusal === "unknown" && seen) {
        const offered = describeKey({ type: blobType(seen) ?? "unknown", blob: seen });
        const cert = certProblem ? ` (${certProblem})` : "";
        if (trust.keys.length) {
          reject(new SshError("host-key-changed",
            `${p.who}${p.at}: WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! It offered a ${offered}, ` +
            `which matches none of the pinned keys (${trust.keys.map((k) => fingerprint(k.blob)).join(", ")})${cert}. ` +
            `Refusing to connect. If the host was reinstalled, update ${p.settings}host_key / ${p.settings}known_hosts_file.`));
        } else {
          reject(new SshError("host-key-unknown",
            `${p.who}${p.at}: host key verification failed: it offered a ${offered}, which is not pinned` +
            `${certProblem ? `, and ${certProblem}` : ""}. Refusing to connect.`));
        }
      } else {
        reject(transportError(p, err));
      }
    };
    client.once("ready", () => {
      settled = true;
      client.removeListener("error", fail);
      client.on("error", () => {});
      resolve(client);
    });
    // ssh2 may report one failure more than once (e.g. a timeout, then the lost stream).
    client.on("error", fail);
    client.once("close", () => fail(new Error("the connection closed during the SSH handshake")));
    try {
      client.connect(config);
    } catch (e) {
      fail(e as Error);
    }
  });
}

/** SSH_MSG_CHANNEL_OPEN_FAILURE reason codes (RFC 4254 §5.1): why a jump host would not forward. */
const OPEN_FAILURES: Record<number, string> = {
  1: "administratively prohibited",
  2: "connect failed",
  3: "unknown channel type",
  4: "resource shortage",
};

/**
 * The connection to one target's jump host, shared by the target's connections: opened on
 * first use, closed when the last connection through it closes, reopened after it drops.
 */
export class JumpLink {
  private client?: Promise<Client>;
  private users = 0;

  constructor(private readonly target: SshTarget) {}

  private connect(): Promise<Client> {
    if (!this.client) {
      const p = handshake(jumpPeer(this.target));
      this.client = p;
      const forget = () => {
        if (this.client === p) this.client = undefined;
      };
      p.then((c) => c.on("close", forget), forget);
    }
    return this.client;
  }

  /** A new TCP channel from the jump host to the target's SSH port. */
  async channel(): Promise<Duplex> {
    const client = await this.connect();
    const { address, port } = this.target;
    return new Promise((resolve, reject) => {
      const failed = (e: Error & { reason?: unknown }) => {
        const why = typeof e.reason === "number" && OPEN_FAILURES[e.reason] ? `${OPEN_FAILURES[e.reason]} (${e.message.replace(/^\(SSH\) Channel open failure: /, "")})` : e.message;
        reject(new SshError("connect", `${jumpPeer(this.target).who}: cannot reach ${hostPort(address, port)} from there: ${why}`));
      };
      try {
        client.forwardOut("127.0.0.1", 0, address, port, (err, stream) => (err ? failed(err) : resolve(stream)));
      } catch (e) {
        failed(e as Error);
      }
    });
  }

  /** A connection starts using the link. */
  hold() {
    this.users++;
  }

  /** A connection stopped using it; the last one closes it. */
  release() {
    if (--this.users <= 0) {
      this.users = 0;
      this.close();
    }
  }

  close() {
    const p = this.client;
    this.client = undefined;
    p?.then((c) => c.end(), () => {});
  }
}

/** One SSH connection to one host; it runs one session at a time (see Pool). */
export class Connection {
  private closed = false;
  private released = false;

  private constructor(private readonly client: Client, readonly target: SshTarget, private readonly link?: JumpLink) {
    client.on("close", () => this.markClosed());
    client.on("error", () => this.markClosed());
  }

  get isOpen() {
    return !this.closed;
  }

  private markClosed() {
    this.closed = true;
    if (this.link && !this.released) {
      this.released = true;
      this.link.release();
    }
  }

  /**
   * Connect to the target, through its jump host when it has one. `link` is the shared
   * jump host connection (Pool passes one per host); without it the connection gets its own.
   */
  static async open(target: SshTarget, link?: JumpLink): Promise<Connection> {
    if (!target.jumpHost) return new Connection(await handshake(targetPeer(target)), target);
    const l = link ?? new JumpLink(target);
    l.hold();
    try {
      return new Connection(await handshake(targetPeer(target), () => l.channel()), target, l);
    } catch (e) {
      l.release();
      throw e;
    }
  }

  /** Run a command (already shell-quoted) and collect its output. */
  async exec(command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    try {
      return await this.execOnce(command, opts);
    } catch (e) {
      // A session the server would not open ran nothing: one more try is safe.
      if (e instanceof SshError && e.kind === "dropped" && /cannot run/.test(e.message) && !this.closed) {
        await new Promise((r) => setTimeout(r, 200));
        return await this.execOnce(command, opts);
      }
      throw e;
    }
  }

  private execOnce(command: string, opts: ExecOptions): Promise<ExecResult> {
    const host = `host "${this.target.name}"`;
    const what = shown(command);
    if (this.closed) {
      return Promise.reject(new SshError("dropped", `${host}: the connection is closed`));
    }
    const limitMs = limitOf(this.target, opts);
    const waited = opts.waitedMs && opts.waitedMs > 0 ? opts.waitedMs : 0;
    const cap = this.target.maxOutputBytes ?? MAX_OUTPUT_BYTES;
    return new Promise((resolve, reject) => {
      let ch: ClientChannel | undefined;
      let settled = false;
      let piped = false;
      const settle = (err: Error | null, r?: ExecResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // A stream the command did not read to its end (it failed, or was given up) is closed here;
        // one never piped (no session opened) stays whole for exec's one more try.
        if (piped && opts.stdinStream && !opts.stdinStream.destroyed) {
          opts.stdinStream.unpipe(ch);
          opts.stdinStream.destroy();
        }
        if (err) reject(err);
        else resolve(r!);
      };
      // Given up: ask the command to stop (servers may ignore it) and close the channel;
      // the connection stays usable for the next command.
      const abandon = (err: Error) => {
        if (ch) {
          try {
            ch.signal("TERM");
          } catch {
            /* the channel is already going */
          }
          ch.close();
        }
        settle(err);
      };
      const timer = setTimeout(() => abandon(new SshError("timeout",
        `${host}: \`${what}\` did not finish within ${seconds(limitMs)}${waited ? ` (${seconds(waited)} of it waiting for a free connection)` : ""}; ` +
        "the channel was closed and its outcome is unknown")), Math.max(1, limitMs - waited));
      const onChannel = (err: Error | undefined, channel: ClientChannel) => {
        if (err) {
          settle(new SshError("dropped", `${host}: cannot run \`${what}\`: ${err.message}`));
          return;
        }
        ch = channel;
        if (settled) {
          channel.close(); // timed out before the server opened the session
          return;
        }
        const out: Buffer[] = [];
        const errOut: Buffer[] = [];
        let size = 0;
        let code: number | null = null;
        const collect = (into: Buffer[]) => (d: Buffer) => {
          if (settled) return;
          size += d.length;
          if (size > cap) {
            abandon(new SshError("output-limit",
              `${host}: the host sent more than ${cap} bytes of output for \`${what}\`; the channel was closed`));
            return;
          }
          into.push(d);
        };
        channel.on("data", collect(out));
        channel.stderr.on("data", collect(errOut));
        // A command killed by a signal has no exit code: report it as failed (255, as ssh does).
        channel.on("exit", (c: number | null, signal?: string) => { code = c ?? (signal ? 255 : null); });
        channel.on("close", () => {
          if (code === null) {
            settle(new SshError("dropped",
              `${host}: the connection dropped while running \`${what}\`; its outcome is unknown`));
            return;
          }
          settle(null, { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(errOut).toString("utf8") });
        });
        if (opts.stdinStream) {
          const src = opts.stdinStream;
          // The source's own failure (a local file that cannot be read): the command is given up,
          // and the host sees its stdin cut off.
          src.once("error", (e) => abandon(e));
          // A host that stops reading (the command failed early) must not fail the pipe: its exit status tells why.
          channel.on("error", () => {});
          piped = true;
          collectWhileStreaming(src);
          src.pipe(channel);
        } else if (opts.stdin !== undefined) channel.end(opts.stdin);
        else channel.end();
      };
      try {
        this.client.exec(command, onChannel);
      } catch (e) {
        settle(new SshError("dropped", `${host}: cannot run \`${what}\`: ${(e as Error).message}`));
      }
    });
  }

  close() {
    this.client.end();
    this.markClosed();
  }
}

/**
 * Connections per host, each running one session at a time. Several sessions
 * multiplexed on one connection were unreliable with dropbear (a dom0 favourite):
 * it refused some ("Unable to exec") and dropped the connection under parallel
 * xl commands. Separate connections are what OpenSSH's own client does by default.
 * (Through a jump host they are channels of one connection to it, as with ProxyJump.)
 */
const MAX_CONNECTIONS = 4;

interface HostConnections {
  idle: Connection[];
  open: number;
  /** Commands waiting for a connection, first come first served: each is woken once. */
  waiting: (() => void)[];
}

/** The time a command may take, from exec's options or the host's command_timeout. */
const limitOf = (target: SshTarget, opts: ExecOptions) =>
  Math.min(opts.timeoutMs && opts.timeoutMs > 0 ? opts.timeoutMs : target.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, MAX_TIMER_MS);

/** A command as messages show it: long ones cut at 80 characters. */
const shown = (command: string) => (command.length > 80 ? command.slice(0, 77) + "..." : command);

/** Up to MAX_CONNECTIONS connections per host, reused, reopened when they drop. */
export class Pool {
  private readonly hosts = new Map<string, HostConnections>();
  private readonly all = new Set<Connection>();
  private readonly links = new Map<string, JumpLink>();

  private slot(name: string): HostConnections {
    let h = this.hosts.get(name);
    if (!h) this.hosts.set(name, (h = { idle: [], open: 0, waiting: [] }));
    return h;
  }

  private link(target: SshTarget): JumpLink | undefined {
    if (!target.jumpHost) return undefined;
    // One link per host and way there: other settings under the same name get their own.
    const key = JSON.stringify([target.name, target.address, target.port, target.connectTimeoutMs, target.jumpHost]);
    let l = this.links.get(key);
    if (!l) this.links.set(key, (l = new JumpLink(target)));
    return l;
  }

  /**
   * A connection to the host: an idle one, a new one while fewer than MAX_CONNECTIONS are
   * open, else the first to come free — waiting no later than `deadline` (epoch ms): four
   * long commands (shutdowns) must not stall every other command on the host for good.
   * Adds the time spent waiting (not connecting: that has its own timeout) to `waited`.
   */
  private async acquire(target: SshTarget, deadline: number, command: string, limitMs: number, waited: { ms: number }): Promise<Connection> {
    const h = this.slot(target.name);
    for (;;) {
      while (h.idle.length) {
        const c = h.idle.pop()!;
        if (c.isOpen) return c;
        h.open--;
        this.all.delete(c);
      }
      if (h.open < MAX_CONNECTIONS) {
        h.open++;
        try {
          const c = await Connection.open(target, this.link(target));
          this.all.add(c);
          return c;
        } catch (e) {
          h.open--;
          h.waiting.shift()?.();
          throw e;
        }
      }
      const from = Date.now();
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          const i = h.waiting.indexOf(wake);
          if (i >= 0) h.waiting.splice(i, 1);
          reject(new SshError("timeout", `host "${target.name}": waited ${seconds(limitMs)} for a free connection to host "${target.name}" ` +
            `(all ${MAX_CONNECTIONS} were busy); \`${shown(command)}\` was not run`, { notRun: true }));
        }, Math.max(0, deadline - Date.now()));
        h.waiting.push(wake);
      });
      waited.ms += Date.now() - from;
    }
  }

  private release(name: string, c: Connection) {
    const h = this.slot(name);
    if (c.isOpen) h.idle.push(c);
    else {
      h.open--;
      this.all.delete(c);
    }
    h.waiting.shift()?.();
  }

  /** Run a command on the host; the wait for a connection is part of its time (limitOf). */
  async exec(target: SshTarget, command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    const limitMs = limitOf(target, opts);
    const start = Date.now();
    const waited = { ms: 0 };
    const c = await this.acquire(target, start + limitMs, command, limitMs, waited);
    try {
      return await c.exec(command, { ...opts, waitedMs: waited.ms });
    } finally {
      this.release(target.name, c);
    }
  }

  closeAll() {
    for (const c of this.all) c.close();
    for (const l of this.links.values()) l.close();
    this.all.clear();
    this.hosts.clear();
    this.links.clear();
  }
}
