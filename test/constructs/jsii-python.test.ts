// The construct library as a jsii package, for each framework: jsii compiles src/constructs
// with the src/xen model (never the provider), jsii-pacmak makes the Python wheel, and a
// Python program in a fresh virtualenv synthesizes a fleet with it.
//   cdktf (CDK for Terraform 0.21): build/cdktf-xen, Python `cdktf-xen` / module `cdktf_xen`
//   cdktn (CDK Terrain 0.24):       build/cdktn-xen, Python `cdktn-xen` / module `cdktn_xen`,
//     the same sources with `cdktf` imports rewritten, run by the same program with its two
//     imports rewritten, in a venv holding cdktn from PyPI and no cdktf at all.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers";
import { required } from "../harness/required";

const work = mkdtempSync(join(tmpdir(), "cdk-jsii-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pythonWithVenv(): string | null {
  try {
    execFileSync("python3", ["-c", "import venv, ensurepip"], { stdio: "ignore" });
    return "python3";
  } catch {
    return null;
  }
}
const python = required("Python 3 with venv (the jsii Python test)", pythonWithVenv() !== null, "CDKTF_XEN_SKIP_PYTHON",
  "python3 with the venv and ensurepip modules is not installed (Debian: apt-get install python3-venv; scripts/test.sh installs it)") ? "python3" : null;

const PY_SYNTH = readFileSync(join(ROOT, "test/constructs/py_synth.py"), "utf8");

const FRAMEWORKS = [
  { framework: "cdktf", build: "jsii", pkg: "cdktf-xen", module: "cdktf_xen", other: "cdktn", program: PY_SYNTH },
  {
    framework: "cdktn", build: "cdktn", pkg: "cdktn-xen", module: "cdktn_xen", other: "cdktf",
    // The same program for CDK Terrain: only its two imports differ.
    program: PY_SYNTH.replace(/^from cdktf import /m, "from cdktn import ").replace(/^from cdktf_xen import /m, "from cdktn_xen import "),
  },
] as const;

describe.each(FRAMEWORKS)("jsii, $framework", ({ framework, build, pkg, module, other, program }) => {
  const PKG = join(ROOT, "build", pkg);
  const timings: Record<string, number> = {};
  afterAll(() => console.log(`jsii ${framework} timings (s): ${JSON.stringify(timings)}`));

  it("compiles the construct library into an assembly without the provider code", async () => {
    const r = await run("node", [join(ROOT, "scripts/build-constructs.mjs"), build]);
    expect(r.code, r.stderr).toBe(0);
    timings.jsii = r.ms / 1000;
    const asm = JSON.parse(readFileSync(join(PKG, ".jsii"), "utf8"));
    expect(asm.name).toBe(pkg);
    expect(asm.targets.python).toEqual({ distName: pkg, module });
    expect(Object.keys(asm.types)).toEqual(expect.arrayContaining([
      "ArmGuestFleet", "ArmGuestFleetProps", "XenHost", "XenHostProps", "XenHostFacts", "GuestType", "XenArch",
      "provider.XenProvider", "domain.Domain", "dataXenHost.DataXenHost",
    ].map((t) => `${pkg}.${t}`)));
    expect(asm.types[`${pkg}.ArmGuestFleetProps`].properties.find((p: any) => p.name === "vcpus").docs.default).toBe("1");
    // Built against its own framework's assembly, and only that one.
    expect(Object.keys(asm.dependencies).sort()).toEqual([framework, "constructs"].sort());
    expect(Object.keys(asm.dependencyClosure ?? {})).not.toContain(other);
    expect(asm.types[`${pkg}.domain.Domain`].base).toBe(`${framework}.TerraformResource`);
    expect(asm.types[`${pkg}.provider.XenProvider`].base).toBe(`${framework}.TerraformProvider`);
    // Only the constructs and the model were compiled; `main` (lib/constructs/index.js) is there.
    expect(readdirSync(join(PKG, "lib")).sort()).toEqual(["constructs", "tsconfig.tsbuildinfo", "xen"]);
    expect(existsSync(join(PKG, "lib/provider"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
    expect(existsSync(join(PKG, manifest.main))).toBe(true);
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual([framework, "constructs"].sort());
  });

  it.skipIf(!python)("jsii-pacmak makes a Python package that synthesizes a fleet from Python", async () => {
    const pacmak = await run(join(ROOT, "node_modules/.bin/jsii-pacmak"), ["--targets", "python", "--outdir", "dist"], { cwd: PKG });
    expect(pacmak.code, pacmak.stderr).toBe(0);
    timings.pacmak = pacmak.ms / 1000;
    const wheel = readdirSync(join(PKG, "dist/python")).find((f) => f.endsWith(".whl"));
    expect(wheel).toBe(`${module}-${JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")).version}-py3-none-any.whl`);

    // A fresh venv per framework: the wheel brings its framework from PyPI, and nothing else.
    const venv = join(work, `venv-${framework}`);
    let r = await run(python!, ["-m", "venv", venv]);
    expect(r.code, r.stderr).toBe(0);
    r = await run(join(venv, "bin/pip"), ["install", "-q", "--disable-pip-version-check", join(PKG, "dist/python", wheel!)]);
    expect(r.code, r.stderr).toBe(0);
    timings.venv = r.ms / 1000;
    r = await run(join(venv, "bin/python"), ["-c", `import importlib.metadata as m, json
def v(d):
    try: return m.version(d)
    except m.PackageNotFoundError: return None
print(json.dumps({d: v(d) for d in ("${framework}", "${other}", "${pkg}")}))`]);
    expect(r.code, r.stderr).toBe(0);
    const installed = JSON.parse(r.stdout);
    expect(installed[other], `${other} must not be in the ${framework} venv`).toBeNull();
    // The release series the package's peer range names (^0.21.0 / ^0.24.0).
    const peer = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")).peerDependencies[framework];
    expect(installed[framework].split(".").slice(0, 2)).toEqual(peer.replace(/^\^/, "").split(".").slice(0, 2));

    const app = join(work, `py_synth_${framework}.py`);
    writeFileSync(app, program);
    expect(program).not.toMatch(new RegExp(`^(from|import) ${other}`, "m"));
    const synth = async (...args: string[]) => {
      const p = await run(join(venv, "bin/python"), [app, join(work, `out-${framework}-${args[0] ?? "default"}`), ...args]);
      expect(p.code, p.stderr).toBe(0);
      return JSON.parse(p.stdout.trim().split("\n").pop()!);
    };
    const t = Date.now();
    expect(await synth()).toEqual({
      names: ["py-0", "py-1", "py-2"], hosts: ["arm1", "arm2", "arm1"], effective_type: "pvh",
      is_domain: true, tf_resource_type: "xen_domain", loaded: [framework, module],
    });
    timings.pythonSynth = (Date.now() - t) / 1000;
    const json = JSON.parse(readFileSync(join(work, `out-${framework}-default/stacks/py-fleet/cdk.tf.json`), "utf8"));
    // Synthesized by the framework the venv installed from PyPI.
    expect(json["//"].metadata.version).toBe(installed[framework]);
    expect(json.terraform.required_providers.xen).toEqual({ source: "xen-cdk/xen", version: "~> 0.1" });
    expect(Object.values(json.resource.xen_domain).map((d: any) => [d.name, d.host])).toEqual([["py-0", "arm1"], ["py-1", "arm2"], ["py-2", "arm1"]]);

    const hvm = await synth("hvm");
    expect(hvm.error).toContain("[py-fleet/web/py-0] type: HVM guests are not possible on Arm");

    await synth("pv");
    const manifest = JSON.parse(readFileSync(join(work, `out-${framework}-pv/manifest.json`), "utf8"));
    // cdktn keeps cdktf's annotation type names.
    const warnings = manifest.stacks["py-fleet"].annotations.filter((a: any) => a.level === "@cdktf/warn").map((a: any) => a.message);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^type: This Arm guest will run as PVH, not PV/);
  });
});
