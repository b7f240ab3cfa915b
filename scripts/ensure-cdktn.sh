#!/usr/bin/env bash
# ensure-cdktn.sh — CDK Terrain's CLI (cdktn-cli) and a Node it runs on, cached; prints
#   export CDKTF_XEN_NODE22=<a node >= 22.19>   export CDKTF_XEN_CDKTN=<cdktn-cli's bin/cdktn>
# for `eval`. cdktn-cli 0.24 needs Node >= 22.19 (its `engines`); this project builds and runs
# on Node 20, so when the machine's node is older, the official Node binary is taken from the
# npm registry (the package node-linux-<arch>, checked against the registry's integrity hash by
# `npm pack`). cdktn-cli itself is installed apart from the project's packages, from
# scripts/cdktn-cli/package-lock.json (its peer jsii-pacmak differs from the project's).
# Everything but the export lines goes to stderr.
#
# Environment: CDKTF_XEN_CACHE (default ~/.cache/cdktf-xen).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="${CDKTF_XEN_CACHE:-${HOME:-/root}/.cache/cdktf-xen}"
NODE_VERSION=22.23.5 # what the cache fetches when the machine's node is older than 22.19
log() { printf '[ensure-cdktn] %s\n' "$*" >&2; }

new_enough() { # node binary -> 0 when >= 22.19
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=19)?0:1)' 2>/dev/null
}

node22=""
if command -v node >/dev/null 2>&1 && new_enough "$(command -v node)"; then
  node22=$(command -v node)
else
  case $(uname -m) in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) log "no Node ${NODE_VERSION} package for $(uname -m)"; exit 1 ;;
  esac
  dir="$cache/node-$NODE_VERSION-linux-$arch"
  if ! { [ -x "$dir/bin/node" ] && new_enough "$dir/bin/node"; }; then
    log "fetching Node $NODE_VERSION (node-linux-$arch) from the npm registry"
    tmp=$(mktemp -d "$cache/.node-XXXXXX" 2>/dev/null || { mkdir -p "$cache"; mktemp -d "$cache/.node-XXXXXX"; })
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent "node-linux-$arch@$NODE_VERSION" >/dev/null)
    mkdir -p "$tmp/x" && tar -xzf "$tmp/node-linux-$arch-$NODE_VERSION.tgz" -C "$tmp/x" package/bin/node package/LICENSE
    new_enough "$tmp/x/package/bin/node" || { log "the fetched node does not run here"; exit 1; }
    rm -rf "$dir" && mv "$tmp/x/package" "$dir"
  fi
  node22="$dir/bin/node"
fi
log "node for cdktn-cli: $node22 ($("$node22" -v))"

lock="$root/scripts/cdktn-cli/package-lock.json"
sum=$(cat "$root/scripts/cdktn-cli/package.json" "$lock" | sha256sum | cut -c1-12)
cli="$cache/cdktn-cli-$sum"
if [ ! -x "$cli/node_modules/.bin/cdktn" ]; then
  log "installing cdktn-cli into $cli"
  rm -rf "$cli.tmp" && mkdir -p "$cli.tmp"
  cp "$root/scripts/cdktn-cli/package.json" "$lock" "$cli.tmp/"
  # npm itself runs on the project's node; its engines warning is about cdktn-cli's own run.
  (cd "$cli.tmp" && npm ci --no-audit --no-fund --loglevel=error >&2)
  rm -rf "$cli" && mv "$cli.tmp" "$cli"
fi
printf 'export CDKTF_XEN_NODE22=%q\n' "$node22"
printf 'export CDKTF_XEN_CDKTN=%q\n' "$cli/node_modules/.bin/cdktn"
