// xen_domain's schema, derived from the attribute rows of src/xen/attributes.ts:
// types, required/optional/computed, descriptions (values, replacement and defaults
// included), RequiresReplace, UseStateForUnknown and defaults. Plus the timeouts block,
// which is the provider's, not xl's.
import type { CtyType, CtyValue } from "../provider/cty";
import type { AttributeSchema, Schema } from "../provider/framework";
import { describeAttribute, DOMAIN_ATTRIBUTES, type AttributeType, type DomainAttribute } from "../xen";

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

export const TIMEOUT_STEPS = ["create", "update", "delete"] as const;
export type TimeoutStep = (typeof TIMEOUT_STEPS)[number];

export const domainSchema: Schema = {
  version: 0,
  block: {
    description: "A Xen guest (domain) created with `xl create` on a host of the provider. The plan resolves its type the way libxl will on that host's Xen version and architecture.",
    attributes: attributesOf(DOMAIN_ATTRIBUTES),
    blocks: {
      timeouts: {
        nesting: "single",
        block: {
          description: "How long each change may take on the host, as durations like `30s`, `10m` or `1h`. A change that takes longer fails with an error naming the host and the command.",
          attributes: {
            create: { type: "string", optional: true, description: "Waiting for the host-side lock, writing the config and `xl create`. Default: `10m`." },
            update: { type: "string", optional: true, description: "`xl mem-set`, `xl vcpu-set` and rewriting the config. Default: `10m`." },
            delete: { type: "string", optional: true, description: "`xl destroy` and removing the config, after `shutdown_timeout`. Default: `10m`." },
          },
        },
      },
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
  & { timeouts: { [K in TimeoutStep]: string | null } | null };
