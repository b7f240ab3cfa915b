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
  /**
   * Listed by `xl list` but not (yet) by `xl list -l`: a domain being created (libxl stores
   * its config last), known by domid and name only. Never taken for a guest of ours, and
   * never a reason to call ours gone when it has our guest's name.
   */
  incomplete?: boolean;
}

export class HostError extends Error {}

const TYPES_MARKER = "@@cdktf-xen:effective-types@@";
const TABLE_MARKER = "@@cdktf-xen:table@@";
const NO_TYPE = "@@cdktf-xen:no-type@@";
// One round trip: the long listing, the plain table (to notice a domain the long
// listing left out), then the type libxl recorded for each guest — one xenstore-read
// for all of them. Every part's failure fails the whole listing (exit 101-103): a
// listing that is partly an error must never read as "guest gone" or "type changed".
const LIST_SCRIPT = [
  `xl list -l || exit 101`,
  `echo ${TABLE_MARKER}`,
  `t=$(xl list) || exit 102`,
  `printf '%s\n' "$t"`,
  `echo ${TYPES_MARKER}`,
  // Guests only, and not dying ones: libxl drops /libxl/<domid> as it destroys a domain,
  // which Xen may still list for a while (state "d"); parseListing leaves those out.
  `set --; for d in $(printf '%s\n' "$t" | awk 'NR > 1 && $(NF-4) != 0 && $(NF-1) !~ /d/ { print $(NF-4) }'); do set -- "$@" "$d"; done`,
  `[ $# = 0 ] && exit 0`,
  `paths=$(for d in "$@"; do printf '/libxl/%s/type ' "$d"; done)`,
  // The common case: one process. When it fails, either xenstore fails (dom0's own name
  // cannot be read either: the listing fails), or a guest has no libxl type yet (one
  // being created right now): read them one by one to tell which.
  `if v=$(xenstore-read $paths); then printf '%s\n' "$*"; printf '%s\n' "$v"; exit 0; fi`,
  `xenstore-read /local/domain/0/name >/dev/null || exit 103`,
  `for d in "$@"; do if x=$(xenstore-read /libxl/$d/type 2>/dev/null); then echo "$d $x"; else echo "$d ${NO_TYPE}"; fi; done`,
].join("\n");

/** A domain `xl list` shows and `xl list -l` left out (see DomainOnHost.incomplete). */
function incompleteDomain(domid: number, name: string): DomainOnHost {
  return {
    domid, name, uuid: "", writtenType: null, memory: 0, maxmem: 0, vcpus: 0, maxvcpus: 0, kernel: null, ramdisk: null,
    cmdline: null, bootloader: null, on_poweroff: null, on_reboot: null, on_crash: null, effectiveType: null, incomplete: true,
  };
}

/** The effective types part of the listing: "<ids>\n<value per id>" or "<id> <value>" lines. */
function parseTypes(text: string): Map<number, GuestType | null> {
  const types = new Map<number, GuestType | null>();
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return types;
  if (/^\d+( \d+)*$/.test(lines[0]) && lines.length === lines[0].split(" ").length + 1) {
    const ids = lines[0].split(" ").map(Number);
    ids.forEach((id, i) => types.set(id, parseEffectiveType(lines[i + 1])));
    return types;
  }
  for (const line of lines) {
    const m = /^(\d+)\s+(\S*)/.exec(line);
    if (m) types.set(Number(m[1]), m[2] === NO_TYPE ? null : parseEffectiveType(m[2]));
  }
  return types;
}

export function parseListing(stdout: string): DomainOnHost[] {
  const tableAt = stdout.indexOf(TABLE_MARKER);
  const typesAt = stdout.indexOf(TYPES_MARKER);
  if (tableAt < 0 || typesAt < tableAt) throw new Error("the listing is incomplete (the connection may have dropped)");
  const types = parseTypes(stdout.slice(typesAt + TYPES_MARKER.length));
  const all = parseXlListLong(stdout.slice(0, tableAt)).map((d) => ({ ...d, effectiveType: types.get(d.domid) ?? null }));
  const table = stdout.slice(tableAt + TABLE_MARKER.length, typesAt);
  const dying = new Set<number>();
  for (const line of table.split("\n")) {
    // Name (may hold spaces), ID, Mem, VCPUs, State, Time(s); a dying domain ("d") may be gone from -l.
    const m = /^(.*\S)\s+(\d+)\s+(\d+)\s+(\d+)\s+([-a-z]{6})\s+[\d.]+\s*$/.exec(line);
    if (m && m[5].includes("d")) dying.add(Number(m[2]));
    else if (m && !all.some((d) => d.domid === Number(m[2]))) all.push(incompleteDomain(Number(m[2]), m[1]));
  }
  // A dying domain is being torn down: it is gone, whatever xl list -l still says of it.
  return all.filter((d) => !dying.has(d.domid));
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
    const r = await this.read(name, LIST_SCRIPT);
    if (r.code !== 0) {
      const what = r.code === 101 ? "xl list -l" : r.code === 102 ? "xl list" : r.code === 103 ? "xenstore-read of the guests' types" : "the listing";
      throw new HostError(`host "${name}": ${what} failed (exit ${r.code}): ${r.stderr.trim() || "no message"}`);
    }
    try {
      return parseListing(r.stdout);
    } catch (e) {
      throw new HostError(`host "${name}": ${(e as Error).message}`);
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
