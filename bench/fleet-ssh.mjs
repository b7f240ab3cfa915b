// Apply, then refresh + plan, of a fleet on 4 hosts reached over SSH: real OpenSSH sshd
// on loopback (test/harness/ssh-host.ts) whose sessions run the STAND-IN xl of
// test/harness/fake-xen — not Xen: this measures the transport and the provider, not
// libxl — with a delaying TCP forwarder (bench/lib/delay-proxy.mjs) in front of each sshd.
//   node bench/fleet-ssh.mjs [guests] [runs] [rtt-ms]      default: 200 guests, 3 runs, 50 ms
// Prints:
//   apply of all guests (no added latency): its wall and the provider's own CPU (budget ≤ 10%)
//   refresh + plan with the added round-trip time, alternated with, in the same run,
//     the floor: the commands the provider ran, replayed over OpenSSH in one session per
//       host (in parallel), plus the engine's refresh + plan of as many terraform_data
//       (budget: the provider ≤ 1.3× the floor)
//     one SSH session per guest: OpenSSH, one connection per guest reading that guest
//       (`xl list -l <name>`), 10 at a time like the engine's parallelism, plus the same
//       terraform_data plan (budget: the provider ≥ 10× faster)
// XEN_BENCH_TRACE=<file> keeps the engine's trace log of the first refresh + plan.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { require as tsxRequire } from "tsx/cjs/api";
import { dataGuest, load, measure, median, ms, which, workspace } from "./lib/engine.mjs";
import { delayProxy } from "./lib/delay-proxy.mjs";

const { startSshHost } = tsxRequire("../test/harness/ssh-host.ts", import.meta.url);

const terraform = which("terraform");
if (!terraform) { console.log("fleet ssh bench skipped: no terraform on PATH"); process.exit(0); }
if (process.getuid?.() !== 0) { console.log("fleet ssh bench skipped: the loopback sshd needs root"); process.exit(0); }
const guests = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 3);
const rtt = Number(process.argv[4] ?? 50);
const HOSTS = 4, PARALLELISM = 10;
const FACTS = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap", total_memory: 1 << 20, free_memory: 1 << 20 };

const sh = (cmd, args) => new Promise((resolve, reject) =>
  execFile(cmd, args, { maxBuffer: 64 << 20 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))));
const timed = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
async function pool(n, items, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => { while (next < items.length) await fn(items[next++]); }));
}

console.log(`load before: ${load()}`);
const hosts = await Promise.all(Array.from({ length: HOSTS }, () => startSshHost({ facts: FACTS })));
const proxies = await Promise.all(hosts.map((h) => delayProxy(h.port, 0)));
/** OpenSSH's arguments for host i, through its forwarder (whose port its known_hosts names). */
const knownHosts = hosts.map((h, i) => {
  const file = join(h.dir, "known_hosts_proxy");
  writeFileSync(file, `[127.0.0.1]:${proxies[i].port} ${h.hostKey}\n`);
  return file;
});
const sshArgs = (i) => hosts[i].sshArgs().map((a) => (a === String(hosts[i].port) ? String(proxies[i].port)
  : a === `UserKnownHostsFile=${hosts[i].knownHostsFile}` ? `UserKnownHostsFile=${knownHosts[i]}` : a));

const hostBlock = (h, i) => {
  const dir = join(h.dir, "cfg");
  mkdirSync(dir, { recursive: true });
  return `  host {
    name        = "h${i}"
    address     = "127.0.0.1"
    port        = ${proxies[i].port}
    private_key = file("${h.privateKeyFile}")
    host_key    = "${h.hostKey}"
    config_dir  = "${dir}"
  }`;
};
const ours = workspace(`terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}
provider "xen" {
${hosts.map(hostBlock).join("\n")}
}
${Array.from({ length: guests }, (_, n) => `resource "xen_domain" "g${n}" {
  host   = "h${n % HOSTS}"
  name   = "g-${n}"
  kernel = "/var/lib/xen-guests/vmlinuz"
  memory = 64
}
`).join("")}`, "xen-bench-ssh-");
const data = workspace(Array.from({ length: guests }, (_, i) => dataGuest(i, HOSTS)).join(""), "xen-bench-ssh-data-");

try {
  const APPLY = ["apply", "-auto-approve", "-input=false", "-lock=false"];
  await measure(terraform, data, APPLY);
  const apply = await measure(terraform, ours, APPLY);
  console.log(`apply of ${guests} guests on ${HOSTS} hosts: ${ms(apply.wall)} wall; provider CPU ${ms(apply.providerCpuMs)} ` +
    `(${(100 * apply.providerCpuMs / apply.wall).toFixed(1)}% of the wall; budget 10%), engine CPU ${ms(apply.engineCpuMs)}`);

  for (const p of proxies) p.setDelay(rtt / 2);
  const PLAN = ["plan", "-input=false", "-lock=false", "-out=/dev/null"];
  for (const h of hosts) h.clearCommands();
  // XEN_BENCH_TRACE=<file>: the engine's trace log of this first refresh + plan, for its timings per RPC.
  const trace = process.env.XEN_BENCH_TRACE ? { TF_LOG: "trace", TF_LOG_PATH: process.env.XEN_BENCH_TRACE } : {};
  const first = await measure(terraform, ours, PLAN, trace);
  console.log(`refresh + plan (first run): ${ms(first.wall)} wall; provider CPU ${ms(first.providerCpuMs)} in ${first.processes} processes, engine CPU ${ms(first.engineCpuMs)}`);
  const commands = hosts.map((h) => h.commands());
  console.log(`refresh + plan: ${commands.map((c) => c.length).join(", ")} remote commands on the ${HOSTS} hosts`);
  // One session per host, running what the provider ran there, each in its own subshell.
  const replay = commands.map((cs) => cs.map((c) => `(\n${c}\n)`).join("\n"));
  const floorSsh = () => Promise.all(hosts.map((_, i) => sh("ssh", [...sshArgs(i), replay[i]])));
  const perGuestSsh = () => pool(PARALLELISM, Array.from({ length: guests }, (_, n) => n),
    (n) => sh("ssh", [...sshArgs(n % HOSTS), `xl list -l g-${n}`]));

  const setDelay = (d) => { for (const p of proxies) p.setDelay(d); };
  // The same runs without the added latency tell what the round trips themselves cost.
  const a = [], a0 = [], f = [], r = [], r0 = [], g = [];
  for (let i = 0; i < runs; i++) {
    a.push((await measure(terraform, ours, PLAN)).wall);
    const d = (await measure(terraform, data, PLAN)).wall;
    const replayed = await timed(floorSsh);
    r.push(replayed);
    f.push(d + replayed);
    g.push(d + await timed(perGuestSsh));
    setDelay(0);
    a0.push((await measure(terraform, ours, PLAN)).wall);
    r0.push(await timed(floorSsh));
    setDelay(rtt / 2);
  }
  const [ma, mf, mg] = [median(a), median(f), median(g)];
  console.log(`refresh + plan of ${guests} guests, ${rtt} ms added RTT: ${ms(ma)}`);
  console.log(`  floor (one OpenSSH session per host replaying its commands + terraform_data plan): ${ms(mf)}  → ${(ma / mf).toFixed(2)}× the floor (budget 1.3×)`);
  console.log(`  one OpenSSH session per guest (${PARALLELISM} at a time) + terraform_data plan: ${ms(mg)}  → ${(mg / ma).toFixed(1)}× slower than the provider (budget ≥ 10×)`);
  console.log(`  what the ${rtt} ms cost: the provider's refresh + plan ${ms(median(a0))} → ${ms(ma)} (+${ms(ma - median(a0))}); ` +
    `the OpenSSH replay ${ms(median(r0))} → ${ms(median(r))} (+${ms(median(r) - median(r0))})`);
} finally {
  await Promise.all(proxies.map((p) => p.close()));
  await Promise.all(hosts.map((h) => h.stop()));
  ours.remove(); data.remove();
  console.log(`load after: ${load()}`);
}
