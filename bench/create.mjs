// Creating guests on a real Xen host (the emulated Arm host of testhost/, booted or reused):
// `terraform apply` of N guests through the provider, against N serial `xl create` of the
// same configs (the files the provider wrote, without their uuid line), each over its own
// OpenSSH session — alternated in one run, medians. Budget: the apply costs ≤ 1.2× the
// serial xl creates. Destroying between runs is not timed.
//   node bench/create.mjs [guests] [runs]        default: 3 guests, 3 runs
// XEN_BENCH_HOST picks the test host (default arm64-4.17).
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { require as tsxRequire } from "tsx/cjs/api";
import { load, measure, median, ms, root, which, workspace } from "./lib/engine.mjs";

const { destroyGuests, realProvider } = tsxRequire("../test/e2e/real-host.ts", import.meta.url);

const terraform = which("terraform");
if (!terraform) { console.log("create bench skipped: no terraform on PATH"); process.exit(0); }
if (process.getuid?.() !== 0) { console.log("create bench skipped: the test host needs root"); process.exit(0); }
const guests = Number(process.argv[2] ?? 3);
const runs = Number(process.argv[3] ?? 3);
const hostName = process.env.XEN_BENCH_HOST ?? "arm64-4.17";
const PREFIX = "bench-create-";

console.log(`load before: ${load()}`);
const testhost = join(root, "testhost", "testhost.sh");
const h = JSON.parse(execFileSync(testhost, ["up", hostName], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));
/** One OpenSSH session running `command` in dom0; resolves with its stdout. */
const onHost = (command) => new Promise((resolve, reject) =>
  execFile(testhost, ["ssh", hostName, command], { maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
    (err ? reject(new Error(`${command}: ${err.message}\n${stderr}`)) : resolve(stdout))));
const timed = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
const destroyAll = () => destroyGuests(h, PREFIX);

const ws = workspace(`${realProvider(h)}
${Array.from({ length: guests }, (_, i) => `resource "xen_domain" "g${i}" {
  host             = "xen1"
  name             = "${PREFIX}${i}"
  kernel           = "${h.guest_kernel}"
  ramdisk          = "${h.guest_ramdisk}"
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = 128
  shutdown_timeout = 0
}
`).join("")}`, "xen-bench-create-");
const APPLY = ["apply", "-auto-approve", "-input=false", "-lock=false"];
const DESTROY = ["destroy", "-auto-approve", "-input=false", "-lock=false"];

await destroyAll();
// Warm-up through the provider; its files become the configs of the serial xl creates.
await measure(terraform, ws, APPLY);
await onHost(`for f in /etc/xen/cdktf-xen/${PREFIX}*.cfg; do n=$(basename "$f"); grep -v '^uuid' "$f" > "/tmp/$n"; done; ls /tmp/${PREFIX}*.cfg`);
const files = (await onHost(`ls /tmp/${PREFIX}*.cfg`)).split("\n").filter(Boolean);
if (files.length !== guests) throw new Error(`expected ${guests} config files, found: ${files.join(" ")}`);
await measure(terraform, ws, DESTROY);

const serial = [], provider = [], providerCpu = [];
for (let r = 0; r < runs; r++) {
  serial.push(await timed(async () => { for (const f of files) await onHost(`xl create ${f}`); }));
  await destroyAll();
  const m = await measure(terraform, ws, APPLY);
  provider.push(m.wall);
  providerCpu.push(m.providerCpuMs);
  await measure(terraform, ws, DESTROY);
}
const s = median(serial), p = median(provider);
console.log(`${guests} serial xl create (one SSH session each)   ${ms(s)}  (${serial.map(ms).join(", ")})`);
console.log(`terraform apply of ${guests} guests             ${ms(p)}  (${provider.map(ms).join(", ")})  ${(p / s).toFixed(2)}× (budget 1.20×)`);
console.log(`  the provider's CPU                      ${ms(median(providerCpu))}`);
await onHost(`rm -f /tmp/${PREFIX}*.cfg`);
ws.remove();
console.log(`load after: ${load()}`);
