// scripts/lib/packages.sh: the one install function of setup.sh, ensure-sshd.sh and testhost's
// ensure_host_tools. The install path runs against stand-in apt-get and dpkg-query (nothing is
// installed); the no-op path against this machine's dpkg.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const LIB = join(ROOT, "scripts/lib/packages.sh");
const work = mkdtempSync(join(tmpdir(), "packages-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function lib(script: string, env: Record<string, string> = {}) {
  const r = spawnSync("bash", ["-c", `set -euo pipefail; source ${JSON.stringify(LIB)}; ${script}`], {
    encoding: "utf8", env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GROUPS_USED = ["base", "ssh", "engine", "testhost", "testhost-arm", "testhost-x86", "jsii-python", "volumes", "state-backend", "cloud-init", "bench", "release", "rehearsal"];

describe("the package list", () => {
  it("has every group the scripts ask for, and fails on an unknown one", () => {
    const r = lib(`pkg_names ${GROUPS_USED.join(" ")}`);
    expect(r.code, r.stderr).toBe(0);
    const names = r.stdout.trim().split("\n");
    for (const p of ["kmod", "ipxe-qemu", "qemu-system-arm", "device-tree-compiler", "openssh-server", "postgresql", "cloud-init", "xorriso"]) expect(names).toContain(p);
    expect(new Set(names).size).toBe(names.length);
    const bad = lib("pkg_names base no-such-group");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/unknown group no-such-group/);
  });

  it("is what setup.sh, ensure-sshd.sh and ensure_host_tools install", () => {
    expect(readFileSync(join(ROOT, "scripts/setup.sh"), "utf8")).toMatch(/^pkg_install base ssh engine "\$\{groups\[@\]\}"/m);
    expect(readFileSync(join(ROOT, "scripts/ensure-sshd.sh"), "utf8")).toMatch(/^pkg_install ssh\b/m);
    const build = readFileSync(join(ROOT, "testhost/lib/build.sh"), "utf8");
    const fn = build.slice(build.indexOf("ensure_host_tools() {"), build.indexOf("\n}\n", build.indexOf("ensure_host_tools() {")));
    expect(fn).toMatch(/pkg_names testhost "\$group"/);
    expect(fn).toMatch(/pkg_ensure /);
    expect(fn).not.toMatch(/^\s*[^#\s].*apt-get/m); // no install of its own
  });
});

describe("pkg_install / pkg_ensure", () => {
  it("does nothing, in one dpkg-query, when nothing is missing (setup.sh runs it before every command)", () => {
    const installed = lib("pkg_missing $(pkg_names base engine)");
    if (installed.stdout.trim()) return; // this machine lacks some: nothing to time without installing
    const t0 = Date.now();
    const r = lib("pkg_install base engine");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(lib("pkg_missing dpkg no-such-package-xyz").stdout).toBe("no-such-package-xyz\n");
  });

  // Stand-ins: dpkg-query answers from a state file; apt-get install fails until apt-get update
  // ran (a fresh machine has no package lists), then "installs" by adding to the state file.
  function standIns(): { bin: string; state: string; calls: string } {
    const dir = mkdtempSync(join(work, "stand-in-"));
    const bin = join(dir, "bin"), state = join(dir, "installed"), calls = join(dir, "calls");
    mkdirSync(bin);
    writeFileSync(state, "dpkg\n");
    writeFileSync(join(bin, "dpkg-query"), `#!/bin/bash
for a in "$@"; do case $a in -*) ;; *) if grep -qx -- "$a" ${JSON.stringify(state)}; then echo "ii  $a"; else echo "dpkg-query: no packages found matching $a" >&2; fi ;; esac; done
`);
    writeFileSync(join(bin, "apt-get"), `#!/bin/bash
echo "apt-get $* DEBIAN_FRONTEND=$DEBIAN_FRONTEND policy=$(cat "$PKG_POLICY_RC" 2>/dev/null | tail -n1)" >>${JSON.stringify(calls)}
case $1 in
  update) touch ${JSON.stringify(join(dir, "updated"))} ;;
  install) [ -e ${JSON.stringify(join(dir, "updated"))} ] || { echo "E: Unable to locate package" >&2; exit 100; }
           for a in "$@"; do case $a in install|-*|DPkg::*) ;; *) echo "$a" >>${JSON.stringify(state)} ;; esac; done ;;
esac
`);
    writeFileSync(join(bin, "id"), "#!/bin/sh\necho 0\n");
    for (const f of ["dpkg-query", "apt-get", "id"]) chmodSync(join(bin, f), 0o755);
    return { bin, state, calls };
  }

  it("installs only what is missing, non-interactively, without recommends; on failure apt-get update once and retry", () => {
    const { bin, state, calls } = standIns();
    const policy = join(work, "policy-rc.d");
    const env = { PATH: `${bin}:${process.env.PATH}`, PKG_POLICY_RC: policy };
    const r = lib("pkg_ensure dpkg kmod ipxe-qemu kmod", env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/installing: kmod ipxe-qemu\n/);
    const log = readFileSync(calls, "utf8").trim().split("\n");
    expect(log).toHaveLength(3);
    expect(log[0]).toMatch(/^apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 kmod ipxe-qemu DEBIAN_FRONTEND=noninteractive policy=exit 101$/);
    expect(log[1]).toMatch(/^apt-get update /);
    expect(log[2]).toBe(log[0]);
    expect(readFileSync(state, "utf8").trim().split("\n").sort()).toEqual(["dpkg", "ipxe-qemu", "kmod"]);
    expect(existsSync(policy)).toBe(false); // services may start again afterwards
    // and now there is nothing to do
    expect(lib("pkg_ensure dpkg kmod ipxe-qemu", env)).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(calls, "utf8").trim().split("\n")).toHaveLength(3);
  });

  it("fails, naming the packages, when the retry fails too or when it is not root", () => {
    const { bin } = standIns();
    writeFileSync(join(bin, "apt-get"), "#!/bin/sh\nexit 100\n");
    const env = { PATH: `${bin}:${process.env.PATH}`, PKG_POLICY_RC: join(work, "policy-2") };
    const r = lib("pkg_ensure kmod", env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/apt-get update failed|could not install: kmod/);
    writeFileSync(join(bin, "id"), "#!/bin/sh\necho 1000\n");
    const u = lib("pkg_ensure kmod", env);
    expect(u.code).not.toBe(0);
    expect(u.stderr).toMatch(/apt-get install --no-install-recommends kmod/);
  });
});
