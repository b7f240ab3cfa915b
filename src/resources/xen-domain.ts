// xen_domain: one guest on one host, in the framework's order: schema
// (xen-domain-schema.ts, from the attribute rows), validate, modifyPlan, create, read,
// update, delete, import. The framework does the apply dispatch, RequiresReplace and
// UseStateForUnknown; what is left here is what needs Xen or the host.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { containsUnknown, isUnknown, Unknown, type CtyValue } from "../provider/cty";
import { error, hasErrors, warning, type Diagnostic, type Path, type ModifyPlanRequest, type Planned, type Resource, type Result } from "../provider/framework";
import { sameValue } from "../provider/lifecycle";
import { SshError } from "../ssh";
import {
  allocatedMemory, attachArgv, availableMemory, changesLive, checkCapacity, checkOnHost, detachArgv, hostNeeds, DEVICE_KINDS, sameDevice, DOMAIN_ATTRIBUTES, DOMAIN_BLOCKS, hotpluggable, reconcileDevices, refused,
  parseAutostart, parseFileSeen, parseListing, resolveDomain, specFromAttributes, withDefault,
  DEFAULT_WAIT_TIMEOUT, VIF_READ_NAMES, vifAddresses, waitSatisfied, WAIT_FAMILIES, WAIT_FOR_IP, WAIT_SOURCES,
  type AddressReading, type DeviceKind, type DeviceValues, type DomainOnHost, type Finding, type GuestType, type HostFacts, type Resolution,
  type VifIdentity, type WaitFamily, type WaitForIp, type WaitSource,
} from "../xen";
import { checkSeed, defaultSeedVdev, instanceIdOf, seedDisk, seedImage, type SeedState } from "../xen/cloud-init";
import {
  autostartLinkName, cleanUpCreate, configPath, createGuest, CREATED_MARKER, deleteFile, destroyOwnGuest, EXIT, fileRead, LISTING_MARKERS, onOwnGuest, removeOwnConfig, seedPath, setAutostart,
  STALE_CONFIG, uploadFile, uploadHeader, uuidLine, writeConfig,
} from "./host-scripts";
import { guestAllowFindings } from "./allow";
import { HostError, type HostAccess } from "./hosts";
import { checkTimeouts, lockedRun as runLocked, MAX_WAIT_SECONDS, parseDuration, SLACK_SECONDS, timeoutOf as timeoutIn, type TimeoutStep } from "./changes";
import { listedAddresses } from "./host-reads";
import { domainSchema, type DomainState } from "./xen-domain-schema";

export { domainSchema } from "./xen-domain-schema";

const DEFAULT_TIMEOUT_SECONDS = 600;
/** shutdown_timeout when the state has none (an import, or state written before it had a default). */
const DEFAULT_SHUTDOWN_TIMEOUT = withDefault({}, "shutdown_timeout") as number;
/** The attributes a running guest changes in place only where its architecture allows (memory: `xl mem-set`). */
const ARCH_CHANGES = DOMAIN_ATTRIBUTES.filter((a) => a.change === "arch").map((a) => a.name);
/** The attributes that must be whole, non-negative numbers. */
const COUNTS = DOMAIN_ATTRIBUTES.filter((a) => a.type === "number" && a.use !== "computed").map((a) => a.name);

type Device = DeviceValues;
const DEVICE_BLOCKS: readonly DeviceKind[] = DOMAIN_BLOCKS.map((b) => b.name);

/**
 * Whether the guest's devices of a kind are its blocks': not when xl_config carries that
 * list (a config from before the blocks), whose devices the blocks must not call drift.
 */
const blocksOwn = (o: { xl_config?: unknown }, kind: DeviceKind) =>
  !(o.xl_config && typeof o.xl_config === "object" && !isUnknown(o.xl_config) && kind in (o.xl_config as object));

const devicesOf = (o: object, kind: DeviceKind): Device[] => {
  const v = (o as Record<string, unknown>)[kind];
  return Array.isArray(v) ? (v as Device[]) : [];
};

/** The devices with values still unknown (a new vif's mac when the guest could not be read back) set to null. */
function knownDevices(o: object): Record<DeviceKind, Device[]> {
  return Object.fromEntries(DEVICE_BLOCKS.map((k) => [k, devicesOf(o, k).map((d) =>
    Object.fromEntries(Object.entries(d).map(([n, v]) => [n, isUnknown(v) ? null : v])))])) as Record<DeviceKind, Device[]>;
}

/** A MAC address in Xen's range (00:16:3e, unicast), as xl picks one for an interface declared without. */
export function randomXenMac(): string {
  return ["00", "16", "3e", ...[...randomBytes(3)].map((b) => b.toString(16).padStart(2, "0"))].join(":");
}

/** A vif's `wait_for_ip` block as the plan holds it; null when the vif has none (or it is not known yet). */
function waitOf(v: Device | undefined): WaitForIp | null {
  const w = (v as Record<string, unknown> | undefined)?.[WAIT_FOR_IP.name];
  if (!w || typeof w !== "object" || isUnknown(w as CtyValue)) return null;
  const o = w as Record<string, unknown>;
  const secs = parseDuration(typeof o.timeout === "string" ? o.timeout : DEFAULT_WAIT_TIMEOUT);
  return {
    timeoutSeconds: Math.min(secs && secs > 0 ? secs : parseDuration(DEFAULT_WAIT_TIMEOUT)!, MAX_WAIT_SECONDS),
    source: (WAIT_SOURCES as readonly unknown[]).includes(o.source) ? (o.source as WaitSource) : "any",
    family: (WAIT_FAMILIES as readonly unknown[]).includes(o.family) ? (o.family as WaitFamily) : null,
  };
}

/** The guest's interface at index i as the address rules need it (Xen's device id, MAC, bridge, backend interface). */
function vifIdentity(d: DomainOnHost, i: number): VifIdentity | null {
  const n = d.nics[i];
  if (!n) return null;
  const devid = d.nicDevids[i];
  return { devid, mac: typeof n.mac === "string" ? n.mac : null, bridge: typeof n.bridge === "string" ? n.bridge : null,
    ifname: typeof n.vifname === "string" ? n.vifname : `vif${d.domid}.${devid}` };
}

/**
 * The vifs with their addresses from a reading (each from the source its wait_for_ip names)
 * and their wait_for_ip blocks from `declared`; without a reading, the addresses they had.
 */
function withAddresses(vifs: Device[], d: DomainOnHost, reading: AddressReading | null, declared: Device[]): Device[] {
  return vifs.map((v, i) => {
    const wait = (declared[i] as Record<string, unknown> | undefined)?.[WAIT_FOR_IP.name] ?? null;
    const out = { ...v, [WAIT_FOR_IP.name]: isUnknown(wait as CtyValue) ? null : wait } as Record<string, unknown>;
    const id = vifIdentity(d, i);
    if (reading && id) {
      const a = vifAddresses(reading, d.domid, id, waitOf(declared[i])?.source ?? "any");
      Object.assign(out, { ipv4_addresses: a.ipv4, ipv6_addresses: a.ipv6, address_source: a.source });
    } else {
      for (const n of VIF_READ_NAMES) out[n] = isUnknown(out[n] as CtyValue) || out[n] === undefined ? (n === "address_source" ? null : []) : out[n];
    }
    return out as Device;
  });
}

/**
 * The devices with a MAC for every interface: the one it has, else a new one. The provider
 * picks them at apply, like the uuid, and writes them into the guest's file on the host, so
 * an interface keeps its address when the guest is started again from that file.
 */
function withMacs(o: object): Record<DeviceKind, Device[]> {
  const d = knownDevices(o);
  return { ...d, vif: d.vif.map((v) => (v.mac === null ? { ...v, mac: randomXenMac() } : v)) };
}

/** The seed block's arguments: a change of any replaces the guest. */
const SEED_INPUTS = ["user_data", "meta_data", "network_config", "vdev"] as const;

/** The guest's cloud_init block, when it has one whose values are known as a whole. */
function seedOf(o: object): Record<string, CtyValue> | null {
  const v = (o as Record<string, CtyValue>).cloud_init;
  return v && typeof v === "object" && !isUnknown(v) && !Array.isArray(v) ? (v as Record<string, CtyValue>) : null;
}

const str = (v: CtyValue | undefined) => (typeof v === "string" ? v : null);

/** The seed image a cloud_init block makes for a guest (its uuid the default instance-id, its name the hostname), and its sha256. */
function seedImageOf(block: Record<string, CtyValue>, uuid: string, name: string): { image: Buffer; sha256: string } {
  const image = seedImage({ user_data: str(block.user_data), meta_data: str(block.meta_data), network_config: str(block.network_config) }, uuid, name);
  return { image, sha256: createHash("sha256").update(image).digest("hex") };
}

/** The guest's disks as its file on the host has them: its blocks', then the seed's (written last, so the blocks keep their indexes). */
function withSeedDisk(o: object, disks: Device[]): Device[] {
  const s = seedOf(o);
  return s && typeof s.vdev === "string" && typeof s.path === "string" ? [...disks, seedDisk(s.vdev, s.path) as Device] : disks;
}

/** The disks the host reports, without the seed's: it is not one of the blocks. */
function withoutSeedDisk<T extends { vdev?: unknown; target?: unknown }>(o: object, disks: readonly T[]): T[] {
  const s = seedOf(o);
  return s && typeof s.vdev === "string" ? disks.filter((d) => !(d.vdev === s.vdev && (typeof s.path !== "string" || d.target === s.path))) : [...disks];
}

const timeoutOf = (o: DomainState, step: TimeoutStep) => timeoutIn(o, step, DEFAULT_TIMEOUT_SECONDS);

/** The domain this provider must never shut down, destroy or adopt. */
const isDom0 = (d: { domid: number; name: string }) => d.domid === 0 || d.name === "Domain-0";
/** The listed domain that is the guest with this uuid: never dom0, and only once libxl has stored its config. */
const guestWith = (uuid: unknown) => (d: DomainOnHost) => d.uuid === uuid && !isDom0(d) && !d.incomplete;

const toDiag = (f: Finding): Diagnostic =>
  f.severity === "error" ? error(f.summary, f.detail, f.path) : warning(f.summary, f.detail, f.path);

const hostDiag = (e: unknown, path: Path = ["host"]): Diagnostic => {
  const msg = e instanceof Error ? e.message : String(e);
  const summary = e instanceof SshError || e instanceof HostError ? "Cannot use the Xen host" : "Unexpected failure";
  return error(summary, msg, path);
};

const resolve = (o: Planned<DomainState> | DomainState, facts: HostFacts): Resolution =>
  resolveDomain(specFromAttributes(o as Record<string, unknown>), facts);

/**
 * The `config` attribute: the text as the configuration plans it, without the fields the
 * provider computes (a vif's mac) whether declared or not — they are added when the file
 * is written, with the uuid line. So a configuration that declares the MACs a guest has
 * (as `terraform plan -generate-config-out` writes them) and one that leaves them to the
 * state plan the same config: an import of either plans clean.
 */
function configText(o: Planned<DomainState> | DomainState, facts: HostFacts): string | null {
  const computed = DEVICE_KINDS.vif.fields.filter((f) => f.use === "optional-computed").map((f) => f.name);
  const vif = devicesOf(o, "vif").map((v) => ({ ...v, ...Object.fromEntries(computed.map((n) => [n, null])) }));
  return resolve({ ...o, vif } as DomainState, facts).config;
}

/** xl's messages, without empty lines and its "Parsing config from" banner. */
function xlMessage(text: string): string {
  return text.split("\n").map((l) => l.trimEnd()).filter((l) => l && !l.startsWith("Parsing config from ")).join("\n");
}

/** Why declared facts do not describe the live host, or null. */
export function factsMismatch(declared: HostFacts, live: HostFacts): string | null {
  const out: string[] = [];
  if (declared.machine !== live.machine) out.push(`arch is ${live.machine}, declared ${declared.machine}`);
  const dv = declared.xenVersion, lv = live.xenVersion;
  const declaredParts = dv.text.split(".").length;
  const sameVersion = dv.major === lv.major && dv.minor === lv.minor && (declaredParts < 3 || dv.patch === lv.patch);
  if (!sameVersion) out.push(`xen_version is ${lv.text}, declared ${dv.text}`);
  const caps = (c: string[]) => [...c].sort().join(" ");
  if (caps(declared.xenCaps) !== caps(live.xenCaps)) out.push(`xen_caps is "${live.xenCaps.join(" ")}", declared "${declared.xenCaps.join(" ")}"`);
  return out.length ? out.join("; ") : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function xenDomain({ hosts, remote, reads }: HostAccess): Resource<DomainState> {
  /**
   * host/name pairs planned by this process, with the config each was planned from. The
   * engine plans each resource instance once per run (a plan or an apply starts its own
   * provider processes) — and once more, with no prior state, the create half of a
   * replacement. Any other second plan of a pair is a second resource claiming the guest.
   */
  const plannedNames = new Map<string, { config: string; replacing: boolean }>();
  const nameKey = (c: Planned<DomainState>) => (typeof c.host === "string" && typeof c.name === "string" ? `${c.host}\0${c.name}` : null);

  /** Disk targets planned read-write by this process: host/target → the guest's host/name. */
  const writers = new Map<string, string>();

  /** Errors for disks another guest of this run already plans to write (two writers corrupt a volume). */
  function claimTargets(config: Planned<DomainState>): Diagnostic[] {
    const guest = nameKey(config);
    if (guest === null || isUnknown(config.disk)) return [];
    const out: Diagnostic[] = [];
    devicesOf(config, "disk").forEach((d, i) => {
      if (typeof d.target !== "string" || d.target === "" || d.access === "ro" || d.devtype === "cdrom") return;
      const key = `${String(config.host)}\0${d.target}`;
      const other = writers.get(key);
      if (other !== undefined && other !== guest) {
        out.push(error(`${d.target} is already a read-write disk of guest "${other.split("\0")[1]}" on host "${String(config.host)}"`,
          'Two guests writing one volume corrupt it. Give each guest its own volume, or make all but one access = "ro".', ["disk", i, "target"]));
      } else writers.set(key, guest);
    });
    return out;
  }

  /**
   * A diagnostic when another resource already planned this host/name; "create half" when
   * this is the create half of a replacement this process planned, planned again.
   */
  function claimName(config: Planned<DomainState>, prior: DomainState | null): Diagnostic | "create half" | null {
    const key = nameKey(config);
    if (key === null) return null;
    const text = JSON.stringify(config);
    const seen = plannedNames.get(key);
    if (seen && seen.replacing && prior === null && seen.config === text) {
      seen.replacing = false;
      return "create half";
    }
    if (seen) {
      return error(`Two xen_domain resources declare the guest "${String(config.name)}" on host "${String(config.host)}"`,
        "A name is unique on a host: one of them would fail to create, or both would manage one guest. Give each resource its own name.", ["name"]);
    }
    plannedNames.set(key, { config: text, replacing: false });
    return null;
  }

  /** Memory each guest planned by this process takes from its host (MiB): host → guest → demand. */
  const plannedMemory = new Map<string, Map<string, number>>();
  /** Hosts told that their checks were skipped (declared facts), and hosts whose checks failed in this process. */
  const skipNoted = new Set<string>();
  const failedChecks = new Map<string, string>();

  /**
   * The host checks of a guest (files, kernel note, GIC, bridges, memory) against the live
   * host, in one round trip per host shared by every guest checked at the same moment. A
   * guest that runs and stays is checked only for what changes: its new devices and memory
   * growth. At plan, a host with declared facts is not asked (plan needs no SSH there):
   * the plan says so once, and apply runs these checks before it changes anything.
   */
  async function hostChecks(config: Planned<DomainState>, planned: Planned<DomainState>, prior: DomainState | null, facts: HostFacts,
    effective: GuestType | null, inPlace: boolean, at: "plan" | "apply"): Promise<Diagnostic[]> {
    const host = String(config.host), name = String(config.name);
    const h = hosts.get(host);
    if (at === "plan" && (!h.ssh || h.declaredFacts)) {
      if (skipNoted.has(host)) return [];
      skipNoted.add(host);
      return [warning(`Host checks skipped for host "${host}"`,
        "Its facts are declared, so the plan did not ask it about the guests' files, kernels, GIC, bridges and memory. " +
        "Apply checks them on the live host before it changes anything there, and changes nothing on it if one fails.", ["host"])];
    }
    const spec = specFromAttributes({ ...config, type: planned.type } as Record<string, unknown>);
    const needs = hostNeeds(spec, effective, facts);
    if (inPlace && prior) {
      // Only what the change brings: devices added or changed in place.
      const changed = (kind: DeviceKind, i: number) => !sameDevice(kind, devicesOf(prior, kind)[i], devicesOf(config, kind)[i], true);
      needs.paths = needs.paths.filter((n) => n.attr[0] === "disk" && changed("disk", n.attr[1] as number));
      needs.bridges = needs.bridges.filter((b) => changed("vif", b.attr[1] as number));
      needs.pvhImage = null;
      needs.gic = false;
      // The running guest has its device model already (a disk hot-plugged in place is among the paths).
      needs.deviceModel = null;
      const grows = typeof planned.memory === "number" && typeof prior.memory === "number" && planned.memory > prior.memory;
      // Nothing this change brings needs the host: no round trip for a guest that stays as it is.
      if (!needs.paths.length && !needs.bridges.length && !grows) return [];
    }
    let inv;
    try {
      inv = await reads.inventory(host, { paths: needs.paths.map((n) => n.path), kernels: needs.pvhImage ? [needs.pvhImage.path] : [] });
    } catch (e) {
      return [h.declaredFacts ? warning(`Host checks skipped for host "${host}"`, `${(e as Error).message}. Apply checks the guests when it reaches the host.`, ["host"]) : hostDiag(e)];
    }
    const findings = checkOnHost(host, spec, needs, inv, reads.plannedVolumes.get(host));
    if (typeof planned.memory === "number") {
      // What Xen gives the guest: on Arm only maxmem when it is below memory (allocatedMemory).
      const memoryOf = (o: { memory: CtyValue; maxmem: CtyValue }) =>
        typeof o.memory === "number" ? allocatedMemory({ memory: o.memory, maxmem: typeof o.maxmem === "number" ? o.maxmem : null }, facts) : 0;
      const running = prior ? memoryOf(prior) : 0;
      const demand = memoryOf(planned) - running;
      const perGuest = plannedMemory.get(host) ?? new Map<string, number>();
      plannedMemory.set(host, perGuest);
      perGuest.set(name, Math.max(0, demand));
      const sum = [...perGuest.values()].reduce((a, b) => a + b, 0);
      findings.push(...checkCapacity(host, demand, sum, availableMemory(inv.side)));
    }
    const diags = findings.map(toDiag);
    if (hasErrors(diags)) failedChecks.set(host, name);
    return diags;
  }

  /**
   * Before a change on a host whose facts are declared (the plan did not check it): the
   * host checks against the live host. Changes checked at the same moment share the probe,
   * and each waits until all of them know their findings: one failure stops them all.
   */
  async function checkBeforeChange(prior: DomainState | null, planned: DomainState): Promise<Diagnostic[]> {
    const host = planned.host;
    if (!hosts.get(host).declaredFacts) return [];
    const live = await reads.liveFactsOf(hosts.get(host));
    const found = await hostChecks(planned as Planned<DomainState>, planned as Planned<DomainState>, prior, live,
      planned.effective_type as GuestType | null, prior !== null, "apply");
    await new Promise((r) => setImmediate(r));
    if (hasErrors(found)) return found;
    const blocked = blockedBy(host, planned.name);
    return blocked ? [blocked] : found;
  }

  /** An error when the host checks of another guest on this host failed in this process: nothing more changes there. */
  function blockedBy(host: string, name: string): Diagnostic | null {
    const other = failedChecks.get(host);
    return other !== undefined && other !== name ? error(`Nothing is changed on host "${host}": the host checks of guest "${other}" failed`,
      "A guest of this run cannot be created there, so no other change is made on that host either. Fix that guest, then apply again.", ["host"]) : null;
  }

  /** Host facts for planning; a diagnostic on `host` when they cannot be had. */
  async function factsFor(host: CtyValue): Promise<HostFacts | Diagnostic> {
    if (typeof host !== "string") return error("host is not known", undefined, ["host"]);
    try {
      return await reads.facts(host);
    } catch (e) {
      return hostDiag(e);
    }
  }

  /** The type attribute to record: what was written, or the prior one if it means the same. */
  function plannedType(config: Planned<DomainState>, prior: DomainState | null, facts: HostFacts, effective: GuestType | null): CtyValue {
    if (config.type !== null) return config.type;
    if (prior && typeof prior.type === "string" && effective) {
      const same = resolveDomain({ ...specFromAttributes(config as Record<string, unknown>), type: prior.type }, facts).effectiveType === effective;
      if (same) return prior.type;
    }
    return null;
  }

  /** Our guest on the host: the domain with the uuid this provider created or imported, never dom0. */
  async function ownGuest(host: string, uuid: CtyValue, fresh = true): Promise<DomainOnHost | undefined> {
    if (typeof uuid !== "string" || uuid === "") return undefined;
    if (fresh) reads.changed(host);
    return (await reads.list(host)).find(guestWith(uuid));
  }

  function stateFrom(base: DomainState, d: DomainOnHost, addresses: AddressReading | null = null): DomainState {
    // xl caps memory at a lower maxmem: that is what was asked for, not drift.
    const capped = typeof base.maxmem === "number" && typeof base.memory === "number"
      && base.maxmem < base.memory && d.memory <= base.maxmem;
    return {
      ...base,
      id: `${base.host}/${base.name}`,
      domid: d.domid,
      uuid: d.uuid,
      memory: capped ? base.memory : d.memory,
      maxmem: capped ? base.maxmem : d.maxmem,
      vcpus: d.vcpus,
      maxvcpus: d.maxvcpus,
      effective_type: d.effectiveType,
      disk: (blocksOwn(base, "disk") ? reconcileDevices("disk", devicesOf(base, "disk"), withoutSeedDisk(base, d.disks)) : devicesOf(base, "disk")) as DomainState["disk"],
      vif: withAddresses(blocksOwn(base, "vif") ? reconcileDevices("vif", devicesOf(base, "vif"), d.nics) : devicesOf(base, "vif"),
        d, addresses, devicesOf(base, "vif")) as DomainState["vif"],
    };
  }

  /**
   * The plan of the device blocks: a computed field the config leaves unset (a vif's mac)
   * keeps the prior value of the device at that index, else is unknown (the provider picks
   * it at apply); a change libxl cannot hot-plug for the guest's type replaces the guest.
   */
  function planDevices(prior: DomainState | null, config: Planned<DomainState>, planned: Planned<DomainState>, requireReplace: (p: Path) => void): Diagnostic[] {
    const notes: Diagnostic[] = [];
    const effective = (typeof planned.effective_type === "string" ? planned.effective_type : prior?.effective_type ?? null) as GuestType | null;
    for (const kind of DEVICE_BLOCKS) {
      if (isUnknown(config[kind])) continue;
      const declared = devicesOf(config, kind);
      const before = prior ? devicesOf(prior, kind) : [];
      const list = devicesOf(planned, kind).map((d, i) => {
        const out: Device = { ...d };
        for (const f of DEVICE_KINDS[kind].fields) {
          if (f.use !== "optional-computed" || (declared[i]?.[f.name] ?? null) !== null) continue;
          // An index is a device: changed in place, it keeps its address.
          (out as Record<string, CtyValue>)[f.name] = before[i]?.[f.name] ?? Unknown;
        }
        // A new interface, or one plugged anew, has addresses known only once it runs.
        if (kind === "vif" && (!before[i] || !sameDevice(kind, before[i], out, true))) {
          for (const n of VIF_READ_NAMES) (out as Record<string, CtyValue>)[n] = Unknown;
        }
        return out;
      });
      (planned as Record<string, CtyValue>)[kind] = list;
      if (!prior || !blocksOwn(config, kind)) continue;
      for (let i = 0; i < Math.max(before.length, list.length); i++) {
        if (sameDevice(kind, before[i], list[i], true)) continue;
        const live = (d: Device | undefined) => !d || hotpluggable(kind, d, effective);
        if (!live(before[i]) || !live(list[i])) {
          requireReplace([kind, i]);
          const d = !live(before[i]) ? before[i] : list[i];
          const why = kind === "disk" && d?.specification === "virtio" ? "a virtio disk cannot be hot-plugged"
            : kind === "disk" ? `an HVM guest's emulated disk (${String(d?.vdev)}) is fixed at start`
            : "an HVM guest's emulated interface is fixed at start";
          notes.push(warning(`Changing ${kind}[${i}] replaces guest "${String(config.name)}"`, `libxl cannot change it in the running guest: ${why}.`, [kind, i]));
        }
      }
    }
    return notes;
  }

  /** Whether the guest's config is linked into xendomains' directory; null when the host's listing does not say. */
  async function autostartOf(host: string, name: string): Promise<boolean | null> {
    return linkedIn(await reads.autostart(host), host, name);
  }

  /** Whether xendomains' directory, as a listing read it, links the guest's config. */
  function linkedIn(a: ReturnType<typeof parseAutostart>, host: string, name: string): boolean | null {
    if (!a) return null;
    const path = configPath(hosts.get(host).configDir, name);
    return a.links.get(`${a.dir.replace(/\/+$/, "")}/${autostartLinkName(path)}`) === path;
  }

  /** The guest a create read back in its own round trip (createGuest), if that listing succeeded. */
  function readBack(host: string, name: string, stdout: string, uuid: string): { d: DomainOnHost; linked: boolean | null; addresses: AddressReading | null } | undefined {
    const at = stdout.indexOf(`${CREATED_MARKER}\n`), end = stdout.lastIndexOf(`${CREATED_MARKER} 0\n`);
    if (at < 0 || end <= at) return undefined;
    const text = stdout.slice(at + CREATED_MARKER.length + 1, end);
    try {
      const all = parseListing(text, LISTING_MARKERS);
      const d = all.find(guestWith(uuid));
      const addresses = listedAddresses(host, text, all);
      return d && { d, linked: linkedIn(parseAutostart(text, LISTING_MARKERS), host, name), addresses: addresses instanceof Error ? null : addresses };
    } catch {
      return undefined; // cut short: read it the usual way
    }
  }

  /** Link or unlink the guest's config in xendomains' directory; an error diagnostic on autostart when that fails. */
  async function applyAutostart(host: string, name: string, on: boolean, seconds: number): Promise<Diagnostic | null> {
    const r = await lockedRun(host, name, on ? "linking the config for autostart" : "removing the autostart link",
      setAutostart(configPath(hosts.get(host).configDir, name), on), seconds);
    reads.changed(host);
    return r.code === 0 ? null : error(`Cannot ${on ? "set" : "remove"} autostart of "${name}" on host "${host}"`, r.stderr.trim() || `exit ${r.code}`, ["autostart"]);
  }

  /** Declared facts planned this change: before touching the host, it must still match them. */
  async function checkDeclaredFacts(host: string): Promise<Diagnostic | null> {
    const h = hosts.get(host);
    if (!h.declaredFacts) return null;
    const mismatch = factsMismatch(h.declaredFacts, await reads.liveFactsOf(h));
    return mismatch ? error(`Host "${host}" does not match its declared facts`,
      `${mismatch}. Nothing was changed. Update the facts block (and review the plan) before applying.`, ["host"]) : null;
  }

  /**
   * A change of guest `guest` as a script under the host-side lock (shared) and the guest's
   * own (exclusive); a lock that stays taken is an error naming it and its holder.
   */
  async function lockedRun(host: string, guest: string, label: string, body: string, seconds: number, stdin?: string, runSeconds = 0, stdinStream?: Readable) {
    const h = hosts.get(host);
    const r = await runLocked({ hosts, remote }, host, label, body, seconds, { guest, stdin, runSeconds, stdinStream });
    if (r.code === EXIT.noFlock || r.code === EXIT.cannotWrite || r.code === EXIT.cannotCheck) {
      throw new HostError(`host "${host}": ${r.stderr.trim() || `cannot use ${h.configDir}`}`);
    }
    return r;
  }

  /**
   * `xl create` was interrupted (dropped connection, timeout): its script may still be running
   * on the host. Under the guest's lock — taken once that script has ended — destroy the
   * domain with our uuid, also one still being built, and remove its config. When that cannot
   * be done (the host unreachable, the lock still held), record the guest as created by its
   * uuid (the engine taints it, and the next apply replaces or forgets it) rather than lose it.
   */
  async function afterInterruptedCreate(planned: DomainState, uuid: string, config: string, cause: unknown): Promise<Result<DomainState | null>> {
    const host = planned.host;
    const why = hostDiag(cause, ["name"]);
    // As long as the create itself was given: its script holds the guest's lock until it ends.
    const seconds = 2 * timeoutOf(planned, "create") + SLACK_SECONDS;
    try {
      const r = await lockedRun(host, planned.name, "cleaning up after xl create", cleanUpCreate(configPath(hosts.get(host).configDir, planned.name), uuid), seconds);
      reads.changed(host);
      if (r.code !== 0) throw new HostError(`host "${host}": xl destroy failed (exit ${r.code}): ${xlMessage(r.stderr)}`);
      const destroyed = /^destroyed (\d+)$/m.exec(r.stdout);
      return { value: null, diagnostics: [why, warning(`Nothing was left on host "${host}"`,
        destroyed ? `The guest that xl create started (uuid ${uuid}, domid ${destroyed[1]}) was destroyed.` : "No guest of this create is running.")] };
    } catch (e) {
      return { value: { ...planned, ...knownDevices(planned), uuid, domid: null, config } as DomainState, diagnostics: [why, error(`Could not check host "${host}" for the guest being created`,
        `${(e as Error).message}. It is recorded in state with uuid ${uuid}, so the next apply finds it (or finds it gone) by that uuid.`, ["name"])] };
    }
  }

  /** After a failed create: destroy a guest with our uuid, should one exist. */
  async function destroyOwnAfterFailure(host: string, uuid: string): Promise<Diagnostic[]> {
    try {
      const d = await ownGuest(host, uuid);
      if (d) await destroyOwn(host, d, DEFAULT_TIMEOUT_SECONDS);
      return [];
    } catch (e) {
      return [error(`Could not check host "${host}" for a half-created domain with uuid ${uuid}`,
        `${(e as Error).message}. Check with \`xl list -v\` on the host.`)];
    }
  }

  /**
   * xl destroy of our guest, checked on the host to still be ours; with `configFile`, the
   * config written for it goes in the same step (a run cut short after the destroy leaves
   * no file that a later refresh would never clean up).
   */
  async function destroyOwn(host: string, d: DomainOnHost, seconds: number, configFile?: string): Promise<void> {
    const body = destroyOwnGuest(d.domid, d.uuid) +
      (configFile ? ` && { ${removeOwnConfig(configFile, d.uuid)}; }` : "");
    const r = await lockedRun(host, d.name, `xl destroy ${d.domid}`, body, seconds);
    reads.changed(host);
    if (r.code !== 0 && r.code !== EXIT.notOurs) {
      throw new HostError(`host "${host}": xl destroy ${d.domid} failed (exit ${r.code}): ${xlMessage(r.stderr)}`);
    }
  }

  /**
   * Hot-plug the device changes into the running guest, index by index (an index is a
   * device id): detach what goes or changes, last first, then attach what comes, each
   * checked on the host to still be our guest. Then the devices are read back, so the
   * state says what the guest has, also when a step failed.
   */
  async function updateDevices(d: DomainOnHost, prior: DomainState, planned: DomainState, seconds: number) {
    const host = planned.host;
    const detach: [DeviceKind, number, Device][] = [];
    const attach: [DeviceKind, number, Device][] = [];
    for (const kind of DEVICE_BLOCKS) {
      if (!blocksOwn(planned, kind)) continue;
      const before = devicesOf(prior, kind), after = devicesOf(planned, kind);
      for (let i = 0; i < Math.max(before.length, after.length); i++) {
        if (sameDevice(kind, before[i], after[i], true)) continue;
        if (before[i]) detach.unshift([kind, i, before[i]]);
        if (after[i]) attach.push([kind, i, withMacs({ [kind]: [after[i]] })[kind][0]]);
      }
    }
    if (!detach.length && !attach.length) return { failure: null, devices: knownDevices(planned) };
    // An interface is unplugged by what the guest has: its MAC, else Xen's id of the one at
    // that index (ids have gaps after a detach by hand, or on an imported guest); one the
    // guest no longer has needs nothing. A new one takes its index as id where that is free.
    const inUse = new Set(d.nicDevids);
    const unplug: (readonly [DeviceKind, number, string[]])[] = [];
    for (const [k, i, dev] of detach) {
      if (k === "disk") { unplug.push([k, i, detachArgv(k, d.domid, dev, i)]); continue; }
      const at = typeof dev.mac === "string" ? d.nics.findIndex((n) => n.mac === dev.mac) : i < d.nics.length ? i : -1;
      if (at < 0) continue;
      inUse.delete(d.nicDevids[at]);
      unplug.push([k, i, detachArgv(k, d.domid, dev, typeof dev.mac === "string" ? dev.mac : d.nicDevids[at])]);
    }
    const steps = [...unplug, ...attach.map(([k, i, dev]) => {
      const id = k === "vif" && !inUse.has(i) ? i : null;
      if (id !== null) inUse.add(id);
      return [k, i, attachArgv(k, d.domid, dev, id)] as const;
    })];
    let failure: Diagnostic | null = null;
    for (const [kind, i, argv] of steps) {
      const r = await lockedRun(host, planned.name, argv.slice(0, 3).join(" "), onOwnGuest(d.domid, d.uuid, argv), seconds);
      reads.changed(host);
      if (r.code !== 0) {
        failure = r.code === EXIT.notOurs
          ? error(`Domain "${prior.name}" is no longer on host "${host}"`, r.stderr.trim(), [kind, i])
          : error(`${argv.slice(0, 2).join(" ")} failed on host "${host}" (exit ${r.code})`, xlMessage(r.stderr), [kind, i]);
        break;
      }
    }
    // What the guest has now, in the blocks' terms: after a failed step, the host's truth.
    const base: DomainState = failure ? { ...prior, ...knownDevices(prior) } : { ...planned, ...knownDevices(planned) };
    const now = await ownGuest(host, d.uuid);
    const read = now ? stateFrom(base, now, await reads.addresses(host).catch(() => null)) : base;
    return { failure, devices: { disk: devicesOf(read, "disk"), vif: devicesOf(read, "vif") } as Record<DeviceKind, Device[]> };
  }

  /**
   * Before the rest of the plan: a seed added, removed or with changed arguments replaces the
   * guest (cloud-init reads a seed at first boot of an instance; a new guest is a new uuid,
   * so a new instance-id, and cloud-init runs its first-boot modules again).
   */
  function seedReplacement(prior: DomainState | null, config: Planned<DomainState>, requireReplace: (p: Path) => void): void {
    if (!prior) return;
    const before = seedOf(prior), now = config.cloud_init;
    if (isUnknown(now)) { requireReplace(["cloud_init"]); return; }
    const after = seedOf(config);
    if (!before && !after) return;
    if (!before || !after) { requireReplace(["cloud_init"]); return; }
    const vdev = after.vdev ?? defaultSeedVdev(prior.effective_type as GuestType | null);
    if (importedSeed(before)) {
      // Its inputs are not known, its image is: the declared block stays if it makes that image.
      if (!sameValue(before.vdev ?? null, vdev) || adoptable(prior, after) !== true) requireReplace(["cloud_init"]);
      return;
    }
    if (SEED_INPUTS.some((k) => !sameValue(before[k] ?? null, k === "vdev" ? vdev : after[k] ?? null))) requireReplace(["cloud_init"]);
  }

  /**
   * A seed found on import: the guest's disk at its seed's path, whose image is known by its
   * sha256 but whose inputs are not (no instance_id yet). planSeed fills them from the
   * configuration once it is known to make the same image.
   */
  const importedSeed = (s: Record<string, CtyValue>) => s.instance_id === null && typeof s.sha256 === "string";

  /** Whether the declared block makes the image an imported seed has (built with the guest's uuid and name); null while its inputs are unknown. */
  function adoptable(prior: DomainState, declared: Record<string, CtyValue>): boolean | null {
    const inputs = [declared.user_data, declared.meta_data, declared.network_config];
    if (inputs.some(isUnknown) || typeof prior.uuid !== "string") return null;
    return seedImageOf(declared, prior.uuid, prior.name).sha256 === seedOf(prior)?.sha256;
  }

  /**
   * After a create: wait until each vif with a wait_for_ip block has an address (from the
   * source it names, of the family it asks), each for its own timeout, all through the host's
   * one poller. Errors name the guest and the interface; the guest runs and stays in the state.
   */
  async function waitForAddresses(host: string, name: string, d: DomainOnHost, vifs: Device[]): Promise<{ reading: AddressReading | null; diagnostics: Diagnostic[] }> {
    const asked = vifs.map((v, i) => ({ i, wait: waitOf(v), id: vifIdentity(d, i) })).filter((x) => x.wait !== null);
    if (!asked.length) return { reading: null, diagnostics: [] };
    const kept = `The guest runs and is recorded in the state with uuid ${d.uuid} (the engine marks it tainted, so the next apply replaces it; \`terraform untaint\` keeps it).`;
    let reading: AddressReading | null = null;
    const diagnostics: Diagnostic[] = [];
    const outcomes = await Promise.all(asked.map(async ({ i, wait, id }) => {
      const at: Path = ["vif", i, WAIT_FOR_IP.name];
      if (!id) return error(`Guest "${name}" on host "${host}" has no interface vif[${i}] to wait for`, kept, at);
      const w = wait!;
      const what = `vif[${i}] (${id.mac ?? "no MAC"}${id.bridge ? ` on ${id.bridge}` : ""})`;
      try {
        const o = await reads.addressPoller.wait(host, d.domid, d.uuid, w.timeoutSeconds * 1000,
          (r) => waitSatisfied(vifAddresses(r, d.domid, id, w.source), w.family));
        if (o.outcome === "done") { reading = o.reading; return null; }
        if (o.outcome === "gone") {
          return error(`Guest "${name}" stopped on host "${host}" while waiting for an address on ${what}`,
            `Domain ${d.domid} ${o.vm === null ? "is gone" : `is now another domain (${o.vm})`}: it shut down or crashed before the interface had an address.`, at);
        }
        if (o.reading) reading = o.reading;
        const seen = o.reading ? vifAddresses(o.reading, d.domid, id, w.source) : null;
        const had = seen && (seen.ipv4.length || seen.ipv6.length) ? ` It had only ${[...seen.ipv4, ...seen.ipv6].join(", ")} (${seen.source}), not an address a host can route${w.family ? ` of family ${w.family}` : ""}.` : "";
        const where = w.source === "agent" ? "no agent in the guest wrote one to xenstore (attr/vif/" + id.devid + "/ipv4|ipv6)"
          : w.source === "neighbour" ? `dom0's neighbour table has no entry for ${id.mac ?? "its MAC"} on ${id.bridge ?? "xenbr0"} (the guest has not exchanged packets with dom0 there)`
          : `no agent in the guest wrote one to xenstore, and dom0's neighbour table has no entry for ${id.mac ?? "its MAC"} on ${id.bridge ?? "xenbr0"}`;
        return error(`Guest "${name}" on host "${host}": ${what} has no address after ${w.timeoutSeconds} s`,
          `Waited ${w.timeoutSeconds} s (${o.polls} polls): ${where}.${had} ${kept}`, at);
      } catch (e) {
        return error(`Guest "${name}" on host "${host}": waiting for an address on ${what} failed`, `${(e as Error).message}. ${kept}`, at);
      }
    }));
    for (const o of outcomes) if (o) diagnostics.push(o);
    return { reading, diagnostics };
  }

  /**
   * The seed's plan, once the guest's is made: its checks (YAML, schema, size, vdev) and its
   * computed values. A seed that stays keeps them; a new one (a create or a replacement) has
   * its image built at create, with the new guest's uuid as instance-id unless meta_data sets one.
   */
  function planSeed(prior: DomainState | null, config: Planned<DomainState>, planned: Planned<DomainState>, replacing: boolean): Diagnostic[] {
    const c = seedOf(config);
    if (!c) return [];
    const effective = (typeof planned.effective_type === "string" ? planned.effective_type : null) as GuestType | null;
    const vdev: CtyValue = typeof c.vdev === "string" ? c.vdev : isUnknown(c.vdev) ? Unknown : defaultSeedVdev(effective);
    const diags: Diagnostic[] = [];
    const inputs = [c.user_data, c.meta_data, c.network_config, vdev];
    if (!inputs.some(isUnknown) && !isUnknown(config.disk) && !isUnknown(config.xl_config)) {
      const disks = devicesOf(config, "disk");
      if (!disks.some((d) => Object.values(d).some(isUnknown))) {
        diags.push(...checkSeed({ user_data: c.user_data as string | null, meta_data: c.meta_data as string | null, network_config: c.network_config as string | null, vdev: vdev as string },
          disks, effective, config.xl_config as Record<string, unknown> | null).map(toDiag));
      }
    }
    const before = prior ? seedOf(prior) : null;
    if (before && !replacing) {
      // A seed refresh found removed or changed on the host (no sha256: seedAsFound) is written again, the same image.
      const restore = before.sha256 === null && typeof before.path === "string";
      // An imported seed the declared block makes (seedReplacement) takes its instance-id from it.
      const instanceId = importedSeed(before) && typeof prior?.uuid === "string" && !isUnknown(c.meta_data)
        ? instanceIdOf(typeof c.meta_data === "string" ? c.meta_data : null, prior.uuid) : before.instance_id ?? null;
      (planned as Record<string, CtyValue>).cloud_init = {
        ...c, vdev, instance_id: instanceId, path: before.path ?? null,
        sha256: restore ? Unknown : before.sha256 ?? null, identity: restore ? Unknown : before.identity ?? null,
      };
      return diags;
    }
    const known = typeof config.host === "string" && typeof config.name === "string";
    const explicitId = typeof c.meta_data === "string" && !diags.some((d) => d.severity === "error") ? instanceIdOf(c.meta_data, "") : "";
    (planned as Record<string, CtyValue>).cloud_init = {
      ...c, vdev,
      instance_id: explicitId ? explicitId : Unknown,
      sha256: Unknown,
      path: known ? seedPath(hosts.get(String(config.host)).configDir, String(config.name)) : Unknown,
      identity: Unknown,
    };
    return diags;
  }

  /** Seeds uploaded by creates of this process, until the create ends: host/name → seed. */
  const uploadedSeeds = new Map<string, SeedState>();

  /**
   * Build the seed image with the guest's uuid and place it on the host (mode 0600, temporary
   * name, checked, renamed): at a create, where nothing may be at its path; to restore one that
   * refresh found removed or changed (`restore`), where nothing is or over the file this
   * provider wrote (`over`: its identity). The same inputs and uuid make the same image, so a
   * restored seed is the one the guest first booted with (cloud-init sees the same instance-id).
   */
  async function uploadSeed(planned: DomainState, uuid: string, seconds: number, restore?: { over: string | null }): Promise<{ seed: SeedState } | { diagnostics: Diagnostic[] }> {
    const s = seedOf(planned)!;
    const host = planned.host, name = planned.name;
    const dir = hosts.get(host).configDir;
    const { image, sha256 } = seedImageOf(s, uuid, name);
    const path = seedPath(dir, name);
    const outcome = restore ? "The guest runs on; its seed is not restored." : "Nothing was created.";
    let r;
    try {
      r = await lockedRun(host, name, `uploading the cloud-init seed ${path}`, uploadFile(dir, path, path.slice(path.lastIndexOf("/") + 1), restore?.over ?? null),
        seconds, undefined, 0, Readable.from([uploadHeader(image.length), image]));
    } catch (e) {
      if (!(e instanceof SshError) || e.notRun) throw e;
      return { diagnostics: [error(`The cloud-init seed did not reach host "${host}" whole`,
        `${e.message}. The host removes the temporary file it was writing when the upload is cut off: nothing new is at ${path}. ${outcome}`, ["cloud_init"])] };
    }
    reads.changed(host);
    const where = `${path} on host "${host}"`;
    if (r.code === EXIT.nameTaken || r.code === EXIT.notOurs) {
      return { diagnostics: [error(`A file is already at the cloud-init seed's path ${where}`,
        `${restore ? "It is not the seed this configuration wrote (another file was put in its place)" : "It is not a seed this configuration wrote (a guest of that name destroyed outside Terraform leaves its seed behind)"}, so it is left alone. ${outcome} Remove it and apply again.`, ["cloud_init"])] };
    }
    if (r.code === EXIT.uploadWrite) {
      return { diagnostics: [error(`Cannot write the cloud-init seed in ${dir} on host "${host}"`, `${r.stderr.trim()}. Nothing was written at ${path}. ${outcome}`, ["cloud_init"])] };
    }
    if (r.code !== 0) return { diagnostics: [error(`Cannot place the cloud-init seed at ${where} (exit ${r.code})`, `${r.stderr.trim()}. ${outcome}`, ["cloud_init"])] };
    const seen = parseFileSeen(r.stdout);
    if (!("identity" in seen) || seen.size !== image.length) return { diagnostics: [error(`Placed the cloud-init seed at ${where} but cannot read it back`, r.stdout.trim(), ["cloud_init"])] };
    const seed: SeedState = {
      user_data: str(s.user_data), meta_data: str(s.meta_data), network_config: str(s.network_config), vdev: str(s.vdev),
      instance_id: instanceIdOf(str(s.meta_data), uuid), sha256, path, identity: seen.identity,
    };
    return { seed };
  }

  /**
   * At import: a guest this provider created with a seed (its disk at the seed's path in
   * config_dir, the file there regular) has it back as its cloud_init block, known by its
   * image's sha256 (read on the host) and not by its inputs: the declared block keeps the
   * guest if it makes that image (seedReplacement), and fills them in. Else null: such a disk
   * is then one of the `disk` blocks.
   */
  async function importSeed(host: string, name: string, d: DomainOnHost): Promise<SeedState | null> {
    const path = seedPath(hosts.get(host).configDir, name);
    const disk = d.disks.find((x) => x.target === path);
    if (!disk || typeof disk.vdev !== "string") return null;
    const r = await remote.read(host, fileRead(path, null));
    const seen = r.code === 0 ? parseFileSeen(r.stdout) : null;
    if (!seen || !("identity" in seen) || !seen.sha256) return null;
    return { user_data: null, meta_data: null, network_config: null, vdev: disk.vdev, instance_id: null, sha256: seen.sha256, path, identity: seen.identity };
  }

  /**
   * The seed as refresh finds it on the host: undefined when it is as written (or there is none
   * to check); else — removed, replaced, written to, or a link — the block without its sha256,
   * which plans it written again. Its identity stays the file this provider wrote: the restore
   * writes over that file or where nothing is, never over another file put in its place.
   */
  async function seedAsFound(host: string, o: DomainState): Promise<SeedState | undefined> {
    const s = seedOf(o);
    if (!s || typeof s.path !== "string" || typeof s.identity !== "string") return undefined;
    const seeds = await reads.seeds(host);
    if (!seeds || seeds.get(s.path) === s.identity) return undefined;
    return { ...(s as SeedState), sha256: null };
  }

  /** Remove the seed file this provider wrote (by its device and inode; never through a link). A warning when it is not removed. */
  async function removeSeed(o: DomainState, seconds: number): Promise<Diagnostic[]> {
    const s = seedOf(o);
    if (!s || typeof s.path !== "string") return [];
    const where = `${s.path} on host "${o.host}"`;
    if (typeof s.identity !== "string") return [warning(`The cloud-init seed ${where} was never read back`, "Without its identity the provider cannot tell it is its own; it is left on the host.", ["cloud_init"])];
    const r = await lockedRun(o.host, o.name, `removing the cloud-init seed ${s.path}`, deleteFile(s.path, s.identity), seconds);
    if (r.code !== 0) return [warning(`Cannot remove the cloud-init seed ${where} (exit ${r.code})`, r.stderr.trim(), ["cloud_init"])];
    const said = r.stdout.trim().split("\n").pop() ?? "";
    if (said === "symlink" || said.startsWith("other")) {
      return [warning(`The cloud-init seed ${where} was not removed`, `It is ${said === "symlink" ? "a symbolic link" : "another file"} now, not the seed this configuration wrote; it is left alone.`, ["cloud_init"])];
    }
    return [];
  }

  async function planGuest({ prior, config, planned, requireReplace, replacing }: ModifyPlanRequest<DomainState>): Promise<Diagnostic[]> {
      const diags: Diagnostic[] = [];
      const facts = await factsFor(config.host);
      if (!("machine" in facts)) return [facts];

      const claim = claimName(config, prior);
      if (claim !== null && claim !== "create half") return [claim];
      // The create half of a replacement, planned again with no prior state: its host was checked with the prior.
      const createHalf = claim === "create half";
      const shared = claimTargets(config);
      if (shared.length) return shared;
      const denied = guestAllowFindings(String(config.host), hosts.get(String(config.host)).allow, config as Record<string, CtyValue>);
      if (denied.length) return denied;

      planned.id = typeof config.host === "string" && typeof config.name === "string" ? `${config.host}/${config.name}` : Unknown;
      if (containsUnknown(config as Record<string, CtyValue>)) {
        // Part of the config is known only at apply: resolve what is known, later.
        planned.effective_type = Unknown;
        planned.config = Unknown;
        planned.type = config.type ?? (prior?.type ?? null);
      } else {
        let r = resolve(config, facts);
        planned.type = plannedType(config, prior, facts, r.effectiveType) as string | null;
        // A type kept from the prior state (same effective type) is what the file says.
        if (planned.type !== config.type && !refused(r)) r = resolve({ ...config, type: planned.type }, facts);
        diags.push(...r.findings.map(toDiag));
        if (refused(r)) return diags;
        planned.effective_type = r.effectiveType;
        planned.config = configText({ ...config, type: planned.type }, facts);
      }
      diags.push(...planDevices(prior, config, planned, requireReplace));
      if (!prior) {
        if (typeof planned.config === "string" && !createHalf) diags.push(...await hostChecks(config, planned, null, facts, planned.effective_type as GuestType | null, false, "plan"));
        return diags;
      }

      for (const k of ARCH_CHANGES) {
        const key = k as keyof DomainState;
        if (!changesLive(facts.machine, k) && !sameValue(prior[key] as CtyValue, planned[key] as CtyValue)) requireReplace([k]);
      }
      if (typeof planned.config === "string") {
        diags.push(...await hostChecks(config, planned, prior, facts, planned.effective_type as GuestType | null, !replacing(), "plan"));
      }
      if (replacing()) {
        // The create half of this replacement is planned again, with no prior state: not a second claim.
        const key = nameKey(config);
        const claimed = key === null ? undefined : plannedNames.get(key);
        if (claimed) claimed.replacing = true;
        return diags;
      }
      const maxmem = planned.maxmem as number, maxvcpus = planned.maxvcpus as number;
      if (typeof planned.memory === "number" && planned.memory > maxmem && planned.memory !== prior.memory) {
        diags.push(error(`memory (${planned.memory}) cannot grow above maxmem (${maxmem}) in place`, "Raise maxmem too (which replaces the domain).", ["memory"]));
      }
      if (typeof planned.vcpus === "number" && planned.vcpus > maxvcpus) {
        diags.push(error(`vcpus (${planned.vcpus}) cannot exceed maxvcpus (${maxvcpus})`, undefined, ["vcpus"]));
      }
      return diags;
  }

  async function createGuestFrom(planned: DomainState): Promise<Result<DomainState | null>> {
      const host = planned.host;
      const name = planned.name;
      const blocked = blockedBy(host, name);
      if (blocked) return { value: null, diagnostics: [blocked] };
      const stale = await checkDeclaredFacts(host);
      if (stale) return { value: null, diagnostics: [stale] };
      const diags: Diagnostic[] = await checkBeforeChange(null, planned);
      if (hasErrors(diags)) return { value: null, diagnostics: diags };
      const facts = await factsFor(host);
      if (!("machine" in facts)) return { value: null, diagnostics: [facts] };
      const h = hosts.get(host);
      const r = resolve(planned, facts);
      if (refused(r) || !r.config) return { value: null, diagnostics: r.findings.map(toDiag) };
      const planText = configText(planned, facts) ?? r.config;

      // The guest's uuid is ours: the one thing that tells our guest from any other of that name.
      const uuid = randomUUID();
      const devices = withMacs(planned);
      const path = configPath(h.configDir, name);
      const seconds = timeoutOf(planned, "create");
      // The seed first, with this uuid as its instance-id: the guest's file names it as a disk.
      if (seedOf(planned)) {
        const up = await uploadSeed(planned, uuid, seconds);
        if (!("seed" in up)) return { value: null, diagnostics: [...diags, ...up.diagnostics] };
        uploadedSeeds.set(`${host}\0${name}`, up.seed);
        planned = { ...planned, cloud_init: up.seed };
      }
      // The file on the host: the planned config, with the MACs picked now, the seed's disk and the uuid.
      const file = `${resolve({ ...planned, ...devices, disk: withSeedDisk(planned, devices.disk) }, facts).config ?? r.config}${uuidLine(uuid)}\n`;
      let res;
      try {
        res = await lockedRun(host, name, `xl create ${path}`, createGuest(name, path), seconds, file);
      } catch (e) {
        // A lock that stayed taken, or a config that could not be written: xl create never ran.
        if (!(e instanceof SshError)) throw e;
        // Never sent (no connection came free): nothing ran either.
        if (e.notRun) return { value: null, diagnostics: [hostDiag(e, ["name"])] };
        // Dropped or given up: the outcome is unknown. Make sure no half-created guest of ours stays behind.
        return afterInterruptedCreate({ ...planned, ...devices }, uuid, planText, e);
      } finally {
        reads.changed(host);
      }
      if (res.code === EXIT.nameTaken) {
        return { value: null, diagnostics: [error(`A domain named "${name}" already exists on host "${host}" (${res.stderr.trim()})`,
          `It is not one this configuration created, so it is left alone. Import it with: terraform import <address> ${host}/${name}`, ["name"])] };
      }
      if (res.code === EXIT.configTaken) {
        return { value: null, diagnostics: [error(`A config file for a guest named "${name}" is already on host "${host}"`,
          `${path} (${res.stderr.trim()}) is the config of a domain that is on the host (renamed, or being created), or not one this ` +
          "provider wrote. It is left alone and nothing was created. Remove it if it is stale, or import that guest.", ["name"])] };
      }
      if (res.code !== 0) {
        // xl destroys what it half-made itself; check for our uuid all the same.
        const cleanup = await destroyOwnAfterFailure(host, uuid);
        return { value: null, diagnostics: [error(`xl create failed on host "${host}" (exit ${res.code})`,
          xlMessage(res.stderr || res.stdout) + (cleanup.length ? "" : "\nNo domain was left behind."), ["name"]), ...cleanup] };
      }
      // The create script's own line about a stale config it replaced, apart from xl's messages.
      const said = res.stderr.split("\n");
      const staleConfig = said.find((l) => l.startsWith(STALE_CONFIG))?.slice(STALE_CONFIG.length).trim();
      if (staleConfig) {
        diags.push(warning(`Replaced a stale config of "${name}" on host "${host}"`,
          `${path} was the config of the guest with uuid ${staleConfig}, which no domain on the host has any more (destroyed outside Terraform).`, ["name"]));
      }
      const warnings = xlMessage(said.filter((l) => !l.startsWith(STALE_CONFIG)).join("\n"));
      if (warnings) diags.push(warning(`xl create printed warnings on host "${host}"`, warnings, ["type"]));
      // From here on the guest runs: whatever fails next, the state keeps it by its uuid
      // (the engine taints a create that returns an error with a state).
      let state: DomainState = { ...planned, ...devices, uuid, domid: null, config: planText };
      if (planned.autostart === true) {
        let failed: Diagnostic | null;
        try {
          failed = await applyAutostart(host, name, true, seconds);
        } catch (e) {
          failed = error(`Cannot set autostart of "${name}" on host "${host}"`, `${(e as Error).message}. The guest runs and is recorded in state with uuid ${uuid}.`, ["autostart"]);
        }
        if (failed) { diags.push(failed); planned = { ...planned, autostart: false }; state = { ...state, autostart: false }; }
      }
      // Read back in the create's own round trip; an autostart link made since is read anew.
      const back = readBack(host, name, res.stdout, uuid);
      let d: DomainOnHost | undefined = back?.d;
      try {
        if (!d) d = await ownGuest(host, uuid);
        // Listed by `xl list` but not yet by `xl list -l`: libxl is still storing its config.
        for (let i = 0; i < 20 && !d && (await reads.list(host)).some((x) => x.incomplete && x.name === name); i++) {
          await sleep(500);
          d = await ownGuest(host, uuid);
        }
      } catch (e) {
        // It runs; only reading it back failed. Record it, so nothing runs untracked.
        diags.push(warning(`Guest "${name}" was created on host "${host}" but could not be read back`,
          `${(e as Error).message}. It is recorded in state with uuid ${uuid}; the next refresh reads it.`, ["name"]));
        return { value: state, diagnostics: diags };
      }
      if (!d) {
        return { value: null, diagnostics: [...diags, error(`xl create succeeded but no domain "${name}" is listed on host "${host}"`,
          "The guest may have exited at once (check on_poweroff / the guest console).", ["name"])] };
      }
      if (d.effectiveType && d.effectiveType !== planned.effective_type) {
        diags.push(error(`The host runs "${name}" as ${d.effectiveType}, not ${String(planned.effective_type)} as planned`,
          "The model of this Xen version disagrees with the host: please report it. The state records what runs."));
      }
      const linked = back && planned.autostart !== true ? back.linked : await autostartOf(host, name).catch(() => null);
      const waited = await waitForAddresses(host, name, d, devicesOf(state, "vif"));
      diags.push(...waited.diagnostics);
      // The wait's last reading, else the create's own listing's, else one read now.
      const addresses = waited.reading ?? (back?.d === d ? back.addresses : null) ?? await reads.addresses(host).catch(() => null);
      return { value: { ...stateFrom(state, d, addresses), effective_type: d.effectiveType ?? planned.effective_type, autostart: linked ?? state.autostart }, diagnostics: diags };
  }

  return {
    schema: domainSchema,

    validate(config) {
      const d: Diagnostic[] = [];
      const values = config as Record<string, CtyValue>;
      for (const k of COUNTS) {
        const v = values[k];
        if (typeof v === "number" && (!Number.isSafeInteger(v) || v < 0)) {
          d.push(error(`${k} must be a whole, non-negative number`, `Got ${v}.`, [k]));
        }
      }
      if (typeof config.shutdown_timeout === "number" && config.shutdown_timeout > MAX_WAIT_SECONDS) {
        d.push(error(`shutdown_timeout must be at most ${MAX_WAIT_SECONDS} seconds (a day)`, `Got ${config.shutdown_timeout}.`, ["shutdown_timeout"]));
      }
      d.push(...checkTimeouts(config.timeouts));
      if (Array.isArray(config.vif)) {
        (config.vif as Device[]).forEach((v, i) => {
          const w = (v as Record<string, unknown>)?.[WAIT_FOR_IP.name];
          if (!w || typeof w !== "object" || isUnknown(w as CtyValue)) return;
          const o = w as Record<string, CtyValue>;
          const at: Path = ["vif", i, WAIT_FOR_IP.name];
          if (typeof o.timeout === "string") {
            const secs = parseDuration(o.timeout);
            if (secs === null || secs === 0 || secs > MAX_WAIT_SECONDS) {
              d.push(error('wait_for_ip.timeout must be a duration like "90s", "5m" or "1h" (at most 24h)', `Got "${o.timeout}".`, [...at, "timeout"]));
            }
          }
          for (const [k, allowed] of [["source", WAIT_SOURCES], ["family", WAIT_FAMILIES]] as const) {
            const x = o[k];
            if (typeof x === "string" && !(allowed as readonly string[]).includes(x)) {
              d.push(error(`Invalid wait_for_ip.${k} "${x}"`, `Allowed values: ${allowed.map((a) => `"${a}"`).join(", ")}.`, [...at, k]));
            }
          }
        });
      }
      if (config.name === "Domain-0") {
        d.push(error("name must not be Domain-0", "Domain-0 is the host's control domain; this provider never manages it.", ["name"]));
      }
      if (typeof config.name === "string" && config.name.startsWith("-")) {
        d.push(error("name must not start with \"-\"", "xl would read such a name as an option in the commands that name a guest (xl domid, xl list).", ["name"]));
      }
      const xl = config.xl_config;
      if (xl && typeof xl === "object" && !isUnknown(xl) && "uuid" in xl) {
        d.push(error("xl_config must not set uuid", "The provider gives each guest its own uuid at create: it is how it tells its guest from any other of that name. Leave uuid out.", ["xl_config", { key: "uuid" }]));
      }
      return d;
    },

    async modifyPlan(req) {
      seedReplacement(req.prior, req.config, req.requireReplace);
      const diags = await planGuest(req);
      // The seed's own checks also when the rest has errors: one plan shows every problem.
      const seed = planSeed(req.prior, req.config, req.planned, req.replacing());
      return [...diags, ...seed];
    },

    async create(planned) {
      const r = await createGuestFrom(planned);
      const key = `${planned.host}\0${planned.name}`;
      const seed = uploadedSeeds.get(key);
      uploadedSeeds.delete(key);
      // Nothing was created: the seed placed for it goes too.
      if (seed && r.value === null) {
        try {
          r.diagnostics.push(...await removeSeed({ ...planned, cloud_init: seed }, timeoutOf(planned, "delete")));
        } catch (e) {
          r.diagnostics.push(warning(`Cannot remove the cloud-init seed ${seed.path} on host "${planned.host}"`, `${(e as Error).message}. Remove it by hand before the next apply.`, ["cloud_init"]));
        }
      }
      return r;
    },

    async read(state) {
      const host = state.host;
      if (typeof state.uuid !== "string" || state.uuid === "") {
        return { value: state, diagnostics: [error(`The state of "${state.name}" has no uuid`,
          `Without it the provider cannot tell its guest from another of that name. Import it again: terraform import <address> ${host}/${state.name}`)] };
      }
      const domains = await reads.list(host);
      const d = domains.find(guestWith(state.uuid));
      if (!d && domains.some((x) => x.incomplete && x.name === state.name)) {
        return { value: state, diagnostics: [error(`Guest "${state.name}" on host "${host}" is listed by xl list but not by xl list -l`,
          "A domain of that name is being created (or was made without libxl), so whether it is this guest cannot be told now. The state is kept as it was; run the plan again.")] };
      }
      if (!d) {
        const stranger = domains.find((x) => x.name === state.name);
        return { value: null, diagnostics: stranger ? [warning(`Guest "${state.name}" is gone from host "${host}"`,
          `A domain of the same name runs there (domid ${stranger.domid}, uuid ${stranger.uuid}), but it is not the guest this ` +
          `configuration manages (uuid ${state.uuid}), so it is left alone. Import it, or remove it, before the next apply creates the guest again.`)] : [] };
      }
      if (d.effectiveType === null) {
        return { value: state, diagnostics: [error(`Cannot read the type guest "${state.name}" runs as on host "${host}"`,
          `xenstore has no /libxl/${d.domid}/type. The state is kept as it was.`)] };
      }
      const linked = await autostartOf(host, state.name);
      let addresses: AddressReading | null = null;
      if (d.nics.length) {
        try {
          addresses = await reads.addresses(host);
        } catch (e) {
          return { value: state, diagnostics: [error(`Cannot read the addresses of guest "${state.name}" on host "${host}"`, `${(e as Error).message}. The state is kept as it was.`, ["vif"])] };
        }
      }
      const seed = await seedAsFound(host, state);
      return { value: { ...stateFrom(state, d, addresses), autostart: linked ?? state.autostart, ...(seed ? { cloud_init: seed } : {}) }, diagnostics: [] };
    },

    async update(prior, planned) {
      const host = planned.host;
      const blocked = blockedBy(host, planned.name);
      if (blocked) return { value: prior, diagnostics: [blocked] };
      const stale = await checkDeclaredFacts(host);
      if (stale) return { value: prior, diagnostics: [stale] };
      const checked = await checkBeforeChange(prior, planned);
      if (hasErrors(checked)) return { value: prior, diagnostics: checked };
      const d = await ownGuest(host, prior.uuid);
      if (!d) {
        return { value: prior, diagnostics: [error(`Domain "${prior.name}" is no longer on host "${host}"`,
          "It was destroyed outside of Terraform. Run plan again: it will offer to create it.")] };
      }
      const id = String(d.domid);
      const seconds = timeoutOf(planned, "update");
      const steps: ["memory" | "vcpus", string[]][] = [];
      if (planned.memory !== prior.memory) steps.push(["memory", ["xl", "mem-set", id, `${planned.memory}m`]]);
      if (planned.vcpus !== prior.vcpus) steps.push(["vcpus", ["xl", "vcpu-set", id, String(planned.vcpus)]]);
      let current = { ...prior };
      for (const [attr, argv] of steps) {
        const r = await lockedRun(host, planned.name, argv.join(" "), onOwnGuest(d.domid, d.uuid, argv), seconds);
        reads.changed(host);
        if (r.code === EXIT.notOurs) {
          return { value: current, diagnostics: [error(`Domain "${prior.name}" is no longer on host "${host}"`, r.stderr.trim(), [attr])] };
        }
        if (r.code !== 0) {
          return { value: current, diagnostics: [error(`${argv.slice(0, 2).join(" ")} failed on host "${host}" (exit ${r.code})`, xlMessage(r.stderr), [attr])] };
        }
        current = { ...current, [attr]: planned[attr] };
      }
      const devices = await updateDevices(d, prior, planned, seconds);
      if (devices.failure) return { value: { ...current, ...devices.devices }, diagnostics: [devices.failure] };
      const priorSeed = seedOf(prior);
      if (priorSeed && priorSeed.sha256 === null && seedOf(planned)) {
        const up = await uploadSeed(planned, d.uuid, seconds, { over: typeof priorSeed.identity === "string" ? priorSeed.identity : null });
        if (!("seed" in up)) return { value: { ...current, ...devices.devices }, diagnostics: up.diagnostics };
        planned = { ...planned, cloud_init: up.seed };
        current = { ...current, cloud_init: up.seed };
      }
      const h = hosts.get(host);
      const devicesChanged = DEVICE_BLOCKS.some((k) => JSON.stringify(devicesOf(prior, k)) !== JSON.stringify(devices.devices[k]));
      // A guest linked for autostart needs its file on the host (an imported one has none yet).
      const linking = planned.autostart === true && prior.autostart !== true;
      if (typeof planned.config === "string" && (planned.config !== prior.config || devicesChanged || linking)) {
        const facts = await factsFor(host);
        const text = ("machine" in facts ? resolve({ ...planned, ...devices.devices, disk: withSeedDisk(planned, devices.devices.disk) }, facts).config : null) ?? planned.config;
        const r = await lockedRun(host, planned.name, "writing the config", writeConfig(configPath(h.configDir, planned.name)), seconds, `${text}${uuidLine(d.uuid)}\n`);
        if (r.code !== 0) throw new HostError(`host "${host}": cannot write the config: ${r.stderr.trim() || `exit ${r.code}`}`);
      }
      if (planned.autostart !== prior.autostart && typeof planned.autostart === "boolean") {
        const failed = await applyAutostart(host, planned.name, planned.autostart, seconds);
        if (failed) return { value: { ...planned, ...devices.devices, domid: d.domid, uuid: d.uuid, autostart: prior.autostart }, diagnostics: [failed] };
      }
      return { value: { ...planned, ...devices.devices, domid: d.domid, uuid: d.uuid }, diagnostics: [] };
    },

    async delete(prior) {
      const host = prior.host;
      const h = hosts.get(host);
      if (prior.domid === 0 || prior.name === "Domain-0") {
        return { value: prior, diagnostics: [error("Refusing to destroy Domain-0", "Domain-0 is the host's control domain; this provider never shuts it down or destroys it. Remove it from state with `terraform state rm`.")] };
      }
      const d = await ownGuest(host, prior.uuid);
      if (d) {
        const timeout = typeof prior.shutdown_timeout === "number" ? Math.min(prior.shutdown_timeout, MAX_WAIT_SECONDS) : DEFAULT_SHUTDOWN_TIMEOUT;
        const seconds = timeoutOf(prior, "delete");
        if (timeout > 0) {
          // Under the guest's lock like every change, and bounded on the host itself: a guest
          // that does not shut down in time leaves no xl waiting there (nor the lock held).
          // Whatever it answers, what runs is read next.
          await lockedRun(host, d.name, `xl shutdown -w ${d.domid}`,
            onOwnGuest(d.domid, d.uuid, ["timeout", String(timeout), "xl", "shutdown", "-w", String(d.domid)]), seconds, undefined, timeout);
        }
        const still = await ownGuest(host, d.uuid);
        if (still) await destroyOwn(host, still, seconds, configPath(h.configDir, prior.name));
        // A destroyed domain can stay listed while Xen tears it down; a replacement of the
        // same name must not find it there.
        for (let i = 0; i < 40 && (await ownGuest(host, d.uuid)); i++) await sleep(250);
      }
      if (typeof prior.uuid === "string") {
        await lockedRun(host, prior.name, "removing the config", removeOwnConfig(configPath(h.configDir, prior.name), prior.uuid), timeoutOf(prior, "delete"));
      }
      return { value: null, diagnostics: await removeSeed(prior, timeoutOf(prior, "delete")) };
    },

    async importState(id) {
      const slash = id.indexOf("/");
      if (slash <= 0 || slash === id.length - 1) {
        return { value: null, diagnostics: [error("Import id must be <host>/<name>", `Got "${id}".`)] };
      }
      const host = id.slice(0, slash);
      const name = id.slice(slash + 1);
      const d = (await reads.list(host)).find((x) => x.name === name);
      if (!d) return { value: null, diagnostics: [error(`No domain named "${name}" on host "${host}"`, "Check `xl list` on the host.")] };
      if (d.incomplete) return { value: null, diagnostics: [error(`"${name}" on host "${host}" is still being created`, "xl list -l does not show it yet; import it once it runs.")] };
      if (isDom0(d)) {
        return { value: null, diagnostics: [error("Domain-0 cannot be imported",
          "Domain-0 is the host's control domain: managing it would let a destroy power off the host and every guest on it.")] };
      }
      if (d.effectiveType === null) {
        return { value: null, diagnostics: [error(`Cannot read the type "${name}" runs as on host "${host}"`, `xenstore has no /libxl/${d.domid}/type.`)] };
      }
      // Every attribute null but what the running guest says; shutdown_timeout gets its default.
      const base = Object.fromEntries(Object.keys(domainSchema.block.attributes).map((k) => [k, null])) as unknown as DomainState;
      Object.assign(base, {
        host, name,
        type: d.writtenType,
        kernel: d.kernel, ramdisk: d.ramdisk, cmdline: d.cmdline, bootloader: d.bootloader,
        memory: d.memory,
        shutdown_timeout: DEFAULT_SHUTDOWN_TIMEOUT,
        timeouts: null,
        cloud_init: await importSeed(host, name, d),
      });
      const state = { ...stateFrom(base, d, d.nics.length ? await reads.addresses(host).catch(() => null) : null), autostart: (await autostartOf(host, name)) ?? false };
      const facts = await reads.facts(host);
      const r = resolve(state, facts);
      state.config = configText(state, facts) ?? "";
      return { value: state, diagnostics: r.findings.filter((f) => f.severity === "warning").map(toDiag) };
    },

    failure: (e) => hostDiag(e),
  };
}
