#!/usr/bin/env bash
# ensure-sshd.sh — make Debian's OpenSSH server and client available for the loopback test host
# (test/harness/ssh-host.ts). Idempotent: does nothing when /usr/sbin/sshd, ssh and ssh-keygen are
# already installed, except making sure the privilege-separation directory /run/sshd exists.
#
# The package's postinst would start the system sshd service; a temporary policy-rc.d stops that
# (the test host runs its own sshd on a free loopback port with its own config).
# Needs root (apt-get). Progress goes to stderr.
set -euo pipefail

log() { printf 'ensure-sshd: %s\n' "$*" >&2; }

need_install=0
for f in /usr/sbin/sshd /usr/bin/ssh /usr/bin/ssh-keygen; do
  [ -x "$f" ] || need_install=1
done

if [ "$need_install" = 1 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "openssh-server/openssh-client are missing and this is not root; install them first"
    exit 1
  fi
  policy=/usr/sbin/policy-rc.d
  added_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 0755 "$policy"
    added_policy=1
  fi
  cleanup() { if [ "$added_policy" = 1 ]; then rm -f "$policy"; fi; }
  trap cleanup EXIT

  export DEBIAN_FRONTEND=noninteractive
  install() {
    apt-get install -y -q --no-install-recommends openssh-server openssh-client >&2
  }
  log "installing openssh-server and openssh-client"
  if ! install; then
    log "install failed; running apt-get update and retrying"
    apt-get update -q >&2
    install
  fi
fi

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
