#!/usr/bin/env node
// The external commands that shell scripts run on this machine, found by reading them (a small
// bash lexer, not a full parser): words in command position, and those inside $(...), `...`,
// <(...), trap/eval strings, `sh -c` strings, `find -exec`, and the $(...) of unquoted heredocs.
// Left out, because they run elsewhere or not at all: the arguments of any command (so the
// remote commands of `ssh`/`host_ssh`/`testhost.sh ssh`), heredoc text (what gets sent to dom0
// or written to a file), `command -v` look-ups, and the names of functions the script defines.
//
//   node scripts/lib/shell-commands.mjs FILE... [-- FILE...]...
//     -> "file:line<TAB>cmd|dyn<TAB>word" lines (dyn: the word has an expansion, as written)
// Files between "--" share their function names (a script and the libraries it sources).
// JavaScript files (.mjs .cjs .js .ts): the literal first argument of execFile/spawn calls.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const KEYWORDS_CMD = new Set(["if", "then", "else", "elif", "do", "while", "until", "!", "{", "time"]);
const KEYWORDS_END = new Set(["fi", "done", "esac", "}"]);
const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

export function scanShell(text, file = "-") {
  const out = []; // {line, word, dynamic}
  const functions = new Set();
  let i = 0;
  let line = 1;
  let pendingHeredocs = [];
  let inBackticks = 0;
  const s = text;

  const rec = (word, dynamic, ln) => out.push({ line: ln, word, dynamic });

  // A nested command list from the current position to `stop` (")" or "`"), then past it.
  function sub(stop) { parseList(stop); }

  function skipHeredocBodies() {
    // called right after a newline was consumed
    const docs = pendingHeredocs;
    pendingHeredocs = [];
    for (const d of docs) {
      const startLine = line;
      let body = "";
      for (;;) {
        if (i >= s.length) break;
        let e = s.indexOf("\n", i);
        if (e < 0) e = s.length;
        const l = s.slice(i, e);
        i = Math.min(e + 1, s.length);
        line++;
        if ((d.strip ? l.replace(/^\t+/, "") : l) === d.delim) break;
        body += l + "\n";
      }
      // an unquoted heredoc expands $(...) and `...` here, on this machine
      if (!d.quoted) {
        for (const o of scanShellExpansions(body, startLine)) out.push(o);
      }
    }
  }

  function scanShellExpansions(body, baseLine) {
    const found = [];
    let j = 0, ln = baseLine;
    while (j < body.length) {
      const c = body[j];
      if (c === "\\") { j += 2; continue; }
      if (c === "\n") { ln++; j++; continue; }
      if (c === "$" && body[j + 1] === "(" && body[j + 2] !== "(") {
        const end = matchParen(body, j + 1);
        const r = scanShell(body.slice(j + 2, end), file);
        for (const o of r.out) found.push({ ...o, line: o.line + ln - 1 });
        for (const f of r.functions) functions.add(f);
        for (let k = j; k < end; k++) if (body[k] === "\n") ln++;
        j = end + 1;
        continue;
      }
      if (c === "`") {
        const end = body.indexOf("`", j + 1);
        const r = scanShell(body.slice(j + 1, end < 0 ? body.length : end), file);
        for (const o of r.out) found.push({ ...o, line: o.line + ln - 1 });
        j = end < 0 ? body.length : end + 1;
        continue;
      }
      j++;
    }
    return found;
  }

  // index of the ")" closing the "(" at position p, skipping quotes and nested parens
  function matchParen(str, p) {
    let depth = 0;
    for (let k = p; k < str.length; k++) {
      const c = str[k];
      if (c === "\\") { k++; continue; }
      if (c === "'") { k = str.indexOf("'", k + 1); if (k < 0) return str.length; continue; }
      if (c === '"') {
        for (k++; k < str.length && str[k] !== '"'; k++) if (str[k] === "\\") k++;
        continue;
      }
      if (c === "(") depth++;
      else if (c === ")") { depth--; if (depth === 0) return k; }
    }
    return str.length;
  }

  // --- lexer ------------------------------------------------------------------------------
  // Reads one word at i. Returns {text, dynamic, empty}; text has quotes removed, expansions kept
  // as written (dynamic = true when there is one). Runs nested command lists as it meets them.
  function readWord(mode) {
    let text = "", dynamic = false, any = false;
    for (;;) {
      if (i >= s.length) break;
      const c = s[i];
      if (c === "\\") {
        if (s[i + 1] === "\n") { i += 2; line++; continue; }
        text += s[i + 1] ?? ""; i += 2; any = true; continue;
      }
      if (c === "'") {
        const e = s.indexOf("'", i + 1);
        const part = s.slice(i + 1, e < 0 ? s.length : e);
        line += (part.match(/\n/g) || []).length;
        text += part; i = e < 0 ? s.length : e + 1; any = true; continue;
      }
      if (c === "$" && s[i + 1] === "'") { // $'...'
        let k = i + 2;
        for (; k < s.length && s[k] !== "'"; k++) if (s[k] === "\\") k++;
        text += s.slice(i + 2, k); i = k + 1; any = true; continue;
      }
      if (c === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          const d = s[i];
          if (d === "\\") { text += s[i + 1]; if (s[i + 1] === "\n") line++; i += 2; continue; }
          if (d === "$" || d === "`") { const x = readExpansion(); text += x; dynamic = true; continue; }
          if (d === "\n") line++;
          text += d; i++;
        }
        i++; any = true; continue;
      }
      if (c === "`" && inBackticks) break; // the end of the `...` being read
      if (c === "$" || c === "`") { text += readExpansion(); dynamic = true; any = true; continue; }
      if ((c === "<" || c === ">") && s[i + 1] === "(" && !any) { // process substitution
        i += 2; sub(")"); text += "<(...)"; dynamic = true; any = true; continue;
      }
      if (/\s/.test(c)) break;
      if (mode === "test") { // inside [[ ]]: ( ) | < > are part of the expression
        if (c === "]" && s[i + 1] === "]" && !any && /[\s;&|)]|$/.test(s[i + 2] ?? "")) { text = "]]"; i += 2; any = true; break; }
        text += c; i++; any = true; continue;
      }
      if (";&|()<>".includes(c)) {
        // name=( ... ): an array assignment, its elements are not commands
        if (c === "(" && ASSIGN.test(text) && text.endsWith("=")) {
          i++;
          for (;;) {
            skipBlanks(true);
            if (i >= s.length) break;
            if (s[i] === ")") { i++; break; }
            if (s[i] === "#") { skipComment(); continue; }
            readWord("array");
          }
          text += "(...)"; any = true; continue;
        }
        break;
      }
      text += c; i++; any = true;
    }
    return { text, dynamic, empty: !any };
  }

  // at "$" or "`": consumes the expansion, returns its source text
  function readExpansion() {
    const st = i;
    if (s[i] === "`") {
      i++; inBackticks++; sub("`"); inBackticks--;
      return s.slice(st, i);
    }
    if (s[i + 1] === "(" && s[i + 2] === "(") { // $(( arithmetic ))
      const e = matchParen(s, i + 1);
      for (let k = i; k < e; k++) if (s[k] === "\n") line++;
      i = e + 1;
      return s.slice(st, i);
    }
    if (s[i + 1] === "(") { i += 2; sub(")"); return s.slice(st, i); }
    if (s[i + 1] === "{") {
      i += 2;
      let depth = 1;
      while (i < s.length && depth > 0) {
        const c = s[i];
        if (c === "\\") { i += 2; continue; }
        if (c === "'") { const e = s.indexOf("'", i + 1); i = e < 0 ? s.length : e + 1; continue; }
        if (c === '"') { i++; while (i < s.length && s[i] !== '"') { if (s[i] === "$" || s[i] === "`") { readExpansion(); continue; } if (s[i] === "\\") i++; i++; } i++; continue; }
        if (c === "$" || c === "`") { readExpansion(); continue; }
        if (c === "{") depth++;
        else if (c === "}") depth--;
        if (c === "\n") line++;
        i++;
      }
      return s.slice(st, i);
    }
    // $name, $1, $@, $#, $?, $$, $!, $-
    i++;
    if (/[A-Za-z_]/.test(s[i] ?? "")) { while (/[A-Za-z0-9_]/.test(s[i] ?? "")) i++; }
    else if (/[0-9@#?$!*-]/.test(s[i] ?? "")) i++;
    return s.slice(st, i);
  }

  function skipComment() { while (i < s.length && s[i] !== "\n") i++; }
  function skipBlanks(newlinesToo = false) {
    for (;;) {
      const c = s[i];
      if (c === " " || c === "\t") { i++; continue; }
      if (c === "\\" && s[i + 1] === "\n") { i += 2; line++; continue; }
      if (newlinesToo && c === "\n") { i++; line++; skipHeredocBodies(); continue; }
      break;
    }
  }

  // Next token: {t:"nl"|"op"|"word"|"end"|"eof", v}
  function next(stop, depthRef, mode, inPattern) {
    skipBlanks();
    if (i >= s.length) return { t: "eof" };
    const c = s[i];
    if (c === "#") { skipComment(); return next(stop, depthRef, mode, inPattern); }
    if (c === "\n") { i++; line++; skipHeredocBodies(); return { t: "nl" }; }
    if (stop === "`" && c === "`") { i++; return { t: "end" }; }
    if (mode === "test") {
      const w = readWord("test");
      return { t: "word", ...w, line };
    }
    // redirections, with an optional fd number or {var} before them
    const m = /^(\d+|\{[A-Za-z_][A-Za-z0-9_]*\})?(<<<|<<-|<<|<>|<&|>&|>>|>\||&>>|&>|<(?!\()|>(?!\())/.exec(s.slice(i, i + 40));
    if (m) {
      i += m[0].length;
      const op = m[2];
      skipBlanks();
      if (op === "<<" || op === "<<-") {
        const startQuoted = /^['"\\]/.test(s[i] ?? "") || /^[^\s;&|<>()]*['"]/.test(s.slice(i, i + 80));
        const w = readWord("heredoc");
        pendingHeredocs.push({ delim: w.text, quoted: startQuoted, strip: op === "<<-" });
      } else {
        readWord("redirect"); // the target: a file, or an fd after >& <&
      }
      return { t: "redir" };
    }
    for (const op of [";;&", ";;", ";&", "&&", "||", "|&", ";", "&", "|", "(", ")"]) {
      if (s.startsWith(op, i)) {
        if (op === ")" && stop === ")" && depthRef.d === 0 && !inPattern) { i++; return { t: "end" }; }
        i += op.length;
        return { t: "op", v: op };
      }
    }
    const ln = line;
    const w = readWord(mode);
    return { t: "word", ...w, line: ln };
  }

  // --- commands ---------------------------------------------------------------------------
  function parseList(stop) {
    const depth = { d: 0 };
    // state: cmd (a command word may come), args, for-var, for-words, case-word, case-in,
    // pattern, test, skip-rest (command -v ...), after-fn
    let state = "cmd";
    let prefix = null; // a command that runs its argument: exec, timeout, env, xargs...
    let current = null; // the command word of the simple command being read
    let argn = 0;
    const cases = [];
    const parenIsCase = () => state === "pattern";
    for (;;) {
      const tok = next(stop, depth, state === "test" ? "test" : undefined, state === "pattern");
      if (tok.t === "eof" || tok.t === "end") return;
      if (tok.t === "redir") continue;
      if (tok.t === "nl" || (tok.t === "op" && [";", "&", "&&", "||", "|", "|&"].includes(tok.v))) {
        if (state === "pattern" || state === "case-in") continue;
        if (state === "test" && tok.t === "op") continue;
        state = "cmd"; prefix = null; current = null; argn = 0;
        continue;
      }
      if (tok.t === "op" && [";;", ";&", ";;&"].includes(tok.v)) {
        if (cases.length) state = "pattern";
        prefix = null; current = null;
        continue;
      }
      if (tok.t === "op" && tok.v === "(") {
        if (parenIsCase()) continue;
        if (state === "cmd") {
          if (s[i] === "(") { // (( arithmetic ))
            const e = matchParen(s, i - 1);
            for (let k = i; k < e; k++) if (s[k] === "\n") line++;
            i = e + 1; state = "args"; continue;
          }
          depth.d++; continue;
        }
        continue;
      }
      if (tok.t === "op" && tok.v === ")") {
        if (state === "pattern") { state = "cmd"; continue; }
        depth.d = Math.max(0, depth.d - 1); state = "args"; continue;
      }
      if (tok.t !== "word") continue;
      const w = tok.text;
      if (state === "test") { if (w === "]]") state = "args"; continue; }
      if (state === "for-var") { state = "for-words"; continue; }
      if (state === "for-words") continue; // the list after `in`, ended by ; or newline
      if (state === "case-word") { state = "case-in"; continue; }
      if (state === "case-in") { if (w === "in") state = "pattern"; continue; }
      if (state === "pattern") {
        if (w === "esac" && !tok.dynamic) { cases.pop(); state = "args"; }
        continue;
      }
      if (state === "skip-rest") continue;
      if (state === "cmd") {
        if (ASSIGN.test(w)) continue; // VAR=value before a command
        if (!tok.dynamic && KEYWORDS_CMD.has(w)) continue;
        if (!tok.dynamic && KEYWORDS_END.has(w)) { if (w === "esac") cases.pop(); state = "args"; continue; }
        if (!tok.dynamic && w === "[[") { state = "test"; continue; }
        if (!tok.dynamic && (w === "for" || w === "select")) {
          skipBlanks();
          if (s.startsWith("((", i)) { const e = matchParen(s, i); i = e + 1; state = "args"; continue; }
          state = "for-var"; continue;
        }
        if (!tok.dynamic && w === "case") { cases.push(1); state = "case-word"; continue; }
        if (!tok.dynamic && w === "function") {
          skipBlanks();
          const f = readWord("fn");
          functions.add(f.text);
          skipBlanks();
          if (s.startsWith("()", i)) i += 2;
          state = "cmd"; continue;
        }
        // name() { ...: a function definition
        const fm = /^[ \t]*\([ \t]*\)/.exec(s.slice(i, i + 20));
        if (!tok.dynamic && fm) { functions.add(w); i += fm[0].length; state = "cmd"; continue; }
        if (w === "" && tok.empty) continue;
        rec(w, tok.dynamic, tok.line);
        current = tok.dynamic ? null : w; argn = 0; state = "args";
        prefix = null;
        if (!tok.dynamic) {
          if (w === "command") prefix = "command";
          else if (["exec", "nohup", "setsid", "builtin", "sudo", "nice", "stdbuf"].includes(w)) prefix = "exec";
          else if (w === "env") prefix = "env";
          else if (w === "timeout") prefix = "timeout";
          else if (w === "xargs") prefix = "xargs";
          else if (w === "flock") prefix = "flock";
          else if (w === "trap" || w === "eval") prefix = w;
          else if (w === "sh" || w === "bash") prefix = "shell";
        }
        continue;
      }
      // state === "args": the arguments of `current`
      argn++;
      if (current === "find" && /^-(exec|execdir|ok|okdir)$/.test(w)) { prefix = "exec"; continue; }
      switch (prefix) {
        case "command":
          if (/^-[vV]$/.test(w)) { state = "skip-rest"; prefix = null; continue; }
          if (w.startsWith("-")) continue;
          takeCommand(tok); continue;
        case "exec":
          if (w.startsWith("-") && current !== "find") continue;
          takeCommand(tok); continue;
        case "env":
          if (w.startsWith("-") || (!tok.dynamic && ASSIGN.test(w))) continue;
          takeCommand(tok); continue;
        case "timeout":
          if (w.startsWith("-")) continue;
          prefix = "exec"; continue; // the duration; the command follows
        case "xargs":
          if (/^-[IndPLsaE]$/.test(w)) { prefix = "xargs-arg"; continue; }
          if (w.startsWith("-")) continue;
          takeCommand(tok); continue;
        case "xargs-arg": prefix = "xargs"; continue;
        case "flock":
          if (/^-[wEc]$/.test(w) || /^--(timeout|conflict-exit-code|command)$/.test(w)) { prefix = "flock-arg"; continue; }
          if (w.startsWith("-")) continue;
          prefix = /^\d+$/.test(w) ? null : "exec"; continue; // flock FD, or flock FILE COMMAND
        case "flock-arg": prefix = "flock"; continue;
        case "trap":
          if (w === "-" || w.startsWith("-")) { prefix = null; continue; }
          if (!tok.dynamic) nested(w, tok.line);
          prefix = null; continue;
        case "eval":
          if (!tok.dynamic) nested(w, tok.line);
          continue;
        case "shell":
          if (w === "-c") { prefix = "shell-c"; continue; }
          if (w.startsWith("-")) continue;
          prefix = null; continue; // a script file: checked on its own
        case "shell-c":
          if (!tok.dynamic) nested(w, tok.line);
          prefix = null; continue;
        default:
          continue;
      }
    }

    function takeCommand(tok) {
      rec(tok.text, tok.dynamic, tok.line);
      const w = tok.text;
      current = tok.dynamic ? null : w;
      prefix = null;
      if (!tok.dynamic) {
        if (["exec", "nohup", "setsid", "builtin", "sudo", "nice", "stdbuf"].includes(w)) prefix = "exec";
        else if (w === "timeout") prefix = "timeout";
        else if (w === "env") prefix = "env";
        else if (w === "flock") prefix = "flock";
        else if (w === "command") prefix = "command";
        else if (w === "sh" || w === "bash") prefix = "shell";
        else if (w === "xargs") prefix = "xargs";
      }
    }
  }

  function nested(code, ln) {
    const r = scanShell(code, file);
    for (const o of r.out) out.push({ ...o, line: ln + o.line - 1 });
    for (const f of r.functions) functions.add(f);
  }

  parseList(null);
  return { out, functions };
}

// Commands that JavaScript starts: the literal first argument of execFile/spawn/... calls.
export function scanJs(text) {
  const out = [];
  const re = /\b(?:spawn|spawnSync|execFile|execFileSync|execFileP|execSync)\(\s*(["'`])([^"'`$\s]+)\1/g;
  for (const m of text.matchAll(re)) {
    const line = text.slice(0, m.index).split("\n").length;
    out.push({ line, word: m[2], dynamic: false });
  }
  return out;
}

// argv: groups of files separated by "--"; the files of a group share their functions (a
// script and the libraries it sources).
function main(argv) {
  const groups = [[]];
  for (const a of argv) { if (a === "--") groups.push([]); else groups.at(-1).push(a); }
  const seen = new Set();
  for (const files of groups) {
    const scanned = files.map((f) => {
      const text = readFileSync(f, "utf8");
      return [f, /\.(m?js|cjs|ts)$/.test(f) ? { out: scanJs(text), functions: new Set() } : scanShell(text, f)];
    });
    const fns = new Set(scanned.flatMap(([, r]) => [...r.functions]));
    for (const [f, r] of scanned) {
      for (const o of r.out) {
        if (!o.dynamic && fns.has(o.word)) continue;
        const key = `${f}:${o.line}\t${o.dynamic ? "dyn" : "cmd"}\t${o.word}`;
        if (seen.has(key)) continue;
        seen.add(key);
        process.stdout.write(key + "\n");
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2));
