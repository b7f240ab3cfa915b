// The hosts of the provider configuration, and what this provider does on them:
// `xl` and `xenstore` commands over pooled SSH connections (src/ssh). Reads are
// cached for the life of the process (one engine phase) and dropped on change.
import { createHash } from "node:crypto";
import { shellCommand, shellQuote, Pool, SshError, type ExecResult, type SshTarget } from "../ssh";
import {
  factsFromXlInfo, parseEffectiveType, parseVersion, parseXlListLong, MACHINES,
  type GuestType, type HostFacts, type Machine, type RunningDomain,
} from "../xen";
import { log } from "../provider/log";

export interface HostConfig {
  name: string;
  ssh?: SshTarget;
  declaredFacts?: HostFacts;
  configDir: string;
}

export interface DomainOnHost extends RunningDomain {
  /** The type the guest runs as, from xenstore; null when xenstore has none. */
  effectiveType: GuestType | null;
}

export class HostError extends Error {}

const LIST_MARKER = "@@cdktf-xen:effective-types@@";
// One round trip: the long listing, then the type libxl recorded for each domain.
const LIST_SCRIPT =
  `xl list -l && echo ${LIST_MARKER} && ` +
  `for d in $(xenstore-list /libxl 2>/dev/null); do printf '%s %s\\n' "$d" "$(xenstore-read /libxl/$d/type 2>/dev/null)"; done`;

export function parseListing(stdout: string): DomainOnHost[] {
  const at = stdout.indexOf(LIST_MARKER);
  const json = at < 0 ? stdout : stdout.slice(0, at);
  const types = new Map<number, GuestType | null>();
  if (at >= 0) {
    for (const line of stdout.slice(at + LIST_MARKER.length).split("\n")) {
      const m = /^(\d+)\s*(\S*)/.exec(line.trim());
      if (m) types.set(Number(m[1]), parseEffectiveType(m[2]));
    }
  }
  return parseXlListLong(json).map((d) => ({ ...d, effectiveType: types.get(d.domid) ?? null }));
}

/** Where the provider keeps a guest's config on the host: a name-derived, shell-safe file name. */
export function configPath(dir: string, guestName: string): string {
  const safe = guestName.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^\.+/, "_").slice(0, 48);
  const hash = createHash("sha256").update(guestName).digest("hex").slice(0, 10);
  return `${dir}/${safe}-${hash}.cfg`;
}

export class Fleet {
  readonly hosts = new Map<string, HostConfig>();
  private readonly pool = new Pool();
  private readonly liveFacts = new Map<string, Promise<HostFacts>>();
  private readonly listings = new Map<string, Promise<DomainOnHost[]>>();
  private stopped = false;

  host(name: string): HostConfig {
    const h = this.hosts.get(name);
    if (!h) {
      const known = [...this.hosts.keys()];
      throw new HostError(`host "${name}" is not declared in the provider configuration` +
        (known.length ? ` (declared: ${known.join(", ")})` : " (no host blocks are declared)"));
    }
    return h;
  }

  /** Host facts: declared in the config (no SSH), or `xl info` once per process. */
  async facts(name: string): Promise<HostFacts> {
    const h = this.host(name);
    if (h.declaredFacts) return h.declaredFacts;
    return this.liveFactsOf(h);
  }

  /** `xl info` from the host itself, whatever is declared. */
  liveFactsOf(h: HostConfig): Promise<HostFacts> {
    let p = this.liveFacts.get(h.name);
    if (!p) {
      p = this.read(h.name, shellCommand(["xl", "info"])).then((r) => {
        if (r.code !== 0) throw new HostError(`host "${h.name}": xl info failed (exit ${r.code}): ${r.stderr.trim()}`);
        try {
          return factsFromXlInfo(r.stdout);
        } catch (e) {
          throw new HostError(`host "${h.name}": ${(e as Error).message}`);
        }
      });
      this.liveFacts.set(h.name, p);
      p.catch(() => this.liveFacts.delete(h.name));
    }
    return p;
  }

  /** Every domain on the host, with its effective type (one SSH round trip, cached). */
  list(name: string): Promise<DomainOnHost[]> {
    let p = this.listings.get(name);
    if (!p) {
      p = this.read(name, LIST_SCRIPT).then((r) => {
        if (r.code !== 0) throw new HostError(`host "${name}": xl list -l failed (exit ${r.code}): ${r.stderr.trim()}`);
        try {
          return parseListing(r.stdout);
        } catch (e) {
          throw new HostError(`host "${name}": ${(e as Error).message}`);
        }
      });
      this.listings.set(name, p);
      p.catch(() => this.listings.delete(name));
    }
    return p;
  }

  /** Forget the cached listing after a change on the host. */
  changed(name: string) {
    this.listings.delete(name);
  }

  /** A command that changes nothing: run again once if the connection dropped under it. */
  private async read(name: string, command: string): Promise<ExecResult> {
    try {
      return await this.exec(name, command);
    } catch (e) {
      if (!(e instanceof SshError && e.kind === "dropped")) throw e;
      log("warn", "connection dropped during a read; trying once more", { host: name });
      return this.exec(name, command);
    }
  }

  run(name: string, argv: string[], opts: { stdin?: string; timeoutMs?: number } = {}): Promise<ExecResult> {
    return this.exec(name, shellCommand(argv), opts);
  }

  async exec(name: string, command: string, opts: { stdin?: string; timeoutMs?: number } = {}): Promise<ExecResult> {
    if (this.stopped) throw new SshError("stopped", "the provider was asked to stop");
    const h = this.host(name);
    if (!h.ssh) {
      throw new HostError(`host "${name}" has no address: it is declared for planning only (facts), so this provider cannot reach it`);
    }
    const started = Date.now();
    const r = await this.pool.exec(h.ssh, command, opts);
    log("debug", "ran on host", { host: name, command: command.slice(0, 200), exit: r.code, ms: Date.now() - started });
    return r;
  }

  /** Write a file atomically: to a temporary name in the same directory, then rename. */
  async writeFile(name: string, path: string, content: string): Promise<void> {
    const dir = path.slice(0, path.lastIndexOf("/")) || "/";
    const tmp = `${dir}/.${path.slice(dir.length + 1)}.tmp`;
    const script = `umask 077 && mkdir -p ${shellQuote(dir)} && cat > ${shellQuote(tmp)} && mv -f ${shellQuote(tmp)} ${shellQuote(path)}`;
    const r = await this.exec(name, script, { stdin: content });
    if (r.code !== 0) throw new HostError(`host "${name}": cannot write ${path}: ${r.stderr.trim() || `exit ${r.code}`}`);
  }

  async removeFile(name: string, path: string): Promise<void> {
    await this.run(name, ["rm", "-f", path]);
  }

  stop() {
    this.stopped = true;
    this.pool.closeAll();
  }

  close() {
    this.pool.closeAll();
  }
}

/** Declared facts from the provider config's `facts` block. */
export function declaredFacts(arch: string, xenVersion: string, xenCaps: string, virtCaps: string | null): HostFacts | string {
  if (!MACHINES.includes(arch as Machine)) return `arch must be one of ${MACHINES.join(", ")}, not "${arch}"`;
  const v = parseVersion(xenVersion);
  if (!v) return `xen_version must look like "4.17.7" or "4.20", not "${xenVersion}"`;
  return {
    machine: arch as Machine,
    xenVersion: v,
    xenCaps: xenCaps.split(/\s+/).filter(Boolean),
    virtCaps: (virtCaps ?? "").split(/\s+/).filter(Boolean),
  };
}
