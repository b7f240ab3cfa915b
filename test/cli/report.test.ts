// UNIT TESTS of the cdktf-xen reports on constructed `show -json` documents: each
// format, each exit status. No engine, no host. (The engine tests are in lifecycle.test.ts.)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { parseShowJson } from "../../src/cli/tfjson";
import { driftReport } from "../../src/cli/drift";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "cdktf-xen");

const guest = (o: Record<string, unknown>) => ({
  bootloader: null, cmdline: null, config: "# cfg\n", extra: null, firmware: null, gic_version: null,
  kernel: "/k", on_crash: null, on_poweroff: null, on_reboot: null, pvshim: null, pvshim_cmdline: null,
  pvshim_extra: null, pvshim_path: null, ramdisk: null, root: null, shutdown_timeout: 60, vuart: null,
  xl_config: null, type: null, maxvcpus: 1, vcpus: 1, ...o,
  id: `${o.host}/${o.name}`,
});
const res = (address: string, values: Record<string, unknown>, mode = "managed", type = "xen_domain") =>
  ({ address, mode, type, name: address.split(".").pop(), provider_name: "registry.terraform.io/xen-cdk/xen", values });
const driftOf = (address: string, actions: string[], before: unknown, after: unknown, type = "xen_domain") =>
  ({ address, mode: "managed", type, name: address.split(".").pop(), change: { actions, before, after } });

const WEB = guest({ host: "arm1", name: "web-1", type: "pv", effective_type: "pvh", memory: 128, maxmem: 128, domid: 3, uuid: "aaaaaaaa-0000-0000-0000-000000000001" });
const DB = guest({ host: "arm1", name: "db | 1", effective_type: "pvh", memory: 256, maxmem: 256, domid: 4, uuid: "aaaaaaaa-0000-0000-0000-000000000002" });
const X = guest({ host: "x86", name: "x-1", effective_type: "pv", memory: 512, maxmem: 512, domid: 7, uuid: "bbbbbbbb-0000-0000-0000-000000000001" });
const ARM_HOST = res("data.xen_host.arm1", { name: "arm1", id: "arm1", arch: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap", supported_types: ["pvh"] }, "data", "xen_host");

function planDoc(current: unknown[], drift: unknown[], extra: Record<string, unknown> = {}) {
  return {
    format_version: "1.2", terraform_version: "1.11.4",
    planned_values: { root_module: { resources: current } },
    resource_drift: drift,
    prior_state: { format_version: "1.0", values: { root_module: { resources: current } } },
    configuration: {}, applyable: true, complete: true, errored: false, ...extra,
  };
}

function run(args: string[], doc?: unknown) {
  let out = "", err = "";
  const dir = mkdtempSync(join(tmpdir(), "cdktf-xen-cli-"));
  try {
    const file = join(dir, "in.json");
    if (doc !== undefined) writeFileSync(file, typeof doc === "string" ? doc : JSON.stringify(doc));
    const code = main(args.map((a) => (a === "@" ? file : a)), { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("drift", () => {
  const clean = planDoc([res("xen_domain.web", WEB), ARM_HOST], []);
  // A refresh where: web-1 is gone; db was re-created with another memory; x-1 runs as another type in place.
  const drifted = planDoc(
    [res("xen_domain.db", { ...DB, memory: 64, maxmem: 64, domid: 9, uuid: "cccccccc-0000-0000-0000-000000000009" }),
      res("xen_domain.x", { ...X, effective_type: "hvm" }), ARM_HOST],
    [
      driftOf("xen_domain.web", ["delete"], WEB, null),
      driftOf("xen_domain.db", ["update"], DB, { ...DB, memory: 64, maxmem: 64, domid: 9, uuid: "cccccccc-0000-0000-0000-000000000009" }),
      driftOf("xen_domain.x", ["update"], X, { ...X, effective_type: "hvm" }),
      driftOf("terraform_data.t", ["update"], { input: 1 }, { input: 2 }, "terraform_data"),
    ],
  );

  it("clean: exit 0 in every format", () => {
    for (const f of ["text", "markdown", "json"]) {
      const r = run(["drift", "--plan-json", "@", "--format", f], clean);
      expect(r.code, r.err).toBe(0);
      if (f === "json") expect(JSON.parse(r.out)).toMatchObject({ schema: "cdktf-xen/drift/v1", status: "clean", summary: { guests: 1, drifted: 0 }, hosts: [] });
      if (f === "text") expect(r.out).toBe("No drift: 1 guest as recorded.\n");
      if (f === "markdown") expect(r.out).toMatch(/^### ✅ Xen guests: no drift/);
    }
  });

  it("text: a table per host, effective_type first and flagged, (gone), re-created", () => {
    const r = run(["drift", "--plan-json", "@"], drifted);
    expect(r.code).toBe(2);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Drift: 3 of 3 guests on 2 hosts: 1 gone, 1 re-created out of band, 1 changed in place. 1 running as another type (!).");
    // The host with a type change comes first.
    expect(lines.indexOf("host x86")).toBeLessThan(lines.indexOf("host arm1"));
    expect(r.out).toMatch(/x-1\s+effective_type \(!\)\s+pv\s+hvm/);
    expect(r.out).toMatch(/web-1\s+\(guest\)\s+pvh, 128 MiB, domid 3\s+\(gone\)/);
    expect(r.out).toMatch(/db \| 1\s+memory\s+256\s+64\n\s+maxmem\s+256\s+64\n\s+\(re-created out of band\)\s+domid 4\s+domid 9/);
    // Gone sorts before re-created; ids are never rows of their own.
    expect(r.out.indexOf("web-1")).toBeLessThan(r.out.indexOf("db | 1"));
    expect(r.out).not.toMatch(/^\s+(domid|uuid|id)\s/m);
    expect(r.out).toContain("other resources drifted (not reported): terraform_data.t");
  });

  it("markdown: heading, one table per host, summary line; cells escaped", () => {
    const r = run(["drift", "--plan-json", "@", "--format", "markdown"], drifted);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^### ⚠️ Xen guests: drift detected\n/);
    expect(r.out.match(/^#### Host /gm)).toHaveLength(2);
    expect(r.out).toContain("| `x-1` | **effective_type** ⚠️ | `pv` | `hvm` |");
    expect(r.out).toContain("| `web-1` | (guest) | pvh, 128 MiB, domid 3 | **(gone)** |");
    expect(r.out).toContain("| `db \\| 1` | memory | `256` | `64` |");
    expect(r.out).toMatch(/\n\*\*Summary:\*\* Drift: 3 of 3 guests on 2 hosts/);
  });

  it("json: the documented shape", () => {
    const r = run(["drift", "--plan-json", "@", "--format", "json"], drifted);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      schema: "cdktf-xen/drift/v1", status: "drift", engine_version: "1.11.4",
      summary: { guests: 3, drifted: 3, effective_type_changed: 1, gone: 1, recreated: 1, changed: 1 },
      ignored: ["terraform_data.t"], notes: [],
    });
    expect(j.hosts.map((h: any) => h.host)).toEqual(["x86", "arm1"]);
    expect(j.hosts[0].guests[0]).toEqual({
      address: "xen_domain.x", host: "x86", name: "x-1", status: "changed", effective_type_changed: true,
      changes: [{ attribute: "effective_type", declared: "pv", actual: "hvm" }],
      domid: { declared: 7, actual: 7 }, uuid: { declared: X.uuid, actual: X.uuid },
      was: { effective_type: "pv", memory: 512, vcpus: 1 },
    });
    expect(j.hosts[1].guests.map((g: any) => [g.name, g.status])).toEqual([["web-1", "gone"], ["db | 1", "recreated"]]);
    expect(j.hosts[1].guests[1].changes.map((c: any) => c.attribute)).toEqual(["memory", "maxmem"]);
  });

  it("a re-created guest with nothing else changed is drift; a new domid alone (same uuid) is a note", () => {
    const recreated = planDoc([], [driftOf("xen_domain.web", ["update"], WEB, { ...WEB, domid: 12, uuid: "dddddddd-0000-0000-0000-000000000000" })]);
    let r = run(["drift", "--plan-json", "@", "--format", "json"], recreated);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).hosts[0].guests[0]).toMatchObject({ status: "recreated", changes: [], domid: { declared: 3, actual: 12 } });
    const restored = planDoc([res("xen_domain.web", { ...WEB, domid: 12 })], [driftOf("xen_domain.web", ["update"], WEB, { ...WEB, domid: 12 })]);
    r = run(["drift", "--plan-json", "@"], restored);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/note: xen_domain.web \(arm1\/web-1\): same domain .* now has domid 12, was 3/);
  });

  it("device drift is shown per device: a disk detached by hand, a vif moved to another bridge", () => {
    const before = { ...WEB, disk: [{ vdev: "xvda", target: "/img/root.raw" }, { vdev: "xvdb", target: "/img/data.raw", access: "ro" }], vif: [{ mac: "00:16:3e:00:00:01", bridge: "xenbr0" }] };
    const after = { ...before, disk: [before.disk[0]], vif: [{ mac: "00:16:3e:00:00:01", bridge: "br1" }] };
    const doc = planDoc([res("xen_domain.web", after), ARM_HOST], [driftOf("xen_domain.web", ["update"], before, after)]);
    const j = JSON.parse(run(["drift", "--plan-json", "@", "--format", "json"], doc).out);
    expect(j.hosts[0].guests[0].changes).toEqual([
      { attribute: "disk[1]", declared: "xvdb /img/data.raw ro", actual: "(none)" },
      { attribute: "vif[0]", declared: "00:16:3e:00:00:01 bridge xenbr0", actual: "00:16:3e:00:00:01 bridge br1" },
    ]);
    expect(run(["drift", "--plan-json", "@"], doc).out).toMatch(/disk\[1\]\s+xvdb \/img\/data\.raw ro\s+\(none\)/);
  });

  it("a guest's changed address is not drift (read from the guest, never planned)", () => {
    const vif = { mac: "00:16:3e:00:00:01", bridge: "xenbr0", ipv4_addresses: ["10.99.0.2"], ipv6_addresses: [], address_source: "agent" };
    const before = { ...WEB, vif: [vif] };
    const after = { ...WEB, vif: [{ ...vif, ipv4_addresses: ["10.99.0.7"], ipv6_addresses: ["fd00::7"], address_source: "neighbour" }] };
    const r = run(["drift", "--plan-json", "@", "--format", "json"], planDoc([res("xen_domain.web", after)], [driftOf("xen_domain.web", ["update"], before, after)]));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).status).toBe("clean");
    // The same refresh with the interface on another bridge as well: that alone is drift.
    const moved = { ...after, vif: [{ ...after.vif[0], bridge: "br1" }] };
    const m = run(["drift", "--plan-json", "@", "--format", "json"], planDoc([res("xen_domain.web", moved)], [driftOf("xen_domain.web", ["update"], before, moved)]));
    expect(m.code).toBe(2);
    expect(JSON.parse(m.out).hosts[0].guests[0].changes).toEqual([{ attribute: "vif[0]", declared: "00:16:3e:00:00:01 bridge xenbr0", actual: "00:16:3e:00:00:01 bridge br1" }]);
  });

  it("decides from resource_drift only: an entry with no differences is no drift", () => {
    const r = run(["drift", "--plan-json", "@"], planDoc([res("xen_domain.web", WEB)], [driftOf("xen_domain.web", ["update"], WEB, { ...WEB })]));
    expect(r.code).toBe(0);
  });

  it("errors: exit 1, and a JSON error document with --format json", () => {
    let r = run(["drift", "--plan-json", "@", "--format", "json"], "not json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ schema: "cdktf-xen/drift/v1", status: "error", error: { message: expect.stringMatching(/is not JSON/) } });
    r = run(["drift", "--plan-json", "@"], { format_version: "1.0", values: { root_module: {} } });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is a state, not a plan/);
    r = run(["drift", "--plan-json", "/nonexistent/plan.json", "--format", "markdown"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^### ❌ cdktf-xen drift failed/);
    expect(run(["drift", "--bogus"]).code).toBe(1);
    expect(run(["drift", "--format", "yaml"]).code).toBe(1);
    expect(run(["frobnicate"]).code).toBe(1);
  });

  it("drift --dir with no engine is an error, not a clean report", () => {
    const saved = process.env.TERRAFORM_BINARY_NAME;
    process.env.TERRAFORM_BINARY_NAME = "no-such-terraform-binary";
    try {
      const r = run(["drift", "--dir", ROOT, "--format", "json"]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out).error.message).toMatch(/TERRAFORM_BINARY_NAME is "no-such-terraform-binary"/);
    } finally {
      if (saved === undefined) delete process.env.TERRAFORM_BINARY_NAME;
      else process.env.TERRAFORM_BINARY_NAME = saved;
    }
  });

  it("reads module addresses and every drifted instance", () => {
    const doc = parseShowJson(JSON.stringify(planDoc([], [driftOf("module.fleet.xen_domain.web[0]", ["delete"], WEB, null)])), "t");
    expect(driftReport(doc).hosts[0].guests[0].address).toBe("module.fleet.xen_domain.web[0]");
  });
});

describe("audit", () => {
  const guests = [
    res("xen_domain.web", WEB), // Arm, written pv, runs pvh
    res("xen_domain.db", DB), // no type: fine
    res("xen_domain.p", guest({ host: "x86", name: "p-1", type: "p", effective_type: "pv", memory: 64 })),
    res("xen_domain.h", guest({ host: "x86", name: "h-1", type: "h", effective_type: "hvm", memory: 64 })),
    res("xen_domain.b", guest({ host: "x86", name: "b-1", effective_type: "hvm", memory: 64, xl_config: { builder: "hvm" } })),
    res("xen_domain.ok", X),
  ];
  const state = { format_version: "1.0", terraform_version: "1.11.4", values: { root_module: { resources: [...guests, ARM_HOST] } } };

  it("text: what is written, what runs, what to write instead; exit 2", () => {
    const r = run(["audit", "--state-json", "@"], state);
    expect(r.code).toBe(2);
    expect(r.out.split("\n")[0]).toBe("4 guests of 6 written with a type xl reads differently or libxl converts.");
    expect(r.out).toMatch(/web-1\s+pv\s+pvh\s+type = "pvh" \(or remove type\)\s+written pv \(xl reads pv\), runs as pvh: libxl converts PV Arm guests to PVH/);
    expect(r.out).toMatch(/p-1\s+p\s+pv\s+type = "pv"\s+type "p" is an abbreviation/);
    expect(r.out).toMatch(/h-1\s+h\s+hvm\s+type = "hvm"\s+/);
    expect(r.out).toMatch(/b-1\s+builder=hvm\s+hvm\s+type = "hvm"; remove xl_config.builder/);
    expect(r.out).not.toMatch(/db \| 1|x-1/);
  });

  it("facts sharpen the suggestion: with x86 facts, `p` may also be removed (pv is x86's default)", () => {
    const r = run(["audit", "--state-json", "@", "--format", "json", "--arch", "x86_64", "--from-version", "4.17", "--xen-caps", "xen-3.0-x86_64 hvm-3.0-x86_64"], state);
    const p = JSON.parse(r.out).findings.find((f: any) => f.name === "p-1");
    expect(p).toMatchObject({ reasons: ["abbreviation"], fix: { type: "pv", or_remove_type: true }, suggestion: 'type = "pv" (or remove type)' });
  });

  it("markdown and json", () => {
    const md = run(["audit", "--state-json", "@", "--format", "markdown"], state);
    expect(md.code).toBe(2);
    expect(md.out).toMatch(/^### ⚠️ Xen guest types to fix/);
    expect(md.out).toContain("| `web-1` | `pv` | `pvh` |");
    const j = JSON.parse(run(["audit", "--state-json", "@", "--format", "json"], state).out);
    expect(j).toMatchObject({ schema: "cdktf-xen/audit/v1", status: "findings", guests: 6 });
    expect(j.findings.find((f: any) => f.name === "web-1")).toMatchObject({
      address: "xen_domain.web", host: "arm1", written: "pv", reads_as: "pv", effective_type: "pvh", reasons: ["converted"],
      fix: { type: "pvh", or_remove_type: true, remove_builder: false },
    });
  });

  it("clean state: exit 0; a plan's planned values are audited (a guest not yet created)", () => {
    expect(run(["audit", "--state-json", "@"], { format_version: "1.0", values: { root_module: { resources: [res("xen_domain.db", DB)] } } }).code).toBe(0);
    const planned = guest({ host: "arm1", name: "new-1", type: "pv", effective_type: "pvh", memory: 64 });
    delete (planned as any).domid;
    const r = run(["audit", "--plan-json", "@", "--format", "json"], { ...planDoc([ARM_HOST], []), planned_values: { root_module: { resources: [res("xen_domain.n", planned)] } } });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).findings[0]).toMatchObject({ name: "new-1", fix: { type: "pvh" } });
  });
});

describe("upgrade", () => {
  const armState = (ver: string, resources: unknown[]) => ({ format_version: "1.0", values: { root_module: { resources: [...resources, { ...ARM_HOST, values: { ...ARM_HOST.values, xen_version: ver } }] } } });
  const pv = res("xen_domain.web", guest({ host: "arm1", name: "web-1", type: "pv", effective_type: "pv", memory: 128 }));
  const pvh = res("xen_domain.pvh", guest({ host: "arm1", name: "pvh-1", type: "pvh", effective_type: "pvh", memory: 128 }));

  it("Arm 4.11 → 4.12: a pv guest becomes pvh and gains the conversion warning; exit 2", () => {
    const r = run(["upgrade", "--xen-version", "4.12", "--state-json", "@", "--format", "json"], armState("4.11.4", [pv]));
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ schema: "cdktf-xen/upgrade/v1", status: "changes", target: "4.12", summary: { guests: 1, changing: 1, effective_type_changed: 1, fail: 0 } });
    expect(j.hosts[0]).toMatchObject({ host: "arm1", arch: "aarch64", from: "4.11.4", to: "4.12", facts_source: "xen_host data source" });
    expect(j.hosts[0].guests[0]).toMatchObject({
      name: "web-1", effective_type_changed: true, fails: false,
      from: { effective_type: "pv" }, to: { effective_type: "pvh" },
      gained_warnings: [{ severity: "warning", attribute: "type", summary: "This Arm guest will run as PVH, not PV" }],
    });
  });

  it("Arm 4.17 → 4.11 (a downgrade): a pvh guest is refused; text and markdown", () => {
    const r = run(["upgrade", "--xen-version", "4.11", "--state-json", "@"], armState("4.17.7", [pvh]));
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^Xen 4.11: 1 of 1 guest change \(0 effective type, 1 refused\)\./);
    expect(r.out).toMatch(/pvh-1\s+pvh -> \(refused\)\s+FAILS: type: PVH Arm guests need Xen 4.12 or later/);
    const md = run(["upgrade", "--xen-version", "4.11", "--state-json", "@", "--format", "markdown"], armState("4.17.7", [pvh]));
    expect(md.out).toContain("| `pvh-1` | `pvh` → `(refused)` | FAILS: type: PVH Arm guests need Xen 4.12 or later |");
  });

  it("no change: exit 0; --host filters; flags give facts when the state has none", () => {
    let r = run(["upgrade", "--xen-version", "4.20", "--state-json", "@"], armState("4.17.7", [pvh]));
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/no change for the 1 guest/);
    const noFacts = { format_version: "1.0", values: { root_module: { resources: [pv] } } };
    r = run(["upgrade", "--xen-version", "4.20", "--state-json", "@"], noFacts);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no facts for host "arm1"/);
    r = run(["upgrade", "--xen-version", "4.20", "--state-json", "@", "--arch", "aarch64", "--from-version", "4.11", "--host", "arm1", "--format", "json"], noFacts);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).hosts[0]).toMatchObject({ facts_source: "flags", from: "4.11", to: "4.20" });
    r = run(["upgrade", "--xen-version", "4.20", "--state-json", "@", "--host", "elsewhere"], noFacts);
    expect(r.code).toBe(1);
    r = run(["upgrade", "--xen-version", "four", "--state-json", "@"], noFacts);
    expect(r.code).toBe(1);
  });

  it("facts from the provider's facts block (a plan made without SSH)", () => {
    const doc = planDoc([pv], [], {
      configuration: { provider_config: { xen: { name: "xen", full_name: "registry.terraform.io/xen-cdk/xen", expressions: { host: [{
        name: { constant_value: "arm1" }, facts: { arch: { constant_value: "aarch64" }, xen_version: { constant_value: "4.10.0" }, xen_caps: { constant_value: "xen-3.0-aarch64" } },
      }] } } } },
    });
    const r = run(["upgrade", "--xen-version", "4.17", "--plan-json", "@", "--format", "json"], doc);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).hosts[0]).toMatchObject({ facts_source: "provider facts block", from: "4.10.0" });
  });
});

describe("bin/cdktf-xen (built)", () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(BIN)) execFileSync("node", [join(ROOT, "scripts/build.mjs")], { stdio: "ignore" });
    dir = mkdtempSync(join(tmpdir(), "cdktf-xen-bin-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is an executable with the same exit statuses", () => {
    const f = join(dir, "p.json");
    writeFileSync(f, JSON.stringify(planDoc([], [driftOf("xen_domain.web", ["delete"], WEB, null)])));
    let r = spawnSync(BIN, ["drift", "--plan-json", f], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/web-1\s+\(guest\)\s+pvh, 128 MiB, domid 3\s+\(gone\)/);
    writeFileSync(f, JSON.stringify(planDoc([], [])));
    r = spawnSync(BIN, ["drift", "--plan-json", f, "--format", "json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(spawnSync(BIN, ["--version"], { encoding: "utf8" }).stdout).toMatch(/^cdktf-xen \d+\.\d+\.\d+/);
    expect(spawnSync(BIN, [], { encoding: "utf8" }).status).toBe(1);
  });
});
