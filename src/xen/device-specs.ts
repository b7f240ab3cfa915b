// xl's own reading of a disk or vif spec string (xl.cfg's `disk = [...]` and `vif = [...]`
// entries), into libxl's device fields as `xl -N block-attach` / `xl -N create` print them.
// Built from, and tested against, xl's parse on the real hosts (test/fixtures/xl-parse):
// for xl_config's device lists and for converting hand-written xl.cfg files. Pure: no I/O.
import { xlRate } from "./devices";
import { atLeast, type XenVersion } from "./version";

/** libxl's device fields, as xl prints them (pdev_path, vdev, readwrite, mac, bridge...). */
export type LibxlDevice = Record<string, string | number | boolean>;

/**
 * A spec as xl reads it. `chance`: fields xl sets to a value the spec does not determine (a
 * short MAC, whose missing octets xl reads from past the end of the text), with the part the
 * spec does fix; the device leaves them out.
 */
export type SpecParse = { device: LibxlDevice; warnings: string[]; chance?: Record<string, string>; notes?: string[] } | { error: string };

/** The fields xl sets to a value a spec does not fix, with the part the spec does fix. */
export const chanceText = (chance: Record<string, string>): string =>
  Object.entries(chance).map(([k, fixed]) => `${k} (only ${fixed} is given)`).join(" and ");
/** xl's warnings of a parse but the one a field left to chance already explains. */
export const warningsBeside = (r: { warnings: string[]; chance?: Record<string, string> }): string[] =>
  r.chance?.mac ? r.warnings.filter((w) => w !== "Invalid parameter `mac'.") : r.warnings;
export const CHANCE_DETAIL = "A MAC of fewer than six octets makes xl read the missing ones from memory past the end of the text: the guest's MAC is not what the spec says, and may differ from one create to the next. Give all six octets.";

const FORMATS = ["raw", "qcow", "qcow2", "vhd", "empty", "qed"];

/**
 * libxlu's disk scanner (libxlu_disk_l.l, compiled by flex into the libxlu_disk_l.c each
 * release ships -- the generated file is what xl runs, and it has lagged the .l: 4.17's and
 * 4.18's .l know `trusted`, their libxlu_disk_l.c does not). Its rules in order; at each
 * point of the text the rule matching the most text wins, trailing context (`/...`) counted,
 * and of equal matches the earlier rule (flex's rule). `take`: how much of the match is the
 * token (the rest is trailing context, read again by the next rule). `since`: the first
 * release whose generated scanner has the rule. Lines: the .l @RELEASE-4.22.0.
 */
type DiskRule = { re: RegExp; trailing?: boolean; since?: string; act: DiskAction; cite: string };
type DiskAction =
  | { t: "skip" } | { t: "key"; key: string } | { t: "set"; field: string; value: string | number | boolean }
  | { t: "error"; msg: string; stop?: boolean } | { t: "prefix"; kind: "format" | "script" | "none" } | { t: "positional" } | { t: "lexerr" };
const REST = "[^\\n]*";
const key = (k: string, line: number, since?: string): DiskRule =>
  ({ re: new RegExp(`${k}=[^,]*,?`, "y"), act: { t: "key", key: k }, cite: `libxlu_disk_l.l:${line}`, since });
const flag = (f: string, field: string, value: string | number | boolean, line: number, since?: string): DiskRule =>
  ({ re: new RegExp(`${f},?`, "y"), act: { t: "set", field, value }, cite: `libxlu_disk_l.l:${line}`, since });
const prefix = (p: string, kind: "format" | "script" | "none", line: number): DiskRule =>
  ({ re: new RegExp(`(?:${p}):(?=(?<trail>${REST}))`, "y"), trailing: true, act: { t: "prefix", kind }, cite: `libxlu_disk_l.l:${line}` });
export const DISK_SCANNER: readonly DiskRule[] = [
  // Blanks before an item are skipped; the trailing context (the rest of the text) makes this the longest match.
  { re: new RegExp(`[ \\t\\n]+(?=(?<trail>${REST}))`, "y"), trailing: true, act: { t: "skip" }, cite: "libxlu_disk_l.l:189" },
  key("format", 193),
  flag("cdrom", "is_cdrom", 1, 195), flag("devtype=cdrom", "is_cdrom", 1, 196), flag("devtype=disk", "is_cdrom", 0, 197),
  { re: /devtype=[^,]*,?/y, act: { t: "error", msg: "unknown value for type" }, cite: "libxlu_disk_l.l:198" },
  key("access", 200), key("backend", 201), key("backendtype", 202),
  key("specification", 203, "4.17"), // libxlu_disk_l.c:1653@RELEASE-4.17.0
  key("vdev", 205), key("script", 206),
  flag("direct-io-safe", "direct_io_safe", true, 207), flag("discard", "discard_enable", "True", 208), flag("no-discard", "discard_enable", "False", 209),
  flag("colo", "colo_enable", "True", 212), flag("no-colo", "colo_enable", "False", 213),
  key("colo-host", 214), key("colo-port", 215), key("colo-export", 216), key("active-disk", 217), key("hidden-disk", 218),
  flag("trusted", "trusted", "True", 220, "4.19"), flag("untrusted", "trusted", "False", 221, "4.19"), // libxlu_disk_l.c:1760@RELEASE-4.19.0
  flag("grant_usage=1", "grant_usage", "True", 223, "4.19"), flag("grant_usage=0", "grant_usage", "False", 224, "4.19"), // libxlu_disk_l.c:1770@RELEASE-4.19.0
  { re: new RegExp(`target=${REST}`, "y"), act: { t: "key", key: "target" }, cite: "libxlu_disk_l.l:228" },
  { re: /[a-z][-a-z0-9]*=[^,],?/y, act: { t: "error", msg: "unknown parameter" }, cite: "libxlu_disk_l.l:232" },
  prefix("raw|qcow2?|vhd", "format", 239), prefix("iscsi|e?nbd|drbd", "script", 245),
  prefix("tapdisk", "none", 258), prefix("tap2?", "none", 259), prefix("aio", "none", 260), prefix("ioemu", "none", 261),
  prefix("file", "none", 262), prefix("phy", "none", 263),
  { re: new RegExp(`[a-z][a-z0-9]*:(?=(?<trail>(?:[^a-z0-9\\n]${REST})?))`, "y"), trailing: true,
    act: { t: "error", msg: "unknown deprecated disk prefix", stop: true }, cite: "libxlu_disk_l.l:265" },
  { re: /[^=,]*,|[^=,]+,?/y, act: { t: "positional" }, cite: "libxlu_disk_l.l:272" },
  { re: /[^\n]/y, act: { t: "lexerr" }, cite: "libxlu_disk_l.l:298" },
];

/** The scanner's next token at `pos`: the longest match, the earlier rule on a tie. */
function nextToken(text: string, pos: number, rules: readonly DiskRule[]): { rule: DiskRule; token: string; length: number } | null {
  let best: { rule: DiskRule; token: string; length: number } | null = null;
  for (const rule of rules) {
    rule.re.lastIndex = pos;
    const m = rule.re.exec(text);
    if (!m) continue;
    const length = m[0].length + (rule.trailing ? (m.groups?.trail.length ?? 0) : 0);
    if (!best || length > best.length) best = { rule, token: m[0], length };
  }
  return best;
}

/** libxl's disk as libxlu fills it while scanning. */
type DiskState = {
  pdev_path: string | null; vdev: string | null; format: string | null; backend: string | null; specification: string | null;
  script: string | null; backend_domname: string | null; readwrite: number; is_cdrom: number; accessSet: boolean; deprecatedPrefix: boolean;
  flags: Record<string, string | number | boolean>; strings: Record<string, string>; colo_port?: number;
};

/**
 * A disk spec as xl reads it (libxlu's disk scanner and xlu_disk_parse). Several specs are
 * the arguments of one `xl block-attach`, read in turn into one disk; an xl.cfg entry is one.
 * The error is the first one xl prints: "<what>[: near `<text>'] in `<spec>'".
 */
export function parseDiskSpecs(specs: readonly string[], version: XenVersion): SpecParse {
  const rules = DISK_SCANNER.filter((r) => !r.since || atLeast(version, r.since));
  const d: DiskState = { pdev_path: null, vdev: null, format: null, backend: null, specification: null, script: null, backend_domname: null,
    readwrite: 1, is_cdrom: 0, accessSet: false, deprecatedPrefix: false, flags: {}, strings: {} };
  let error: string | undefined;
  for (const spec of specs) {
    const fail = (what: string, near: string | null) => { error ??= `${what}${near === null ? "" : `: near \`${near}'`} in \`${spec}'`; };
    const strip = (t: string, c: string) => (t.endsWith(c) ? t.slice(0, -1) : t);
    const save = (name: string, get: () => string | null, put: (v: string) => void, v: string) => {
      const had = get();
      if (had) fail(`${name} respecified`, v); else put(v); // an empty string may be overwritten (libxlu_disk_l.l:86-93)
    };
    const dset = (member: "format" | "backend" | "specification", v: string, str: string) => {
      if (d[member] !== null && d[member] !== v) fail(`${member} respecified`, str); else d[member] = v;
    };
    const setformat = (v: string) => (v === "" ? dset("format", "raw", v) : FORMATS.includes(v) ? dset("format", v, v) : fail("unknown value for format", v));
    const setaccess = (v: string) => {
      if (v === "r" || v === "ro") d.readwrite = 0; else if (v === "rw" || v === "w" || v === "") d.readwrite = 1; else fail("unknown value for access", v);
    };
    const backendTypes = atLeast(version, "4.17") ? ["phy", "tap", "qdisk", "standalone"] : ["phy", "tap", "qdisk"]; // libxlu_disk_l.c:1180@RELEASE-4.17.0
    /** `<vdev>:<cdrom|disk>`, the old way to say a cdrom (libxlu_disk_l.l:149-167); false when there is no colon. */
    const vdevAndDevtype = (t: string): boolean => {
      const colon = t.lastIndexOf(":");
      if (colon < 0) return false;
      save("vdev", () => d.vdev, (v) => { d.vdev = v; }, t.slice(0, colon));
      const type = t.slice(colon + 1);
      if (type === "cdrom") d.is_cdrom = 1; else if (type === "disk") d.is_cdrom = 0; else fail("unknown deprecated type", type);
      return true;
    };
    let pos = 0;
    scan: while (pos < spec.length) {
      const tok = nextToken(spec, pos, rules)!;
      pos += tok.token.length;
      const t = tok.token;
      const a = tok.rule.act;
      switch (a.t) {
        case "skip": break;
        case "set": d.flags[a.field] = a.value; if (a.field === "is_cdrom") d.is_cdrom = a.value as number; break;
        case "error": fail(a.msg, t); if (a.stop) break scan; break;
        case "key": {
          const v = (a.key === "target" ? t : strip(t, ",")).slice(a.key.length + 1);
          switch (a.key) {
            case "format": setformat(v); break;
            case "access": setaccess(v); break;
            case "backendtype": backendTypes.includes(v) ? dset("backend", v, v) : fail("unknown value for backendtype", v); break;
            case "specification": ["xen", "virtio"].includes(v) ? dset("specification", v, v) : fail("unknown value for specification", v); break;
            case "backend": save("backend", () => d.backend_domname, (x) => { d.backend_domname = x; }, v); break;
            case "vdev": save("vdev", () => d.vdev, (x) => { d.vdev = x; }, v); break;
            case "script": save("script", () => d.script, (x) => { d.script = x; }, v); break;
            case "target": save("target", () => d.pdev_path, (x) => { d.pdev_path = x; }, strip(v, ",")); break;
            case "colo-port": if (cAtoi(v)) d.colo_port = cAtoi(v); else fail("unknown value for colo_port", v); break;
            default: { // colo-host, colo-export, active-disk, hidden-disk
              const field = a.key.replace("-", "_");
              save(a.key, () => d.strings[field] ?? null, (x) => { d.strings[field] = x; }, v);
            }
          }
          break;
        }
        case "prefix": {
          const p = t.slice(0, -1);
          d.deprecatedPrefix = true;
          if (a.kind === "format") setformat(p);
          else if (a.kind === "script") save("script", () => d.script, (x) => { d.script = x; }, `block-${p}`);
          break;
        }
        case "positional": {
          // target, then format (unless a deprecated prefix was given), vdev, access (libxlu_disk_l.l:272-296)
          const v = strip(t, ",");
          if (error) break;
          if (d.pdev_path === null) save("target", () => d.pdev_path, (x) => { d.pdev_path = x; }, v);
          else if (!d.deprecatedPrefix && d.format === null) {
            if (d.pdev_path === "" && vdevAndDevtype(v)) d.format = "empty"; else setformat(v);
          } else if (d.vdev === null) { if (!vdevAndDevtype(v)) d.vdev = v; }
          else if (!d.accessSet) { d.accessSet = true; setaccess(v); }
          else { fail("too many positional parameters", v); break scan; }
          break;
        }
        case "lexerr": {
          // From a character no other rule takes (an `=`) to the end of the line is "bad disk syntax";
          // at the very end of the text flex meets the end first and there is no error.
          const rest = /^[^\n]*/.exec(spec.slice(pos))![0];
          if (rest !== "") fail("bad disk syntax", t + rest);
          break scan;
        }
      }
    }
    if (error) return { error };
  }
  // xlu_disk_parse's defaults and checks (libxlu_disk.c:59-89@RELEASE-4.22.0, the same since 4.10).
  const last = specs[specs.length - 1] ?? "";
  if (d.format === null) d.format = "raw";
  let removable = 0;
  if (d.is_cdrom) { removable = 1; d.readwrite = 0; if (!d.pdev_path) d.format = "empty"; }
  if (d.vdev === null) return { error: `no vdev specified in \`${last}'` };
  if (d.pdev_path === null && !removable) return { error: `no target specified (and device not removable) in \`${last}'` };
  const out: LibxlDevice = {};
  if (d.backend_domname !== null) out.backend_domname = d.backend_domname;
  if (d.pdev_path !== null) out.pdev_path = d.pdev_path;
  out.vdev = d.vdev;
  if (d.backend !== null) out.backend = d.backend;
  out.format = d.format;
  if (d.script !== null) out.script = d.script;
  if (removable) out.removable = 1;
  if (d.readwrite) out.readwrite = 1;
  if (d.is_cdrom) out.is_cdrom = 1;
  if (d.flags.direct_io_safe) out.direct_io_safe = true;
  if (d.flags.discard_enable !== undefined) out.discard_enable = d.flags.discard_enable;
  if (d.specification !== null) out.specification = d.specification;
  if (d.flags.colo_enable !== undefined) out.colo_enable = d.flags.colo_enable;
  for (const k of ["colo_host"]) if (d.strings[k] !== undefined) out[k] = d.strings[k];
  if (d.colo_port) out.colo_port = d.colo_port;
  for (const k of ["colo_export", "active_disk", "hidden_disk"]) if (d.strings[k] !== undefined) out[k] = d.strings[k];
  if (d.flags.trusted !== undefined) out.trusted = d.flags.trusted;
  if (d.flags.grant_usage !== undefined) out.grant_usage = d.flags.grant_usage;
  return { device: out, warnings: [] };
}

/** A disk spec of an xl.cfg `disk` list as xl reads it. */
export const parseDiskSpec = (spec: string, version: XenVersion): SpecParse => parseDiskSpecs([spec], version);

/** C's atoi: blanks, a sign, digits; 0 when there are none (the int's overflow is not modelled). */
function cAtoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([-+]?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/**
 * A MAC as xl's vif parser reads it (xl_parse.c:436-445@RELEASE-4.22.0, the same since 4.10):
 * six times, a number in hex as C's strtoul reads one (blanks, a sign and `0x` allowed, any
 * number of digits), refused above 255 once cut to 32 bits, then ONE character skipped
 * whatever it is (so `-`, `.`, `:` or a blank all separate octets). What follows the sixth
 * octet is ignored. When the text runs out early, xl reads on past its end: `after` is what
 * lies there (the rest of the xl.cfg entry after the comma that ended the item), or null when
 * the item was the entry's last (memory past the copied text: left to chance).
 * `octets`: the octets read before the end or a failure; `bad`: a failure (xl's warning);
 * `ignored`: text after the sixth octet; `chance`: the text ran out with nothing after it;
 * `spilled`: octets were read from `after`.
 */
export function readXlMac(text: string, after: string | null = null): { octets: number[]; bad: boolean; ignored: string; chance: boolean; spilled?: boolean } {
  const octets: number[] = [];
  // The item's text, its terminating NUL, then what follows it in memory.
  let buf = text, pos = 0, spilled = false;
  for (let i = 0; i < 6; i++) {
    if (pos > buf.length) {
      if (spilled || after === null) return { octets, bad: false, ignored: "", chance: true };
      buf = after; pos = 0; spilled = true;
    }
    const m = /^[ \t\n\v\f\r]*([-+]?)(0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/.exec(buf.slice(pos));
    if (!m) return { octets, bad: true, ignored: "", chance: false, spilled };
    let v = BigInt(`0x${m[3]}`);
    if (v > 2n ** 64n - 1n) v = 2n ** 64n - 1n; else if (m[1] === "-") v = (2n ** 64n - v) % 2n ** 64n;
    const val = Number(v % 2n ** 32n);
    if (val > 255) return { octets, bad: true, ignored: "", chance: false, spilled };
    octets.push(val);
    pos += m[0].length + 1;
  }
  return { octets, bad: false, ignored: spilled ? "" : buf.slice(pos - 1), chance: false, spilled };
}
const macText = (o: number[]) => o.map((x) => x.toString(16).padStart(2, "0")).join(":");

/** C's strtoul(s, &end, 10) as xl's parse_ulong uses it (xl_parse.c:391-402@RELEASE-4.22.0): null when xl stops ("failed to convert"). */
function xlUlong(s: string): bigint | null {
  const m = /^[ \t\n\v\f\r]*([-+]?)(\d+)/.exec(s);
  if (!m) return null;
  let v = BigInt(m[2]);
  const max = 2n ** 64n - 1n;
  if (v > max) v = max; else if (m[1] === "-") v = (2n ** 64n - v) % 2n ** 64n;
  return v === max ? null : v;
}

/**
 * The items of a vif spec xl's config parser knows (xl_parse.c parse_nic_config, lines
 * @RELEASE-4.22.0 unless said): `key=` items match by prefix, flags whole. `since`: the first
 * release that reads it; older ones say "unrecognized argument" and drop it.
 */
export const VIF_SPEC_KEYS: readonly { key: string; flag?: boolean; since?: string; cite: string }[] = [
  { key: "type", cite: "xl_parse.c:427" }, { key: "mac", cite: "xl_parse.c:436" }, { key: "bridge", cite: "xl_parse.c:446" },
  { key: "netdev", cite: "xl_parse.c:448" }, { key: "gatewaydev", cite: "xl_parse.c:452" }, { key: "ip", cite: "xl_parse.c:454" },
  { key: "script", cite: "xl_parse.c:456" }, { key: "backend", cite: "xl_parse.c:458" }, { key: "vifname", cite: "xl_parse.c:460" },
  { key: "model", cite: "xl_parse.c:462" }, { key: "rate", cite: "xl_parse.c:464" }, { key: "forwarddev", cite: "xl_parse.c:466" },
  ...[
    "colo_sock_mirror_id", "colo_sock_mirror_ip", "colo_sock_mirror_port", "colo_sock_compare_sec_in_id", "colo_sock_compare_sec_in_ip",
    "colo_sock_compare_sec_in_port", "colo_sock_redirector0_id", "colo_sock_redirector0_ip", "colo_sock_redirector0_port",
    "colo_sock_redirector1_id", "colo_sock_redirector1_ip", "colo_sock_redirector1_port", "colo_sock_redirector2_id",
    "colo_sock_redirector2_ip", "colo_sock_redirector2_port", "colo_sock_compare_pri_in_id", "colo_sock_compare_pri_in_ip",
    "colo_sock_compare_pri_in_port", "colo_sock_compare_notify_id", "colo_sock_compare_notify_ip", "colo_sock_compare_notify_port",
    "colo_filter_mirror_queue", "colo_filter_mirror_outdev", "colo_filter_redirector0_queue", "colo_filter_redirector0_indev",
    "colo_filter_redirector0_outdev", "colo_filter_redirector1_queue", "colo_filter_redirector1_indev", "colo_filter_redirector1_outdev",
    "colo_compare_pri_in", "colo_compare_sec_in", "colo_compare_out", "colo_compare_notify_dev", "colo_sock_sec_redirector0_id",
    "colo_sock_sec_redirector0_ip", "colo_sock_sec_redirector0_port", "colo_sock_sec_redirector1_id", "colo_sock_sec_redirector1_ip",
    "colo_sock_sec_redirector1_port", "colo_filter_sec_redirector0_queue", "colo_filter_sec_redirector0_indev",
    "colo_filter_sec_redirector0_outdev", "colo_filter_sec_redirector1_queue", "colo_filter_sec_redirector1_indev",
    "colo_filter_sec_redirector1_outdev", "colo_filter_sec_rewriter0_queue", "colo_checkpoint_host", "colo_checkpoint_port",
  ].map((key) => ({ key, cite: "xl_parse.c:468-563" })), // the same 97 lines 4.10 ... 4.22
  { key: "accel", cite: "xl_parse.c:564" }, { key: "devid", cite: "xl_parse.c:566" },
  { key: "mtu", since: "4.15", cite: "xl_parse.c:566@RELEASE-4.15.0" },
  { key: "vlan", since: "4.19", cite: "xl_parse.c:568@RELEASE-4.19.0" },
  { key: "trusted", flag: true, since: "4.17", cite: "xl_parse.c:568@RELEASE-4.17.0" },
  { key: "untrusted", flag: true, since: "4.17", cite: "xl_parse.c:570@RELEASE-4.17.0" },
];

/**
 * A vif spec of an xl.cfg `vif` list as xl reads it (xl_parse.c:2587-2611@RELEASE-4.22.0):
 * split at commas (strtok: empty items vanish), blanks -- spaces only -- skipped before an
 * item, each item read in turn into one nic, so a later key wins. Unknown items and bad
 * `mac`/`type` values xl only warns about and drops; a bad rate, mtu or devid stops xl.
 */
export function parseVifSpec(spec: string, version: XenVersion, index: number): SpecParse {
  const d: LibxlDevice = { devid: index };
  const warnings: string[] = [];
  const notes: string[] = [];
  const mac: number[] = [0, 0, 0, 0, 0, 0];
  let macChance: string | undefined;
  const known = VIF_SPEC_KEYS.filter((k) => !k.since || atLeast(version, k.since));
  const re = /[^,]+/g;
  for (let m = re.exec(spec); m; m = re.exec(spec)) {
    const item = m[0].replace(/^ +/, "");
    const end = m.index + m[0].length;
    const entry = known.find((k) => (k.flag ? item === k.key : item.startsWith(`${k.key}=`)));
    if (!entry) { warnings.push(`unrecognized argument \`${item}'`); continue; }
    const value = item.slice(entry.key.length + 1);
    switch (entry.key) {
      case "mac": {
        // Past the item's end lies the rest of the entry after its comma, if there is one.
        const r = readXlMac(value, end < spec.length ? spec.slice(end + 1) : null);
        r.octets.forEach((o, i) => { mac[i] = o; });
        if (r.chance) macChance = macText(r.octets); else macChance = undefined;
        if (r.bad || r.chance) warnings.push("Invalid parameter `mac'.");
        if (r.spilled && !r.bad) notes.push(`xl reads mac as ${macText(mac)}: "${value}" has fewer than six octets, and xl reads on into the next item ("${spec.slice(end + 1)}")`);
        break;
      }
      case "type":
        if (value === "ioemu") d.nictype = "vif_ioemu";
        else if (value === "vif") d.nictype = "vif";
        else warnings.push("Invalid parameter `type'.");
        break;
      case "netdev":
        warnings.push("the netdev parameter is deprecated, please use gatewaydev instead");
        d.gatewaydev = value; break;
      case "vifname": d.ifname = value; break;
      case "backend": d.backend_domname = value; break;
      case "forwarddev": d.coloft_forwarddev = value; break;
      case "accel": warnings.push("the accel parameter for vifs is currently not supported"); break;
      case "devid": case "mtu": {
        const n = xlUlong(value);
        if (n === null) return { error: `xl: failed to convert "${value}" to number` };
        // devid is an int, mtu 32 bits: C keeps the low bits.
        const v = entry.key === "mtu" ? Number(n % 2n ** 32n) : Number(BigInt.asIntN(32, n));
        if (entry.key === "mtu" && v === 0) delete d.mtu; else d[entry.key] = v;
        break;
      }
      case "rate": {
        const r = xlRate(value);
        if ("error" in r) return { error: `config parsing error in vif: ${r.error}` };
        if (r.bytesPerInterval > 0) d.rate_bytes_per_interval = r.bytesPerInterval; else delete d.rate_bytes_per_interval;
        d.rate_interval_usecs = r.intervalUs;
        break;
      }
      case "trusted": d.trusted = "True"; break;
      case "untrusted": d.trusted = "False"; break;
      default: d[entry.key] = value; // bridge, gatewaydev, ip, script, model, vlan, colo_*
    }
  }
  if (mac.some((o) => o !== 0) && !macChance) d.mac = macText(mac);
  return { device: d, warnings, ...(macChance !== undefined ? { chance: { mac: macChance } } : {}), ...(notes.length ? { notes } : {}) };
}
