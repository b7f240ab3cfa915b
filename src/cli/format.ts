// Small rendering helpers shared by the reports: plain-text tables and Markdown cells.

export type Format = "text" | "markdown" | "json";
export const FORMATS: readonly Format[] = ["text", "markdown", "json"];

/** A value as a short, one-line string: null → "(unset)", maps as JSON, long text cut. */
export function show(v: unknown, max = 60): string {
  if (v === null || v === undefined) return "(unset)";
  let s: string;
  if (typeof v === "string") {
    // Quote what would not read back plainly: empty, padded, or with control characters.
    s = v === "" || v.trim() !== v || /[\u0000-\u001f\u007f]/.test(v) ? JSON.stringify(v) : v;
  } else {
    s = JSON.stringify(v);
  }
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

/** Columns padded to the widest cell; the last column is not padded. */
export function table(rows: string[][], indent = "  "): string[] {
  if (!rows.length) return [];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(widths[i] - [...c].length))).join("  ").trimEnd());
}

/** Text for a Markdown table cell: no line breaks, no table or HTML syntax. */
export function mdText(s: string): string {
  return s.replace(/\r?\n/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A value as an inline code span in a table cell (escaped; backticks need a longer fence). */
export function mdCode(s: string): string {
  const t = s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  if (!t.includes("`")) return "`" + t + "`";
  return "`` " + t.replace(/`{2,}/g, (m) => m.split("").join("\u200b")) + " ``";
}

export function mdTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

/** Strings in code-unit order, as `<` compares them: the same on every machine (no locale). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const plural = (n: number, one: string, many = one + "s") => `${n} ${n === 1 ? one : many}`;
