// Files placed on a host from the machine running terraform (xen_file): kernels, initrds,
// disk images, ISOs. What the plan checks of where one goes and what it is called; the
// resource (src/resources/xen-file.ts) does the I/O.
import { refuse, type Finding } from "./finding";
import { dirProblem } from "./volumes";

/** A compression xen_file can undo on the way (decompressed locally, in streams). */
export type Packing = "gzip" | "xz" | "zstd";

/** The magic numbers of the compressions xen_file unpacks. */
const MAGIC: [Packing, number[]][] = [
  ["gzip", [0x1f, 0x8b]],
  ["xz", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["zstd", [0x28, 0xb5, 0x2f, 0xfd]],
];

/** The compression the first bytes of a file say it has, or null. */
export function packingOf(head: Uint8Array): Packing | null {
  for (const [p, m] of MAGIC) if (m.every((b, i) => head[i] === b)) return p;
  return null;
}

const SUFFIX: Record<Packing, RegExp> = { gzip: /\.gz$/, xz: /\.xz$/, zstd: /\.zst$/ };

/** The compression a file's name says it has (`.gz`, `.xz`, `.zst`), or null: for where the bytes cannot be read (synth). */
export function packingByName(name: string): Packing | null {
  return (Object.keys(SUFFIX) as Packing[]).find((p) => SUFFIX[p].test(name)) ?? null;
}

/** The file's name on the host when `name` is not set: the source's base name, without the compression's suffix when unpacking. */
export function defaultFileName(source: string, packing: Packing | null): string {
  const base = source.replace(/\/+$/, "").split("/").pop() ?? "";
  return packing ? base.replace(SUFFIX[packing], "") : base;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

/** The file's path on the host. */
export const filePath = (directory: string, name: string) => `${directory.replace(/\/+$/, "")}/${name}`;

/**
 * The plan's checks of a file's destination. `named`: whether `name` was set (else it
 * comes from `source`, and an error about it is `source`'s).
 */
export function checkFileDestination(directory: string, name: string, named: boolean): Finding[] {
  const f: Finding[] = [];
  const why = dirProblem(directory);
  if (why) f.push(refuse(["directory"], `directory ${why}`, `Got "${directory}". The provider writes and deletes only its own files, and only in this directory.`));
  if (!NAME.test(name) || name.includes("..")) {
    const bad = /[\x00-\x1f\x7f]/.test(name) ? "contains a control character (newline, tab, escape...)" : name.includes("/") ? 'contains "/": it is a name in directory, not a path' : null;
    const rule = "A file name is letters, digits, '.', '_', '+', '-', starting with a letter or digit, at most 128 bytes, without \"..\".";
    f.push(named
      ? refuse(["name"], `Invalid file name "${name.replace(/[\x00-\x1f\x7f]/g, "?")}"${bad ? `: it ${bad}` : ""}`, rule)
      : refuse(["source"], `The base name of source, "${name.replace(/[\x00-\x1f\x7f]/g, "?")}", cannot be the file's name on the host`, `${rule} Set name.`));
  }
  return f;
}

/** The plan's check of `unpack`: "true", "false" or "auto". */
export function checkUnpack(unpack: string): Finding[] {
  return ["true", "false", "auto"].includes(unpack) ? [] : [refuse(["unpack"], `unpack must be true, false or "auto"`, `Got "${unpack}".`)];
}

/** What the host said of the file at a path (fileRead, uploadFile in host-scripts.ts). */
export type FileSeen = { identity: string; size: number; sha256: string | null; born?: string } | { absent: true } | { other: string };

/** Parse the `file <dev:ino:mtime> <size>` line and optional `sha256 <hex>` and `born <s.ns>` lines; `symlink`, `other`, `absent`. */
export function parseFileSeen(stdout: string): FileSeen {
  const lines = stdout.trim().split("\n");
  const hash = lines.map((l) => /^sha256 ([0-9a-f]{64})$/.exec(l)?.[1]).find((h) => h) ?? null;
  const born = lines.map((l) => /^born (\d+\.\d{9})$/.exec(l)?.[1]).find((b) => b && !/^0\./.test(b));
  for (const line of lines) {
    const m = /^file (\d+:\d+:[\d.]+) (\d+)$/.exec(line);
    if (m) return { identity: m[1], size: Number(m[2]), sha256: hash, ...(born ? { born } : {}) };
    if (line === "absent") return { absent: true };
    if (line === "symlink") return { other: "a symbolic link" };
    if (line === "other") return { other: "not a regular file" };
  }
  return { other: `unreadable (${lines.pop() ?? ""})` };
}

/** A time as stat prints it with `%.9Y` / `%.9W` (`seconds.nanoseconds`), in nanoseconds. */
export const nanoseconds = (t: string): bigint => { const [a, b = ""] = t.split("."); return BigInt(a || "0") * 1_000_000_000n + BigInt((b + "000000000").slice(0, 9)); };

/**
 * Whether identity `b` (`dev:inode:mtime`, with the file's birth time where the host tells it) is
 * the file of identity `a`: the same device and inode — written to in place it is — and not born
 * after the write `a` saw: a file made in place of a removed one may get its freed inode number.
 * (isOurs in host-scripts.ts asks the same on the host, before a write or a removal.)
 */
export function sameFile(a: string, b: string, born?: string): boolean {
  const [dev, ino, mtime] = a.split(":");
  return `${dev}:${ino}` === b.split(":").slice(0, 2).join(":") && (born === undefined || mtime === undefined || nanoseconds(born) <= nanoseconds(mtime));
}
