// What a guest kernel file says about how Xen can boot it, read from its bytes as
// libxc's loaders read them: an ELF image's Xen notes (PT_NOTE segments, SHT_NOTE
// sections, or the old `__xen_guest` section), a bzImage's compressed payload, or a
// whole file compressed. Decompression is the caller's (it needs libraries); this
// file only says what to decompress and how.

/** The compressions libxc's loaders know, by their first bytes. */
export type Compression = "gzip" | "xz" | "lzma" | "bzip2" | "lz4" | "lzo" | "zstd";

const MAGIC: [Compression, number[]][] = [
  ["gzip", [0x1f, 0x8b]],
  ["xz", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["zstd", [0x28, 0xb5, 0x2f, 0xfd]],
  ["bzip2", [0x42, 0x5a, 0x68]],
  ["lzma", [0x5d, 0x00, 0x00]],
  ["lz4", [0x02, 0x21, 0x4c, 0x18]],
  ["lzo", [0x89, 0x4c, 0x5a, 0x4f]],
];

export function compressionOf(b: Uint8Array): Compression | null {
  for (const [name, m] of MAGIC) if (m.every((x, i) => b[i] === x)) return name;
  return null;
}

/** The Xen notes of an ELF image that decide the guest types it can boot as. */
export interface XenNotes {
  /** XEN_ELFNOTE_ENTRY (type 1) or the old `__xen_guest` section: a PV kernel. */
  pvEntry: boolean;
  /** XEN_ELFNOTE_PHYS32_ENTRY (type 18): the PVH entry point. */
  pvhEntry: boolean;
}

export type KernelImage =
  | { kind: "elf"; notes: XenNotes }
  /** A Linux bzImage: its payload, compressed as `compression` (null when libxc would not know it). */
  | { kind: "bzimage"; compression: Compression | null; payload: Uint8Array }
  /** The whole file compressed (libxc tries to decompress any kernel first). */
  | { kind: "compressed"; compression: Compression; data: Uint8Array }
  | { kind: "other" };

export const XEN_ELFNOTE_ENTRY = 1;
export const XEN_ELFNOTE_PHYS32_ENTRY = 18;
const PT_NOTE = 4;
const SHT_NOTE = 7;

/** What kind of kernel image these bytes are, and for an ELF image its Xen notes. */
export function inspectKernel(b: Uint8Array): KernelImage {
  if (b.length >= 16 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46) {
    return { kind: "elf", notes: elfXenNotes(b) };
  }
  const bz = bzImagePayload(b);
  if (bz) return { kind: "bzimage", compression: compressionOf(bz), payload: bz };
  const c = compressionOf(b);
  return c ? { kind: "compressed", compression: c, data: b } : { kind: "other" };
}

/** A bzImage's payload (boot protocol 2.08+: payload_offset/length in the setup header), or null. */
function bzImagePayload(b: Uint8Array): Uint8Array | null {
  if (b.length < 0x250) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (v.getUint32(0x202, true) !== 0x53726448 /* "HdrS" */) return null;
  if (v.getUint16(0x206, true) < 0x208) return null;
  const setupSects = b[0x1f1] || 4;
  const start = (setupSects + 1) * 512 + v.getUint32(0x248, true);
  const end = start + v.getUint32(0x24c, true);
  return end <= b.length && start < end ? b.subarray(start, end) : null;
}

/** The Xen notes of an ELF image; a truncated or odd image yields what could be read. */
export function elfXenNotes(b: Uint8Array): XenNotes {
  const out: XenNotes = { pvEntry: false, pvhEntry: false };
  const is64 = b[4] === 2, little = b[5] !== 2;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const inside = (off: number, len: number) => off >= 0 && len >= 0 && off + len <= b.length;
  const u16 = (o: number) => (inside(o, 2) ? v.getUint16(o, little) : 0);
  const u32 = (o: number) => (inside(o, 4) ? v.getUint32(o, little) : 0);
  const word = (o: number) => (is64 ? (inside(o, 8) ? Number(v.getBigUint64(o, little)) : 0) : u32(o));
  const notes = (off: number, size: number) => {
    if (!inside(off, size)) size = Math.max(0, b.length - off);
    for (let p = off; p + 12 <= off + size;) {
      const namesz = u32(p), descsz = u32(p + 4), type = u32(p + 8);
      const name = b.subarray(p + 12, p + 12 + namesz);
      if (namesz === 4 && name[0] === 0x58 && name[1] === 0x65 && name[2] === 0x6e && name[3] === 0) {
        if (type === XEN_ELFNOTE_ENTRY) out.pvEntry = true;
        if (type === XEN_ELFNOTE_PHYS32_ENTRY) out.pvhEntry = true;
      }
      const next = p + 12 + align4(namesz) + align4(descsz);
      if (next <= p) break;
      p = next;
    }
  };
  // Program headers.
  const phoff = word(is64 ? 32 : 28), phentsize = u16(is64 ? 54 : 42), phnum = u16(is64 ? 56 : 44);
  for (let i = 0; i < phnum && phentsize > 0; i++) {
    const h = phoff + i * phentsize;
    if (!inside(h, phentsize)) break;
    if (u32(h) === PT_NOTE) notes(word(h + (is64 ? 8 : 4)), word(h + (is64 ? 32 : 16)));
  }
  // Section headers: note sections, and the old `__xen_guest` string section.
  const shoff = word(is64 ? 40 : 32), shentsize = u16(is64 ? 58 : 46), shnum = u16(is64 ? 60 : 48), shstrndx = u16(is64 ? 62 : 50);
  const sec = (i: number) => {
    const h = shoff + i * shentsize;
    return inside(h, shentsize) ? { name: u32(h), type: u32(h + 4), off: word(h + (is64 ? 24 : 16)), size: word(h + (is64 ? 32 : 20)) } : null;
  };
  const strtab = shstrndx < shnum ? sec(shstrndx) : null;
  for (let i = 0; i < shnum && shentsize > 0; i++) {
    const s = sec(i);
    if (!s) break;
    if (s.type === SHT_NOTE) notes(s.off, s.size);
    if (strtab && cString(b, strtab.off + s.name) === "__xen_guest") out.pvEntry = true;
  }
  return out;
}

const align4 = (n: number) => (n + 3) & ~3;

function cString(b: Uint8Array, off: number): string {
  let end = off;
  while (end < b.length && b[end] !== 0 && end - off < 64) end++;
  return String.fromCharCode(...b.subarray(off, end));
}
