// cty values on the wire: msgpack encoding driven by the schema's type, with
// unknown values as msgpack extensions (see the project's plugin-protocol facts).
import { decode, encode, ExtData, ExtensionCodec } from "@msgpack/msgpack";

export type CtyType =
  | "string" | "number" | "bool"
  | ["list", CtyType] | ["set", CtyType] | ["map", CtyType]
  | ["object", Record<string, CtyType>];

/** The value of an attribute that is not known until apply. */
export const Unknown: unique symbol = Symbol("unknown");
export type UnknownValue = typeof Unknown;

export type CtyValue =
  | null | UnknownValue | string | number | boolean
  | CtyValue[] | { [key: string]: CtyValue };

export const isUnknown = (v: unknown): v is UnknownValue => v === Unknown;

/** True when the value or anything inside it is unknown. */
export function containsUnknown(v: CtyValue): boolean {
  if (v === Unknown) return true;
  if (v === null || typeof v !== "object") return false;
  return (Array.isArray(v) ? v : Object.values(v)).some(containsUnknown);
}

const codec = new ExtensionCodec();
// Any extension is an unknown (plain: type 0; refined: type 12). Refinements are
// optional hints; this provider treats every unknown as unrefined.
for (const type of [0, 12]) codec.register({ type, encode: () => null, decode: () => Unknown });

export class WireError extends Error {}

/** Where a value sits, for messages only: built when a message needs it, not per value. */
interface At { parent: At | null; step: string | number }
const where = (at: At | null): string => {
  const steps: (string | number)[] = [];
  for (let a = at; a; a = a.parent) steps.unshift(a.step);
  return steps.map((s, i) => (typeof s === "number" ? `[${s}]` : s.startsWith("[") || i === 0 ? s : `.${s}`)).join("");
};

/** An object type's attribute names, sorted (cty's order on the wire), computed once per type. */
const sortedKeys = new WeakMap<object, string[]>();
function keysOf(inner: Record<string, CtyType>): string[] {
  let k = sortedKeys.get(inner);
  if (!k) sortedKeys.set(inner, (k = Object.keys(inner).sort()));
  return k;
}

function fromWire(raw: unknown, type: CtyType, at: At | null): CtyValue {
  if (raw === Unknown || raw instanceof ExtData) return Unknown;
  if (raw === null || raw === undefined) return null;
  if (type === "string") {
    if (typeof raw !== "string") throw new WireError(`${where(at)}: expected a string`);
    return raw;
  }
  if (type === "number") {
    if (typeof raw === "number") return raw;
    if (typeof raw === "bigint") return Number(raw);
    if (typeof raw === "string" && raw.trim() !== "" && !Number.isNaN(Number(raw))) return Number(raw);
    throw new WireError(`${where(at)}: expected a number`);
  }
  if (type === "bool") {
    if (typeof raw !== "boolean") throw new WireError(`${where(at)}: expected a bool`);
    return raw;
  }
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(raw)) throw new WireError(`${where(at)}: expected a ${kind}`);
    return raw.map((e, i) => fromWire(e, inner, { parent: at, step: i }));
  }
  if (typeof raw !== "object" || Array.isArray(raw)) throw new WireError(`${where(at)}: expected a ${kind}`);
  const rec = raw as Record<string, unknown>;
  const out: Record<string, CtyValue> = {};
  if (kind === "map") {
    for (const k of Object.keys(rec)) out[k] = fromWire(rec[k], inner, { parent: at, step: `["${k}"]` });
    return out;
  }
  for (const k of keysOf(inner)) out[k] = fromWire(rec[k], inner[k], { parent: at, step: k });
  return out;
}

function toWire(v: CtyValue | undefined, type: CtyType): unknown {
  if (v === Unknown) return new ExtData(0, new Uint8Array([0]));
  if (v === null || v === undefined) return null;
  if (typeof type === "string") return v;
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") return (v as CtyValue[]).map((e) => toWire(e, inner));
  const rec = v as Record<string, CtyValue>;
  const out: Record<string, unknown> = {};
  if (kind === "map") {
    for (const k of Object.keys(rec).sort()) out[k] = toWire(rec[k], inner);
    return out;
  }
  // Objects must carry every attribute of their type, nulls included.
  for (const k of keysOf(inner)) out[k] = toWire(rec[k], inner[k]);
  return out;
}

export function decodeValue(bytes: Uint8Array | undefined | null, type: CtyType): CtyValue {
  if (!bytes || bytes.length === 0) return null;
  return fromWire(decode(bytes, { extensionCodec: codec, useBigInt64: true }), type, null);
}

export function encodeValue(v: CtyValue, type: CtyType): Uint8Array {
  return encode(toWire(v, type), { extensionCodec: codec, useBigInt64: true });
}
