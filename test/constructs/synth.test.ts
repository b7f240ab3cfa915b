// examples/arm-fleet synthesized: by the app itself (snapshot), through the cdktf
// CLI (validation errors and warnings as a user sees them), and the synth
// messages compared with what terraform's plan says for the same guests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App, TerraformStack, Testing } from "cdktf";
import { ArmGuestFleet, GuestType, XenHost } from "../../src/constructs";
import { ARM64_417, BIN, EXAMPLE, ROOT, fakeHostJson, plain, run } from "./helpers";

const work = mkdtempSync(join(tmpdir(), "cdk-synth-"));
const emptyRc = join(work, "empty.tfrc");
writeFileSync(emptyRc, "");
let hostJson: string;
beforeAll(() => { hostJson = fakeHostJson(); });
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(hostJson), { recursive: true, force: true });
});

/** Machine-specific paths out of a synthesized stack. */
const portable = (text: string) => text.split(ROOT).join("<repo>");

describe("examples/arm-fleet", () => {
  it("synthesizes the fleet (snapshot)", async () => {
    const out = join(work, "app.out");
    const r = await run(BIN("tsx"), ["main.ts"], { cwd: EXAMPLE, env: { XEN_HOST_JSON: hostJson, CDKTF_OUTDIR: out } });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(out, "stacks/arm-fleet/cdk.tf.json"), "utf8");
    await expect(portable(text)).toMatchFileSnapshot("__snapshots__/arm-fleet.cdk.tf.json");
    // The cdktf Testing matchers read the same output.
    expect(Testing.toHaveProvider(text, "xen")).toBe(true);
    expect(JSON.parse(text).provider.xen[0].host[0]).toMatchObject({
      name: "arm1", facts: { arch: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l" },
    });
    expect(Testing.toHaveResourceWithProperties(text, "xen_domain", {
      name: "cdk-web-0", host: "arm1", memory: 128, cmdline: "console=hvc0 rdinit=/init guest_ip=10.99.0.10", shutdown_timeout: 5,
      kernel: "/var/lib/xen-guests/cdk/vmlinuz", cloud_init: { user_data: "#cloud-config\nhostname: cdk-web-0\n" },
    })).toBe(true);
    // The private key stays a file() call for the engine; no type is written (Arm default).
    expect(text).toContain('"private_key": "${file(\\"/keys/id_ed25519\\")}"');
    expect(text).not.toContain('"type"');
  });

  it("`cdktf synth` of the fleet asking for hvm fails with the plan's message; pv warns", async () => {
    const env = { XEN_HOST_JSON: hostJson, TF_CLI_CONFIG_FILE: emptyRc };
    const hvm = await run(BIN("cdktf"), ["synth", "--output", join(work, "hvm.out")], { cwd: EXAMPLE, env: { ...env, XEN_TYPE: "hvm" } });
    expect(hvm.code).not.toBe(0);
    const said = plain(hvm.stdout + hvm.stderr);
    expect(said).toContain("[arm-fleet/web/cdk-web-0] type: HVM guests are not possible on Arm");
    expect(said).toContain("[arm-fleet/web/cdk-web-1] type: HVM guests are not possible on Arm");

    const pv = await run(BIN("cdktf"), ["synth", "--output", join(work, "pv.out")], { cwd: EXAMPLE, env: { ...env, XEN_TYPE: "pv" } });
    expect(pv.code, pv.stderr).toBe(0);
    expect(plain(pv.stdout)).toContain("WARN [arm-fleet/web/cdk-web-0]: type: This Arm guest will run as PVH, not PV");
  });
});

describe("synth and plan say the same thing", () => {
  let rc: string;
  beforeAll(async () => {
    const env = await run("bash", [join(ROOT, "scripts/cdktf-env.sh")], { env: { CDKTF_XEN_MIRROR: join(work, "mirror") } });
    expect(env.code, env.stderr).toBe(0);
    rc = /TF_CLI_CONFIG_FILE=(\S+)/.exec(env.stdout)![1];
  });

  /** Synthesize without validation (as `skipValidation` would), then plan with terraform. */
  async function plan(type: GuestType) {
    const outdir = join(work, `plan-${type}`);
    const app = new App({ outdir, skipValidation: true });
    const stack = new TerraformStack(app, "s");
    const host = new XenHost(stack, "arm1", { facts: ARM64_417 }); // plan-only: no address, no SSH
    new ArmGuestFleet(stack, "f", { hosts: [host], count: 1, namePrefix: "cdk-plan", memoryMib: 128, kernel: "/k", type });
    app.synth();
    const dir = join(outdir, "stacks/s");
    const env = { TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: "1" };
    const init = await run("terraform", ["init", "-input=false", "-no-color"], { cwd: dir, env });
    expect(init.code, init.stderr).toBe(0);
    const p = await run("terraform", ["plan", "-input=false", "-no-color"], { cwd: dir, env });
    return { code: p.code, text: p.stdout + p.stderr };
  }

  it.each([
    { type: GuestType.HVM, fails: true, summary: "Error: HVM guests are not possible on Arm" },
    { type: GuestType.PV, fails: false, summary: "Warning: This Arm guest will run as PVH, not PV" },
  ])("type $type", async ({ type, fails, summary }) => {
    const p = await plan(type);
    expect(p.code !== 0).toBe(fails);
    expect(p.text).toContain(summary);
    // …and synth, validating, says it with the same words.
    const { stack, hosts } = (() => {
      const app = Testing.app();
      const s = new TerraformStack(app, "s");
      return { stack: s, hosts: [new XenHost(s, "arm1", { facts: ARM64_417 })] };
    })();
    new ArmGuestFleet(stack, "f", { hosts, count: 1, namePrefix: "cdk-plan", memoryMib: 128, kernel: "/k", type });
    const synthSays = stack.node.findAll().flatMap((c) => c.node.metadata.map((m) => String(m.data)))
      .concat(stack.node.findAll().flatMap((c) => c.node.validate()));
    expect(synthSays.some((m) => m.includes(summary.replace(/^(Error|Warning): /, "")))).toBe(true);
  });
});
