#!/usr/bin/env bash
# rehearse-fresh.sh — a newcomer's first hour, on this machine: wipe the project's caches, clone
# the repository afresh and run the README's two commands in the clone (`npm run demo`, then
# `npm test`), timing each; at the end, scripts/check-commands.sh in the clone.
# A CI machine that already has the packages and caches hides what a fresh one lacks; this
# shows it. Takes 30+ minutes cold. It needs the machine to itself: it stops every test host.
#
#   scripts/rehearse-fresh.sh [options]
#     --purge-packages   first apt-get purge the packages of scripts/host-packages.txt, so that the
#                        install path runs too. Never purged: Essential and Priority: required
#                        packages, the rehearsal group (git...), packages whose purge would take
#                        other packages with it, and packages in use (sshd, postgres, qemu running).
#     --autoremove       with --purge-packages: also apt-get autoremove --purge (the automatically
#                        installed dependencies; may remove unrelated automatic packages too)
#     --keep-engines     keep the OpenTofu build in the cache (saves ~3 min of go build)
#     --from SRC         what to clone (default: this repository; only committed work is cloned)
#     --dir DIR          where (default: a new /tmp/cdktf-xen-rehearsal.XXXXXX)
#     --only demo|test   run one of the two commands
#     --force            run although test hosts or tests seem to be running (they will be stopped)
#     -n, --dry-run      say what would be wiped and purged, change nothing
set -euo pipefail
src_root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/packages.sh
source "$src_root/scripts/lib/packages.sh"

purge=0 autoremove=0 keep_engines=0 from=$src_root dir="" only="" force=0 dry=0
while (($#)); do
  case $1 in
    --purge-packages) purge=1 ;;
    --autoremove) autoremove=1 ;;
    --keep-engines) keep_engines=1 ;;
    --from) from=${2:?}; shift ;;
    --dir) dir=${2:?}; shift ;;
    --only) only=${2:?}; shift; [[ $only == demo || $only == test ]] || { echo "--only demo|test" >&2; exit 2; } ;;
    --force) force=1 ;;
    -n|--dry-run) dry=1 ;;
    *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
  shift
done

say() { printf '\n\033[1m[rehearse] %s\033[0m\n' "$*" >&2; }
log() { printf '[rehearse] %s\n' "$*" >&2; }
run() { if ((dry)); then log "would run: $*"; else log "$*"; "$@"; fi; }

[[ $(id -u) == 0 ]] || { log "run this as root (it installs and may purge Debian packages)"; exit 1; }
pkg_ensure $(pkg_names rehearsal) || exit 1 # git for the clone, procps for the checks below

cache=${CDKTF_XEN_CACHE:-$HOME/.cache/cdktf-xen}
runroot=${CDKTF_XEN_RUN:-/tmp/cdktf-xen-testhost}
demo_dir=${DEMO_DIR:-/tmp/cdktf-xen-demo}

# ------------------------------------------------------------------ is the machine ours?
busy=$( { pgrep -af -- '-name testhost-' || true; pgrep -af 'vitest|scripts/(demo|test)\.sh' | grep -v "^$$ " || true; } )
if [[ -n $busy ]]; then
  log "test hosts or tests are running:"; printf '    %s\n' "$busy" | cut -c1-150 >&2
  ((force || dry)) || { log "not rehearsing while they run (--force stops the test hosts anyway)"; exit 1; }
fi
if [[ $from == "$src_root" && -n $(git -C "$src_root" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
  log "note: uncommitted changes in $src_root are not in the clone (only commits are)"
fi

# ------------------------------------------------------------------ packages
if ((purge)); then
  say "Purging the packages of $PKG_LIST_FILE"
  declare -A cand=()
  keep=" $(pkg_names rehearsal | tr '\n' ' ') "
  for p in $(pkg_names $(pkg_groups)); do
    [[ $keep == *" $p "* ]] && continue
    st=$(dpkg-query -W -f='${db:Status-Abbrev}|${Essential}|${Priority}' "$p" 2>/dev/null || true)
    [[ ${st:1:1} == i ]] || continue
    IFS='|' read -r _ ess prio <<<"$st"
    if [[ $ess == yes || $prio == required ]]; then log "keeping $p (Essential: $ess, Priority: $prio)"; continue; fi
    case $p in # in use: purging would stop a service or pull a running binary
      openssh-server) pgrep -x sshd >/dev/null && { log "keeping $p: sshd is running"; continue; } ;;
      postgresql*)    pgrep -x postgres >/dev/null && { log "keeping $p: postgres is running"; continue; } ;;
      qemu-system-*|ipxe-qemu|seabios) pgrep -f '^qemu-system-' >/dev/null && { log "keeping $p: QEMU is running"; continue; } ;;
    esac
    cand[$p]=1
  done
  # only what takes nothing else with it (apt-get purge also removes what depends on a package)
  changed=1
  while ((changed)); do
    changed=0
    for p in "${!cand[@]}"; do
      if ! sim=$(apt-get -s purge "$p" 2>/dev/null); then
        log "keeping $p: apt would not purge it (other packages depend on it)"; unset "cand[$p]"; changed=1; continue
      fi
      others=$(awk '/^Purg /{print $2}' <<<"$sim" | while read -r q; do [[ -n ${cand[$q]:-} ]] || echo "$q"; done)
      if [[ -n $others ]]; then log "keeping $p: purging it would also remove $(echo $others)"; unset "cand[$p]"; changed=1; fi
    done
  done
  if ((${#cand[@]})); then
    run env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=600 "${!cand[@]}" >&2
  else
    log "nothing to purge"
  fi
  if ((autoremove)); then run env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q >&2; fi
fi

# ------------------------------------------------------------------ caches
say "Wiping the caches"
[[ -x $src_root/testhost/testhost.sh ]] && run "$src_root/testhost/testhost.sh" down all
for d in "$runroot" "$demo_dir"; do [[ -e $d ]] && run rm -rf "$d"; done
if [[ -d $cache ]]; then
  if ((keep_engines)); then
    for d in "$cache"/*; do [[ $d == "$cache/engines" ]] || run rm -rf "$d"; done
  else
    run rm -rf "$cache"
  fi
fi

# ------------------------------------------------------------------ the clone
[[ -n $dir ]] || dir=$( ((dry)) && echo /tmp/cdktf-xen-rehearsal.DRYRUN || mktemp -d /tmp/cdktf-xen-rehearsal.XXXXXX)
say "Cloning $from into $dir"
if ((dry)); then log "would clone and run: npm run demo; npm test; scripts/demo.sh down; scripts/check-commands.sh"; exit 0; fi
[[ ! -e $dir || -z $(ls -A "$dir") ]] || { log "$dir is not empty"; exit 1; }
git clone -q "$from" "$dir"
cd "$dir"
log "commit $(git log -1 --format='%h %s')"

status=0
step() { # step NAME COMMAND... — runs it with its log in $dir, and times it
  local name=$1 t0=$SECONDS rc=0; shift
  say "$name: $*   (log: $dir/rehearsal-$name.log)"
  (set -o pipefail; "$@" 2>&1 | tee "$dir/rehearsal-$name.log") || rc=$?
  log "$name: exit $rc after $((SECONDS - t0)) s"
  results+=("$(printf '%-8s exit %-3s %5s s   %s' "$name" "$rc" "$((SECONDS - t0))" "$*")")
  ((rc == 0)) || status=1
}
results=()
[[ $only == test ]] || step demo npm run demo
[[ $only == demo ]] || step test npm test
[[ $only == test ]] || step down scripts/demo.sh down
step check scripts/check-commands.sh # not --strict: the README commands install no jsii-python, bench...

say "Rehearsal in $dir"
printf '  %s\n' "${results[@]}" >&2
exit $status
