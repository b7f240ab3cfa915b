// A guest's addresses, per network interface, from the two places dom0 can learn them:
// the entries an agent in the guest writes to xenstore, and dom0's neighbour table.
// Pure: the parsing of what the host prints (both are untrusted — the xenstore entries
// are the guest's own writing), the rules for which source answers, and what counts as
// an address worth waiting for. The I/O is src/resources' (host-scripts.ts, host-reads.ts).
//
// Where the agent writes (docs/misc/xenstore-paths.pandoc:542-543@RELEASE-4.17.0, the same
// text since 4.10 in xenstore-paths.markdown:513-514@RELEASE-4.10.0):
//   ~/attr/vif/$DEVID/ipv4/$INDEX = IPV4_ADDRESS [w]
//   ~/attr/vif/$DEVID/ipv6/$INDEX = IPV6_ADDRESS [w]
// "[w]": the guest may write them — so anything may be there. libxl makes ~/attr writable by
// the guest at create (tools/libs/light/libxl_create.c:877@RELEASE-4.17.0).

/** Where an interface's addresses were read from. */
export const ADDRESS_SOURCES = ["agent", "neighbour"] as const;
export type AddressSource = (typeof ADDRESS_SOURCES)[number];
/** What `wait_for_ip.source` takes: one source, or either (the agent first). */
export const WAIT_SOURCES = ["any", ...ADDRESS_SOURCES] as const;
export type WaitSource = (typeof WAIT_SOURCES)[number];
export const WAIT_FAMILIES = ["ipv4", "ipv6"] as const;
export type WaitFamily = (typeof WAIT_FAMILIES)[number];
/** The default of `wait_for_ip.timeout`. */
export const DEFAULT_WAIT_TIMEOUT = "5m";

/** An attribute of a vif block that the provider reads, never the user's (the schema's rows). */
export interface VifReadAttribute {
  readonly name: "ipv4_addresses" | "ipv6_addresses" | "address_source";
  readonly type: "string" | ["list", "string"];
  readonly description: string;
}

const ORDER = "Addresses a host can route come first, link-local ones last.";
const READ = "Read on every refresh, from the source `wait_for_ip.source` names (by default the guest agent's xenstore entries " +
  "`attr/vif/<devid>/ipv4/<n>` / `ipv6/<n>`, else dom0's neighbour table for the interface's MAC on its bridge). " +
  "A changed address is not drift: it never plans an update.";

/** The computed attributes of each vif: its addresses, and where they came from. */
export const VIF_READ_ATTRIBUTES: readonly VifReadAttribute[] = [
  { name: "ipv4_addresses", type: ["list", "string"], description: `The interface's IPv4 addresses, as last read. ${ORDER} ${READ}` },
  { name: "ipv6_addresses", type: ["list", "string"], description: `The interface's IPv6 addresses, as last read (compressed, lower case). ${ORDER} ${READ}` },
  { name: "address_source", type: "string",
    description: "Where `ipv4_addresses` and `ipv6_addresses` were read: `agent` (xenstore, written by an agent in the guest), " +
      "`neighbour` (dom0's neighbour table), or null when neither knew an address." },
];
export const VIF_READ_NAMES: readonly string[] = VIF_READ_ATTRIBUTES.map((a) => a.name);

/** The `wait_for_ip` block of a vif: its fields, described once. */
export const WAIT_FOR_IP = {
  name: "wait_for_ip",
  description: "On create, apply waits until this interface has an address (one a host can route: not loopback, link-local or " +
    "multicast), then returns; at the timeout it fails naming the guest and the interface. The guest is then in the state " +
    "(the engine marks a create that failed as tainted: the next apply replaces it, unless `terraform untaint` keeps it). " +
    "All the guests of one apply waiting on a host are read in one command per poll. Not used after create.",
  fields: [
    { name: "timeout", type: "string", values: null,
      description: `How long to wait, a duration like \`90s\`, \`5m\` or \`1h\` (at most 24h). Default: \`${DEFAULT_WAIT_TIMEOUT}\`.` },
    { name: "source", type: "string", values: WAIT_SOURCES,
      description: "Where this interface's addresses are read, during the wait and on every refresh: `agent` (xenstore entries an agent in the guest writes), " +
        "`neighbour` (dom0's neighbour table: the guest must have exchanged packets with dom0 on the bridge), or `any` (the agent's when it wrote some, else the neighbour table). Default: `any`." },
    { name: "family", type: "string", values: WAIT_FAMILIES,
      description: "Wait for an address of this family only. Default: either." },
  ],
} as const;

export interface WaitForIp {
  timeoutSeconds: number;
  source: WaitSource;
  family: WaitFamily | null;
}

// ---------------------------------------------------------------------------------------------
// Address text

/** An IPv4 address in dotted-quad form (no leading zeros: `010` would be octal to some readers); null otherwise. */
export function canonicalIpv4(text: string): string | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  for (const p of parts) if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return null;
  return parts.join(".");
}

/** The eight 16-bit groups of an IPv6 address (the last two may be written as IPv4); null when it is not one. */
function ipv6Groups(text: string): number[] | null {
  if (text.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (s: string, last: boolean): number[] | null => {
    if (s === "") return [];
    const out: number[] = [];
    const items = s.split(":");
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (last && i === items.length - 1 && it.includes(".")) {
        const v4 = canonicalIpv4(it);
        if (!v4) return null;
        const o = v4.split(".").map(Number);
        out.push((o[0] << 8) | o[1], (o[2] << 8) | o[3]);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(it)) out.push(parseInt(it, 16));
      else return null;
    }
    return out;
  };
  if (halves.length === 1) {
    const g = groupsOf(halves[0], true);
    return g && g.length === 8 ? g : null;
  }
  const head = groupsOf(halves[0], false), tail = groupsOf(halves[1], true);
  if (!head || !tail || head.length + tail.length > 7) return null;
  return [...head, ...Array(8 - head.length - tail.length).fill(0), ...tail];
}

/** An IPv6 address in RFC 5952's form (lower case, no leading zeros, the longest run of zero groups as `::`); null otherwise. */
export function canonicalIpv6(text: string): string | null {
  const g = ipv6Groups(text);
  if (!g) return null;
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}

/** Not an interface's address at all: unspecified, loopback, multicast, broadcast. */
function meaningless(addr: string, family: 4 | 6): boolean {
  if (family === 4) {
    const [a, b, c, d] = addr.split(".").map(Number);
    return a === 0 || a === 127 || a >= 224 || (a === 255 && b === 255 && c === 255 && d === 255);
  }
  const g = ipv6Groups(addr)!;
  return g.every((x) => x === 0) || (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) || (g[0] & 0xff00) === 0xff00;
}

/** Link-local: 169.254.0.0/16, fe80::/10. Such an address is listed, last, but never ends a wait. */
export function linkLocal(addr: string): boolean {
  if (addr.includes(".") && !addr.includes(":")) return addr.startsWith("169.254.");
  const g = ipv6Groups(addr);
  return !!g && (g[0] & 0xffc0) === 0xfe80;
}

/** Addresses of one family, routable ones first, in the order found; duplicates once. */
function ordered(addrs: readonly string[]): string[] {
  const uniq = [...new Set(addrs)];
  return [...uniq.filter((a) => !linkLocal(a)), ...uniq.filter(linkLocal)];
}

// ---------------------------------------------------------------------------------------------
// What the host prints

export interface VifAddresses {
  ipv4: string[];
  ipv6: string[];
}

/** One entry of dom0's neighbour table. */
export interface Neighbour {
  address: string;
  family: 4 | 6;
  dev: string;
  mac: string;
  state: string[];
}

/** A neighbour table entry's states that do not say the address is (or was lately) at that MAC. */
const NO_ANSWER = new Set(["FAILED", "INCOMPLETE", "NOARP", "NONE"]);

/** At most this many addresses of a family per interface are kept (the host-side filter keeps as many). */
export const MAX_ADDRESSES = 16;

export class AddressReplyError extends Error {}

/**
 * `xenstore-ls -f` of guests' `/local/domain/<domid>/attr` (filtered on the host to the vif
 * address entries): domid → device id → addresses. Only the domids asked for are taken, and
 * only lines of the exact form `/local/domain/<domid>/attr/vif/<devid>/ipv4|ipv6/<n> = "<value>"`
 * (xenstore-ls escapes a value's line breaks and control characters, xs_lib.c:204-249@RELEASE-4.17.0,
 * so a value cannot pass for another line); a value that is not an address is left out.
 */
export function parseAgentAddresses(text: string, domids: ReadonlySet<number>): Map<number, Map<number, VifAddresses>> {
  const out = new Map<number, Map<number, VifAddresses>>();
  for (const line of text.split("\n")) {
    const m = /^\/local\/domain\/(\d{1,10})\/attr\/vif\/(\d{1,10})\/(ipv4|ipv6)\/\d{1,10} = "(.*)"$/.exec(line);
    if (!m) continue;
    const domid = Number(m[1]), devid = Number(m[2]);
    if (!domids.has(domid) || String(domid) !== m[1] || String(devid) !== m[2]) continue;
    const v = m[3] === "ipv4" ? canonicalIpv4(m[4]) : canonicalIpv6(m[4]);
    if (!v || meaningless(v, m[3] === "ipv4" ? 4 : 6)) continue;
    const vifs = out.get(domid) ?? new Map<number, VifAddresses>();
    out.set(domid, vifs);
    const a = vifs.get(devid) ?? { ipv4: [], ipv6: [] };
    vifs.set(devid, a);
    const list = m[3] === "ipv4" ? a.ipv4 : a.ipv6;
    if (list.length < MAX_ADDRESSES && !list.includes(v)) list.push(v);
  }
  return out;
}

const MAC_RE = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
const DEV_RE = /^[^\s/:]{1,15}$/;

function neighbourOf(address: unknown, dev: unknown, lladdr: unknown, state: unknown): Neighbour | null {
  if (typeof address !== "string" || typeof dev !== "string" || typeof lladdr !== "string") return null;
  const mac = lladdr.toLowerCase();
  if (!MAC_RE.test(mac) || !DEV_RE.test(dev)) return null;
  const states = Array.isArray(state) ? state.filter((s): s is string => typeof s === "string") : [];
  if (states.some((s) => NO_ANSWER.has(s))) return null;
  const v4 = canonicalIpv4(address);
  const v6 = v4 ? null : canonicalIpv6(address);
  const addr = v4 ?? v6;
  if (!addr || meaningless(addr, v4 ? 4 : 6)) return null;
  return { address: addr, family: v4 ? 4 : 6, dev, mac, state: states };
}

/**
 * dom0's neighbour table: iproute2's `ip -j neigh show` (JSON), or the text both iproute2 and
 * busybox print (`<addr> dev <dev> lladdr <mac> [router] [proxy] <STATE>[,<STATE>]`). Entries
 * without a link-layer address, failed or incomplete ones, and lines of any other form are left
 * out. Throws AddressReplyError when `json` is not a JSON list.
 */
export function parseNeighbours(text: string, format: "json" | "text"): Neighbour[] {
  const out: Neighbour[] = [];
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text.trim() || "[]");
    } catch {
      throw new AddressReplyError(`ip -j neigh did not print JSON (first bytes: ${JSON.stringify(text.trim().slice(0, 60))})`);
    }
    if (!Array.isArray(data)) throw new AddressReplyError("ip -j neigh printed JSON that is not a list");
    for (const e of data) {
      if (!e || typeof e !== "object") continue;
      const o = e as Record<string, unknown>;
      const n = neighbourOf(o.dst, o.dev, o.lladdr, o.state);
      if (n) out.push(n);
    }
    return out;
  }
  for (const line of text.split("\n")) {
    const w = line.trim().split(/\s+/);
    if (w.length < 5 || w[1] !== "dev" || w[3] !== "lladdr") continue;
    const states = w.slice(5).filter((x) => x !== "router" && x !== "proxy" && x !== "extern_learn" && x !== "offload")
      .flatMap((x) => x.split(",")).filter((x) => /^[A-Z]+$/.test(x));
    const n = neighbourOf(w[0], w[2], w[4], states);
    if (n) out.push(n);
  }
  return out;
}

/** The markers of an address reading in a script's output (each with the writer's nonce). */
export interface AddressMarkers {
  /** Before the xenstore part. */
  attr: string;
  /** Before the neighbour part, followed by ` json`, ` text` or ` none` (no `ip` on dom0). */
  neigh: string;
  /** Before the ownership part of a poll: `<domid> <vm path>` lines. */
  vm: string;
  /** A domid whose vm path could not be read (the domain is gone). */
  noVm: string;
  /** The end of the reading. */
  end: string;
}

export function addressMarkers(nonce: string): AddressMarkers {
  if (!/^[0-9a-z]{8,}$/.test(nonce)) throw new Error("a reading's nonce is 8 or more lower-case letters and digits");
  return {
    attr: `@@cdktf-xen:attr:${nonce}@@`,
    neigh: `@@cdktf-xen:neigh:${nonce}@@`,
    vm: `@@cdktf-xen:vm:${nonce}@@`,
    noVm: `@@cdktf-xen:no-vm:${nonce}@@`,
    end: `@@cdktf-xen:addresses-end:${nonce}@@`,
  };
}

/** What one reading of a host says: the agents' entries per domid, dom0's neighbours (null: dom0 has no `ip`), and for a poll, each domid's vm path (null: gone). */
export interface AddressReading {
  agent: Map<number, Map<number, VifAddresses>>;
  neighbours: Neighbour[] | null;
  vm: Map<number, string | null>;
}

/**
 * The address part of a script's output (the markers in order: [vm], attr, neigh, end), for
 * the domids asked. Throws AddressReplyError when a marker is missing or out of order (a reply
 * cut short), or the neighbour part is not what its header says.
 */
export function parseAddressReading(text: string, m: AddressMarkers, domids: readonly number[], withVm = false): AddressReading {
  const at = (s: string, from: number) => {
    const i = text.indexOf(`${s}`, from);
    return i < 0 || (i > 0 && text[i - 1] !== "\n") ? -1 : i;
  };
  const vmAt = withVm ? at(m.vm, 0) : -1;
  const attrAt = at(m.attr, Math.max(0, vmAt));
  const neighAt = attrAt < 0 ? -1 : at(m.neigh, attrAt);
  const endAt = neighAt < 0 ? -1 : at(m.end, neighAt);
  if ((withVm && vmAt < 0) || attrAt < 0 || neighAt < 0 || endAt < 0) {
    throw new AddressReplyError("the address reading is incomplete (the connection may have dropped)");
  }
  const asked = new Set(domids);
  const vm = new Map<number, string | null>();
  if (withVm) {
    for (const line of text.slice(vmAt + m.vm.length, attrAt).split("\n")) {
      const r = /^(\d{1,10}) (\S+)$/.exec(line);
      if (!r || !asked.has(Number(r[1]))) continue;
      vm.set(Number(r[1]), r[2] === m.noVm ? null : r[2]);
    }
    for (const d of domids) if (!vm.has(d)) throw new AddressReplyError(`the address reading says nothing of domain ${d}`);
  }
  const agent = parseAgentAddresses(text.slice(attrAt + m.attr.length, neighAt), asked);
  const rest = text.slice(neighAt + m.neigh.length, endAt);
  const nl = rest.indexOf("\n");
  const header = (nl < 0 ? rest : rest.slice(0, nl)).trim();
  const body = nl < 0 ? "" : rest.slice(nl + 1);
  let neighbours: Neighbour[] | null;
  if (header === "none") neighbours = null;
  else if (header === "json" || header === "text") neighbours = parseNeighbours(body, header);
  else throw new AddressReplyError(`the neighbour part of the address reading has an unknown header ${JSON.stringify(header.slice(0, 40))}`);
  return { agent, neighbours, vm };
}

// ---------------------------------------------------------------------------------------------
// Rules

/** An interface as the rules need it: Xen's device id, its MAC, and where dom0 sees it (bridge, backend interface name). */
export interface VifIdentity {
  devid: number;
  mac: string | null;
  bridge: string | null;
  /** The backend interface in dom0 (`vif<domid>.<devid>` unless vifname says otherwise): a routed vif's neighbours are there. */
  ifname: string | null;
}

export interface VifAddressState extends VifAddresses {
  source: AddressSource | null;
}

/**
 * An interface's addresses from a reading: the agent's entries for its device id, unless
 * `source` is `neighbour`; else (or with `source` `neighbour`) dom0's neighbours with its MAC
 * on its bridge or its backend interface.
 */
export function vifAddresses(reading: Pick<AddressReading, "agent" | "neighbours">, domid: number, vif: VifIdentity, source: WaitSource = "any"): VifAddressState {
  if (source !== "neighbour") {
    const a = reading.agent.get(domid)?.get(vif.devid);
    if (a && (a.ipv4.length || a.ipv6.length)) return { ipv4: ordered(a.ipv4), ipv6: ordered(a.ipv6), source: "agent" };
  }
  if (source !== "agent" && reading.neighbours && vif.mac) {
    const mac = vif.mac.toLowerCase();
    const devs = new Set([vif.bridge ?? "xenbr0", ...(vif.ifname ? [vif.ifname] : [])]);
    const mine = reading.neighbours.filter((n) => n.mac === mac && devs.has(n.dev));
    if (mine.length) {
      const of = (f: 4 | 6) => ordered(mine.filter((n) => n.family === f).map((n) => n.address)).slice(0, MAX_ADDRESSES);
      return { ipv4: of(4), ipv6: of(6), source: "neighbour" };
    }
  }
  return { ipv4: [], ipv6: [], source: null };
}

/** Whether the addresses end a wait: one that is not link-local, of the family asked (or either). */
export function waitSatisfied(a: VifAddresses, family: WaitFamily | null): boolean {
  const ok = (list: string[]) => list.some((x) => !linkLocal(x));
  return family === "ipv4" ? ok(a.ipv4) : family === "ipv6" ? ok(a.ipv6) : ok(a.ipv4) || ok(a.ipv6);
}
