// A guest as the user declares it, in xl.cfg's own words: the xen_domain attributes
// that reach xl.cfg (its keys and xl_config), typed from the rows of attributes.ts.
// Attribute names are those of the resource, so findings point at what the user wrote.
import { DOMAIN_ATTRIBUTES, DOMAIN_BLOCKS, XL_CFG_ATTRIBUTES, type AttributeType } from "./attributes";
import { deviceFrom, type DiskSpec, type VifSpec } from "./devices";

type Row = (typeof DOMAIN_ATTRIBUTES)[number];
type SpecRow = Extract<Row, { carrier: "xl.cfg" | "xl_config" }>;
type ValueOf<T extends AttributeType> =
  T extends "string" ? string : T extends "number" ? number : T extends "bool" ? boolean : Record<string, string>;

/**
 * The spec: one field per xl.cfg attribute (and xl_config, the other keys, each value as
 * the user wrote it). Required attributes are required; unset ones are null or absent.
 */
export type DomainSpec =
  & { [R in Extract<SpecRow, { use: "required" }> as R["name"]]: ValueOf<R["type"]> }
  & { [R in Exclude<SpecRow, { use: "required" }> as R["name"]]?: ValueOf<R["type"]> | null }
  & { disk?: DiskSpec[] | null; vif?: VifSpec[] | null };

/** The attributes that are also xl.cfg keys of the same name. */
export const FIRST_CLASS_KEYS: readonly string[] = XL_CFG_ATTRIBUTES.map((a) => a.name);

const SPEC_ROWS = DOMAIN_ATTRIBUTES.filter((a) => a.carrier === "xl.cfg" || a.carrier === "xl_config");

/**
 * A spec from xen_domain attributes as the engine holds them (config, plan or state
 * values) or as a construct declares them: each value of its row's type, else null.
 * A required attribute that is missing reads as "" or NaN, which the model refuses.
 */
export function specFromAttributes(o: Readonly<Record<string, unknown>>): DomainSpec {
  const spec: Record<string, unknown> = {};
  for (const a of SPEC_ROWS) {
    const v = o[a.name];
    switch (a.type) {
      case "string": spec[a.name] = typeof v === "string" ? v : null; break;
      case "number": spec[a.name] = typeof v === "number" ? v : null; break;
      case "bool": spec[a.name] = typeof v === "boolean" ? v : null; break;
      case "string-map":
        spec[a.name] = v && typeof v === "object" && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === "string"))
          : null;
        break;
    }
    if (spec[a.name] === null && a.use === "required") spec[a.name] = a.type === "number" ? NaN : "";
  }
  for (const b of DOMAIN_BLOCKS) {
    const list = o[b.name];
    spec[b.name] = Array.isArray(list)
      ? list.filter((d): d is Record<string, unknown> => !!d && typeof d === "object").map((d) => deviceFrom(b.name, d))
      : null;
  }
  return spec as DomainSpec;
}
