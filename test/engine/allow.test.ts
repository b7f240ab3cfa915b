// LIFECYCLE TESTS (stand-in xl over a real sshd): a host's `allow` block. What a guest's
// configuration makes root run or read in dom0 (bootloader, hotplug scripts, the device
// model's keys, a volume's source) is refused at plan when the host does not list it, on the
// attribute, with nothing but the host's facts read; what it lists applies.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { engines, ensureBuilt, planErrors, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap" } as const;
const IMG = "/var/lib/xen-guests/img";
const hcl = (s: string) => JSON.stringify(s);

const guest = (attrs: string) => `
resource "xen_domain" "g" {
  host             = "h1"
  name             = "allowed"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  memory           = 64
  shutdown_timeout = 0
${attrs}}
`;
const volume = (source: string) => `
resource "xen_volume" "v" {
  host     = "h1"
  name     = "from-source.raw"
  pool_dir = "${IMG}"
  source   = ${hcl(source)}
}
`;

// [what, configuration, the attribute the error is on, text in the error]
const refused: [string, string, string, string][] = [
  ["a bootloader it does not list", guest('  bootloader = "/usr/bin/pygrub"\n'), "bootloader", 'bootloader "/usr/bin/pygrub" is not allowed on host "h1"'],
  ["a vif script it does not list", guest('  vif {\n    script = "/tmp/evil"\n  }\n'), "script", 'vif[0].script "/tmp/evil" is not allowed'],
  ["a disk script it does not list", guest(`  disk {\n    vdev   = "xvda"\n    target = "${IMG}/root.raw"\n    script = "block-iscsi"\n  }\n`), "script", 'disk[0].script "block-iscsi" is not allowed'],
  ["a device model key in xl_config", guest('  xl_config = { device_model_args = jsonencode(["-monitor", "unix:/tmp/m"]) }\n'), "xl_config", 'xl_config["device_model_args"] is not allowed on host "h1"'],
  ["a script inside an xl_config vif entry", guest('  xl_config = { vif = jsonencode(["bridge=xenbr0,script=/tmp/evil"]) }\n'), "xl_config", "the script of an xl_config vif entry \"/tmp/evil\" is not allowed"],
  ["a volume source outside its directories", volume("/etc/shadow"), "source", 'source "/etc/shadow" is not allowed on host "h1"'],
  ["a volume source that climbs out of them", volume(`${IMG}/../../../etc/shadow`), "source", "source must not contain \"..\" steps"],
];

const engine = engines()[0];

describe(`a host's allow block with ${engine.name} (stand-in xl)`, () => {
  let host: SshHost;
  let ws: Workspace;
  const write = (body: string) => ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey,
    extra: `    allow {\n      programs       = ["/etc/xen/scripts/vif-audited"]\n      volume_sources = ["${IMG}"]\n    }\n` }]) + body);

  beforeAll(async () => {
    ensureBuilt();
    host = await startSshHost({ facts: ARM });
    writeFileSync(join(host.dir, "root", "var-lib", "xen-guests", "img", "root.raw"), Buffer.alloc(4096));
    writeFileSync(join(host.dir, "root", "var-lib", "xen-guests", "img", "base.raw"), Buffer.alloc(4096));
    ws = new Workspace(engine);
  });
  afterAll(async () => {
    await ws.run(["destroy", "-auto-approve"]);
    await host?.stop();
    ws?.remove();
  });

  it.each(refused)("refuses %s at plan, on the attribute, before anything reaches the host", async (_what, body, attribute, text) => {
    write(body);
    host.clearCommands();
    const r = await ws.run(["plan", "-json", "-input=false"]);
    expect(r.code).toBe(1);
    const diags = planErrors(r.stdout);
    const hit = diags.find((d) => `${d.summary} ${d.detail}`.includes(text));
    expect(hit, JSON.stringify(diags, null, 1)).toBeDefined();
    expect(hit.snippet?.code ?? "").toContain(attribute);
    expect(host.commands().filter((c) => c !== "xl info")).toEqual([]);
  });

  it("applies what it lists: a listed script, a source inside a listed directory", async () => {
    write(guest('  vif {\n    script = "/etc/xen/scripts/vif-audited"\n  }\n') + volume(`${IMG}/base.raw`));
    const r = await ws.apply();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(host.domains().find((d: any) => d.name === "allowed").nics[0].script).toBe("/etc/xen/scripts/vif-audited");
  });

  it("volume_sources must be absolute directories: refused at plan on the attribute", async () => {
    ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey,
      extra: '    allow {\n      volume_sources = ["images"]\n    }\n' }]) + guest(""));
    const r = await ws.run(["plan", "-no-color"]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/allow\.volume_sources\[0\] must be an absolute path/);
  });
});
