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

const TYPES_MARKER = "@@cdktf-xen:effective-types@@";
const TABLE_MARKER = "@@cdktf-xen:table@@";
// One round trip: the long listing, the plain table (to notice a domain the long
// listing left out), then the type libxl recorded for each domain.
const LIST_SCRIPT =
  `xl list -l && echo ${TABLE_MARKER} && xl list && echo ${TYPES_MARKER} && ` +
  `for d in $(xenstore-list /libxl 2>/dev/null); do printf '%s %s\\n' "$d" "$(xenstore-read /libxl/$d/type 2>/dev/null)"; done`;

/** Thrown when `xl list -l` left out a domain that `xl list` shows (it can, transiently). */
export class IncompleteListing extends Error {}

export function parseListing(stdout: string): DomainOnHost[] {
  const tableAt = stdout.indexOf(TABLE_MARKER);
  const typesAt = stdout.indexOf(TYPES_MARKER);
  const json = tableAt < 0 ? (typesAt < 0 ? stdout : stdout.slice(0, typesAt)) : stdout.slice(0, tableAt);
  const types = new Map<number, GuestType | null>();
  if (typesAt >= 0) {
    for (const line of stdout.slice(typesAt + TYPES_MARKER.length).split("\n")) {
      const m = /^(\d+)\s*(\S*)/.exec(line.trim());
      if (m) types.set(Number(m[1]), parseEffectiveType(m[2]));
    }
  }
  const domains = parseXlListLong(json).map((d) => ({ ...d, effectiveType: types.get(d.domid) ?? null }));
  if (tableAt >= 0) {
    const table = stdout.slice(tableAt + TABLE_MARKER.length, typesAt < 0 ? undefined : typesAt);
    for (const line of table.split("\n")) {
      // Name (may hold spaces), ID, Mem, VCPUs, State, Time(s); a dying domain ("d") may be gone from -l.
      const m = /^(.*\S)\s+(\d+)\s+(\d+)\s+(\d+)\s+([-a-z]{6})\s+[\d.]+\s*$/.exec(line);
      if (m && !m[5].includes("d") && !domains.some((d) => d.domid === Number(m[2]))) {
        throw new IncompleteListing(`xl list -l left out domain ${m[2]} (${m[1]}) that xl list shows`);
      }
    }
  }
  return domains;
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
      p = this.listOnce(name);
      this.listings.set(name, p);
      p.catch(() => this.listings.delete(name));
    }
    return p;
  }

  private async listOnce(name: string): Promise<DomainOnHost[]> {
    for (let attempt = 1; ; attempt++) {
      const r = await this.read(name, LIST_SCRIPT);
      if (r.code !== 0) throw new HostError(`host "${name}": xl list -l failed (exit ${r.code}): ${r.stderr.trim()}`);
      try {
        return parseListing(r.stdout);
      } catch (e) {
        // A guest missing from the listing would read as "destroyed": ask again rather than say so.
        if (e instanceof IncompleteListing && attempt < 4) {
          log("warn", "incomplete xl list -l; asking again", { host: name, reason: e.message });
          await new Promise((res) => setTimeout(res, 500 * attempt));
          continue;
        }
        throw new HostError(`host "${name}": ${(e as Error).message}`);
      }
    }
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
