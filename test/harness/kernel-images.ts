// Small kernel images for tests: an ELF64 image with the Xen notes asked for, and a
// Linux bzImage around a compressed payload (as Debian ships x86 kernels). They boot
// nothing; they carry what the provider's kernel check reads.
import { gzipSync } from "node:zlib";

export interface NoteSet {
  /** XEN_ELFNOTE_ENTRY (type 1): a PV entry point. */
  pv?: boolean;
  /** XEN_ELFNOTE_PHYS32_ENTRY (type 18): the PVH entry point. */
  pvh?: boolean;
  /** Put the notes in a SHT_NOTE section only (no PT_NOTE segment). */
  sectionOnly?: boolean;
}

function note(type: number, desc: Buffer): Buffer {
  const h = Buffer.alloc(12);
  h.writeUInt32LE(4, 0);
  h.writeUInt32LE(desc.length, 4);
  h.writeUInt32LE(type, 8);
  const pad = Buffer.alloc((4 - (desc.length % 4)) % 4);
  return Buffer.concat([h, Buffer.from("Xen\0"), desc, pad]);
}

/** An ELF64 little-endian image: header, one PT_NOTE program header, the notes, and section headers naming them. */
export function elfImage(n: NoteSet = { pv: true, pvh: true }): Buffer {
  const notes = Buffer.concat([
    note(6, Buffer.from("linux\0\0\0")), // XEN_ELFNOTE_GUEST_OS, as Linux writes it
    ...(n.pv ? [note(1, Buffer.alloc(8, 0x11))] : []),
    ...(n.pvh ? [note(18, Buffer.alloc(4, 0x22))] : []),
  ]);
  const shstr = Buffer.from("\0.notes\0.shstrtab\0");
  const ehsize = 64, phsize = 56, shsize = 64;
  const notesOff = ehsize + phsize, shstrOff = notesOff + notes.length, shOff = (shstrOff + shstr.length + 7) & ~7;
  const out = Buffer.alloc(shOff + 3 * shsize);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(out, 0);
  out.writeUInt16LE(2, 16); // ET_EXEC
  out.writeUInt16LE(62, 18); // EM_X86_64
  out.writeUInt32LE(1, 20);
  out.writeBigUInt64LE(BigInt(n.sectionOnly ? 0 : ehsize), 32); // e_phoff
  out.writeBigUInt64LE(BigInt(shOff), 40); // e_shoff
  out.writeUInt16LE(ehsize, 52);
  out.writeUInt16LE(phsize, 54);
  out.writeUInt16LE(n.sectionOnly ? 0 : 1, 56);
  out.writeUInt16LE(shsize, 58);
  out.writeUInt16LE(3, 60);
  out.writeUInt16LE(2, 62); // e_shstrndx
  if (!n.sectionOnly) {
    out.writeUInt32LE(4, ehsize); // PT_NOTE
    out.writeBigUInt64LE(BigInt(notesOff), ehsize + 8);
    out.writeBigUInt64LE(BigInt(notes.length), ehsize + 32);
  }
  notes.copy(out, notesOff);
  shstr.copy(out, shstrOff);
  const sh = (i: number, name: number, type: number, off: number, size: number) => {
    const b = shOff + i * shsize;
    out.writeUInt32LE(name, b);
    out.writeUInt32LE(type, b + 4);
    out.writeBigUInt64LE(BigInt(off), b + 24);
    out.writeBigUInt64LE(BigInt(size), b + 32);
  };
  sh(1, 1, 7, notesOff, notes.length); // .notes, SHT_NOTE
  sh(2, 8, 3, shstrOff, shstr.length); // .shstrtab, SHT_STRTAB
  return out;
}

/** A bzImage (boot protocol 2.15) whose payload is `payload`, already compressed. */
export function bzImage(payload: Buffer): Buffer {
  const setupSects = 3;
  const head = Buffer.alloc((setupSects + 1) * 512);
  head[0x1f1] = setupSects;
  head.writeUInt16LE(0xaa55, 0x1fe);
  head.write("HdrS", 0x202, "latin1");
  head.writeUInt16LE(0x20f, 0x206);
  const lead = Buffer.alloc(0x40); // the decompressor's code, in a real one
  head.writeUInt32LE(lead.length, 0x248); // payload_offset
  head.writeUInt32LE(payload.length, 0x24c); // payload_length
  return Buffer.concat([head, lead, payload, Buffer.alloc(4)]);
}

export async function xz(b: Buffer): Promise<Buffer> {
  // @ts-expect-error: the package's types resolve only under "node16" module resolution.
  const { xzAsync } = (await import("node-liblzma/wasm")) as { xzAsync(b: Uint8Array): Promise<Uint8Array> };
  return Buffer.from(await xzAsync(b));
}

export const gzip = (b: Buffer) => gzipSync(b);
