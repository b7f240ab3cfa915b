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

export type CfgValue = string | number | string[];

export function renderValue(v: CfgValue): string {
  // xl's lexer takes only unsigned integers bare; strtol reads a quoted "-1" all the same.
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? String(v) : quote(String(v));
  if (Array.isArray(v)) return `[ ${v.map(quote).join(", ")} ]`;
  return quote(v);
}

/** The whole file: one `key = value` line per entry, in the given order. */
export function renderConfig(entries: [string, CfgValue][], header: string[]): string {
  const lines = header.map((h) => `# ${h}`);
  for (const [k, v] of entries) lines.push(`${k} = ${renderValue(v)}`);
  return lines.join("\n") + "\n";
}
