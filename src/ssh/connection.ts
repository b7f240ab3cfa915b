// SSH transport: one connection per host, argv-safe commands, pinned host keys.
// Knows nothing about Xen or the plugin protocol. Errors read like OpenSSH's.
import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Client, ClientChannel, ConnectConfig } from "ssh2";

export interface SshTarget {
  /** The host's name in the provider config, used in messages. */
  name: string;
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
  connectTimeoutMs?: number;
}

export type SshErrorKind = "host-key-unknown" | "host-key-changed" | "auth" | "connect" | "dropped" | "timeout" | "stopped";

export class SshError extends Error {
  constructor(readonly kind: SshErrorKind, message: string) {
    super(message);
  }
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Quote one argument for a POSIX shell: the remote shell sees it as one word, never as code. */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_./=:,+@%-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export const shellCommand = (argv: string[]) => argv.map(shellQuote).join(" ");

/** "SHA256:..." as OpenSSH prints it. */
export function fingerprint(keyBlob: Buffer): string {
  return "SHA256:" + createHash("sha256").update(keyBlob).digest("base64").replace(/=+$/, "");
}

interface PinnedKey {
  type: string;
  blob: Buffer;
}

function parseKeyLine(line: string): PinnedKey | null {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2 || !/^(ssh-|ecdsa-|sk-)/.test(parts[0])) return null;
  const blob = Buffer.from(parts[1], "base64");
  return blob.length ? { type: parts[0], blob } : null;
}

/** Host keys for `address`:`port` in an OpenSSH known_hosts file (plain or hashed names). */
export function knownHostKeys(text: string, address: string, port: number): PinnedKey[] {
  const names = port === 22 ? [address, `[${address}]:22`] : [`[${address}]:${port}`];
  const keys: PinnedKey[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("@revoked")) continue;
    const fields = line.replace(/^@cert-authority\s+/, "").split(/\s+/);
    const [hosts, ...rest] = fields;
    const matches = hosts.split(",").some((h) => {
      if (h.startsWith("|1|")) {
        const [, , salt, hash] = h.split("|");
        return names.some((n) => createHmac("sha1", Buffer.from(salt, "base64")).update(n).digest("base64") === hash);
      }
      return names.includes(h);
    });
    if (!matches) continue;
    const k = parseKeyLine(rest.join(" "));
    if (k) keys.push(k);
  }
  return keys;
}

export function parsePinnedKey(line: string): PinnedKey | null {
  return parseKeyLine(line);
}

/** One SSH connection to one host; it runs one session at a time (see Pool). */
export class Connection {
  private closed = false;

  private constructor(private readonly client: Client, readonly target: SshTarget) {
    client.on("close", () => { this.closed = true; });
    client.on("error", () => { this.closed = true; });
  }

  get isOpen() {
    return !this.closed;
  }

  static async open(target: SshTarget): Promise<Connection> {
    const { Client } = await import("ssh2");
    const pinned: PinnedKey[] = [];
    for (const line of target.hostKeys ?? []) {
      const k = parsePinnedKey(line);
      if (!k) throw new SshError("connect", `host "${target.name}": host_key is not an OpenSSH public key line ("ssh-ed25519 AAAA...")`);
      pinned.push(k);
    }
    if (target.knownHostsFile) {
      let text: string;
      try {
        text = readFileSync(target.knownHostsFile, "utf8");
      } catch (e) {
        throw new SshError("connect", `host "${target.name}": cannot read known_hosts_file ${target.knownHostsFile}: ${(e as Error).message}`);
      }
      pinned.push(...knownHostKeys(text, target.address, target.port));
    }
    if (!pinned.length && !target.insecureIgnoreHostKey) {
      throw new SshError("host-key-unknown",
        `host "${target.name}" (${target.address}:${target.port}): no host key is pinned for it. ` +
        "Set host_key or known_hosts_file; host key checking is on.");
    }
    let seen: Buffer | undefined;
    const config: ConnectConfig = {
      host: target.address,
      port: target.port,
      username: target.user,
      privateKey: target.privateKey,
      passphrase: target.passphrase,
      password: target.password,
      agent: target.agent,
      readyTimeout: target.connectTimeoutMs ?? 20_000,
      keepaliveInterval: 15_000,
      keepaliveCountMax: 4,
      tryKeyboard: false,
      hostVerifier: (key: Buffer) => {
        seen = key;
        return target.insecureIgnoreHostKey === true || pinned.some((p) => p.blob.equals(key));
      },
    };
    if (pinned.length) {
      // Ask the server for the key types we can check, in the order given.
      config.algorithms = { serverHostKey: [...new Set(pinned.map((p) => p.type))] as any };
    }
    const client = new Client();
    return new Promise<Connection>((resolve, reject) => {
      const fail = (err: Error & { level?: string }) => {
        client.end();
        if (seen && !pinned.some((p) => p.blob.equals(seen!)) && !target.insecureIgnoreHostKey) {
          reject(new SshError("host-key-changed",
            `WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED for host "${target.name}" (${target.address}:${target.port}). ` +
            `It offered a key with fingerprint ${fingerprint(seen)}, which matches none of the pinned keys ` +
            `(${pinned.map((p) => fingerprint(p.blob)).join(", ")}). Refusing to connect. If the host was reinstalled, ` +
            "update host_key / known_hosts_file."));
        } else if (err.level === "client-authentication") {
          reject(new SshError("auth", `host "${target.name}": permission denied for user "${target.user}" ` +
            `(${target.address}:${target.port}); check private_key, agent or password.`));
        } else if (/Timed out/i.test(err.message)) {
          reject(new SshError("timeout", `host "${target.name}": connection to ${target.address}:${target.port} timed out`));
        } else {
          reject(new SshError("connect", `host "${target.name}": cannot connect to ${target.address}:${target.port}: ${err.message}`));
        }
      };
      client.once("ready", () => {
        client.removeListener("error", fail);
        client.on("error", () => {});
        resolve(new Connection(client, target));
      });
      client.once("error", fail);
      try {
        client.connect(config);
      } catch (e) {
        fail(e as Error);
      }
    });
  }

  /** Run a command (already shell-quoted) and collect its output. */
  async exec(command: string, opts: { stdin?: string; timeoutMs?: number } = {}): Promise<ExecResult> {
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

  private execOnce(command: string, opts: { stdin?: string; timeoutMs?: number }): Promise<ExecResult> {
    const what = command.length > 80 ? command.slice(0, 77) + "..." : command;
    if (this.closed) {
      return Promise.reject(new SshError("dropped", `host "${this.target.name}": the connection is closed`));
    }
    return new Promise((resolve, reject) => {
      this.client.exec(command, (err: Error | undefined, ch: ClientChannel) => {
        if (err) {
          reject(new SshError("dropped", `host "${this.target.name}": cannot run \`${what}\`: ${err.message}`));
          return;
        }
        const out: Buffer[] = [];
        const errOut: Buffer[] = [];
        let code: number | null = null;
        let timer: NodeJS.Timeout | undefined;
        if (opts.timeoutMs) {
          timer = setTimeout(() => {
            ch.close();
            reject(new SshError("timeout", `host "${this.target.name}": \`${what}\` did not finish within ${opts.timeoutMs} ms`));
          }, opts.timeoutMs);
        }
        ch.on("data", (d: Buffer) => out.push(d));
        ch.stderr.on("data", (d: Buffer) => errOut.push(d));
        // A command killed by a signal has no exit code: report it as failed (255, as ssh does).
        ch.on("exit", (c: number | null, signal?: string) => { code = c ?? (signal ? 255 : null); });
        ch.on("close", () => {
          if (timer) clearTimeout(timer);
          if (code === null) {
            reject(new SshError("dropped",
              `host "${this.target.name}": the connection dropped while running \`${what}\`; its outcome is unknown`));
            return;
          }
          resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(errOut).toString("utf8") });
        });
        if (opts.stdin !== undefined) ch.end(opts.stdin);
        else ch.end();
      });
    });
  }

  close() {
    this.closed = true;
    this.client.end();
  }
}

/**
 * Connections per host, each running one session at a time. Several sessions
 * multiplexed on one connection were unreliable with dropbear (a dom0 favourite):
 * it refused some ("Unable to exec") and dropped the connection under parallel
 * xl commands. Separate connections are what OpenSSH's own client does by default.
 */
const MAX_CONNECTIONS = 4;

interface HostConnections {
  idle: Connection[];
  open: number;
  waiting: (() => void)[];
}

/** Up to MAX_CONNECTIONS connections per host, reused, reopened when they drop. */
export class Pool {
  private readonly hosts = new Map<string, HostConnections>();
  private readonly all = new Set<Connection>();

  private slot(name: string): HostConnections {
    let h = this.hosts.get(name);
    if (!h) this.hosts.set(name, (h = { idle: [], open: 0, waiting: [] }));
    return h;
  }

  private async acquire(target: SshTarget): Promise<Connection> {
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
          const c = await Connection.open(target);
          this.all.add(c);
          return c;
        } catch (e) {
          h.open--;
          h.waiting.shift()?.();
          throw e;
        }
      }
      await new Promise<void>((resolve) => h.waiting.push(resolve));
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

  async exec(target: SshTarget, command: string, opts: { stdin?: string; timeoutMs?: number } = {}): Promise<ExecResult> {
    const c = await this.acquire(target);
    try {
      return await c.exec(command, opts);
    } finally {
      this.release(target.name, c);
    }
  }

  closeAll() {
    for (const c of this.all) c.close();
    this.all.clear();
    this.hosts.clear();
  }
}
