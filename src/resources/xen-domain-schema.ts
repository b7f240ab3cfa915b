// xen_domain's schema, derived from the attribute rows of src/xen/attributes.ts:
// types, required/optional/computed, descriptions (values, replacement and defaults
// included), RequiresReplace, UseStateForUnknown and defaults. Plus the timeouts block,
// which is the provider's, not xl's.
import type { CtyType, CtyValue } from "../provider/cty";
import type { AttributeSchema, NestedBlockSchema, Schema } from "../provider/framework";
import {
  describeAttribute, describeField, DOMAIN_ATTRIBUTES, DOMAIN_BLOCKS, VIF_READ_ATTRIBUTES, WAIT_FOR_IP,
  type AttributeType, type DeviceField, type DeviceValues, type DomainAttribute, type DomainBlock,
} from "../xen";
import { SEED_BLOCK, type SeedState } from "../xen/cloud-init";
import { timeoutsBlock, type Timeouts } from "./changes";

const CTY: Record<AttributeType, CtyType> = { string: "string", number: "number", bool: "bool", "string-map": ["map", "string"] };

/** An attribute's schema from its row. */
export function attributeSchema(a: DomainAttribute): AttributeSchema {
  const d = a.default?.value;
  return {
    type: CTY[a.type],
    description: describeAttribute(a),
    required: a.use === "required",
    optional: a.use === "optional" || a.use === "optional-computed",
    computed: a.use === "computed" || a.use === "optional-computed",
    sensitive: a.sensitive,
    requiresReplace: a.change === "replace",
    useStateForUnknown: a.keepsState,
    // Only an optional+computed attribute is planned as its default; xl decides the others.
    default: d === undefined || a.use !== "optional-computed" ? undefined
      : typeof d === "function" ? (get) => d(get) as CtyValue : () => d,
  };
}

/** The attributes of a block from rows (the table, or a table with a row added, in tests). */
export function attributesOf(rows: readonly DomainAttribute[]): Record<string, AttributeSchema> {
  return Object.fromEntries(rows.map((a) => [a.name, attributeSchema(a)]));
}

/** A device field's schema: optional, or optional+computed when the provider reads back what xl chose (a vif's mac). */
function fieldSchema(f: DeviceField): AttributeSchema {
  return {
    type: f.type,
    description: describeField(f),
    required: f.use === "required",
    optional: f.use !== "required",
    computed: f.use === "optional-computed",
  };
}

/** A vif's `wait_for_ip` block, from its rows. */
export const waitForIpBlock: NestedBlockSchema = {
  nesting: "single",
  block: {
    description: WAIT_FOR_IP.description,
    attributes: Object.fromEntries(WAIT_FOR_IP.fields.map((f) => [f.name, {
      type: f.type, optional: true,
      description: f.values ? `${f.description} Allowed values: ${f.values.map((v) => `\`${v}\``).join(", ")}.` : f.description,
    } satisfies AttributeSchema])),
  },
};

/**
 * A device block's schema: an ordered list, one element per device. A vif also has the
 * addresses the provider reads (computed) and its `wait_for_ip` block.
 */
export function deviceBlockSchema(b: DomainBlock): NestedBlockSchema {
  const attributes: Record<string, AttributeSchema> = Object.fromEntries(b.fields.map((f) => [f.name, fieldSchema(f)]));
  if (b.name !== "vif") return { nesting: "list", block: { description: b.description, attributes } };
  for (const a of VIF_READ_ATTRIBUTES) attributes[a.name] = { type: a.type, description: a.description, computed: true };
  return { nesting: "list", block: { description: b.description, attributes, blocks: { [WAIT_FOR_IP.name]: waitForIpBlock } } };
}

/** The cloud_init block's schema: one block at most, from SEED_BLOCK's rows. */
export const seedBlockSchema: NestedBlockSchema = {
  nesting: "single",
  block: {
    description: SEED_BLOCK.description,
    attributes: Object.fromEntries(Object.entries(SEED_BLOCK.attributes).map(([name, a]) => [name, {
      type: a.type,
      description: a.description,
      optional: a.use !== "computed",
      computed: a.use !== "optional",
      sensitive: "sensitive" in a ? a.sensitive : undefined,
    } satisfies AttributeSchema])),
  },
};

export const domainSchema: Schema = {
  version: 0,
  block: {
    description: "A Xen guest (domain) created with `xl create` on a host of the provider. The plan resolves its type the way libxl will on that host's Xen version and architecture.",
    attributes: attributesOf(DOMAIN_ATTRIBUTES),
    blocks: {
      ...Object.fromEntries(DOMAIN_BLOCKS.map((b) => [b.name, deviceBlockSchema(b)])),
      [SEED_BLOCK.name]: seedBlockSchema,
      timeouts: timeoutsBlock({
        create: "Waiting for the host-side lock, writing the config and `xl create`. Default: `10m`.",
        update: "`xl mem-set`, `xl vcpu-set` and rewriting the config. Default: `10m`.",
        delete: "`xl destroy` and removing the config, after `shutdown_timeout`. Default: `10m`.",
      }),
    },
  },
};

type Row = (typeof DOMAIN_ATTRIBUTES)[number];
type ValueOf<T extends AttributeType> =
  T extends "string" ? string : T extends "number" ? number : T extends "bool" ? boolean : Record<string, string>;

/**
 * A xen_domain's values, one field per row (required ones always set), as the framework
 * hands them to the resource: the typed model of its state.
 */
export type DomainState =
  & { [R in Extract<Row, { use: "required" }> as R["name"]]: ValueOf<R["type"]> }
  & { [R in Exclude<Row, { use: "required" }> as R["name"]]: ValueOf<R["type"]> | null }
  & { timeouts: Timeouts }
  /** The device blocks as the engine holds them: every field present, unset ones null (fields: src/xen/devices.ts). */
  & { disk: DeviceValues[] | null; vif: DeviceValues[] | null }
  /** The cloud-init seed, when the guest has one (fields: src/xen/cloud-init.ts). */
  & { cloud_init: SeedState | null };
