// The host-side scripts' commands and files against scripts/host-packages.txt
// (scripts/check-commands.sh), and the lexer that finds the commands. A green CI on a machine that
// already had kmod and ipxe-qemu once hid that a fresh Debian lacked them: this runs everywhere.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanShell } from "../../scripts/lib/shell-commands.mjs";

const ROOT = join(__dirname, "..", "..");
const LIST = join(ROOT, "scripts/host-packages.txt");
const work = mkdtempSync(join(tmpdir(), "check-commands-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(env: Record<string, string> = {}, args: string[] = []) {
  const r = spawnSync("bash", [join(ROOT, "scripts/check-commands.sh"), ...args], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function commands(src: string): string[] {
  return scanShell(src).out.map((o: { word: string; dynamic: boolean }) => (o.dynamic ? "~" : "") + o.word);
}

describe("scripts/check-commands.sh", () => {
  it("finds every command and file of the host-side scripts in the package list", () => {
    const r = check();
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/check-commands: \d+ ok, \d+ not verified .*, 0 failed/);
  });

  it("fails when a package is left out of the list (depmod without kmod, as on a fresh Debian)", () => {
    const list = join(work, "no-kmod.txt");
    writeFileSync(list, readFileSync(LIST, "utf8").replace(/^testhost\s+kmod\s.*$/m, ""));
    const r = check({ CDKTF_XEN_HOST_PACKAGES: list });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^FAIL\s+depmod\s.*testhost\/lib\/build\.sh:\d+/m);
  });

  it("fails on a command declared under the wrong package, and on a stale entry", () => {
    const list = join(work, "wrong.txt");
    writeFileSync(list, readFileSync(LIST, "utf8")
      .replace(/^(testhost\s+cpio\s+)cpio$/m, "$1cpio dtc")
      .replace(/^(testhost-arm\s+device-tree-compiler\s+)dtc$/m, "$1")
      .concat("\nbase            mawk                    no-such-command-here\n"));
    const r = check({ CDKTF_XEN_HOST_PACKAGES: list });
    expect(r.code).toBe(1);
    if (spawnSync("sh", ["-c", "command -v dtc"]).status === 0) {
      expect(r.out).toMatch(/^FAIL\s+dtc\s+cpio\s.*comes from device-tree-compiler/m);
    }
    expect(r.out).toMatch(/^FAIL\s+no-such-command-here\s.*no script runs it/m);
  });
});

describe("the command lexer (scripts/lib/shell-commands.mjs)", () => {
  it("leaves out heredoc text and remote commands, keeps $(...) of unquoted heredocs", () => {
    expect(commands("cat <<EOF\nxl create foo\n$(date +%s) `uname`\nEOF\necho done")).toEqual(["cat", "date", "uname", "echo"]);
    expect(commands("x=$(cat <<'EOF'\n$(notrun)\nEOF\n)\nafter")).toEqual(["cat", "after"]);
    expect(commands("cat <<-EOF\n\t$(tabbed)\n\tEOF\nfin")).toEqual(["cat", "tabbed", "fin"]);
    expect(commands(`host_ssh 'xl info' >f </dev/null\nssh -o X=1 root@h xl list\n"$root/testhost/testhost.sh" ssh "$h" "xl destroy $n; xl create /tmp/x"`))
      .toEqual(["host_ssh", "ssh", "~$root/testhost/testhost.sh"]);
  });

  it("reads case patterns, loops, tests, groups, assignments and arrays as bash does", () => {
    expect(commands("case $a in\n  x|y) one ;;\n  (z) two; three ;;\n  *) four ;;\nesac\nfive")).toEqual(["one", "two", "three", "four", "five"]);
    expect(commands("v=$(case $k in a) echo A ;; *) printf B ;; esac)\nsix")).toEqual(["echo", "printf", "six"]);
    expect(commands([
      'want=(a b\n  c "$(inner)")', "local -A q=() p", "[[ $a == b && $c =~ ^(x|y)$ ]] && m", "(( n > 2 )) && o",
      'for x in a b $(forlist); do body "$x"; done', "while read -r l; do w; done < <(awk 1 f)",
      "if ! p1 | p2 && p3 || p4; then p5; elif p6; then p7; else p8; fi", "{ g1; g2; } >&2", "( s1; s2 )",
      "X=1 Y=$(z1) z2 arg", 'echo "$(q1 "$(q2)")" `q3`', "a=${b:-$(q4)}",
    ].join("\n"))).toEqual(["inner", "local", "m", "o", "forlist", "body", "read", "w", "awk", "p1", "p2", "p3", "p4",
      "p5", "p6", "p7", "p8", "g1", "g2", "s1", "s2", "z1", "z2", "echo", "q1", "q2", "q3", "q4"]);
  });

  it("follows commands that run commands, and skips look-ups", () => {
    expect(commands([
      "timeout 10 ssh h true", "find . -name x -exec rm -rf {} +", `trap 'rm -f "$tmp"' EXIT`,
      'exec flock "$d/lock" node x.js', 'exec 9>"$f"; flock 9', "command -v tofu >/dev/null || apt-get install x",
      "env -i A=1 printenv", "sh -c 'inner1 | inner2'",
    ].join("\n"))).toEqual(["timeout", "ssh", "find", "rm", "trap", "rm", "exec", "flock", "node", "exec", "flock",
      "command", "apt-get", "env", "printenv", "sh", "inner1", "inner2"]);
  });

  it("names the functions a script defines", () => {
    const r = scanShell("f() { g; }\nfunction h { k; }\nlog() { printf '%s\\n' \"$*\" >&2; }");
    expect([...r.functions].sort()).toEqual(["f", "h", "log"]);
  });
});
