// How a volume is made from its source (planCopy), from what the host said (parseSourceProbe of
// sourceProbe's output — the probe itself runs on this machine's sh and coreutils below, and on
// the loopback host in test/engine/volume-images.test.ts).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFileVolume, EXIT, sourceProbe } from "../../src/resources/host-scripts";
import { parseSourceProbe, planCopy, type SourceFacts, type VolumeSpec } from "../../src/xen";

const MIB = 1024 * 1024;
const file = (v: Partial<VolumeSpec>): VolumeSpec => ({ name: "web-0.raw", pool_dir: "/var/lib/xen/pool", source: "/var/lib/xen/images/base.raw", ...v });
const lv = (v: Partial<VolumeSpec>): VolumeSpec => ({ name: "web-0", volume_group: "vg0", source: "/dev/vg0/base", ...v });
const facts = (source: SourceFacts["source"], pool: SourceFacts["pool"] = { dev: "2049", fs: "btrfs", reflink: true }, sparseCp = true, sparseDd = true): SourceFacts => ({ source, pool, sparseCp, sparseDd });
const copyOf = (v: VolumeSpec, f: SourceFacts, planned = false) => planCopy(v, f, planned);
const errors = (v: VolumeSpec, f: SourceFacts, planned = false) => planCopy(v, f, planned).findings.map((x) => `${x.path?.join(".")}: ${x.summary}`);

describe("planCopy: the copy the plan promises", () => {
  const onBtrfs = { kind: "file", dev: "2049", bytes: 8 * MIB, fs: "btrfs" } as const;
  it("file → file: a reflink on the pool's reflink-capable file system, else a sparse copy, else a plain one", () => {
    expect(copyOf(file({}), facts(onBtrfs)).copy).toBe("reflink");
    // another device (another file system, or another btrfs subvolume): no promise of a reflink
    expect(copyOf(file({}), facts({ ...onBtrfs, dev: "2050" })).copy).toBe("sparse");
    expect(copyOf(file({}), facts(onBtrfs, { dev: "2049", fs: "ext2/ext3", reflink: false })).copy).toBe("sparse");
    expect(copyOf(file({}), facts(onBtrfs, { dev: "2049", fs: "xfs", reflink: false })).copy).toBe("sparse");
    expect(copyOf(file({}), facts(onBtrfs, { dev: "2049", fs: "ext2/ext3", reflink: false }, false)).copy).toBe("full");
  });

  it("a source another resource of the plan uploads: judged by the directory it will land in", () => {
    const absent = { kind: "absent", dev: "2049", fs: "btrfs" } as const;
    expect(planCopy(file({}), facts(absent), true)).toEqual({ copy: "reflink", findings: [] });
    expect(errors(file({}), facts(absent), false)).toEqual(["source: source does not exist on the host"]);
  });

  it("LVM: a thin snapshot of a thin LV of the same group; a full copy of anything else", () => {
    const thin = { kind: "lv", vg: "vg0", lv: "base", thin: true, mib: 20, pool: "pool0" } as const;
    expect(copyOf(lv({}), facts(thin, null)).copy).toBe("thin-snapshot");
    expect(copyOf(lv({ size: 32 }), facts(thin, null)).copy).toBe("thin-snapshot");
    expect(copyOf(lv({ volume_group: "vg1" }), facts(thin, null)).copy).toBe("full");
    expect(copyOf(lv({}), facts({ ...thin, thin: false }, null)).copy).toBe("full");
    expect(copyOf(lv({ source: "/var/lib/xen/images/base.raw" }), facts(onBtrfs, null)).copy).toBe("full");
  });

  it("LVM with thin_pool: a thin snapshot of a thin LV of that pool; anything else written sparse onto a new thin LV of the pool (whole by a dd that cannot skip zeros)", () => {
    const thin = { kind: "lv", vg: "vg0", lv: "base", thin: true, mib: 20, pool: "pool0" } as const;
    expect(copyOf(lv({ thin_pool: "pool0" }), facts(thin, null)).copy).toBe("thin-snapshot");
    // A snapshot would land in the origin's pool, not the one asked for: a copy into it.
    expect(copyOf(lv({ thin_pool: "pool1" }), facts(thin, null)).copy).toBe("sparse");
    expect(copyOf(lv({ thin_pool: "pool0" }), facts({ ...thin, thin: false, pool: null }, null)).copy).toBe("sparse");
    expect(copyOf(lv({ thin_pool: "pool0", source: "/var/lib/xen/images/base.raw" }), facts(onBtrfs, null)).copy).toBe("sparse");
    // busybox's dd has no conv=sparse.
    expect(copyOf(lv({ thin_pool: "pool0", source: "/var/lib/xen/images/base.raw" }), facts(onBtrfs, null, false, false)).copy).toBe("full");
  });

  it("a thin volume another xen_volume of the plan makes (not there yet): a thin snapshot of it, as if the host had said so", () => {
    const absent = { kind: "absent", dev: "5", fs: "devtmpfs" } as const;
    expect(planCopy(lv({}), facts(absent, null), { thinPool: "pool0" })).toEqual({ copy: "thin-snapshot", findings: [] });
    expect(planCopy(lv({ thin_pool: "pool0" }), facts(absent, null), { thinPool: "pool0" }).copy).toBe("thin-snapshot");
    expect(planCopy(lv({ thin_pool: "pool1" }), facts(absent, null), { thinPool: "pool0" }).copy).toBe("sparse");
    // Of another group: a copy.
    expect(planCopy(lv({ volume_group: "vg1" }), facts(absent, null), { thinPool: "pool0" }).copy).toBe("full");
    // A thick volume of the plan: a copy, as before.
    expect(planCopy(lv({}), facts(absent, null), true).copy).toBe("full");
  });

  it("refusals: too small, a block device for a file volume, itself, not a file", () => {
    expect(errors(file({ size: 4 }), facts(onBtrfs))).toEqual(["size: size 4 MiB is smaller than the source (8 MiB)"]);
    expect(errors(file({ size: 8 }), facts(onBtrfs))).toEqual([]);
    expect(errors(lv({ size: 16 }), facts({ kind: "lv", vg: "vg0", lv: "base", thin: true, mib: 20, pool: "pool0" }, null))).toEqual(["size: size 16 MiB is smaller than the source (20 MiB)"]);
    expect(errors(file({ source: "/dev/vg0/base" }), facts({ kind: "lv", vg: "vg0", lv: "base", thin: false, mib: 8, pool: null }))).toEqual(["source: source is a block device; a file volume (pool_dir) copies a file"]);
    expect(errors(lv({ name: "base" }), facts({ kind: "lv", vg: "vg0", lv: "base", thin: true, mib: 8, pool: "pool0" }, null))).toEqual(["source: A volume cannot be a copy of itself"]);
    expect(errors(file({}), facts({ kind: "other", what: "a symbolic link" }))).toEqual(["source: source is a symbolic link on the host"]);
  });
});

describe("parseSourceProbe", () => {
  it("reads lvs' padded output (lvm2 2.03: `lvs --noheadings --nosuffix --units m -o vg_name,lv_name,lv_attr,lv_size,pool_lv`)", () => {
    expect(parseSourceProbe("src lv   xenvg base Vwi-a-tz-- 20.00 pool\ncp sparse\n")).toEqual({ source: { kind: "lv", vg: "xenvg", lv: "base", thin: true, mib: 20, pool: "pool" }, pool: null, sparseCp: true, sparseDd: false });
    // A thick LV has no pool: lvs prints nothing in that column.
    expect(parseSourceProbe("src lv   xenvg thick -wi-a----- <7.99 \ncp sparse\n")?.source).toEqual({ kind: "lv", vg: "xenvg", lv: "thick", thin: false, mib: 8, pool: null });
    expect(parseSourceProbe("src absent 2049 btrfs\npool 2049 btrfs 1\ncp plain\n")).toEqual({ source: { kind: "absent", dev: "2049", fs: "btrfs" }, pool: { dev: "2049", fs: "btrfs", reflink: true }, sparseCp: false, sparseDd: false });
    expect(parseSourceProbe("src absent\ncp plain\ndd sparse\n")?.sparseDd).toBe(true);
    expect(parseSourceProbe("garbage")).toBe(null);
  });

  const work = mkdtempSync(join(tmpdir(), "volume-copies-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it("what sourceProbe says of this machine's files (sh, coreutils; lvs absent or not knowing them)", () => {
    writeFileSync(join(work, "base.raw"), Buffer.alloc(3 * MIB + 1));
    const run = (src: string, pool: string | null) => parseSourceProbe(execFileSync("sh", ["-c", sourceProbe(src, pool)], { encoding: "utf8" }));
    const dev = execFileSync("stat", ["-c", "%d", work], { encoding: "utf8" }).trim();
    const fs = execFileSync("stat", ["-f", "-c", "%T", work], { encoding: "utf8" }).trim();
    const f = run(join(work, "base.raw"), join(work, "pool", "deeper"));
    expect(f?.source).toEqual({ kind: "file", dev, bytes: 3 * MIB + 1, fs });
    expect(f?.pool).toMatchObject({ dev, fs });
    expect(f?.sparseCp).toBe(true); // GNU cp
    expect(f?.sparseDd).toBe(true); // GNU dd
    expect(run(join(work, "later", "x.raw"), null)?.source).toEqual({ kind: "absent", dev, fs });
    expect(run(work, null)?.source).toEqual({ kind: "other", what: "neither a regular file nor a logical volume" });
    execFileSync("ln", ["-s", join(work, "base.raw"), join(work, "link.raw")]);
    expect(run(join(work, "link.raw"), null)?.source).toEqual({ kind: "other", what: "a symbolic link" });
  });
});

describe("createFileVolume's script (this machine's sh and coreutils; the stand-in xl lists no guest)", () => {
  const work = mkdtempSync(join(tmpdir(), "volume-create-"));
  const state = join(work, "state"), pool = join(work, "pool"), src = join(work, "base.raw");
  const FAKE = join(__dirname, "..", "harness", "fake-xen");
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Run the script; with `gone`, its stdout's reader is gone from the start (a client cut off). */
  const run = (script: string, gone: boolean) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn("sh", ["-c", script], { env: { ...process.env, PATH: `${FAKE}:${process.env.PATH}`, FAKE_XEN_STATE: state }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    if (gone) child.stdout.destroy();
    else child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });

  it("a copy whose client is gone when it is done is not put in place, and leaves no temporary file", async () => {
    mkdirSync(state);
    execFileSync(process.execPath, [join(FAKE, "fake-xen.cjs"), "init"], { env: { ...process.env, FAKE_XEN_STATE: state } });
    writeFileSync(src, Buffer.alloc(4 * MIB, 1));
    const script = createFileVolume(pool, join(pool, "vol.raw"), 8, src, "sparse");
    const cut = await run(script, true);
    expect(cut.code, cut.stderr).toBe(EXIT.cannotWrite);
    expect(readdirSync(pool)).toEqual([]);
    const ok = await run(script, false);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout.trim()).toMatch(/^copy sparse\nfile \d+:\d+:\S+ 8388608$/);
    expect(readdirSync(pool)).toEqual(["vol.raw"]);
    // Nothing is made over what is there.
    const again = await run(script, false);
    expect(again.code).toBe(EXIT.nameTaken);
    expect(existsSync(join(pool, "vol.raw"))).toBe(true);
  });
});
