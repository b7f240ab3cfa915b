#!/usr/bin/env bash
# ensure-sshd.sh — Debian's OpenSSH server and client for the loopback test host
# (test/harness/ssh-host.ts): installs the `ssh` group of scripts/host-packages.txt when a
# package of it is missing (without starting the system's sshd: see pkg_ensure; the test host
# runs its own sshd on a free loopback port with its own config), and makes sure the
# privilege-separation directory /run/sshd exists. Idempotent; needs root only to install.
# Progress goes to stderr.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/packages.sh
source "$here/lib/packages.sh"

log() { printf 'ensure-sshd: %s\n' "$*" >&2; }

pkg_install ssh || { log "could not install the ssh group of $PKG_LIST_FILE"; exit 1; }
for f in /usr/sbin/sshd /usr/bin/ssh /usr/bin/ssh-keygen; do # installed, yet a file may be gone
  [[ -x $f ]] || { log "$f is missing although its package is installed (apt-get install --reinstall openssh-server openssh-client)"; exit 1; }
done

if [ ! -d /run/sshd ]; then
  if [ "$(id -u)" = 0 ]; then
    mkdir -p /run/sshd
    chmod 0755 /run/sshd
  else
    log "/run/sshd is missing and this is not root"
    exit 1
  fi
fi

/usr/sbin/sshd -V 2>&1 | head -n1 >&2 || true
