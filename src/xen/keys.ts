// Checking the xl_config map against xl's key table for the host's version and
// architecture, and reading each value the way xl will.
import { CHANCE_DETAIL, chanceText, parseDiskSpec, parseVifSpec, warningsBeside } from "./device-specs";
import type { ArchFamily } from "./arch";
import { refuse, warn, type Finding } from "./finding";
import { XL_KEYS, type KeyRule, type XlKey } from "./key-table";
import type { Machine } from "./facts";
import type { GuestType } from "./guest-type";
import type { Step } from "./finding";
import { FIRST_CLASS_KEYS } from "./spec";
import { atLeast, compareVersion, type XenVersion } from "./version";
import { readXlInteger, uncarriable, type CfgValue } from "./xlcfg";

const byName = new Map<string, XlKey>(XL_KEYS.map((k) => [k.name, k]));

export const lookupKey = (name: string): XlKey | undefined => byName.get(name);

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** The closest known key, for a "did you mean". */
export function suggestKey(name: string): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of [...byName.keys(), ...FIRST_CLASS_KEYS]) {
    const d = distance(name.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** A value of xl_config, read per the key's kind; null when refused (see findings). */
function readValue(key: string, raw: string, kind: XlKey["kind"] | undefined, path: Finding["path"], f: Finding[]): CfgValue | null {
  const bad = (why: string) => { f.push(refuse(path!, `xl_config["${key}"] ${why}`)); return null; };
  const strings = (list: unknown[]): string[] | string[][] | null => {
    // A list of strings, or a list of lists of strings (vnuma: jsonencode([["pnode=0", ...], [...]])).
    const nested = list.length > 0 && list.every((e) => Array.isArray(e));
    if (nested ? !list.every((e) => (e as unknown[]).every((x) => typeof x === "string")) : !list.every((e) => typeof e === "string")) {
      return bad("must be a list of strings (jsonencode([\"...\"])) or of lists of strings (jsonencode([[\"...\"], [\"...\"]]))");
    }
    for (const e of (nested ? list.flat() : list) as string[]) { const u = uncarriable(e); if (u) return bad(u); }
    return list as string[] | string[][];
  };
  const trimmed = raw.trim();
  if (trimmed.startsWith("[")) {
    let list: unknown;
    try { list = JSON.parse(trimmed); } catch { return bad("looks like a list but is not valid JSON; write it with jsonencode([...])"); }
    if (!Array.isArray(list)) return bad("must be a JSON list");
    if (kind && kind !== "list" && kind !== "any") return bad(`is a list, but xl reads ${key} as ${kind === "integer" ? "an integer" : `a ${kind}`}`);
    return strings(list);
  }
  const u = uncarriable(raw);
  if (u) return bad(u);
  switch (kind) {
    case "list": return [raw];
    case "integer":
    case "boolean":
      if (kind === "boolean" && (trimmed === "true" || trimmed === "false")) return trimmed === "true" ? 1 : 0;
      {
        const n = readXlInteger(trimmed);
        if ("error" in n) return bad(`must be an integer as xl reads it: ${n.error}`);
        return n.render;
      }
    case "number":
      if (trimmed === "" || Number.isNaN(Number(trimmed))) return bad(`must be a number, not "${raw}"`);
      return Number(trimmed);
    case "string": return raw;
    default: {
      // A key this table does not know: a number xl can read is written bare, anything else quoted.
      const n = readXlInteger(trimmed);
      return "error" in n ? raw : n.render;
    }
  }
}

/** Check xl_config and return the entries to write, in key order. */
/**
 * xl_config's disk or vif list, entry by entry, as xl reads it: what xl refuses is an
 * error with xl's reason; what xl only warns about and drops (a vif's unknown key, a bad
 * MAC) is a warning, since the guest would silently lack it.
 */
function checkDeviceList(key: "disk" | "vif", value: CfgValue, version: XenVersion, path: Finding["path"] & object): Finding[] {
  const specs = Array.isArray(value) ? (value as unknown[]).filter((e): e is string => typeof e === "string") : typeof value === "string" ? [value] : [];
  const f: Finding[] = [];
  specs.forEach((spec, i) => {
    const r = key === "disk" ? parseDiskSpec(spec, version) : parseVifSpec(spec, version, i);
    if ("error" in r) {
      f.push(refuse(path, `xl refuses ${key} entry ${i}: ${r.error}`, `The entry is "${spec}". Nothing was sent to the host. (Or use ${key} blocks, which the plan checks field by field.)`));
    } else {
      if (r.chance) {
        f.push(warn("deviceLeftToChance", path, `xl leaves ${chanceText(r.chance)} of ${key} entry ${i} to chance`,
          `The entry is "${spec}". ${CHANCE_DETAIL}`));
      }
      for (const n of r.notes ?? []) {
        f.push(warn("deviceMisread", path, `${key} entry ${i}: ${n}`, `The entry is "${spec}". Write the value in full.`));
      }
      const dropped = warningsBeside(r);
      if (dropped.length) {
        f.push(warn("deviceKeyDropped", path, `xl drops part of ${key} entry ${i}: ${dropped.join("; ")}`,
          `The entry is "${spec}". xl creates the ${key} without it, with only a warning.`));
      }
    }
  });
  return f;
}

export function checkXlConfig(
  xl: Record<string, string>, version: XenVersion,
): { entries: [string, CfgValue][]; findings: Finding[] } {
  const findings: Finding[] = [];
  const entries: [string, CfgValue][] = [];
  for (const key of Object.keys(xl).sort()) {
    const path = ["xl_config", { key }];
    if ((FIRST_CLASS_KEYS as readonly string[]).includes(key)) {
      findings.push(refuse(path, `Set ${key} as an attribute, not in xl_config`,
        `xen_domain has a "${key}" attribute; the model checks it there. Move the value out of xl_config.`));
      continue;
    }
    if (!/^[a-z][._0-9a-z]*$/.test(key)) {
      findings.push(refuse(path, `"${key}" is not an xl.cfg key`, "xl's parser takes keys of lower-case letters, digits, '_' and '.', starting with a letter."));
      continue;
    }
    const known = byName.get(key);
    if (!known) {
      const s = suggestKey(key);
      findings.push(warn("unknownKey", path, `Unknown xl.cfg key "${key}"`,
        (s ? `Did you mean "${s}"? ` : "") + "xl ignores keys it does not read; this one is written to the config as given."));
    } else if (!atLeast(version, known.since) || (known.until && atLeast(version, known.until))) {
      findings.push(warn("keyNotInThisXen", path, `Xen ${version.text} does not read "${key}"`,
        known.until ? `xl read it from ${known.since} until before ${known.until}.` : `xl reads it from Xen ${known.since}; this host's xl ignores it.`));
    }
    const value = readValue(key, xl[key], known?.kind, path, findings);
    if (value !== null) entries.push([key, value]);
    if (value !== null && (key === "disk" || key === "vif")) findings.push(...checkDeviceList(key, value, version, path));
  }
  return { entries, findings };
}

/** What the key rules need to know about the host and the guest. */
export interface KeyContext {
  machine: Machine;
  family: ArchFamily;
  version: XenVersion;
  /** The type as xl's parser reads it (its default applied when none is written). */
  written: GuestType;
  /** The type libxl creates; null when the type is refused. */
  effective: GuestType | null;
  /** `virt_caps` of `xl info`; empty when unknown. */
  virtCaps: readonly string[];
  /** The keys the guest sets (xl_config's and the attributes that are xl keys) and their values, for rules that depend on another key. */
  others?: ReadonlyMap<string, string>;
}

/**
 * A value as the rules compare it: integers in decimal, as xl reads them; other text trimmed.
 * A boolean key's true/false is the 1/0 the writer puts in the config.
 */
function ruleValue(raw: string, kind: XlKey["kind"]): string {
  const t = raw.trim();
  if (kind === "boolean" && (t === "true" || t === "false")) return t === "true" ? "1" : "0";
  const n = readXlInteger(t);
  return "error" in n ? t : String(n.value);
}

function ruleMatches(key: XlKey, r: KeyRule, raw: string, ctx: KeyContext): boolean {
  if (r.since && compareVersion(ctx.version, r.since) < 0) return false;
  if (r.until && compareVersion(ctx.version, r.until) >= 0) return false;
  if (r.arch && r.arch !== ctx.family) return false;
  if (r.machine && r.machine !== ctx.machine) return false;
  if (r.written && !r.written.includes(ctx.written)) return false;
  if (r.effective && !(ctx.effective && r.effective.includes(ctx.effective))) return false;
  if (r.without && r.without.some((k) => ctx.others?.has(k))) return false;
  const v = ruleValue(raw, key.kind);
  const eq = (a: string) => (r.anyCase ? a.toLowerCase() === v.toLowerCase() : a === v);
  if (r.values && !r.values.some(eq)) return false;
  if (r.except && r.except.some(eq)) return false;
  if (r.above !== undefined) {
    const n = readXlInteger(v);
    if ("error" in n || n.value <= BigInt(r.above)) return false;
  }
  if (r.below !== undefined) {
    const n = readXlInteger(v);
    if ("error" in n || n.value >= BigInt(r.below)) return false;
  }
  if (r.notPrefixOf && r.notPrefixOf.some((w) => w.startsWith(raw.trim()))) return false;
  if (r.atLeastKey) {
    const other = r.atLeastKey.map((k) => ctx.others?.get(k)).find((x) => x !== undefined);
    const n = readXlInteger(v);
    const m = other === undefined ? undefined : readXlInteger(ruleValue(other, "integer"));
    if (!m || "error" in m || "error" in n || n.value < m.value) return false;
  }
  return true;
}

/** The rule of the key table that decides this value here, if any. */
export function keyRule(key: string, raw: string, ctx: KeyContext): KeyRule | undefined {
  const k = byName.get(key);
  return k?.rules?.find((r) => ruleMatches(k, r, raw, ctx));
}

const ARCH_NAME = { x86: "x86", arm: "Arm" } as const;

/** One value's fate as findings: refusals are errors; what is dropped is a warning. */
function fateFindings(key: XlKey, raw: string, path: Step[], where: string, ctx: KeyContext): Finding[] {
  const r = key.rules?.find((x) => ruleMatches(key, x, raw, ctx));
  const value = raw.trim();
  const label = key.arch && key.arch !== ctx.family ? `"${key.name}" (${ARCH_NAME[key.arch]}-only)` : `"${key.name}"`;
  const cure = path[0] === "xl_config" ? `Remove it from xl_config` : `Unset ${key.name}`;
  const says = (x: KeyRule) => (x.says ? ` It prints: ${x.says.replace("<value>", value)}.` : "");
  const cite = (x: KeyRule) => ` (Read from ${x.source}.)`;
  // Every key with an arch has rules for the other one (test/model/key-fates.test.ts checks it):
  // no rule here means the key is taken as given.
  if (!r) return [];
  switch (r.fate) {
    case "accepted":
      return [];
    case "ignored":
      return [warn("keyIgnored", path, `${label} = ${value} is ignored on ${where}`,
        `xl create accepts it and drops it: ${r.why}.${says(r)} ${cure}, or keep it knowing it does nothing here.${cite(r)}`)];
    case "misapplied":
      return [warn("keyMisapplied", path, `${label} = ${value} does something else on ${where}`,
        `xl create accepts it, but not for what the key is for: ${r.why}.${says(r)} ${cure}.${cite(r)}`)];
    case "xl":
      return [refuse(path, `xl refuses ${key.name} = ${value} on ${where}`,
        `xl's parser stops before anything is created: ${r.why}.${says(r)} ${cure} or change the value.${cite(r)}`)];
    case "create":
      return [refuse(path, `${key.name} = ${value} makes xl create fail on ${where}`,
        `libxl or Xen refuses it while creating the domain (exit 3): ${r.why}.${says(r)} ${cure}.${cite(r)}`)];
    case "host":
      if (r.cap && ctx.virtCaps.length) {
        return ctx.virtCaps.includes(r.cap) ? [] : [refuse(path, `${key.name} = ${value} makes xl create fail on ${where}`,
          `The host's virt_caps (${ctx.virtCaps.join(" ")}) lack "${r.cap}": ${r.why}.${says(r)} ${cure}.${cite(r)}`)];
      }
      return [warn("keyNeedsHost", path, `${key.name} = ${value} works on ${where} only if the host allows it`,
        `${r.why}.${says(r)} ${r.cap ? "The host's virt_caps are not known to the plan. " : ""}Otherwise xl create fails (exit 3).${cite(r)}`)];
  }
}

/**
 * The key table's rules for the keys a guest sets: xl_config's entries and the
 * attributes that are xl keys. `entries` are [key, the value as xl.cfg text, its path].
 */
export function checkKeyFates(entries: readonly [string, string, Step[]][], ctx: KeyContext): Finding[] {
  const where = `Xen ${ctx.version.text} ${ctx.machine}`;
  ctx = { ...ctx, others: ctx.others ?? new Map(entries.map(([name, raw]) => [name, raw])) };
  const f: Finding[] = [];
  for (const [name, raw, path] of entries) {
    const k = byName.get(name);
    if (!k || !atLeast(ctx.version, k.since) || (k.until && atLeast(ctx.version, k.until))) continue;
    f.push(...fateFindings(k, raw, path, where, ctx));
  }
  return f;
}
