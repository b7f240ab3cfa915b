// xen_file's pieces that need no host: the plan's checks of a destination, the local
// source's hashes (decompressed on the way), and the upload script itself, run by the local
// /bin/sh on a temporary directory (the engine test, test/engine/files.test.ts, runs it over
// SSH on the stand-in host, under the host lock).
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { checkFileDestination, defaultFileName, packingByName, packingOf, parseFileSeen, sameFile } from "../../src/xen";
import { deleteFile, EXIT, fileRead, uploadFile } from "../../src/resources/host-scripts";
import { cachedDigest, digest, inspectSource, uploadStream } from "../../src/resources/local-source";
import { xz } from "../harness/kernel-images";

const work = mkdtempSync(join(tmpdir(), "xen-file-model-"));
// The plan's digests are kept here (cachedDigest), not in the user's cache.
process.env.XDG_CACHE_HOME = join(work, "cache");
afterAll(() => rmSync(work, { recursive: true, force: true }));
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
/** What the plan read of a plain source with these bytes. */
const planned = (b: Buffer) => ({ sha256: sha(b), sourceSha256: sha(b), size: b.length });
/** The header's length: the marker, a space, the size in 20 characters, a newline. */
const HEADER = 38;
const data = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => (i * 7919) % 251));

/** The script run by the local shell with `stdin` (a stream, or bytes). */
function sh(script: string, stdin: Readable | Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn("sh", ["-c", script]);
    let stdout = "", stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.stdin.on("error", () => {});
    if (Buffer.isBuffer(stdin)) p.stdin.end(stdin);
    else stdin.pipe(p.stdin);
    p.on("close", (code) => resolve({ code: code ?? 255, stdout, stderr }));
  });
}

async function bytesOf(s: Readable): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of s) out.push(c as Buffer);
  return Buffer.concat(out);
}

describe("xen_file's plan checks", () => {
  it("names and directories", () => {
    expect(checkFileDestination("/var/lib/xen/boot", "vmlinuz", true)).toEqual([]);
    const paths = (d: string, n: string, named = true) => checkFileDestination(d, n, named).map((f) => f.path?.join("."));
    expect(paths("/var/lib/xen/boot", "../etc/passwd")).toEqual(["name"]);
    expect(paths("/var/lib/xen/boot", "a/b")).toEqual(["name"]);
    expect(paths("/var/lib/xen/boot", "..")).toEqual(["name"]);
    expect(paths("/var/lib/xen/boot", "vm\nlinuz")).toEqual(["name"]);
    expect(paths("/var/lib/xen/boot", ".hidden", false)).toEqual(["source"]);
    expect(paths("boot", "vmlinuz")).toEqual(["directory"]);
    expect(paths("/var/lib/../etc", "vmlinuz")).toEqual(["directory"]);
    expect(paths("/var/lib/x\tb", "vmlinuz")).toEqual(["directory"]);
    expect(checkFileDestination("/b", "a/b", true)[0].summary).toMatch(/contains "\/"/);
  });

  it("the default name drops the compression's suffix only when unpacking", () => {
    expect(defaultFileName("/tmp/k/vmlinuz.xz", "xz")).toBe("vmlinuz");
    expect(defaultFileName("disk.raw.gz", "gzip")).toBe("disk.raw");
    expect(defaultFileName("disk.raw.zst", "zstd")).toBe("disk.raw");
    expect(defaultFileName("disk.raw.gz", null)).toBe("disk.raw.gz");
    expect(defaultFileName("initrd.img", "gzip")).toBe("initrd.img");
    // Where the bytes cannot be read (synth), the name says the packing.
    expect(["k.xz", "d.raw.gz", "d.raw.zst", "initrd.img", "x.gz.raw"].map(packingByName)).toEqual(["xz", "gzip", "zstd", null, null]);
  });

  it("compressions by their first bytes", () => {
    expect(packingOf(gzipSync(Buffer.from("x")))).toBe("gzip");
    expect(packingOf(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))).toBe("xz");
    expect(packingOf(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0]))).toBe("zstd");
    expect(packingOf(Buffer.from("ELF..."))).toBe(null);
  });

  it("what the host says of a file", () => {
    expect(parseFileSeen("file 2049:12:1733550000.123456789 20971520\n")).toEqual({ identity: "2049:12:1733550000.123456789", size: 20971520, sha256: null });
    expect(parseFileSeen(`file 1:2:3.0 4\nsha256 ${"a".repeat(64)}\n`)).toMatchObject({ sha256: "a".repeat(64) });
    expect(parseFileSeen("symlink")).toEqual({ other: "a symbolic link" });
    expect(parseFileSeen("absent")).toEqual({ absent: true });
    expect(sameFile("1:2:3.5", "1:2:9.0")).toBe(true);
    expect(sameFile("1:2:3.5", "1:3:3.5")).toBe(false);
    // Where the host tells a file's birth: one born after the write the identity saw is another file with the freed inode number.
    expect(parseFileSeen("file 1:2:9.0 4\nborn 1733550000.000000001\n")).toMatchObject({ born: "1733550000.000000001" });
    expect(parseFileSeen("file 1:2:9.0 4\nborn 0.000000000\n")).not.toHaveProperty("born");
    expect(sameFile("1:2:1733550000.5", "1:2:1733550009.0", "1733550000.400000000")).toBe(true);
    expect(sameFile("1:2:1733550000.5", "1:2:1733550009.0", "1733550000.500000000")).toBe(true);
    expect(sameFile("1:2:1733550000.5", "1:2:1733550009.0", "1733550000.500000001")).toBe(false);
  });
});

describe("xen_file's local source", () => {
  it("a missing source, a directory", async () => {
    expect(await inspectSource(join(work, "nope"))).toEqual({ problem: "does not exist" });
    expect(await inspectSource(work)).toEqual({ problem: "is a directory, not a regular file" });
  });

  it("hashes: of the source, and of the bytes written (gzip, xz and zstd undone)", async () => {
    const plain = join(work, "plain.raw");
    writeFileSync(plain, data);
    expect(await digest(plain, null)).toEqual({ sourceSha256: sha(data), sha256: sha(data), size: data.length });
    const packed: [string, Buffer, "gzip" | "xz" | "zstd"][] = [["d.gz", gzipSync(data), "gzip"], ["d.xz", await xz(data), "xz"]];
    try {
      packed.push(["d.zst", execFileSync("zstd", ["-q", "-c", plain]), "zstd"]);
    } catch {
      /* no zstd(1) here: the zstd decoder is fzstd's, as for kernels */
    }
    for (const [name, bytes, p] of packed) {
      writeFileSync(join(work, name), bytes);
      expect(await inspectSource(join(work, name))).toEqual({ packing: p, size: bytes.length });
      expect(await digest(join(work, name), p), name).toEqual({ sourceSha256: sha(bytes), sha256: sha(data), size: data.length });
      const up = uploadStream(join(work, name), p, { sha256: sha(data), sourceSha256: sha(bytes), size: data.length });
      const sent = await bytesOf(up.stream);
      // The header announces how many bytes follow; the host keeps the file only if they all arrive.
      expect(sent.subarray(0, HEADER).toString()).toBe(`cdktf-xen-upload ${String(data.length).padStart(20)}\n`);
      expect(sent.subarray(HEADER).equals(data), name).toBe(true);
      expect(up.problem()).toBe(null);
    }
  });

  it("a corrupt compressed source is a problem, not a file", async () => {
    const bad = Buffer.concat([gzipSync(data).subarray(0, 1000), Buffer.alloc(1000, 7)]);
    writeFileSync(join(work, "bad.gz"), bad);
    await expect(digest(join(work, "bad.gz"), "gzip")).rejects.toThrow();
    const up = uploadStream(join(work, "bad.gz"), "gzip", { sha256: sha(data), sourceSha256: sha(bad), size: data.length });
    const sent = await bytesOf(up.stream);
    // It ends short of what the header announced: the host takes it as cut off.
    expect(sent.length).toBeLessThan(HEADER + data.length);
    expect(up.problem()).toMatch(/cannot read or gzip-decompress/);
  });
});

describe("xen_file's upload script (local sh)", () => {
  const dir = join(work, "host");
  const path = join(dir, "disk.raw");
  const temps = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(".")) : []);

  it("writes the file through a temporary one and prints its identity", async () => {
    const src = join(work, "plain.raw");
    writeFileSync(src, data);
    const up = uploadStream(src, null, planned(data));
    const r = await sh(uploadFile(dir, path, "disk.raw", null), up.stream);
    expect(r.code, r.stderr).toBe(0);
    const seen = parseFileSeen(r.stdout);
    expect(seen).toMatchObject({ size: data.length, sha256: null });
    expect(readFileSync(path).equals(data)).toBe(true);
    expect(temps()).toEqual([]);
    // Nothing moved: the read prints no hash; touched, it does.
    const id = (seen as { identity: string }).identity;
    const unmoved = (await sh(fileRead(path, `${id} ${data.length}`), Buffer.alloc(0))).stdout.trim().split("\n");
    expect(unmoved[0]).toBe(`file ${id} ${data.length}`);
    expect(unmoved.slice(1)).toEqual([expect.stringMatching(/^born \d+\.\d{9}$/)]);
    execFileSync("touch", ["-d", "2001-01-01", path]);
    expect(parseFileSeen((await sh(fileRead(path, `${id} ${data.length}`), Buffer.alloc(0))).stdout)).toMatchObject({ sha256: sha(data) });
    // A second create finds it there.
    const again = await sh(uploadFile(dir, path, "disk.raw", null), uploadStream(src, null, planned(data)).stream);
    expect(again.code).toBe(EXIT.nameTaken);
    expect(temps()).toEqual([]);
  });

  it("a stream cut off, or a source that is not what the plan read, leaves no file and no temporary one", async () => {
    rmSync(path, { force: true });
    const src = join(work, "plain.raw");
    const whole = await bytesOf(uploadStream(src, null, planned(data)).stream);
    expect(whole.length).toBe(HEADER + data.length);
    const cut = await sh(uploadFile(dir, path, "disk.raw", null), whole.subarray(0, 1024 * 1024));
    expect(cut.code).toBe(EXIT.uploadCut);
    expect(cut.stderr).toMatch(/cut off/);
    // Other bytes than the plan read (no digest kept for this file: the sender hashes as it sends):
    // the last bytes are held back, so the host sees the stream cut off.
    const other = uploadStream(src, null, { ...planned(data), sha256: "0".repeat(64) });
    const o = await sh(uploadFile(dir, path, "disk.raw", null), other.stream);
    expect(o.code).toBe(EXIT.uploadCut);
    expect(other.problem()).toMatch(/changed since the plan read it \(other bytes than it read\)/);
    // A source grown since the plan: the bytes announced are not all sent, and the sender says why.
    const longer = uploadStream(src, null, { ...planned(data), size: data.length - 10 });
    const l = await sh(uploadFile(dir, path, "disk.raw", null), longer.stream);
    expect(l.code).toBe(EXIT.uploadCut);
    expect(longer.problem()).toMatch(/changed since the plan read it \(more than the \d+ bytes planned\)/);
    expect(existsSync(path)).toBe(false);
    expect(temps()).toEqual([]);
  });

  it("a source the plan read is sent unhashed, and cut off when it is written to meanwhile", async () => {
    rmSync(path, { force: true });
    const src = join(work, "kept.raw");
    writeFileSync(src, data);
    // Not kept while the file is this fresh (it could change again within the same tick of the
    // file clock and keep its key): read by the upload as it sends.
    const fresh = uploadStream(src, null, await cachedDigest(src, null));
    expect((await bytesOf(fresh.stream)).length).toBe(HEADER + data.length);
    await new Promise((r) => setTimeout(r, 150));
    const d = await cachedDigest(src, null);
    expect(d).toEqual(planned(data));
    // Written to while it is sent (the same bytes in place, never truncated: only its ctime says so).
    const up = uploadStream(src, null, d);
    const chunks: Buffer[] = [];
    for await (const c of up.stream) {
      if (chunks.length === 1) { const fd = openSync(src, "r+"); writeSync(fd, data, 0, 4096, 0); closeSync(fd); }
      chunks.push(c as Buffer);
    }
    expect(up.problem()).toMatch(/changed since the plan read it \(written to while it was sent\)/);
    const sent = Buffer.concat(chunks);
    expect(sent.length).toBeLessThan(HEADER + data.length);
    expect((await sh(uploadFile(dir, path, "disk.raw", null), sent)).code).toBe(EXIT.uploadCut);
    // Digests kept long ago are forgotten when a new one is kept.
    const digests = join(work, "cache", "cdktf-xen", "digests");
    const old = join(digests, "0".repeat(64) + ".json");
    writeFileSync(old, "{}");
    execFileSync("touch", ["-d", "40 days ago", old]);
    // Left alone, the file the plan read goes whole (its new key has its digest again).
    await new Promise((r) => setTimeout(r, 150));
    const again = uploadStream(src, null, await cachedDigest(src, null));
    const r = await sh(uploadFile(dir, path, "disk.raw", null), again.stream);
    expect(r.code, r.stderr).toBe(0);
    expect(again.problem()).toBe(null);
    expect(existsSync(old)).toBe(false);
    expect(readFileSync(path).equals(data)).toBe(true);
    // An empty file: its header is what is held back.
    const empty = join(work, "empty.raw");
    writeFileSync(empty, "");
    rmSync(path);
    const e = uploadStream(empty, null, { ...planned(Buffer.alloc(0)), sha256: "0".repeat(64) });
    expect(await bytesOf(e.stream)).toEqual(Buffer.alloc(0));
    expect(e.problem()).toMatch(/other bytes/);
    expect(temps()).toEqual([]);
  });

  it("update and delete act only on the file written, never through a link", async () => {
    const src = join(work, "plain.raw");
    const r = await sh(uploadFile(dir, path, "disk.raw", null), uploadStream(src, null, planned(data)).stream);
    const id = (parseFileSeen(r.stdout) as { identity: string }).identity;
    // An update over it: a new file (new inode) at the path.
    const u = await sh(uploadFile(dir, path, "disk.raw", id), uploadStream(src, null, planned(data)).stream);
    expect(u.code, u.stderr).toBe(0);
    const id2 = (parseFileSeen(u.stdout) as { identity: string }).identity;
    expect(sameFile(id, id2)).toBe(false);
    // With the old identity, neither update nor delete touches it.
    expect((await sh(uploadFile(dir, path, "disk.raw", id), uploadStream(src, null, planned(data)).stream)).code).toBe(EXIT.notOurs);
    expect((await sh(deleteFile(path, id), Buffer.alloc(0))).stdout.trim()).toMatch(/^other /);
    expect(existsSync(path)).toBe(true);
    // A link in its place is left alone.
    const outside = join(work, "precious");
    writeFileSync(outside, "precious");
    rmSync(path);
    symlinkSync(outside, path);
    expect((await sh(deleteFile(path, id2), Buffer.alloc(0))).stdout.trim()).toBe("symlink");
    expect((await sh(uploadFile(dir, path, "disk.raw", id2), uploadStream(src, null, planned(data)).stream)).code).toBe(EXIT.notOurs);
    expect(readFileSync(outside, "utf8")).toBe("precious");
    rmSync(path);
    expect(temps()).toEqual([]);
  });

  it("a file removed and another made in its place is not ours, even when it gets the freed inode number", async () => {
    const src = join(work, "plain.raw");
    const r = await sh(uploadFile(dir, path, "disk.raw", null), uploadStream(src, null, planned(data)).stream);
    const id = (parseFileSeen(r.stdout) as { identity: string }).identity;
    expect(Number(execFileSync("stat", ["-c", "%.9W", path], { encoding: "utf8" })), "GNU stat tells a file's birth here").toBeGreaterThan(0);
    // Written to in place (same inode, same birth, a later mtime): still ours, so an update writes over it.
    writeFileSync(path, "written to in place");
    expect((await sh(deleteFile(path, id), Buffer.alloc(0))).stdout.trim()).toBe("removed");
    // The same device and inode, but born after the write the identity saw: what a file made in
    // place of ours looks like when the filesystem hands it the freed inode number (ext4 does).
    // Here the identity's mtime is moved before the file's birth instead.
    const r2 = await sh(uploadFile(dir, path, "disk.raw", null), uploadStream(src, null, planned(data)).stream);
    const [dev2, ino2] = (parseFileSeen(r2.stdout) as { identity: string }).identity.split(":");
    const born2 = execFileSync("stat", ["-c", "%.9W", path], { encoding: "utf8" }).trim();
    const before = (t: string, ns: number) => { const [a, b] = t.split("."); const n = BigInt(a) * 1_000_000_000n + BigInt(b) - BigInt(ns); return `${n / 1_000_000_000n}.${String(n % 1_000_000_000n).padStart(9, "0")}`; };
    for (const earlier of [before(born2, 1), before(born2, 2_000_000_000)]) {
      const older = `${dev2}:${ino2}:${earlier}`;
      expect((await sh(uploadFile(dir, path, "disk.raw", older), uploadStream(src, null, planned(data)).stream)).code, earlier).toBe(EXIT.notOurs);
      expect((await sh(deleteFile(path, older), Buffer.alloc(0))).stdout.trim(), earlier).toMatch(/^other /);
    }
    // Born exactly at the identity's mtime, or before it: ours.
    expect((await sh(deleteFile(path, `${dev2}:${ino2}:${born2}`), Buffer.alloc(0))).stdout.trim()).toBe("removed");
    expect(temps()).toEqual([]);
  });
});
