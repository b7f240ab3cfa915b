// Upload of a large file to a host through xen_file, against OpenSSH's `ssh host 'cat > f' < f`
// of the same file in the same run: real OpenSSH sshd on loopback (test/harness/ssh-host.ts),
// the host's own coreutils writing and checking the file.
//   node bench/upload.mjs [MiB] [runs]            default: 1024 MiB, 3 runs
// Prints, medians over the runs (alternated):
//   ssh 'cat > f' < f: wall and throughput
//   xen_file: `terraform apply` of a saved plan (what apply costs once the plan was reviewed:
//     the engine's re-plan in the apply walk, the stream, the host's check, the rename), wall and
//     throughput, its ratio to ssh's (goal ≥ 0.8×), and the provider's peak RSS (goal ≤ 100 MB);
//     the plan (the local hash of the source) is timed beside it
//   where the time goes: the host's side of an upload fed by OpenSSH (`head -c N > f`, then
//     `openssl sha256 < f`); the local sha256 of the file (node:crypto, as the plan reads it) and the host's
//     sha256sum and openssl sha256 of it, each alone; the same apply of a 1 MiB file (the fixed
//     costs: the engine, the provider's start, the re-plan, the old file's delete)
// The file is random bytes (not compressible, not sparse), written once.
import { execFile, execFileSync } from "node:child_process";
import { createHash, randomFillSync } from "node:crypto";
import { createReadStream, mkdirSync, openSync, writeSync, closeSync, rmSync } from "node:fs";
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
  const ssh = [], pipe = [], up = [], plan = [], rss = [];
  const openssh = (remote) => timed(() => sh("sh", ["-c", `ssh ${host.sshArgs().map((a) => `'${a}'`).join(" ")} '${remote}' < '${src}'`]));
  for (let i = 0; i < runs; i++) {
    rmSync(join(seen, "ssh.raw"), { force: true });
    ssh.push(await openssh(`cat > ${dir}/ssh.raw`));
    rmSync(join(seen, "ssh.raw"), { force: true });
    // What the host does with an upload (written, then hashed from the page cache), fed by OpenSSH instead.
    pipe.push(await openssh(`head -c ${sizeMib * MIB} > ${dir}/ssh.raw && openssl sha256 -r < ${dir}/ssh.raw`));
    rmSync(join(seen, "ssh.raw"), { force: true });
    // A new name each run: a create (the upload), not an update of the same bytes (nothing to send).
    write(`run-${i}.raw`);
    plan.push((await measure(terraform, ws, ["plan", "-input=false", "-lock=false", "-out=tfplan"])).wall);
    const a = await measure(terraform, ws, ["apply", "-input=false", "-lock=false", "tfplan"]);
    up.push(a.wall);
    rss.push(a.peakRssMb);
    console.log(`  run ${i + 1}: ssh ${ms(ssh[i])}, xen_file apply ${ms(up[i])} (plan ${ms(plan[i])}), provider peak RSS ${a.peakRssMb.toFixed(0)} MB`);
  }
  const [ms_, mu, mp] = [median(ssh), median(up), median(plan)];
  console.log(`${sizeMib} MiB, ${runs} runs, medians:`);
  console.log(`  ssh host 'cat > f' < f:         ${ms(ms_)}  ${rate(ms_)}`);
  console.log(`  xen_file apply (saved plan):    ${ms(mu)}  ${rate(mu)}  → ${(ms_ / mu).toFixed(2)}× ssh's throughput (goal ≥ 0.8×)`);
  console.log(`  ssh host 'head -c N > f && openssl sha256 < f' < f (the host's side of an upload, fed by OpenSSH): ${ms(median(pipe))}  ${rate(median(pipe))}`);
  console.log(`  xen_file plan (hashes the file): ${ms(mp)}`);
  console.log(`  provider peak RSS: ${Math.max(...rss).toFixed(0)} MB (goal ≤ 100 MB)`);
  // Where the time goes, each alone: the hashes on both ends, and the provider's memory for a small file.
  const localHash = await timed(() => new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(src, { highWaterMark: 256 * 1024 }).on("data", (c) => h.update(c)).on("end", resolve).on("error", reject);
  }));
  const last = `${dir}/run-${runs - 1}.raw`;
  const coreutils = await timed(() => sh("ssh", [...host.sshArgs(), `sha256sum ${last}`]));
  const openssl = await timed(() => sh("ssh", [...host.sshArgs(), `openssl sha256 -r ${last}`]));
  console.log(`  parts: local sha256 (node:crypto) ${ms(localHash)}; on the host: sha256sum ${ms(coreutils)}, openssl sha256 ${ms(openssl)}`);
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
