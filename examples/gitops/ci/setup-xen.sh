#!/usr/bin/env bash
# Installs the npm package cdktf-xen (the xen provider and the cdktf-xen reports) and
# puts the provider into a filesystem mirror with `cdktf-xen provider install`, so that
# `terraform init` / `tofu init` install it like any provider and record it in
# .terraform.lock.hcl. The CLI configuration takes xen-cdk/* from that mirror only
# (never from a registry) and everything else from the registries as usual.
#   eval "$(examples/gitops/ci/setup-xen.sh)"      # any shell / GitLab
# On GitHub Actions it also appends to $GITHUB_ENV and $GITHUB_PATH.
# Environment:
#   CDKTF_XEN_VERSION   the version to install from npm (default: latest)
#   CDKTF_XEN_PACKAGE   what to install instead of cdktf-xen@$CDKTF_XEN_VERSION, e.g. a
#                       tarball of `npm pack` (/path/to/cdktf-xen-0.1.0.tgz): no registry needed
#   XEN_TOOLS           where the package, the mirror and the CLI config go (default: ./.xen-tools)
set -euo pipefail
tools="${XEN_TOOLS:-$PWD/.xen-tools}"
mkdir -p "$tools"
tools="$(cd "$tools" && pwd)"
spec="${CDKTF_XEN_PACKAGE:-cdktf-xen@${CDKTF_XEN_VERSION:-latest}}"
# A local file or directory, named relative to where this runs (npm would take it relative to --prefix).
if [ -e "$spec" ]; then
  spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"
fi
# --legacy-peer-deps: the peers (cdktf, constructs) are for the constructs; the provider and
# the reports need neither.
npm install --prefix "$tools" --no-audit --no-fund --legacy-peer-deps --loglevel=error "$spec" >&2
bin="$tools/node_modules/cdktf-xen/bin"
test -x "$bin/terraform-provider-xen" && test -x "$bin/cdktf-xen"
# Copies (not links): the mirror's package hash is the one the lock file records.
# Its report goes to stderr; its `export` line is replaced by the one below.
node "$bin/cdktf-xen" provider install --dir "$tools/mirror" --config "$tools/terraform.rc" >/dev/null
rc="$tools/terraform.rc"
if [ -n "${GITHUB_ENV:-}" ]; then
  echo "TF_CLI_CONFIG_FILE=$rc" >> "$GITHUB_ENV"
  echo "$bin" >> "$GITHUB_PATH"
fi
printf 'export TF_CLI_CONFIG_FILE=%q\n' "$rc"
printf 'export PATH=%q:"$PATH"\n' "$bin"
