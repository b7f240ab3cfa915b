// What disk and vif blocks cost a plan: `terraform plan` of N guests from declared facts
// (no SSH), each with 2 disks and 1 vif, against the same N guests without devices,
// alternated in one run. Budget: devices add at most 20%.
//   node bench/devices.mjs [guests] [runs]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const guests = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let terraform;
try { terraform = execFileSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).trim(); } catch { terraform = ""; }
if (!terraform) { console.log("devices bench skipped: no terraform on PATH"); process.exit(0); }

const provider = `terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}
provider "xen" {
${[0, 1, 2, 3].map((h) => `  host {
    name = "arm${h}"
    facts {
      arch        = "aarch64"
      xen_version = "4.17.7"
      xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"
    }
  }`).join("\n")}
}
`;
const guest = (n, devices) => `resource "xen_domain" "g${n}" {
  host    = "arm${n % 4}"
  name    = "g-${n}"
  kernel  = "/var/lib/xen-guests/vmlinuz"
  memory  = 128
${devices ? `  disk {
    vdev   = "xvda"
    target = "/var/lib/xen/images/g-${n}.raw"
  }
  disk {
    vdev   = "xvdb"
    target = "/var/lib/xen/images/shared.iso"
    access = "ro"
  }
  vif {
    bridge = "xenbr0"
    mac    = "00:16:3e:${[(n >> 16) & 255, (n >> 8) & 255, n & 255].map((b) => b.toString(16).padStart(2, "0")).join(":")}"
  }
` : ""}}
`;

function workspace(devices) {
  const ws = mkdtempSync(join(tmpdir(), "xen-bench-dev-"));
  writeFileSync(join(ws, "dev.tfrc"), `provider_installation {\n  dev_overrides { "registry.terraform.io/xen-cdk/xen" = "${join(root, "bin")}" }\n  direct {}\n}\n`);
  writeFileSync(join(ws, "main.tf"), provider + Array.from({ length: guests }, (_, n) => guest(n, devices)).join(""));
  return ws;
}

const env = (ws) => ({ ...process.env, TF_CLI_CONFIG_FILE: join(ws, "dev.tfrc"), CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" });
function plan(ws) {
  const t = process.hrtime.bigint();
  execFileSync(terraform, ["plan", "-input=false", "-lock=false", "-refresh=false", "-out=/dev/null"], { cwd: ws, env: env(ws), stdio: "ignore" });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const plain = workspace(false), withDevices = workspace(true);
plan(plain); plan(withDevices); // warm the caches once
const a = [], b = [];
for (let i = 0; i < runs; i++) { a.push(plan(plain)); b.push(plan(withDevices)); }
const ratio = median(b) / median(a);
console.log(`terraform plan, ${guests} guests, no devices            ${median(a).toFixed(0)} ms`);
console.log(`terraform plan, ${guests} guests, 2 disks + 1 vif each  ${median(b).toFixed(0)} ms  (${ratio.toFixed(2)}×; budget 1.20×)`);
rmSync(plain, { recursive: true, force: true });
rmSync(withDevices, { recursive: true, force: true });
