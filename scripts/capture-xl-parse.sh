#!/usr/bin/env bash
# capture-xl-parse.sh HOST — record xl's own parse of disk and vif specs on a test host.
#
# For every spec in test/fixtures/xl-parse/specs.json ({"disk": [...], "vif": [...]}) runs, on
# dom0 of HOST (testhost/testhost.sh), `xl -N block-attach 0 '<spec>'` or
# `xl -N network-attach 0 '<spec>'` (-N: dry run, prints the parsed libxl device, changes
# nothing) and writes test/fixtures/xl-parse/<HOST>.json:
#   {"host", "xen_version", "arch", "disk": [{"spec", "exit", "json", "stderr"}], "vif": [...],
#    "disk_config": [...], "vif_config": [...]}
# The *_config lists put each spec, as a double-quoted config string, alone in the `disk = [ ]`
# or `vif = [ ]` list of a minimal guest config and run `xl -N create` (also a dry run); their
# "json" is the "disks" / "nics" array of the printed domain config. This matters for vifs:
# `xl network-attach` takes one key=value per argument, so a comma-joined spec given as a
# single argument is NOT parsed like a `vif = [ ]` entry (the config parser splits on commas).
# "json" is the object xl printed after its "disk: " / "vif: " prefix, or null; "stdout" (raw)
# is kept only when it was not empty and did not parse that way.
#
# All specs go in one SSH session: they are base64-encoded here and decoded on dom0 with
# busybox `base64 -d`, so commas, spaces, quotes, `$`, backslashes... never meet a shell
# parser; stdout and stderr come back base64-encoded between marker lines.
# The host must be up (testhost/testhost.sh up HOST). Needs node locally.
set -euo pipefail

host=${1:?usage: capture-xl-parse.sh HOST}
root=$(cd "$(dirname "$0")/.." && pwd)
specs=${XLP_SPECS:-$root/test/fixtures/xl-parse/specs.json}
out=${XLP_OUT:-$root/test/fixtures/xl-parse/$host.json}
th=$root/testhost/testhost.sh

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The remote script: a fixed loop, then one data line per spec: "<kind> <base64 spec>".
# (An empty spec is encoded as "-"; busybox base64 of "" is "".)
{
  cat <<'EOF'
xl info > /tmp/xlp.info 2>&1
echo "@@XLP info"; base64 < /tmp/xlp.info; echo "@@XLP endinfo"
uname -m | sed 's/^/@@XLP arch /'
n=0
while read -r kind b; do
  if [ "$b" = "-" ]; then s=""; else s=$(printf '%s' "$b" | base64 -d; echo x); s=${s%x}; fi
  case $kind in
    disk) timeout 30 xl -N block-attach 0 "$s" > /tmp/xlp.out 2> /tmp/xlp.err < /dev/null ;;
    vif) timeout 30 xl -N network-attach 0 "$s" > /tmp/xlp.out 2> /tmp/xlp.err < /dev/null ;;
    disk_config|vif_config)
      # $s is the list item already quoted for xl's config syntax
      { printf 'name = "xlp"\nmemory = 128\nvcpus = 1\n'
        printf 'kernel = "/var/lib/xen-guests/vmlinuz"\n'
        printf '%s = [ %s ]\n' "${kind%_config}" "$s"; } > /tmp/xlp.cfg
      timeout 30 xl -N create /tmp/xlp.cfg > /tmp/xlp.out 2> /tmp/xlp.err < /dev/null ;;
    *) continue ;;
  esac
  rc=$?
  echo "@@XLP rec $kind $n $rc"
  echo "@@XLP out"; base64 < /tmp/xlp.out
  echo "@@XLP err"; base64 < /tmp/xlp.err
  echo "@@XLP end"
  n=$((n+1))
done <<'SPECS'
EOF
  node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const b = (x) => (x === "" ? "-" : Buffer.from(x, "utf8").toString("base64"));
    // xl config string literal: double quotes, backslash escapes
    const lit = (x) => "\"" + x.replace(/[\\"]/g, (c) => "\\" + c) + "\"";
    for (const kind of ["disk", "vif"]) {
      for (const spec of s[kind]) console.log(kind + " " + b(spec));
      for (const spec of s[kind]) console.log(kind + "_config " + b(lit(spec)));
    }
  ' "$specs"
  echo SPECS
} > "$tmp/remote.sh"

"$root/testhost/testhost.sh" ssh "$host" 'cat > /tmp/xlp.sh && sh /tmp/xlp.sh' < "$tmp/remote.sh" > "$tmp/raw.txt"

node - "$specs" "$tmp/raw.txt" "$host" "$out" <<'EOF'
const fs = require("fs");
const [specsFile, rawFile, host, outFile] = process.argv.slice(2);
const specs = JSON.parse(fs.readFileSync(specsFile, "utf8"));
const lines = fs.readFileSync(rawFile, "utf8").split("\n");
const b64 = (ls) => Buffer.from(ls.join(""), "base64").toString("utf8");
let info = "", arch = null;
const kinds = ["disk", "vif", "disk_config", "vif_config"];
const recs = Object.fromEntries(kinds.map((k) => [k, []]));
for (let i = 0; i < lines.length; i++) {
  const l = lines[i];
  if (l === "@@XLP info") {
    const buf = [];
    while (lines[++i] !== "@@XLP endinfo") buf.push(lines[i]);
    info = b64(buf);
  } else if (l.startsWith("@@XLP arch ")) {
    arch = l.slice(11).trim();
  } else if (l.startsWith("@@XLP rec ")) {
    const [, , kind, , rc] = l.split(" ");
    if (lines[++i] !== "@@XLP out") throw new Error("bad record at line " + i);
    const o = [], e = [];
    while (lines[++i] !== "@@XLP err") o.push(lines[i]);
    while (lines[++i] !== "@@XLP end") e.push(lines[i]);
    recs[kind].push({ exit: Number(rc), stdout: b64(o), stderr: b64(e) });
  }
}
const xen_version = (info.match(/^xen_version\s*:\s*(\S+)/m) || [])[1] || null;
const machine = (info.match(/^machine\s*:\s*(\S+)/m) || [])[1] || arch;
const result = { host, xen_version, arch: machine };
for (const kind of kinds) {
  const base = kind.replace(/_config$/, "");
  if (recs[kind].length !== specs[base].length)
    throw new Error(`${kind}: ${recs[kind].length} records for ${specs[base].length} specs`);
  result[kind] = specs[base].map((spec, i) => {
    const r = recs[kind][i];
    let json = null;
    if (kind === base) {
      const prefix = kind + ": ";
      if (r.stdout.startsWith(prefix)) {
        try { json = JSON.parse(r.stdout.slice(prefix.length)); } catch { json = null; }
      }
    } else {
      // xl -N create prints the whole domain config; keep its disks / nics array
      try { json = JSON.parse(r.stdout)[base === "disk" ? "disks" : "nics"] ?? null; } catch { json = null; }
    }
    const rec = { spec, exit: r.exit, json, stderr: r.stderr };
    if (json === null && r.stdout !== "") rec.stdout = r.stdout;
    return rec;
  });
}
fs.writeFileSync(outFile, JSON.stringify(result, null, 2) + "\n");
const count = (k) => result[k].filter((r) => r.exit === 0).length + "/" + result[k].length;
console.error(`${outFile}: xen ${xen_version} ${machine}; ` + kinds.map((k) => `${k} ok ${count(k)}`).join(", "));
EOF
