// Storage a guest boots from: a raw image file in a pool directory (sparse, optionally a
// copy of a base image on the host) or an LVM logical volume. What the plan checks of a
// volume and where it lives; the resource (src/resources/xen-volume.ts) does the I/O.
import { refuse, type Finding } from "./finding";
import { uncarriable } from "./xlcfg";

export interface VolumeSpec {
  name: string;
  pool_dir?: string | null;
  volume_group?: string | null;
  /** A thin pool in volume_group to make the LV in. */
  thin_pool?: string | null;
  /** MiB. */
  size?: number | null;
  source?: string | null;
}

/** The largest volume this provider makes (MiB): 1 PiB; more is a mistake, not a plan. */
export const VOLUME_MAX_MIB = 2 ** 30;

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
/** LVM's volume group names: letters, digits and `+_.-`, not starting with `-`. */
const VG = /^[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,127}$/;

/** Why a host directory cannot hold what the provider writes there (volumes, configs), or null. */
export function dirProblem(dir: string): string | null {
  const why = uncarriable(dir);
  if (why) return why;
  if (!dir.startsWith("/")) return "must be an absolute path";
  if (dir.split("/").includes("..") || dir.split("/").includes(".")) return 'must not contain "." or ".." steps';
  if (dir.replace(/\/+$/, "") === "") return "must not be /";
  if (/["'\\$`]/.test(dir)) return "must not contain quotes, backslashes, $ or backticks";
  return null;
}

/** The volume's path on the host: `<pool_dir>/<name>`, or `/dev/<volume_group>/<name>`. */
export function volumePath(v: VolumeSpec): string {
  return v.volume_group ? `/dev/${v.volume_group}/${v.name}` : `${(v.pool_dir ?? "").replace(/\/+$/, "")}/${v.name}`;
}

/** The plan's checks of a volume: where it goes, its name and size; a shrink is refused. */
export function checkVolume(v: VolumeSpec, prior: { size: number | null } | null): Finding[] {
  const f: Finding[] = [];
  if (!NAME.test(v.name) || v.name.includes("..")) {
    f.push(refuse(["name"], `Invalid volume name "${v.name}"`,
      "A volume name is a file or logical volume name: letters, digits, '.', '_', '+', '-', starting with a letter or digit, at most 128 bytes, without \"..\"."));
  }
  const file = v.pool_dir != null, lvm = v.volume_group != null;
  if (file === lvm) {
    f.push(refuse([file ? "volume_group" : "pool_dir"], "Set exactly one of pool_dir and volume_group",
      "pool_dir makes a raw image file in that directory; volume_group an LVM logical volume in that group."));
  }
  if (file) {
    const why = dirProblem(v.pool_dir!);
    if (why) f.push(refuse(["pool_dir"], `pool_dir ${why}`, `Got "${v.pool_dir}". Volumes are made, grown and deleted only inside this directory.`));
  }
  if (lvm && !VG.test(v.volume_group!)) {
    f.push(refuse(["volume_group"], `Invalid volume group name "${v.volume_group}"`, "LVM names are letters, digits and '+_.-', not starting with '-'."));
  }
  if (v.thin_pool != null) {
    if (!lvm) f.push(refuse(["thin_pool"], "thin_pool needs volume_group", "A thin pool is a logical volume of a volume group: name the group it is in."));
    else if (!VG.test(v.thin_pool) || v.thin_pool.startsWith("-")) {
      f.push(refuse(["thin_pool"], `Invalid thin pool name "${v.thin_pool}"`, "LVM names are letters, digits and '+_.-', not starting with '-'."));
    }
  }
  if (v.source != null) {
    const why = uncarriable(v.source) ?? (!v.source.startsWith("/") ? "must be an absolute path" : v.source.split("/").includes("..") ? 'must not contain ".." steps' : null);
    if (why) f.push(refuse(["source"], `source ${why}`, `Got "${v.source}".`));
  }
  if (v.size == null) {
    if (v.source == null) f.push(refuse(["size"], "size is required (unless source gives it)", "A new volume needs a size in MiB."));
  } else if (!Number.isInteger(v.size) || v.size < 1) {
    f.push(refuse(["size"], "size must be a whole number of MiB, at least 1", `Got ${v.size}.`));
  } else if (v.size > VOLUME_MAX_MIB) {
    f.push(refuse(["size"], `size ${v.size} MiB is more than any host has`, `This provider makes volumes up to ${VOLUME_MAX_MIB} MiB.`));
  } else if (prior?.size != null && v.size < prior.size) {
    f.push(refuse(["size"], `Shrinking a volume is refused (${prior.size} MiB to ${v.size} MiB)`,
      "Shrinking cuts off whatever the guest's filesystem keeps at the end. Shrink the filesystem in the guest first, then replace the volume (taint it), or keep the size."));
  }
  return f;
}

/**
 * A number in LVM's report output (`lvs`/`vgs --nosuffix --units m`): `12.00`, or `<12.34`
 * where LVM rounded down to print it. NaN for anything else.
 */
export function lvmNumber(text: string): number {
  const m = /^<?(\d+(?:\.\d+)?)$/.exec(text.trim());
  return m ? Number(m[1]) : NaN;
}

/**
 * The size (MiB) an LV volume's state keeps. LVM allocates whole extents (4 MiB by default):
 * `lvcreate -L 10m` makes a 12 MiB volume. The declared size stays when the LV has exactly
 * that size rounded up to the VG's extent size; any other size (grown or shrunk by hand) is
 * what the host has.
 */
export function lvStateSize(declared: number | null | undefined, actualMiB: number, extentMiB: number | null): number {
  if (declared != null && extentMiB != null && extentMiB > 0 && Math.ceil(declared / extentMiB) * extentMiB === actualMiB) return declared;
  return actualMiB;
}

/** Whether LVM's stderr says the volume group does not exist (`Volume group "vg" not found`). */
export const vgMissing = (stderr: string, vg: string) => stderr.includes(`Volume group "${vg}" not found`);

/**
 * The MiB a volume needs from its host to go from `prior` MiB (none: a new one) to `next`: an
 * LV's whole extents (`extentMiB`), a file's MiB. Growing an LV within the extents it has
 * (10 to 11 MiB in 4 MiB extents) needs nothing.
 */
export function volumeGrowth(prior: number | null | undefined, next: number, extentMiB: number | null): number {
  const whole = (n: number) => (extentMiB != null && extentMiB > 0 ? Math.ceil(n / extentMiB) * extentMiB : n);
  return whole(next) - (prior == null ? 0 : whole(prior));
}

// ------------------------------------------------------------------ copies
// A volume that starts from `source` is made by the cheapest copy the host offers, chosen at
// plan from what the host says of the source and of where the volume goes (sourceProbe in
// src/resources/host-scripts.ts), and shown in the plan as `copy`:
//   reflink        file → file on one reflink-capable file system (btrfs; xfs made with
//                  reflink=1): `cp --reflink=always`, no data copied; the copy is independent
//                  of its source (blocks are shared until either is written).
//   sparse         file → file otherwise: `cp --sparse=always`, runs of zeros left as holes;
//                  or anything onto a new thin LV (thin_pool) where dd can: `dd conv=sparse`,
//                  zero blocks not written, so the pool does not provide them (a new thin LV
//                  reads zeros). With busybox's dd: `full`.
//   thin-snapshot  LV of a thin pool → LV in the same volume group (and, with thin_pool, the
//                  same pool): `lvcreate -s` (no size), an independent thin volume in the
//                  origin's pool; the origin may be written or removed later.
//   full           anything else onto an LV (a file, a thick LV, a thin LV of another group):
//                  every byte written with dd — a new thick LV holds whatever its extents held
//                  before, so runs of zeros cannot be skipped. A classic (COW) snapshot of a
//                  thick LV is never made: its copy-on-write space can run out and invalidate
//                  the guest's disk, it slows every write to the origin, and removing the
//                  origin removes it.

export type Copy = "reflink" | "sparse" | "thin-snapshot" | "full";

/** What the host said of a volume's source and of the place the volume goes (parseSourceProbe). */
export interface SourceFacts {
  source:
    | { kind: "file"; dev: string; bytes: number; fs: string }
    | { kind: "lv"; vg: string; lv: string; thin: boolean; mib: number; pool: string | null }
    | { kind: "block"; bytes: number }
    | { kind: "absent"; dev: string | null; fs: string | null }
    | { kind: "other"; what: string };
  /** A file volume's pool: its file system (the nearest directory that exists), and whether it can reflink. */
  pool: { dev: string; fs: string; reflink: boolean } | null;
  /** Whether the host's cp can make sparse copies (GNU cp; busybox's cannot). */
  sparseCp: boolean;
  /** Whether the host's dd can skip blocks of zeros (GNU dd's conv=sparse; busybox's cannot). */
  sparseDd?: boolean;
}

/** Parse sourceProbe's lines: `src file <dev> <bytes> <fs>`, `src lv <vg> <lv> <attr> <MiB> [<thin pool>]`, `src block <bytes>`, `src absent [<dev> <fs>]`, `src symlink|other`, `pool <dev> <fs> <0|1>`, `cp sparse|plain`, `dd sparse|plain`. */
export function parseSourceProbe(stdout: string): SourceFacts | null {
  let source: SourceFacts["source"] | null = null;
  let pool: SourceFacts["pool"] = null;
  let sparseCp = false, sparseDd = false;
  for (const line of stdout.split("\n")) {
    const w = line.trim().split(/\s+/);
    if (w[0] === "src") {
      if (w[1] === "file" && w.length === 5) source = { kind: "file", dev: w[2]!, bytes: Number(w[3]), fs: w[4]! };
      else if (w[1] === "lv" && (w.length === 6 || w.length === 7)) {
        const mib = lvmNumber(w[5]!);
        // lv_attr's first letter: V a thin volume (its snapshots are thin volumes too).
        source = { kind: "lv", vg: w[2]!, lv: w[3]!, thin: w[4]!.startsWith("V"), mib: Number.isNaN(mib) ? 0 : Math.ceil(mib), pool: w[6] ?? null };
      } else if (w[1] === "block") source = { kind: "block", bytes: Number(w[2]) };
      else if (w[1] === "absent") source = { kind: "absent", dev: w[2] ?? null, fs: w[3] ?? null };
      else if (w[1] === "symlink") source = { kind: "other", what: "a symbolic link" };
      else if (w[1] === "other") source = { kind: "other", what: "neither a regular file nor a logical volume" };
    } else if (w[0] === "pool" && w.length === 4) pool = { dev: w[1]!, fs: w[2]!, reflink: w[3] === "1" };
    else if (w[0] === "cp") sparseCp = w[1] === "sparse";
    else if (w[0] === "dd") sparseDd = w[1] === "sparse";
  }
  return source ? { source, pool, sparseCp, sparseDd } : null;
}

const MIB = 1024 * 1024;

/**
 * The copy a volume from `source` gets, and the plan's findings about the source: `facts` is
 * what the host said; `planned`: the source is a file or volume another resource of this plan
 * makes (a xen_file, a xen_volume), so it need not be there yet — with its thin pool when it is
 * a thin volume of this volume's group. `copy` null: the plan cannot tell (an error).
 */
export function planCopy(v: VolumeSpec, facts: SourceFacts, planned: boolean | { thinPool: string }): { copy: Copy | null; findings: Finding[] } {
  // A thin volume another xen_volume of this plan makes: as if the host had said so.
  const src: SourceFacts["source"] = typeof planned === "object" && facts.source.kind === "absent" && v.source?.startsWith(`/dev/${v.volume_group}/`)
    ? { kind: "lv", vg: v.volume_group!, lv: v.source.slice(`/dev/${v.volume_group}/`.length), thin: true, mib: 0, pool: planned.thinPool }
    : facts.source;
  const lvm = v.volume_group != null;
  const where = `Got "${v.source}".`;
  const tooSmall = (bytes: number) => v.size != null && v.size * MIB < bytes
    ? [refuse(["size"], `size ${v.size} MiB is smaller than the source (${Math.ceil(bytes / MIB)} MiB)`, "A copy cannot cut off the end of its source. Leave size unset to take the source's, or give at least that.")]
    : [];
  if (src.kind === "other") return { copy: null, findings: [refuse(["source"], `source is ${src.what} on the host`, where)] };
  if (src.kind === "absent" && !planned) {
    return { copy: null, findings: [refuse(["source"], "source does not exist on the host", `${where} Upload it with a xen_file resource (and use its path), or place it there first.`)] };
  }
  if (!lvm) {
    if (src.kind === "lv" || src.kind === "block") {
      return { copy: null, findings: [refuse(["source"], "source is a block device; a file volume (pool_dir) copies a file", `${where} Make the volume in a volume_group to copy a logical volume.`)] };
    }
    const dev = src.dev, pool = facts.pool;
    const copy: Copy = pool && pool.reflink && dev !== null && dev === pool.dev ? "reflink" : facts.sparseCp ? "sparse" : "full";
    return { copy, findings: src.kind === "file" ? tooSmall(src.bytes) : [] };
  }
  // Onto a new thin LV, zero blocks need not be written (it reads zeros where nothing was), where dd can skip them.
  const written: Copy = v.thin_pool != null && facts.sparseDd ? "sparse" : "full";
  if (src.kind === "lv") {
    if (src.vg === v.volume_group && src.lv === v.name) return { copy: null, findings: [refuse(["source"], "A volume cannot be a copy of itself", where)] };
    const snapshot = src.thin && src.vg === v.volume_group && (v.thin_pool == null || v.thin_pool === src.pool);
    return { copy: snapshot ? "thin-snapshot" : written, findings: tooSmall(src.mib * MIB) };
  }
  return { copy: written, findings: src.kind === "file" || src.kind === "block" ? tooSmall(src.bytes) : [] };
}
