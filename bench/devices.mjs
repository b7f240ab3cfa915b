// What disk and vif blocks cost a plan: `terraform plan` of N guests from declared facts
// (no SSH), each with 2 disks and 1 vif, against the same N guests without devices,
// alternated in one run. Budget: devices add at most 20%.
//   node bench/devices.mjs [guests] [runs]
import { load, median, PLAN, planOnlyProvider, which, workspace } from "./lib/engine.mjs";

const guests = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 5);

const terraform = which("terraform");
if (!terraform) { console.log("devices bench skipped: no terraform on PATH"); process.exit(0); }

const provider = planOnlyProvider(4);
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

const fleet = (devices) => workspace(provider + Array.from({ length: guests }, (_, n) => guest(n, devices)).join(""), "xen-bench-dev-");
const plan = (ws) => ws.time(terraform, PLAN);

console.log(`load before: ${load()}`);
const plain = fleet(false), withDevices = fleet(true);
plan(plain); plan(withDevices); // warm the caches once
const a = [], b = [];
for (let i = 0; i < runs; i++) { a.push(plan(plain)); b.push(plan(withDevices)); }
const ratio = median(b) / median(a);
console.log(`terraform plan, ${guests} guests, no devices            ${median(a).toFixed(0)} ms`);
console.log(`terraform plan, ${guests} guests, 2 disks + 1 vif each  ${median(b).toFixed(0)} ms  (${ratio.toFixed(2)}×; budget 1.20×)`);
plain.remove();
withDevices.remove();
console.log(`load after: ${load()}`);
