// Writing xl.cfg (the format xl's libxlu parser reads): strings in double
// quotes with backslash escapes, integers bare, lists in brackets.

/** Why a string cannot go into xl.cfg, or null when it can. */
export function uncarriable(s: string): string | null {
  if (s.includes("\0")) return "contains a NUL byte, which no xl.cfg string can carry";
  // eslint-disable-next-line no-control-regex
  if (/[\x01-\x1f\x7f]/.test(s)) return "contains a control character (newline, tab, escape...), which this provider does not write into xl.cfg";
  return null;
}

/** A double-quoted xl.cfg string. The caller has checked uncarriable(). */
export function quote(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** An integer written exactly as given (decimal, octal `010`, hex `0x10`): xl reads the text itself. */
export interface Bare {
  bare: string;
}

/** A list's items are strings, or lists of strings (xl's grammar nests lists: libxlu_cfg_y.y:62-73@RELEASE-4.10.0; vnuma uses it). */
export type CfgValue = string | number | string[] | string[][] | Bare;

/** The largest value xl's strtol-based reader takes (LONG_MAX on 64-bit dom0s). */
const LONG_MAX = 2n ** 63n - 1n;

/**
 * An integer as xl reads it (libxlu: `strtol(value, &end, 0)`, the whole text consumed):
 * decimal, octal with a leading 0, hex with 0x; an optional sign. Returns the value and
 * how to write it, or why xl would refuse it.
 */
export function readXlInteger(text: string): { value: bigint; render: CfgValue } | { error: string } {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text.trim());
  if (!m) {
    return { error: /^[+-]?0[0-9]+$/.test(text.trim()) ? `"${text}" is not an integer xl can read (a leading 0 means octal, which has no 8 or 9)` : `"${text}" is not an integer` };
  }
  const digits = m[2];
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith("0") ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  if (magnitude > LONG_MAX) return { error: `${text} is out of range (xl reads integers up to ${LONG_MAX})` };
  const value = m[1] === "-" ? -magnitude : magnitude;
  // xl's lexer takes only unsigned numbers bare; strtol reads a quoted "-1" all the same.
  return { value, render: m[1] ? m[1] + digits : { bare: digits } };
}

export function renderValue(v: CfgValue): string {
  if (typeof v === "object" && !Array.isArray(v)) return v.bare;
  // xl's lexer takes only unsigned integers bare; strtol reads a quoted "-1" all the same.
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? String(v) : quote(String(v));
  if (Array.isArray(v)) return `[ ${(v as (string | string[])[]).map((x) => (Array.isArray(x) ? `[ ${x.map(quote).join(", ")} ]` : quote(x))).join(", ")} ]`;
  return quote(v);
}

/** The whole file: one `key = value` line per entry, in the given order. */
export function renderConfig(entries: [string, CfgValue][], header: string[]): string {
  const lines = header.map((h) => `# ${h}`);
  for (const [k, v] of entries) lines.push(`${k} = ${renderValue(v)}`);
  return lines.join("\n") + "\n";
}
