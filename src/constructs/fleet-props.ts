// ArmGuestFleet's props: their validation, and the spec of one guest — its xen_domain
// attribute values — from which both the guest's Domain config and the model's spec
// are derived. Which prop carries which attribute comes from the attribute rows.
import { Token } from "cdktf";
import {
  camelCase, canonicalMac, checkVolume, defaultFileName, dirProblem, DOMAIN_ATTRIBUTES, DOMAIN_BLOCKS, filePath, packingByName, templatePropOf, volumePath,
  type DomainAttribute,
} from "../xen";
import type { ArmGuestDisk, ArmGuestFleetProps, ArmGuestVif } from "./guest-props";
import type { XenHost } from "./host";
import { factsOf, isArm, type PropNames } from "./model";
import type { domain } from "./xen";

const TEMPLATE = DOMAIN_ATTRIBUTES.filter((a: DomainAttribute) => a.template)
  .map((a: DomainAttribute) => ({ attribute: a.name, prop: templatePropOf(a)! }));

/** The prop a model attribute comes from, for messages: the template's, and the fleet's own two. */
export const PROP_NAMES: PropNames = {
  ...Object.fromEntries(TEMPLATE.map((t) => [t.attribute, t.prop])),
  name: "namePrefix",
  host: "hosts",
  disk: "disks",
  vif: "vifs",
};

/** The fleet's device props: which block each fills. */
const DEVICE_PROPS = { disk: "disks", vif: "vifs" } as const;

/** Guests × interfaces that fixed MACs can number: the 3 octets after the prefix. */
const MAC_SUFFIXES = 2 ** 24;

/**
 * What is wrong with the props as a whole, as synth errors (empty when nothing is).
 * A count that is not a whole number known at synth cannot make guests at all: it throws.
 */
export function validateArmGuestFleetProps(path: string, props: ArmGuestFleetProps): string[] {
  const errors: string[] = [];
  if (!props.hosts.length) errors.push("hosts: an ArmGuestFleet needs at least one host.");
  const count = props.count;
  if (Token.isUnresolved(count) || !Number.isInteger(count) || count < 0) {
    throw new Error(`ArmGuestFleet ${path}: count must be a whole number known at synth (got ${count}).`);
  }
  if (props.macPrefix !== undefined) {
    const why = macPrefixProblem(props.macPrefix);
    if (why) errors.push(`macPrefix: ${why}`);
    else if (count * (props.vifs?.length ?? 0) > MAC_SUFFIXES) {
      errors.push(`macPrefix: ${count} guests with ${props.vifs?.length} interfaces each need more addresses than one prefix has.`);
    }
    if (!props.vifs?.length) errors.push("macPrefix: the guests have no vifs to give MACs to.");
  }
  if (props.bootVolume) {
    const b = props.bootVolume;
    const source = b.source ?? uploadsOf(props).find((u) => u.kind === "image")?.path ?? null;
    const sample = { name: b.volumeGroup ? "guest" : "guest.raw", pool_dir: b.poolDir ?? null, volume_group: b.volumeGroup ?? null, size: b.sizeMib ?? null, source };
    for (const f of checkVolume(sample, null)) if (f.severity === "error") errors.push(`bootVolume: ${f.summary}. ${f.detail ?? ""}`.trim());
  }
  const up = props.uploads;
  if (up) {
    const why = Token.isUnresolved(up.directory) ? null : dirProblem(up.directory);
    if (why) errors.push(`uploads.directory: ${why} (got "${up.directory}").`);
    if (up.kernel !== undefined && props.kernel !== undefined) errors.push("uploads.kernel: the guests boot either the uploaded kernel or `kernel`, not both.");
    if (up.ramdisk !== undefined && props.ramdisk !== undefined) errors.push("uploads.ramdisk: the guests get either the uploaded initrd or `ramdisk`, not both.");
    if (up.image !== undefined && !props.bootVolume) errors.push("uploads.image: the image is what each guest's bootVolume starts as; give a bootVolume.");
    if (up.image !== undefined && props.bootVolume?.source !== undefined) errors.push("uploads.image: each guest's bootVolume starts as either the uploaded image or bootVolume.source, not both.");
  }
  for (const h of props.hosts) {
    const facts = factsOf(h).facts;
    if (facts && !isArm(facts)) {
      errors.push(`hosts: host "${h.name}" is ${facts.machine}, not Arm; an ArmGuestFleet places guests on aarch64 or armv7l hosts only.`);
    }
  }
  return errors;
}

/** What the fleet uploads to each host that gets guests: one xen_file each. */
export interface Upload {
  kind: "kernel" | "ramdisk" | "image";
  source: string;
  /** The file's name in `uploads.directory`: the source's base name, less a compression's suffix. */
  name: string;
  unpack: "true" | "false";
  path: string;
}

export function uploadsOf(props: ArmGuestFleetProps): Upload[] {
  const up = props.uploads;
  if (!up) return [];
  return (["kernel", "ramdisk", "image"] as const).filter((k) => up[k] !== undefined).map((kind) => {
    const source = up[kind]!;
    // Synth cannot read the file: its name says whether it is packed, and xen_file's naming does the rest.
    const packing = packingByName(source);
    const name = defaultFileName(source, packing);
    return { kind, source, name, unpack: packing ? "true" : "false", path: filePath(up.directory, name) };
  });
}

/** The xen_volume attributes of a guest's boot volume, or null when the fleet has none. */
export function bootVolumeSpec(props: ArmGuestFleetProps, name: string, host: XenHost): Record<string, unknown> | null {
  const b = props.bootVolume;
  if (!b) return null;
  const image = uploadsOf(props).find((u) => u.kind === "image");
  const source = image?.path ?? b.source;
  return {
    host: host.name,
    name: b.volumeGroup ? name : `${name}.raw`,
    ...(b.poolDir !== undefined ? { pool_dir: b.poolDir } : {}),
    ...(b.volumeGroup !== undefined ? { volume_group: b.volumeGroup } : {}),
    ...(b.sizeMib !== undefined ? { size: b.sizeMib } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

/** The spec of one guest: its xen_domain attribute values (unset ones absent). */

export function guestSpec(props: ArmGuestFleetProps, name: string, host: XenHost, index: number): Record<string, unknown> {
  const values: Record<string, unknown> = { host: host.name, name };
  const given = props as unknown as Record<string, unknown>;
  for (const t of TEMPLATE) if (given[t.prop] !== undefined) values[t.attribute] = given[t.prop];
  // The command line may name the guest: `{name}`, `{index}` (e.g. an address per guest).
  if (typeof values.cmdline === "string") values.cmdline = placeholders(values.cmdline, name, index);
  // Uploaded files are where the fleet puts them: their paths are known at synth.
  for (const u of uploadsOf(props)) if (u.kind !== "image") values[u.kind] = u.path;
  if (props.cloudInit) {
    const seed: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props.cloudInit)) {
      if (v !== undefined) seed[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = typeof v === "string" && k !== "vdev" ? placeholders(v, name, index) : v;
    }
    values.cloud_init = seed;
  }
  for (const b of DOMAIN_BLOCKS) {
    const list = given[DEVICE_PROPS[b.name]] as (ArmGuestDisk | ArmGuestVif)[] | undefined;
    if (!list?.length) continue;
    values[b.name] = list.map((d, i) => {
      const dev: Record<string, unknown> = {};
      for (const f of b.fields) {
        const v = (d as unknown as Record<string, unknown>)[camelCase(f.name)];
        if (v !== undefined) dev[f.name] = typeof v === "string" && b.name === "disk" && f.name === "target" ? placeholders(v, name, index) : v;
      }
      if (b.name === "vif" && dev.mac === undefined && props.macPrefix && !macPrefixProblem(props.macPrefix)) dev.mac = fixedMac(props.macPrefix, index * list.length + i);
      const wait = b.name === "vif" ? (d as ArmGuestVif).waitForIp : undefined;
      if (wait) dev.wait_for_ip = Object.fromEntries(Object.entries(wait).filter(([, v]) => v !== undefined));
      return dev;
    });
  }
  // The boot volume is the first disk; its path is known at synth (the model checks it too).
  const boot = bootVolumeSpec(props, name, host);
  if (boot) {
    const path = volumePath({ name: boot.name as string, pool_dir: boot.pool_dir as string | undefined, volume_group: boot.volume_group as string | undefined });
    values.disk = [{ vdev: props.bootVolume?.vdev ?? "xvda", target: path }, ...((values.disk as unknown[]) ?? [])];
  }
  return values;
}

/** Why a MAC prefix cannot number interfaces, or null. */
function macPrefixProblem(prefix: string): string | null {
  if (prefix.split(":").length !== 3 || !canonicalMac(`${prefix}:00:00:00`)) return `"${prefix}" is not 3 octets of a MAC address (like "00:16:3e").`;
  if (parseInt(prefix, 16) & 1) return `"${prefix}" is a multicast prefix; interfaces need unicast addresses.`;
  return null;
}

/** `{name}` and `{index}` in a template string, for one guest. */
const placeholders = (s: string, name: string, index: number) => s.replace(/\{name\}/g, name).replace(/\{index\}/g, String(index));

/** The n-th MAC under a 3-octet prefix. */
function fixedMac(prefix: string, n: number): string {
  const tail = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff].map((b) => b.toString(16).padStart(2, "0"));
  return `${prefix.toLowerCase()}:${tail.join(":")}`;
}

/** The Domain (L1) config of a guest spec: the bindings name each attribute, and each block's field, in camelCase. */
export function domainConfig(spec: Record<string, unknown>): domain.DomainConfig {
  const camel = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).map(([k, v]) =>
    [camelCase(k), v !== null && typeof v === "object" && !Array.isArray(v) && !Token.isUnresolved(v) ? camel(v as Record<string, unknown>) : v]));
  return Object.fromEntries(Object.entries(spec).map(([k, v]) =>
    [camelCase(k), Array.isArray(v) ? v.map((d) => camel(d as Record<string, unknown>))
      : v !== null && typeof v === "object" && !Token.isUnresolved(v) ? camel(v as Record<string, unknown>) : v])) as unknown as domain.DomainConfig;
}
