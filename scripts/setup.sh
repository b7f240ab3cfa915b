#!/usr/bin/env bash
# Installs what the provider's build and tests need, idempotently: the Debian packages
# of the groups base, ssh and engine of scripts/host-packages.txt (plus the groups given
# as arguments, e.g. `scripts/setup.sh jsii-python`), Node packages, OpenSSH (the tests'
# SSH hosts), and the engines (terraform from PATH; OpenTofu built from the Go module
# proxy and cached when it is not on PATH). The argument `cdktn` adds CDK Terrain's CLI and
# a Node 22 for it (scripts/ensure-cdktn.sh).
# Prints `export` lines for the engines found, for `eval "$(scripts/setup.sh)"`.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

# one dpkg-query when nothing is missing: this runs before every demo and test run
# shellcheck source=lib/packages.sh
source scripts/lib/packages.sh
groups=() cdktn=
for a in "$@"; do
  if [ "$a" = cdktn ]; then cdktn=1; else groups+=("$a"); fi
done
pkg_install base ssh engine "${groups[@]}" || { log "could not install the Debian packages this needs"; exit 1; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund >&2
fi

scripts/ensure-sshd.sh >&2

if command -v terraform >/dev/null 2>&1; then
  log "terraform: $(command -v terraform)"
fi
if tofu=$(scripts/ensure-tofu.sh); then
  log "tofu: $tofu"
  printf 'export CDKTF_XEN_TOFU=%q\n' "$tofu"
elif [ "${CI:-}" = true ] && [ "${CDKTF_XEN_SKIP_TOFU:-}" != 1 ]; then
  log "OpenTofu could not be built, and CI tests both engines (CDKTF_XEN_SKIP_TOFU=1 skips it on purpose)"
  exit 1
else
  log "OpenTofu could not be built; only terraform will be tested"
fi
if ! command -v terraform >/dev/null 2>&1 && [ -z "${tofu:-}" ]; then
  log "no engine: neither terraform on PATH nor a buildable OpenTofu"
  exit 1
fi
if [ -n "$cdktn" ]; then
  scripts/ensure-cdktn.sh || { log "CDK Terrain's CLI or a Node 22 for it could not be installed"; exit 1; }
fi
