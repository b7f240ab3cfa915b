// LIFECYCLE TESTS (stand-in xl over a real sshd; see lifecycle.test.ts): hostile
// or wrong configs. Each one is either passed to xl exactly (quoted in xl.cfg,
// never read by a shell) or refused at plan time on the right attribute — and a
// refused config reaches no host: the host records every command it receives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { engines, ensureBuilt, planErrors, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap", total_memory: 1535, free_memory: 1200 } as const;
const hcl = (s: string) => JSON.stringify(s); // an HCL string literal (JSON escapes are valid HCL)
const KERNEL = "/var/lib/xen-guests/vmlinuz";

// [title, attribute lines, the attribute the error must point at, text in the error]
const refused: [string, string, string, string][] = [
  ["newline in name", `name = ${hcl("a\nb")}`, "name", "control character"],
  ["empty name", `name = ""`, "name", "must not be empty"],
  ["slash in name", `name = "a/b"`, "name", "must not contain '/'"],
  ["name of 5000 bytes", `name = ${hcl("n".repeat(5000))}`, "name", "too long"],
  ["ANSI escape in cmdline", `name = "g"\n  cmdline = ${hcl("\u001b[2J")}`, "cmdline", "control character"],
  ["NUL in kernel path", `name = "g"\n  kernel = ${hcl("/boot/vm\u0000linuz")}`, "kernel", "NUL"],
  ["tab in ramdisk path", `name = "g"\n  ramdisk = ${hcl("/boot/a\tb")}`, "ramdisk", "control character"],
  ["negative memory", `name = "g"\n  memory = -1`, "memory", "non-negative"],
  ["memory 0", `name = "g"\n  memory = 0`, "memory", "at least 1 MiB"],
  ["fractional memory", `name = "g"\n  memory = 1.5`, "memory", "whole"],
  ["huge memory", `name = "g"\n  memory = 100000000000000000000`, "memory", "whole"],
  ["memory above the host's total", `name = "g"\n  memory = 99999`, "memory", "more than the host has"],
  ["negative maxmem", `name = "g"\n  maxmem = -5`, "maxmem", "non-negative"],
  ["zero vcpus", `name = "g"\n  vcpus = 0`, "vcpus", "at least 1"],
  ["maxvcpus below vcpus", `name = "g"\n  vcpus = 2\n  maxvcpus = 1`, "maxvcpus", "maxvcpus < vcpus"],
  ["129 vCPUs on Arm", `name = "g"\n  vcpus = 129`, "vcpus", "at most 128"],
  ["type in capitals", `name = "g"\n  type = "PVH"`, "type", 'Did you mean "pvh"'],
  ["unknown type", `name = "g"\n  type = "xen"`, "type", "Invalid domain type"],
  ["hvm on Arm", `name = "g"\n  type = "hvm"`, "type", "not possible on Arm"],
  ["empty type (hvm to xl) on Arm", `name = "g"\n  type = ""`, "type", "not possible on Arm"],
  ["kernel and firmware", `name = "g"\n  firmware = "uefi"`, "firmware", "both set"],
  ["no kernel", `name = "g"\n  kernel = null`, "kernel", "needs a kernel or a bootloader"],
  ["bad on_crash", `name = "g"\n  on_crash = "explode"`, "on_crash", "Invalid on_crash"],
  ["bad gic_version", `name = "g"\n  gic_version = "native"`, "gic_version", "Invalid gic_version"],
  ["bad vuart", `name = "g"\n  vuart = "pl011"`, "vuart", "sbsa_uart"],
  ["pvshim on Arm", `name = "g"\n  pvshim = true`, "pvshim", "not available on Arm"],
  ["xl_config key with a space", `name = "g"\n  xl_config = { "bad key" = "1" }`, "xl_config", "not an xl.cfg key"],
  ["xl_config key injecting a line", `name = "g"\n  xl_config = { ${hcl("x\nmemory")} = "1" }`, "xl_config", "not an xl.cfg key"],
  ["first-class key in xl_config", `name = "g"\n  xl_config = { memory = "512" }`, "xl_config", "as an attribute"],
  ["word for an integer key", `name = "g"\n  xl_config = { max_grant_frames = "lots" }`, "xl_config", "must be an integer"],
  ["broken list", `name = "g"\n  xl_config = { vif = "[not json" }`, "xl_config", "not valid JSON"],
  ["newline in an xl_config value", `name = "g"\n  xl_config = { seclabel = ${hcl("a\nname = \"evil\"")} }`, "xl_config", "control character"],
  ["undeclared host", `name = "g"\n  host = "nope"`, "host", 'host "nope" is not declared'],
  ["negative shutdown_timeout", `name = "g"\n  shutdown_timeout = -1`, "shutdown_timeout", "non-negative"],
  ["name starting with a dash (an option to xl)", `name = "-x"`, "name", 'must not start with "-"'],
  ["uuid in xl_config (two uuid lines)", `name = "g"\n  xl_config = { uuid = "6c7ff0b6-3a44-4f4e-8f33-1b7c1d2e3f40" }`, "xl_config", "must not set uuid"],
];

// [resource id, attribute lines, the domain name xl must see]
const accepted: [string, string, string][] = [
  ["space", `name = "web 1"`, "web 1"],
  ["squote", `name = "it's"`, "it's"],
  ["dquote", `name = ${hcl('say "hi"')}`, 'say "hi"'],
  ["semicolon", `name = "a;b"`, "a;b"],
  ["subshell", `name = "$(id -u)"`, "$(id -u)"],
  ["backtick", "name = \"`id`\"", "`id`"],
  ["backslash", `name = ${hcl("back\\slash")}`, "back\\slash"],
  ["hash", `name = "#not-a-comment"`, "#not-a-comment"],
  ["unicode", `name = "gäst-ゲスト"`, "gäst-ゲスト"],
  ["digits", `name = "1234"`, "1234"],
  ["dotdot", `name = "dotdot"\n  kernel = "/var/lib/xen-guests/../xen-guests/vmlinuz"`, "dotdot"],
  ["cmdline", `name = "cmdline"\n  cmdline = ${hcl(`console=hvc0 init="/bin/sh -c 'echo $HOME; id'" $(touch /tmp/pwned-by-cmdline)`)}`, "cmdline"],
  ["unknownkey", `name = "unknownkey"\n  xl_config = { max_grant_frame = "64" }`, "unknownkey"],
];

const resource = (id: string, attrs: string) => `
resource "xen_domain" "${id}" {
  host = "h1"
  kernel = "${KERNEL}"
  memory = 64
  shutdown_timeout = 0
  ${attrs.split("\n").map((l) => l.trim()).join("\n  ")}
}
`;

/** Later lines of an attribute block override earlier ones: HCL forbids duplicates, so dedupe. */
function dedupe(block: string): string {
  const lines = block.split("\n");
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^\s+([a-z_]+)\s*=/.exec(lines[i]);
    if (m && seen.has(m[1])) continue;
    if (m) seen.add(m[1]);
    out.unshift(lines[i]);
  }
  return out.join("\n");
}

const engine = engines()[0];

describe(`hostile and wrong input with ${engine.name} (stand-in xl)`, () => {
  let host: SshHost;
  let ws: Workspace;
  const write = (body: string) => ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey }]) + body);

  beforeAll(async () => {
    ensureBuilt();
    host = await startSshHost({ facts: ARM });
    ws = new Workspace(engine);
  });
  afterAll(async () => {
    await ws.run(["destroy", "-auto-approve"]);
    await host?.stop();
    ws?.remove();
  });

  it.each(refused)("refuses %s at plan time, on the attribute", async (_title, attrs, attribute, text) => {
    write(dedupe(resource("t", attrs)));
    host.clearCommands();
    const r = await ws.run(["plan", "-json", "-input=false"]);
    expect(r.code).toBe(1);
    const diags = planErrors(r.stdout);
    const hit = diags.find((d) => `${d.summary} ${d.detail}`.includes(text));
    expect(hit, JSON.stringify(diags, null, 1)).toBeDefined();
    expect(hit.address).toBe("xen_domain.t");
    expect(hit.snippet?.code ?? "").toContain(attribute);
    // Nothing about the guest reached the host: at most the host's facts were read.
    expect(host.commands().filter((c) => c !== "xl info")).toEqual([]);
  });

  it("passes hostile but valid names and values to xl exactly, in one apply", async () => {
    write(accepted.map(([id, attrs]) => dedupe(resource(id, attrs))).join(""));
    const r = await ws.apply(["-parallelism=4"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const names = host.domains().map((d: any) => d.name);
    for (const [, , name] of accepted) expect(names).toContain(name);
    const { existsSync } = await import("node:fs");
    expect(existsSync("/tmp/pwned-by-cmdline")).toBe(false);
    const cmd = host.domains().find((d: any) => d.name === "cmdline");
    expect(cmd.cmdline).toBe(`console=hvc0 init="/bin/sh -c 'echo $HOME; id'" $(touch /tmp/pwned-by-cmdline)`);
    expect(host.domains().find((d: any) => d.name === "dotdot").kernel).toBe("/var/lib/xen-guests/../xen-guests/vmlinuz");
    // And the warnings that go with them.
    expect(r.stdout + r.stderr).toMatch(/The all-digit name "1234" reads as a domain id/);
    expect(r.stdout + r.stderr).toMatch(/Unknown xl.cfg key "max_grant_frame"/);
    expect(r.stdout + r.stderr).toMatch(/Did you mean "max_grant_frames"/);
    // The all-digit guest is addressed by domid, not by its name.
    const clean = await ws.run(["plan", "-detailed-exitcode"]);
    expect(clean.code, clean.stdout).toBe(0);
  });
});
