// A xen_file's source on the machine running terraform: read in chunks, hashed, and
// decompressed on the way when it is unpacked (gzip by zlib, xz by liblzma as WebAssembly,
// zstd by fzstd) — all streams, so a file of any size takes constant memory, and the host
// needs no decompressor. The plan reads it once (its hashes and size); the upload reads it
// again and checks it still is what the plan read.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { packingOf, type Packing } from "../xen";
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
 * The plan's read of a source, remembered across the provider's processes (an engine starts a
 * new one for the apply, whose plan reads the source again): in the user's cache directory, by
 * the file's path, device, inode, size, mtime and ctime (ns) and the packing — any write to the
 * file changes its ctime. A stale or forged entry cannot put wrong bytes on a host: the upload
 * sends the bytes it reads, and the host keeps them only if they hash to what the plan said.
 */
export async function cachedDigest(path: string, packing: Packing | null): Promise<Digest> {
  const st = await stat(path, { bigint: true });
  const key = JSON.stringify([path, packing, String(st.dev), String(st.ino), String(st.size), String(st.mtimeNs), String(st.ctimeNs)]);
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "cdktf-xen", "digests");
  const file = join(dir, `${createHash("sha256").update(key).digest("hex")}.json`);
  try {
    const kept = JSON.parse(await readFile(file, "utf8"));
    if (kept.key === key && /^[0-9a-f]{64}$/.test(kept.digest?.sha256) && /^[0-9a-f]{64}$/.test(kept.digest?.sourceSha256) && Number.isSafeInteger(kept.digest?.size)) return kept.digest;
  } catch {
    /* not there (or unreadable): read the file */
  }
  const d = await digest(path, packing);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}`;
    await writeFile(tmp, JSON.stringify({ key, digest: d }), { mode: 0o600 });
    await rename(tmp, file);
  } catch {
    /* a cache that cannot be written is only slower */
  }
  return d;
}

/**
 * An upload's stdin: uploadHeader with the digest the plan read (`planned`: the sha256 and size
 * of the bytes to write), then at most that many bytes. The host hashes what arrives and keeps it
 * only if it is what the header announced, so nothing is hashed here: a source changed since the
 * plan (other bytes, or more of them) is refused there, and one that ends early is cut off.
 * `problem()` says what was seen here: a source that could not be read or decompressed, or that
 * has a size other than the plan read.
 */
export function uploadStream(path: string, packing: Packing | null, planned: Digest): { stream: Readable; problem(): string | null } {
  let problem: string | null = null;
  const changed = (now: string) => `${path} changed since the plan read it (${now}): plan again`;
  async function* body(): AsyncGenerator<Uint8Array> {
    yield uploadHeader(planned.sha256, planned.size);
    let size = 0;
    try {
      for await (const chunk of content(path, packing, () => {})) {
        if (size + chunk.length > planned.size) {
          yield chunk.subarray(0, planned.size - size);
          problem = changed(`more than the ${planned.size} bytes planned`);
          return;
        }
        size += chunk.length;
        yield chunk;
      }
    } catch (e) {
      problem = `cannot read${packing ? ` or ${packing}-decompress` : ""} ${path}: ${(e as Error).message}`;
      return;
    }
    if (size < planned.size) problem = changed(`${size} bytes, not the ${planned.size} planned`);
  }
  return { stream: Readable.from(body(), { objectMode: false, highWaterMark: CHUNK }), problem: () => problem };
}
