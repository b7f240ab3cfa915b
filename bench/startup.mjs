// Start-up cost of the provider, measured against baselines in the same run
// (the engine starts a provider process several times per command), for both forms of it:
// the npm package's (bin/: a loader run by the machine's node) and the standalone executable
// of a release (scripts/lib/standalone.mjs, for this machine's platform; built into
// build/standalone/ from bin/provider.js when missing or older).
//   node bench/startup.mjs [runs]
// Prints medians and ratios:
//   node -e 0                      the floor for any Node program (the machine's node, and the
//                                  Node the standalone executable is made of)
//   exec → handshake line          what the engine waits for before dialling (budget 1.3×)
//   exec → first schema answer     handshake + TLS + GetProviderSchema over gRPC (budget 1.5×)
//   terraform plan, terraform_data vs. 1 xen_domain + 1 xen_host (declared facts, no SSH)
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { load, median, ms, providerDir, root, timeCmd, which, workspace } from "./lib/engine.mjs";
import { buildStandalone, hostPlatform, NODE, nodeBinary } from "../scripts/lib/standalone.mjs";

const require = createRequire(import.meta.url);
const grpc = require("@grpc/grpc-js");
const npmProvider = join(providerDir, "terraform-provider-xen");
const standaloneDir = join(root, "build", "standalone", hostPlatform());
const standalone = join(standaloneDir, "terraform-provider-xen");
const inputs = [join(providerDir, "provider.js"), join(root, "scripts", "lib", "standalone.mjs"), join(root, "scripts", "lib", "standalone-main.js")];
if (!existsSync(standalone) || inputs.some((f) => statSync(standalone).mtimeMs < statSync(f).mtimeMs)) {
  mkdirSync(standaloneDir, { recursive: true });
  await buildStandalone({ platform: hostPlatform(), bundleDir: providerDir, out: standalone });
}
const runs = Number(process.argv[2] ?? 7);
const COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

// A client certificate, as the engine makes one per start (openssl only here, in the bench).
const dir = mkdtempSync(join(tmpdir(), "xen-bench-"));
execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "1",
  "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", join(dir, "k.pem"), "-out", join(dir, "c.pem")], { stdio: "ignore" });
const clientCert = readFileSync(join(dir, "c.pem"));
const clientKey = readFileSync(join(dir, "k.pem"));

function startProvider(provider) {
  const t0 = process.hrtime.bigint();
  const child = spawn(provider, [], {
    env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: clientCert.toString() },
    stdio: ["ignore", "pipe", "ignore"],
  });
  return new Promise((resolve, reject) => {
    let buf = "";
    child.stdout.on("data", (d) => {
      buf += d;
      const nl = buf.indexOf("\n");
      if (nl >= 0) resolve({ child, t0, line: buf.slice(0, nl), handshakeMs: Number(process.hrtime.bigint() - t0) / 1e6 });
    });
    child.on("exit", (c) => reject(new Error(`provider exited ${c}`)));
  });
}

async function schemaAnswer(provider) {
  const { child, t0, line, handshakeMs } = await startProvider(provider);
  const [, , , addr, , cert] = line.split("|");
  const serverDer = Buffer.from(cert, "base64");
  const serverPem = `-----BEGIN CERTIFICATE-----\n${serverDer.toString("base64").replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----\n`;
  // The engine (Go) pins this certificate; Node's client is only here to time the call.
  const creds = grpc.credentials.createSsl(Buffer.from(serverPem), clientKey, clientCert, { rejectUnauthorized: false });
  const client = new grpc.Client(`unix:${addr}`, creds, { "grpc.ssl_target_name_override": "localhost" });
  const id = (b) => b;
  await new Promise((resolve, reject) =>
    client.makeUnaryRequest("/tfplugin6.Provider/GetProviderSchema", id, id, Buffer.alloc(0), (err) => (err ? reject(err) : resolve())));
  const schemaMs = Number(process.hrtime.bigint() - t0) / 1e6;
  client.close();
  const gone = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await gone;
  return { handshakeMs, schemaMs };
}

console.log(`load before: ${load()}`);
const node24 = nodeBinary(hostPlatform());
// CPU time of the children waited for (this process's cutime + cstime): steadier than wall
// time on a shared machine. A provider's counts up to its exit, right after the schema answer.
const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
const childCpuMs = () => {
  const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(f[13]) + Number(f[14])) * TICK_MS; // fields 16 and 17 of stat(5)
};
const cpuOf = async (fn) => { const c0 = childCpuMs(); const r = await fn(); return { r, cpu: childCpuMs() - c0 }; };
const nodeFloor = [], node24Floor = [], npm = { handshake: [], schema: [], cpu: [] }, sa = { handshake: [], schema: [], cpu: [] };
const nodeCpu = [], node24Cpu = [];
for (let i = 0; i < runs; i++) {
  let c = await cpuOf(() => timeCmd(process.execPath, ["-e", "0"]));
  nodeFloor.push(c.r); nodeCpu.push(c.cpu);
  c = await cpuOf(() => timeCmd(node24, ["-e", "0"]));
  node24Floor.push(c.r); node24Cpu.push(c.cpu);
  for (const [provider, into] of [[npmProvider, npm], [standalone, sa]]) {
    const { r, cpu } = await cpuOf(() => schemaAnswer(provider));
    into.handshake.push(r.handshakeMs);
    into.schema.push(r.schemaMs);
    into.cpu.push(cpu);
  }
}
const floor = median(nodeFloor);
const x = (v) => `${(v / floor).toFixed(2)}× node -e 0`;
console.log(`node -e 0 (${process.version}, the npm package's)     ${ms(floor)}  (CPU ${ms(median(nodeCpu))})`);
console.log(`node -e 0 (v${NODE.version}, the standalone's)   ${ms(median(node24Floor))}  (${x(median(node24Floor))}; CPU ${ms(median(node24Cpu))})`);
for (const [name, r] of [["npm package (bin/)", npm], ["standalone executable", sa]]) {
  console.log(`${name}`);
  console.log(`  exec → handshake line         ${ms(median(r.handshake))}  (${x(median(r.handshake))}; budget 1.3×)`);
  console.log(`  exec → first schema answer    ${ms(median(r.schema))}  (${x(median(r.schema))}; budget 1.5×)`);
  console.log(`  CPU, start to exit after the answer  ${ms(median(r.cpu))}`);
}
console.log(`standalone / npm package: handshake ${(median(sa.handshake) / median(npm.handshake)).toFixed(2)}×, schema answer ${(median(sa.schema) / median(npm.schema)).toFixed(2)}×, CPU ${(median(sa.cpu) / median(npm.cpu)).toFixed(2)}×`);

const terraform = which("terraform");
if (terraform) {
  const builtin = workspace(`resource "terraform_data" "x" { input = 1 }\n`);
  execFileSync(terraform, ["init", "-input=false"], { cwd: builtin.dir, stdio: "ignore" });
  const ours = workspace(`terraform {\n  required_providers {\n    xen = { source = "xen-cdk/xen" }\n  }\n}\nprovider "xen" {\n  host {\n    name = "arm1"\n    facts {\n      arch = "aarch64"\n      xen_version = "4.17.7"\n      xen_caps = "xen-3.0-aarch64 xen-3.0-armv7l"\n    }\n  }\n}\nresource "xen_domain" "g" {\n  host = "arm1"\n  name = "g"\n  kernel = "/boot/vmlinuz"\n  memory = 128\n}\ndata "xen_host" "h" { name = "arm1" }\n`);
  const standaloneWs = workspace(readFileSync(join(ours.dir, "main.tf"), "utf8"), "xen-bench-", standaloneDir);
  const a = [], b = [], c = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
    a.push(builtin.time(terraform, ["plan", "-input=false", "-lock=false"]));
    b.push(ours.time(terraform, ["plan", "-input=false", "-lock=false"]));
    c.push(standaloneWs.time(terraform, ["plan", "-input=false", "-lock=false"]));
  }
  builtin.remove(); ours.remove(); standaloneWs.remove();
  console.log(`terraform plan, terraform_data  ${ms(median(a))}`);
  console.log(`terraform plan, xen (1+1), npm package   ${ms(median(b))}  (${(median(b) / median(a)).toFixed(2)}× terraform_data; budget 5×)`);
  console.log(`terraform plan, xen (1+1), standalone    ${ms(median(c))}  (${(median(c) / median(a)).toFixed(2)}× terraform_data; budget 5×)`);
} else {
  console.log("terraform plan comparison skipped: no terraform on PATH");
}
console.log(`load after: ${load()}`);
