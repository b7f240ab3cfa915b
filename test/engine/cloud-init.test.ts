// CLOUD-INIT SEED TESTS: xen_domain's cloud_init block through a real engine (terraform, and
// tofu where available) and the built provider, over real OpenSSH on loopback with the
// stand-in xl. The seed lands in the host's config_dir (here under the stand-in's /var/lib,
// which this side sees at <host.dir>/root/var-lib); blkid and xorriso read it as they would
// any ISO. What Debian's cloud-init makes of the image is test/model/cloud-init.test.ts's.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { required } from "../harness/required";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, Workspace } from "./engine";

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;
const CFG = "/var/lib/xen-cfg-seed";
const SECRET = "pw-Zq81-never-shown";

/** A HCL heredoc of `text` (no interpolation). */
const heredoc = (text: string) => `<<-EOT\n${text.replace(/\$\{/g, "$${").replace(/%\{/g, "%%{")}${text.endsWith("\n") ? "" : "\n"}EOT\n`;
const guest = (id: string, name: string, seed: string, extra = "") => `
resource "xen_domain" "${id}" {
  host             = "h1"
  name             = "${name}"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  memory           = 128
  shutdown_timeout = 0
${extra}  cloud_init {
${seed}  }
}
`;
const USER_DATA = `#cloud-config\nhostname: seeded\nchpasswd:\n  expire: false\n  users:\n    - {name: debian, password: ${SECRET}, type: text}\nruncmd:\n  - echo marker-7f3a\n`;

/** Files in a directory extracted from an ISO image by xorriso (Rock Ridge names). */
function isoFiles(image: string): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), "seed-x-"));
  try {
    execFileSync("xorriso", ["-osirrox", "on", "-indev", image, "-extract", "/", out], { stdio: "pipe" });
    return Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const isoTools = required("blkid and xorriso", ["blkid", "xorriso"].every((c) => spawnSync("sh", ["-c", `command -v ${c}`]).status === 0),
  "CDKTF_XEN_SKIP_CLOUD_INIT", "the seed the provider placed is read back as an ISO (scripts/setup.sh cloud-init installs them)");

for (const engine of isoTools ? engines() : []) {
  describe(`cloud_init seeds with ${engine.name} (stand-in xl)`, () => {
    let host: SshHost;
    let ws: Workspace;
    const config = (body: string) =>
      ws.write("main.tf", providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey, extra: `    config_dir  = "${CFG}"\n` }]) + body);
    const seen = () => join(host.dir, "root", "var-lib", CFG.replace("/var/lib/", ""));
    const seeds = () => (existsSync(seen()) ? readdirSync(seen()).filter((f) => f.includes("cidata")) : []);
    const local = (p: string) => join(host.dir, "root", "var-lib", p.replace("/var/lib/", ""));
    const guestOnHost = (name: string) => host.domains().find((d: any) => d.name === name);

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: ARM });
      writeFileSync(join(host.dir, "root", "var-lib", "xen-guests", "img", "x.raw"), Buffer.alloc(4096));
      ws = new Workspace(engine);
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      await host?.stop();
      ws?.remove();
    });

    it("bad seeds are plan errors on the block's attribute (YAML with its line, a taken vdev, the size), a schema refusal a warning naming the key; nothing reaches the host, no secret is shown", async () => {
      const big = join(ws.dir, "big.txt");
      writeFileSync(big, `#!/bin/sh\n${"x".repeat(64 * 1024 * 1024)}\n`);
      config(
        // Secrets come from sensitive variables: the engine shows the expression under a diagnostic, the provider never the value.
        `variable "ud_yaml" {\n  sensitive = true\n  default   = ${heredoc(`#cloud-config\nusers:\n  - name: a\n    passwd: ${SECRET}\n   bad: [indent\n`)}}\n` +
        `variable "ud_schema" {\n  sensitive = true\n  default   = ${heredoc(`#cloud-config\npackage_update: "${SECRET}"\nruncmd: echo hi\n`)}}\n` +
        guest("yaml", "seed-yaml", `    user_data = var.ud_yaml\n`) +
        guest("meta", "seed-meta", `    user_data = "#!/bin/sh\\necho hi"\n    meta_data = "- a list\\n- not a mapping"\n`) +
        guest("vdev", "seed-vdev", `    user_data = "#!/bin/sh\\n"\n`, `  disk {\n    vdev   = "xvdz"\n    target = "/var/lib/xen-guests/img/x.raw"\n  }\n`) +
        guest("big", "seed-big", `    user_data = file("${big}")\n`) +
        guest("schema", "seed-schema", `    user_data = var.ud_schema\n`));
      const r = await ws.run(["plan", "-no-color"]);
      const out = r.stdout + r.stderr;
      expect(r.code, out).toBe(1);
      expect(diagnostics(out, "Error")).toEqual(expect.arrayContaining([
        "cloud_init.user_data is not valid YAML (line 5, column 1)",
        "cloud_init.meta_data must be a YAML mapping",
        'cloud_init.vdev "xvdz" is disk[0]\'s virtual device',
        expect.stringMatching(/^The cloud-init seed is 671088\d\d bytes, more than 67108864 \(64 MiB\)$/),
      ]));
      expect(diagnostics(out, "Error")).toHaveLength(4);
      expect(diagnostics(out, "Warning")).toEqual(expect.arrayContaining([
        'cloud_init.user_data: cloud-init\'s schema refuses key "package_update"',
        'cloud_init.user_data: cloud-init\'s schema refuses key "runcmd"',
      ]));
      // Each on its attribute (the engine prints the line), and never the secret.
      expect(out).toMatch(/in resource "xen_domain" "vdev":\n(?:.*\n)*?\s+\d+:\s+cloud_init \{/);
      expect(out).not.toContain(SECRET);
      expect(host.commands().filter((c) => c.includes("xl create") || c.includes("cidata"))).toEqual([]);
    });

    it("a create that fails leaves no seed: xl create refused (the placed seed is removed), an upload cut off halfway (nothing at the path, no temporary file)", async () => {
      config(guest("a", "seed-1", `    user_data = "#!/bin/sh\\necho hi\\n"\n`));
      host.fault("fail-next-create");
      const failed = await ws.apply();
      expect(failed.code, failed.stdout + failed.stderr).toBe(1);
      expect(diagnostics(failed.stdout + failed.stderr, "Error")).toEqual([expect.stringMatching(/^xl create failed on host "h1"/)]);
      expect(host.commands().some((c) => c.includes("cidata.iso"))).toBe(true);
      expect(readdirSync(seen()).filter((f) => f.includes("cidata"))).toEqual([]);

      host.fault("cut-stdin-next-exec-matching:20000:cidata.iso");
      const cut = await ws.apply();
      expect(cut.code, cut.stdout + cut.stderr).toBe(1);
      expect(diagnostics(cut.stdout + cut.stderr, "Error")).toEqual(['The cloud-init seed did not reach host "h1" whole']);
      expect(readdirSync(seen()).filter((f) => f.includes("cidata"))).toEqual([]);
      expect(guestOnHost("seed-1")).toBeUndefined();
      expect(ws.resource("xen_domain.a")).toBeUndefined();
    });

    let first: any;
    it("creates a guest with a seed: placed 0600 in config_dir, attached read-only as xvdz, instance-id = uuid, and the next plan is empty", async () => {
      config(guest("a", "seed-1", `    user_data      = ${heredoc(USER_DATA)}    network_config = "version: 2\\nethernets:\\n  eth0:\\n    dhcp4: true\\n"\n`));
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).not.toContain(SECRET);
      const change = plan.resource_changes.find((r: any) => r.address === "xen_domain.a").change;
      expect(change.after_sensitive.cloud_init).toMatchObject({ user_data: true });
      expect(change.after_unknown.cloud_init).toMatchObject({ instance_id: true, sha256: true, identity: true });
      expect(change.after.cloud_init.vdev).toBe("xvdz");
      expect(change.after.cloud_init.path).toMatch(new RegExp(`^${CFG}/seed-1-[0-9a-f]{10}\\.cidata\\.iso$`));

      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      expect(apply.stdout + apply.stderr).not.toContain(SECRET);
      first = ws.resource("xen_domain.a");
      const seed = first.cloud_init;
      expect(seed.instance_id).toBe(first.uuid);
      // The state's disks are the blocks' (none), not the seed's.
      expect(first.disk).toEqual([]);
      const file = local(seed.path);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(createHash("sha256").update(readFileSync(file)).digest("hex")).toBe(seed.sha256);
      expect(execFileSync("blkid", ["-o", "export", file], { encoding: "utf8" })).toMatch(/^LABEL=cidata$(?:.|\n)*^TYPE=iso9660$/m);
      const files = isoFiles(file);
      expect(Object.keys(files).sort()).toEqual(["meta-data", "network-config", "user-data"]);
      expect(files["user-data"]).toBe(USER_DATA);
      expect(files["meta-data"]).toBe(`instance-id: ${first.uuid}\nlocal-hostname: seed-1\n`);
      // xl was given the seed as a read-only disk.
      const d = guestOnHost("seed-1");
      expect(d.disks.map((x: any) => [x.vdev, x.pdev_path, x.readwrite ?? 0])).toEqual([["xvdz", seed.path, 0]]);

      const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(again.code, again.stdout + again.stderr).toBe(0);
    });

    it("a changed user_data replaces the guest: a new uuid, so a new instance-id, a new seed; the old seed is removed", async () => {
      config(guest("a", "seed-1", `    user_data      = ${heredoc(USER_DATA.replace("marker-7f3a", "marker-9b2c"))}    network_config = "version: 2\\nethernets:\\n  eth0:\\n    dhcp4: true\\n"\n`));
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const rc = plan.resource_changes.find((r: any) => r.address === "xen_domain.a");
      expect(rc.change.actions).toEqual(["delete", "create"]);
      expect(rc.change.replace_paths).toEqual([["cloud_init"]]);
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      const now = ws.resource("xen_domain.a");
      expect(now.uuid).not.toBe(first.uuid);
      expect(now.cloud_init.instance_id).toBe(now.uuid);
      expect(now.cloud_init.sha256).not.toBe(first.cloud_init.sha256);
      expect(now.cloud_init.path).toBe(first.cloud_init.path);
      expect(isoFiles(local(now.cloud_init.path))["user-data"]).toContain("marker-9b2c");
      expect(seeds()).toHaveLength(1);
      const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(again.code, again.stdout + again.stderr).toBe(0);
    });

    it("a seed removed or written to on the host is drift: the plan writes it again, the same image, and the guest stays; another file put in its place is left alone", async () => {
      const before = ws.resource("xen_domain.a");
      const file = local(before.cloud_init.path);
      const image = readFileSync(file);
      const restored = async (what: string, drift = true) => {
        const { run, plan } = await ws.planJson();
        expect(run.code, run.stdout + run.stderr).toBe(0);
        const rc = plan.resource_changes.find((r: any) => r.address === "xen_domain.a");
        expect(rc.change.actions, what).toEqual(["update"]);
        expect(rc.change.after_unknown.cloud_init, what).toMatchObject({ sha256: true, identity: true });
        // Shown as a change outside Terraform, unless the state already knew (a failed apply's refresh).
        if (drift) expect(plan.resource_drift?.find((r: any) => r.address === "xen_domain.a")?.change.after.cloud_init.sha256, what).toBe(null);
        const apply = await ws.apply();
        expect(apply.code, apply.stdout + apply.stderr).toBe(0);
        const now = ws.resource("xen_domain.a");
        expect(now.uuid, what).toBe(before.uuid);
        expect(now.cloud_init.sha256, what).toBe(before.cloud_init.sha256);
        expect(readFileSync(file).equals(image), what).toBe(true);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
        expect(again.code, again.stdout + again.stderr).toBe(0);
      };
      rmSync(file);
      await restored("removed");
      writeFileSync(file, "not a seed");
      await restored("written to in place");
      // Someone else's file at its path (another inode): refresh sees the change, apply leaves it alone.
      rmSync(file);
      writeFileSync(file, "someone else's");
      const refused = await ws.apply();
      expect(refused.code).not.toBe(0);
      expect(diagnostics(refused.stdout + refused.stderr, "Error")).toEqual([expect.stringMatching(/^A file is already at the cloud-init seed's path .*\.cidata\.iso on host "h1"$/)]);
      expect((refused.stdout + refused.stderr).replace(/\s*│\s*/g, " ").replace(/\s+/g, " ")).toMatch(/another file was put in its place\), so it is left alone\. The guest runs on; its seed is not restored\./);
      expect(readFileSync(file, "utf8")).toBe("someone else's");
      expect(ws.resource("xen_domain.a").uuid).toBe(before.uuid);
      rmSync(file);
      expect(ws.resource("xen_domain.a").cloud_init.sha256).toBe(null);
      await restored("removed after the refusal", false);
    });

    it("import finds a guest's seed: the declared block that makes its image keeps the guest and fills in its inputs; another block replaces it", async () => {
      const before = ws.resource("xen_domain.a");
      expect((await ws.run(["state", "rm", "xen_domain.a"])).code).toBe(0);
      const imp = await ws.run(["import", "-no-color", "xen_domain.a", "h1/seed-1"]);
      expect(imp.code, imp.stdout + imp.stderr).toBe(0);
      const imported = ws.resource("xen_domain.a");
      // The seed's disk is the seed, known by its image; not one of the disk blocks.
      expect(imported.disk).toEqual([]);
      expect(imported.cloud_init).toMatchObject({ vdev: "xvdz", path: before.cloud_init.path, sha256: before.cloud_init.sha256, identity: before.cloud_init.identity, instance_id: null, user_data: null });
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const rc = plan.resource_changes.find((r: any) => r.address === "xen_domain.a");
      expect(rc.change.actions).toEqual(["update"]);
      expect(run.stdout).not.toContain(SECRET);
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      const now = ws.resource("xen_domain.a");
      expect(now.uuid).toBe(before.uuid);
      expect(now.cloud_init).toEqual(before.cloud_init);
      const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      // Imported again, a block that makes another image replaces the guest.
      expect((await ws.run(["state", "rm", "xen_domain.a"])).code).toBe(0);
      expect((await ws.run(["import", "-no-color", "xen_domain.a", "h1/seed-1"])).code).toBe(0);
      config(guest("a", "seed-1", `    user_data      = ${heredoc(USER_DATA.replace("marker-7f3a", "marker-other"))}    network_config = "version: 2\\nethernets:\\n  eth0:\\n    dhcp4: true\\n"\n`));
      const other = await ws.planJson();
      const rc2 = other.plan.resource_changes.find((r: any) => r.address === "xen_domain.a");
      expect(rc2.change.actions).toEqual(["delete", "create"]);
      expect(rc2.change.replace_paths).toEqual([["cloud_init"]]);
    });

    it("a script as user-data, the user's instance-id (known at plan) and vdev pass; destroy removes the seed and the config", async () => {
      config(guest("a", "seed-1", `    user_data = "#!/bin/sh\\necho marker-script\\n"\n    meta_data = "instance-id: fixed-1\\nlocal-hostname: web\\n"\n    vdev      = "xvdy"\n`));
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const rc = plan.resource_changes.find((r: any) => r.address === "xen_domain.a");
      // The user's instance-id is known at plan.
      expect(rc.change.after.cloud_init.instance_id).toBe("fixed-1");
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      const s = ws.resource("xen_domain.a");
      expect(isoFiles(local(s.cloud_init.path))["meta-data"]).toBe("instance-id: fixed-1\nlocal-hostname: web\n");
      expect(guestOnHost("seed-1").disks.map((x: any) => x.vdev)).toEqual(["xvdy"]);
      const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(again.code, again.stdout + again.stderr).toBe(0);

      const gone = await ws.run(["destroy", "-auto-approve", "-no-color"]);
      expect(gone.code, gone.stdout + gone.stderr).toBe(0);
      expect(seeds()).toEqual([]);
      expect(existsSync(seen()) ? readdirSync(seen()).filter((f) => f.endsWith(".cfg")) : []).toEqual([]);
    });
  });
}
