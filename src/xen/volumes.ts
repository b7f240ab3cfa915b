// Storage a guest boots from: a raw image file in a pool directory (sparse, optionally a
// copy of a base image on the host) or an LVM logical volume. What the plan checks of a
// volume and where it lives; the resource (src/resources/xen-volume.ts) does the I/O.
import { refuse, type Finding } from "./finding";
import { uncarriable } from "./xlcfg";

export interface VolumeSpec {
  name: string;
  pool_dir?: string | null;
  volume_group?: string | null;
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
  if (v.source != null) {
    if (lvm) f.push(refuse(["source"], "source is for file volumes (pool_dir)", "A logical volume starts empty; copy an image onto it from the guest or by hand."));
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
