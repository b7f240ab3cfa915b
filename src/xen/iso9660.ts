// A small ISO 9660 (ECMA-119) image writer for cloud-init seeds: one root directory of a
// few small files, with Rock Ridge (SUSP/RRIP) names so that `user-data` reads as
// `user-data`, not as its level-1 name `USER_DAT.`. Pure: bytes in, bytes out.
//
// Deterministic: the same files give the same image, byte for byte. Every date in it is
// fixed (1970-01-01 00:00:00 UTC in the directory records; "not specified" in the volume
// descriptor), entries are sorted, owners are root, modes fixed. So a seed's sha256 is a
// function of its content alone, and a plan that builds it again finds no change.
//
// Layout (2048-byte logical sectors): 0-15 system area (zeros), 16 the primary volume
// descriptor, 17 the set terminator, 18 and 19 the little- and big-endian path tables,
// 20 the root directory (one sector), then each file's data from a sector boundary.

const SECTOR = 2048;
const ROOT_SECTOR = 20;
const FIRST_FILE_SECTOR = 21;
/** A file's size field (ECMA-119 9.1.4: a 32-bit number): one extent holds at most this. */
export const ISO_MAX_FILE_BYTES = 0xffffffff;

export interface IsoFile {
  /** The file's name as Rock Ridge gives it (`user-data`): letters, digits, `.`, `_`, `-`. */
  readonly name: string;
  readonly data: Uint8Array;
}

const both16 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt16LE(n, 0); b.writeUInt16BE(n, 2); return b; };
const both32 = (n: number) => { const b = Buffer.alloc(8); b.writeUInt32LE(n, 0); b.writeUInt32BE(n, 4); return b; };
/** A fixed-width text field, padded with spaces. */
const text = (s: string, width: number) => Buffer.from(s.padEnd(width, " ").slice(0, width), "latin1");
/** 1970-01-01 00:00:00, offset 0 from GMT (ECMA-119 9.1.5: years since 1900). */
const RECORD_DATE = Buffer.from([70, 1, 1, 0, 0, 0, 0]);
/** "Not specified" (ECMA-119 8.4.26.1): sixteen "0" digits and a zero offset. */
const NO_DATE = Buffer.concat([Buffer.from("0".repeat(16), "latin1"), Buffer.from([0])]);

/** A SUSP entry: signature, length, version 1, data. */
const susp = (sig: string, data: Buffer) => Buffer.concat([Buffer.from(sig, "latin1"), Buffer.from([4 + data.length, 1]), data]);
/** RRIP PX: POSIX mode, links, uid, gid (RRIP 1991A: 36 bytes). */
const px = (mode: number, links: number) => susp("PX", Buffer.concat([both32(mode), both32(links), both32(0), both32(0)]));
/** RRIP NM: the file's POSIX name. */
const nm = (name: string) => susp("NM", Buffer.concat([Buffer.from([0]), Buffer.from(name, "latin1")]));
/** SUSP SP: the system use area starts at byte 0 of each record's system use field. */
const SP = susp("SP", Buffer.from([0xbe, 0xef, 0]));
/** SUSP ER: which extension the entries are (Rock Ridge, as RRIP 1991A names itself). */
const ER = (() => {
  const id = Buffer.from("RRIP_1991A", "latin1");
  const desc = Buffer.from("ROCK RIDGE POSIX NAMES AND MODES", "latin1");
  const src = Buffer.from("WRITTEN BY CDKTF-XEN", "latin1");
  return susp("ER", Buffer.concat([Buffer.from([id.length, desc.length, src.length, 1]), id, desc, src]));
})();

const DIR_MODE = 0o040555;
const FILE_MODE = 0o100444;

/** A directory record (ECMA-119 9.1) with its system use entries. */
function record(extent: number, size: number, directory: boolean, id: Buffer, systemUse: Buffer): Buffer {
  const pad = id.length % 2 === 0 ? 1 : 0;
  const len = 33 + id.length + pad + systemUse.length;
  if (len > 255) throw new Error(`directory record too long (${len} bytes)`);
  return Buffer.concat([
    Buffer.from([len, 0]), both32(extent), both32(size), RECORD_DATE,
    Buffer.from([directory ? 2 : 0, 0, 0]), both16(1), Buffer.from([id.length]), id, Buffer.alloc(pad), systemUse,
  ]);
}

/** A name's level-1 identifier (8.3, d-characters, `;1`), made unique among `taken`. */
function level1Name(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf(".");
  const clean = (s: string) => s.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  const base = clean(dot > 0 ? name.slice(0, dot) : name), ext = clean(dot > 0 ? name.slice(dot + 1) : "").slice(0, 3);
  for (let i = 0; ; i++) {
    const suffix = i ? String(i) : "";
    const id = `${base.slice(0, 8 - suffix.length)}${suffix}.${ext};1`;
    if (!taken.has(id)) { taken.add(id); return id; }
  }
}

/** An ISO 9660 image with volume identifier `label` holding `files` in its root directory. */
export function isoImage(label: string, files: readonly IsoFile[]): Buffer {
  if (!/^[A-Za-z0-9_]{1,32}$/.test(label)) throw new Error(`volume label "${label}" is not 1-32 letters, digits or _`);
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const taken = new Set<string>();
  let next = FIRST_FILE_SECTOR;
  const entries = sorted.map((f) => {
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(f.name)) throw new Error(`file name "${f.name}" is not one this writer takes`);
    if (f.data.length > ISO_MAX_FILE_BYTES) throw new Error(`${f.name} is larger than one ISO 9660 extent (${ISO_MAX_FILE_BYTES} bytes)`);
    const e = { file: f, id: level1Name(f.name, taken), extent: next };
    next += Math.max(1, Math.ceil(f.data.length / SECTOR));
    return e;
  });
  // ISO 9660 orders a directory's records by identifier (ECMA-119 9.3).
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = next;

  const dir = Buffer.concat([
    record(ROOT_SECTOR, SECTOR, true, Buffer.from([0]), Buffer.concat([SP, px(DIR_MODE, 2), ER])),
    record(ROOT_SECTOR, SECTOR, true, Buffer.from([1]), px(DIR_MODE, 2)),
    ...entries.map((e) => record(e.extent, e.file.data.length, false, Buffer.from(e.id, "latin1"), Buffer.concat([px(FILE_MODE, 1), nm(e.file.name)]))),
  ]);
  if (dir.length > SECTOR) throw new Error("too many files for a one-sector root directory");

  // The path table: the root alone (ECMA-119 9.4), in either byte order.
  const pathTable = (be: boolean) => {
    const b = Buffer.alloc(10);
    b[0] = 1;
    if (be) { b.writeUInt32BE(ROOT_SECTOR, 2); b.writeUInt16BE(1, 6); } else { b.writeUInt32LE(ROOT_SECTOR, 2); b.writeUInt16LE(1, 6); }
    return b;
  };

  const pvd = Buffer.alloc(SECTOR);
  let o = 0;
  const put = (b: Buffer) => { b.copy(pvd, o); o += b.length; };
  put(Buffer.from([1])); put(Buffer.from("CD001", "latin1")); put(Buffer.from([1, 0]));
  put(text("LINUX", 32)); put(text(label, 32)); put(Buffer.alloc(8));
  put(both32(total)); put(Buffer.alloc(32));
  put(both16(1)); put(both16(1)); put(both16(SECTOR));
  put(both32(10));
  const lpt = Buffer.alloc(4); lpt.writeUInt32LE(18); put(lpt); put(Buffer.alloc(4));
  const mpt = Buffer.alloc(4); mpt.writeUInt32BE(19); put(mpt); put(Buffer.alloc(4));
  put(record(ROOT_SECTOR, SECTOR, true, Buffer.from([0]), Buffer.alloc(0)));
  put(text("", 128)); put(text("", 128)); put(text("", 128)); put(text("CDKTF-XEN CLOUD-INIT SEED", 128));
  put(text("", 37)); put(text("", 37)); put(text("", 37));
  put(NO_DATE); put(NO_DATE); put(NO_DATE); put(NO_DATE);
  put(Buffer.from([1]));
  if (o !== 882) throw new Error(`primary volume descriptor misbuilt (${o})`);

  const terminator = Buffer.alloc(SECTOR);
  terminator[0] = 255;
  Buffer.from("CD001", "latin1").copy(terminator, 1);
  terminator[6] = 1;

  const image = Buffer.alloc(total * SECTOR);
  pvd.copy(image, 16 * SECTOR);
  terminator.copy(image, 17 * SECTOR);
  pathTable(false).copy(image, 18 * SECTOR);
  pathTable(true).copy(image, 19 * SECTOR);
  dir.copy(image, ROOT_SECTOR * SECTOR);
  for (const e of entries) Buffer.from(e.file.data).copy(image, e.extent * SECTOR);
  return image;
}
