// ArmGuestFleet's props: their validation, and the spec of one guest — its xen_domain
// attribute values — from which both the guest's Domain config and the model's spec
// are derived. Which prop carries which attribute comes from the attribute rows.
import { Token } from "cdktf";
import { camelCase, canonicalMac, checkVolume, DOMAIN_ATTRIBUTES, DOMAIN_BLOCKS, templatePropOf, volumePath, type DomainAttribute } from "../xen";
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
    const sample = { name: b.volumeGroup ? "guest" : "guest.raw", pool_dir: b.poolDir ?? null, volume_group: b.volumeGroup ?? null, size: b.sizeMib ?? null, source: b.source ?? null };
    for (const f of checkVolume(sample, null)) if (f.severity === "error") errors.push(`bootVolume: ${f.summary}. ${f.detail ?? ""}`.trim());
  }
  for (const h of props.hosts) {
    const facts = factsOf(h).facts;
    if (facts && !isArm(facts)) {
      errors.push(`hosts: host "${h.name}" is ${facts.machine}, not Arm; an ArmGuestFleet places guests on aarch64 or armv7l hosts only.`);
    }
  }
  return errors;
}

/** The spec of one guest: its xen_domain attribute values (unset ones absent). */
/** The xen_volume attributes of a guest's boot volume, or null when the fleet has none. */
export function bootVolumeSpec(props: ArmGuestFleetProps, name: string, host: XenHost): Record<string, unknown> | null {
  const b = props.bootVolume;
  if (!b) return null;
  return {
    host: host.name,
    name: b.volumeGroup ? name : `${name}.raw`,
    ...(b.poolDir !== undefined ? { pool_dir: b.poolDir } : {}),
    ...(b.volumeGroup !== undefined ? { volume_group: b.volumeGroup } : {}),
    ...(b.sizeMib !== undefined ? { size: b.sizeMib } : {}),
    ...(b.source !== undefined ? { source: b.source } : {}),
  };
}

export function guestSpec(props: ArmGuestFleetProps, name: string, host: XenHost, index: number): Record<string, unknown> {
  const values: Record<string, unknown> = { host: host.name, name };
  const given = props as unknown as Record<string, unknown>;
  for (const t of TEMPLATE) if (given[t.prop] !== undefined) values[t.attribute] = given[t.prop];
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
  const camel = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [camelCase(k), v]));
  return Object.fromEntries(Object.entries(spec).map(([k, v]) =>
    [camelCase(k), Array.isArray(v) ? v.map((d) => camel(d as Record<string, unknown>)) : v])) as unknown as domain.DomainConfig;
}
