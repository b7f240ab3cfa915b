// What the benchmarks share: timing and medians, the engine on PATH, a workspace that
// runs the built provider through dev_overrides (no init, no registry), plan-only hosts
// with declared facts, and the provider processes an engine started (their RSS and CPU).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const providerDir = join(root, "bin");
/**
 * Where the engine finds the provider: bin/, or XEN_BENCH_PROVIDER_DIR (a directory whose
 * terraform-provider-xen wraps bin/'s, e.g. to add node flags such as --cpu-prof).
 */
const overrideDir = process.env.XEN_BENCH_PROVIDER_DIR || providerDir;

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const ms = (x) => `${x.toFixed(0)} ms`;
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

export function which(cmd) {
  try { return execFileSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).trim(); } catch { return ""; }
}

export function timeCmd(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  execFileSync(cmd, args, { stdio: "ignore", ...opts });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The machine's load, for the report: this machine is shared. */
export const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/** A terraform workspace whose xen-cdk/xen is bin/ (dev_overrides), or the directory `dir`. */
export function workspace(body, prefix = "xen-bench-", dir_ = overrideDir) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const rc = join(dir, "dev.tfrc");
  writeFileSync(rc, `provider_installation {\n  dev_overrides { "registry.terraform.io/xen-cdk/xen" = "${dir_}" }\n  direct {}\n}\n`);
  writeFileSync(join(dir, "main.tf"), body);
  const env = (extra = {}) => ({ ...process.env, TF_CLI_CONFIG_FILE: rc, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", ...extra });
  return {
    dir,
    env,
    /** Run the engine here, timed (ms); throws when it fails. */
    time(terraform, args, extraEnv = {}) {
      return timeCmd(terraform, args, { cwd: dir, env: env(extraEnv) });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const PLAN = ["plan", "-input=false", "-lock=false", "-refresh=false", "-out=/dev/null"];

/** The provider requirement and n plan-only Arm hosts (declared facts, no address). */
export function planOnlyProvider(n = 4) {
  return `terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}
provider "xen" {
${Array.from({ length: n }, (_, h) => `  host {
    name = "arm${h}"
    facts {
      arch        = "aarch64"
      xen_version = "4.17.7"
      xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"
    }
  }`).join("\n")}
}
`;
}

/** A guest as the fleet benchmarks declare it. */
export const guest = (n, hosts = 4) => `resource "xen_domain" "g${n}" {
  host   = "arm${n % hosts}"
  name   = "g-${n}"
  kernel = "/var/lib/xen-guests/vmlinuz"
  memory = 128
}
`;

/** terraform_data carrying the same values: the engine's own work for as many resources. */
export const dataGuest = (n, hosts = 4) => `resource "terraform_data" "g${n}" {
  input = {
    host   = "arm${n % hosts}"
    name   = "g-${n}"
    kernel = "/var/lib/xen-guests/vmlinuz"
    memory = 128
  }
}
`;

/**
 * Sample this build's provider processes (by path: other worktrees' providers may run on
 * this machine) until stop(): their peak RSS (VmHWM) and CPU time (utime+stime), summed
 * over every provider process seen.
 */
export function providerProcesses(match = join(overrideDir, "terraform-provider-xen")) {
  const seen = new Map(); // pid -> { hwmKb, cpuTicks }
  const hz = 100; // USER_HZ on Linux
  const sample = () => {
    for (const p of readdirSync("/proc")) {
      if (!/^\d+$/.test(p)) continue;
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, "utf8");
        if (!cmd.includes(match)) continue;
        const status = readFileSync(`/proc/${p}/status`, "utf8");
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        const stat = readFileSync(`/proc/${p}/stat`, "utf8");
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ticks = Number(f[11]) + Number(f[12]);
        const s = seen.get(p) ?? { hwmKb: 0, cpuTicks: 0 };
        seen.set(p, { hwmKb: Math.max(s.hwmKb, hwm), cpuTicks: Math.max(s.cpuTicks, ticks) });
      } catch { /* gone */ }
    }
  };
  const timer = setInterval(sample, 5);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const all = [...seen.values()];
      return {
        processes: all.length,
        peakRssMb: Math.max(0, ...all.map((s) => s.hwmKb)) / 1024,
        cpuMs: all.reduce((a, s) => a + s.cpuTicks, 0) * (1000 / hz),
      };
    },
  };
}

/** Run a command asynchronously (so a sampler can run meanwhile); resolves with the wall ms. */
export function runTimed(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"], ...opts });
    let err = "";
    child.stderr.on("data", (d) => { err += d; if (err.length > 1 << 16) err = err.slice(-(1 << 15)); });
    child.on("error", reject);
    child.on("exit", (code) => {
      const wall = Number(process.hrtime.bigint() - t) / 1e6;
      if (code === 0) resolve(wall); else reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${err.slice(-4000)}`));
    });
  });
}

/** CPU time (ms) of this process's reaped children: an engine run, its providers included. */
function childrenCpuMs() {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, USER_HZ = 100
}

/**
 * One engine run in `ws`, measured: wall (ms), the CPU of the whole run and of this
 * build's provider processes (ms), and their peak RSS (MB).
 */
export async function measure(terraform, ws, args, extraEnv = {}) {
  const before = childrenCpuMs();
  const sampler = providerProcesses();
  const wall = await runTimed(terraform, args, { cwd: ws.dir, env: ws.env(extraEnv) });
  const p = sampler.stop();
  const cpuMs = childrenCpuMs() - before;
  return { wall, cpuMs, providerCpuMs: p.cpuMs, engineCpuMs: cpuMs - p.cpuMs, peakRssMb: p.peakRssMb, processes: p.processes };
}

/** Medians of each figure over runs. */
export function medians(runs) {
  const out = {};
  for (const k of Object.keys(runs[0])) out[k] = median(runs.map((r) => r[k]));
  return out;
}
