// The one package a user installs, as a user would: `npm pack` of the repository,
// installed into a fresh app outside it (next to cdktf, constructs and cdktf-cli from
// the registry), `npx cdktf-xen provider install`, then `cdktf synth`, and `cdktf
// deploy`/`destroy` offline on the emulated Arm64 host with terraform finding the
// provider in its implied local mirror — no CLI configuration. Also: the Python wheel
// made from the package's assembly, in a fresh virtualenv and app, and `npx cdktf
// synth` at the repository root (which is a cdktf app: the Arm fleet example).
import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../engine/engine";
import { BIN, ROOT, fakeHostJson, plain, run } from "./helpers";
import { required } from "../harness/required";

const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const TESTHOST = join(ROOT, "testhost/testhost.sh");
const HOST = "arm64-4.17";
const work = mkdtempSync(join(tmpdir(), "cdk-pkg-"));
const app = join(work, "app"); // the user's app: outside the repository, its own node_modules
const home = join(work, "home"); // the user's HOME: ~/.terraform.d/plugins is terraform's and tofu's implied mirror
const prefix = `pkg-${Math.random().toString(36).slice(2, 7)}`;
const timings: Record<string, number> = {};
let tarball: string;
let packed: string[] = [];
let deployed = false;

/** The versions the repository installed, so npm finds them in its cache. */
const installed = (name: string) => JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")).version as string;
/** What a user's shell has: HOME is theirs, no CLI configuration (this machine's TF_CLI_CONFIG_FILE names a missing file). */
const userEnv = { HOME: home, TF_CLI_CONFIG_FILE: "", NPM_CONFIG_UPDATE_NOTIFIER: "false" };
const inApp = (cmd: string, args: string[], env: Record<string, string> = {}, timeoutMs = 240_000) =>
  run(cmd, args, { cwd: app, env: { ...userEnv, ...env }, timeoutMs });
const xl = async (cmd: string) => (await run(TESTHOST, ["ssh", HOST, cmd], { timeoutMs: 60_000 })).stdout;
const ourGuests = async () => (await xl("xl list")).split("\n").map((l) => l.split(/\s+/)[0]).filter((n) => n.startsWith(`${prefix}-`));

function pythonWithVenv(): string | null {
  try {
    execFileSync("python3", ["-c", "import venv, ensurepip"], { stdio: "ignore" });
    return "python3";
  } catch {
    return null;
  }
}
const python = required("Python 3 with venv (the Python wheel test)", pythonWithVenv() !== null, "CDKTF_XEN_SKIP_PYTHON",
  "python3 with venv and ensurepip is not installed (Debian: apt-get install python3-venv; scripts/test.sh installs it)") ? "python3" : null;

const MAIN_TS = `import { readFileSync } from "node:fs";
import { App, Fn, TerraformOutput, TerraformStack } from "cdktf";
import { ArmGuestFleet, XenArch, XenHost, domain } from "cdktf-xen";

const h = JSON.parse(readFileSync(process.env.XEN_HOST_JSON!, "utf8"));
const app = new App();
const stack = new TerraformStack(app, "fresh");
const arm1 = new XenHost(stack, "arm1", {
  address: h.address, port: h.port, user: h.user,
  privateKey: Fn.file(h.private_key_file), hostKey: h.host_key,
  facts: { arch: XenArch.AARCH64, xenVersion: h.xen_version, xenCaps: "xen-3.0-aarch64 xen-3.0-armv7l" },
});
const web = new ArmGuestFleet(stack, "web", {
  hosts: [arm1], count: 1, namePrefix: process.env.XEN_PREFIX ?? "fresh",
  kernel: h.guest_kernel, ramdisk: h.guest_ramdisk, cmdline: "console=hvc0 rdinit=/init",
  memoryMib: 128, shutdownTimeout: 5,
});
const guest: domain.Domain = web.guests[0];
new TerraformOutput(stack, "guest", { value: { name: guest.name, effective_type: guest.effectiveType, domid: guest.domid } });
app.synth();
`;

beforeAll(async () => {
  // prepack (scripts/package.mjs) builds bin/ and the jsii assembly first.
  const r = await run("npm", ["pack", "--json", "--pack-destination", work], { timeoutMs: 300_000 });
  if (r.code !== 0) throw new Error(`npm pack failed:\n${r.stderr.slice(-3000)}`);
  timings.pack = r.ms / 1000;
  const [info] = JSON.parse(r.stdout);
  tarball = join(work, info.filename);
  packed = info.files.map((f: { path: string }) => f.path);
}, 320_000);

afterAll(async () => {
  console.log(`package timings (s): ${JSON.stringify(timings)}`);
  if (deployed) {
    // Whatever happened: none of our guests stays on the shared host (which is never stopped here).
    const left = await ourGuests().catch(() => []);
    for (const name of left) await xl(`xl destroy ${name}`);
    if (left.length) console.warn(`package test cleanup destroyed leftover guests: ${left.join(", ")}`);
  }
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe("the npm package cdktf-xen", () => {
  it("is one tarball: constructs (compiled, with .jsii), the provider and the CLI, and no dependencies", () => {
    expect(PKG).toMatchObject({
      name: "cdktf-xen",
      main: "lib/constructs/index.js",
      types: "lib/constructs/index.d.ts",
      bin: { "terraform-provider-xen": "bin/terraform-provider-xen", "cdktf-xen": "bin/cdktf-xen" },
      peerDependencies: { cdktf: expect.any(String), constructs: expect.any(String) },
    });
    // The provider's own dependencies are inside its bundle: a user installs nothing for it.
    expect(PKG.dependencies).toBeUndefined();
    expect(packed).toEqual(expect.arrayContaining([
      "package.json", "README.md", ".jsii", "lib/constructs/index.js", "lib/constructs/index.d.ts",
      "lib/constructs/xen/domain/index.js", "lib/xen/index.js",
      "bin/terraform-provider-xen", "bin/provider.js", "bin/provider.cache", "bin/cdktf-xen",
    ]));
    // Compiled code only: no sources, no provider sources, no build info.
    expect(packed.filter((f) => /^src\/|\.ts$(?<!\.d\.ts)|tsbuildinfo/.test(f))).toEqual([]);
  });

  it("installs into a fresh app with cdktf from the registry; the app type-checks and synthesizes", async () => {
    mkdirSync(app, { recursive: true });
    let r = await inApp("npm", ["init", "-y"]);
    expect(r.code, r.stderr).toBe(0);
    // --prefer-offline: the repository's install filled npm's cache with these versions.
    r = await inApp("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball,
      "cdktf@0.21.0", `constructs@${installed("constructs")}`, "cdktf-cli@0.21.0",
      `tsx@${installed("tsx")}`, `typescript@${installed("typescript")}`, `@types/node@${installed("@types/node")}`,
    ], { HOME: process.env.HOME ?? home }, 600_000);
    expect(r.code, r.stderr.slice(-3000)).toBe(0);
    timings.npmInstall = r.ms / 1000;
    const dependencies = JSON.parse(readFileSync(join(app, "package.json"), "utf8")).dependencies;
    expect(dependencies["cdktf-xen"]).toMatch(/^file:.*cdktf-xen-0\.1\.0\.tgz$/);
    // Nothing of the repository is reachable: a real copy, with its own peers beside it.
    expect(lstatSync(join(app, "node_modules/cdktf-xen")).isSymbolicLink()).toBe(false);

    // `main` is compiled JavaScript.
    r = await inApp("node", ["-e", "const x = require('cdktf-xen'); console.log(Object.keys(x).sort().join(' '))"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split(" ")).toEqual(expect.arrayContaining(["ArmGuestFleet", "XenHost", "XenArch", "domain", "provider", "dataXenHost"]));

    writeFileSync(join(app, "main.ts"), MAIN_TS);
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify({
      compilerOptions: { target: "es2022", module: "commonjs", moduleResolution: "node", strict: true, skipLibCheck: true, types: ["node"], noEmit: true },
      include: ["main.ts"],
    }));
    writeFileSync(join(app, "cdktf.json"), JSON.stringify({
      language: "typescript", app: "npx tsx main.ts", sendCrashReports: "false", terraformProviders: [], terraformModules: [], context: {},
    }));
    // `types` resolves from node_modules, no `paths`.
    r = await inApp("npx", ["tsc", "-p", "."]);
    expect(r.code, r.stdout + r.stderr).toBe(0);

    r = await inApp("npx", ["cdktf", "synth"], { XEN_HOST_JSON: fakeHostJson() });
    timings.synth = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    const json = JSON.parse(readFileSync(join(app, "cdktf.out/stacks/fresh/cdk.tf.json"), "utf8"));
    expect(json.terraform.required_providers.xen).toEqual({ source: "xen-cdk/xen", version: "~> 0.1" });
    expect(Object.values<any>(json.resource.xen_domain).map((d) => [d.name, d.host, d.type])).toEqual([["fresh-0", "arm1", undefined]]);
  }, 700_000);

  it("`npx cdktf-xen provider install` puts the provider where terraform and tofu find it without any CLI configuration", async () => {
    const r = await inApp("npx", ["cdktf-xen", "provider", "install"]);
    expect(r.code, r.stderr).toBe(0);
    const mirror = join(home, ".terraform.d/plugins");
    expect(r.stdout).toBe(`export TF_CLI_CONFIG_FILE=${join(mirror, "cdktf-xen.tfrc")}\n`);
    expect(r.stderr).toContain(`provider xen-cdk/xen ${PKG.version} installed (copy) in ${mirror}`);
    for (const registry of ["registry.terraform.io", "registry.opentofu.org"]) {
      for (const platform of ["linux_amd64", "linux_arm64", "darwin_arm64", "darwin_amd64"]) {
        const dir = join(mirror, registry, "xen-cdk/xen", PKG.version, platform);
        expect(readdirSync(dir).sort()).toEqual(["liblzma.wasm", "provider.cache", "provider.js", `terraform-provider-xen_v${PKG.version}`]);
        // Copies: the mirror does not depend on the app's node_modules.
        expect(lstatSync(join(dir, `terraform-provider-xen_v${PKG.version}`)).isSymbolicLink()).toBe(false);
      }
    }
    expect(readFileSync(join(mirror, "cdktf-xen.tfrc"), "utf8")).toContain(`path    = ${JSON.stringify(mirror)}`);

    // Each engine, from the implied mirror (no CLI config), and then a mirror elsewhere
    // in link mode through the configuration the command prints.
    const linked = join(work, "linked-mirror");
    const l = await inApp("npx", ["cdktf-xen", "provider", "install", "--dir", linked, "--link"]);
    expect(l.code, l.stderr).toBe(0);
    const rc = /^export TF_CLI_CONFIG_FILE=(\S+)$/m.exec(l.stdout)![1];
    expect(realpathSync(join(linked, "registry.terraform.io/xen-cdk/xen", PKG.version, "linux_amd64", `terraform-provider-xen_v${PKG.version}`)))
      .toBe(realpathSync(join(app, "node_modules/cdktf-xen/bin/terraform-provider-xen")));
    for (const engine of engines()) {
      for (const [how, env] of [["implied mirror", {}], ["printed config", { TF_CLI_CONFIG_FILE: rc }]] as const) {
        const dir = join(work, `init-${engine.name}-${how.replace(" ", "-")}`);
        mkdirSync(dir);
        // The synthesized stack, without its backend (whose state is the app's).
        const stack = JSON.parse(readFileSync(join(app, "cdktf.out/stacks/fresh/cdk.tf.json"), "utf8"));
        delete stack.terraform.backend;
        writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(stack));
        const init = await run(engine.path, ["init", "-input=false", "-no-color"], { cwd: dir, env: { ...userEnv, ...env, TF_IN_AUTOMATION: "1" } });
        expect(init.code, `${engine.name} (${how}): ${init.stdout}${init.stderr}`).toBe(0);
        expect(init.stdout, `${engine.name} (${how})`).toContain(`Installed xen-cdk/xen v${PKG.version} (unauthenticated)`);
        const schema = await run(engine.path, ["providers", "schema", "-json"], { cwd: dir, env: { ...userEnv, ...env } });
        expect(schema.code, schema.stderr).toBe(0);
        const host = engine.name === "tofu" ? "registry.opentofu.org" : "registry.terraform.io";
        expect(Object.keys(JSON.parse(schema.stdout).provider_schemas)).toEqual([`${host}/xen-cdk/xen`]);
      }
    }
  }, 300_000);

  it("`cdktf deploy` of the fresh app runs a guest on the emulated Arm64 host, offline; `cdktf destroy` removes it", async () => {
    const up = await run(TESTHOST, ["up", HOST], { timeoutMs: 600_000 });
    if (up.code !== 0) throw new Error(`testhost.sh up ${HOST} failed:\n${up.stderr.slice(-2000)}`);
    const hostJson = join(work, "host.json");
    writeFileSync(hostJson, up.stdout.trim().split("\n").pop()!);
    const env = { XEN_HOST_JSON: hostJson, XEN_PREFIX: prefix };

    deployed = true;
    let r = await inApp("npx", ["cdktf", "deploy", "--auto-approve", "--skip-provider-lock", "--outputs-file", join(work, "outputs.json")], env);
    timings.deploy = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("Apply complete! Resources: 1 added");
    // terraform installed the provider from ~/.terraform.d/plugins: the copy `provider install` made.
    expect(plain(r.stdout)).toContain(`Installed xen-cdk/xen v${PKG.version} (unauthenticated)`);
    const out = JSON.parse(readFileSync(join(work, "outputs.json"), "utf8")).fresh.guest;
    expect(out).toMatchObject({ name: `${prefix}-0`, effective_type: "pvh" });
    expect((await xl(`xenstore-read /libxl/${out.domid}/type`)).trim()).toBe("pvh");
    expect(await ourGuests()).toEqual([`${prefix}-0`]);

    r = await inApp("npx", ["cdktf", "destroy", "--auto-approve", "--skip-provider-lock"], env);
    timings.destroy = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    expect(plain(r.stdout)).toContain("Destroy complete! Resources: 1 destroyed.");
    expect(await ourGuests()).toEqual([]);
  }, 900_000);
});

describe.skipIf(!python)("the Python package", () => {
  it("is built from the npm package's own assembly, installs into a fresh venv, and a fresh Python app synthesizes with it", async () => {
    const jsiiDir = join(ROOT, "build/cdktf-xen"); // where npm pack's jsii build ran
    // The wheel and the npm package carry the same assembly.
    expect(readFileSync(join(jsiiDir, ".jsii"), "utf8")).toBe(readFileSync(join(ROOT, ".jsii"), "utf8"));
    const pacmak = await run(BIN("jsii-pacmak"), ["--targets", "python", "--outdir", "dist"], { cwd: jsiiDir, timeoutMs: 300_000 });
    expect(pacmak.code, pacmak.stderr).toBe(0);
    timings.pacmak = pacmak.ms / 1000;
    const wheel = readdirSync(join(jsiiDir, "dist/python")).find((f) => f.endsWith(".whl"))!;
    expect(wheel).toBe(`cdktf_xen-${PKG.version}-py3-none-any.whl`);

    const venv = join(work, "venv");
    let r = await run(python!, ["-m", "venv", venv]);
    expect(r.code, r.stderr).toBe(0);
    r = await run(join(venv, "bin/pip"), ["install", "-q", "--disable-pip-version-check", join(jsiiDir, "dist/python", wheel)], { timeoutMs: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    timings.pip = r.ms / 1000;

    const pyApp = join(work, "py-app");
    mkdirSync(pyApp);
    writeFileSync(join(pyApp, "main.py"), `from cdktf import App, TerraformOutput, TerraformStack
from cdktf_xen import ArmGuestFleet, XenArch, XenHost, XenHostFacts

app = App()
stack = TerraformStack(app, "py")
host = XenHost(stack, "arm1", facts=XenHostFacts(arch=XenArch.AARCH64, xen_version="4.17.7",
                                                 xen_caps="xen-3.0-aarch64 xen-3.0-armv7l"))
fleet = ArmGuestFleet(stack, "web", hosts=[host], count=2, name_prefix="py",
                      memory_mib=128, kernel="/var/lib/xen-guests/vmlinuz")
TerraformOutput(stack, "effective_type", value=fleet.effective_type)
app.synth()
`);
    writeFileSync(join(pyApp, "cdktf.json"), JSON.stringify({
      language: "python", app: `${join(venv, "bin/python")} main.py`, sendCrashReports: "false", terraformProviders: [], terraformModules: [], context: {},
    }));
    r = await run(BIN("cdktf"), ["synth"], { cwd: pyApp, env: userEnv });
    timings.pythonSynth = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    const json = JSON.parse(readFileSync(join(pyApp, "cdktf.out/stacks/py/cdk.tf.json"), "utf8"));
    expect(Object.values<any>(json.resource.xen_domain).map((d) => [d.name, d.host])).toEqual([["py-0", "arm1"], ["py-1", "arm1"]]);
    expect(json.output.effective_type.value).toBe("pvh");
    expect(json.terraform.required_providers.xen).toEqual({ source: "xen-cdk/xen", version: "~> 0.1" });
  }, 600_000);
});

describe("the repository root", () => {
  it("is a cdktf app: `npx cdktf synth` synthesizes the Arm fleet example", async () => {
    const outdir = join(work, "root.out"); // not the repository's cdktf.out
    const r = await run("npx", ["cdktf", "synth", "--output", outdir], { env: { XEN_HOST_JSON: fakeHostJson() } });
    timings.rootSynth = r.ms / 1000;
    expect(r.code, plain(r.stdout + r.stderr).slice(-3000)).toBe(0);
    const json = JSON.parse(readFileSync(join(outdir, "stacks/arm-fleet/cdk.tf.json"), "utf8"));
    expect(Object.values<any>(json.resource.xen_domain).map((d) => d.name)).toEqual(["cdk-web-0", "cdk-web-1"]);
  }, 120_000);
});
