#!/usr/bin/env bash
# ensure-tofu.sh — make an OpenTofu binary available and print its path (stdout only).
#
# Order of preference:
#   1. `tofu` already on PATH                          -> print that path
#   2. cached build ${CDKTF_XEN_CACHE:-$HOME/.cache/cdktf-xen}/engines/tofu-<ver>/tofu
#      that answers `tofu version`                     -> print that path
#   3. build it from source, fetched only through the Go module proxy:
#        go mod download -json github.com/opentofu/opentofu@v<ver>   (gives the module Dir)
#        cd <Dir> && go build -o <tmp> ./cmd/tofu                     (Dir is the main module,
#                                                                      so its replace directive applies)
#      then move <tmp> into place atomically and print the path.
#
# `go install github.com/opentofu/opentofu/cmd/tofu@v<ver>` cannot be used: OpenTofu's go.mod
# carries a replace directive, which `go install pkg@version` refuses.
#
# Environment:
#   CDKTF_XEN_CACHE          cache root (default $HOME/.cache/cdktf-xen)
#   CDKTF_XEN_TOFU_VERSION   OpenTofu version to build (default below; needs a Go new enough
#                            for its go.mod `go` line: 1.11.x needs Go >= 1.25.13)
#   CDKTF_XEN_NO_PATH_TOFU=1 ignore a `tofu` on PATH (use/build the cached one)
#   GO                       go binary to use (default: `go` on PATH, else /usr/local/go/bin/go)
#
# Everything except the final path is written to stderr.
set -euo pipefail

TOFU_VERSION="${CDKTF_XEN_TOFU_VERSION:-1.11.14}"
TOFU_VERSION="${TOFU_VERSION#v}"
CACHE_ROOT="${CDKTF_XEN_CACHE:-${HOME:-/root}/.cache/cdktf-xen}"
ENGINE_DIR="$CACHE_ROOT/engines/tofu-$TOFU_VERSION"
ENGINE_BIN="$ENGINE_DIR/tofu"

log() { printf 'ensure-tofu: %s\n' "$*" >&2; }

runs_version() { "$1" version >/dev/null 2>&1; }

# 1. tofu on PATH
if [ "${CDKTF_XEN_NO_PATH_TOFU:-0}" != "1" ]; then
  if on_path="$(command -v tofu 2>/dev/null)" && [ -n "$on_path" ]; then
    printf '%s\n' "$on_path"
    exit 0
  fi
fi

# 2. cached build
if [ -x "$ENGINE_BIN" ] && runs_version "$ENGINE_BIN"; then
  printf '%s\n' "$ENGINE_BIN"
  exit 0
fi

# 3. build
mkdir -p "$ENGINE_DIR"
# Serialise concurrent builders of the same version; the second one finds the cache warm.
exec 9>"$ENGINE_DIR/.lock"
if ! flock -n 9; then
  log "another build of tofu $TOFU_VERSION is running; waiting for it"
  flock 9
fi
if [ -x "$ENGINE_BIN" ] && runs_version "$ENGINE_BIN"; then
  printf '%s\n' "$ENGINE_BIN"
  exit 0
fi

GO_BIN="${GO:-}"
if [ -z "$GO_BIN" ]; then
  GO_BIN="$(command -v go 2>/dev/null || true)"
  [ -n "$GO_BIN" ] || GO_BIN=/usr/local/go/bin/go
fi
if [ ! -x "$GO_BIN" ]; then
  log "no Go toolchain found (looked for \`go\` on PATH and /usr/local/go/bin/go); cannot build tofu"
  exit 1
fi

# Never let Go fetch a toolchain of its own: only the module proxy is reachable.
export GOTOOLCHAIN=local
# The module cache is read-only; VCS stamping has no repository to look at.
export GOFLAGS="-buildvcs=false"

log "building OpenTofu $TOFU_VERSION with $("$GO_BIN" version 2>/dev/null || echo "$GO_BIN") (one-off, cached in $ENGINE_DIR)"
start=$(date +%s)

# `go mod download` needs a directory that is not inside some other module.
json="$(cd / && "$GO_BIN" mod download -json "github.com/opentofu/opentofu@v$TOFU_VERSION")" || {
  log "go mod download of github.com/opentofu/opentofu@v$TOFU_VERSION failed:"
  printf '%s\n' "$json" >&2
  exit 1
}
moddir="$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' | head -n1)"
if [ -z "$moddir" ] || [ ! -d "$moddir/cmd/tofu" ]; then
  log "could not find the module directory in go mod download output:"
  printf '%s\n' "$json" >&2
  exit 1
fi
log "source: $moddir"

tmp="$ENGINE_DIR/.tofu.tmp.$$"
trap 'rm -f "$tmp"' EXIT
ldflags="-s -w -X github.com/opentofu/opentofu/version.dev=no"
if ! (cd "$moddir" && "$GO_BIN" build -trimpath -ldflags "$ldflags" -o "$tmp" ./cmd/tofu) >&2; then
  log "go build failed; retrying with -mod=mod"
  (cd "$moddir" && GOFLAGS="$GOFLAGS -mod=mod" "$GO_BIN" build -trimpath -ldflags "$ldflags" -o "$tmp" ./cmd/tofu) >&2
fi

if ! runs_version "$tmp"; then
  log "the built binary does not run \`tofu version\`"
  exit 1
fi
mv -f "$tmp" "$ENGINE_BIN"
trap - EXIT
log "built $("$ENGINE_BIN" version 2>/dev/null | head -n1) in $(( $(date +%s) - start )) s"
printf '%s\n' "$ENGINE_BIN"
