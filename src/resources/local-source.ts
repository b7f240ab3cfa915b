// A xen_file's source on the machine running terraform: read in chunks, hashed, and
// decompressed on the way when it is unpacked (gzip by zlib, xz by liblzma as WebAssembly,
// zstd by fzstd) — all streams, so a file of any size takes constant memory, and the host
// needs no decompressor. The plan reads it once (its hashes and size); the upload reads it
// again and makes sure it sends what the plan read (uploadStream).
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { packingOf, type Packing } from "../xen";
import { log } from "../provider/log";
import { uploadHeader } from "./host-scripts";

/**
 * The size of the reads: 256 KiB. Bigger chunks (1 MiB) made the SSH stream slower here (ssh2
 * splits each write into 32 KiB packets at once) and the provider's memory larger.
 */
const CHUNK = 256 * 1024;

/** What a local path is: a regular file (following links) and its compression, or why it cannot be a source. */
export async function inspectSource(path: string): Promise<{ packing: Packing | null; size: number } | { problem: string }> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === "ENOENT" ? "does not exist" : `cannot be read (${(e as Error).message})` };
  }
  if (!st.isFile()) return { problem: st.isDirectory() ? "is a directory, not a regular file" : "is not a regular file" };
  const head = Buffer.alloc(6);
  try {
    const f = await open(path, "r");
    try {
      await f.read(head, 0, 6, 0);
    } finally {
      await f.close();
    }
  } catch (e) {
    return { problem: `cannot be read (${(e as Error).message})` };
  }
  return { packing: packingOf(head), size: st.size };
}

/** The source's raw chunks, each also given to `seen` (the source's hash). */
async function* raw(path: string, seen: (b: Buffer) => void): AsyncGenerator<Buffer> {
  for await (const c of createReadStream(path, { highWaterMark: CHUNK })) {
    seen(c as Buffer);
    yield c as Buffer;
  }
}

/** The bytes that go to the host: the source's, decompressed when `packing` says so. */
async function* content(path: string, packing: Packing | null, seen: (b: Buffer) => void): AsyncGenerator<Uint8Array> {
  const src = raw(path, seen);
  switch (packing) {
    case null:
      yield* src;
      return;
    case "gzip": {
      const gz = createGunzip({ chunkSize: 256 * 1024 });
      // pipeline, not pipe: a source that fails fails the decompressor too (pipe would leave it waiting).
      pipeline(Readable.from(src, { objectMode: false }), gz, () => {});
      for await (const c of gz) yield c as Buffer;
      return;
    }
    case "xz": {
      // @ts-expect-error: the package's types resolve only under "node16" module resolution.
      const lzma = (await import("node-liblzma/wasm")) as { initModule(): Promise<unknown>; createUnxz(): TransformStream<Uint8Array, Uint8Array> };
      await lzma.initModule();
      const web = (Readable.toWeb(Readable.from(src, { objectMode: false })) as unknown as ReadableStream<Uint8Array>).pipeThrough(lzma.createUnxz());
      for await (const c of web as unknown as AsyncIterable<Uint8Array>) yield c;
      return;
    }
    case "zstd": {
      const { Decompress } = await import("fzstd");
      const out: Uint8Array[] = [];
      // Copied: the decoder may reuse its window's memory for the next output.
      const d = new Decompress((chunk) => { out.push(chunk.slice()); });
      for await (const c of src) {
        d.push(c);
        yield* out.splice(0);
      }
      d.push(new Uint8Array(0), true);
      yield* out.splice(0);
      return;
    }
  }
}

export interface Digest {
  /** sha256 of the source as read. */
  sourceSha256: string;
  /** sha256 and size of the bytes that go to the host (decompressed when unpacking). */
  sha256: string;
  size: number;
}

/** The plan's read of a source: its hash, and the hash and size of what would be written. Throws when it cannot be read or decompressed. */
export async function digest(path: string, packing: Packing | null): Promise<Digest> {
  // Unpacked, the source is the content: one hash of it.
  const s = createHash("sha256"), c = packing ? createHash("sha256") : null;
  let size = 0;
  for await (const chunk of content(path, packing, (b) => s.update(b))) {
    c?.update(chunk);
    size += chunk.length;
  }
  const sourceSha256 = s.digest("hex");
  return { sourceSha256, sha256: c ? c.digest("hex") : sourceSha256, size };
}

/**
 * What names a source's bytes without reading them: its path, device, inode, size, mtime and
 * ctime (ns), and the packing — any write to the file changes its ctime.
 */
async function sourceKey(path: string, packing: Packing | null): Promise<string> {
  return (await statKey(path, packing)).key;
}

async function statKey(path: string, packing: Packing | null): Promise<{ key: string; ctimeNs: bigint }> {
  const st = await stat(path, { bigint: true });
  return { key: JSON.stringify([path, packing, String(st.dev), String(st.ino), String(st.size), String(st.mtimeNs), String(st.ctimeNs)]), ctimeNs: st.ctimeNs };
}

/**
 * A file changed this recently may change again within the same tick of the kernel's file
 * clock (a few ms) and keep its key: its digest is not kept (git's "racily clean" entries).
 */
const RACY_NS = 100_000_000n;

const digestFile = (key: string) =>
  join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "cdktf-xen", "digests", `${createHash("sha256").update(key).digest("hex")}.json`);

/** The digest kept for a source key, if any. */
async function keptDigest(key: string): Promise<Digest | null> {
  try {
    const kept = JSON.parse(await readFile(digestFile(key), "utf8"));
    if (kept.key === key && /^[0-9a-f]{64}$/.test(kept.digest?.sha256) && /^[0-9a-f]{64}$/.test(kept.digest?.sourceSha256) && Number.isSafeInteger(kept.digest?.size)) return kept.digest;
  } catch {
    /* not there (or unreadable) */
  }
  return null;
}

/**
 * The plan's read of a source, remembered across the provider's processes (an engine starts a
 * new one for the apply, whose plan reads the source again): in the user's cache directory, by
 * the source's key (sourceKey). The upload trusts an entry only for a file whose key did not move
 * while it was sent; anything else it hashes as it sends (uploadStream).
 */
export async function cachedDigest(path: string, packing: Packing | null): Promise<Digest> {
  const { key, ctimeNs } = await statKey(path, packing);
  const kept = await keptDigest(key);
  if (kept) return kept;
  const racy = BigInt(Date.now()) * 1_000_000n - ctimeNs < RACY_NS;
  const d = await digest(path, packing);
  if (racy) return d;
  try {
    const file = digestFile(key);
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}`;
    await writeFile(tmp, JSON.stringify({ key, digest: d }), { mode: 0o600 });
    await rename(tmp, file);
    await forgetOld(dirname(file));
  } catch {
    /* a cache that cannot be written is only slower */
  }
  return d;
}

/** Entries written more than this long ago are removed when a new one is kept: each version of every source planned leaves one. */
const KEEP_MS = 30 * 24 * 3600 * 1000;

async function forgetOld(dir: string): Promise<void> {
  const now = Date.now();
  for (const f of await readdir(dir)) {
    if (!f.endsWith(".json")) continue;
    try {
      if (now - (await stat(join(dir, f))).mtimeMs > KEEP_MS) await unlink(join(dir, f));
    } catch {
      /* gone meanwhile */
    }
  }
}

const sameDigest = (a: Digest, b: Digest) => a.sha256 === b.sha256 && a.sourceSha256 === b.sourceSha256 && a.size === b.size;

/**
 * An upload's stdin: uploadHeader with the size the plan read (`planned`: the sha256 and size of
 * the bytes to write), then those bytes — the last of them held back until they are known to be
 * the ones the plan read, so a source that is not is cut off and the host keeps nothing:
 * - where the plan's read of this very file is kept (cachedDigest: same device, inode, size,
 *   mtime and ctime) and says what was planned, nothing is hashed: the file must only still have
 *   that key once read (a write while it was sent changes its ctime);
 * - else the bytes are hashed as they are sent (0.65 s per GiB on the sender's one thread,
 *   bench/upload.mjs) and must hash to the planned sha256.
 * `problem()` says why the upload was cut off: a source that could not be read or decompressed,
 * that has a size other than the plan read, or other bytes.
 */
export function uploadStream(path: string, packing: Packing | null, planned: Digest): { stream: Readable; problem(): string | null } {
  let problem: string | null = null;
  const changed = (now: string) => `${path} changed since the plan read it (${now}): plan again`;
  async function* body(): AsyncGenerator<Uint8Array> {
    let key: string, hash: Hash | null = null;
    try {
      key = await sourceKey(path, packing);
      const kept = await keptDigest(key);
      if (!kept || !sameDigest(kept, planned)) hash = createHash("sha256");
      log("debug", "sending a source", { path, checked: hash ? "hashed as it is sent" : "the plan's read of it, kept; its key must not move" });
    } catch (e) {
      problem = `cannot read ${path}: ${(e as Error).message}`;
      return;
    }
    // Held back until the next is read, the last until the checks: the header first (an empty file's only bytes).
    let held: Uint8Array = uploadHeader(planned.size);
    let size = 0;
    try {
      for await (const chunk of content(path, packing, () => {})) {
        if (size + chunk.length > planned.size) {
          problem = changed(`more than the ${planned.size} bytes planned`);
          return;
        }
        size += chunk.length;
        hash?.update(chunk);
        yield held;
        held = chunk;
      }
      if (size < planned.size) {
        problem = changed(`${size} bytes, not the ${planned.size} planned`);
        return;
      }
      if (hash ? hash.digest("hex") !== planned.sha256 : (await sourceKey(path, packing)) !== key) {
        problem = changed(hash ? "other bytes than it read" : "written to while it was sent");
        return;
      }
    } catch (e) {
      problem = `cannot read${packing ? ` or ${packing}-decompress` : ""} ${path}: ${(e as Error).message}`;
      return;
    }
    yield held;
  }
  return { stream: Readable.from(body(), { objectMode: false, highWaterMark: CHUNK }), problem: () => problem };
}
