// What disk and vif blocks cost a plan: `terraform plan` of N guests from declared facts
// (no SSH), each with 2 disks and 1 vif, against the same N guests without devices,
// alternated in one run. Budget: devices add at most 20%. Also printed: where the added
// time goes — the engine's own CPU and the provider's, with and without devices.
//   node bench/devices.mjs [guests] [runs]
import { load, measure, medians, ms, PLAN, planOnlyProvider, which, workspace } from "./lib/engine.mjs";

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
console.log(`load before: ${load()}`);
const plain = fleet(false), withDevices = fleet(true);
await measure(terraform, plain, PLAN); await measure(terraform, withDevices, PLAN); // warm the caches once
const a = [], b = [];
for (let i = 0; i < runs; i++) { a.push(await measure(terraform, plain, PLAN)); b.push(await measure(terraform, withDevices, PLAN)); }
const x = medians(a), y = medians(b);
const pct = (p, q) => `${(((q - p) / p) * 100).toFixed(0)}%`;
console.log(`terraform plan, ${guests} guests, no devices            ${ms(x.wall)}`);
console.log(`terraform plan, ${guests} guests, 2 disks + 1 vif each  ${ms(y.wall)}  (${(y.wall / x.wall).toFixed(2)}×; budget 1.20×)`);
console.log(`  engine's own CPU   ${ms(x.engineCpuMs)} → ${ms(y.engineCpuMs)} (+${pct(x.engineCpuMs, y.engineCpuMs)})`);
console.log(`  provider's CPU     ${ms(x.providerCpuMs)} → ${ms(y.providerCpuMs)} (+${pct(x.providerCpuMs, y.providerCpuMs)}; ${((y.providerCpuMs - x.providerCpuMs) / guests * 1000).toFixed(0)} µs per guest for its 3 devices)`);
plain.remove();
withDevices.remove();
console.log(`load after: ${load()}`);
