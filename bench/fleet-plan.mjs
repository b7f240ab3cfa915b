// A plan of a fleet from declared facts (no SSH): N xen_domain on 4 plan-only hosts
// against N terraform_data carrying the same values (the engine's own work for as many
// resources, with no provider process), alternated in one run, medians.
//   node bench/fleet-plan.mjs [runs] [sizes...]      default: 5 runs of 1000, 3 of 5000
// Prints per size the wall of both and their ratio (budget 1.5×, and no growth from 1000
// to 5000), the CPU the engine itself spent in each, the provider's CPU, and the
// provider processes' peak RSS (budget 150 MB at 5000).
import { dataGuest, guest, load, measure, medians, ms, PLAN, planOnlyProvider, which, workspace } from "./lib/engine.mjs";

const terraform = which("terraform");
if (!terraform) { console.log("fleet plan bench skipped: no terraform on PATH"); process.exit(0); }
const runsArg = Number(process.argv[2] ?? 0);
const sizes = process.argv.slice(3).map(Number);
const plan = sizes.length ? sizes.map((n) => [n, runsArg || 3]) : [[1000, runsArg || 5], [5000, Math.min(runsArg || 3, 3)]];

console.log(`load before: ${load()}`);
const ratios = [];
for (const [n, runs] of plan) {
  const ours = workspace(planOnlyProvider(4) + Array.from({ length: n }, (_, i) => guest(i)).join(""));
  const data = workspace(Array.from({ length: n }, (_, i) => dataGuest(i)).join(""));
  await measure(terraform, data, PLAN); await measure(terraform, ours, PLAN); // warm the page cache
  const a = [], b = [];
  for (let i = 0; i < runs; i++) {
    a.push(await measure(terraform, data, PLAN));
    b.push(await measure(terraform, ours, PLAN));
  }
  const d = medians(a), x = medians(b);
  const peak = Math.max(...b.map((r) => r.peakRssMb));
  ratios.push(x.wall / d.wall);
  console.log(`plan of ${n}: terraform_data ${ms(d.wall)}, xen_domain ${ms(x.wall)}  (${(x.wall / d.wall).toFixed(2)}×; budget 1.5×)`);
  console.log(`  engine's own CPU: ${ms(d.engineCpuMs)} with terraform_data, ${ms(x.engineCpuMs)} with xen_domain (${(x.engineCpuMs / d.engineCpuMs).toFixed(2)}×)`);
  console.log(`  provider: ${ms(x.providerCpuMs)} CPU in ${x.processes} processes (${(x.providerCpuMs / n * 1000).toFixed(0)} µs per guest), peak RSS ${peak.toFixed(0)} MB${n >= 5000 ? " (budget 150 MB)" : ""}`);
  ours.remove(); data.remove();
}
if (ratios.length > 1) console.log(`ratio ${plan.at(-1)[0]} vs ${plan[0][0]} guests: ${(ratios.at(-1) / ratios[0]).toFixed(2)} (budget: no growth)`);
console.log(`load after: ${load()}`);
