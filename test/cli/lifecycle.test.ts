// LIFECYCLE TESTS (stand-in xl): cdktf-xen's reports on what a real engine (terraform,
// and tofu where available) records while driving the built provider over a real sshd on
// loopback whose `xl` is a STAND-IN (test/harness/fake-xen). They show that drift, audit
// and upgrade read the engine's plan and state JSON right; they are not evidence of
// fidelity to Xen (the tests on a real emulated Xen host are separate).
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, providerBlock, ROOT, Workspace, type Engine } from "../engine/engine";

const BIN = join(ROOT, "bin", "cdktf-xen");
const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;
const X86 = { machine: "x86_64", xen_version: "4.17.7", xen_caps: "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64", virt_caps: "pv hvm hap shadow" } as const;
const KERNEL = "/var/lib/xen-guests/vmlinuz";
const FORMATS = ["text", "markdown", "json"] as const;

const guest = (id: string, host: string, attrs: string) => `
resource "xen_domain" "${id}" {
  host             = "${host}"
  kernel           = "${KERNEL}"
  shutdown_timeout = 0
${attrs}
}
`;

interface Cli { code: number; out: string; err: string }

function cli(engine: Engine, ws: Workspace, args: string[]): Promise<Cli> {
  return new Promise((resolve) => {
    execFile(BIN, args, {
      cwd: ws.dir,
      env: { ...process.env, TF_CLI_CONFIG_FILE: join(ws.dir, "dev.tfrc"), TERRAFORM_BINARY_NAME: engine.path, NO_COLOR: "1" },
      maxBuffer: 64 << 20,
    }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0, out: stdout, err: stderr });
    });
  });
}

for (const engine of engines()) {
  describe(`cdktf-xen reports with ${engine.name} (lifecycle tests, stand-in xl)`, () => {
    let x86: SshHost;
    let arm: SshHost;
    let ws: Workspace;
    const hosts = () => [
      { name: "h1", port: x86.port, keyFile: x86.privateKeyFile, hostKey: x86.hostKey },
      { name: "h2", port: arm.port, keyFile: arm.privateKeyFile, hostKey: arm.hostKey },
    ];
    const fleet = () => providerBlock(hosts())
      + guest("web", "h1", `  name = "web-1"\n  memory = 128`)
      + guest("db", "h1", `  name = "db-1"\n  memory = 128`)
      + guest("p", "h1", `  name = "p-1"\n  type = "p"\n  memory = 64`)
      + guest("arm", "h2", `  name = "arm-web"\n  type = "pv"\n  memory = 128`)
      + `data "xen_host" "h1" { name = "h1" }\ndata "xen_host" "h2" { name = "h2" }\n`;
    const ssh = (h: SshHost, cmd: string, input?: string) => execFileSync("ssh", [...h.sshArgs(), cmd], { input, stdio: ["pipe", "pipe", "pipe"] });
    const xlCreate = (h: SshHost, cfg: string) => ssh(h, "cat > /tmp/oob.cfg && xl create /tmp/oob.cfg", cfg);

    /** A refresh-only plan recorded by the engine, then the report in each format from that file. */
    async function drift(): Promise<Record<(typeof FORMATS)[number], Cli>> {
      const { run } = await ws.planJson(["-refresh-only"]);
      expect(run.code, run.stderr).toBe(0);
      ws.write("drift.json", (await ws.run(["show", "-json", "tfplan"])).stdout);
      const out: any = {};
      for (const f of FORMATS) out[f] = await cli(engine, ws, ["drift", "--plan-json", "drift.json", "--format", f]);
      return out;
    }

    beforeAll(async () => {
      ensureBuilt();
      [x86, arm] = await Promise.all([startSshHost({ facts: X86 }), startSshHost({ facts: ARM })]);
      ws = new Workspace(engine);
    });
    afterAll(async () => {
      await Promise.all([x86?.stop(), arm?.stop()]);
      ws?.remove();
    });

    it("a fleet as applied: no drift (exit 0); --dir runs the engine itself", async () => {
      ws.write("main.tf", fleet());
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      const r = await drift();
      expect(r.text.code, r.text.err).toBe(0);
      expect(r.text.out).toBe("No drift: 4 guests as recorded.\n");
      expect(r.markdown.code).toBe(0);
      expect(r.markdown.out).toMatch(/^### ✅ Xen guests: no drift/);
      expect(r.json.code).toBe(0);
      expect(JSON.parse(r.json.out)).toMatchObject({ status: "clean", summary: { guests: 4, drifted: 0 }, hosts: [] });
      const dir = await cli(engine, ws, ["drift", "--dir", ws.dir, "--format", "json"]);
      expect(dir.code, dir.err).toBe(0);
      expect(JSON.parse(dir.out).status).toBe("clean");
    });

    it("an unmanaged guest (not in state) is not drift of a managed guest", async () => {
      xlCreate(x86, `name = "hand-made"\nkernel = "${KERNEL}"\nmemory = 256\n`);
      const r = await drift();
      for (const f of FORMATS) {
        expect(r[f].code, `${f}: ${r[f].out}${r[f].err}`).toBe(0);
        expect(r[f].out).not.toContain("hand-made");
      }
      const dir = await cli(engine, ws, ["drift", "--dir", ws.dir]);
      expect(dir.code, dir.err).toBe(0);
    });

    it("out-of-band xl destroy: the guest shows as (gone), exit 2", async () => {
      const { domid } = ws.resource("xen_domain.web");
      ssh(x86, `xl destroy ${domid}`);
      const r = await drift();
      expect(r.text.code).toBe(2);
      expect(r.text.out).toMatch(/^Drift: 1 of 4 guests on 1 host: 1 gone\.\n/);
      expect(r.text.out).toMatch(new RegExp(`\\nhost h1\\n.*\\n\\s+web-1\\s+\\(guest\\)\\s+pv, 128 MiB, domid ${domid}\\s+\\(gone\\)\\n`));
      expect(r.text.out).not.toContain("hand-made");
      expect(r.markdown.code).toBe(2);
      expect(r.markdown.out).toContain(`| \`web-1\` | (guest) | pv, 128 MiB, domid ${domid} | **(gone)** |`);
      expect(r.markdown.out).toContain("**Summary:** Drift: 1 of 4 guests on 1 host: 1 gone.");
      expect(r.json.code).toBe(2);
      const j = JSON.parse(r.json.out);
      expect(j.hosts).toEqual([{ host: "h1", guests: [expect.objectContaining({ address: "xen_domain.web", name: "web-1", status: "gone", effective_type_changed: false, domid: { declared: domid, actual: null } })] }]);
      // The engine path agrees.
      const dir = await cli(engine, ws, ["drift", "--dir", ws.dir, "--format", "json"]);
      expect(dir.code).toBe(2);
      expect(JSON.parse(dir.out).summary).toMatchObject({ drifted: 1, gone: 1 });
      // Apply puts it back; clean again.
      expect((await ws.apply()).code).toBe(0);
      expect((await drift()).text.code).toBe(0);
    });

    it("out-of-band re-create (its uuid kept) with another type and memory: effective_type first and flagged, exit 2", async () => {
      const before = ws.resource("xen_domain.db");
      ssh(x86, `xl destroy ${before.domid}`);
      xlCreate(x86, `name = "db-1"\nuuid = "${before.uuid}"\ntype = "pvh"\nkernel = "${KERNEL}"\nmemory = 64\n`);
      const now = x86.domains().find((d: any) => d.name === "db-1");
      const r = await drift();
      expect(r.text.code).toBe(2);
      expect(r.text.out).toMatch(/^Drift: 1 of 4 guests on 1 host: 1 re-created out of band\. 1 running as another type \(!\)\.\n/);
      const rows = r.text.out.split("\n").filter((l) => /^\s{2}\S|^\s{4,}/.test(l));
      expect(rows[1]).toMatch(/^\s+db-1\s+effective_type \(!\)\s+pv\s+pvh$/);
      expect(r.text.out).toMatch(/\n\s+memory\s+128\s+64\n/);
      expect(r.text.out).toMatch(new RegExp(`\\(re-created out of band\\)\\s+domid ${before.domid}\\s+domid ${now.domid}`));
      expect(r.text.out).not.toContain("hand-made");
      expect(r.markdown.code).toBe(2);
      expect(r.markdown.out).toContain("| `db-1` | **effective_type** ⚠️ | `pv` | `pvh` |");
      expect(r.markdown.out).toContain(`|  | (re-created out of band) | domid ${before.domid} | domid ${now.domid} |`);
      expect(r.json.code).toBe(2);
      const g = JSON.parse(r.json.out).hosts[0].guests[0];
      expect(g).toMatchObject({ name: "db-1", status: "recreated", effective_type_changed: true, uuid: { declared: before.uuid, actual: now.uuid } });
      expect(g.changes[0]).toEqual({ attribute: "effective_type", declared: "pv", actual: "pvh" });
      expect(g.changes.map((c: any) => c.attribute)).toContain("memory");
      // The plan replaces it (effective type pvh → pv); then clean.
      const apply = await ws.apply();
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      expect(ws.resource("xen_domain.db")).toMatchObject({ effective_type: "pv", memory: 128 });
      expect((await drift()).json.code).toBe(0);
    });

    it("out-of-band re-create (its uuid kept) with another memory only: not a type change", async () => {
      const before = ws.resource("xen_domain.web");
      ssh(x86, `xl destroy ${before.domid}`);
      xlCreate(x86, `name = "web-1"\nuuid = "${before.uuid}"\nkernel = "${KERNEL}"\nmemory = 96\n`);
      const r = await drift();
      expect(r.text.code).toBe(2);
      expect(r.text.out).toMatch(/^Drift: 1 of 4 guests on 1 host: 1 re-created out of band\.\n/);
      expect(r.text.out).not.toContain("(!)");
      expect(r.text.out).toMatch(/web-1\s+memory\s+128\s+96\n/);
      expect(r.markdown.code).toBe(2);
      expect(r.markdown.out).toContain("| `web-1` | memory | `128` | `96` |");
      expect(r.markdown.out).not.toContain("⚠️ |");
      expect(r.json.code).toBe(2);
      expect(JSON.parse(r.json.out).hosts[0].guests[0]).toMatchObject({ name: "web-1", status: "recreated", effective_type_changed: false });
      expect((await ws.apply()).code).toBe(0);
    });

    it("audit of the state: Arm pv running as pvh and the abbreviation `p`, exit 2", async () => {
      const r: any = {};
      for (const f of FORMATS) r[f] = await cli(engine, ws, ["audit", "--dir", ws.dir, "--format", f]);
      expect(r.text.code, r.text.err).toBe(2);
      expect(r.text.out).toMatch(/^2 guests of 4 written/);
      expect(r.text.out).toMatch(/host h2\n.*\n\s+arm-web\s+pv\s+pvh\s+type = "pvh" \(or remove type\)/);
      expect(r.text.out).toMatch(/host h1\n.*\n\s+p-1\s+p\s+pv\s+type = "pv" \(or remove type\)/);
      expect(r.markdown.code).toBe(2);
      expect(r.markdown.out).toContain("| `arm-web` | `pv` | `pvh` |");
      expect(r.json.code).toBe(2);
      const j = JSON.parse(r.json.out);
      expect(j.findings.map((f: any) => [f.host, f.name, f.reasons, f.fix.type])).toEqual([
        ["h1", "p-1", ["abbreviation"], "pv"],
        ["h2", "arm-web", ["converted"], "pvh"],
      ]);
    });

    it("upgrade: facts from the xen_host data sources; 4.20 changes nothing, 4.11 turns the Arm guest back to pv", async () => {
      let r = await cli(engine, ws, ["upgrade", "--xen-version", "4.20", "--dir", ws.dir]);
      expect(r.code, r.out + r.err).toBe(0);
      expect(r.out).toMatch(/^Xen 4.20: no change for the 4 guests\./);
      r = await cli(engine, ws, ["upgrade", "--xen-version", "4.11", "--dir", ws.dir, "--host", "h2", "--format", "json"]);
      expect(r.code).toBe(2);
      const j = JSON.parse(r.out);
      expect(j.hosts).toHaveLength(1);
      expect(j.hosts[0]).toMatchObject({ host: "h2", arch: "aarch64", from: "4.17.7", to: "4.11", facts_source: "xen_host data source" });
      expect(j.hosts[0].guests[0]).toMatchObject({ name: "arm-web", effective_type_changed: true, from: { effective_type: "pvh" }, to: { effective_type: "pv" } });
      expect(j.hosts[0].guests[0].lost_warnings.map((w: any) => w.summary)).toEqual(["This Arm guest will run as PVH, not PV"]);
      r = await cli(engine, ws, ["upgrade", "--xen-version", "4.11", "--dir", ws.dir, "--host", "h2", "--format", "markdown"]);
      expect(r.out).toContain("| `arm-web` | `pvh` → `pv` | effective type pvh → pv<br>- warning: type: This Arm guest will run as PVH, not PV |");
    });

    it("a host whose declared facts are wrong: the plan works without SSH, apply fails before creating anything", async () => {
      const ws2 = new Workspace(engine);
      try {
        const wrong = `    facts {\n      arch        = "aarch64"\n      xen_version = "4.20.1"\n      xen_caps    = "${ARM.xen_caps}"\n    }\n`;
        ws2.write("main.tf", providerBlock([{ name: "h2", port: arm.port, keyFile: arm.privateKeyFile, hostKey: arm.hostKey, facts: wrong }])
          + guest("n", "h2", `  name = "new-1"\n  type = "pv"\n  memory = 64`));
        arm.clearCommands();
        const { run, plan } = await ws2.planJson();
        expect(run.code, run.stderr).toBe(0);
        expect(arm.commands()).toEqual([]); // planned from the declared facts alone
        ws2.write("plan.json", JSON.stringify(plan));
        // The PR-time reports on that plan: audit flags the pv guest; upgrade takes the facts block.
        const audit = await cli(engine, ws2, ["audit", "--plan-json", "plan.json", "--format", "json"]);
        expect(audit.code).toBe(2);
        expect(JSON.parse(audit.out).findings[0]).toMatchObject({ name: "new-1", fix: { type: "pvh", or_remove_type: true } });
        const up = await cli(engine, ws2, ["upgrade", "--xen-version", "4.11", "--plan-json", "plan.json", "--format", "json"]);
        expect(JSON.parse(up.out).hosts[0]).toMatchObject({ facts_source: "provider facts block", from: "4.20.1" });

        const apply = await ws2.apply();
        expect(apply.code).toBe(1);
        expect(diagnostics(apply.stdout + apply.stderr, "Error")).toContain('Host "h2" does not match its declared facts');
        expect(apply.stdout + apply.stderr).toMatch(/xen_version is 4\.17\.7, declared 4\.20\.1/);
        expect(arm.commands().filter((c) => /\bxl create\b/.test(c))).toEqual([]);
        expect(arm.domains().map((d: any) => d.name)).not.toContain("new-1");
        expect(ws2.resource("xen_domain.n")).toBeUndefined();
        // Nothing was created, so nothing drifted: the report says so in every format.
        for (const f of FORMATS) {
          const r = await cli(engine, ws2, ["drift", "--dir", ws2.dir, "--format", f]);
          expect(r.code, r.err).toBe(0);
          if (f === "text") expect(r.out).toBe("No drift: 0 guests as recorded.\n");
          if (f === "markdown") expect(r.out).toMatch(/^### ✅ Xen guests: no drift/);
          if (f === "json") expect(JSON.parse(r.out)).toMatchObject({ status: "clean", summary: { guests: 0 } });
        }
      } finally {
        ws2.remove();
      }
    });

    it("an engine failure under --dir is an error (exit 1) in every format, never a clean report", async () => {
      const ws3 = new Workspace(engine, { "main.tf": providerBlock(hosts()) + `resource "xen_domain" "x" {\n  host = "nowhere"\n  name = "x"\n  kernel = "${KERNEL}"\n  memory = 64\n}\n` });
      try {
        // Make state so refresh has something to read on an unknown host.
        ws3.write("terraform.tfstate", JSON.stringify({
          version: 4, terraform_version: "1.11.4", serial: 1, lineage: "00000000-0000-0000-0000-000000000000", outputs: {},
          resources: [{ mode: "managed", type: "xen_domain", name: "x", provider: `provider["registry.terraform.io/xen-cdk/xen"]`,
            instances: [{ schema_version: 0, attributes: { id: "nowhere/x", host: "nowhere", name: "x", kernel: KERNEL, memory: 64, uuid: "u", domid: 1 } }] }],
        }));
        for (const f of FORMATS) {
          const r = await cli(engine, ws3, ["drift", "--dir", ws3.dir, "--format", f]);
          expect(r.code, `${f}: ${r.out}${r.err}`).toBe(1);
          expect(r.err).toMatch(/cdktf-xen drift: `.*plan -refresh-only` failed \(exit 1\)/);
          if (f === "json") expect(JSON.parse(r.out)).toMatchObject({ status: "error", error: { diagnostics: [expect.any(String)] } });
          if (f === "markdown") expect(r.out).toMatch(/^### ❌ cdktf-xen drift failed/);
        }
      } finally {
        ws3.remove();
      }
    });
  });
}
