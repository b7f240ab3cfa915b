// ArmGuestFleet's props: their validation, and the spec of one guest — its xen_domain
// attribute values — from which both the guest's Domain config and the model's spec
// are derived. Which prop carries which attribute comes from the attribute rows.
import { Token } from "cdktf";
import { camelCase, DOMAIN_ATTRIBUTES, templatePropOf, type DomainAttribute } from "../xen";
import type { ArmGuestFleetProps } from "./guest-props";
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
};

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
  for (const h of props.hosts) {
    const facts = factsOf(h).facts;
    if (facts && !isArm(facts)) {
      errors.push(`hosts: host "${h.name}" is ${facts.machine}, not Arm; an ArmGuestFleet places guests on aarch64 or armv7l hosts only.`);
    }
  }
  return errors;
}

/** The spec of one guest: its xen_domain attribute values (unset ones absent). */
export function guestSpec(props: ArmGuestFleetProps, name: string, host: XenHost): Record<string, unknown> {
  const values: Record<string, unknown> = { host: host.name, name };
  const given = props as unknown as Record<string, unknown>;
  for (const t of TEMPLATE) if (given[t.prop] !== undefined) values[t.attribute] = given[t.prop];
  return values;
}

/** The Domain (L1) config of a guest spec: the bindings name each attribute in camelCase. */
export function domainConfig(spec: Record<string, unknown>): domain.DomainConfig {
  return Object.fromEntries(Object.entries(spec).map(([k, v]) => [camelCase(k), v])) as unknown as domain.DomainConfig;
}
