// The Xen notes of a kernel file's bytes, decompressing as libxc does first: a bzImage's
// payload or a whole compressed file. Parsing is src/xen's (inspectKernel); this file
// holds the decompressors, which are libraries, loaded only when a kernel needs them.
import { gunzipSync, constants } from "node:zlib";
import { inspectKernel, type Compression, type XenNotes } from "../xen";

/** The notes, or why they cannot be read (a compression this provider cannot undo, not a kernel). */
export type KernelNotes = { notes: XenNotes } | { unreadable: string };

async function decompress(c: Compression, data: Uint8Array): Promise<Uint8Array> {
  switch (c) {
    case "gzip":
      // A kernel's gzip payload may carry trailing bytes (its size): read up to them.
      return gunzipSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
    case "xz":
    case "lzma": {
      // @ts-expect-error: the package's types resolve only under "node16" module resolution.
      const { unxzAsync } = (await import("node-liblzma/wasm")) as { unxzAsync(b: Uint8Array): Promise<Uint8Array> };
      return unxzAsync(data);
    }
    case "zstd": {
      const { decompress: unzstd } = await import("fzstd");
      return unzstd(data);
    }
    default:
      throw new Error(`${c} is not supported`);
  }
}

export async function kernelNotes(bytes: Uint8Array): Promise<KernelNotes> {
  let image = inspectKernel(bytes);
  // A bzImage's payload, or a compressed file, holds the ELF image: one level, as libxc reads it.
  if (image.kind === "bzimage" || image.kind === "compressed") {
    const c = image.compression;
    if (c === null) return { unreadable: "a bzImage with a payload of unknown compression" };
    try {
      image = inspectKernel(await decompress(c, image.kind === "bzimage" ? image.payload : image.data));
    } catch (e) {
      return { unreadable: `a ${c}-compressed image this provider cannot decompress (${(e as Error).message})` };
    }
  }
  if (image.kind !== "elf") return { unreadable: "not an ELF image, a bzImage or a compressed ELF image" };
  return { notes: image.notes };
}
