#!/usr/bin/env bash
# Offline `cdktf deploy` against the locally built provider.
#
#   eval "$(scripts/cdktf-env.sh)"            link mode (default): for working on the provider
#   eval "$(scripts/cdktf-env.sh --copy)"     copy mode: a self-contained package, as published
#   cd examples/arm-fleet && npx cdktf deploy --auto-approve --skip-provider-lock
#
# Link mode puts a symlink to bin/terraform-provider-xen (a small, fixed loader) in
# the mirror: terraform's package hash stays the same across rebuilds, so the
# stack's .terraform.lock.hcl stays valid and every deploy runs the current build.
# Copy mode copies the bundle: after a rebuild its hash changes and `terraform init`
# refuses the lock file ("doesn't match any of the checksums") — delete
# cdktf.out/stacks/*/.terraform.lock.hcl then.
#
# Builds bin/ when it is missing, puts the provider into a filesystem mirror
#   $CDKTF_XEN_MIRROR/registry.terraform.io/xen-cdk/xen/<version>/<os_arch>/
#   (and registry.opentofu.org/... for tofu), default ~/.cache/cdktf-xen/mirror,
# with a CLI configuration that installs xen-cdk/* from that mirror only — both
# done by `cdktf-xen provider install` (src/cli/provider-install.ts), what a user
# of the npm package runs — and prints the `export` lines that point terraform
# (TF_CLI_CONFIG_FILE) and the cdktf CLI at it. Why a mirror and not dev_overrides:
# cdktf deploy always runs `terraform init` (the synthesized stack has a backend
# block), and init with dev_overrides alone still asks the registry. Why
# --skip-provider-lock: cdktf otherwise runs `terraform providers lock`, which
# ignores the mirror and asks registry.terraform.io.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mirror=${CDKTF_XEN_MIRROR:-$HOME/.cache/cdktf-xen/mirror}
version=$(node -p 'require(process.argv[1]).version' "$root/package.json")

mode=link build=
for a in "$@"; do
  case $a in
    --copy) mode=copy ;;
    --build) build=1 ;;
    *) echo "usage: $0 [--copy] [--build]" >&2; exit 2 ;;
  esac
done

# (A bin/cdktf-xen older than its `provider install` command is rebuilt too.)
if [ ! -x "$root/bin/terraform-provider-xen" ] || [ -n "$build" ] \
  || [ "$root/src/cli/provider-install.ts" -nt "$root/bin/cdktf-xen" ]; then
  node "$root/scripts/build.mjs" >&2
fi

rc="$mirror/cdktf.tfrc"
# Its report goes to stderr only when it fails: the line below says it for this script.
if ! msg=$(node "$root/bin/cdktf-xen" provider install --dir "$mirror" "--$mode" --config "$rc" 2>&1 >/dev/null); then
  printf '%s\n' "$msg" >&2
  exit 1
fi

printf '[cdktf-env] provider %s mirrored (%s) in %s\n' "$version" "$mode" "$mirror" >&2
printf 'export TF_CLI_CONFIG_FILE=%q\n' "$rc"
printf 'export CHECKPOINT_DISABLE=1\n'                  # no telemetry call (it would log a DNS error offline)
printf 'export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1\n'      # don't point terraform at ~/.terraform.d/plugin-cache
printf 'export DISABLE_VERSION_CHECK=1\n'
printf 'export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20\n'
