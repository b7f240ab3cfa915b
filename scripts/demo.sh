#!/usr/bin/env bash
# The main job: boot an emulated Arm64 Xen host, deploy the example Arm guest
# fleet to it with `cdktf deploy` (examples/arm-fleet, through the locally built
# provider from a filesystem mirror, offline: a kernel uploaded from this machine, a
# cloud-init seed per guest, apply waiting for each guest's address), show the plan's type
# resolution, the guests' addresses, `xl list` on the host, and a drift check. Installs what it needs.
#   scripts/demo.sh              Xen 4.17 (Debian 12); DEMO_HOST=arm64-4.20 for Xen 4.20
#   scripts/demo.sh --hcl        the same with terraform apply of examples/hcl
#   scripts/demo.sh down         destroy the fleet and stop the host
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
host=${DEMO_HOST:-arm64-4.17}
work=${DEMO_DIR:-/tmp/cdktf-xen-demo}
hj=${CDKTF_XEN_RUN:-/tmp/cdktf-xen-testhost}/$host/host.json
mode=cdktf
case "${1:-}" in --hcl) mode=hcl ;; down) mode=down ;; "") ;; *) echo "usage: $0 [--hcl|down]" >&2; exit 2 ;; esac
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

eval "$(scripts/setup.sh)"
engine=$(command -v terraform || true)
engine=${engine:-$CDKTF_XEN_TOFU}
[ "$(basename "$engine")" = tofu ] && export TERRAFORM_BINARY_NAME="$engine"
npm run build >/dev/null
eval "$(scripts/cdktf-env.sh)"         # filesystem mirror of bin/ + TF_CLI_CONFIG_FILE
export CHECKPOINT_DISABLE=1 CI=true XEN_HOST_JSON=$hj XEN_PREFIX=demo XEN_COUNT=3

app=$work/arm-fleet stack=$work/arm-fleet/cdktf.out/stacks/arm-fleet hcl=$work/hcl
if [ "$mode" = down ]; then
  [ -f "$app/terraform.arm-fleet.tfstate" ] && (cd "$app" && npx cdktf destroy --auto-approve --skip-provider-lock >/dev/null) || true
  [ -f "$hcl/terraform.tfstate" ] && (cd "$hcl" && "$engine" destroy -auto-approve -var "host_json=$hj" >/dev/null) || true
  testhost/testhost.sh down "$host"
  exit 0
fi

say "Booting the emulated $host Xen host (QEMU, no KVM)"
start=$(date +%s)
testhost/testhost.sh up "$host"
echo "(host ready after $(( $(date +%s) - start )) s)"

types() {  # the type resolution of a plan, from `show -json`
  node -e '
    const p = JSON.parse(require("fs").readFileSync(0, "utf8"));
    console.log("\nType resolution (what libxl will do on this host):");
    for (const r of p.resource_changes.filter((r) => r.type === "xen_domain")) {
      const a = r.change.after;
      console.log(`  ${a.name.padEnd(12)} written ${String(a.type ?? "(none)").padEnd(7)} -> runs as ${a.effective_type}   [${r.change.actions.join(",")}]`);
    }'
}

if [ "$mode" = cdktf ]; then
  mkdir -p "$work"; rm -rf "$app"; cp -r examples/arm-fleet "$app"
  sed -i "s#\"../../src/constructs/index.ts\"#\"$root/src/constructs/index.ts\"#; s#\"../../node_modules/@types\"#\"$root/node_modules/@types\"#" "$app/tsconfig.json"
  ln -s "$root/node_modules" "$app/node_modules"
  cd "$app"

  say "Synth-time checks (the same model as the plan): an Arm fleet asking for hvm, then for pv"
  XEN_TYPE=hvm npx cdktf synth 2>&1 | grep -E "HVM|Error" | head -3 || true
  XEN_TYPE=pv npx cdktf synth 2>&1 | grep -E "PVH|Warn" | head -3 || true

  say "Synth and plan: no type written, so the guests run as PVH"
  npx cdktf synth >/dev/null
  (cd "$stack" && "$engine" init -input=false >/dev/null && "$engine" plan -input=false -out=tfplan | grep -E '^\s+[+~-] (resource|data)|Plan:' ; "$engine" show -json tfplan | types)

  say "cdktf deploy"
  npx cdktf deploy --auto-approve --skip-provider-lock 2>&1 | grep -E "Creation complete|Apply complete|Error:" | sed -E "s/\x1b\[[0-9;]*m//g; s/^ *//" || true
  state_dir=$stack
else
  mkdir -p "$hcl"; cp examples/hcl/main.tf "$hcl/"; cd "$hcl"
  say "Plan"
  "$engine" init -input=false >/dev/null
  "$engine" plan -input=false -out=tfplan -var "host_json=$hj" | grep -E 'Warning|Error|^\s+[+~-] (resource|data)|Plan:' || true
  "$engine" show -json tfplan | types
  say "Apply"
  "$engine" apply -input=false -auto-approve tfplan | grep -E 'Creation complete|Apply complete|Error' || true
  state_dir=$hcl
fi

if [ "$mode" = cdktf ]; then
  say "Each guest's address (apply waited for it: dom0's neighbour table) and what it boots"
  (cd "$state_dir" && "$engine" output -json guests) | node -e '
    const g = JSON.parse(require("fs").readFileSync(0, "utf8"));
    for (const [name, v] of Object.entries(g)) console.log(`  ${name.padEnd(12)} ${String(v.ipv4_addresses?.[0] ?? "(none)").padEnd(12)} domid ${v.domid}, runs as ${v.effective_type}`);'
  echo "  (kernel uploaded from this machine once: /var/lib/xen-guests/demo/vmlinuz; each guest has a cloud-init seed in /etc/xen/cdktf-xen)"
fi

say "xl list on the host"
"$root/testhost/testhost.sh" ssh "$host" xl list

say "Drift check: one guest destroyed, and one started again from its own config with 192 MiB, behind Terraform's back"
names=$("$root/testhost/testhost.sh" ssh "$host" xl list | awk 'NR>1 && $1 != "Domain-0" {print $1}' | sort)
first=$(echo "$names" | sed -n 1p) second=$(echo "$names" | sed -n 2p)
# The provider's config of a guest carries its uuid: a guest started from it is still that guest.
"$root/testhost/testhost.sh" ssh "$host" "xl destroy $first; f=\$(grep -l '^name = \"$second\"' /etc/xen/cdktf-xen/*.cfg) && xl destroy $second && sed 's/^memory = .*/memory = 192/; s/^maxmem = .*/maxmem = 192/' \$f > /tmp/oob.cfg && xl create -q /tmp/oob.cfg"
code=0
(cd "$state_dir" && "$root/bin/cdktf-xen" drift --dir . ) || code=$?
echo "(cdktf-xen drift exited $code: 0 clean, 2 drift, 1 error)"

say "Done. The fleet is still running: scripts/demo.sh down destroys it and stops the host."
