#!/usr/bin/env bash
# Installs what the provider's build and tests need, idempotently: Node packages,
# OpenSSH (the tests' SSH hosts), and the engines (terraform from PATH; OpenTofu
# built from the Go module proxy and cached when it is not on PATH).
# Prints `export` lines for the engines found, for `eval "$(scripts/setup.sh)"`.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

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
else
  log "OpenTofu could not be built; only terraform will be tested"
fi
if ! command -v terraform >/dev/null 2>&1 && [ -z "${tofu:-}" ]; then
  log "no engine: neither terraform on PATH nor a buildable OpenTofu"
  exit 1
fi
