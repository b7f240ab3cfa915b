// Upload of a large file to a host through xen_file, against OpenSSH's `ssh host 'cat > f' < f`
// of the same file in the same run: real OpenSSH sshd on loopback (test/harness/ssh-host.ts),
// the host's own coreutils writing and checking the file.
//   node bench/upload.mjs [MiB] [runs]            default: 1024 MiB, 3 runs
// Prints, medians over the runs (alternated):
//   ssh 'cat > f' < f: wall and throughput
//   xen_file: the provider's upload (the one command that streams the file, from the provider's
//     own debug log: the lock, the stream, the host's size check and rename), its throughput and
//     its ratio to ssh's (goal ≥ 0.8×); the whole `terraform apply` of a saved plan (what apply
//     costs once the plan was reviewed: the engine, the provider's start, its re-plan in the apply
//     walk, the previous file's delete, the upload), its ratio too; the provider's peak RSS (goal
//     ≤ 100 MB); the plan (the local hash of the source) is timed beside it
//   where the time goes: the local sha256 of the file (node:crypto, as the plan reads it, and as
//     an upload whose source's digest is not kept hashes it as it sends); the same apply of a 1 MiB
//     file (the fixed costs)
// The file is random bytes (not compressible, not sparse), written once.
import { execFile, execFileSync } from "node:child_process";
import { createHash, randomFillSync } from "node:crypto";
import { createReadStream, mkdirSync, openSync, readFileSync, writeSync, closeSync, rmSync } from "node:fs";
import { join } from "node:path";
import { require as tsxRequire } from "tsx/cjs/api";
import { load, measure, median, ms, which, workspace } from "./lib/engine.mjs";

const { startSshHost } = tsxRequire("../test/harness/ssh-host.ts", import.meta.url);

const terraform = which("terraform");
if (!terraform) { console.log("upload bench skipped: no terraform on PATH"); process.exit(0); }
if (process.getuid?.() !== 0) { console.log("upload bench skipped: the loopback sshd needs root"); process.exit(0); }
const MIB = 1024 * 1024;
const sizeMib = Number(process.argv[2] ?? 1024);
const runs = Number(process.argv[3] ?? 3);
const FACTS = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap" };

const sh = (cmd, args, opts = {}) => new Promise((resolve, reject) =>
  execFile(cmd, args, { maxBuffer: 64 << 20, ...opts }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))));
const timed = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
const rate = (wallMs) => `${(sizeMib / (wallMs / 1000)).toFixed(0)} MiB/s`;

console.log(`load before: ${load()}`);
const host = await startSshHost({ facts: FACTS });
const ws = workspace("", "xen-bench-upload-");
const src = join(ws.dir, "image.raw");
{
  const fd = openSync(src, "w");
  const buf = Buffer.alloc(4 * MIB);
  for (let i = 0; i < sizeMib / 4; i++) writeSync(fd, randomFillSync(buf));
  closeSync(fd);
}
// The host's sessions see <host.dir>/root/var-lib as /var/lib.
const dir = "/var/lib/xen-bench";
const seen = join(host.dir, "root", "var-lib", "xen-bench");
mkdirSync(seen, { recursive: true, mode: 0o755 });
const body = (name) => `terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}
provider "xen" {
  host {
    name        = "h1"
    address     = "127.0.0.1"
    port        = ${host.port}
    private_key = file("${host.privateKeyFile}")
    host_key    = "${host.hostKey}"
    config_dir  = "${join(host.dir, "cfg")}"
    command_timeout = 1200
  }
}
resource "xen_file" "image" {
  host      = "h1"
  source    = "${src}"
  directory = "${dir}"
  name      = "${name}"
}
`;
const write = (name) => execFileSync("sh", ["-c", `cat > ${join(ws.dir, "main.tf")}`], { input: body(name) });

try {
  const ssh = [], up = [], apply = [], plan = [], rss = [];
  const logFile = join(ws.dir, "apply.log");
  // The provider's own time for the command that carried the file (its debug line "ran on host").
  const uploadMs = () => {
    const log = readFileSync(logFile, "utf8").split("\n");
    const lines = log.filter((l) => l.includes("ran on host") && /"stdin":"stream"/.test(l));
    const m = lines.length === 1 && /"ms":(\d+)/.exec(lines[0]);
    if (!m) throw new Error(`expected one upload in the provider's log, found ${lines.length}`);
    const how = log.find((l) => l.includes("sending a source"));
    return { ms: Number(m[1]), checked: /"checked":"([^"]*)"/.exec(how ?? "")?.[1] ?? "?" };
  };
  const openssh = (remote) => timed(() => sh("sh", ["-c", `ssh ${host.sshArgs().map((a) => `'${a}'`).join(" ")} '${remote}' < '${src}'`]));
  // Each timed step starts with nothing left to write back (the last GiB written competes for
  // this machine's two cores otherwise, with whichever step comes next).
  const settle = () => execFileSync("sync");
  for (let i = 0; i < runs; i++) {
    rmSync(join(seen, "ssh.raw"), { force: true });
    settle();
    ssh.push(await openssh(`cat > ${dir}/ssh.raw`));
    rmSync(join(seen, "ssh.raw"), { force: true });
    // A new name each run: a create (the upload), not an update of the same bytes (nothing to send).
    write(`run-${i}.raw`);
    plan.push((await measure(terraform, ws, ["plan", "-input=false", "-lock=false", "-out=tfplan"])).wall);
    rmSync(logFile, { force: true });
    settle();
    const a = await measure(terraform, ws, ["apply", "-input=false", "-lock=false", "tfplan"], { TF_LOG_PROVIDER: "DEBUG", TF_LOG_PATH: logFile });
    apply.push(a.wall);
    const u = uploadMs();
    up.push(u.ms);
    rss.push(a.peakRssMb);
    console.log(`  run ${i + 1}: ssh ${ms(ssh[i])}, xen_file upload ${ms(up[i])} in an apply of ${ms(apply[i])} (plan ${ms(plan[i])}), provider peak RSS ${a.peakRssMb.toFixed(0)} MB, CPU: provider ${ms(a.providerCpuMs)}, engine ${ms(a.engineCpuMs)}; the bytes checked by ${u.checked}`);
  }
  const [ms_, mu, ma, mp] = [median(ssh), median(up), median(apply), median(plan)];
  console.log(`${sizeMib} MiB, ${runs} runs, medians:`);
  console.log(`  ssh host 'cat > f' < f:           ${ms(ms_)}  ${rate(ms_)}`);
  console.log(`  xen_file upload (the provider's): ${ms(mu)}  ${rate(mu)}  → ${(ms_ / mu).toFixed(2)}× ssh's throughput (goal ≥ 0.8×)`);
  console.log(`  xen_file apply (saved plan):      ${ms(ma)}  ${rate(ma)}  → ${(ms_ / ma).toFixed(2)}× (the engine's and the provider's fixed costs included)`);
  console.log(`  xen_file plan (hashes the file):  ${ms(mp)}`);
  console.log(`  provider peak RSS: ${Math.max(...rss).toFixed(0)} MB (goal ≤ 100 MB)`);
  // Where the time goes, each alone: the hashes on both ends, and the provider's memory for a small file.
  const localHash = await timed(() => new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(src, { highWaterMark: 256 * 1024 }).on("data", (c) => h.update(c)).on("end", resolve).on("error", reject);
  }));
  console.log(`  parts: local sha256 (node:crypto) ${ms(localHash)}`);
  execFileSync("truncate", ["-s", String(MIB), src]);
  write("small.raw");
  await measure(terraform, ws, ["plan", "-input=false", "-lock=false", "-out=tfplan"]);
  const small = await measure(terraform, ws, ["apply", "-input=false", "-lock=false", "tfplan"]);
  console.log(`  the same apply with a 1 MiB file instead: ${ms(small.wall)} (the engine and the provider's fixed costs), the provider's peak RSS ${small.peakRssMb.toFixed(0)} MB`);
} finally {
  await host.stop();
  ws.remove();
  console.log(`load after: ${load()}`);
}
