// The CDK Terrain (cdktn 0.24) variant: the same sources with `cdktf` imports
// rewritten to `cdktn` (scripts/build-constructs.mjs cdktn), synthesized by a
// cdktn app run with node (the cdktn library runs on Node 20; cdktn-cli needs 22).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers";

const LIB = join(ROOT, "build/cdktn-xen/lib/constructs");
const work = mkdtempSync(join(tmpdir(), "cdk-cdktn-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const app = (type: string) => `
const { App, TerraformStack } = require(${JSON.stringify(join(ROOT, "node_modules/cdktn"))});
const { ArmGuestFleet, XenHost, XenArch, domain } = require(${JSON.stringify(LIB)});
const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, "tn");
const facts = { arch: XenArch.AARCH64, xenVersion: "4.17.7", xenCaps: "xen-3.0-aarch64 xen-3.0-armv7l" };
const hosts = [new XenHost(stack, "arm1", { facts }), new XenHost(stack, "arm2", { facts })];
const fleet = new ArmGuestFleet(stack, "web", { hosts, count: 3, namePrefix: "tn", memoryMib: 128, kernel: "/k", type: ${type} });
app.synth();
console.log(JSON.stringify({ names: fleet.guestNames, effectiveType: fleet.effectiveType, isDomain: fleet.guests[0] instanceof domain.Domain }));
`;

describe("cdktn variant", () => {
  beforeAll(async () => {
    const r = await run("node", [join(ROOT, "scripts/build-constructs.mjs"), "cdktn"]);
    expect(r.code, r.stderr).toBe(0);
  });

  it("synthesizes a fleet with cdktn 0.24", async () => {
    writeFileSync(join(work, "main.js"), app("undefined"));
    const out = join(work, "out");
    const r = await run("node", [join(work, "main.js"), out]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ names: ["tn-0", "tn-1", "tn-2"], effectiveType: "pvh", isDomain: true });
    const json = JSON.parse(readFileSync(join(out, "stacks/tn/cdk.tf.json"), "utf8"));
    expect(json["//"].metadata.version).toBe(require(join(ROOT, "node_modules/cdktn/package.json")).version);
    expect(json.terraform.required_providers.xen).toEqual({ source: "xen-cdk/xen", version: "~> 0.1" });
    expect(Object.values(json.resource.xen_domain).map((d: any) => d.host)).toEqual(["arm1", "arm2", "arm1"]);
    expect(json.provider.xen[0].host.map((h: any) => h.name)).toEqual(["arm1", "arm2"]);
  });

  it("validates with the same model: hvm fails synth", async () => {
    writeFileSync(join(work, "hvm.js"), app('"hvm"'));
    const r = await run("node", [join(work, "hvm.js"), join(work, "out-hvm")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("[tn/web/tn-0] type: HVM guests are not possible on Arm");
  });

  it("the README's first fleet synthesizes as written, with cdktn", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const code = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]).find((c) => c.includes('from "cdktn-xen"'));
    expect(code, "README: a ```ts block importing cdktn-xen").toBeTruthy();
    // The package names resolve to this build; the app writes where the test says.
    const main = code!
      .replace('from "cdktn"', `from ${JSON.stringify(join(ROOT, "node_modules/cdktn"))}`)
      .replace('from "cdktn-xen"', `from ${JSON.stringify(LIB)}`)
      .replace("new App()", "new App({ outdir: process.argv[2] })");
    writeFileSync(join(work, "readme.ts"), main);
    const out = join(work, "out-readme");
    const r = await run(join(ROOT, "node_modules/.bin/tsx"), [join(work, "readme.ts"), out], { env: { HOME: work } });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "stacks/fleet/cdk.tf.json"), "utf8"));
    expect(Object.values(json.resource.xen_domain).map((d: any) => d.name)).toEqual(["web-0", "web-1", "web-2"]);
    expect(json.provider.xen[0].host[0]).toMatchObject({ name: "arm1", address: "192.0.2.10" });
  });
});
