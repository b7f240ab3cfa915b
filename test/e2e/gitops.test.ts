// END-TO-END on real Xen (emulated Arm64 4.17 and x86_64 4.17): what a GitOps
// pipeline sees from `cdktf-xen drift` / `audit` after out-of-band changes made
// with the real xl, in text, markdown and JSON, with the exit codes.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, ensureBuilt, ROOT, Workspace } from "../engine/engine";
import { bootHost, destroyGuests, freshGuests, onHost, xlCreate, type RealHost } from "./real-host";

const BIN = join(ROOT, "bin", "cdktf-xen");
const engine = engines()[0];
const P = "ops-";

interface Cli { code: number; out: string; err: string }
const report = (ws: Workspace, args: string[]): Promise<Cli> => new Promise((resolve) => {
  execFile(BIN, args, {
    cwd: ws.dir, env: { ...process.env, TF_CLI_CONFIG_FILE: join(ws.dir, "dev.tfrc"), TERRAFORM_BINARY_NAME: engine.path },
    maxBuffer: 16 << 20,
  }, (err, stdout, stderr) => resolve({ code: err ? (err as any).code ?? 1 : 0, out: stdout, err: stderr }));
});

/** Each format from its own run, one after the other (each run takes the state lock). */
async function allFormats(ws: Workspace, cmd: "drift" | "audit") {
  const text = await report(ws, [cmd, "--dir", ".", "--format", "text"]);
  const markdown = await report(ws, [cmd, "--dir", ".", "--format", "markdown"]);
  const json = await report(ws, [cmd, "--dir", ".", "--format", "json"]);
  return { text, markdown, json: { ...json, data: JSON.parse(json.out) } };
}

function provider(hosts: [string, RealHost, string?][]): string {
  return `terraform {\n  required_providers {\n    xen = { source = "xen-cdk/xen" }\n  }\n}\nprovider "xen" {\n${hosts.map(([name, h, facts]) => `  host {
    name        = "${name}"
    address     = "${h.address}"
    port        = ${h.port}
    private_key = file("${h.private_key_file}")
    host_key    = "${h.host_key}"
${facts ?? ""}  }\n`).join("")}}\n`;
}

const guest = (id: string, host: string, h: RealHost, name: string, extra = "") => `
resource "xen_domain" "${id}" {
  host             = "${host}"
  name             = "${P}${name}"
  kernel           = "${h.guest_kernel}"
  ramdisk          = "${h.guest_ramdisk}"
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = ${h.arch === "x86_64" ? 256 : 128}
  shutdown_timeout = 0
${extra}}
`;

describe(`GitOps reports on real Xen hosts with ${engine.name}`, () => {
  let arm: RealHost;
  let x86: RealHost;
  let ws: Workspace;
  const cfg = (h: RealHost, name: string, extra: string) =>
    `name = "${P}${name}"\nkernel = "${h.guest_kernel}"\nramdisk = "${h.guest_ramdisk}"\ncmdline = "console=hvc0 rdinit=/init"\n${extra}`;

  beforeAll(async () => {
    ensureBuilt();
    arm = bootHost("arm64-4.17");
    x86 = bootHost("x86_64-4.17");
    await Promise.all([freshGuests(arm, P), freshGuests(x86, P)]);
    ws = new Workspace(engine);
    ws.write("main.tf", provider([["arm1", arm], ["x1", x86]])
      + guest("a", "arm1", arm, "a") + guest("b", "arm1", arm, "b", '  type = "pv"\n') + guest("x", "x1", x86, "x"));
    const r = await ws.apply();
    if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  });
  afterAll(async () => {
    if (ws) await ws.run(["destroy", "-auto-approve"]);
    await Promise.all([arm && destroyGuests(arm, P), x86 && destroyGuests(x86, P)]);
    ws?.remove();
  });

  it("clean fleet, and an unmanaged guest next to it: exit 0 in every format", async () => {
    const made = await xlCreate(arm, `${P}stranger`, cfg(arm, "stranger", "memory = 128\n"));
    expect(made.code, made.stderr).toBe(0);
    const r = await allFormats(ws, "drift");
    for (const f of [r.text, r.markdown, r.json]) expect(f.code, f.out + f.err).toBe(0);
    expect(r.text.out + r.markdown.out + r.json.out).not.toContain("stranger");
    expect(r.json.data.status).toBe("clean");
  });

  it("audit lists the Arm guest written pv that runs as pvh, with what to write instead", async () => {
    const r = await allFormats(ws, "audit");
    for (const f of [r.text, r.markdown, r.json]) expect(f.code).toBe(2);
    expect(r.text.out).toMatch(/ops-b\s+pv\s+pvh/);
    expect(r.text.out).toContain('type = "pvh"');
    expect(r.markdown.out).toContain("ops-b");
    expect(JSON.stringify(r.json.data)).toContain("ops-b");
    expect(JSON.stringify(r.json.data)).not.toContain("ops-a\"");
  });

  it("out-of-band destroy (Arm), memory (Arm) and type (x86) changes: exit 2, effective type first", async () => {
    await onHost(arm, `xl destroy ${ws.resource("xen_domain.a").domid}`);
    await onHost(arm, `xl destroy ${ws.resource("xen_domain.b").domid}`);
    // Re-created by an operator from the guest's config (its uuid kept), with other memory / type.
    const uuid = (id: string) => `uuid = "${ws.resource(`xen_domain.${id}`).uuid}"\n`;
    expect((await xlCreate(arm, `${P}b`, cfg(arm, "b", uuid("b") + 'type = "pv"\nmemory = 192\n'))).code).toBe(0);
    await onHost(x86, `xl destroy ${ws.resource("xen_domain.x").domid}`);
    const made = await xlCreate(x86, `${P}x`, cfg(x86, "x", uuid("x") + 'type = "pvh"\nmemory = 256\n'));
    expect(made.code, made.stderr).toBe(0);
    expect(made.effectiveType).toBe("pvh");

    const r = await allFormats(ws, "drift");
    for (const f of [r.text, r.markdown, r.json]) expect(f.code, f.out + f.err).toBe(2);
    const d = r.json.data;
    expect(d.status).toBe("drift");
    expect(d.summary).toMatchObject({ gone: 1, effective_type_changed: 1 });
    const byName = Object.fromEntries(d.hosts.flatMap((h: any) => h.guests).map((g: any) => [g.name, g]));
    expect(byName[`${P}a`].status).toBe("gone");
    expect(byName[`${P}b`].changes).toEqual(expect.arrayContaining([{ attribute: "memory", declared: 128, actual: 192 }]));
    expect(byName[`${P}x`].effective_type_changed).toBe(true);
    expect(byName[`${P}x`].changes[0]).toEqual({ attribute: "effective_type", declared: "pv", actual: "pvh" });
    expect(d.hosts[0].host).toBe("x1"); // the host with a type change comes first
    expect(r.text.out).toMatch(/ops-x\s+effective_type \(!\)\s+pv\s+pvh/);
    expect(r.text.out).toMatch(/ops-a\s+\(guest\).*\(gone\)/);
    expect(r.markdown.out).toMatch(/\| `ops-x` \| \*\*effective_type\*\* ⚠️ \| `pv` \| `pvh` \|/);
  });

  it("a host whose declared facts are wrong: apply stops before changing anything", async () => {
    const wrong = `    facts {\n      arch        = "aarch64"\n      xen_version = "4.20.5"\n      xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"\n    }\n`;
    const ws2 = new Workspace(engine);
    try {
      ws2.write("main.tf", provider([["arm1", arm, wrong]]) + guest("c", "arm1", arm, "c"));
      const before = (await onHost(arm, "xl list")).stdout;
      const r = await ws2.apply();
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/Host "arm1" does not match its declared facts/);
      expect(r.stdout + r.stderr).toMatch(/xen_version is 4\.17\.7, declared 4\.20\.5/);
      expect((await onHost(arm, "xl list")).stdout.split("\n").length).toBe(before.split("\n").length);
      expect(ws2.resource("xen_domain.c")).toBeUndefined();
    } finally {
      ws2.remove();
    }
  });
});
