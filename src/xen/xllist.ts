// Reading what runs: `xl list -l` (JSON), the plain `xl list` table, and the
// effective type from xenstore — and the one round trip that carries all three.
import { GUEST_TYPES, type GuestType } from "./guest-type";
import { deviceFromLibxl, type DeviceValues } from "./devices";
import { addressMarkers } from "./addresses";

export interface RunningDomain {
  domid: number;
  name: string;
  uuid: string;
  /** c_info.type: the type as written in the config — not what runs (see effective type). */
  writtenType: GuestType | null;
  /** MiB, from b_info.target_memkb. */
  memory: number;
  /** MiB, from b_info.max_memkb. */
  maxmem: number;
  /** Online vCPUs (b_info.avail_vcpus). */
  vcpus: number;
  maxvcpus: number;
  kernel: string | null;
  ramdisk: string | null;
  cmdline: string | null;
  bootloader: string | null;
  on_poweroff: string | null;
  on_reboot: string | null;
  on_crash: string | null;
  /** The guest's disks and network interfaces (nics by device id), in the xen_domain blocks' terms. */
  disks: DeviceValues[];
  nics: DeviceValues[];
  /** Xen's device id of each of `nics`: 0, 1, 2… from a config, with gaps after a detach by hand. */
  nicDevids: number[];
}

export class ListError extends Error {}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown): number => (typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : 0);

function countVcpus(avail: unknown, max: number): number {
  // libxl writes the bitmap of online vCPUs as a list of indexes.
  if (Array.isArray(avail)) return avail.length;
  return max;
}

/** Parse `xl list -l` output. Throws ListError on output that is not xl's JSON. */
/** A JSON list of objects, or none. */
const devices = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((d): d is Record<string, unknown> => !!d && typeof d === "object") : [];

export function parseXlListLong(text: string): RunningDomain[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    throw new ListError(`xl list -l did not print JSON (first bytes: ${JSON.stringify(trimmed.slice(0, 60))}); is output_format="sxp" set in xl.conf?`);
  }
  if (!Array.isArray(data)) throw new ListError("xl list -l printed JSON that is not a list of domains");
  return data.map((entry: any, i): RunningDomain => {
    const c = entry?.config?.c_info;
    const b = entry?.config?.b_info;
    if (!c || !b || typeof entry.domid !== "number") throw new ListError(`xl list -l entry ${i} lacks domid, c_info or b_info`);
    const t = GUEST_TYPES.includes(c.type) ? (c.type as GuestType) : null;
    const sub = (t && b[`type.${t}`]) || {};
    const maxvcpus = num(b.max_vcpus) || 1;
    const nics = devices(entry.config.nics)
      .map((n, j) => ({ n, devid: typeof n.devid === "number" ? n.devid : j }))
      .sort((a, b) => a.devid - b.devid);
    return {
      domid: entry.domid,
      name: String(c.name ?? ""),
      uuid: String(c.uuid ?? ""),
      writtenType: t,
      memory: Math.round(num(b.target_memkb) / 1024),
      maxmem: Math.round(num(b.max_memkb) / 1024),
      vcpus: countVcpus(b.avail_vcpus, maxvcpus),
      maxvcpus,
      kernel: str(b.kernel) ?? str(sub.kernel),
      ramdisk: str(b.ramdisk) ?? str(sub.ramdisk),
      cmdline: str(b.cmdline) ?? str(sub.cmdline),
      bootloader: str(sub.bootloader) ?? str(b.bootloader),
      on_poweroff: str(entry.config.on_poweroff),
      on_reboot: str(entry.config.on_reboot),
      on_crash: str(entry.config.on_crash),
      disks: devices(entry.config.disks).map((d) => deviceFromLibxl("disk", d)),
      nics: nics.map(({ n }) => deviceFromLibxl("vif", n)),
      nicDevids: nics.map(({ devid }) => devid),
    };
  });
}

/** The value of `xenstore-read /libxl/<domid>/type`. */
export function parseEffectiveType(text: string): GuestType | null {
  const t = text.trim();
  return (GUEST_TYPES as readonly string[]).includes(t) ? (t as GuestType) : null;
}

/** A guest on a host as one listing shows it: `xl list -l`, and the type it runs as. */
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

/**
 * Markers between the parts of the listing's output (src/resources/host-scripts.ts
 * writes the script): the long listing, then the plain table, then the types. Each carries
 * a nonce the writer picks at random, so no domain or file name on the host — which anyone
 * with a shell in dom0 may choose — can pass for one.
 */
export interface ListingMarkers {
  table: string;
  autostart: string;
  types: string;
  noType: string;
  /** Where the guests' addresses start (between the autostart part and the types; addresses.ts reads them). */
  addresses: string;
  /** Where the cloud-init seeds in the config directory are listed (after the autostart part; parseSeeds). */
  seeds: string;
}

export function listingMarkers(nonce: string): ListingMarkers {
  if (!/^[0-9a-z]{8,}$/.test(nonce)) throw new Error("a listing's nonce is 8 or more lower-case letters and digits");
  return {
    table: `@@cdktf-xen:table:${nonce}@@`,
    autostart: `@@cdktf-xen:autostart:${nonce}@@`,
    types: `@@cdktf-xen:effective-types:${nonce}@@`,
    noType: `@@cdktf-xen:no-type:${nonce}@@`,
    addresses: addressMarkers(nonce).attr,
    seeds: `@@cdktf-xen:seeds:${nonce}@@`,
  };
}

/** Where the part that starts at `at` ends: at the next of the other markers, else the types. */
function partEnd(stdout: string, at: number, m: ListingMarkers): number {
  const ends = [m.seeds, m.addresses, m.types].map((x) => stdout.indexOf(x, at + 1)).filter((i) => i > at);
  return ends.length ? Math.min(...ends) : stdout.length;
}

/**
 * The cloud-init seeds a listing found in the config directory: path → `dev:inode:mtime` of a
 * regular file, or `symlink`. Null when the listing had no such part (it was not asked for).
 */
export function parseSeeds(stdout: string, m: ListingMarkers): Map<string, string> | null {
  const at = stdout.indexOf(m.seeds);
  if (at < 0) return null;
  const seeds = new Map<string, string>();
  for (const l of stdout.slice(at + m.seeds.length, partEnd(stdout, at, m)).split("\n")) {
    const tab = l.lastIndexOf("\t");
    const what = l.slice(tab + 1);
    if (tab > 0 && (what === "symlink" || /^\d+:\d+:[\d.]+$/.test(what))) seeds.set(l.slice(0, tab), what);
  }
  return seeds;
}

/** A domain `xl list` shows and `xl list -l` left out (see DomainOnHost.incomplete). */
function incompleteDomain(domid: number, name: string): DomainOnHost {
  return {
    domid, name, uuid: "", writtenType: null, memory: 0, maxmem: 0, vcpus: 0, maxvcpus: 0, kernel: null, ramdisk: null,
    cmdline: null, bootloader: null, on_poweroff: null, on_reboot: null, on_crash: null, disks: [], nics: [], nicDevids: [], effectiveType: null, incomplete: true,
  };
}

/** The effective types part of the listing: "<ids>\n<value per id>" or "<id> <value>" lines. */
function parseTypes(text: string, m: ListingMarkers): Map<number, GuestType | null> {
  const types = new Map<number, GuestType | null>();
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return types;
  if (/^\d+( \d+)*$/.test(lines[0]) && lines.length === lines[0].split(" ").length + 1) {
    const ids = lines[0].split(" ").map(Number);
    ids.forEach((id, i) => types.set(id, parseEffectiveType(lines[i + 1])));
    return types;
  }
  for (const line of lines) {
    const row = /^(\d+)\s+(\S*)/.exec(line);
    if (row) types.set(Number(row[1]), row[2] === m.noType ? null : parseEffectiveType(row[2]));
  }
  return types;
}

/** xendomains' directory and its links (link path → what it points to), from the listing; null when the listing has none. */
export function parseAutostart(stdout: string, m: ListingMarkers): { dir: string; links: Map<string, string> } | null {
  const at = stdout.indexOf(m.autostart);
  const typesAt = stdout.indexOf(m.types);
  if (at < 0 || typesAt < at) return null;
  const lines = stdout.slice(at + m.autostart.length, partEnd(stdout, at, m)).split("\n").filter(Boolean);
  const links = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const tab = l.indexOf("\t");
    if (tab > 0) links.set(l.slice(0, tab), l.slice(tab + 1));
  }
  return { dir: lines[0] ?? "/etc/xen/auto", links };
}

/**
 * The listing's output: every domain with its effective type; a domain the long listing
 * left out is kept as incomplete, a dying one is left out. Throws ListError on output that
 * is not the listing.
 */
export function parseListing(stdout: string, m: ListingMarkers): DomainOnHost[] {
  const tableAt = stdout.indexOf(m.table);
  const typesAt = stdout.indexOf(m.types);
  if (tableAt < 0 || typesAt < tableAt) throw new ListError("the listing is incomplete (the connection may have dropped)");
  const types = parseTypes(stdout.slice(typesAt + m.types.length), m);
  const all = parseXlListLong(stdout.slice(0, tableAt)).map((d): DomainOnHost => ({ ...d, effectiveType: types.get(d.domid) ?? null }));
  const autoAt = stdout.indexOf(m.autostart);
  let table = stdout.slice(tableAt + m.table.length, autoAt > tableAt && autoAt < typesAt ? autoAt : typesAt);
  // xl prints a name as it is: one with a line break (xl.cfg strings take "\n") would read as
  // rows of its own, and could pass for another domain's. The long listing has every such
  // name exactly (JSON): each is made one line before the table is read.
  for (const d of all) if (/[\n\r]/.test(d.name)) table = table.split(d.name).join(d.name.replace(/[\n\r]/g, "?"));
  const byId = new Map(all.map((d) => [d.domid, d]));
  const dying = new Set<number>();
  for (const line of table.split("\n")) {
    // Name (may hold spaces), ID, Mem, VCPUs, State, Time(s); a dying domain ("d") may be gone from -l.
    const row = /^(.*\S)\s+(\d+)\s+(\d+)\s+(\d+)\s+([-a-z]{6})\s+[\d.]+\s*$/.exec(line);
    if (!row) continue;
    const listed = byId.get(Number(row[2]));
    // A row of a listed domain is its own only under its own name.
    if (listed && listed.name.replace(/[\n\r]/g, "?").trimEnd() !== row[1]) continue;
    if (row[5].includes("d")) dying.add(Number(row[2]));
    else if (!listed) all.push(incompleteDomain(Number(row[2]), row[1]));
  }
  // A dying domain is being torn down: it is gone, whatever xl list -l still says of it.
  return all.filter((d) => !dying.has(d.domid));
}
