// examples/arm-fleet deployed for real, with each CLI a user has: CDK Terrain's `cdktn`
// (cdktn-cli on Node 22, the example's imports switched to `cdktn` and the `cdktn-xen`
// build) and CDK for Terraform's `cdktf` (deprecated, kept working): deploy, diff, destroy
// against the emulated Arm64 Xen 4.17 host (testhost/testhost.sh), offline, with the locally
// built provider from a filesystem mirror (scripts/cdktf-env.sh).
// The host is shared: guests get a unique `<cli>-<random>` prefix and are removed at the end
// whatever happens; the host is never stopped here.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { required } from "../harness/required";
import { BIN, EXAMPLE, ROOT, plain, run } from "./helpers";

const TESTHOST = join(ROOT, "testhost/testhost.sh");
const HOST = "arm64-4.17";
const work = mkdtempSync(join(tmpdir(), "cdk-e2e-"));
let hostJson = "";
let mirrorEnv: Record<string, string> = {};

const xl = async (cmd: string) => {
  const r = await run(TESTHOST, ["ssh", HOST, cmd], { timeoutMs: 60_000 });
  return r.stdout;
};

/** cdktn-cli and its Node 22, from scripts/ensure-cdktn.sh (run by scripts/test.sh through setup.sh). */
const node22 = process.env.CDKTF_XEN_NODE22 ?? "";
const cdktnCli = process.env.CDKTF_XEN_CDKTN ?? "";
const haveCdktn = required("CDK Terrain's CLI with a Node 22 (the cdktn deploy)", Boolean(node22 && cdktnCli),
  "CDKTF_XEN_SKIP_CDKTN", "CDKTF_XEN_NODE22 / CDKTF_XEN_CDKTN are not set: eval \"$(scripts/setup.sh cdktn)\"");

beforeAll(async () => {
  const up = await run(TESTHOST, ["up", HOST], { timeoutMs: 600_000 });
  if (up.code !== 0) throw new Error(`testhost.sh up ${HOST} failed:\n${up.stderr.slice(-2000)}`);
  hostJson = join(work, "host.json");
  writeFileSync(hostJson, up.stdout.trim().split("\n").pop()!);
  const e = await run("bash", [join(ROOT, "scripts/cdktf-env.sh")], { env: { CDKTF_XEN_MIRROR: join(work, "mirror") } });
  if (e.code !== 0) throw new Error(e.stderr);
  mirrorEnv = { TF_CLI_CONFIG_FILE: /TF_CLI_CONFIG_FILE=(\S+)/.exec(e.stdout)![1] };
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Cli {
  name: "cdktn" | "cdktf";
  /** The example as this CLI's project directory. */
  prepare(app: string): Promise<void>;
  /** The command line of the CLI. */
  argv(args: string[]): [string, string[]];
  /** Environment beyond the mirror's (PATH with the CLI's node first). */
  env(): Record<string, string>;
}

/** The example's tsconfig, pointed at this repository's files. */
function exampleTsconfig(app: string, paths: Record<string, string>) {
  const tsconfig = readFileSync(join(app, "tsconfig.json"), "utf8")
    .replace(/"paths": \{[^}]*\}/, `"paths": ${JSON.stringify(Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, [v]])))}`)
    .replace('"../../node_modules/@types"', JSON.stringify(join(ROOT, "node_modules/@types")));
  writeFileSync(join(app, "tsconfig.json"), tsconfig);
}

const CLIS: Cli[] = [
  {
    name: "cdktn",
    async prepare(app) {
      // The cdktn build of the constructs (the same sources, importing cdktn).
      const b = await run("node", [join(ROOT, "scripts/build-constructs.mjs"), "cdktn"], { timeoutMs: 300_000 });
      if (b.code !== 0) throw new Error(b.stderr);
      writeFileSync(join(app, "main.ts"), readFileSync(join(app, "main.ts"), "utf8")
        .replace('from "cdktf";', 'from "cdktn";').replace('from "cdktf-xen";', 'from "cdktn-xen";'));
      exampleTsconfig(app, { "cdktn-xen": join(ROOT, "build/cdktn-xen/lib/constructs/index") });
    },
    argv: (args) => [node22, [cdktnCli, ...args]],
    env: () => ({ PATH: `${dirname(node22)}:${process.env.PATH}` }),
  },
  {
    name: "cdktf",
    async prepare(app) {
      exampleTsconfig(app, { "cdktf-xen": join(ROOT, "src/constructs/index.ts") });
    },
    argv: (args) => [BIN("cdktf"), args],
    env: () => ({}),
  },
];

describe.each(CLIS)("$name deploy / diff / destroy of examples/arm-fleet on a real Arm64 Xen 4.17 host", (cli) => {
  const skip = cli.name === "cdktn" && !haveCdktn;
  const prefix = `${cli.name}-${Math.random().toString(36).slice(2, 7)}`;
  const app = join(work, `arm-fleet-${cli.name}`);
  const timings: Record<string, number> = {};
  const ourGuests = async () => (await xl("xl list")).split("\n").map((l) => l.split(/\s+/)[0]).filter((n) => n.startsWith(`${prefix}-`));
  const cdk = (...args: string[]) => {
    const [cmd, argv] = cli.argv(args);
    return run(cmd, argv, { cwd: app, env: { ...mirrorEnv, ...cli.env(), XEN_HOST_JSON: hostJson, XEN_PREFIX: prefix, XEN_COUNT: "2" }, timeoutMs: 240_000 });
  };

  beforeAll(async () => {
    if (skip) return;
    // The example, as its own project directory (its state file lands here, not in the repo).
    cpSync(EXAMPLE, app, { recursive: true, filter: (p) => !/cdktf\.out|\.tfstate/.test(p) });
    symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"));
    await cli.prepare(app);
  }, 600_000);

  afterAll(async () => {
    if (skip) return;
    console.log(`${cli.name} e2e timings (s): ${JSON.stringify(timings)}`);
    // Whatever happened above: none of our guests stays on the shared host.
    const left = await ourGuests().catch(() => []);
    for (const name of left) await xl(`xl destroy ${name}`);
    if (left.length) console.warn(`e2e cleanup destroyed leftover guests: ${left.join(", ")}`);
  }, 120_000);

  it.skipIf(skip)("deploys the fleet: guests run as PVH", async () => {
    const r = await cdk("deploy", "--auto-approve", "--skip-provider-lock", "--outputs-file", join(app, "outputs.json"));
    timings.deploy = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("Apply complete! Resources: 3 added");
    const out = JSON.parse(readFileSync(join(app, "outputs.json"), "utf8"))["arm-fleet"];
    expect(out.host).toEqual({ arch: "aarch64", xen_version: "4.17.7", supported_types: ["pvh"] });
    expect(Object.keys(out.guests)).toEqual([`${prefix}-web-0`, `${prefix}-web-1`]);
    for (const [n, g] of Object.values<any>(out.guests).entries()) {
      // Apply waited for each guest's address: the one its init took, seen in dom0's neighbour table.
      expect(g).toMatchObject({ host: "arm1", effective_type: "pvh", ipv4_addresses: [`10.99.0.1${n}`] });
      expect(typeof g.domid).toBe("number");
      // What libxl recorded for the running domain.
      expect((await xl(`xenstore-read /libxl/${g.domid}/type`)).trim()).toBe("pvh");
    }
    expect((await ourGuests()).sort()).toEqual([`${prefix}-web-0`, `${prefix}-web-1`]);
    // The kernel came from this machine, once for the host; each guest has its seed.
    expect((await xl(`sha256sum /var/lib/xen-guests/${prefix}/vmlinuz`)).split(" ")[0]).toBe(
      createHash("sha256").update(readFileSync(JSON.parse(readFileSync(hostJson, "utf8")).guest_kernel_local)).digest("hex"));
    expect((await xl(`ls /etc/xen/cdktf-xen/ | grep -c '^${prefix}-web-.*cidata.iso$'`)).trim()).toBe("2");
  }, 300_000); // the CLI itself may take up to 240 s (see cdk() above) on a loaded 2-core machine

  it.skipIf(skip)("diff shows no changes", async () => {
    const r = await cdk("diff", "--skip-provider-lock");
    timings.diff = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("No changes. Your infrastructure matches the configuration.");
    // The project's report CLI reads this CLI's stack as it reads any: no drift, per host.
    const drift = await run(join(ROOT, "bin/cdktf-xen"), ["drift", "--dir", join(app, "cdktf.out/stacks/arm-fleet"), "--format", "json"],
      { env: { ...mirrorEnv, XEN_HOST_JSON: hostJson, XEN_PREFIX: prefix, XEN_COUNT: "2" }, timeoutMs: 240_000 });
    expect(drift.code, drift.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(drift.stdout)).toMatchObject({ status: "clean", summary: { guests: 2, drifted: 0 } });
  }, 300_000);

  it.skipIf(skip)("destroys the fleet", async () => {
    const r = await cdk("destroy", "--auto-approve", "--skip-provider-lock");
    timings.destroy = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("Destroy complete! Resources: 3 destroyed.");
    expect((await xl(`ls /var/lib/xen-guests/${prefix}/ /etc/xen/cdktf-xen/ 2>&1 | grep -c '^${prefix}-\\|vmlinuz' || true`)).trim()).toBe("0");
    expect(await ourGuests()).toEqual([]);
  }, 300_000);
});
