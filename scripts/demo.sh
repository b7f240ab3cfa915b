#!/usr/bin/env bash
# The main job: boot an emulated Arm64 Xen host, deploy the example guest fleet
# (examples/hcl) to it through the provider, show the plan's type resolution,
# `xl list` on the host, and a drift check. Installs what it needs.
#   scripts/demo.sh              Xen 4.17 (Debian 12); DEMO_HOST=arm64-4.20 for Xen 4.20
#   scripts/demo.sh down         destroy the fleet and stop the host
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
host=${DEMO_HOST:-arm64-4.17}
work=${DEMO_DIR:-/tmp/cdktf-xen-demo}
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

eval "$(scripts/setup.sh)"
engine=$(command -v terraform || true)
engine=${engine:-$CDKTF_XEN_TOFU}
npm run build >/dev/null

tf() {
  (cd "$work" && TF_CLI_CONFIG_FILE="$work/dev.tfrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 "$engine" "$@")
}

mkdir -p "$work"
cp examples/hcl/main.tf "$work/main.tf"
cat >"$work/dev.tfrc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/xen-cdk/xen" = "$root/bin"
    "registry.opentofu.org/xen-cdk/xen" = "$root/bin"
  }
  direct {}
}
RC

if [ "${1:-}" = down ]; then
  if [ -f "$work/terraform.tfstate" ]; then tf destroy -auto-approve -var "host_json=/tmp/cdktf-xen-testhost/$host/host.json" || true; fi
  testhost/testhost.sh down "$host"
  exit 0
fi

say "Booting the emulated $host Xen host (QEMU, no KVM)"
start=$(date +%s)
json=$(testhost/testhost.sh up "$host")
echo "$json"
echo "(host ready after $(( $(date +%s) - start )) s)"
hj=/tmp/cdktf-xen-testhost/$host/host.json
vars=(-var "host_json=$hj")

say "Plan: what libxl will do with each guest on this host"
tf plan -input=false -out=tfplan "${vars[@]}" | grep -Ev '^\s*$' | sed -n '/Terraform will perform/,$p'
tf show -json tfplan | node -e '
  const p = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.log("\nType resolution:");
  for (const r of p.resource_changes.filter((r) => r.type === "xen_domain")) {
    const a = r.change.after;
    console.log(`  ${r.address.padEnd(22)} written ${String(a.type ?? "(none)").padEnd(7)} → runs as ${a.effective_type}   [${r.change.actions.join(",")}]`);
  }'

say "Apply"
tf apply -input=false -auto-approve tfplan | grep -E 'Creation complete|Apply complete|Warning|Error' || true
tf output guests

say "xl list on the host"
testhost/testhost.sh ssh "$host" xl list

say "Drift check: a guest destroyed and another resized behind Terraform's back"
web0=$(tf output -json guests | node -e 'console.log(JSON.parse(require("fs").readFileSync(0,"utf8"))["web-0"].domid)')
web1=$(tf output -json guests | node -e 'console.log(JSON.parse(require("fs").readFileSync(0,"utf8"))["web-1"].domid)')
testhost/testhost.sh ssh "$host" "xl destroy $web0 && xl mem-set $web1 160m"
code=0
tf plan -refresh-only -input=false -no-color -detailed-exitcode "${vars[@]}" >"$work/drift.txt" || code=$?
sed -n '/Terraform detected/,/^─/p' "$work/drift.txt"
echo "(plan -refresh-only -detailed-exitcode exited $code: 2 means drift)"
tf plan -input=false "${vars[@]}" | grep -E '^\s+# xen_domain|will be|must be|Plan:' || true

say "Done. The fleet is still running: scripts/demo.sh down destroys it and stops the host."
