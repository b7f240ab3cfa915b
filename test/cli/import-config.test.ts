// `cdktf-xen import-config` as a user runs it (the built bin/cdktf-xen): exit status,
// stdout (code only) and stderr (what the plan will say, file:line), host facts from
// flags or a host.json, and the cdktf app it writes in TypeScript synthesizing to the
// same xen_domain as its JSON output. Whether the output plans in terraform / tofu is
// test/engine/import.test.ts; the conversion's rules are test/model/import-config.test.ts.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "../engine/engine";

const BIN = join(ROOT, "bin", "cdktf-xen");
const EXAMPLES = join(ROOT, "examples", "xl-configs");
const ARM = ["--arch", "aarch64", "--xen-version", "4.17.7"];

interface Cli { code: number; out: string; err: string }
const cli = (args: string[], cwd = ROOT): Promise<Cli> => new Promise((resolve) => {
  execFile(BIN, args, { cwd, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
    resolve({ code: err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0, out: stdout, err: stderr }));
});

describe("cdktf-xen import-config", () => {
  let tmp: string;
  beforeAll(() => {
    ensureBuilt();
    tmp = mkdtempSync(join(tmpdir(), "cdktf-xen-import-cli-"));
  });
  const cleanup: string[] = [];
  afterAll(() => [tmp, ...cleanup].forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("converts several files in one run: code on stdout, one summary per file on stderr, exit 0", async () => {
    const r = await cli(["import-config", join(EXAMPLES, "arm-libvirt-pv.cfg"), join(EXAMPLES, "arm-pvh-devices.cfg"), "--host", "arm1", ...ARM]);
    expect(r.code, r.err).toBe(0);
    expect(r.out.match(/^resource "xen_domain" "(\w+)"/gm)).toEqual(['resource "xen_domain" "arm_web_0"', 'resource "xen_domain" "arm_db_1"']);
    expect(r.out).toMatch(/provider "xen" \{\n {2}host \{\n {4}name = "arm1"/);
    expect(r.err).toContain('arm-libvirt-pv.cfg: guest "arm-web-0": written pv, runs as pvh on Xen 4.17.7 aarch64: kept as pv (--normalize-type writes pvh)');
    expect(r.err).toMatch(/arm-libvirt-pv\.cfg:3: warning: type: This Arm guest will run as PVH, not PV/);
    expect(r.out).not.toContain("Parsing");
  });

  it("a file xl would refuse: its reason and line on stderr, nothing of it on stdout, exit 1 — the other files still convert", async () => {
    const bad = join(tmp, "bad.cfg");
    writeFileSync(bad, 'name = "bad"\nmemory = 128\nkernel = "/k"\ntype = pvh\n');
    const r = await cli(["import-config", bad, join(EXAMPLES, "arm-libvirt-pv.cfg"), ...ARM]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:4: error: xl refuses the file: config parsing error near \`pvh': syntax error, unexpected IDENT, expecting STRING or NUMBER or '['`);
    expect(r.out).not.toContain('"bad"');
    expect(r.out).toContain('resource "xen_domain" "arm_web_0"');
  });

  it("hvm on Arm: refused with the model's reason on the type's line", async () => {
    const hvm = join(tmp, "hvm.cfg");
    writeFileSync(hvm, 'name = "h"\nmemory = 128\n\ntype = "hvm"\n');
    const r = await cli(["import-config", hvm, ...ARM]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${hvm}:4: error: type: HVM guests are not possible on Arm`);
    expect(r.out).not.toContain("resource");
  });

  it("facts from a host.json (testhost's shape); without facts or x86 caps: a usage error", async () => {
    const hj = join(tmp, "host.json");
    writeFileSync(hj, JSON.stringify({ name: "arm64-4.17", arch: "aarch64", xen_version: "4.17.7" }));
    const ok = await cli(["import-config", join(EXAMPLES, "arm-odd-quoting.cfg"), "--facts", hj, "--host", "h"]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain('xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"');
    const none = await cli(["import-config", join(EXAMPLES, "arm-odd-quoting.cfg")]);
    expect([none.code, none.err]).toEqual([1, expect.stringContaining("give --arch (x86_64, aarch64, armv7l) and --xen-version")]);
    const x86 = await cli(["import-config", join(EXAMPLES, "x86-pv.cfg"), "--arch", "x86_64", "--xen-version", "4.17.7"]);
    expect([x86.code, x86.err]).toEqual([1, expect.stringContaining("give --xen-caps for an x86_64 host")]);
    const fmt = await cli(["import-config", join(EXAMPLES, "x86-pv.cfg"), "--format", "yaml", ...ARM]);
    expect([fmt.code, fmt.err]).toEqual([1, expect.stringContaining("--format must be one of hcl, json, typescript, python")]);
    const missing = await cli(["import-config", join(tmp, "nope.cfg"), ...ARM]);
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining(`cannot read ${join(tmp, "nope.cfg")}`)]);
  });

  it("the TypeScript app synthesizes (cdktf) to the same xen_domain and provider host as --format json", async () => {
    const files = [join(EXAMPLES, "arm-pvh-devices.cfg"), join(EXAMPLES, "arm-deprecated-prefixes.cfg")];
    const json = await cli(["import-config", ...files, "--host", "arm1", "--format", "json", ...ARM]);
    const ts = await cli(["import-config", ...files, "--host", "arm1", "--format", "typescript", ...ARM]);
    expect([json.code, ts.code]).toEqual([0, 0]);
    // Inside the repository, so that the app finds cdktf in its node_modules.
    execFileSync("mkdir", ["-p", join(ROOT, "build")]);
    const app = mkdtempSync(join(ROOT, "build", "import-app-"));
    cleanup.push(app);
    writeFileSync(join(app, "main.ts"), ts.out.replace('from "cdktf-xen"', `from ${JSON.stringify(join(ROOT, "src", "constructs"))}`));
    execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), ["main.ts"], { cwd: app, env: { ...process.env, CDKTF_OUTDIR: join(app, "out") }, stdio: "pipe" });
    const synth = JSON.parse(readFileSync(join(app, "out", "stacks", "xen", "cdk.tf.json"), "utf8"));
    const strip = (o: Record<string, any>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([p]) => p !== "//"))]));
    const expected = JSON.parse(json.out);
    expect(strip(synth.resource.xen_domain)).toEqual(strip(expected.resource.xen_domain));
    expect(synth.provider.xen[0].host).toEqual(expected.provider.xen[0].host);
  });

  it("the Python app is valid Python", async () => {
    const py = await cli(["import-config", join(EXAMPLES, "x86-hvm.cfg"), "--host", "x1", "--format", "python", "--arch", "x86_64", "--xen-version", "4.17.7", "--xen-caps", "xen-3.0-x86_64 hvm-3.0-x86_64"]);
    expect(py.code, py.err).toBe(0);
    const file = join(tmp, "main.py");
    writeFileSync(file, py.out);
    execFileSync("python3", ["-c", "import ast,sys; ast.parse(open(sys.argv[1]).read())", file]);
    expect(py.out).toContain("domain.DomainDisk(vdev=\"hda\", format=\"qcow2\", target=\"/srv/xen/x86-win.qcow2\")");
  });
});
