// THE CLOUD-INIT SEED, READ BY ITS REAL CONSUMERS: the image the provider writes, as blkid,
// isoinfo and xorriso read it (and Linux's own iso9660 driver, where this kernel has one), and
// its files as Debian's cloud-init reads them (its NoCloud datasource, in the package's own
// python); the plan's YAML and schema findings next to PyYAML's and `cloud-init schema`'s.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { required, skipped } from "../harness/required";
import { checkSeed, cloudConfigFindings, defaultSeedVdev, instanceIdOf, metaDataText, SEED_MAX_BYTES, seedFiles, seedImage, userDataKind } from "../../src/xen/cloud-init";
import { CLOUD_CONFIG_SCHEMA } from "../../src/xen/cloud-config-keys";
import { isoImage } from "../../src/xen/iso9660";

const PY = "/usr/bin/python3";
const SCHEMA = "/usr/lib/python3/dist-packages/cloudinit/config/schemas/schema-cloud-config-v1.json";
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const cloudInit = required("Debian's cloud-init package", existsSync(SCHEMA) && existsSync(PY) && has("cloud-init"), "CDKTF_XEN_SKIP_CLOUD_INIT",
  "the seed is read by cloud-init's own NoCloud datasource and schema check (scripts/setup.sh cloud-init installs it)");
const isoTools = required("blkid, isoinfo and xorriso", has("blkid") && has("isoinfo") && has("xorriso"), "CDKTF_XEN_SKIP_CLOUD_INIT",
  "the seed image is checked by real ISO 9660 readers (scripts/setup.sh cloud-init installs them)");

const work = mkdtempSync(join(tmpdir(), "seed-model-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const UUID = "8d1f6a52-3c1e-4f43-9a55-0b2f5f1f7e21";
const USER_DATA = "#cloud-config\nhostname: web-0\nssh_authorized_keys:\n  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3 test\nruncmd:\n  - [sh, -c, 'echo marker-51c2 > /dev/console']\n";
const NETWORK = "version: 2\nethernets:\n  eth0:\n    dhcp4: true\n";

/** The files of an ISO image extracted by xorriso (Rock Ridge names), into `dir`. */
function extract(image: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync("xorriso", ["-osirrox", "on", "-indev", image, "-extract", "/", dir], { stdio: "pipe" });
}

/** What cloud-init's NoCloud datasource (Debian's package) reads from a seed directory under `base`/cloud/seed/nocloud. */
function noCloud(base: string): any {
  const script = [
    "import json, sys",
    "from cloudinit import helpers, distros",
    "from cloudinit.sources.DataSourceNoCloud import DataSourceNoCloud",
    "base = sys.argv[1]",
    "paths = helpers.Paths({'cloud_dir': base + '/cloud', 'run_dir': base + '/run'})",
    "distro = distros.fetch('debian')('debian', {}, paths)",
    "ds = DataSourceNoCloud({'datasource': {'NoCloud': {'fs_label': None}}}, distro, paths)",
    "found = ds.get_data()",
    "ud = ds.get_userdata_raw()",
    "parts = [p.get_content_type() for p in ds.get_userdata().walk() if not p.is_multipart()]",
    "print(json.dumps({'found': found, 'seed': ds.seed, 'metadata': ds.metadata, 'user_data': ud.decode() if isinstance(ud, bytes) else ud,",
    "  'parts': parts, 'network_config': ds.network_config, 'instance_id': ds.get_instance_id()}))",
  ].join("\n");
  return JSON.parse(execFileSync(PY, ["-c", script, base], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
}

/** The top-level keys `cloud-init schema` refuses in a #cloud-config (its "schema errors" line). */
function schemaRefusals(text: string): string[] {
  const f = join(work, `schema-${createHash("sha256").update(text).digest("hex").slice(0, 12)}.yaml`);
  writeFileSync(f, text);
  const r = spawnSync("cloud-init", ["schema", "--config-file", f], { encoding: "utf8" });
  const all = r.stdout + r.stderr;
  const line = all.split("\n").find((l) => l.startsWith("Cloud config schema errors: "));
  if (r.status === 0) return [];
  expect(line, all).toBeDefined();
  // "key: why, key2.0: why": each error starts with a key path and a colon.
  const keys = [...line!.slice("Cloud config schema errors: ".length).matchAll(/(?:^|, )([A-Za-z0-9_]+)(?:\.[^:\s]*)?: /g)].map((m) => m[1]);
  return [...new Set(keys)].sort();
}

const warnedKeys = (text: string) =>
  [...new Set(checkSeed({ user_data: text }, [], "pvh", null).filter((f) => f.severity === "warning" && f.id === "cloudConfigSchema")
    .map((f) => /refuses key "([^"]+)"/.exec(f.summary)![1]))].sort();

describe("the seed image (ISO 9660, Rock Ridge) as real tools read it", () => {
  const image = seedImage({ user_data: USER_DATA, network_config: NETWORK }, UUID, "web-0");
  const file = join(work, "seed.iso");
  writeFileSync(file, image);

  it("is the same bytes for the same inputs, and other bytes for another instance-id", () => {
    expect(seedImage({ user_data: USER_DATA, network_config: NETWORK }, UUID, "web-0").equals(image)).toBe(true);
    expect(seedImage({ user_data: USER_DATA, network_config: NETWORK }, UUID.replace("8d", "9d"), "web-0").equals(image)).toBe(false);
    // Whole sectors; 16 of system area, descriptors, path tables, root, three files.
    expect(image.length).toBe(24 * 2048);
  });

  it.runIf(isoTools)("blkid finds the label cidata, isoinfo the Rock Ridge names, xorriso the contents", () => {
    expect(execFileSync("blkid", ["-o", "export", file], { encoding: "utf8" })).toMatch(/^LABEL=cidata\nTYPE=iso9660$/m);
    const info = execFileSync("isoinfo", ["-d", "-i", file], { encoding: "utf8" });
    expect(info).toMatch(/^Volume id: cidata$/m);
    expect(info).toMatch(/^Rock Ridge signatures version 1 found$/m);
    const listing = execFileSync("isoinfo", ["-R", "-l", "-i", file], { encoding: "utf8" });
    expect([...listing.matchAll(/^-r--r--r--\s+1\s+0\s+0\s+(\d+) .* ([a-z-]+) $/gm)].map((m) => [m[2], Number(m[1])])).toEqual([
      ["meta-data", Buffer.byteLength(`instance-id: ${UUID}\nlocal-hostname: web-0\n`)], ["network-config", NETWORK.length], ["user-data", USER_DATA.length]]);
    const out = join(work, "x");
    extract(file, out);
    expect(readdirSync(out).sort()).toEqual(["meta-data", "network-config", "user-data"]);
    expect(readFileSync(join(out, "user-data"), "utf8")).toBe(USER_DATA);
    expect(readFileSync(join(out, "network-config"), "utf8")).toBe(NETWORK);
  });

  it.runIf(isoTools)("Linux mounts it read-only and sees the same files", () => {
    const kernelHasIso = readFileSync("/proc/filesystems", "utf8").split("\n").some((l) => l.trim().endsWith("iso9660"));
    if (!kernelHasIso || process.getuid?.() !== 0) {
      skipped("mounting the seed image: this kernel has no iso9660 driver (or this is not root); the emulated Arm host's guest mounts it instead");
      return;
    }
    const mnt = join(work, "mnt");
    mkdirSync(mnt);
    execFileSync("mount", ["-o", "loop,ro", "-t", "iso9660", file, mnt]);
    try {
      expect(readdirSync(mnt).sort()).toEqual(["meta-data", "network-config", "user-data"]);
      expect(readFileSync(join(mnt, "user-data"), "utf8")).toBe(USER_DATA);
    } finally {
      execFileSync("umount", [mnt]);
    }
  });

  it("refuses what it cannot write: a bad label, a name outside Rock Ridge's plain set, too many files for one sector", () => {
    expect(() => isoImage("ci data", [])).toThrow(/volume label/);
    expect(() => isoImage("cidata", [{ name: "a/b", data: Buffer.alloc(0) }])).toThrow(/file name/);
    expect(() => isoImage("cidata", Array.from({ length: 40 }, (_, i) => ({ name: `file-number-${i}`, data: Buffer.alloc(1) })))).toThrow(/one-sector root directory/);
  });
});

describe.runIf(cloudInit && isoTools)(`Debian's cloud-init (${CLOUD_CONFIG_SCHEMA.version}) reads the seed with its NoCloud datasource`, () => {
  it("a #cloud-config with network-config: instance-id is the uuid, local-hostname the name, the files as written", () => {
    const base = join(work, "nc1");
    const iso = join(work, "nc1.iso");
    writeFileSync(iso, seedImage({ user_data: USER_DATA, network_config: NETWORK }, UUID, "web-0"));
    extract(iso, join(base, "cloud", "seed", "nocloud"));
    const ds = noCloud(base);
    expect(ds.found).toBe(true);
    expect(ds.instance_id).toBe(UUID);
    expect(ds.metadata).toMatchObject({ "instance-id": UUID, "local-hostname": "web-0" });
    expect(ds.user_data).toBe(USER_DATA);
    expect(ds.parts).toEqual(["text/cloud-config"]);
    expect(ds.network_config).toEqual({ version: 2, ethernets: { eth0: { dhcp4: true } } });
  });

  it("a script, the user's meta-data keys over the defaults, no network-config file when none is given", () => {
    const base = join(work, "nc2");
    const iso = join(work, "nc2.iso");
    const meta = "# the user's\ninstance-id: fleet-7\npublic-keys:\n  - ssh-ed25519 AAAA x\n";
    writeFileSync(iso, seedImage({ user_data: "#!/bin/sh\necho marker-script\n", meta_data: meta }, UUID, "db 1"));
    extract(iso, join(base, "cloud", "seed", "nocloud"));
    expect(readdirSync(join(base, "cloud", "seed", "nocloud")).sort()).toEqual(["meta-data", "user-data"]);
    const ds = noCloud(base);
    expect(ds.instance_id).toBe("fleet-7");
    expect(ds.metadata).toMatchObject({ "instance-id": "fleet-7", "local-hostname": "db 1", "public-keys": ["ssh-ed25519 AAAA x"] });
    expect(ds.parts).toEqual(["text/x-shellscript"]);
    expect(instanceIdOf(meta, UUID)).toBe("fleet-7");
  });

  it("MIME multipart user-data passes the plan unchecked and reaches cloud-init as its parts", () => {
    const mime = 'Content-Type: multipart/mixed; boundary="B"\nMIME-Version: 1.0\n\n--B\nContent-Type: text/cloud-config\n\nhostname: m\n\n--B\nContent-Type: text/x-shellscript\n\n#!/bin/sh\necho hi\n--B--\n';
    expect(userDataKind(mime)).toBe("other");
    expect(checkSeed({ user_data: mime }, [], "pvh", null)).toEqual([]);
    const base = join(work, "nc3");
    const iso = join(work, "nc3.iso");
    writeFileSync(iso, seedImage({ user_data: mime }, UUID, "m"));
    extract(iso, join(base, "cloud", "seed", "nocloud"));
    expect(noCloud(base).parts).toEqual(["text/cloud-config", "text/x-shellscript"]);
  });
});

describe.runIf(cloudInit)("the plan's findings next to cloud-init's own", () => {
  it("the key table is current with the installed cloud-init's schema", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-cloud-config-keys.mjs", "--check"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(CLOUD_CONFIG_SCHEMA.sha256).toBe(createHash("sha256").update(readFileSync(SCHEMA)).digest("hex"));
  });

  // Each case: the #cloud-config, and whether the table reaches every refusal in it (top-level
  // types, enums, list lengths and items, closed mappings one level down).
  const CASES: [string, string, boolean][] = [
    ["valid", USER_DATA, true],
    ["valid, YAML 1.1 booleans", "#cloud-config\npackage_update: yes\npackage_upgrade: off\n", true],
    ["unknown keys pass", "#cloud-config\nnot_a_module: 1\nhostname: h\n", true],
    ["types", "#cloud-config\nhostname: 5\npackage_update: \"maybe\"\nruncmd: echo hi\n", true],
    ["list items", "#cloud-config\nssh_authorized_keys: [1, \"ssh-ed25519 A\"]\nbootcmd: [5]\n", true],
    ["empty list", "#cloud-config\nruncmd: []\n", true],
    ["closed mapping", "#cloud-config\nchpasswd:\n  expire: false\n  passwords: x\n", true],
    ["required item key", "#cloud-config\nwrite_files:\n  - content: x\n", true],
    ["an item's closed keys", "#cloud-config\nwrite_files:\n  - path: /x\n    contents: y\n", true],
    ["enum", "#cloud-config\nresize_rootfs: sometimes\n", true],
    ["deeper than the table", "#cloud-config\nusers:\n  - name: x\n    lock_passwd: 3\n", false],
  ];
  for (const [name, text, reached] of CASES) {
    it(`${name}: ${reached ? "the same keys as" : "a subset of"} cloud-init schema's refusals`, () => {
      const theirs = schemaRefusals(text), ours = warnedKeys(text);
      // The bad cases are bad to cloud-init, the good ones good: no case passes by saying nothing.
      expect(theirs.length > 0, theirs.join(", ")).toBe(!name.startsWith("valid") && name !== "unknown keys pass");
      for (const k of ours) expect(theirs).toContain(k);
      if (reached) expect(ours).toEqual(theirs);
      else expect(theirs.length).toBeGreaterThan(ours.length);
    });
  }

  const BROKEN = [
    "#cloud-config\nusers:\n  - name: a\n   bad: [x\n",
    "#cloud-config\nhostname: a\n\truncmd: []\n",
    "#cloud-config\na: b: c\n",
    "#cloud-config\nruncmd:\n  - [echo, x\nhostname: y\n",
    "#cloud-config\nkey: 'unterminated\n",
  ];
  for (const [n, text] of BROKEN.entries()) {
    it(`YAML that does not parse (${n + 1}): an error on user_data with the line PyYAML names too, and not a word of the text`, () => {
      const f = checkSeed({ user_data: text }, [], "pvh", null);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: "error", path: ["cloud_init", "user_data"] });
      const line = Number(/line (\d+)/.exec(f[0].summary)![1]);
      const py = execFileSync(PY, ["-c", "import sys, yaml\ntry:\n  yaml.safe_load(sys.stdin.read())\nexcept yaml.MarkedYAMLError as e:\n  print(e.problem_mark.line + 1)"],
        { input: text, encoding: "utf8" }).trim();
      expect(line).toBe(Number(py));
      for (const word of text.split(/\W+/).filter((w) => w.length > 3 && w !== "cloud")) expect(`${f[0].summary} ${f[0].detail}`).not.toContain(word);
    });
  }
});

describe("the seed's rules", () => {
  it("meta-data: the defaults, the user's keys kept and in front only when missing", () => {
    expect(metaDataText(null, UUID, "web-0")).toBe(`instance-id: ${UUID}\nlocal-hostname: web-0\n`);
    expect(metaDataText("local-hostname: other\n", UUID, "web-0")).toBe(`instance-id: ${UUID}\nlocal-hostname: other\n`);
    expect(seedFiles({ user_data: "#!/bin/sh\n" }, UUID, "a").map((f) => f.name)).toEqual(["meta-data", "user-data"]);
  });

  it("size: NoCloud's reads have no limit; the provider's is the plugin protocol's", () => {
    const at = (n: number) => checkSeed({ user_data: `#!/bin/sh\n${"x".repeat(n - 10)}` }, [], "pvh", null);
    expect(at(SEED_MAX_BYTES)).toEqual([]);
    expect(at(SEED_MAX_BYTES + 1)).toEqual([expect.objectContaining({ severity: "error", summary: `The cloud-init seed is ${SEED_MAX_BYTES + 1} bytes, more than 67108864 (64 MiB)` })]);
  });

  it("vdev: the default per type, a disk's vdev refused, PV disks unseen by an HVM guest without the platform device refused", () => {
    expect(defaultSeedVdev("pvh")).toBe("xvdz");
    expect(defaultSeedVdev("pv")).toBe("xvdz");
    expect(defaultSeedVdev("hvm")).toBe("hdd");
    const summaries = (vdev: string | null, disks: string[], type: "pv" | "pvh" | "hvm", xl: Record<string, unknown> | null = null) =>
      checkSeed({ user_data: "#!/bin/sh\n", vdev }, disks.map((v) => ({ vdev: v, target: "/x" })), type, xl).map((f) => `${f.severity}: ${f.summary}`);
    expect(summaries(null, ["xvda", "xvdb"], "pvh")).toEqual([]);
    expect(summaries(null, ["xvda", "xvdz"], "pvh")).toEqual(['error: cloud_init.vdev "xvdz" is disk[1]\'s virtual device']);
    expect(summaries("hdd", ["xvdd"], "hvm")).toEqual([]);
    expect(summaries("xvdd", ["hdd"], "pv")).toEqual(['error: cloud_init.vdev "xvdd" is disk[0]\'s virtual device']);
    expect(summaries("xvdz", [], "hvm", { xen_platform_pci: "0" })).toEqual(["error: An HVM guest with xen_platform_pci = 0 cannot see the PV disk xvdz"]);
    expect(summaries(null, [], "hvm", { xen_platform_pci: "0" })).toEqual([]);
    expect(summaries("nope", [], "pvh")).toEqual(['error: cloud_init.vdev "nope" is not a virtual disk name libxl reads']);
    expect(summaries(null, [], "pvh", { disk: '["vdev=xvda,target=/x"]' })).toEqual(["error: A cloud-init seed needs the guest's disks in disk blocks, not in xl_config's disk list"]);
  });

  it("meta_data that is not a mapping, network_config without a version", () => {
    expect(checkSeed({ meta_data: "- a\n- b\n" }, [], "pvh", null).map((f) => f.summary)).toEqual(["cloud_init.meta_data must be a YAML mapping"]);
    expect(checkSeed({ network_config: "config: disabled\n" }, [], "pvh", null).map((f) => f.summary)).toEqual(["cloud_init.network_config has no version 1 or 2"]);
    expect(checkSeed({ network_config: "network:\n  version: 1\n  config: []\n" }, [], "pvh", null)).toEqual([]);
    expect(cloudConfigFindings(["a"]).map((f) => f.id)).toEqual(["cloudConfigNotMapping"]);
  });
});
