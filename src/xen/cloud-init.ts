// A cloud-init NoCloud seed for a guest: what its files say, the plan's checks of them,
// and the disk it is attached as. Pure: no I/O (the image is built by iso9660.ts, the
// upload is src/resources').
//
// The seed is the three files NoCloud reads (user-data, meta-data and, when given,
// network-config) in a filesystem labelled `cidata` (DataSourceNoCloud looks the label up
// in upper and lower case, and mounts vfat or iso9660). meta-data's instance-id defaults
// to the guest's uuid and local-hostname to its name; the user's meta_data adds keys or
// overrides them.
import { isMap, parseDocument, type Document } from "yaml";
import { CLOUD_CONFIG_KEYS } from "./cloud-config-keys";
import { diskNumber } from "./devices";
import { refuse, warn, type Finding, type Step } from "./finding";
import type { GuestType } from "./guest-type";
import { isoImage } from "./iso9660";

/** The seed block's values as the plan holds them. */
export interface SeedInput {
  readonly user_data?: string | null;
  readonly meta_data?: string | null;
  readonly network_config?: string | null;
  readonly vdev?: string | null;
}

/** A key's shape in the cloud-config schema (scripts/gen-cloud-config-keys.mjs). */
export interface ConfigShape {
  /** The JSON types it takes. */
  readonly t: readonly string[];
  /** The values it takes, when the schema lists them. */
  readonly e?: readonly (string | number | boolean | null)[];
  /** The fewest items of a list. */
  readonly min?: number;
  /** The shape of a list's items. */
  readonly i?: ConfigShape;
  /** A closed mapping's keys (anything else is refused) and those it requires. */
  readonly k?: readonly string[];
  readonly r?: readonly string[];
}

/** The volume label NoCloud looks for. */
export const SEED_LABEL = "cidata";

/**
 * The most the seed's files may hold together. cloud-init's NoCloud sets no limit of its own:
 * it reads each file of the seed whole (DataSourceNoCloud.py: mount_cb with
 * util.pathprefix2dict, which calls util.load_file; no size check in either, cloud-init
 * 22.4.2 as Debian 12 ships it). The limit is the provider protocol's: the seed's inputs
 * travel in the guest's values, which PlanResourceChange and ApplyResourceChange carry three
 * times (prior state, proposed or planned state, config) in one message of at most 256 MiB
 * (the provider's gRPC limit). 64 MiB keeps three copies and the rest of the guest inside it.
 */
export const SEED_MAX_BYTES = 64 * 1024 * 1024;

/** The vdev a seed takes when the block leaves it unset: a PV disk far from the usual ones; an emulated IDE disk for HVM. */
export const defaultSeedVdev = (effective: GuestType | null): string => (effective === "hvm" ? "hdd" : "xvdz");

const at = (field: string): Step[] => ["cloud_init", field];

/** The line and column of a YAML error, and its kind, never the text around it (user-data may hold secrets). */
function yamlErrors(field: string, text: string): { doc: Document | null; findings: Finding[] } {
  const doc = parseDocument(text, { version: "1.1", prettyErrors: false, uniqueKeys: true });
  if (!doc.errors.length) return { doc, findings: [] };
  const e = doc.errors[0];
  const offset = Math.min(e.pos[0], text.length);
  const before = text.slice(0, offset);
  const where = `line ${before.split("\n").length}, column ${offset - before.lastIndexOf("\n")}`;
  // The parser's own message names the problem; its first sentence, without quoted source.
  const why = e.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "").replace(/"[^"]*"/g, "…");
  return { doc: null, findings: [refuse(at(field), `cloud_init.${field} is not valid YAML (${where})`,
    `${why} (${e.code}). cloud-init would not read it.`)] };
}

/** What cloud-init does with user-data, by its first line (cloudinit/handlers: the part's start). */
export function userDataKind(text: string): "cloud-config" | "other" {
  const first = text.replace(/^\uFEFF/, "").split("\n", 1)[0].replace(/\r$/, "");
  return /^#cloud-config\s*$/i.test(first) ? "cloud-config" : "other";
}

const jsonTypes = (v: unknown): string[] =>
  v === null || v === undefined ? ["null"] : Array.isArray(v) ? ["array"] : typeof v === "boolean" ? ["boolean"]
    : typeof v === "number" ? (Number.isInteger(v) ? ["integer", "number"] : ["number"]) : typeof v === "string" ? ["string"]
    : v instanceof Date ? ["string"] : ["object"];

const fits = (shape: ConfigShape, v: unknown) => jsonTypes(v).some((t) => shape.t.includes(t));

/** Where in the value the schema refuses it, and why (without the value: it may be a secret). */
function refusal(shape: ConfigShape, v: unknown, path: string): string | null {
  if (!fits(shape, v)) return `${path} is ${jsonTypes(v)[0] === "integer" ? "a number" : `a${/^[aeiou]/.test(jsonTypes(v)[0]) ? "n" : ""} ${jsonTypes(v)[0]}`}; the schema takes ${shape.t.filter((t) => t !== "integer" || !shape.t.includes("number")).join(" or ")}`;
  if (shape.e && !shape.e.some((x) => x === v)) return `${path} is none of ${shape.e.map((x) => JSON.stringify(x)).join(", ")}`;
  if (Array.isArray(v)) {
    if (shape.min !== undefined && v.length < shape.min) return `${path} has ${v.length} items; the schema takes at least ${shape.min}`;
    if (shape.i) for (let n = 0; n < v.length; n++) { const r = refusal(shape.i, v[n], `${path}[${n}]`); if (r) return r; }
  } else if (v && typeof v === "object" && !(v instanceof Date) && shape.k) {
    const extra = Object.keys(v).filter((k) => !shape.k!.includes(k));
    if (extra.length) return `${path} has ${extra.map((k) => `"${k}"`).join(", ")}, which the schema does not allow there (it takes ${shape.k.join(", ")})`;
    const missing = (shape.r ?? []).filter((k) => !(k in v));
    if (missing.length) return `${path} lacks ${missing.join(", ")}, which the schema requires`;
  }
  return null;
}

/** The warnings for a #cloud-config that Debian's cloud-init schema refuses: one per key, naming it. */
export function cloudConfigFindings(config: unknown): Finding[] {
  if (config === null || config === undefined) return [];
  if (typeof config !== "object" || Array.isArray(config)) {
    return [warn("cloudConfigNotMapping", at("user_data"), "cloud_init.user_data is a #cloud-config that is not a mapping", "cloud-init's schema takes a mapping of keys (hostname:, users:, ...).")];
  }
  const out: Finding[] = [];
  for (const [key, v] of Object.entries(config as Record<string, unknown>)) {
    const shape = CLOUD_CONFIG_KEYS[key];
    if (!shape) continue;
    const why = refusal(shape, v, key);
    if (why) out.push(warn("cloudConfigSchema", at("user_data"), `cloud_init.user_data: cloud-init's schema refuses key "${key}"`,
      `${why}. cloud-init reports it as a schema error and the module may skip or fail on it.`));
  }
  return out;
}

/** The plan's checks of a seed: YAML that does not parse, a size over the limit, schema warnings, the vdev. */
export function checkSeed(seed: SeedInput, disks: readonly Readonly<Record<string, unknown>>[], effective: GuestType | null,
  xlConfig: Readonly<Record<string, unknown>> | null): Finding[] {
  const f: Finding[] = [];
  const size = ["user_data", "meta_data", "network_config"].reduce((n, k) => n + Buffer.byteLength(String(seed[k as keyof SeedInput] ?? "")), 0);
  if (size > SEED_MAX_BYTES) {
    f.push(refuse(at("user_data"), `The cloud-init seed is ${size} bytes, more than ${SEED_MAX_BYTES} (64 MiB)`,
      "NoCloud itself reads files of any size, but the guest's values (the seed's inputs among them) travel between the engine and the provider " +
      "three times in one message of at most 256 MiB. Put large files on a disk of their own, or have the user-data fetch them (#include)."));
    return f;
  }
  const ud = seed.user_data ?? "";
  if (userDataKind(ud) === "cloud-config") {
    const { doc, findings } = yamlErrors("user_data", ud);
    f.push(...findings);
    if (doc) f.push(...cloudConfigFindings(doc.toJS({ maxAliasCount: 1000 })));
  }
  if (seed.meta_data) {
    const { doc, findings } = yamlErrors("meta_data", seed.meta_data);
    f.push(...findings);
    if (doc && doc.contents !== null && !isMap(doc.contents)) {
      f.push(refuse(at("meta_data"), "cloud_init.meta_data must be a YAML mapping", "NoCloud reads meta-data as a mapping of keys (instance-id:, local-hostname:, ...)."));
    }
  }
  if (seed.network_config) {
    const { doc, findings } = yamlErrors("network_config", seed.network_config);
    f.push(...findings);
    if (doc) {
      const v = doc.toJS() as Record<string, unknown> | null;
      const inner = v && typeof v === "object" && "network" in v ? (v.network as Record<string, unknown> | null) : v;
      const version = inner && typeof inner === "object" ? inner.version : undefined;
      if (version !== 1 && version !== 2) {
        f.push(warn("networkConfigVersion", at("network_config"), "cloud_init.network_config has no version 1 or 2",
          "cloud-init reads network configuration version 1 or 2 (`version: 2`, at the top or under `network:`); it ignores other configurations."));
      }
    }
  }
  f.push(...checkSeedDisk(seed, disks, effective, xlConfig));
  return f;
}

/** The seed's disk against the guest's: a vdev libxl reads, its own, one the guest can see. */
function checkSeedDisk(seed: SeedInput, disks: readonly Readonly<Record<string, unknown>>[], effective: GuestType | null,
  xlConfig: Readonly<Record<string, unknown>> | null): Finding[] {
  const vdev = seed.vdev ?? defaultSeedVdev(effective);
  const n = diskNumber(vdev);
  if (!n) return [refuse(at("vdev"), `cloud_init.vdev "${vdev}" is not a virtual disk name libxl reads`, "Use xvdz (or another xvdX); hdX for an HVM guest without PV drivers.")];
  if (xlConfig && "disk" in xlConfig) {
    return [refuse(["cloud_init"], "A cloud-init seed needs the guest's disks in disk blocks, not in xl_config's disk list",
      "The provider adds the seed to the guest's disks and checks it against them; move the list into disk { } blocks.")];
  }
  const same = disks.findIndex((d) => {
    const m = typeof d.vdev === "string" ? diskNumber(d.vdev) : null;
    return m !== null && m.disk === n.disk && (m.bus === n.bus || effective !== "hvm");
  });
  if (same >= 0) {
    return [refuse(at("vdev"), `cloud_init.vdev "${vdev}" is disk[${same}]'s virtual device`,
      `The seed is attached as a disk of its own. Set cloud_init.vdev to a free one${seed.vdev ? "" : " (the default is xvdz, hdd for HVM)"}.`)];
  }
  const platform = xlConfig?.xen_platform_pci;
  if (effective === "hvm" && n.bus !== "hd" && (platform === "0" || platform === 0 || platform === "false")) {
    return [refuse(at("vdev"), `An HVM guest with xen_platform_pci = 0 cannot see the PV disk ${vdev}`,
      "Without the Xen platform device the guest loads no PV drivers, so only emulated disks are visible: set cloud_init.vdev to hdd (or hdb, hdc).")];
  }
  if (n.bus === "hd" && effective && effective !== "hvm") {
    return [warn("emulatedDiskName", at("vdev"), `cloud_init.vdev "${vdev}" is an emulated disk's name, and a ${effective.toUpperCase()} guest has no emulated disks`,
      `libxl gives it a PV disk all the same; write xvd${String.fromCharCode(97 + n.disk)}.`)];
  }
  return [];
}

/** The meta-data file: the user's mapping, with instance-id and local-hostname added when it has none. */
export function metaDataText(metaData: string | null | undefined, instanceId: string, hostname: string): string {
  const doc = parseDocument(metaData ?? "", { version: "1.1" });
  if (doc.errors.length) throw new Error("meta_data is not valid YAML");
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  if (!isMap(doc.contents)) throw new Error("meta_data is not a mapping");
  const map = doc.contents;
  // Defaults first, the user's keys after them, in the user's order.
  if (!map.has("local-hostname")) map.items.unshift(doc.createPair("local-hostname", hostname) as never);
  if (!map.has("instance-id")) map.items.unshift(doc.createPair("instance-id", instanceId) as never);
  return doc.toString({ lineWidth: 0 });
}

/** The instance-id the seed carries: the user's, else the guest's uuid. */
export function instanceIdOf(metaData: string | null | undefined, uuid: string): string {
  const doc = parseDocument(metaData ?? "", { version: "1.1" });
  const v = isMap(doc.contents) ? doc.contents.get("instance-id") : undefined;
  return v === undefined || v === null ? uuid : String(v);
}

/** The seed's files, as NoCloud names them. */
export function seedFiles(seed: SeedInput, uuid: string, name: string): { name: string; data: Buffer }[] {
  const files = [
    { name: "meta-data", data: Buffer.from(metaDataText(seed.meta_data, uuid, name)) },
    { name: "user-data", data: Buffer.from(seed.user_data ?? "") },
  ];
  if (seed.network_config) files.push({ name: "network-config", data: Buffer.from(seed.network_config) });
  return files;
}

/** The seed image: ISO 9660 with Rock Ridge names, labelled cidata. The same inputs give the same bytes. */
export function seedImage(seed: SeedInput, uuid: string, name: string): Buffer {
  return isoImage(SEED_LABEL, seedFiles(seed, uuid, name));
}

/** The seed's disk in the guest's disk blocks: read-only, raw. */
export function seedDisk(vdev: string, target: string): Record<string, string | number | boolean | null> {
  return { vdev, format: "raw", access: "ro", devtype: null, backendtype: null, backend: null, script: null, discard: null,
    trusted: null, direct_io_safe: null, specification: null, target };
}

/** The seed block's attributes, described once: the schema, the docs and the bindings come from here. */
export const SEED_BLOCK = {
  name: "cloud_init",
  description: "A cloud-init NoCloud seed for the guest's first boot: the provider builds an ISO 9660 image labelled `cidata` " +
    "(`user-data`, `meta-data` and, when given, `network-config`; the same inputs give the same bytes), places it in the host's " +
    "`config_dir` (mode 0600) and attaches it as a read-only disk. A change of any of its arguments replaces the guest: the new " +
    "guest has a new uuid, so a new instance-id, which is what makes cloud-init run its first-boot modules again. Destroy removes the seed file.",
  attributes: {
    user_data: { type: "string", use: "optional", sensitive: true,
      description: "The user-data: a `#cloud-config` (checked at plan: YAML that does not parse is an error with its line, a key Debian's " +
        "cloud-init schema refuses a warning naming it), or anything else cloud-init takes (a `#!` script, MIME multipart, `#include`), passed as it is. " +
        "Sensitive: it often holds passwords. At most 64 MiB with the other two." },
    meta_data: { type: "string", use: "optional",
      description: "The meta-data, a YAML mapping. `instance-id` defaults to the guest's `uuid`, `local-hostname` to its `name`; keys given here override them." },
    network_config: { type: "string", use: "optional",
      description: "Network configuration, version 1 or 2 (written as `network-config`). Unset: no such file, cloud-init's default (DHCP on the first interface)." },
    vdev: { type: "string", use: "optional-computed",
      description: "The virtual device the seed is attached as. Default: `xvdz`, or `hdd` for an HVM guest (an emulated disk, seen with or without PV drivers). It must not be one of the guest's `disk` blocks'." },
    instance_id: { type: "string", use: "computed", description: "The instance-id the seed carries (known at plan when meta_data sets it, else the guest's uuid once created)." },
    sha256: { type: "string", use: "computed", description: "The sha256 of the seed image." },
    path: { type: "string", use: "computed", description: "The seed image's path on the host." },
    identity: { type: "string", use: "computed", description: "`device:inode:mtime` of the seed file written: destroy removes only that file, never through a link." },
  },
} as const;

/** The seed block's values in state. */
export type SeedState = { [K in keyof typeof SEED_BLOCK.attributes]: string | null };
