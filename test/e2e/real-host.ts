// Real Xen hosts under QEMU (testhost/): boot (or reuse) one, run commands in
// its dom0, and point a Workspace at it.
import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../engine/engine";

export interface RealHost {
  name: string;
  address: string;
  port: number;
  user: string;
  private_key_file: string;
  host_key: string;
  arch: string;
  xen_version: string;
  guest_kernel: string;
  guest_ramdisk: string;
  console_log: string;
  /** Whether HVM guests get a device model (false on the hosts whose Xen is built from source). */
  device_model: boolean;
}

const TESTHOST = join(ROOT, "testhost", "testhost.sh");

/**
 * A reused host older than this is booted afresh before the next test file: late in a full
 * run, the emulated Arm 4.17 host's dom0 reported RCU stalls from about 2030 s of uptime
 * (`rcu: INFO: rcu_sched detected stalls`), then xenwatch, brctl, losetup and lvm blocked in
 * the kernel for minutes: hotplug scripts timed out and xl create failed, LVM commands hung.
 */
const MAX_REUSE_UPTIME_S = 1500;

/**
 * dom0's health, asked of a running host before a test file reuses it: one line of figures a
 * slow decline would show in (the load, memory, processes left behind, loop devices, backends
 * and xenstore entries of guests already gone), the stall signs, and the tasks blocked in the
 * kernel. Each check appends its line to node_modules/.cache/testhost-evidence/health.log, so
 * a whole run's trend per host can be read after it.
 */
const HEALTH = [
  `echo "uptime=$(cut -d' ' -f1 /proc/uptime) load=$(cut -d' ' -f1 /proc/loadavg)"`,
  `echo "mem_available_kb=$(awk '/^MemAvailable/{print $2}' /proc/meminfo) procs=$(ls -d /proc/[0-9]* | wc -l)"`,
  `echo "zombies=$(grep -l '^State:.Z' /proc/[0-9]*/status 2>/dev/null | wc -l) qemu=$(grep -l qemu /proc/[0-9]*/comm 2>/dev/null | wc -l)"`,
  `echo "loops=$(cat /sys/block/loop*/loop/backing_file 2>/dev/null | wc -l) rootfs_kb=$(du -xsk / 2>/dev/null | cut -f1) guests=$(($(xl list 2>/dev/null | wc -l) - 2))"`,
  `echo "backends=$(xenstore-list /local/domain/0/backend 2>/dev/null | while read -r t; do xenstore-list /local/domain/0/backend/$t; done 2>/dev/null | wc -l)"`,
  `echo "xenstore_nodes=$(xenstore-ls 2>/dev/null | wc -l) hotplug_procs=$(grep -al '/etc/xen/scrip[t]s/' /proc/[0-9]*/cmdline 2>/dev/null | wc -l)"`,
  `echo "blocked=$(awk '/^Name:/{n=$2} /^State:.D/{print n}' /proc/[0-9]*/status 2>/dev/null | sort | uniq -c | awk '{printf "%s%s*%s", s, $2, $1; s=","}')"`,
  `echo "signs=$(dmesg | grep -E 'detected stalls|blocked for more than|timer wakeup' | head -n 3 | tr '\\n' '|')"`,
].join("; ");

/** Why a running host is not fit to be reused (stalls or hung tasks in dom0, or its age), or null. */
function unfit(h: RealHost): string | null {
  let out: string;
  try {
    out = execFileSync("ssh", [...sshArgs(h), HEALTH], { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    return `it does not answer a command (${(e as Error).message.split("\n")[0]})`;
  }
  // key=value pairs; the stall signs (the last line) are kernel messages with spaces of their own
  const f: Record<string, string> = {};
  for (const l of out.trim().split("\n")) {
    for (const kv of l.startsWith("signs=") ? [l] : l.split(" ")) f[kv.slice(0, kv.indexOf("="))] = kv.slice(kv.indexOf("=") + 1);
  }
  const line = Object.entries(f).filter(([k, v]) => v !== "" && k !== "signs").map(([k, v]) => `${k}=${v}`).join(" ");
  recordHealth(h, line);
  console.log(`testhost ${h.name}: dom0 ${line}`);
  if (f.signs) return `dom0 reported: ${f.signs.split("|").filter(Boolean).join(" / ")}; ${keepEvidence(h)}`;
  if (Number(f.uptime) > MAX_REUSE_UPTIME_S) return `dom0 has been up ${Math.round(Number(f.uptime))} s (more than ${MAX_REUSE_UPTIME_S} s)`;
  return null;
}

const EVIDENCE = join(ROOT, "node_modules", ".cache", "testhost-evidence");

function recordHealth(h: RealHost, line: string): void {
  try {
    mkdirSync(EVIDENCE, { recursive: true });
    appendFileSync(join(EVIDENCE, "health.log"), `${new Date().toISOString()} ${h.name} ${line}\n`);
  } catch { /* a record that cannot be written does not decide the host's fitness */ }
}

/**
 * Before a stalled host is booted afresh: its console log (Xen's and dom0's messages, the
 * stall traces among them) and dom0's dmesg, kept under node_modules/.cache/testhost-evidence
 * for the root cause. Returns where they are.
 */
function keepEvidence(h: RealHost): string {
  const stem = join(EVIDENCE, `${h.name}-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  try {
    mkdirSync(EVIDENCE, { recursive: true });
    copyFileSync(h.console_log, `${stem}.console.log`);
    const dmesg = execFileSync("ssh", [...sshArgs(h), "dmesg; echo; ps -eo pid,stat,wchan:32,args | grep -E '^ *[0-9]+ +D' || true"],
      { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "pipe"] });
    writeFileSync(`${stem}.dmesg.txt`, dmesg);
    return `console log and dmesg kept in ${stem}.*`;
  } catch (e) {
    return `its logs could not all be kept (${(e as Error).message.split("\n")[0]}), see ${stem}.*`;
  }
}

/** Boot the host (or reuse it when it runs and is fit: see unfit); returns its host.json. */
export function bootHost(name: string): RealHost {
  const up = () => JSON.parse(execFileSync(TESTHOST, ["up", name], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 900_000 })) as RealHost;
  const h = up();
  const why = unfit(h);
  if (!why) return h;
  console.warn(`testhost ${name}: booting it afresh: ${why}`);
  execFileSync(TESTHOST, ["down", name], { stdio: ["ignore", "ignore", "inherit"], timeout: 120_000 });
  return up();
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** OpenSSH's arguments for dom0 (the pinned host key); the command follows. */
export const sshArgs = (h: RealHost) => [
  "-i", h.private_key_file, "-p", String(h.port),
  "-o", `UserKnownHostsFile=${knownHosts(h)}`, "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes",
  "-o", "LogLevel=ERROR", `${h.user}@${h.address}`,
];

/** Run a shell command in dom0 (through the pinned host key), with optional stdin. */
export function onHost(h: RealHost, command: string, stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile("ssh", [...sshArgs(h), command], { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as any).code === "number" ? (err as any).code : 255) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin ?? "");
  });
}

function knownHosts(h: RealHost): string {
  const file = join(ROOT, "node_modules", ".cache", `known_hosts-${h.name}`);
  execFileSync("mkdir", ["-p", join(ROOT, "node_modules", ".cache")]);
  writeFileSync(file, `[${h.address}]:${h.port} ${h.host_key}\n`);
  return file;
}

/** `xl create` of a config given as text; the guest's effective type if it runs. */
export async function xlCreate(h: RealHost, name: string, cfg: string): Promise<{ code: number; stderr: string; effectiveType: string | null; writtenType: string | null }> {
  const file = `/tmp/e2e-${name.replace(/[^A-Za-z0-9_-]/g, "_")}.cfg`;
  // One round trip, so the types are read the moment xl create returns.
  const marker = "@@created@@";
  const r = await onHost(h, `cat > ${file} && xl create ${file} && echo ${marker} && d=$(xl domid '${name}') && ` +
    `xenstore-read /libxl/$d/type && xl list -l $d`, cfg);
  const at = r.stdout.indexOf(marker);
  if (at < 0) return { code: r.code || 1, stderr: r.stderr, effectiveType: null, writtenType: null };
  const [effective, ...json] = r.stdout.slice(at + marker.length).trim().split("\n");
  let written: string | null = null;
  try { written = JSON.parse(json.join("\n"))[0]?.config?.c_info?.type ?? null; } catch { /* gone already */ }
  return { code: 0, stderr: r.stderr, effectiveType: effective?.trim() || null, writtenType: written };
}

/**
 * What libxl prints when a guest needs a device model (QEMU) that the host does not have — the
 * hosts whose Xen is built from source (host.json device_model=false): an HVM guest, or a PV/PVH
 * guest whose devices QEMU backs (a vfb from vnc, a disk only qdisk can open).
 */
export const NEEDS_DEVICE_MODEL = /unknown device model version|invalid device model version|device model did not start/;

/** What a real `xl create` did with one config: its exit code, its stderr's last 4000 bytes, and the type the guest ran as. */
export interface XlCreated { code: number; stderr: string; type: string | null }

/**
 * A real `xl create` and `xl destroy` of each config, one after another in one SSH session, in
 * `dir` on the host: `cfg` is written to `<id>.cfg` first, or (without it) that file is already
 * there. The type each guest runs as is read from xenstore the moment its create returns.
 */
export async function xlCreateEach(h: RealHost, dir: string, items: { id: string; name: string; cfg?: string }[]): Promise<Map<string, XlCreated>> {
  const script = `mkdir -p ${dir}; cd ${dir}\n` + items.map(({ id, name, cfg }) =>
    (cfg === undefined ? "" : `cat > ${id}.cfg <<'@@XLCFG@@'\n${cfg}@@XLCFG@@\n`) +
    `timeout 150 xl create ${id}.cfg > ${id}.cout 2> ${id}.cerr; rc=$?; t=-; ` +
    `if [ $rc = 0 ]; then d=$(xl domid '${name}'); t=$(xenstore-read /libxl/$d/type); xl destroy $d >/dev/null 2>&1; ` +
    `else xl destroy '${name}' >/dev/null 2>&1; fi; ` +
    `echo "@@ ${id} $rc \${t:--} $(tail -c 4000 ${id}.cerr | base64 | tr -d '\\n')"\n`).join("");
  const r = await onHost(h, "sh -s", script);
  const out = new Map<string, XlCreated>();
  for (const line of r.stdout.split("\n")) {
    const m = /^@@ (\S+) (\d+) (\S+) ?(\S*)$/.exec(line);
    if (m) out.set(m[1], { code: Number(m[2]), type: m[3] === "-" ? null : m[3], stderr: Buffer.from(m[4], "base64").toString("utf8") });
  }
  return out;
}

/** Destroy every guest whose name starts with the prefix (cleanup after a test). */
export async function destroyGuests(h: RealHost, prefix: string): Promise<void> {
  await onHost(h, `xl list | awk 'NR>1 && index($1, "${prefix}") == 1 {print $2}' | while read d; do xl destroy "$d"; done; true`);
}

/**
 * Before a test: destroy the prefix's guests and remove their console logs. xenconsoled
 * appends to a log named after the guest, so on a host reused from an earlier run a test
 * would otherwise read that run's boot as its own guest's. (After a test the logs stay.)
 */
export async function freshGuests(h: RealHost, prefix: string): Promise<void> {
  await destroyGuests(h, prefix);
  await onHost(h, `rm -f '/var/log/xen/console/guest-${prefix}'*.log`);
}

export async function guestNames(h: RealHost): Promise<string[]> {
  const r = await onHost(h, "xl list | awk 'NR>1 {print $1}'");
  return r.stdout.split("\n").filter(Boolean);
}

export function readConsole(h: RealHost): string {
  return readFileSync(h.console_log, "utf8");
}

/** A provider block for the real host (pinned key, key file). */
export function realProvider(h: RealHost, hostName = "xen1"): string {
  return `terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}

provider "xen" {
  host {
    name        = "${hostName}"
    address     = "${h.address}"
    port        = ${h.port}
    user        = "${h.user}"
    private_key = file("${h.private_key_file}")
    host_key    = "${h.host_key}"
  }
}
`;
}

/** Wait until the guest's init has printed its marker on the console (it really booted). */
export async function waitForBoot(h: RealHost, name: string, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let seen = "";
  while (Date.now() < deadline) {
    seen = (await onHost(h, `cat '/var/log/xen/console/guest-${name}.log' 2>/dev/null || true`)).stdout;
    if (seen.includes("XEN-GUEST-UP")) return seen;
    await new Promise((r) => setTimeout(r, 2000));
  }
  return seen;
}
