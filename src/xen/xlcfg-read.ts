// Reading xl.cfg the way xl's libxlu does (libxlu_cfg_l.l, libxlu_cfg_y.y, libxlu_cfg.c):
// `KEY = VALUE` or `KEY += VALUE` statements ended by a newline or `;`, `#` comments to
// the end of the line, values that are atoms (a "double" or 'single' quoted string with
// backslash escapes, or a bare number: decimal digits or 0x-hex) or [lists] of values
// spread over lines with an optional trailing comma. The last assignment of a key wins;
// `+=` appends to the value before it. What libxlu refuses is an error with its message
// and line. Pure: the caller reads the file. (xlcfg.ts is the writer.)

/** A value as libxlu holds it: an atom (its text, quotes and escapes removed) or a list. */
export type XlCfgValue =
  | { readonly kind: "atom"; readonly text: string; readonly quoted: boolean; readonly line: number }
  | { readonly kind: "list"; readonly items: readonly XlCfgValue[]; readonly line: number };

/** One key's value as xl reads it after the whole file: the last assignment, `+=` applied. */
export interface XlCfgSetting {
  readonly key: string;
  readonly value: XlCfgValue;
  /** The line of the assignment that set it (of the last one). */
  readonly line: number;
  /** Set (last) with `+=`: xl's integer getters refuse such a value ("can't use += with numbers"). */
  readonly added: boolean;
}

export interface XlCfgProblem {
  readonly line: number;
  /** libxlu's own words: "config parsing error near `=': syntax error". */
  readonly message: string;
}

export interface XlCfgRead {
  /** The settings by key, in the order their keys first appear in the file. */
  readonly settings: readonly XlCfgSetting[];
  /** What libxlu refuses; any one makes xl refuse the file ("Failed to parse config"). */
  readonly errors: readonly XlCfgProblem[];
  /** Set with errors when the file looks like the Python configs xl stopped reading (xend's). */
  readonly likelyPython: boolean;
}

type Token =
  | { t: "ident" | "number" | "string"; text: string; line: number; raw: string }
  | { t: "," | "[" | "]" | "=" | "+=" | ";" | "nl" | "eof"; line: number; raw: string }
  | { t: "lexerr"; line: number; raw: string; message: string };

const IDENT = /^[a-z][._0-9a-z]*/;
const NUMBER = /^(0x[0-9a-fA-F]+|[0-9]+)/;
/** A quoted string on one line; a backslash escapes the character after it. */
const STRING = { '"': /^"([^"\\\n]|\\[^\n])*"/, "'": /^'([^'\\\n]|\\[^\n])*'/ } as const;
/** Characters that start a lexical error and suggest Python (libxlu's likely_python). */
const PYTHONISH = "+-.():";

/**
 * A quoted atom's text as libxlu's dequote makes it: \" \' \\ and the C letter escapes;
 * a numeric escape (\x.., \0..) is refused or dropped exactly as libxlu 4.17-4.20 does —
 * it never emits the character (hex escapes are always refused; an octal one with at
 * least two more digits is skipped, else refused).
 */
function dequote(quoted: string): { text: string } | { error: string } {
  const body = quoted.slice(1, -1);
  let out = "";
  const letters: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", '"': '"', "'": "'", "\\": "\\" };
  for (let i = 0; i < body.length;) {
    const c = body[i++];
    if (c !== "\\") { out += c; continue; }
    const nc = body[i++];
    if (nc in letters) { out += letters[nc]; continue; }
    if (nc === "x") return { error: "invalid digit after backslash hexnumerical character escape in quoted string" };
    if (nc >= "0" && nc <= "7") {
      const digits = /^[0-9]*/.exec(body.slice(i, i + 3))![0];
      if (digits.length < 2) return { error: "invalid digit after backslash octalnumerical character escape in quoted string" };
      i += digits.length;
      continue;
    }
    return { error: "invalid character after backlash in quoted string" };
  }
  return { text: out };
}

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let rest = text;
  while (rest.length) {
    const c = rest[0];
    if (c === " " || c === "\t") { rest = rest.slice(1); continue; }
    if (c === "\n" || c === "#") {
      const nl = rest.indexOf("\n");
      if (c === "#" && nl < 0) { rest = ""; break; } // a comment on the last line, without a newline
      tokens.push({ t: "nl", line, raw: "\n" });
      line++;
      rest = rest.slice(nl + 1);
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = IDENT.exec(rest))) { tokens.push({ t: "ident", text: m[0], line, raw: m[0] }); rest = rest.slice(m[0].length); continue; }
    if ((m = NUMBER.exec(rest))) { tokens.push({ t: "number", text: m[0], line, raw: m[0] }); rest = rest.slice(m[0].length); continue; }
    if (c === '"' || c === "'") {
      m = STRING[c].exec(rest);
      if (m) {
        const d = dequote(m[0]);
        tokens.push("error" in d ? { t: "lexerr", line, raw: m[0], message: d.error } : { t: "string", text: d.text, line, raw: m[0] });
        rest = rest.slice(m[0].length);
        continue;
      }
    }
    if (rest.startsWith("+=")) { tokens.push({ t: "+=", line, raw: "+=" }); rest = rest.slice(2); continue; }
    if (",[]=;".includes(c)) { tokens.push({ t: c as ",", line, raw: c }); rest = rest.slice(1); continue; }
    // Anything else: libxlu takes the run up to the next blank as one lexical error.
    const bad = /^[^ \t\n]*/.exec(rest)![0] || c;
    tokens.push({ t: "lexerr", line, raw: bad, message: PYTHONISH.includes(c) ? "lexical error (python)" : "lexical error" });
    rest = rest.slice(bad.length);
  }
  tokens.push({ t: "eof", line, raw: "" });
  return tokens;
}

/** The text libxlu quotes in a message (control characters shown as escapes, so a stray \r can be seen). */
const near = (tok: Token) => (tok.t === "nl" ? "<newline>" : tok.t === "eof" ? "end of file"
  // eslint-disable-next-line no-control-regex
  : `\`${tok.raw.replace(/[\x00-\x1f\x7f]/g, (c) => (c === "\r" ? "\\r" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`))}'`);

/** bison's name of a token, as its "unexpected ..." messages print it. */
const tokenName = (tok: Token) => ({ ident: "IDENT", number: "NUMBER", string: "STRING", nl: "NEWLINE", eof: "$end", "+=": "+=" } as Record<string, string>)[tok.t] ?? `'${tok.t}'`;
/** What bison says it expected, where that was seen on a real host (xl 4.17). */
const EXPECTING = {
  statement: "$end or IDENT or NEWLINE or ';'",
  operator: "+= or '='",
  value: "STRING or NUMBER or '['",
} as const;

/** Read an xl.cfg text as libxlu does. */
export function readXlCfg(text: string): XlCfgRead {
  const tokens = lex(text);
  const errors: XlCfgProblem[] = [];
  let likelyPython = false;
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  class Syntax extends Error { constructor(readonly tok: Token, readonly why: string) { super(why); } }
  const fail = (tok: Token, expecting?: keyof typeof EXPECTING): never => {
    const why = `syntax error, unexpected ${tokenName(tok)}${expecting ? `, expecting ${EXPECTING[expecting]}` : ""}`;
    if (tok.t === "lexerr") {
      if (tok.message.endsWith("(python)")) likelyPython = true;
      throw new Syntax(tok, tok.message.replace(" (python)", ""));
    }
    throw new Syntax(tok, why);
  };
  const skipNewlines = () => { while (peek().t === "nl") pos++; };

  function value(): XlCfgValue {
    const tok = next();
    if (tok.t === "string" || tok.t === "number") return { kind: "atom", text: tok.text, quoted: tok.t === "string", line: tok.line };
    if (tok.t !== "[") return fail(tok, "value");
    skipNewlines();
    const items: XlCfgValue[] = [];
    while (peek().t !== "]") {
      items.push(value());
      skipNewlines();
      if (peek().t === ",") { pos++; skipNewlines(); continue; }
      if (peek().t !== "]") fail(peek());
    }
    pos++;
    return { kind: "list", items, line: tok.line };
  }

  const assigned: { key: string; op: "=" | "+="; value: XlCfgValue; line: number }[] = [];
  while (peek().t !== "eof") {
    const start = peek();
    try {
      if (start.t === "nl" || start.t === ";") { pos++; continue; }
      if (start.t !== "ident") fail(start, "statement");
      pos++;
      const op = next();
      if (op.t !== "=" && op.t !== "+=") fail(op, "operator");
      const v = value();
      const end = peek();
      // The last statement may end at the end of the file.
      if (end.t !== "nl" && end.t !== ";" && end.t !== "eof") fail(end);
      if (end.t !== "eof") pos++;
      assigned.push({ key: (start as { text: string }).text, op: op.t as "=" | "+=", value: v, line: start.line });
    } catch (e) {
      if (!(e instanceof Syntax)) throw e;
      // libxlu reports the line of the token (a newline counts for the line it ends).
      errors.push({ line: e.tok.line, message: `config parsing error near ${near(e.tok)}: ${e.why}` });
      // Recover as libxlu's grammar does: skip to the end of the line the error is on.
      pos = tokens.indexOf(e.tok);
      while (peek().t !== "nl" && peek().t !== "eof") pos++;
      if (peek().t === "nl") pos++;
    }
  }

  const settings = new Map<string, XlCfgSetting>();
  for (const a of assigned) {
    const prev = settings.get(a.key);
    let value = a.value;
    if (a.op === "+=" && prev) {
      if (prev.value.kind !== value.kind) {
        errors.push({ line: a.line, message: `config parsing error near \`${a.key}': can't add [list] to "string" or vice versa` });
        continue;
      }
      value = value.kind === "atom"
        ? { ...value, text: (prev.value as { text: string }).text + value.text }
        : { ...value, items: [...(prev.value as { items: readonly XlCfgValue[] }).items, ...value.items] };
    }
    const setting: XlCfgSetting = { key: a.key, value, line: a.line, added: a.op === "+=" };
    // A Map keeps the first appearance's place in the order; the value is the last one.
    settings.set(a.key, setting);
  }
  errors.sort((a, b) => a.line - b.line);
  // The lexer scans the whole file (also what the parser skips after an error), as flex does.
  likelyPython ||= tokens.some((t) => t.t === "lexerr" && t.message.endsWith("(python)"));
  return { settings: [...settings.values()], errors, likelyPython: likelyPython && errors.length > 0 };
}

/** A value as JSON-ish data: an atom's text, or a list of them (nested lists kept). */
export type XlCfgData = string | XlCfgData[];
export const valueData = (v: XlCfgValue): XlCfgData => (v.kind === "atom" ? v.text : v.items.map(valueData));
