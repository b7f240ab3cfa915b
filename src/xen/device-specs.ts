// xl's own reading of a disk or vif spec string (xl.cfg's `disk = [...]` and `vif = [...]`
// entries), into libxl's device fields as `xl -N block-attach` / `xl -N create` print them.
// Built from, and tested against, xl's parse on the real hosts (test/fixtures/xl-parse):
// for xl_config's device lists and for converting hand-written xl.cfg files. Pure: no I/O.
import { DISK_FIELDS, VIF_FIELDS } from "./devices";
import { atLeast, type XenVersion } from "./version";

/** libxl's device fields, as xl prints them (pdev_path, vdev, readwrite, mac, bridge...). */
export type LibxlDevice = Record<string, string | number | boolean>;

/**
 * A spec as xl reads it. `chance`: fields xl sets to a value the spec does not determine (a
 * short MAC, whose missing octets xl reads from past the end of the text), with the part the
 * spec does fix; the device leaves them out.
 */
export type SpecParse = { device: LibxlDevice; warnings: string[]; chance?: Record<string, string> } | { error: string };

/** The fields xl sets to a value a spec does not fix, with the part the spec does fix. */
export const chanceText = (chance: Record<string, string>): string =>
  Object.entries(chance).map(([k, fixed]) => `${k} (only ${fixed} is given)`).join(" and ");
/** xl's warnings of a parse but the one a field left to chance already explains. */
export const warningsBeside = (r: { warnings: string[]; chance?: Record<string, string> }): string[] =>
  r.chance?.mac ? r.warnings.filter((w) => w !== "Invalid parameter `mac'.") : r.warnings;
export const CHANCE_DETAIL = "A MAC of fewer than six octets makes xl read the missing ones from memory past the end of the text: the guest's MAC is not what the spec says, and may differ from one create to the next. Give all six octets.";

const FORMATS = ["raw", "qcow", "qcow2", "vhd", "qed"];
const ACCESS: Record<string, boolean> = { r: false, ro: false, w: true, rw: true };
const BACKEND_TYPES = ["phy", "qdisk", "standalone", "tap"];
const SPECIFICATIONS = ["xen", "virtio"];
/** Prefixes xl strips from a target and ignores. */
const IGNORED_PREFIXES = ["phy", "file", "tap", "tap2", "tapdisk", "aio", "ioemu"];
const FORMAT_PREFIXES = ["raw", "qcow", "qcow2", "vhd"];
const SCRIPT_PREFIXES = ["iscsi", "nbd", "enbd", "drbd"];

const since = (fields: readonly { name: string; since?: string }[], name: string) => fields.find((f) => f.name === name)?.since ?? "0.0";
/** The version rules are the fields' (devices.ts): a disk's trusted flags, a vif's vlan. */
const DISK_TRUSTED_SINCE = since(DISK_FIELDS, "trusted");
const VIF_VLAN_SINCE = since(VIF_FIELDS, "vlan");

const err = (spec: string, what: string): { error: string } => ({ error: `${what} in \`${spec}'` });

/** A disk spec as xl reads it (libxlu's disk grammar). */
export function parseDiskSpec(spec: string, version: XenVersion): SpecParse {
  const d: LibxlDevice = {};
  let target: string | undefined;
  let deprecated = false;
  let npositional = 0;
  let rest = spec;
  let access: boolean | undefined;
  while (rest.length) {
    rest = rest.replace(/^\s+/, "");
    if (rest.startsWith("target=")) { target = rest.slice("target=".length); break; }
    const comma = rest.indexOf(",");
    const item = comma < 0 ? rest : rest.slice(0, comma);
    rest = comma < 0 ? "" : rest.slice(comma + 1);
    const eq = item.indexOf("=");
    if (eq >= 0) {
      const key = item.slice(0, eq), value = item.slice(eq + 1);
      switch (key) {
        case "vdev": if (d.vdev !== undefined) return err(spec, "vdev respecified"); d.vdev = value; break;
        case "format":
          if (d.format !== undefined) return err(spec, "format respecified");
          if (!FORMATS.includes(value)) return err(spec, `unknown value for format: near \`${value}'`);
          d.format = value; break;
        case "access":
          if (!(value in ACCESS)) return err(spec, `unknown value for access: near \`${value}'`);
          access = ACCESS[value]; break;
        case "devtype":
          if (value === "cdrom") d.is_cdrom = 1;
          else if (value !== "disk") return err(spec, `unknown value for type: near \`${value}'`);
          break;
        case "backend": d.backend_domname = value; break;
        case "backendtype":
          if (!BACKEND_TYPES.includes(value)) return err(spec, `unknown value for backendtype: near \`${value}'`);
          d.backend = value; break;
        case "script": d.script = value; break;
        case "specification":
          if (!SPECIFICATIONS.includes(value)) return err(spec, `unknown value for specification: near \`${value}'`);
          d.specification = value; break;
        default: return err(spec, `unknown parameter: near \`${item}'`);
      }
      continue;
    }
    const trustedFlags = atLeast(version, DISK_TRUSTED_SINCE);
    if (item === "cdrom") { d.is_cdrom = 1; continue; }
    if (item === "direct-io-safe") { d.direct_io_safe = true; continue; }
    if (item === "discard" || item === "no-discard") { d.discard_enable = item === "discard" ? "True" : "False"; continue; }
    if (trustedFlags && (item === "trusted" || item === "untrusted")) { d.trusted = item === "trusted" ? "True" : "False"; continue; }
    // A positional parameter: target, format, vdev, access in that order; with a
    // deprecated prefix on the target, the old order target, vdev, access. Each is
    // applied where it stands (a later key=value of the same field respecifies it).
    let v = item;
    if (npositional === 0) {
      const p = stripPrefixes(item);
      if ("error" in p) return err(spec, p.error);
      if (p.prefixed) {
        deprecated = true;
        if (p.format) d.format = p.format;
        if (p.script) d.script = p.script;
      }
      v = p.target;
    }
    const order = deprecated ? ["target", "vdev", "access"] : ["target", "format", "vdev", "access"];
    if (npositional >= order.length) return err(spec, "too many positional parameters");
    const slot = order[npositional++];
    if (v === "" && slot !== "target") continue;
    switch (slot) {
      case "target": target = v; break;
      case "format":
        if (!FORMATS.includes(v)) return err(spec, `unknown value for format: near \`${v}'`);
        d.format = v; break;
      case "vdev": {
        if (d.vdev !== undefined) return err(spec, "vdev respecified");
        const m = /^(.*):(cdrom|disk)$/.exec(v);
        d.vdev = m ? m[1] : v;
        if (m?.[2] === "cdrom") d.is_cdrom = 1;
        break;
      }
      case "access":
        if (!(v in ACCESS)) return err(spec, `unknown value for access: near \`${v}'`);
        access = ACCESS[v]; break;
    }
  }
  if (d.vdev === undefined) return err(spec, "no vdev specified");
  if (target === undefined && !d.is_cdrom) return err(spec, "no target specified (and device not removable)");
  const out: LibxlDevice = {};
  if (d.backend_domname !== undefined) out.backend_domname = d.backend_domname;
  out.pdev_path = target ?? "";
  out.vdev = d.vdev;
  if (d.backend !== undefined) out.backend = d.backend;
  out.format = d.is_cdrom && out.pdev_path === "" ? "empty" : (d.format as string | undefined) ?? "raw";
  if (d.script !== undefined) out.script = d.script;
  if (d.is_cdrom) { out.removable = 1; out.is_cdrom = 1; } else if (access !== false) out.readwrite = 1;
  for (const k of ["direct_io_safe", "discard_enable", "trusted", "specification"]) if (d[k] !== undefined) out[k] = d[k];
  return { device: out, warnings: [] };
}

/** Deprecated prefixes on a target: `phy:`, `file:`, `tap:aio:`... are dropped, `qcow2:` sets the format, `iscsi:` the script. */
function stripPrefixes(item: string): { target: string; prefixed: boolean; format?: string; script?: string } | { error: string } {
  let t = item;
  let prefixed = false;
  for (;;) {
    const m = /^([a-z][-a-z0-9]*):(.*)$/s.exec(t);
    if (!m) return { target: t, prefixed };
    const [, p, after] = m;
    if (IGNORED_PREFIXES.includes(p)) { t = after; prefixed = true; continue; }
    if (FORMAT_PREFIXES.includes(p)) return { target: after, prefixed: true, format: p };
    if (SCRIPT_PREFIXES.includes(p)) return { target: after, prefixed: true, script: `block-${p}` };
    // Anything else that looks like a prefix before a path or another prefix is an error to xl.
    if (/^(\/|[a-z][-a-z0-9]*:)/.test(after) && prefixed === false) return { error: `unknown deprecated disk prefix \`${p}:'` };
    return { target: t, prefixed };
  }
}

/** xl's rate (`<N><unit>/s[@<interval>]`) as bytes per interval and the interval in µs. */
function parseRate(v: string): { bytes: number; usecs: number } | { error: string } {
  const m = /^(\d+)([KMG]?)([bB])\/s(?:@(\d+)(us|ms|s))?$/.exec(v);
  if (!m) return { error: `invalid rate in \`${v}'` };
  if (Number(m[1]) === 0) return { error: `rate overflow in \`${v}'` };
  const usecs = m[4] ? Number(m[4]) * { us: 1, ms: 1e3, s: 1e6 }[m[5] as "us" | "ms" | "s"] : 50_000;
  if (usecs === 0) return { error: `replenishment interval overflow in \`${m[4]}${m[5]}'` };
  const bytesPerSecond = Number(m[1]) * { "": 1, K: 1e3, M: 1e6, G: 1e9 }[m[2] as "" | "K" | "M" | "G"] / (m[3] === "b" ? 8 : 1);
  return { bytes: Math.floor(bytesPerSecond * usecs / 1e6), usecs };
}

/**
 * A MAC as xl's config parser reads it: six hex octets, each of one or two digits, after the
 * one before and its separator. Null when the first is not hex (xl leaves the MAC unset).
 * With fewer than six, xl reads the rest from the memory past the text's end (a real x86
 * host gave 00 once and 05 another time for the sixth octet): `given` says how many are real.
 */
function parseMac(v: string): { octets: string[]; given: number } | null {
  const parts = v.trim().split(":");
  if (parts.length === 0 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) return null;
  const octets = parts.slice(0, 6).map((p) => p.toLowerCase().padStart(2, "0"));
  return { octets, given: octets.length };
}

/**
 * A vif spec of an xl.cfg `vif` list as xl reads it (xl_parse.c): comma-separated
 * `key=value` items, empty ones skipped, the last of a key winning. Unknown keys and bad
 * values that xl only warns about are dropped with that warning; what xl refuses is an error.
 */
export function parseVifSpec(spec: string, version: XenVersion, index: number): SpecParse {
  const d: LibxlDevice = { devid: index };
  const warnings: string[] = [];
  let shortMac: string | undefined;
  for (const raw of spec.split(",")) {
    const item = raw.replace(/^\s+/, "");
    if (item === "") continue;
    const eq = item.indexOf("=");
    const key = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? "" : item.slice(eq + 1);
    switch (eq < 0 ? `flag:${item}` : key) {
      case "mac": {
        const mac = parseMac(value);
        delete d.mac;
        shortMac = undefined;
        if (mac === null) warnings.push("Invalid parameter `mac'.");
        else if (mac.given < 6) {
          warnings.push("Invalid parameter `mac'.");
          shortMac = mac.octets.join(":");
        } else d.mac = mac.octets.join(":");
        break;
      }
      case "bridge": case "ip": case "script": case "gatewaydev": case "model": d[key] = value; break;
      case "vifname": d.ifname = value; break;
      case "backend": d.backend_domname = value; break;
      case "devid": d.devid = Number(value); break;
      case "mtu": {
        if (!/^\d+$/.test(value)) return { error: `xl: failed to convert "${value}" to number` };
        if (Number(value) > 0) d.mtu = Number(value); else delete d.mtu;
        break;
      }
      case "rate": {
        const r = parseRate(value);
        if ("error" in r) return { error: `config parsing error in vif: ${r.error}` };
        if (r.bytes > 0) d.rate_bytes_per_interval = r.bytes; else delete d.rate_bytes_per_interval;
        d.rate_interval_usecs = r.usecs;
        break;
      }
      case "type":
        if (value === "ioemu") d.nictype = "vif_ioemu";
        else if (value === "vif") d.nictype = "vif";
        else warnings.push("Invalid parameter `type'.");
        break;
      case "vlan":
        if (atLeast(version, VIF_VLAN_SINCE)) d.vlan = value;
        else warnings.push(`unrecognized argument \`${item}'`);
        break;
      case "flag:trusted": d.trusted = "True"; break;
      case "flag:untrusted": d.trusted = "False"; break;
      default: warnings.push(`unrecognized argument \`${item}'`);
    }
  }
  return shortMac ? { device: d, warnings, chance: { mac: shortMac } } : { device: d, warnings };
}
