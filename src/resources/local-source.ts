// A xen_file's source on the machine running terraform: read in chunks, hashed, and
// decompressed on the way when it is unpacked (gzip by zlib, xz by liblzma as WebAssembly,
// zstd by fzstd) — all streams, so a file of any size takes constant memory, and the host
// needs no decompressor. The plan reads it once (its hashes and size); the upload reads it
// again and checks it still is what the plan read.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { packingOf, type Packing } from "../xen";
import { uploadTrailer } from "./host-scripts";

const CHUNK = 1024 * 1024;

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
  const s = createHash("sha256"), c = createHash("sha256");
  let size = 0;
  for await (const chunk of content(path, packing, (b) => s.update(b))) {
    c.update(chunk);
    size += chunk.length;
  }
  return { sourceSha256: s.digest("hex"), sha256: c.digest("hex"), size };
}

/**
 * An upload's stdin: the content, then the trailer the host checks it by (uploadTrailer).
 * When the source is no longer what the plan read (`expectSourceSha256`), or cannot be read
 * or decompressed, the trailer is a refusal: the host discards what it got, and `problem()`
 * says why.
 */
export function uploadStream(path: string, packing: Packing | null, expectSourceSha256: string | null): { stream: Readable; problem(): string | null; sent(): Digest | null } {
  let problem: string | null = null;
  let sent: Digest | null = null;
  async function* body(): AsyncGenerator<Uint8Array> {
    const s = createHash("sha256"), c = createHash("sha256");
    let size = 0;
    try {
      for await (const chunk of content(path, packing, (b) => s.update(b))) {
        c.update(chunk);
        size += chunk.length;
        yield chunk;
      }
    } catch (e) {
      problem = `cannot read${packing ? ` or ${packing}-decompress` : ""} ${path}: ${(e as Error).message}`;
      yield uploadTrailer("", 0, "cdktf-xen-abort");
      return;
    }
    const d = { sourceSha256: s.digest("hex"), sha256: c.digest("hex"), size };
    if (expectSourceSha256 && d.sourceSha256 !== expectSourceSha256) {
      problem = `${path} changed since the plan read it (sha256 ${expectSourceSha256}, now ${d.sourceSha256}): plan again`;
      yield uploadTrailer("", 0, "cdktf-xen-abort");
      return;
    }
    sent = d;
    yield uploadTrailer(d.sha256, d.size);
  }
  return { stream: Readable.from(body(), { objectMode: false, highWaterMark: CHUNK }), problem: () => problem, sent: () => sent };
}
