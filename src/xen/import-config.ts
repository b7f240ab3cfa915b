// Converting a hand-written xl.cfg into xen_domain arguments: every key to the attribute
// or block that carries it (attributes.ts, devices.ts), the other keys into xl_config,
// then the plan's own model (resolveDomain) on the result for the given host facts, so
// the conversion says what the plan will say. Each finding carries the line of the key
// it is about. Pure: the caller reads the file and prints.
import { DOMAIN_ATTRIBUTES, DOMAIN_BLOCKS, domainAttribute, withDefault, XL_CFG_ATTRIBUTES, type DomainAttribute } from "./attributes";
import { CHANCE_DETAIL, chanceText, parseDiskSpec, parseVifSpec, warningsBeside, type LibxlDevice } from "./device-specs";
import { DEVICE_KINDS, deviceFromLibxl, meaningOf, type DeviceKind } from "./devices";
import { refused as isRefused, resolveDomain, type Resolution } from "./domain";
import type { HostFacts } from "./facts";
import { pathText, type Finding } from "./finding";
import type { GuestType } from "./guest-type";
import { lookupKey } from "./keys";
import { specFromAttributes } from "./spec";
import { readXlCfg, valueData, type XlCfgSetting, type XlCfgValue } from "./xlcfg-read";
import { readXlInteger } from "./xlcfg";

/** A device block's arguments: field → value, only the fields that are set. */
export type DeviceArguments = Record<string, string | number | boolean>;

/**
 * A xen_domain's arguments as a configuration writes them: attributes in the table's order
 * (unset ones and computed ones absent), then the device blocks in order.
 */
export type DomainArguments = Record<string, string | number | boolean | Record<string, string> | DeviceArguments[]>;

/** A finding of the conversion or of the plan's model, with the line of the xl.cfg key it is about. */
export interface SourcedFinding extends Finding {
  /** 1-based line in the file; absent when no line says it (a default, the host). */
  line?: number;
}

export interface ConvertedGuest {
  /** The file as the user named it (for messages). */
  file: string;
  /** The guest's name, when the file has one. */
  name: string | null;
  /** The arguments, without `host` (the caller's). Null when the guest is refused. */
  args: DomainArguments | null;
  findings: SourcedFinding[];
  /** The type as xl reads it from the file; null when none is written. */
  writtenType: GuestType | null;
  /** What the guest runs as on the host, per the model; null when refused. */
  effectiveType: GuestType | null;
  /** The type was rewritten by normalizeType (from writtenType to effectiveType). */
  normalized: boolean;
  refused: boolean;
}

export interface ConvertOptions {
  /** The host the guest is for (the `host` attribute, and what findings are resolved for). */
  host: string;
  /** Write the effective type instead of keeping what the file says (Arm pv → pvh, an abbreviation, builder). */
  normalizeType?: boolean;
}

/** libxl's memory when a config has none (LIBXL_MEMKB_DEFAULT → 32 MiB). */
export const XL_DEFAULT_MEMORY_MIB = 32;
/** Keys the provider writes itself: a file's own would fight with it. */
const PROVIDER_KEYS: Record<string, string> = {
  uuid: "The provider picks the guest's uuid at create and writes it into the config; that uuid is how it knows its guest.",
};

const where = (file: string, line?: number) => (line ? `${file}:${line}` : file);
const BLOCK_NAMES: readonly string[] = DOMAIN_BLOCKS.map((b) => b.name);
const ATTRIBUTE_KEYS: readonly string[] = XL_CFG_ATTRIBUTES.map((a) => a.name);

type Sink = { findings: SourcedFinding[] };
const note = (s: Sink, f: Finding, line?: number) => s.findings.push({ ...f, ...(line ? { line } : {}) });
const warning = (s: Sink, id: string, key: string, line: number, summary: string, detail?: string) =>
  note(s, { severity: "warning", id, path: [key], summary, detail }, line);
const error = (s: Sink, key: string, line: number | undefined, summary: string, detail?: string) =>
  note(s, { severity: "error", path: key ? [key] : [], summary, detail }, line);

/** An atom's text, or null (with xl's warning) when the key holds a list. */
function single(s: Sink, set: XlCfgSetting): string | null {
  if (set.value.kind === "atom") return set.value.text;
  warning(s, "listForSingleValue", set.key, set.line, `xl ignores ${set.key}: it is a list but should be a single value`,
    "xl prints a warning and reads the config as if the key were absent; so does this conversion.");
  return null;
}

/** An integer as xl's getters read it (strtol, base 0), or null with xl's warning. */
function integer(s: Sink, set: XlCfgSetting): bigint | null {
  const text = single(s, set);
  if (text === null) return null;
  if (set.added) {
    warning(s, "addedNumber", set.key, set.line, `xl ignores ${set.key}: can't use += with numbers`);
    return null;
  }
  const n = readXlInteger(text);
  if ("error" in n || n.value !== BigInt(Number(n.value))) {
    warning(s, "notANumber", set.key, set.line, `xl ignores ${set.key}: ${"error" in n ? n.error : `${text} is too large`}`,
      "xl prints \"is not a valid number\" and reads the config as if the key were absent; so does this conversion.");
    return null;
  }
  return n.value;
}

/** A first-class attribute's value from its setting, by the row's type. */
function attributeValue(s: Sink, a: DomainAttribute, set: XlCfgSetting): string | number | boolean | null {
  if (a.type === "string") return single(s, set);
  const n = integer(s, set);
  if (n === null) return null;
  return a.type === "bool" ? n !== 0n : Number(n);
}

/** A list of strings for a device key, as xl walks it (it stops at the first entry that is not a string). */
function deviceEntries(s: Sink, set: XlCfgSetting): { spec: string; line: number }[] {
  if (set.value.kind === "atom") {
    warning(s, "singleForList", set.key, set.line, `xl ignores ${set.key}: it is a single value but should be a list`,
      `Write ${set.key} = [ "${set.value.text}" ]. xl creates the guest without any ${set.key}; so does this conversion.`);
    return [];
  }
  const out: { spec: string; line: number }[] = [];
  for (const item of set.value.items) {
    if (item.kind !== "atom") {
      warning(s, "nestedDeviceList", set.key, item.line, `xl stops reading ${set.key} at entry ${out.length}: it is a list, not a string`);
      break;
    }
    out.push({ spec: item.text, line: item.line });
  }
  return out;
}

/** A disk as a block's arguments: xl's parse of the spec, libxl's defaults left unset. */
function diskArguments(d: LibxlDevice): DeviceArguments {
  return setOnly(meaningOf("disk", deviceFromLibxl("disk", d)));
}

/** A vif as a block's arguments, its rate kept as written (xl's parse keeps only bytes per interval). */
function vifArguments(d: LibxlDevice, spec: string): DeviceArguments {
  // As written: a vif's fields are only what the spec says (xl adds no defaults to its parse).
  const v = deviceFromLibxl("vif", d);
  const rates = spec.split(",").map((i) => i.replace(/^\s+/, "")).filter((i) => i.startsWith("rate="));
  if (v.rate != null && rates.length) v.rate = rates[rates.length - 1].slice("rate=".length);
  return setOnly(v);
}

const setOnly = (o: Record<string, unknown>): DeviceArguments =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as DeviceArguments;

/**
 * A disk or vif list into blocks, entry by entry as xl reads it: what xl refuses is an
 * error on the entry's line; what it only warns about is a warning. Null when the list
 * cannot be blocks (a vif's own devid out of the blocks' order): then it goes to xl_config.
 */
function deviceBlocks(s: Sink, kind: DeviceKind, set: XlCfgSetting, facts: HostFacts): DeviceArguments[] | null {
  const out: DeviceArguments[] = [];
  let asBlocks = true;
  deviceEntries(s, set).forEach(({ spec, line }, i) => {
    const r = kind === "disk" ? parseDiskSpec(spec, facts.xenVersion) : parseVifSpec(spec, facts.xenVersion, i);
    if ("error" in r) {
      note(s, { severity: "error", path: [kind, i], summary: `xl refuses ${kind} entry ${i}: ${r.error}`, detail: `The entry is "${spec}".` }, line);
      return;
    }
    if (r.chance) {
      note(s, { severity: "warning", id: "deviceLeftToChance", path: [kind, i], summary: `xl leaves ${chanceText(r.chance)} of ${kind} entry ${i} to chance`,
        detail: `The entry is "${spec}". ${CHANCE_DETAIL} The converted code leaves it out, so libxl picks one.` }, line);
    }
    for (const n of r.notes ?? []) {
      note(s, { severity: "warning", id: "deviceMisread", path: [kind, i], summary: `${kind} entry ${i}: ${n}`,
        detail: `The entry is "${spec}". The converted code carries what xl reads; check it is what was meant.` }, line);
    }
    for (const w of warningsBeside(r)) {
      note(s, { severity: "warning", id: "deviceKeyDropped", path: [kind, i], summary: `xl drops part of ${kind} entry ${i}: ${w}`,
        detail: `The entry is "${spec}". xl creates the ${kind} without it; so does the converted code.` }, line);
    }
    if (kind === "vif" && r.device.devid !== i) asBlocks = false;
    out.push(kind === "disk" ? diskArguments(r.device) : vifArguments(r.device, spec));
  });
  if (!asBlocks) {
    warning(s, "vifDevidKept", set.key, set.line, "vif is kept in xl_config: an entry sets its own devid",
      "A vif block's device id is its index; these entries number themselves, so they stay as written.");
    return null;
  }
  return out;
}

/** An xl_config value as xen_domain's map carries it: an atom's text, a list as JSON (jsonencode). */
function xlConfigValue(s: Sink, set: XlCfgSetting): string | null {
  const kind = lookupKey(set.key)?.kind;
  const v: XlCfgValue = set.value;
  if (v.kind === "atom") {
    if (kind === "list") {
      warning(s, "singleForList", set.key, set.line, `xl ignores ${set.key}: it is a single value but should be a list`);
      return null;
    }
    if ((kind === "integer" || kind === "boolean") && integer(s, set) === null) return null;
    return v.text;
  }
  if (kind === "string" || kind === "integer" || kind === "boolean" || kind === "number") {
    return single(s, set);
  }
  const data = valueData(v) as unknown[];
  // A list of strings, or of lists of strings (vnuma): xl_config carries both as JSON.
  const flat = data.every((e) => typeof e === "string");
  const nested = data.length > 0 && data.every((e) => Array.isArray(e) && e.every((x) => typeof x === "string"));
  if (!flat && !nested) {
    error(s, set.key, set.line, `${set.key} mixes strings and lists, or nests lists deeper than two levels, which xl_config cannot carry`,
      "xl_config takes a list of strings, or a list of lists of strings, per key. Convert this key by hand.");
    return null;
  }
  return JSON.stringify(data);
}

/** The lines of the keys, for findings: an attribute, an xl_config key or a device entry. */
function lineOf(f: Finding, lines: Map<string, number>, entryLines: Map<string, number[]>): number | undefined {
  const [first, second] = f.path ?? [];
  if (first === "xl_config" && second && typeof second === "object") return lines.get(second.key);
  if (typeof first === "string" && BLOCK_NAMES.includes(first) && typeof second === "number") return entryLines.get(first)?.[second] ?? lines.get(first);
  return typeof first === "string" ? lines.get(first) : undefined;
}

/** What a guest's arguments were converted from, for the model: the settings by key. */
interface Draft {
  args: Record<string, unknown>;
  xl: Record<string, string>;
}

function draftFrom(s: Sink, settings: readonly XlCfgSetting[], facts: HostFacts, file: string): Draft {
  const args: Record<string, unknown> = {};
  const xl: Record<string, string> = {};
  for (const set of settings) {
    if (ATTRIBUTE_KEYS.includes(set.key)) {
      const v = attributeValue(s, domainAttribute(set.key), set);
      if (v !== null) args[set.key] = v;
    } else if (BLOCK_NAMES.includes(set.key)) {
      const blocks = deviceBlocks(s, set.key as DeviceKind, set, facts);
      if (blocks) args[set.key] = blocks;
      else { const v = xlConfigValue(s, set); if (v !== null) xl[set.key] = v; }
    } else if (PROVIDER_KEYS[set.key]) {
      warning(s, "providerKey", set.key, set.line, `${set.key} is left out of the converted code`, PROVIDER_KEYS[set.key]);
    } else {
      const v = xlConfigValue(s, set);
      if (v !== null) xl[set.key] = v;
    }
  }
  if (args.name === undefined) error(s, "name", undefined, "xl refuses the file: Domain name must be specified", `${file} has no name = "..." line.`);
  if (args.memory === undefined) {
    args.memory = XL_DEFAULT_MEMORY_MIB;
    note(s, { severity: "warning", id: "defaultMemory", path: ["memory"], summary: `No memory in the file: written as libxl's default, ${XL_DEFAULT_MEMORY_MIB} MiB` });
  }
  return { args, xl };
}

function resolve(d: Draft, host: string, facts: HostFacts): Resolution {
  const spec = specFromAttributes({ ...d.args, host, xl_config: Object.keys(d.xl).length ? d.xl : null });
  return resolveDomain(spec, facts);
}

/**
 * The arguments to write for a guest, from values as a configuration or state holds them:
 * attributes in the table's order, unset ones, computed ones and those equal to their
 * row's default left out; blocks with their set fields only — without the fields the
 * provider computes (a vif's mac) when `computedFields` is false: an imported guest's
 * state keeps them, and a configuration that leaves them unset plans clean against it.
 */
export function domainArguments(values: Readonly<Record<string, unknown>>, opts: { computedFields?: boolean } = {}): DomainArguments {
  const out: DomainArguments = {};
  for (const a of DOMAIN_ATTRIBUTES as readonly DomainAttribute[]) {
    const v = values[a.name];
    if (a.use === "computed" || v === null || v === undefined) continue;
    if (a.type === "string-map" && (typeof v !== "object" || !Object.keys(v as object).length)) continue;
    const d = a.default?.value;
    if (d !== undefined && withDefault({ ...values, [a.name]: null }, a.name) === v) continue;
    out[a.name] = v as DomainArguments[string];
  }
  for (const b of DOMAIN_BLOCKS) {
    const list = values[b.name];
    if (!Array.isArray(list) || !list.length) continue;
    out[b.name] = list.map((d) => {
      const o: DeviceArguments = {};
      for (const f of DEVICE_KINDS[b.name].fields) {
        const v = (d as Record<string, unknown>)[f.name];
        if (f.use === "optional-computed" && opts.computedFields === false) continue;
        if (v !== null && v !== undefined) o[f.name] = v as string | number | boolean;
      }
      return o;
    });
  }
  return out;
}

/** Convert one xl.cfg text for a host with the given facts. */
export function convertXlCfg(text: string, file: string, facts: HostFacts, opts: ConvertOptions): ConvertedGuest {
  const s: Sink = { findings: [] };
  const read = readXlCfg(text);
  const base = { file, writtenType: null, effectiveType: null, normalized: false };
  if (read.errors.length) {
    for (const e of read.errors) note(s, { severity: "error", path: [], summary: `xl refuses the file: ${e.message}` }, e.line);
    if (read.likelyPython) {
      note(s, { severity: "error", path: [], summary: "The file looks like it contains Python code, which xl no longer reads",
        detail: "See https://wiki.xen.org/wiki/PythonInXlConfig." });
    }
    return { ...base, name: null, args: null, findings: s.findings, refused: true };
  }
  const lines = new Map(read.settings.map((x) => [x.key, x.line]));
  const entryLines = new Map(read.settings.filter((x) => x.value.kind === "list").map((x) => [x.key, (x.value as { items: readonly XlCfgValue[] }).items.map((i) => i.line)]));
  const draft = draftFrom(s, read.settings, facts, file);
  let r = resolve(draft, opts.host, facts);
  let normalized = false;
  const typeNeedsFix = r.effectiveType !== null && (draft.args.type !== undefined || draft.xl.builder !== undefined)
    && (draft.args.type !== r.effectiveType || draft.xl.builder !== undefined);
  if (opts.normalizeType && typeNeedsFix && !isRefused(r)) {
    const writtenType = r.writtenType;
    draft.args.type = r.effectiveType;
    delete draft.xl.builder;
    r = resolve(draft, opts.host, facts);
    r = { ...r, writtenType };
    normalized = true;
  }
  for (const f of r.findings) note(s, f, lineOf(f, lines, entryLines));
  const refused = s.findings.some((f) => f.severity === "error");
  const values = { ...draft.args, host: opts.host, xl_config: Object.keys(draft.xl).length ? draft.xl : null };
  const args = refused ? null : domainArguments(values);
  if (args) delete args.host;
  return {
    ...base,
    name: typeof draft.args.name === "string" ? draft.args.name : null,
    args,
    findings: s.findings,
    writtenType: r.writtenType,
    effectiveType: refused ? null : r.effectiveType,
    normalized,
    refused,
  };
}

/** A finding as one line: `web.cfg:3: warning: type: This Arm guest will run as PVH, not PV`. */
export function findingLine(file: string, f: SourcedFinding): string {
  const at = pathText(f.path);
  return `${where(file, f.line)}: ${f.severity}: ${at ? at + ": " : ""}${f.summary}`;
}

/** What the plan will say of a converted guest, in one sentence. */
export function planSummary(g: ConvertedGuest, facts: HostFacts): string {
  const host = `Xen ${facts.xenVersion.text} ${facts.machine}`;
  if (g.refused) return `refused on ${host}: nothing written for this guest`;
  const warnings = g.findings.filter((f) => f.severity === "warning").length;
  const tail = warnings ? `; the plan warns ${warnings} time${warnings > 1 ? "s" : ""}` : "";
  if (g.normalized) return `written ${g.writtenType}, runs as ${g.effectiveType} on ${host}: the converted code writes ${g.effectiveType}${tail}`;
  if (!g.writtenType) return `no type written, runs as ${g.effectiveType} (the host's default) on ${host}${tail}`;
  if (g.writtenType !== g.effectiveType) return `written ${g.writtenType}, runs as ${g.effectiveType} on ${host}: kept as ${g.writtenType} (--normalize-type writes ${g.effectiveType})${tail}`;
  return `written ${g.writtenType}, runs as ${g.effectiveType} on ${host}${tail}`;
}

/** Words a label cannot be: keywords of TypeScript and Python, and the generated apps' own variables. */
const RESERVED = new Set([
  "app", "stack", "domain", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let",
  "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
  "yield", "and", "as", "assert", "async", "await", "def", "del", "elif", "except", "from", "global", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "None", "True", "False",
]);

/**
 * A resource label from a guest's name: letters, digits and '_' (what HCL, TypeScript and
 * Python all take as a name), not starting with a digit, not one of `taken` (which it joins).
 */
export function labelFor(name: string, taken: Set<string>): string {
  let base = name.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "guest";
  if (/^[0-9]/.test(base) || RESERVED.has(base)) base = `guest_${base}`;
  let label = base;
  for (let n = 2; taken.has(label); n++) label = `${base}_${n}`;
  taken.add(label);
  return label;
}
