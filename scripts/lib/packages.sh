#!/usr/bin/env bash
# shellcheck shell=bash
# The one install function for the Debian packages of scripts/host-packages.txt.
#
#   source scripts/lib/packages.sh
#   pkg_install GROUP...          install what these groups list and is missing
#   pkg_ensure PACKAGE...         the same for package names
#   pkg_names GROUP...            the packages of these groups
#
# By hand: scripts/lib/packages.sh groups | list GROUP... | missing GROUP... | install GROUP...
# Sourced by scripts/setup.sh, scripts/ensure-sshd.sh and testhost/lib/build.sh; sets no shell
# options. CDKTF_XEN_HOST_PACKAGES names another list (the tests use it).

PKG_LIST_FILE=${CDKTF_XEN_HOST_PACKAGES:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/host-packages.txt}

pkg_log() { printf '[packages] %s\n' "$*" >&2; }

pkg_groups() { # every group of the list, one a line
  awk '!/^[[:space:]]*(#|$)/ { n = split($1, g, ","); for (i = 1; i <= n; i++) if (!seen[g[i]]++) print g[i] }' "$PKG_LIST_FILE"
}

pkg_names() { # pkg_names GROUP... -> their packages, in list order, each once; fails on an unknown group
  [[ -r $PKG_LIST_FILE ]] || { pkg_log "no package list $PKG_LIST_FILE"; return 1; }
  awk -v want="$*" '
    BEGIN { n = split(want, w, " "); for (i = 1; i <= n; i++) asked[w[i]] = 1 }
    /^[[:space:]]*(#|$)/ { next }
    { k = split($1, g, ",")
      for (i = 1; i <= k; i++) { known[g[i]] = 1; if ((g[i] in asked) && !seen[$2]++) print $2 } }
    END { for (a in asked) if (!(a in known)) { printf "[packages] unknown group %s in %s\n", a, FILENAME > "/dev/stderr"; bad = 1 }
          exit bad }' "$PKG_LIST_FILE"
}

pkg_missing() { # pkg_missing PACKAGE... -> the ones not installed (one dpkg-query call)
  (($#)) || return 0
  { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "$@" 2>/dev/null || true; } \
    | awk -v want="$*" '
        substr($1, 2, 1) == "i" { ok[$2] = 1 }
        END { n = split(want, w, " "); for (i = 1; i <= n; i++) if (!(w[i] in ok) && !seen[w[i]]++) print w[i] }'
}

pkg_ensure() { # pkg_ensure PACKAGE... — installs the missing ones; quiet and quick when none is
  local missing
  missing=$(pkg_missing "$@") || return 1
  [[ -n $missing ]] || return 0
  # shellcheck disable=SC2086
  set -- $missing
  if [[ $(id -u) != 0 ]]; then
    pkg_log "missing Debian packages: $*"
    pkg_log "install them as root: apt-get install --no-install-recommends $*"
    return 1
  fi
  pkg_log "installing: $*"
  ( # a subshell, for its own EXIT trap
    export DEBIAN_FRONTEND=noninteractive
    # Packages with a service (openssh-server, postgresql) would start it: the tests run their
    # own instances, on ports of their own. policy-rc.d refuses every service start meanwhile.
    policy=${PKG_POLICY_RC:-/usr/sbin/policy-rc.d}
    if [[ ! -e $policy ]]; then
      printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 0755 "$policy" && trap 'rm -f "$policy"' EXIT
      trap 'exit 130' INT TERM HUP # through the EXIT trap: a stale policy-rc.d would block services for good
    fi
    # Lock::Timeout: another apt-get may hold the dpkg lock (tests running side by side).
    try_install() { apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 "$@" >&2; }
    try_install "$@" && exit 0
    # Missing or outdated package lists (a fresh machine has none): update once, then retry.
    pkg_log "apt-get install failed; running apt-get update once and retrying"
    apt-get update -q -o DPkg::Lock::Timeout=600 >&2 || { pkg_log "apt-get update failed"; exit 1; }
    try_install "$@"
  ) || { pkg_log "could not install: $*"; return 1; }
  missing=$(pkg_missing "$@")
  [[ -z $missing ]] || { pkg_log "still not installed: $missing"; return 1; }
}

pkg_install() { # pkg_install GROUP...
  local names
  names=$(pkg_names "$@") || return 1
  # shellcheck disable=SC2086
  pkg_ensure $names
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then # run by hand
  set -euo pipefail
  cmd=${1:-}; shift || true
  case $cmd in
    groups)  pkg_groups ;;
    list)    pkg_names "$@" ;;
    missing) names=$(pkg_names "$@"); pkg_missing $names ;;
    install) pkg_install "$@" ;;
    *) echo "usage: $0 groups | list GROUP... | missing GROUP... | install GROUP..." >&2; exit 2 ;;
  esac
fi
