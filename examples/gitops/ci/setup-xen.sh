#!/usr/bin/env bash
# Installs the xen provider and the cdktf-xen reports from npm (package cdktf-xen) and
# points terraform/tofu at the provider through dev_overrides (no registry needed).
#   eval "$(examples/gitops/ci/setup-xen.sh)"      # any shell / GitLab
# On GitHub Actions it also appends to $GITHUB_ENV and $GITHUB_PATH.
# Environment: CDKTF_XEN_VERSION (default: latest), XEN_TOOLS (default: ./.xen-tools).
set -euo pipefail
tools="${XEN_TOOLS:-$PWD/.xen-tools}"
mkdir -p "$tools"
tools="$(cd "$tools" && pwd)"
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "cdktf-xen@${CDKTF_XEN_VERSION:-latest}" >&2
bin="$tools/node_modules/cdktf-xen/bin"
test -x "$bin/terraform-provider-xen" && test -x "$bin/cdktf-xen"
cat > "$tools/terraform.rc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/xen-cdk/xen" = "$bin"
    "registry.opentofu.org/xen-cdk/xen" = "$bin"
  }
  direct {}
}
RC
if [ -n "${GITHUB_ENV:-}" ]; then
  echo "TF_CLI_CONFIG_FILE=$tools/terraform.rc" >> "$GITHUB_ENV"
  echo "$bin" >> "$GITHUB_PATH"
fi
echo "export TF_CLI_CONFIG_FILE='$tools/terraform.rc'"
echo "export PATH='$bin':\"\$PATH\""
