// The construct library as a jsii package: jsii compiles src/constructs with the
// src/xen model (never the provider), jsii-pacmak makes the Python wheel, and a
// Python program in a fresh virtualenv synthesizes a fleet with it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers";
import { required } from "../harness/required";

const PKG = join(ROOT, "build/cdktf-xen");
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

describe("jsii", () => {
  const timings: Record<string, number> = {};
  afterAll(() => console.log(`jsii timings (s): ${JSON.stringify(timings)}`));

  it("compiles the construct library into an assembly without the provider code", async () => {
    const r = await run("node", [join(ROOT, "scripts/build-constructs.mjs"), "jsii"]);
    expect(r.code, r.stderr).toBe(0);
    timings.jsii = r.ms / 1000;
    const asm = JSON.parse(readFileSync(join(PKG, ".jsii"), "utf8"));
    expect(Object.keys(asm.types)).toEqual(expect.arrayContaining([
      "cdktf-xen.ArmGuestFleet", "cdktf-xen.ArmGuestFleetProps", "cdktf-xen.XenHost", "cdktf-xen.XenHostProps",
      "cdktf-xen.XenHostFacts", "cdktf-xen.GuestType", "cdktf-xen.XenArch",
      "cdktf-xen.provider.XenProvider", "cdktf-xen.domain.Domain", "cdktf-xen.dataXenHost.DataXenHost",
    ]));
    expect(asm.types["cdktf-xen.ArmGuestFleetProps"].properties.find((p: any) => p.name === "vcpus").docs.default).toBe("1");
    // Only the constructs and the model were compiled.
    expect(readdirSync(join(PKG, "lib")).sort()).toEqual(["constructs", "tsconfig.tsbuildinfo", "xen"]);
    expect(existsSync(join(PKG, "lib/provider"))).toBe(false);
  });

  it.skipIf(!python)("jsii-pacmak makes a Python package that synthesizes a fleet from Python", async () => {
    const pacmak = await run(join(ROOT, "node_modules/.bin/jsii-pacmak"), ["--targets", "python", "--outdir", "dist"], { cwd: PKG });
    expect(pacmak.code, pacmak.stderr).toBe(0);
    timings.pacmak = pacmak.ms / 1000;
    const wheel = readdirSync(join(PKG, "dist/python")).find((f) => f.endsWith(".whl"));
    expect(wheel).toBeDefined();

    const venv = join(work, "venv");
    let r = await run(python!, ["-m", "venv", venv]);
    expect(r.code, r.stderr).toBe(0);
    r = await run(join(venv, "bin/pip"), ["install", "-q", "--disable-pip-version-check", join(PKG, "dist/python", wheel!)]);
    expect(r.code, r.stderr).toBe(0);
    timings.venv = r.ms / 1000;

    const synth = async (...args: string[]) => {
      const p = await run(join(venv, "bin/python"), [join(ROOT, "test/constructs/py_synth.py"), join(work, `out-${args[0] ?? "default"}`), ...args]);
      expect(p.code, p.stderr).toBe(0);
      return JSON.parse(p.stdout.trim().split("\n").pop()!);
    };
    const t = Date.now();
    expect(await synth()).toEqual({
      names: ["py-0", "py-1", "py-2"], hosts: ["arm1", "arm2", "arm1"], effective_type: "pvh",
      is_domain: true, tf_resource_type: "xen_domain",
    });
    timings.pythonSynth = (Date.now() - t) / 1000;
    const json = JSON.parse(readFileSync(join(work, "out-default/stacks/py-fleet/cdk.tf.json"), "utf8"));
    expect(Object.values(json.resource.xen_domain).map((d: any) => [d.name, d.host])).toEqual([["py-0", "arm1"], ["py-1", "arm2"], ["py-2", "arm1"]]);

    const hvm = await synth("hvm");
    expect(hvm.error).toContain("[py-fleet/web/py-0] type: HVM guests are not possible on Arm");

    await synth("pv");
    const manifest = JSON.parse(readFileSync(join(work, "out-pv/manifest.json"), "utf8"));
    const warnings = manifest.stacks["py-fleet"].annotations.filter((a: any) => a.level === "@cdktf/warn").map((a: any) => a.message);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^type: This Arm guest will run as PVH, not PV/);
  });
});
