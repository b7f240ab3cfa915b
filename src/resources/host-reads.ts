// What the hosts report, read once per process (one engine phase): `xl info` as host
// facts, and the listing of every domain with its effective type. A change on a host
// drops its listing; the next read asks again.
import { shellCommand } from "../ssh";
import {
  factsFromXlInfo, parseAddressReading, parseAutostart, parseSeeds, parseGic, parseListing, parseXlInfoLines,
  type AddressReading, type DomainOnHost, type GicInfo, type HostFacts, type HostInventory, type HostMemory, type KernelCheck, type PathInfo, type PathKind,
} from "../xen";
import { HostError, type HostConfig, type Hosts } from "./hosts";
import { ADDRESS_MARKERS, LISTING_EXIT, LISTING_MARKERS, listingScript, PROBE, PROBE_KERNEL_LIMIT, probeScript } from "./host-scripts";
import { AddressPoller } from "./address-poller";
import { kernelNotes } from "./kernel-notes";
import type { Remote } from "./remote";

/** Memoise a promise per host; a failed one is forgotten, so the next call asks again. */
function cached<T>(map: Map<string, Promise<T>>, name: string, make: () => Promise<T>): Promise<T> {
  let p = map.get(name);
  if (!p) {
    p = make();
    map.set(name, p);
    p.catch(() => map.delete(name));
  }
  return p;
}

/** What the host checks read of the host itself, beside paths and kernels. */
export interface HostSide extends HostMemory {
  gic: GicInfo | null;
  bridges: ReadonlySet<string> | null;
  deviceModel: HostInventory["deviceModel"];
  totalMemory: number | null;
}

/** The probe's answers for one host, kept for the process; asked in batches. */
class HostProbe {
  side: Promise<HostSide> | null = null;
  sideValue: HostSide | null = null;
  readonly paths = new Map<string, PathInfo>();
  readonly listed = new Set<string>();
  readonly kernels = new Map<string, Promise<KernelCheck>>();
  pending: { paths: Set<string>; kernels: Set<string>; host: boolean; done: Promise<void> } | null = null;
}

/** How long a batch of host checks waits for the guests planned at the same moment. */
const PROBE_WINDOW_MS = 30;

const dirOf = (p: string) => p.slice(0, p.lastIndexOf("/")) || "/";

/**
 * The probe's output, as what each path is, the directories listed, the host side, the
 * kernels' bytes and the kernels left for another round trip (`later`).
 */
export function parseProbe(text: string): {
  side: HostSide | null; paths: Map<string, PathInfo>; listed: Map<string, Map<string, PathInfo>>; kernels: Map<string, Uint8Array | null>; later: string[];
} {
  const paths = new Map<string, PathInfo>();
  const listed = new Map<string, Map<string, PathInfo>>();
  const kernels = new Map<string, Uint8Array | null>();
  const later: string[] = [];
  let side: HostSide | null = null;
  const gic: string[] = [], dmesg: string[] = [], bridges = new Set<string>(), mem: string[] = [];
  let deviceModel: HostSide["deviceModel"] = null;
  const lines = text.split("\n");
  let dir: Map<string, PathInfo> | null = null, dirName = "";
  /** Directories with too many entries to list: only their asked paths are known. */
  const unlisted = new Set<string>();
  const info = (t: string, x: string): PathInfo | null =>
    ["file", "block", "dir", "other", "absent"].includes(t) ? { kind: t as PathKind, ...(x === "x" ? { exec: true } : {}) } : null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const sp = l.indexOf(" ");
    const tag = sp < 0 ? l : l.slice(0, sp), rest = sp < 0 ? "" : l.slice(sp + 1);
    switch (tag) {
      case PROBE.host: side = {} as HostSide; break;
      case PROBE.gic: gic.push(rest); break;
      case PROBE.dmesg: dmesg.push(rest); break;
      case PROBE.bridge: if (rest.trim()) bridges.add(rest.trim()); break;
      case PROBE.mem: mem.push(rest); break;
      case PROBE.qemu: {
        const m = /^(\S+) (\S) (\/.*)$/.exec(rest);
        const pi = m && info(m[1], m[2]);
        if (m && pi) deviceModel = { path: m[3], info: pi };
        break;
      }
      case PROBE.path: case PROBE.entry: {
        const m = /^(\S+) (\S) (.*)$/.exec(rest);
        if (tag === PROBE.entry && rest === "too-many") { unlisted.add(dirName); break; }
        const pi = m && info(m[1], m[2]);
        if (!m || !pi) break;
        if (tag === PROBE.path) paths.set(m[3], pi);
        else if (dir) dir.set(m[3], pi);
        break;
      }
      case PROBE.dir: dir = new Map(); dirName = rest; listed.set(rest, dir); break;
      case PROBE.kernel: {
        const b64 = lines[++i] ?? "";
        kernels.set(rest, b64 ? new Uint8Array(Buffer.from(b64, "base64")) : null);
        break;
      }
      case PROBE.later: later.push(rest); break;
    }
  }
  for (const d of unlisted) listed.delete(d);
  if (side) {
    const kv = parseXlInfoLines(mem.join("\n"));
    const num = (k: string) => (kv[k] !== undefined && /^\d+$/.test(kv[k]) ? Number(kv[k]) : null);
    const ab = (kv.autoballoon ?? "").trim().toLowerCase();
    side = {
      gic: parseGic(gic.join("\n"), dmesg.join("\n")),
      bridges,
      deviceModel,
      totalMemory: num("total_memory"),
      freeMemory: num("free_memory"),
      xenCommandline: kv.xen_commandline ?? null,
      dom0Memory: num("dom0_memory"),
      autoballoon: ab === "1" || ab === "on" ? true : ab === "0" || ab === "off" ? false : null,
    };
  }
  return { side, paths, listed, kernels, later };
}

interface Listing {
  domains: DomainOnHost[];
  autostart: ReturnType<typeof parseAutostart>;
  seeds: ReturnType<typeof parseSeeds>;
  /** The guests' addresses from the same round trip; the error when that part of the reply was broken. */
  addresses: AddressReading | HostError;
}

export class HostReads {
  private readonly liveFacts = new Map<string, Promise<HostFacts>>();
  private readonly listings = new Map<string, Promise<Listing>>();
  private readonly probes = new Map<string, HostProbe>();
  /** Paths that xen_volume plans to create in this run, per host: they will exist when the guest starts. */
  readonly plannedVolumes = new Map<string, Set<string>>();
  /** Of those, the thin volumes this plan makes: host → path → thin pool (volumes from one are thin snapshots). */
  readonly plannedThin = new Map<string, Map<string, string>>();

  /** The guests waiting for an address (wait_for_ip): one poller per host, shared by every create of this process. */
  readonly addressPoller: AddressPoller;

  constructor(private readonly hosts: Hosts, private readonly remote: Remote) {
    this.addressPoller = new AddressPoller(remote);
  }

  /** Host facts: declared in the config (no SSH), or `xl info` once per process. */
  async facts(name: string): Promise<HostFacts> {
    const h = this.hosts.get(name);
    return h.declaredFacts ?? this.liveFactsOf(h);
  }

  /** `xl info` from the host itself, whatever is declared. */
  liveFactsOf(h: HostConfig): Promise<HostFacts> {
    return cached(this.liveFacts, h.name, async () => {
      const r = await this.remote.read(h.name, shellCommand(["xl", "info"]));
      if (r.code !== 0) throw new HostError(`host "${h.name}": xl info failed (exit ${r.code}): ${r.stderr.trim()}`);
      try {
        return factsFromXlInfo(r.stdout);
      } catch (e) {
        throw new HostError(`host "${h.name}": ${(e as Error).message}`);
      }
    });
  }

  /** Every domain on the host, with its effective type (one SSH round trip, cached). */
  async list(name: string): Promise<DomainOnHost[]> {
    return (await cached(this.listings, name, () => this.listOnce(name))).domains;
  }

  /** The guests' addresses, from the listing's round trip; a HostError naming the host when that part of its reply was broken. */
  async addresses(name: string): Promise<AddressReading> {
    const a = (await cached(this.listings, name, () => this.listOnce(name))).addresses;
    if (a instanceof HostError) throw a;
    return a;
  }

  /** The cloud-init seeds in the host's config directory (path → `dev:inode:mtime`, or `symlink`), from the same round trip. */
  async seeds(name: string): Promise<Listing["seeds"]> {
    return (await cached(this.listings, name, () => this.listOnce(name))).seeds;
  }

  /** xendomains' directory and its links, from the same round trip; null when the host's listing had none. */
  async autostart(name: string): Promise<Listing["autostart"]> {
    return (await cached(this.listings, name, () => this.listOnce(name))).autostart;
  }

  /**
   * What the host has for the host checks: the host side, what each path is, and each
   * kernel's notes. Requests from guests planned at the same moment go out together,
   * one round trip; a path whose directory was already listed is answered from that.
   */
  async inventory(name: string, req: { paths: string[]; kernels: string[] }): Promise<HostInventory & { side: HostSide }> {
    let p = this.probes.get(name);
    if (!p) this.probes.set(name, (p = new HostProbe()));
    const probe = p;
    const known = (path: string) => probe.paths.has(path) || probe.listed.has(dirOf(path));
    const paths = req.paths.filter((x) => !known(x));
    const kernels = req.kernels.filter((k) => !probe.kernels.has(k));
    if (paths.length || kernels.length || !probe.side) {
      if (!probe.pending) {
        const batch = { paths: new Set<string>(), kernels: new Set<string>(), host: false, done: null as unknown as Promise<void> };
        batch.done = new Promise<void>((r) => setTimeout(r, PROBE_WINDOW_MS)).then(() => this.probeOnce(name, probe, batch));
        probe.pending = batch;
      }
      if (!probe.side) {
        probe.pending.host = true;
        probe.side = probe.pending.done.then(() => {
          if (!probe.sideValue) throw new HostError(`host "${name}": the host checks returned no host part`);
          return probe.sideValue;
        });
        probe.side.catch(() => undefined);
      }
      const batch = probe.pending;
      for (const x of paths) batch.paths.add(x);
      for (const k of kernels) batch.kernels.add(k);
      await batch.done;
    }
    const side = await probe.side!;
    const kernelsOut = new Map<string, KernelCheck>();
    for (const k of req.kernels) {
      const c = probe.kernels.get(k);
      if (c) kernelsOut.set(k, await c);
    }
    // Every path asked is answered: by its own line, or by its directory's listing, which
    // answers for every name in it (one it lacks is absent) — also for a path first asked after
    // that listing came back. A path with neither is a broken reply, never a pass.
    const pathsOut = new Map<string, PathInfo>();
    for (const x of req.paths) {
      const v = probe.paths.get(x) ?? (probe.listed.has(dirOf(x)) ? { kind: "absent" as const } : undefined);
      if (!v) throw new HostError(`host "${name}": the host checks returned nothing for ${x}`);
      pathsOut.set(x, v);
    }
    return { paths: pathsOut, kernels: kernelsOut, gic: side.gic, bridges: side.bridges, deviceModel: side.deviceModel, side };
  }

  private async probeOnce(name: string, probe: HostProbe, batch: { paths: Set<string>; kernels: Set<string>; host: boolean }): Promise<void> {
    probe.pending = null;
    const dirs = [...new Set([...batch.paths].map(dirOf))].filter((d) => !probe.listed.has(d));
    const r = await this.remote.read(name, probeScript({ host: batch.host, paths: [...batch.paths], dirs, kernels: [...batch.kernels] }));
    if (r.code !== 0) {
      if (batch.host) probe.side = null;
      throw new HostError(`host "${name}": the host checks failed (exit ${r.code}): ${r.stderr.trim() || "no message"}`);
    }
    const out = parseProbe(r.stdout);
    for (const [d, entries] of out.listed) {
      probe.listed.add(d);
      for (const [n, v] of entries) probe.paths.set(`${d.replace(/\/+$/, "")}/${n}`, v);
    }
    for (const [x, v] of out.paths) probe.paths.set(x, v);
    if (out.side) probe.sideValue = out.side;
    // Kernels past the probe's byte budget (large ones: base64 of all of them at once could
    // pass the output cap) come in further round trips, each within the budget again.
    const kernels = out.kernels;
    for (let later = out.later; later.length;) {
      const more = await this.remote.read(name, probeScript({ host: false, paths: [], dirs: [], kernels: later }));
      if (more.code !== 0) throw new HostError(`host "${name}": the host checks failed (exit ${more.code}): ${more.stderr.trim() || "no message"}`);
      const next = parseProbe(more.stdout);
      if (!next.kernels.size) throw new HostError(`host "${name}": the host checks returned none of the kernels asked for`);
      for (const [k, v] of next.kernels) kernels.set(k, v);
      later = next.later;
    }
    const limit = `${PROBE_KERNEL_LIMIT / (1024 * 1024)} MiB`;
    for (const k of batch.kernels) {
      const bytes = kernels.get(k);
      probe.kernels.set(k, bytes ? kernelNotes(bytes) : Promise.resolve({ unreadable: `not readable by this provider (missing, not a regular file, or larger than ${limit})` }));
    }
  }

  /** Forget the cached listing after a change on the host. */
  changed(name: string) {
    this.listings.delete(name);
  }

  private async listOnce(name: string): Promise<Listing> {
    // A plan that reads a host's guests plans them next, from its facts: when they are not
    // declared, ask for them now, beside the listing, rather than one round trip later.
    const h = this.hosts.get(name);
    if (!h.declaredFacts && h.ssh) this.liveFactsOf(h).catch(() => {});
    const r = await this.remote.read(name, listingScript("", h.configDir));
    if (r.code !== 0) {
      const what = LISTING_EXIT[r.code] ?? "the listing";
      throw new HostError(`host "${name}": ${what} failed (exit ${r.code}): ${r.stderr.trim() || "no message"}`);
    }
    let domains: DomainOnHost[];
    try {
      domains = parseListing(r.stdout, LISTING_MARKERS);
    } catch (e) {
      throw new HostError(`host "${name}": ${(e as Error).message}`);
    }
    return { domains, autostart: parseAutostart(r.stdout, LISTING_MARKERS), seeds: parseSeeds(r.stdout, LISTING_MARKERS), addresses: listedAddresses(name, r.stdout, domains) };
  }
}

/** The address part of a listing, for its guests; a HostError naming the host when it is broken. */
export function listedAddresses(host: string, stdout: string, domains: readonly DomainOnHost[]): AddressReading | HostError {
  try {
    const at = stdout.indexOf(ADDRESS_MARKERS.attr);
    if (at < 0) throw new Error("the address reading is missing from the listing");
    return parseAddressReading(stdout.slice(at), ADDRESS_MARKERS, domains.filter((d) => d.domid > 0).map((d) => d.domid));
  } catch (e) {
    return new HostError(`host "${host}": ${(e as Error).message}`);
  }
}
