// Checking the xl_config map against xl's key table for the host's version and
// architecture, and reading each value the way xl will.
import { CHANCE_DETAIL, chanceText, parseDiskSpec, parseVifSpec, warningsBeside } from "./device-specs";
import type { ArchFamily } from "./arch";
import { refuse, warn, type Finding } from "./finding";
import { XL_KEYS, type XlKey } from "./key-table";
import { FIRST_CLASS_KEYS } from "./spec";
import { atLeast, type XenVersion } from "./version";
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
  xl: Record<string, string>, family: ArchFamily, version: XenVersion,
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
    } else if (known.arch && known.arch !== family) {
      findings.push(warn("otherArchKey", path, `"${key}" is ${known.arch === "x86" ? "x86" : "Arm"}-only; xl ignores it on this ${family === "arm" ? "Arm" : "x86"} host`,
        known.summary));
    }
    const value = readValue(key, xl[key], known?.kind, path, findings);
    if (value !== null) entries.push([key, value]);
    if (value !== null && (key === "disk" || key === "vif")) findings.push(...checkDeviceList(key, value, version, path));
  }
  return { entries, findings };
}
