#!/usr/bin/env bash
# check-commands.sh — every external command that the host-side scripts run, and every file
# they need that is not a command, must come from a package of scripts/host-packages.txt (or
# from the base system: an Essential package; or be a README prerequisite: Node/npm, terraform,
# Go). A package list that only names packages let a green CI hide two gaps on a fresh machine
# (depmod without kmod; qemu's efi-virtio.rom without ipxe-qemu); this checks commands.
#
#   scripts/check-commands.sh            failures and unverified entries, then a summary
#   scripts/check-commands.sh -v         the whole table
#   scripts/check-commands.sh --strict   also fail when a listed package is not installed
#                                        (so that every entry was verified on this machine)
#
# Host side = scripts/*.sh, scripts/lib/*.sh, testhost/testhost.sh, testhost/lib/*.sh, the
# loopback SSH host's shell scripts (test/harness/fake-xen: they run on this machine), and the
# commands that scripts/*.mjs, bench/*.mjs and test/**/*.ts start. Not host side: testhost/files/*
# (run in dom0 and the guests), heredoc text and the arguments of ssh (see scripts/lib/shell-commands.mjs).
# Verification: `dpkg -S` of the command found in /usr/sbin, /usr/bin, /sbin or /bin must name the
# declaring package or one of its (installed) dependencies.
# Exit status: 0 all good, 1 a failure. Needs only dpkg and node; never installs anything.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
LIST=${CDKTF_XEN_HOST_PACKAGES:-scripts/host-packages.txt}
verbose=0 strict=0
for a in "$@"; do
  case $a in
    -v|--verbose) verbose=1 ;;
    --strict) strict=1 ;;
    *) echo "usage: $0 [-v] [--strict]" >&2; exit 2 ;;
  esac
done

PREREQS="node npm npx terraform go tofu" # README: Node 20+, terraform, Go (tofu: built from Go)

# Commands written with an expansion: "FILE-GLOB WORD-GLOB KIND" — kinds:
#   conf:VAR   the VAR= values of testhost/hosts/*.conf, each checked as a command
#   prereq     a README prerequisite    built: made by the scripts    project: a file of the repository
#   runner     "$@" of a wrapper function (run, step): the commands handed to it are not seen here
DYNAMIC=$(cat <<'EOF'
scripts/rehearse-fresh.sh $@                  runner
testhost/*        $QEMU_BIN                   conf:QEMU_BIN
scripts/demo.sh   $engine                     prereq
scripts/ensure-tofu.sh $GO_BIN                prereq
scripts/ensure-tofu.sh $ENGINE_BIN            built
scripts/ensure-tofu.sh $1                     built
scripts/ensure-cdktn.sh $1                    built
scripts/ensure-cdktn.sh $node22               built
*                 $root/*                     project
EOF
)

# ------------------------------------------------------------------ the files to read
shell_scopes=() # file groups, "--" between them: a script with the libraries it sources
libs=(scripts/lib/*.sh)
shell_scopes+=(testhost/testhost.sh testhost/lib/*.sh "${libs[@]}" --)
for f in scripts/*.sh; do shell_scopes+=("$f" "${libs[@]}" --); done
for f in test/harness/fake-xen/*; do
  if [[ -f $f ]] && head -n1 "$f" | grep -qE '^#!.*\b(ba)?sh\b'; then shell_scopes+=("$f" --); fi
done
mapfile -t js_files < <(ls scripts/*.mjs bench/*.mjs 2>/dev/null; find test -name '*.ts' -not -path '*/node_modules/*' | LC_ALL=C sort)

uses=$(node scripts/lib/shell-commands.mjs "${shell_scopes[@]}" "${js_files[@]}")

# ------------------------------------------------------------------ the list
declare -A decl_pkg=()   # command or file -> package that declares it
declare -A listed=()     # package -> 1
declare -A generated=()  # files the package's maintainer scripts write: no dpkg owner
declare -a decl_order=() files=()
while read -r groups pkg rest; do
  [[ -z ${groups:-} || $groups == \#* ]] && continue
  [[ -n ${pkg:-} ]] || { echo "check-commands: $LIST: a line with no package: $groups" >&2; exit 1; }
  listed[$pkg]=1
  for u in $rest; do
    [[ $u == \#* ]] && break
    [[ $u == generated:/* ]] && { u=${u#generated:}; generated[$u]=1; }
    decl_pkg[$u]=$pkg; decl_order+=("$u")
    [[ $u == /* ]] && files+=("$u")
  done
done <"$LIST"

# ------------------------------------------------------------------ what dpkg knows
# One dpkg-query for every installed package: essential flag, provides, dependencies.
pkgdb=$(dpkg-query -W -f='${Package}\t${db:Status-Abbrev}\t${Essential}\t${Provides}\t${Depends}, ${Pre-Depends}\n' 2>/dev/null \
        | awk -F'\t' 'substr($2,2,1)=="i"')
declare -A installed=() essential=()
while IFS=$'\t' read -r p _ e _; do installed[$p]=1; [[ $e == yes ]] && essential[$p]=1; done <<<"$pkgdb"

# closure: "ROOT DEP" for every installed listed package and its installed dependencies (all
# alternatives, virtual names through Provides)
closure=$(awk -F'\t' -v roots="${!listed[*]}" '
  function clean(d) { sub(/\(.*/, "", d); sub(/:.*/, "", d); gsub(/[ \t]/, "", d); return d }
  { pkg = $1; deps[pkg] = $5
    n = split($4, pv, ","); for (i = 1; i <= n; i++) { v = clean(pv[i]); if (v != "") prov[v] = prov[v] " " pkg } }
  END {
    nr = split(roots, r, " ")
    for (k = 1; k <= nr; k++) {
      root = r[k]; if (!(root in deps)) continue
      delete seen; q[1] = root; head = 1; tail = 1; seen[root] = 1
      while (head <= tail) {
        p = q[head++]; print root, p
        m = split(deps[p], ds, /[,|]/)
        for (j = 1; j <= m; j++) {
          d = clean(ds[j]); if (d == "") continue
          cand = (d in deps) ? d : ""
          if (d in prov) cand = cand prov[d]
          c = split(cand, cs, " ")
          for (x = 1; x <= c; x++) if (!(cs[x] in seen)) { seen[cs[x]] = 1; q[++tail] = cs[x] }
        }
      }
    }
  }' <<<"$pkgdb")
declare -A in_closure=()
while read -r a b; do [[ -n ${a:-} ]] && in_closure["$a $b"]=1; done <<<"$closure"

declare -A builtin=()
while read -r b; do builtin[$b]=1; done < <(bash --norc --noprofile -c 'compgen -b; compgen -k')

# ------------------------------------------------------------------ the commands used
declare -A first_use=() kind=()
add_use() { # WORD WHERE KIND
  [[ -n ${first_use[$1]:-} ]] || { first_use[$1]=$2; kind[$1]=$3; order+=("$1"); }
}
order=()
conf_values() { sed -n "s/^$1=\(.*\)$/\1/p" testhost/hosts/*.conf | tr -d '"'"'" | sort -u; }
dyn_failures=()
while IFS=$'\t' read -r where k word; do
  [[ -n ${where:-} ]] || continue
  if [[ $k == cmd ]]; then add_use "$word" "$where" cmd; continue; fi
  file=${where%:*} res=""
  while read -r fg wg kd; do
    # shellcheck disable=SC2053
    [[ $file == $fg && $word == $wg ]] && { res=$kd; break; }
  done <<<"$DYNAMIC"
  case $res in
    conf:*) for v in $(conf_values "${res#conf:}"); do add_use "$v" "$where" cmd; done ;;
    prereq|built|project|runner) add_use "$word" "$where" "$res" ;;
    *) dyn_failures+=("$word	$where") ;;
  esac
done <<<"$uses"

# ------------------------------------------------------------------ owners, one dpkg -S
syspath() { local d; for d in /usr/sbin /usr/bin /sbin /bin; do [[ -e $d/$1 ]] && { echo "$d/$1"; return 0; }; done; return 0; }
alt_path() { case $1 in /usr/*) echo "${1#/usr}" ;; *) echo "/usr$1" ;; esac; } # merged /usr
declare -A found=()
queries=()
for w in "${order[@]}"; do
  [[ ${kind[$w]} == cmd ]] || continue
  [[ -n ${builtin[$w]:-} || $w == */* && $w != /* ]] && continue
  p=""; if [[ $w == /* ]]; then [[ -e $w ]] && p=$w; else p=$(syspath "$w"); fi
  [[ -n $p ]] || continue
  found[$w]=$p
  r=$(readlink -f "$p")
  queries+=("$p" "$(alt_path "$p")" "$r" "$(alt_path "$r")")
done
for f in "${files[@]}"; do
  [[ -e $f ]] || continue
  found[$f]=$f
  r=$(readlink -f "$f")
  queries+=("$f" "$(alt_path "$f")" "$r" "$(alt_path "$r")")
done
declare -A owner_of=()
if ((${#queries[@]})); then
  while IFS= read -r l; do
    [[ $l == *": /"* ]] || continue
    pk=${l%%: /*}; pth=/${l#*: /}
    [[ $pk == diversion* ]] && continue
    pk=${pk%%,*}; pk=${pk%%:*}
    owner_of[$pth]=$pk
  done < <(dpkg -S "${queries[@]}" 2>/dev/null || true)
fi
owner() { # owner PATH -> package, from the path itself, merged /usr, or where its symlinks end
  local p=$1 r a
  r=$(readlink -f "$p")
  for a in "$p" "$(alt_path "$p")" "$r" "$(alt_path "$r")"; do
    [[ -n ${owner_of[$a]:-} ]] && { echo "${owner_of[$a]}"; return 0; }
  done
  return 0
}

# ------------------------------------------------------------------ verdicts
fails=0 unverified=0 oks=0
rows=()
row() { rows+=("$(printf '%-4s  %-34s %-26s %s' "$1" "$2" "$3" "$4")"); case $1 in FAIL) fails=$((fails+1)) ;; '?') unverified=$((unverified+1)) ;; *) oks=$((oks+1)) ;; esac; }

verdict() { # verdict WORD WHERE — a Debian command or file
  local w=$1 where=$2 d=${decl_pkg[$1]:-} p o
  p=${found[$w]:-}
  o=""; [[ -n $p ]] && o=$(owner "$p")
  if [[ -n $d && -n ${generated[$w]:-} ]]; then
    if [[ -n $p && -n ${installed[$d]:-} ]]; then row ok "$w" "$d" "$where (generated by $d)"
    elif [[ -n ${installed[$d]:-} ]]; then row FAIL "$w" "$d" "$where: $d is installed but $w is missing"
    elif ((strict)); then row FAIL "$w" "$d" "$where: $d is not installed (--strict)"
    else row '?' "$w" "$d" "$where: not verified, $d is not installed"
    fi
    return 0
  fi
  if [[ -n $d ]]; then
    if [[ -n $p && -n $o ]]; then
      if [[ $o == "$d" || -n ${in_closure["$d $o"]:-} ]]; then row ok "$w" "$d" "$where"
      # Another package has it (qemu-system-data serves the Arm and the x86 QEMU): whether $d
      # depends on that package can only be told once $d is installed.
      elif [[ -z ${installed[$d]:-} ]] && ((strict)); then row FAIL "$w" "$d" "$where: this machine has it from $o, and $d is not installed (--strict)"
      elif [[ -z ${installed[$d]:-} ]]; then row '?' "$w" "$d" "$where: not verified, this machine has it from $o and $d is not installed"
      else row FAIL "$w" "$d" "$where: comes from $o, which $d does not depend on: declare it under $o"
      fi
    elif [[ -n ${installed[$d]:-} ]]; then
      if [[ -n $p ]]; then row FAIL "$w" "$d" "$where: $p belongs to no package"
      else row FAIL "$w" "$d" "$where: $d is installed but has no $w"
      fi
    elif ((strict)); then row FAIL "$w" "$d" "$where: $d is not installed (--strict)"
    else row '?' "$w" "$d" "$where: not verified, $d is not installed"
    fi
    return 0
  fi
  if [[ -n $o && -n ${essential[$o]:-} ]]; then row ok "$w" "$o (Essential)" "$where"
  elif [[ -n $o && -n ${listed[$o]:-} ]]; then row FAIL "$w" "-" "$where: comes from $o: add \"$w\" to its line in $LIST"
  elif [[ -n $o ]]; then row FAIL "$w" "-" "$where: comes from $o, which is not in $LIST: add a line for $o (or a package depending on it) with \"$w\""
  elif [[ -n $p ]]; then row FAIL "$w" "-" "$where: $p belongs to no Debian package"
  else row FAIL "$w" "-" "$where: not found on this machine, and no package in $LIST lists it"
  fi
}

for w in "${order[@]}"; do
  where=${first_use[$w]}
  case ${kind[$w]} in
    prereq)  row ok "$w" "(prerequisite)" "$where" ; continue ;;
    built)   row ok "$w" "(built by the scripts)" "$where" ; continue ;;
    project) row ok "$w" "(this repository)" "$where" ; continue ;;
    runner)  row ok "$w" "(a wrapper's argument)" "$where" ; continue ;;
  esac
  if [[ -n ${builtin[$w]:-} ]]; then row ok "$w" "(bash builtin)" "$where"; continue; fi
  if [[ " $PREREQS " == *" $w "* ]]; then row ok "$w" "(prerequisite)" "$where"; continue; fi
  if [[ $w == */* && $w != /* ]]; then
    if [[ -e $w ]]; then row ok "$w" "(this repository)" "$where"; else row FAIL "$w" "-" "$where: no such file in the repository"; fi
    continue
  fi
  verdict "$w" "$where"
done
for f in "${files[@]}"; do [[ -n ${first_use[$f]:-} ]] || verdict "$f" "(file, $LIST)"; done
for u in "${decl_order[@]}"; do # declared commands nobody uses: stale entries
  [[ $u == /* || -n ${first_use[$u]:-} ]] && continue
  row FAIL "$u" "${decl_pkg[$u]}" "listed in $LIST but no script runs it"
done
for x in "${dyn_failures[@]}"; do
  row FAIL "${x%%	*}" "-" "${x#*	}: a command written with an expansion: add it to DYNAMIC in $0"
done

# every listed package must exist (when there are package lists to ask)
if compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  for p in "${!listed[@]}"; do
    [[ -n ${installed[$p]:-} ]] && continue
    apt-cache show --no-all-versions "$p" >/dev/null 2>&1 || row FAIL "$p" "-" "a package of $LIST that apt does not know"
  done
fi

for r in "${rows[@]}"; do
  if ((verbose)) || [[ $r != ok* ]]; then printf '%s\n' "$r"; fi
done
echo "check-commands: $oks ok, $unverified not verified (package not installed), $fails failed"
((fails == 0))
