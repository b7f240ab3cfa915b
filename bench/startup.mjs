// Start-up cost of the provider, measured against baselines in the same run
// (the engine starts a provider process several times per command).
//   node bench/startup.mjs [runs]
// Prints medians and ratios:
//   node -e 0                      the floor for any Node program
//   exec → handshake line          what the engine waits for before dialling
//   exec → first schema answer     handshake + TLS + GetProviderSchema over gRPC
//   terraform plan, terraform_data vs. 1 xen_domain + 1 xen_host (declared facts, no SSH)
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const grpc = require("@grpc/grpc-js");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const provider = join(root, "bin", "terraform-provider-xen");
const runs = Number(process.argv[2] ?? 7);
const COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

function timeCmd(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  execFileSync(cmd, args, { stdio: "ignore", ...opts });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// A client certificate, as the engine makes one per start (openssl only here, in the bench).
const dir = mkdtempSync(join(tmpdir(), "xen-bench-"));
execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "1",
  "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", join(dir, "k.pem"), "-out", join(dir, "c.pem")], { stdio: "ignore" });
const clientCert = readFileSync(join(dir, "c.pem"));
const clientKey = readFileSync(join(dir, "k.pem"));

function startProvider() {
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

async function schemaAnswer() {
  const { child, t0, line, handshakeMs } = await startProvider();
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
  child.kill("SIGTERM");
  return { handshakeMs, schemaMs };
}

function planWorkspace(body) {
  const ws = mkdtempSync(join(tmpdir(), "xen-bench-ws-"));
  writeFileSync(join(ws, "dev.tfrc"), `provider_installation {\n  dev_overrides { "registry.terraform.io/xen-cdk/xen" = "${join(root, "bin")}" }\n  direct {}\n}\n`);
  writeFileSync(join(ws, "main.tf"), body);
  return ws;
}

const nodeFloor = [], handshake = [], schema = [];
for (let i = 0; i < runs; i++) {
  nodeFloor.push(timeCmd(process.execPath, ["-e", "0"]));
  const r = await schemaAnswer();
  handshake.push(r.handshakeMs);
  schema.push(r.schemaMs);
}
const floor = median(nodeFloor);
console.log(`node -e 0                       ${ms(floor)}`);
console.log(`exec → handshake line           ${ms(median(handshake))}  (${(median(handshake) / floor).toFixed(2)}× node -e 0; budget 1.5×)`);
console.log(`exec → first schema answer      ${ms(median(schema))}  (${(median(schema) / floor).toFixed(2)}× node -e 0)`);

let terraform;
try { terraform = execFileSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).trim(); } catch { terraform = ""; }
if (terraform) {
  const builtin = planWorkspace(`resource "terraform_data" "x" { input = 1 }\n`);
  execFileSync(terraform, ["init", "-input=false"], { cwd: builtin, stdio: "ignore" });
  const ours = planWorkspace(`terraform {\n  required_providers {\n    xen = { source = "xen-cdk/xen" }\n  }\n}\nprovider "xen" {\n  host {\n    name = "arm1"\n    facts {\n      arch = "aarch64"\n      xen_version = "4.17.7"\n      xen_caps = "xen-3.0-aarch64 xen-3.0-armv7l"\n    }\n  }\n}\nresource "xen_domain" "g" {\n  host = "arm1"\n  name = "g"\n  kernel = "/boot/vmlinuz"\n  memory = 128\n}\ndata "xen_host" "h" { name = "arm1" }\n`);
  const env = (ws) => ({ ...process.env, TF_CLI_CONFIG_FILE: join(ws, "dev.tfrc"), CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" });
  const a = [], b = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
    a.push(timeCmd(terraform, ["plan", "-input=false", "-lock=false"], { cwd: builtin, env: env(builtin) }));
    b.push(timeCmd(terraform, ["plan", "-input=false", "-lock=false"], { cwd: ours, env: env(ours) }));
  }
  console.log(`terraform plan, terraform_data  ${ms(median(a))}`);
  console.log(`terraform plan, xen (1+1)       ${ms(median(b))}  (${(median(b) / median(a)).toFixed(2)}× terraform_data; budget 5×)`);
} else {
  console.log("terraform plan comparison skipped: no terraform on PATH");
}
