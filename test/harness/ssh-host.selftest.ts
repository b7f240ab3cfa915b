// SPDX-License-Identifier: Apache-2.0
//
// Self-test of the loopback SSH test host and its STAND-IN xl (not Xen).
// Run as root:  npx tsx test/harness/ssh-host.selftest.ts
// Uses OpenSSH's `ssh` client against 127.0.0.1 only. Prints "N passed, N failed".

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { startSshHost, type SshHost } from "./ssh-host.js";

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ssh(host: SshHost, command: string, input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const p = spawn("ssh", [...host.sshArgs(), command], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(input ?? "");
  });
}

let passed = 0;
let failed = 0;
async function check(name: string, fn: () => Promise<void> | void): Promise<void> {
  const t = performance.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Math.round(performance.now() - t)} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(msg);
}
function eq<T>(a: T, b: T, msg: string): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${msg}: got ${JSON.stringify(a)}, want ${JSON.stringify(b)}`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const host = await startSshHost({ facts: { machine: "aarch64", xen_version: "4.17.7" } });
  console.log(`sshd up on 127.0.0.1:${host.port} in ${host.startupMs} ms (dir ${host.dir})`);
  const remoteDir = path.join(host.dir, "remote");
  fs.mkdirSync(remoteDir);
  let domid = -1;

  try {
    await check("interface fields", () => {
      assert(host.privateKey.includes("BEGIN OPENSSH PRIVATE KEY"), "privateKey is OpenSSH format");
      assert(/^ssh-ed25519 AAAA\S+$/.test(host.hostKey), `hostKey ${host.hostKey}`);
      assert(fs.existsSync(host.privateKeyFile), "privateKeyFile exists");
    });

    await check("ssh 'xl info' (padded keys, Arm facts)", async () => {
      const r = await ssh(host, "xl info");
      eq(r.code, 0, `exit status (stderr ${r.stderr})`);
      assert(/^machine {16}: aarch64$/m.test(r.stdout), "machine line padded to 23");
      assert(/^xen_version {12}: 4\.17\.7$/m.test(r.stdout), "xen_version line");
      assert(/^xen_caps {15}: xen-3\.0-aarch64 xen-3\.0-armv7l$/m.test(r.stdout), "xen_caps line");
      for (const k of ["host", "release", "nr_cpus", "total_memory", "free_memory", "xen_major", "xen_minor", "xen_extra", "virt_caps", "xen_commandline"]) {
        assert(new RegExp(`^${k} *: `, "m").test(r.stdout), `has ${k}`);
      }
    });

    const cfgPath = path.join(remoteDir, "guest1.cfg");
    const cfg = [
      '# a guest written the libvirt way: type "pv" on Arm',
      'name = "guest1"',
      'type = "pv"',
      "memory = 128",
      "maxmem = 256",
      "vcpus = 1",
      "maxvcpus = 2",
      'kernel = "/boot/Image"',
      "extra = 'console=hvc0'",
      'disk = [ "phy:/dev/vg/guest1,xvda,w", ]',
      "",
    ].join("\n");

    await check("upload config over stdin with cat >", async () => {
      const r = await ssh(host, `cat > ${cfgPath}`, cfg);
      eq(r.code, 0, `exit status (stderr ${r.stderr})`);
      eq(fs.readFileSync(cfgPath, "utf8"), cfg, "uploaded bytes");
    });

    await check("xl create: Arm pv runs as pvh, with the 3 warnings", async () => {
      const r = await ssh(host, `xl create ${cfgPath}`);
      eq(r.code, 0, `exit status (stderr ${r.stderr})`);
      assert(r.stderr.includes("Converting PV guest to PVH."), "warning 1");
      assert(r.stderr.includes("Arm guest are now PVH."), "warning 2");
      assert(r.stderr.includes("Please fix your configuration file/toolstack."), "warning 3");
      const g = host.domains().find((d) => d.name === "guest1");
      assert(g, "domain in state");
      domid = g.domid;
      eq(g.effective_type, "pvh", "effective type");
    });

    await check("xl list -l shows the type as written, xenstore the running one", async () => {
      const r = await ssh(host, "xl list -l");
      eq(r.code, 0, `exit status (stderr ${r.stderr})`);
      const list = JSON.parse(r.stdout);
      eq(list[0].domid, 0, "Domain-0 first");
      eq(list[0].config.c_info.name, "Domain-0", "Domain-0 name");
      const g = list.find((e: any) => e.config.c_info.name === "guest1");
      eq(g.domid, domid, "domid");
      eq(g.config.c_info.type, "pv", "c_info.type as written");
      eq(g.config.b_info.max_memkb, 256 * 1024, "max_memkb");
      eq(g.config.b_info.target_memkb, 128 * 1024, "target_memkb");
      eq(g.config.b_info.max_vcpus, 2, "max_vcpus");
      eq(g.config.b_info.avail_vcpus, [0], "avail_vcpus");
      eq(g.config.b_info["type.pv"].kernel, "/boot/Image", "kernel");
      const x = await ssh(host, `xenstore-read /libxl/${domid}/type`);
      eq([x.code, x.stdout], [0, "pvh\n"], "xenstore type");
      const ls = await ssh(host, "xenstore-list /libxl");
      eq([ls.code, ls.stdout], [0, `${domid}\n`], "xenstore-list /libxl (guests only)");
    });

    await check("duplicate name refused with exit 3", async () => {
      const r = await ssh(host, `xl create -q ${cfgPath}`);
      eq(r.code, 3, "exit status");
      assert(r.stderr.includes('Domain with name "guest1" already exists.'), r.stderr);
    });

    await check("mem-set, vcpu-set, plain xl list", async () => {
      eq((await ssh(host, `xl mem-set ${domid} 200m`)).code, 0, "mem-set");
      eq((await ssh(host, `xl vcpu-set guest1 2`)).code, 0, "vcpu-set");
      const r = await ssh(host, "xl list");
      assert(/^Name +ID +Mem VCPUs\tState\tTime\(s\)$/m.test(r.stdout), "table header");
      assert(new RegExp(`^guest1 +${domid} +200 +2 `, "m").test(r.stdout), r.stdout);
    });

    await check("destroy by domid; unknown domain errors", async () => {
      eq((await ssh(host, `xl destroy ${domid}`)).code, 0, "destroy");
      eq(host.domains().map((d) => d.name), ["Domain-0"], "only Domain-0 left");
      const r = await ssh(host, "xl destroy guest1");
      eq(r.code, 1, "destroy unknown name");
      assert(r.stderr.includes("guest1 is an invalid domain identifier"), r.stderr);
      const x = await ssh(host, `xenstore-read /libxl/${domid}/type`);
      eq(x.code, 1, "xenstore-read of a gone domain");
    });

    await check("command log records every exec, in order", () => {
      const cmds = host.commands();
      eq(cmds[0], "xl info", "first command");
      eq(cmds[1], `cat > ${cfgPath}`, "upload");
      eq(cmds[2], `xl create ${cfgPath}`, "create");
      assert(cmds.includes(`xl destroy ${domid}`), "destroy logged");
      host.clearCommands();
      eq(host.commands(), [], "cleared");
    });

    await check("odd characters survive the JSON command log", async () => {
      const cmd = `printf '%s\\n' "a\\"b" 'tab\there' \\\\`;
      const r = await ssh(host, cmd);
      eq(r.code, 0, `exit status (stderr ${r.stderr})`);
      eq(host.commands().at(-1), cmd, "logged verbatim");
    });

    await check("fail-next-create: exit 3, nothing created, fault consumed", async () => {
      await ssh(host, `cat > ${cfgPath}`, cfg);
      host.fault("fail-next-create");
      const r = await ssh(host, `xl create -q ${cfgPath}`);
      eq(r.code, 3, "exit status");
      assert(/libxl: error: /.test(r.stderr), r.stderr);
      eq(host.domains().length, 1, "nothing created");
      const again = await ssh(host, `xl create -q ${cfgPath}`);
      eq(again.code, 0, `second create works (stderr ${again.stderr})`);
    });

    await check("drop-next-exec: connection drops, command logged but not run", async () => {
      host.clearCommands();
      host.fault("drop-next-exec");
      const marker = path.join(remoteDir, "dropped-marker");
      const r = await ssh(host, `touch ${marker}; echo hi`);
      eq(r.code, 255, `ssh exit status (stderr ${r.stderr})`);
      eq(r.stdout, "", "no output");
      assert(!fs.existsSync(marker), "command did not run");
      eq(host.commands(), [`touch ${marker}; echo hi`], "logged");
      const next = await ssh(host, "echo back");
      eq([next.code, next.stdout], [0, "back\n"], "next exec is normal");
    });

    await check("drop-after-next-exec: command runs, connection drops", async () => {
      host.fault("drop-after-next-exec");
      const r = await ssh(host, "xl destroy guest1");
      eq(r.code, 255, `ssh exit status (stderr ${r.stderr})`);
      eq(host.domains().length, 1, "the destroy took effect");
    });

    await check("setFacts: x86 without hvm caps refuses pvh", async () => {
      host.setFacts({ machine: "x86_64", xen_caps: "xen-3.0-x86_64", virt_caps: "pv gnttab-v1 gnttab-v2" });
      const info = await ssh(host, "xl info");
      assert(/^machine {16}: x86_64$/m.test(info.stdout), "machine now x86_64");
      const c = cfg.replace('type = "pv"', 'type = "pvh"').replace('"guest1"', '"guest2"');
      const r = await ssh(host, `cat > ${cfgPath} && xl create -q ${cfgPath}`, c);
      eq(r.code, 6, `exit status (stderr ${r.stderr})`);
    });

    await check("concurrent sessions", async () => {
      const rs = await Promise.all(Array.from({ length: 8 }, (_, k) => ssh(host, `echo ${k}`)));
      eq(rs.map((r) => r.stdout), Array.from({ length: 8 }, (_, k) => `${k}\n`), "outputs");
    });
  } finally {
    const dir = host.dir;
    const t = performance.now();
    await host.stop();
    console.log(`stopped in ${Math.round(performance.now() - t)} ms; dir removed: ${!fs.existsSync(dir)}`);
    console.log(`total ${Math.round(performance.now() - t0)} ms`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
