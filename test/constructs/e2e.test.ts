// examples/arm-fleet deployed for real: `cdktf deploy`, `cdktf diff`, `cdktf destroy`
// against the emulated Arm64 Xen 4.17 host (testhost/testhost.sh), offline, with
// the locally built provider from a filesystem mirror (scripts/cdktf-env.sh).
// The host is shared: guests get a unique `cdk-<random>` prefix and are removed at
// the end whatever happens; the host is never stopped here.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, EXAMPLE, ROOT, plain, run } from "./helpers";

const TESTHOST = join(ROOT, "testhost/testhost.sh");
const HOST = "arm64-4.17";
const prefix = `cdk-${Math.random().toString(36).slice(2, 7)}`;
const work = mkdtempSync(join(tmpdir(), "cdk-e2e-"));
const app = join(work, "arm-fleet");
let env: Record<string, string> = {};
const timings: Record<string, number> = {};

const xl = async (cmd: string) => {
  const r = await run(TESTHOST, ["ssh", HOST, cmd], { timeoutMs: 60_000 });
  return r.stdout;
};
const ourGuests = async () => (await xl("xl list")).split("\n").map((l) => l.split(/\s+/)[0]).filter((n) => n.startsWith(`${prefix}-`));
const cdktf = (...args: string[]) => run(BIN("cdktf"), args, { cwd: app, env, timeoutMs: 240_000 });

beforeAll(async () => {
  const up = await run(TESTHOST, ["up", HOST], { timeoutMs: 600_000 });
  if (up.code !== 0) throw new Error(`testhost.sh up ${HOST} failed:\n${up.stderr.slice(-2000)}`);
  const hostJson = join(work, "host.json");
  writeFileSync(hostJson, up.stdout.trim().split("\n").pop()!);

  const e = await run("bash", [join(ROOT, "scripts/cdktf-env.sh")], { env: { CDKTF_XEN_MIRROR: join(work, "mirror") } });
  if (e.code !== 0) throw new Error(e.stderr);
  env = { TF_CLI_CONFIG_FILE: /TF_CLI_CONFIG_FILE=(\S+)/.exec(e.stdout)![1], XEN_HOST_JSON: hostJson, XEN_PREFIX: prefix, XEN_COUNT: "2" };

  // The example, as its own project directory (its state file lands here, not in the repo).
  cpSync(EXAMPLE, app, { recursive: true, filter: (p) => !/cdktf\.out|\.tfstate/.test(p) });
  const tsconfig = readFileSync(join(app, "tsconfig.json"), "utf8")
    .replace('"../../src/constructs/index.ts"', JSON.stringify(join(ROOT, "src/constructs/index.ts")))
    .replace('"../../node_modules/@types"', JSON.stringify(join(ROOT, "node_modules/@types")));
  writeFileSync(join(app, "tsconfig.json"), tsconfig);
  symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"));
}, 600_000);

afterAll(async () => {
  console.log(`cdktf e2e timings (s): ${JSON.stringify(timings)}`);
  // Whatever happened above: none of our guests stays on the shared host.
  const left = await ourGuests().catch(() => []);
  for (const name of left) await xl(`xl destroy ${name}`);
  if (left.length) console.warn(`e2e cleanup destroyed leftover guests: ${left.join(", ")}`);
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe("cdktf deploy / diff / destroy of examples/arm-fleet on a real Arm64 Xen 4.17 host", () => {
  it("deploys the fleet: guests run as PVH", async () => {
    const r = await cdktf("deploy", "--auto-approve", "--skip-provider-lock", "--outputs-file", join(work, "outputs.json"));
    timings.deploy = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("Apply complete! Resources: 2 added");
    const out = JSON.parse(readFileSync(join(work, "outputs.json"), "utf8"))["arm-fleet"];
    expect(out.host).toEqual({ arch: "aarch64", xen_version: "4.17.7", supported_types: ["pvh"] });
    expect(Object.keys(out.guests)).toEqual([`${prefix}-web-0`, `${prefix}-web-1`]);
    for (const g of Object.values<any>(out.guests)) {
      expect(g).toMatchObject({ host: "arm1", effective_type: "pvh" });
      expect(typeof g.domid).toBe("number");
      // What libxl recorded for the running domain.
      expect((await xl(`xenstore-read /libxl/${g.domid}/type`)).trim()).toBe("pvh");
    }
    expect((await ourGuests()).sort()).toEqual([`${prefix}-web-0`, `${prefix}-web-1`]);
  }, 300_000); // cdktf itself may take up to 240 s (see cdktf() above) on a loaded 2-core machine

  it("diff shows no changes", async () => {
    const r = await cdktf("diff", "--skip-provider-lock");
    timings.diff = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("No changes. Your infrastructure matches the configuration.");
  });

  it("destroys the fleet", async () => {
    const r = await cdktf("destroy", "--auto-approve", "--skip-provider-lock");
    timings.destroy = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("Destroy complete! Resources: 2 destroyed.");
    expect(await ourGuests()).toEqual([]);
  }, 300_000);
});
