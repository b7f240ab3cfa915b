// wait_for_ip of a fleet: N guests on 4 loopback OpenSSH hosts (test/harness/ssh-host.ts), each
// with a vif that waits for its address, which the STAND-IN of test/harness/fake-xen publishes
// (as a guest agent's xenstore entries) a few seconds after the guest's create. Not Xen: this
// counts what the provider sends to each host while the guests wait, not how fast Xen is.
//   node bench/addresses.mjs [guests] [publish-after-ms] [parallelism]   default: 100 guests, 6000 ms, 100
// (the engine's parallelism as high as the fleet, so that the guests are created, and wait, at once:
// the case the one-command-per-host-per-poll claim is about; its default of 10 staggers them)
// Prints, per host: the guests that waited there, the address polls (each one remote command),
// the guests those polls covered (a poller per guest would have run one command for each), the
// most guests one poll covered, and the remote commands of the whole apply.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { require as tsxRequire } from "tsx/cjs/api";
import { load, measure, ms, which, workspace } from "./lib/engine.mjs";

const { startSshHost } = tsxRequire("../test/harness/ssh-host.ts", import.meta.url);

const terraform = which("terraform");
if (!terraform) { console.log("addresses bench skipped: no terraform on PATH"); process.exit(0); }
if (process.getuid?.() !== 0) { console.log("addresses bench skipped: the loopback sshd needs root"); process.exit(0); }
const guests = Number(process.argv[2] ?? 100);
const after = Number(process.argv[3] ?? 6000);
const parallelism = Number(process.argv[4] ?? 100);
const HOSTS = 4;
const FACTS = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap", total_memory: 1 << 20, free_memory: 1 << 20 };

console.log(`load before: ${load()}`);
const hosts = await Promise.all(Array.from({ length: HOSTS }, () => startSshHost({ facts: FACTS })));
const name = (n) => `w-${n}`;
// What each guest's agent publishes, and when: the same delay from each guest's own create.
hosts.forEach((h, i) => {
  const net = {};
  for (let n = i; n < guests; n += HOSTS) net[name(n)] = { after_ms: after, agent: { 0: { ipv4: [`10.${i}.${n >> 8}.${n & 255}`] } } };
  writeFileSync(join(h.stateDir, "guest-net.json"), JSON.stringify(net));
});
const ws = workspace(`terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}
provider "xen" {
${hosts.map((h, i) => `  host {
    name        = "h${i}"
    address     = "127.0.0.1"
    port        = ${h.port}
    private_key = file("${h.privateKeyFile}")
    host_key    = "${h.hostKey}"
    config_dir  = "${join(h.dir, "cfg")}"
  }`).join("\n")}
}
${Array.from({ length: guests }, (_, n) => `resource "xen_domain" "g${n}" {
  host             = "h${n % HOSTS}"
  name             = "${name(n)}"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  memory           = 64
  shutdown_timeout = 0
  vif {
    wait_for_ip {
      timeout = "10m"
    }
  }
}
`).join("")}
output "first" {
  value = xen_domain.g0.vif[0].ipv4_addresses
}
`, "xen-bench-addr-");

/** The address polls a host ran (addressPollScript: one command each), as the domids each asked about. */
const pollsOf = (h) => h.commands().filter((c) => c.includes("/local/domain/%s/vm ")).map((c) => (/^set -- ([\d ]+)$/m.exec(c)?.[1] ?? "").split(" ").filter(Boolean));

try {
  const apply = await measure(terraform, ws, ["apply", "-auto-approve", "-input=false", "-lock=false", `-parallelism=${parallelism}`]);
  console.log(`apply (parallelism ${parallelism}) of ${guests} guests on ${HOSTS} hosts, each waiting for its address (published ${after} ms after its create): ${ms(apply.wall)} wall; ` +
    `provider CPU ${ms(apply.providerCpuMs)}, engine CPU ${ms(apply.engineCpuMs)}`);
  console.log("| host | guests waiting | address polls (= remote commands) | guests covered by those polls | most guests in one poll | all remote commands of the apply |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  let polls = 0, covered = 0;
  hosts.forEach((h, i) => {
    const p = pollsOf(h);
    const waited = Math.ceil((guests - i) / HOSTS);
    polls += p.length;
    covered += p.reduce((a, ids) => a + ids.length, 0);
    console.log(`| h${i} | ${waited} | ${p.length} | ${p.reduce((a, ids) => a + ids.length, 0)} | ${Math.max(...p.map((ids) => ids.length))} | ${h.commands().length} |`);
  });
  console.log(`total: ${polls} address polls for ${covered} guest-polls: ${(covered / polls).toFixed(1)} guests per command; ` +
    `a command per guest per poll would have been ${covered} commands (${(covered / polls).toFixed(1)}× as many)`);
  // Every guest has the address its agent published.
  const state = JSON.parse(readFileSync(join(ws.dir, "terraform.tfstate"), "utf8"));
  const got = state.resources.filter((r) => r.type === "xen_domain").filter((r) => {
    const n = Number(r.name.slice(1)), v = r.instances[0].attributes.vif[0];
    return v.address_source === "agent" && v.ipv4_addresses[0] === `10.${n % HOSTS}.${n >> 8}.${n & 255}`;
  }).length;
  console.log(`guests with the address their agent published: ${got} of ${guests}`);
} finally {
  await measure(terraform, ws, ["destroy", "-auto-approve", "-input=false", "-lock=false", `-parallelism=${parallelism}`]).catch(() => {});
  await Promise.all(hosts.map((h) => h.stop()));
  ws.remove();
  console.log(`load after: ${load()}`);
}
