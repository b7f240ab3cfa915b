// IMPORT ENGINE TESTS: what `cdktf-xen import-config` and `import-host` print is config a
// real engine (terraform, and tofu where available) plans as the tools said — every file
// of examples/xl-configs, in HCL and in JSON, on a plan-only host with declared facts —
// and `terraform plan -generate-config-out` of an import writes valid config for
// xen_domain. import-host runs over a real sshd on loopback whose `xl` is a STAND-IN
// (test/harness/fake-xen): this shows the engine round trip, not fidelity to Xen (the
// round trip on a real Xen host is test/e2e/import.test.ts).
import { execFile, execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, ROOT, Workspace, type Engine } from "./engine";

const BIN = join(ROOT, "bin", "cdktf-xen");
const EXAMPLES = join(ROOT, "examples", "xl-configs");
const X86_CAPS = "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64";
const FACTS: Record<string, string[]> = {
  arm: ["--arch", "aarch64", "--xen-version", "4.17.7"],
  x86: ["--arch", "x86_64", "--xen-version", "4.17.7", "--xen-caps", X86_CAPS],
};
const ARM_HOST = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;

interface Cli { code: number; out: string; err: string }
function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Cli> {
  return new Promise((resolve) => {
    execFile(BIN, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", ...opts.env }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0, out: stdout, err: stderr });
    });
  });
}

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".cfg")).sort();
/** What import-config said each guest runs as, from its summary on stderr. */
const saidRunsAs = (err: string) => /runs as (pvh|hvm|pv)\b/.exec(err)?.[1];

describe("examples/xl-configs", () => {
  it("is a varied set: Arm and x86, pv/pvh/hvm, positional and key=value disks, deprecated prefixes, several vifs, comments, odd quoting, hex and octal", () => {
    const all = examples.map((f) => readFileSync(join(EXAMPLES, f), "utf8")).join("\n");
    expect(examples.some((f) => f.startsWith("arm-")) && examples.some((f) => f.startsWith("x86-"))).toBe(true);
    for (const t of ['type = "pv"', "type = 'pvh'", 'type = "hvm"', "phy:", "file:", "hdc:cdrom", "target=", "0x100", "0400", "+=", "\\'", ";"]) expect(all).toContain(t);
    expect(all).toMatch(/vif = \[[^\]]*,[^\]]*\]/);
  });
});

for (const engine of engines()) {
  describe(`import-config → ${engine.name} plan (declared facts, no host reached)`, () => {
    beforeAll(() => ensureBuilt());

    for (const file of examples) {
      for (const format of ["hcl", "json"] as const) {
        it(`${file} as ${format}: converts, and plans with no errors to what import-config said`, async () => {
          const arch = file.startsWith("x86-") ? "x86" : "arm";
          const conv = await cli(["import-config", join(EXAMPLES, file), "--host", "h1", "--format", format, ...FACTS[arch]]);
          expect(conv.code, conv.err).toBe(0);
          const ws = new Workspace(engine, { [format === "hcl" ? "main.tf" : "main.tf.json"]: conv.out });
          try {
            const { run, plan } = await ws.planJson();
            expect(run.code, run.stdout + run.stderr).toBe(0);
            expect(diagnostics(run.stdout + run.stderr, "Error")).toEqual([]);
            const changes = plan.resource_changes.filter((r: any) => r.type === "xen_domain");
            expect(changes).toHaveLength(1);
            expect(changes[0].change.actions).toEqual(["create"]);
            expect(changes[0].change.after.effective_type).toBe(saidRunsAs(conv.err));
            // The plan's warnings are those import-config announced (each with its file:line there).
            const warned = diagnostics(run.stdout + run.stderr, "Warning").filter((w) => !/development overrides|^Host checks skipped/.test(w));
            for (const w of warned) expect(conv.err).toContain(w);
          } finally {
            ws.remove();
          }
        });
      }
    }

    it("--normalize-type writes pvh for the Arm pv guest, and the plan then has no type warning", async () => {
      const conv = await cli(["import-config", join(EXAMPLES, "arm-libvirt-pv.cfg"), "--host", "h1", "--normalize-type", ...FACTS.arm]);
      expect(conv.code).toBe(0);
      expect(conv.out).toMatch(/type += "pvh"/);
      expect(conv.err).toContain("written pv, runs as pvh on Xen 4.17.7 aarch64: the converted code writes pvh");
      const ws = new Workspace(engine, { "main.tf": conv.out });
      try {
        const r = await ws.run(["plan", "-no-color"]);
        expect(r.code, r.stdout + r.stderr).toBe(0);
        expect(r.stdout + r.stderr).not.toContain("will run as PVH, not PV");
      } finally {
        ws.remove();
      }
    });
  });
}

for (const engine of engines()) {
  describe(`import-host and -generate-config-out with ${engine.name} (stand-in xl)`, () => {
    let host: SshHost;
    let ws: Workspace;
    const onHost = (cmd: string, input?: string) => execFileSync("ssh", [...host.sshArgs(), cmd], { input, encoding: "utf8" });
    const provider = () => providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey }]);

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: ARM_HOST });
      ws = new Workspace(engine);
      // One guest the state manages, and two made by hand: one with a disk and a vif.
      ws.write("main.tf", provider() + `
resource "xen_domain" "managed" {
  host             = "h1"
  name             = "managed-1"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  memory           = 128
  shutdown_timeout = 0
}
`);
      const apply = await ws.apply();
      if (apply.code !== 0) throw new Error(apply.stdout + apply.stderr);
      onHost(`cat > ${host.dir}/hand-a.cfg && xl create ${host.dir}/hand-a.cfg`,
        'name = "hand-a"\ntype = "pv"\nmemory = 192\nvcpus = 2\nkernel = "/var/lib/xen-guests/vmlinuz"\ncmdline = "console=hvc0 rdinit=/init"\n' +
        'disk = [ "vdev=xvda,target=/img/hand-a.raw" ]\nvif = [ "mac=00:16:3e:5a:00:01,bridge=xenbr0" ]\n');
      onHost(`cat > ${host.dir}/hand-b.cfg && xl create ${host.dir}/hand-b.cfg`,
        'name = "hand-b"\nmemory = 128\nkernel = "/var/lib/xen-guests/vmlinuz"\n');
    });
    afterAll(async () => {
      if (ws) await ws.run(["destroy", "-auto-approve"]);
      await host?.stop();
      ws?.remove();
    });

    const env = () => ({ TF_CLI_CONFIG_FILE: join(ws.dir, "dev.tfrc"), TERRAFORM_BINARY_NAME: engine.path });

    it("lists the two unmanaged guests (not the managed one), and its code plus import blocks plan as 2 imports and no changes", async () => {
      const r = await cli(["import-host", "--host", "h1", "--dir", ws.dir], { env: env() });
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain("h1/managed-1: managed by xen_domain.managed; left out");
      expect(r.out).toContain('resource "xen_domain" "hand_a"');
      expect(r.out).toContain('resource "xen_domain" "hand_b"');
      expect(r.out).not.toContain('"managed-1"');
      expect(r.out).toMatch(/import \{\n {2}to = xen_domain\.hand_a\n {2}id = "h1\/hand-a"\n\}/);
      // Nothing of the stack's was written: no new file in its directory.
      expect(readdirSync(ws.dir).filter((f) => f.includes("cdktf_xen") || f.endsWith(".tfplan"))).toEqual([]);
      ws.write("adopted.tf", r.out);
      try {
      const { run, plan } = await ws.planJson();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const imports = plan.resource_changes.filter((c: any) => c.change.importing);
      expect(imports.map((c: any) => c.address).sort()).toEqual(["xen_domain.hand_a", "xen_domain.hand_b"]);
      expect(plan.resource_changes.map((c: any) => c.change.actions)).toEqual(plan.resource_changes.map(() => ["no-op"]));
      expect((await ws.apply()).code).toBe(0);
      const clean = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
      expect(clean.code, clean.stdout + clean.stderr).toBe(0);
      const a = ws.resource("xen_domain.hand_a");
      expect([a.type, a.effective_type, a.memory, a.vcpus]).toEqual(["pv", "pvh", 192, 2]);
      expect(a.disk.map((d: any) => [d.vdev, d.target])).toEqual([["xvda", "/img/hand-a.raw"]]);
      // The MAC is the running one, kept in state; the code leaves it unset, as the import's config does.
      expect(a.vif.map((v: any) => v.mac)).toEqual(["00:16:3e:5a:00:01"]);
      expect(r.out).not.toContain("00:16:3e:5a:00:01");
      // Now every guest is managed: nothing more to import.
      const again = await cli(["import-host", "--host", "h1", "--dir", ws.dir], { env: env() });
      expect(again.code, again.err).toBe(0);
      expect(again.out).toBe("");
      expect(again.err).toContain("every guest is managed by the state");
      } finally {
        await ws.run(["state", "rm", "xen_domain.hand_a", "xen_domain.hand_b"]);
        ws.write("adopted.tf", "");
      }
    });

    it("import-host --format json and typescript carry the same guest (JSON: the import list too)", async () => {
      const j = await cli(["import-host", "--host", "h1", "--dir", ws.dir, "--format", "json"], { env: env() });
      expect(j.code, j.err).toBe(2);
      const doc = JSON.parse(j.out);
      expect(doc.import).toEqual(expect.arrayContaining([{ to: "xen_domain.hand_a", id: "h1/hand-a" }]));
      expect(doc.resource.xen_domain.hand_a).toMatchObject({ host: "h1", name: "hand-a", type: "pv", memory: 192, vcpus: 2, disk: [{ vdev: "xvda", target: "/img/hand-a.raw" }] });
      const ts = await cli(["import-host", "--host", "h1", "--dir", ws.dir, "--format", "typescript"], { env: env() });
      expect(ts.out).toContain('hand_a.importFrom("h1/hand-a");');
    });

    it("terraform plan -generate-config-out of an import writes config for xen_domain that plans clean", async () => {
      ws.write("import.tf", 'import {\n  to = xen_domain.gen_a\n  id = "h1/hand-a"\n}\nimport {\n  to = xen_domain.gen_b\n  id = "h1/hand-b"\n}\n');
      try {
        const gen = await ws.run(["plan", "-no-color", "-input=false", "-generate-config-out=generated.tf"]);
        expect(gen.code, gen.stdout + gen.stderr).toBe(0);
        const text = ws.read("generated.tf");
        expect(text).toContain('resource "xen_domain" "gen_a"');
        // No computed attribute is written back as an argument.
        for (const computed of ["effective_type", "domid", "uuid", "config", "id"]) expect(text).not.toMatch(new RegExp(`^\\s+${computed}\\s+=`, "m"));
        const { run, plan } = await ws.planJson();
        expect(run.code, run.stdout + run.stderr).toBe(0);
        const ours = plan.resource_changes.filter((c: any) => c.address.startsWith("xen_domain.gen_"));
        expect(ours.map((c: any) => [c.address, c.change.actions, !!c.change.importing])).toEqual([
          ["xen_domain.gen_a", ["no-op"], true], ["xen_domain.gen_b", ["no-op"], true],
        ]);
      } finally {
        ws.write("import.tf", "");
        ws.write("generated.tf", "");
      }
    });
  });
}
