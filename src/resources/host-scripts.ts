// The shell scripts this provider runs in dom0: the listing, and the changes. Each
// is one round trip, and every change that touches a guest checks, on the host and at
// that moment, that the domain is the one this provider owns (by uuid), never dom0.
import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { shellCommand, shellQuote } from "../ssh";
import { addressMarkers, listingMarkers, MAX_ADDRESSES, nanoseconds } from "../xen";

/**
 * This process's nonce in the markers of its scripts' output (the listing's parts, the
 * probe's lines, a create's read-back): no name on the host can pass for one.
 */
const NONCE = randomBytes(8).toString("hex");
export const LISTING_MARKERS = listingMarkers(NONCE);
export const ADDRESS_MARKERS = addressMarkers(NONCE);

/** The listing's exit codes (101-103) and the part that failed. */
export const LISTING_EXIT: Record<number, string> = {
  101: "xl list -l",
  102: "xl list",
  103: "xenstore-read of the guests' types",
};

/**
 * One round trip: the long listing, the plain table (to notice a domain the long
 * listing left out), then the type libxl recorded for each guest — one xenstore-read
 * for all of them. Every part's failure fails the whole listing (exit 101-103): a
 * listing that is partly an error must never read as "guest gone" or "type changed".
 * Its output is read by parseListing (src/xen/xllist.ts). With `domain` (a shell word:
 * a domain's name or id, as xl takes it), the same listing of that one domain. With
 * `configDir`, also the cloud-init seeds in it (parseSeeds): refresh finds one removed or changed.
 */
export function listingScript(domain = "", configDir?: string): string {
  const m = LISTING_MARKERS;
  const which = domain ? ` ${domain}` : "";
  return [
    `xl list -l${which} || exit 101`,
    `echo ${m.table}`,
    `t=$(xl list${which}) || exit 102`,
    `printf '%s\n' "$t"`,
    `echo ${m.autostart}`,
    // xendomains' directory and the links in it (the guests started at boot).
    AUTO_DIR,
    `printf '%s\n' "$auto"`,
    // A name or target with a line break is no config of this provider's (it writes none) and
    // could pass for another line: left out.
    `nl='\n'`,
    `for f in "$auto"/*; do [ -L "$f" ] || continue; to=$(readlink "$f"); case "$f$to" in *"$nl"*) continue ;; esac; printf '%s\t%s\n' "$f" "$to"; done`,
    ...(configDir ? [seedsPart(configDir)] : []),
    // Guests only, and not dying ones: libxl drops /libxl/<domid> as it destroys a domain,
    // which Xen may still list for a while (state "d"); parseListing leaves those out.
    `set --; for d in $(printf '%s\n' "$t" | awk 'NR > 1 && $(NF-4) != 0 && $(NF-1) !~ /d/ { print $(NF-4) }'); do set -- "$@" "$d"; done`,
    // The guests' addresses, in a subshell: what fails in it fails no other part.
    `(`,
    addressPart(),
    `)`,
    `echo ${m.types}`,
    `[ $# = 0 ] && exit 0`,
    `paths=$(for d in "$@"; do printf '/libxl/%s/type ' "$d"; done)`,
    // The common case: one process. When it fails, either xenstore fails (dom0's own name
    // cannot be read either: the listing fails), or a guest has no libxl type yet (one
    // being created right now): read them one by one to tell which.
    `if v=$(xenstore-read $paths); then printf '%s\n' "$*"; printf '%s\n' "$v"; exit 0; fi`,
    `xenstore-read /local/domain/0/name >/dev/null || exit 103`,
    `for d in "$@"; do if x=$(xenstore-read /libxl/$d/type 2>/dev/null); then echo "$d $x"; else echo "$d ${m.noType}"; fi; done`,
  ].join("\n");
}

/**
 * The cloud-init seeds in a config directory (parseSeeds reads it): each regular file's
 * `dev:inode:mtime`, or `symlink`. A name with a line break is left out: it could pass for
 * another line. Spelled as seedPath spells them, so the state's paths are found as they are.
 */
export function seedsPart(configDir: string): string {
  return [
    `echo ${LISTING_MARKERS.seeds}`,
    `nl='\n'`,
    `for f in ${shellQuote(configDir)}/*${SEED_SUFFIX}; do case "$f" in *"$nl"*) continue ;; esac; ` +
      `if [ -L "$f" ]; then printf '%s\tsymlink\n' "$f"; elif [ -f "$f" ]; then printf '%s\t%s\n' "$f" "$(stat -c %d:%i:%.9Y "$f")"; fi; done`,
  ].join("\n");
}

/**
 * The addresses of the domains whose ids are in "$@" (addresses.ts parseAddressReading reads
 * it): their agents' xenstore entries under `/local/domain/<domid>/attr` — one `xenstore-ls`
 * for all of them; when that fails (a guest removed its own attr directory), one per domain —
 * kept to the vif address entries, at most MAX_ADDRESSES per interface and family, each line
 * at most 200 bytes (a guest may write up to its xenstore quota there); then dom0's neighbour
 * table, as JSON where its `ip` can (iproute2), else as text (busybox), else `none`.
 */
export function addressPart(): string {
  const m = ADDRESS_MARKERS;
  const keep = String.raw`awk 'length($0) <= 200 && /^\/local\/domain\/[0-9]+\/attr\/vif\/[0-9]+\/ipv[46]\/[0-9]+ = "/ { k = $1; sub(/\/[0-9]+$/, "", k); if (++n[k] <= ${MAX_ADDRESSES}) print }'`;
  return [
    `echo ${m.attr}`,
    `if [ $# -gt 0 ]; then`,
    `  if x=$(xenstore-ls -f $(for d in "$@"; do printf '/local/domain/%s/attr ' "$d"; done) 2>/dev/null); then printf '%s\n' "$x" | ${keep}`,
    `  else for d in "$@"; do xenstore-ls -f "/local/domain/$d/attr" 2>/dev/null | ${keep}; done; fi`,
    `fi`,
    `if x=$(ip -j neigh show 2>/dev/null) && case "$x" in "["*) true ;; *) false ;; esac; then echo "${m.neigh} json"; printf '%s\n' "$x"`,
    `elif x=$(ip neigh show 2>/dev/null); then echo "${m.neigh} text"; printf '%s\n' "$x"`,
    `else echo "${m.neigh} none"; fi`,
    `echo ${m.end}`,
  ].join("\n");
}

/**
 * One poll of the guests waiting for an address on a host (wait_for_ip): each domain's vm
 * path (`<domid> <path>`, or the no-vm marker for a domain that is gone: the waiter checks it
 * is still its guest), then addressPart. One xenstore-read for all of them; one per domain
 * when that fails, after checking xenstore answers at all (else exit 103).
 */
export function addressPollScript(domids: readonly number[]): string {
  const m = ADDRESS_MARKERS;
  for (const d of domids) if (!Number.isSafeInteger(d) || d <= 0) throw new Error(`refusing to poll domain ${d}`);
  return [
    `set -- ${domids.join(" ")}`,
    `echo ${m.vm}`,
    `if v=$(xenstore-read $(for d in "$@"; do printf '/local/domain/%s/vm ' "$d"; done) 2>/dev/null); then`,
    `  printf '%s\n' "$v" | { for d in "$@"; do IFS= read -r x; echo "$d $x"; done; }`,
    `else`,
    `  xenstore-read /local/domain/0/name >/dev/null 2>&1 || { echo 'xenstore cannot be read' >&2; exit 103; }`,
    `  for d in "$@"; do if x=$(xenstore-read "/local/domain/$d/vm" 2>/dev/null); then echo "$d $x"; else echo "$d ${m.noVm}"; fi; done`,
    `fi`,
    addressPart(),
  ].join("\n");
}

/**
 * Sets $auto to xendomains' directory of configs to start at boot: XENDOMAINS_AUTO from
 * its settings file (Debian's or Red Hat's place), else /etc/xen/auto.
 */
const AUTO_DIR = `auto=$(grep -h '^XENDOMAINS_AUTO=' /etc/default/xendomains /etc/sysconfig/xendomains 2>/dev/null | tail -n 1 | cut -d= -f2- | tr -d "\\"'"); auto=\${auto:-/etc/xen/auto}`;

/** The name of a config's autostart link in xendomains' directory: the config's file name. */
export const autostartLinkName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** The autostart link of a config, in the script's $auto. */
const autoLink = (path: string) => `"$auto"/${shellQuote(autostartLinkName(path))}`;

/**
 * Link the config into xendomains' directory (on), or remove the link if it points to this
 * config (off). Never replaces a file there that is not a link.
 */
export function setAutostart(path: string, on: boolean): string {
  const p = shellQuote(path), l = autoLink(path);
  return on
    ? `${AUTO_DIR}\nif [ -e ${l} ] && [ ! -L ${l} ]; then echo "$auto has a file of that name that is not a link" >&2; exit ${EXIT.cannotWrite}; fi\n` +
      `[ -f ${p} ] || { echo "there is no config file ${path.replace(/["\\$`]/g, "")} to link" >&2; exit ${EXIT.cannotWrite}; }\n` +
      `mkdir -p "$auto" && ln -sfn ${p} ${l} || exit ${EXIT.cannotWrite}`
    : `${AUTO_DIR}\nif [ -L ${l} ] && [ "$(readlink ${l})" = ${p} ]; then rm -f ${l}; fi`;
}

/** Where the provider keeps a guest's config on the host: a name-derived, shell-safe file name. */
export function configPath(dir: string, guestName: string): string {
  const safe = guestName.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^\.+/, "_").slice(0, 48);
  const hash = createHash("sha256").update(guestName).digest("hex").slice(0, 10);
  return `${dir}/${safe}-${hash}.cfg`;
}

/** Where a guest's cloud-init seed image goes: beside its config, named like it. */
const SEED_SUFFIX = ".cidata.iso";
export const seedPath = (dir: string, guestName: string) => configPath(dir, guestName).replace(/\.cfg$/, SEED_SUFFIX);

/** Exit codes of these scripts that are not xl's (xl uses 0-6 and signals). */
export const EXIT = {
  /** The host-side lock was held by someone else for the whole wait. */
  lockTimeout: 75,
  /** A domain of that name already runs (checked under the lock). */
  nameTaken: 73,
  /** The domain id no longer belongs to the uuid this provider owns. */
  notOurs: 74,
  /** The config file could not be written. */
  cannotWrite: 71,
  /** flock(1) is missing on the host. */
  noFlock: 72,
  /** xenstore could not be read to check whose domain it is. */
  cannotCheck: 76,
  /** A volume's source is not a regular file, or is larger than the volume. */
  volumeSource: 77,
  /** A file is already at the new guest's config path (printed: its uuid line). */
  configTaken: 78,
  /** A running guest has the volume as a disk (printed: who). */
  volumeInUse: 79,
  /** A domain is being built: its disks cannot be read yet (printed: which). */
  domainBuilding: 80,
  /** An upload's bytes could not be written on the host (a full disk, an I/O error; printed: why). */
  uploadWrite: 81,
  /** An upload arrived cut off or not as sent (printed: what arrived); nothing was kept. */
  uploadCut: 82,
  /** A running guest has a volume's source as a read-write disk (printed: who): no copy was made. */
  sourceInUse: 83,
  /** A volume's copy of its source failed (printed: why; a full disk says so); nothing was kept. */
  copyFailed: 84,
  /** An LV to delete is the origin of classic snapshots, which lvremove would remove too (printed: which). */
  originHasSnapshots: 85,
} as const;

/** Markers in a script's stderr that carry facts for the error message. */
export const LOCK_HOLDER = "cdktf-xen-lock-holder:";
export const LOCK_FILE = "cdktf-xen-lock:";

/** Who takes the lock, for the message another run shows while it waits. */
export function lockOwner(): string {
  return `terraform-provider-xen pid ${process.pid} on ${hostname()} since ${new Date().toISOString()}`;
}

/**
 * `body` run under the host-side lock, so concurrent applies from other workspaces or
 * pipelines serialize their changes on this host: an exclusive flock(1) on `<dir>/.lock`
 * (descriptor 9). With `guest`, a change of that one guest: the host lock shared, and the
 * guest's own lock (guestLock, descriptor 8) exclusive, so changes of different guests
 * run at once (xl create serializes only its own critical part) while a change of the
 * same guest, or one holding the whole host (xen_volume's), waits. Waits at most
 * `waitSeconds` for each; then fails with EXIT.lockTimeout and names the lock and its
 * holder on stderr. Inside, `xl` and `timeout` run without the lock descriptors: xl create
 * leaves a daemon per guest that keeps inherited descriptors for the guest's life, and with
 * them it would hold the lock as long as the guest runs (seen on the real Arm host); busybox's
 * timeout leaves a watcher process behind, which on the Arm 4.20 host's dom0 (busybox 1.37,
 * whose init leaves orphans unreaped) outlived its command by many minutes.
 */
export function locked(dir: string, waitSeconds: number, body: string, guest?: string): string {
  const d = shellQuote(dir);
  const wait = Math.max(1, Math.floor(waitSeconds));
  const held = (lock: string, owner: string) =>
    `{ printf '${LOCK_FILE} %s\\n' ${lock} >&2; printf '${LOCK_HOLDER} %s\\n' "$(cat ${owner} 2>/dev/null || echo unknown)" >&2; exit ${EXIT.lockTimeout}; }`;
  const lines = [
    `command -v flock >/dev/null 2>&1 || { echo 'flock(1) is not installed on this host (package util-linux)' >&2; exit ${EXIT.noFlock}; }`,
    `umask 077; mkdir -p ${d} || exit ${EXIT.cannotWrite}`,
    safeDir(dir, "config_dir"),
    `exec 9>>${d}/.lock || exit ${EXIT.cannotWrite}`,
  ];
  if (guest === undefined) {
    lines.push(
      `flock -w ${wait} 9 || ${held(`${d}/.lock`, `${d}/.lock.owner`)}`,
      `printf '%s\\n' ${shellQuote(lockOwner())} > ${d}/.lock.owner`,
      `xl() { command xl "$@" 9>&-; }`,
      `timeout() { command timeout "$@" 9>&-; }`,
    );
  } else {
    // The guest's lock file holds its holder's name (written once it is held).
    const g = shellQuote(guestLock(dir, guest));
    lines.push(
      `flock -s -w ${wait} 9 || ${held(`${d}/.lock`, `${d}/.lock.owner`)}`,
      `exec 8>>${g} || exit ${EXIT.cannotWrite}`,
      `flock -w ${wait} 8 || ${held(g, g)}`,
      `printf '%s\\n' ${shellQuote(lockOwner())} > ${g}`,
      `xl() { command xl "$@" 8>&- 9>&-; }`,
      `timeout() { command timeout "$@" 8>&- 9>&-; }`,
    );
  }
  lines.push(body);
  return lines.join("\n");
}

/**
 * Refuse a directory others could plant files or links in, which root would then write
 * through: it must be owned by root or the SSH user, and writable by no one else.
 */
export function safeDir(dir: string, what: string): string {
  const d = shellQuote(dir);
  return `set -- $(stat -L -c '%u %a' ${d}) && { [ "$1" = 0 ] || [ "$1" = "$(id -u)" ]; } && [ $(( 0$2 & 022 )) = 0 ] || ` +
    `{ echo "${what} ${dir.replace(/["\\$`]/g, "")} is owned by uid \${1:-?} with mode \${2:-?}: it must be owned by root or the SSH user and writable by no one else (chmod go-w)" >&2; exit ${EXIT.cannotWrite}; }`;
}

/** A guest's own lock beside its config: a hidden file named after the config's file. */
export function guestLock(dir: string, guestName: string): string {
  const file = configPath(dir, guestName);
  return `${dir}/.${file.slice(file.lastIndexOf("/") + 1).replace(/\.cfg$/, "")}.lock`;
}

/**
 * Create a guest: refuse when a domain of that name runs (checked under the lock, so two
 * applies cannot both pass), write the config atomically, then `xl create`. A failed
 * create removes the file it wrote.
 */
export function createGuest(name: string, path: string): string {
  const p = shellQuote(path);
  return [
    `if taken=$(xl domid ${shellQuote(name)} 2>/dev/null); then echo "domid $taken" >&2; exit ${EXIT.nameTaken}; fi`,
    // A config already there is replaced only when it is a stale one of this provider's (its
    // uuid line names no domain on the host: a guest destroyed behind its back). The config of
    // a domain that exists (renamed, or being built), a link, or a file without a uuid line
    // (not written by this provider) is never overwritten.
    `if [ -e ${p} ] || [ -L ${p} ]; then`,
    `  u=$(sed -n 's/^uuid = "\\([-0-9a-f]*\\)"$/\\1/p' ${p} 2>/dev/null | head -n 1)`,
    `  if [ -L ${p} ] || [ -z "$u" ] || xl list -l | grep -qF "\\"uuid\\": \\"$u\\""; then echo "\${u:+uuid $u}\${u:-no uuid line of this provider}" >&2; exit ${EXIT.configTaken}; fi`,
    `  echo "${STALE_CONFIG} $u" >&2`,
    `fi`,
    writeConfig(path),
    `xl create ${p}; rc=$?`,
    `[ $rc = 0 ] || { rm -f ${p}; exit $rc; }`,
    // The new guest read back in the same round trip: the listing of it between two
    // markers, the second with the listing's exit status. Whatever fails in it, the
    // create succeeded (exit 0); the provider then reads the guest the usual way.
    `echo ${CREATED_MARKER}`,
    `(`,
    listingScript(shellQuote(name)),
    `)`,
    `echo "${CREATED_MARKER} $?"`,
    `exit 0`,
  ].join("\n");
}

/**
 * After a create whose outcome is unknown (the connection dropped, or it did not answer in
 * time), run under the guest's lock — so it starts only when the create script, which may
 * still be running on the host, has ended: destroy the domain with the create's uuid,
 * including one libxl is still building (listed by `xl list`, with its vm path in xenstore,
 * not yet by `xl list -l`), and remove the config written for it. Prints `destroyed <domid>`
 * when there was one.
 */
export function cleanUpCreate(path: string, uuid: string): string {
  return [
    // What cannot be read is not absent: a failing xl or xenstore ends the clean-up (the
    // provider then records the guest by its uuid) rather than pass for "no such guest".
    `found=; t=$(xl list) || { echo 'xl list failed' >&2; exit ${EXIT.cannotCheck}; }`,
    `for id in $(printf '%s\\n' "$t" | awk 'NR > 1 { print $(NF-4) }'); do`,
    `  [ "$id" -gt 0 ] 2>/dev/null || continue`,
    `  if vm=$(xenstore-read /local/domain/$id/vm 2>/dev/null); then [ "$vm" = ${shellQuote(`/vm/${uuid}`)} ] && found=$id`,
    `  elif xl domname $id >/dev/null 2>&1; then echo "cannot read /local/domain/$id/vm from xenstore to tell whether domain $id is the guest being created" >&2; exit ${EXIT.cannotCheck}; fi`,
    `done`,
    `if [ -n "$found" ]; then xl destroy "$found" || exit $?; echo "destroyed $found"; fi`,
    removeOwnConfig(path, uuid),
  ].join("\n");
}

/** Before the uuid of a stale config a create replaced (createGuest), on stderr. */
export const STALE_CONFIG = "cdktf-xen-stale-config:";

/** Around the listing of the guest a create made (createGuest); the second one carries its exit status. */
export const CREATED_MARKER = `@@cdktf-xen:created:${NONCE}@@`;

/** A guard that the domain id still belongs to `uuid` (xenstore's /local/domain/<id>/vm). */
function ownedBy(domid: number, uuid: string): string {
  // A domain that is gone (torn down since the listing) is not ours any more either.
  return `if ! vm=$(xenstore-read /local/domain/${domid}/vm 2>/dev/null); then ` +
    `xl domname ${domid} >/dev/null 2>&1 || { echo 'domain ${domid} is gone' >&2; exit ${EXIT.notOurs}; }; ` +
    `echo 'cannot read /local/domain/${domid}/vm from xenstore to check whose domain ${domid} is' >&2; exit ${EXIT.cannotCheck}; fi\n` +
    `[ "$vm" = ${shellQuote(`/vm/${uuid}`)} ] || { echo "domain ${domid} is no longer the guest with uuid ${uuid} (it is $vm)" >&2; exit ${EXIT.notOurs}; }`;
}

/** Run `argv` (an xl command on that domain) only if the domain is still ours. */
export function onOwnGuest(domid: number, uuid: string, argv: string[]): string {
  if (!Number.isSafeInteger(domid) || domid <= 0) throw new Error(`refusing to act on domain ${domid}`);
  return `${ownedBy(domid, uuid)}\n${shellCommand(argv)}`;
}

/**
 * `xl destroy` of our guest. A guest that is tearing itself down (it powered off as `xl
 * shutdown` asked, and its hotplug scripts still run) can make xl destroy fail ("unable to get
 * domain type", a block script's error); then the script waits, up to 30 s, for the domain
 * to go, and checks again: gone is what was asked (EXIT.notOurs, as for a domain gone before),
 * still there and still ours is a second xl destroy, whose failure is the script's.
 */
export function destroyOwnGuest(domid: number, uuid: string): string {
  const d = String(domid);
  return `${onOwnGuest(domid, uuid, ["xl", "destroy", d])} || { rc=$?; n=0; ` +
    `while [ $n -lt 30 ] && xl domname ${d} >/dev/null 2>&1; do sleep 1; n=$((n+1)); done
` +
    `${ownedBy(domid, uuid)}
xl destroy ${d} || exit $rc; }`;
}

/** Write a config file atomically, through a temporary file no one could have placed beforehand (mktemp). */
export function writeConfig(path: string): string {
  const p = shellQuote(path);
  return `tmp=$(mktemp ${shellQuote(`${path}.tmp.`)}XXXXXX) && cat > "$tmp" && mv -f "$tmp" ${p} || { [ -n "$tmp" ] && rm -f "$tmp"; exit ${EXIT.cannotWrite}; }`;
}

/** Remove the config file only when it is the one written for `uuid`. */
export function removeOwnConfig(path: string, uuid: string): string {
  const p = shellQuote(path);
  return `if [ -f ${p} ] && grep -qF ${shellQuote(uuidLine(uuid))} ${p}; then rm -f ${p}; ${setAutostart(path, false).replace(/\n/g, "; ")}; fi`;
}

/** The line that ties a config file to the guest this provider created. */
export const uuidLine = (uuid: string) => `uuid = "${uuid}"`;

// ------------------------------------------------------------------ volumes
// A volume is identified by what the host says of it at create: a file's device:inode, a
// logical volume's LVM uuid. Growing and deleting check that identity first, and a
// path that is a symbolic link is never followed.

/**
 * The identity and size (bytes) of a file volume: `file <dev>:<inode>:<birth> <bytes>`, or
 * `symlink`, `other`, `absent`. The birth time (ns) tells a new file that got a deleted one's
 * inode number back from it; a stat(1) that cannot say prints something else there.
 */
function statFile(p: string): string {
  return `if [ -L ${p} ]; then echo symlink; elif [ -f ${p} ]; then stat -c 'file %d:%i:%.9W %s' ${p}; elif [ -e ${p} ]; then echo other; else echo absent; fi`;
}

/**
 * An LV's identity, size and its VG's extent size (MiB): `lv <uuid> <MiB> <extent MiB>`, or
 * `absent`. (LVM allocates whole extents: the size is the one asked for, rounded up.)
 */
/** An LV's `lv <uuid> <MiB> <extent MiB>`, then its thin pool's name when it is a thin volume; or `absent`. */
function statLv(vg: string, name: string): string {
  return `if out=$(lvs --noheadings --nosuffix --units m -o lv_uuid,lv_size,vg_extent_size,pool_lv ${shellQuote(`${vg}/${name}`)} 2>/dev/null); then set -- $out; echo "lv $*"; else echo absent; fi`;
}

export const volumeRead = (v: { path: string; volumeGroup?: string | null; name: string }) =>
  v.volumeGroup ? statLv(v.volumeGroup, v.name) : statFile(shellQuote(v.path));

/**
 * Where a copy goes is checked, then the source: it must exist now (it may have vanished since
 * the plan) and be what the copy reads — a regular file, not a link (for an LV copy: a file or a
 * block device) — and no running guest may have it as a read-write disk (sourceUsers).
 */
function checkSource(source: string, block: boolean): string {
  const s = shellQuote(source), shown = source.replace(/["\\$`]/g, "");
  const checks = [
    `if [ -L ${s} ]; then echo "source ${shown} is a symbolic link on this host; give the path it points to" >&2; exit ${EXIT.volumeSource}; fi`,
    `[ -e ${s} ] || { echo "source ${shown} does not exist on this host (any more)" >&2; exit ${EXIT.volumeSource}; }`,
    block
      ? `[ -f ${s} ] || [ -b ${s} ] || { echo "source ${shown} is neither a regular file nor a block device" >&2; exit ${EXIT.volumeSource}; }`
      : `[ -f ${s} ] || { echo "source ${shown} is not a regular file" >&2; exit ${EXIT.volumeSource}; }`,
  ];
  return [
    // An LV's path (/dev/<vg>/<lv>) is a link LVM made: known to lvs, it is taken as it is.
    ...(block ? [`if ! lvs --noheadings -o lv_name ${s} >/dev/null 2>&1; then`, ...checks, `fi`] : checks),
    volumeUsers({ path: source, name: "" }, true),
  ].join("\n");
}

/** The bytes of a file or block device, in $1 of the script. */
const sizeOf = (p: string) => `if [ -b ${p} ]; then blockdev --getsize64 ${p}; else stat -L -c %s ${p}; fi`;

/**
 * Create a file volume: never over anything that exists. With `source`, a copy of it (`copy`:
 * reflink, sparse or full; "auto" — the plan could not ask the host — takes the best that works),
 * made under a temporary name beside it, grown (sparse) to `sizeMiB`, and only then linked to its
 * name: a copy that fails (a full disk), a signal or a client gone leaves nothing at the name and
 * removes the temporary file. Prints `copy <how>` and the new file's statFile line.
 */
export function createFileVolume(dir: string, path: string, sizeMiB: number | null, source: string | null, copy: string | null = null): string {
  const d = shellQuote(dir), p = shellQuote(path), shownPath = path.replace(/["\\$`]/g, ""), shownDir = dir.replace(/["\\$`]/g, "");
  const name = path.slice(path.lastIndexOf("/") + 1);
  const exists = `if [ -e ${p} ] || [ -L ${p} ]; then echo "${shownPath} already exists" >&2; exit ${EXIT.nameTaken}; fi`;
  const lines = [
    `mkdir -p ${d} || exit ${EXIT.cannotWrite}`,
    safeDir(dir, "pool_dir"),
    exists,
  ];
  if (!source) {
    if (sizeMiB !== null) lines.push(`truncate -s ${sizeMiB * 1024 * 1024} ${p} || { rm -f ${p}; exit ${EXIT.cannotWrite}; }`);
    lines.push(statFile(p));
    return lines.join("\n");
  }
  const s = shellQuote(source);
  const bytes = sizeMiB === null ? null : sizeMiB * 1024 * 1024;
  // The copy's ways, each into "$tmp" (an existing empty file: cp truncates it).
  const reflink = `cp --reflink=always ${s} "$tmp"`;
  // What this cp can do, tried on the empty temporary file (busybox's cp has neither option).
  const sparse = `{ if cp --sparse=always --reflink=never /dev/null "$tmp" 2>/dev/null; then cp --sparse=always --reflink=never ${s} "$tmp"; ` +
    `elif cp --sparse=always /dev/null "$tmp" 2>/dev/null; then cp --sparse=always ${s} "$tmp"; else how=full; cp ${s} "$tmp"; fi; }`;
  const how = copy === "reflink" ? `how=reflink; ${reflink} 2>"$err"`
    : copy === "sparse" || copy === "full" ? `how=${copy}; ${sparse} 2>"$err"`
    : `how=reflink; ${reflink} 2>/dev/null || { how=sparse; ${sparse} 2>"$err"; }`;
  lines.push(
    checkSource(source, false),
    bytes === null ? ":" : `if [ "$(stat -L -c %s ${s})" -gt ${bytes} ]; then echo "size is smaller than the source ($(stat -L -c %s ${s}) bytes)" >&2; exit ${EXIT.volumeSource}; fi`,
    `tmp=$(mktemp ${shellQuote(`${dir.replace(/\/+$/, "")}/.${name}.`)}XXXXXX) || exit ${EXIT.cannotWrite}`,
    `err=$(mktemp) || { rm -f "$tmp"; exit ${EXIT.cannotWrite}; }`,
    `trap 'rm -f "$tmp" "$err"; exit 143' TERM HUP INT`,
    `trap '' PIPE`,
    `if ! { ${how}; }; then e=$(cat "$err"); rm -f "$tmp" "$err"; echo "cannot copy the source into ${shownDir} ($how copy): $e" >&2; exit ${EXIT.copyFailed}; fi`,
    `rm -f "$err"`,
    bytes === null ? ":" : `truncate -s ${bytes} "$tmp" || { rm -f "$tmp"; exit ${EXIT.cannotWrite}; }`,
    // The client may have gone meanwhile (a dropped connection): a write to it fails, and the
    // copy is not put in place for no one to know of it.
    `printf 'copy %s\\n' "$how" || { rm -f "$tmp"; exit ${EXIT.cannotWrite}; }`,
    // A hard link cannot replace what took the name meanwhile; then the temporary name goes.
    `ln "$tmp" ${p} 2>/dev/null || { rm -f "$tmp"; ${exists}; echo "cannot link the copy to ${shownPath}" >&2; exit ${EXIT.cannotWrite}; }`,
    `rm -f "$tmp"`,
    statFile(p),
  );
  return lines.join("\n");
}

/** A new LV of `sizeMiB`: thick, or a thin volume of `thinPool` (its blocks taken from the pool as they are written). */
export function createLv(vg: string, name: string, sizeMiB: number, thinPool: string | null = null): string {
  const make = thinPool ? `-V ${sizeMiB}m -T ${shellQuote(`${vg}/${thinPool}`)}` : `-L ${sizeMiB}m ${shellQuote(vg)}`;
  return `lvcreate -y -q ${make} -n ${shellQuote(name)} >&2 || exit $?\n${statLv(vg, name)}`;
}

/**
 * Create an LV from `source`. `thin-snapshot` (an LV of a thin pool in the same group): `lvcreate
 * -s` of it, activated (thin snapshots skip activation by default), then grown to `sizeMiB` if
 * that is more. Otherwise: an LV of `sizeMiB` (default: the source's size) under a temporary
 * name — thick, or a thin volume of `thinPool` — the source written onto it with dd: whole
 * (`full`), or skipping the blocks of zeros (`sparse`, onto a thin volume, which reads zeros
 * where nothing was written, so the pool does not provide them) — then renamed: a copy that fails, a
 * signal or a client gone removes the temporary LV and leaves nothing at the name. A volume group
 * too full for it fails at lvcreate, before anything is made. Prints `copy <how>` and statLv's line.
 */
export function createLvCopy(vg: string, name: string, sizeMiB: number | null, source: string, copy: string, thinPool: string | null = null): string {
  const v = shellQuote(vg), n = shellQuote(name), s = shellQuote(source);
  const lines = [checkSource(source, true)];
  if (copy === "thin-snapshot") {
    lines.push(
      `set -- $(lvs --noheadings -o vg_name,lv_name ${s} 2>/dev/null)`,
      `[ "$1" = ${v} ] || { echo "source ${source.replace(/["\\$`]/g, "")} is not a logical volume of ${vg} any more" >&2; exit ${EXIT.volumeSource}; }`,
      `lvcreate -y -q -kn -s "$1/$2" -n ${n} >&2 || exit $?`,
      sizeMiB === null ? ":" : `set -- $(lvs --noheadings --nosuffix --units m -o lv_size ${shellQuote(`${vg}/${name}`)}); cur=\${1#<}; cur=\${cur%.*}; ` +
        `[ "$cur" -ge ${sizeMiB} ] 2>/dev/null || lvextend -q -L ${sizeMiB}m ${shellQuote(`${vg}/${name}`)} >&2 || { lvremove -y -q ${shellQuote(`${vg}/${name}`)} >/dev/null 2>&1; exit ${EXIT.copyFailed}; }`,
      `echo 'copy thin-snapshot'`,
    );
  } else {
    const tmp = `cdktf-tmp-${randomBytes(4).toString("hex")}`;
    const t = shellQuote(`${vg}/${tmp}`);
    lines.push(
      `b=$(${sizeOf(s)}) || exit ${EXIT.volumeSource}`,
      `m=$(( (b + 1048575) / 1048576 ))`,
      sizeMiB === null ? ":" : `[ "$m" -le ${sizeMiB} ] || { echo "size is smaller than the source ($b bytes)" >&2; exit ${EXIT.volumeSource}; }; m=${sizeMiB}`,
      thinPool ? `lvcreate -y -q -V "\${m}m" -T ${shellQuote(`${vg}/${thinPool}`)} -n ${shellQuote(tmp)} >&2 || exit $?`
        : `lvcreate -y -q -L "\${m}m" -n ${shellQuote(tmp)} ${v} >&2 || exit $?`,
      `trap 'lvremove -y -q ${t} >/dev/null 2>&1; exit 143' TERM HUP INT`,
      `trap '' PIPE`,
      `dev=$(lvs --noheadings -o lv_path ${t} 2>/dev/null | tr -d ' '); [ -b "$dev" ] || dev=/dev/${vg}/${tmp}`,
      // Onto a thin volume, blocks of zeros are skipped (`sparse`: GNU dd's conv=sparse, as the plan found it).
      `if ! e=$(dd if=${s} of="$dev" bs=4M conv=${copy === "sparse" ? "sparse," : ""}fsync 2>&1); then lvremove -y -q ${t} >/dev/null 2>&1; echo "cannot copy the source onto the new logical volume: $e" >&2; exit ${EXIT.copyFailed}; fi`,
      `printf 'copy ${copy === "sparse" ? "sparse" : "full"}\\n' || { lvremove -y -q ${t} >/dev/null 2>&1; exit ${EXIT.cannotWrite}; }`,
      `lvrename -q ${v} ${shellQuote(tmp)} ${n} >&2 || { lvremove -y -q ${t} >/dev/null 2>&1; exit ${EXIT.cannotWrite}; }`,
    );
  }
  lines.push(statLv(vg, name));
  return lines.join("\n");
}

/**
 * What the plan asks of a volume's source and of where the volume goes (parseSourceProbe in
 * src/xen/volumes.ts): what the source is (a file: its file system's device, bytes and type; an
 * LV: its group, name, attributes and MiB; absent: the device and type of the nearest directory
 * above it that exists, where a file another resource uploads will land); for a file volume, the
 * pool's file system (the nearest existing directory) and whether it reflinks; whether cp can
 * make sparse copies, and dd skip blocks of zeros. Reads only.
 */
export function sourceProbe(source: string, poolDir: string | null): string {
  const s = shellQuote(source);
  const near = (p: string) => `d=${shellQuote(p)}; while [ ! -d "$d" ]; do d=$(dirname "$d"); done`;
  const lines = [
    // An LV first: its path is a link LVM made.
    `if case ${s} in /dev/*) true ;; *) false ;; esac && l=$(lvs --noheadings --nosuffix --units m -o vg_name,lv_name,lv_attr,lv_size,pool_lv ${s} 2>/dev/null) && [ -n "$l" ]; then echo "src lv $l"`,
    `elif [ -L ${s} ]; then echo 'src symlink'`,
    `elif [ -f ${s} ]; then echo "src file $(stat -c %d ${s}) $(stat -c %s ${s}) $(stat -f -c %T ${s})"`,
    `elif [ -b ${s} ]; then echo "src block $(blockdev --getsize64 ${s})"`,
    `elif [ -e ${s} ]; then echo 'src other'`,
    `else ${near(source.slice(0, Math.max(1, source.lastIndexOf("/"))))}; echo "src absent $(stat -c %d "$d") $(stat -f -c %T "$d")"; fi`,
  ];
  if (poolDir) {
    lines.push(
      near(poolDir),
      `fs=$(stat -f -c %T "$d"); r=0`,
      // btrfs always reflinks; xfs when made with reflink=1 (xfs_info of its mount point says so).
      `case "$fs" in btrfs) r=1 ;; xfs) mp=$(df -P "$d" | awk 'NR == 2 { print $6 }'); xfs_info "$mp" 2>/dev/null | grep -q 'reflink=1' && r=1 ;; esac`,
      `echo "pool $(stat -c %d "$d") $fs $r"`,
    );
  }
  lines.push(`if cp --help 2>&1 | grep -q -e '--sparse='; then echo 'cp sparse'; else echo 'cp plain'; fi`);
  // Whether dd can skip blocks of zeros (GNU dd's conv=sparse; busybox's cannot), for a thin volume.
  lines.push(`if dd if=/dev/null of=/dev/null conv=sparse 2>/dev/null; then echo 'dd sparse'; else echo 'dd plain'; fi`);
  return lines.join("\n");
}

/**
 * A check that the volume is still the one created (its identity), as the first step of a
 * change; a volume that is gone ends the script: successfully (`gone: "done"`) or as not ours.
 */
function stillOurs(v: { path: string; volumeGroup?: string | null; name: string }, identity: string, gone: "done" | "fail"): string {
  const now = volumeRead(v);
  const want = (v.volumeGroup ? `lv ${identity}` : `file ${identity}`).replace(/["\\$`]/g, "");
  const absent = gone === "done" ? "exit 0" : `echo "the volume is gone" >&2; exit ${EXIT.notOurs}`;
  // An identity without a birth time (a stat(1) that had none) matches the same file with any.
  return `now=$(${now})\ncase "$now" in absent) ${absent} ;; "${want} "*|"${want}:"*) ;; *) echo "the volume at ${v.path.replace(/["\\$`]/g, "")} is no longer the one this provider created ($now)" >&2; exit ${EXIT.notOurs} ;; esac`;
}

/**
 * Grow a volume to `sizeMiB` (never shrinks). An LV that already has that size (its extents
 * rounded it up at create: 12 MiB for 10, so 11 needs nothing) is left as it is: lvextend
 * refuses a size that rounds to the one the LV has ("matches existing size", exit 5).
 */
export function growVolume(v: { path: string; volumeGroup?: string | null; name: string }, identity: string, sizeMiB: number): string {
  const grow = v.volumeGroup
    ? `set -- $now; cur=\${3#<}; cur=\${cur%.*}; [ "$cur" -ge ${sizeMiB} ] 2>/dev/null || lvextend -q -L ${sizeMiB}m ${shellQuote(`${v.volumeGroup}/${v.name}`)} >&2 || exit $?`
    : `[ "$(stat -c %s ${shellQuote(v.path)})" -le ${sizeMiB * 1024 * 1024} ] && truncate -s ${sizeMiB * 1024 * 1024} ${shellQuote(v.path)} || exit ${EXIT.cannotWrite}`;
  return `${stillOurs(v, identity, "fail")}\n${grow}\n${volumeRead(v)}`;
}

/**
 * Under the lock, right before a delete: whether a domain has the volume as a disk, by what
 * the disk's target is (a file's device and inode, a block device's major:minor; its path only
 * as a last resort, for an LV whose device node is missing), not how its path is spelled
 * (`dir//f`, `dir/./f`, a link all name the same file). The targets are the `pdev_path`s of
 * `xl list -l`. A domain `xl list` has and `xl list -l` has not is being built (or libxl cannot
 * read its config): its disks are unknown, so the delete is refused. Exits EXIT.volumeInUse /
 * EXIT.domainBuilding, naming each domain on stderr; EXIT.cannotCheck when xl cannot list.
 */
function volumeUsers(v: { path: string; volumeGroup?: string | null; name: string }, source = false): string {
  const p = shellQuote(v.path);
  const mapper = v.volumeGroup ? shellQuote(`/dev/mapper/${v.volumeGroup.replace(/-/g, "--")}-${v.name.replace(/-/g, "--")}`) : p;
  // $vol: the volume's file identity, or its block device's major:minor (none: no device node).
  // A source (a file or a block device) by what it is now; a volume by its kind.
  // (An LV without a device node — inactive — is no guest's disk.)
  const vol = source ? `if [ -b ${p} ]; then vol=b:$(stat -L -c '%t:%T' ${p}); elif [ -e ${p} ]; then vol=f:$(stat -L -c '%d:%i' ${p}) || exit ${EXIT.cannotCheck}; else vol=none; fi`
    : v.volumeGroup ? `vol=; [ -b ${p} ] && vol=$(stat -L -c '%t:%T' ${p})` : `vol=$(stat -L -c '%d:%i' ${p}) || exit ${EXIT.cannotCheck}`;
  const same = source
    ? `same() { if [ -b "$1" ]; then [ "b:$(stat -L -c '%t:%T' -- "$1")" = "$vol" ]; elif [ -f "$1" ]; then [ "f:$(stat -L -c '%d:%i' -- "$1")" = "$vol" ]; else false; fi; }`
    : v.volumeGroup
    ? `same() { [ "$1" = ${p} ] || [ "$1" = ${mapper} ] || { [ -n "$vol" ] && [ -b "$1" ] && [ "$(stat -L -c '%t:%T' -- "$1")" = "$vol" ]; }; }`
    : `same() { [ -f "$1" ] && [ "$(stat -L -c '%d:%i' -- "$1")" = "$vol" ]; }`;
  const cant = (what: string) => `{ echo "${what} failed: cannot tell which guests use the volume" >&2; exit ${EXIT.cannotCheck}; }`;
  return [
    vol,
    same,
    `name() { xl domname "$1" 2>/dev/null || echo '?'; }`,
    // The table first: a domain whose build ends between the two is then in both.
    `t=$(xl list) || ${cant("xl list")}`,
    `l=$(xl list -l) || ${cant("xl list -l")}`,
    `ids=$(printf '%s\\n' "$l" | awk '${DOMID_AWK} { gsub(/[^0-9]/, ""); print }')`,
    // Guests only, not dying ones (libxl has torn their devices down).
    `b=0; for d in $(printf '%s\\n' "$t" | awk 'NR > 1 && $(NF-4) != 0 && $(NF-1) !~ /d/ { print $(NF-4) }'); do`,
    `  case " $(echo $ids) " in *" $d "*) ;; *) echo "guest \\"$(name $d)\\" (domid $d) is being built" >&2; b=1 ;; esac`,
    `done`,
    `[ $b = 0 ] || exit ${EXIT.domainBuilding}`,
    `disks=$(printf '%s\\n' "$l" | awk '${source ? DISKS_RW_AWK : DISKS_AWK}')`,
    `u=0; while IFS= read -r x; do`,
    `  d=\${x%% *}; q=\${x#* }`,
    `  case "$q" in`,
    `    "?") echo "guest \\"$(name $d)\\" (domid $d) has a disk whose target cannot be read" >&2; u=1 ;;`,
    `    +*) if same "\${q#+}"; then echo "guest \\"$(name $d)\\" (domid $d) has it as a ${source ? "read-write " : ""}disk" >&2; u=1; fi ;;`,
    `  esac`,
    `done <<EOF`,
    `$disks`,
    `EOF`,
    `[ $u = 0 ] || exit ${source ? EXIT.sourceInUse : EXIT.volumeInUse}`,
  ].join("\n");
}

/** awk: a line of `xl list -l` with a domain's id (libxl's JSON, one key a line). */
const DOMID_AWK = String.raw`/^[ \t]*"domid": *[0-9]+,?[ \t]*$/ && !/4294967295/`;

/**
 * awk over `xl list -l`: each disk target as `<domid> +<path>`, JSON's escapes of `"`, `\`
 * and `/` undone; `<domid> ?` for a path with any other escape (a control character), which
 * is then not compared but refused.
 */
const DISKS_AWK = String.raw`${DOMID_AWK} { d = $0; gsub(/[^0-9]/, "", d); next }
/^[ \t]*"(pdev_path|target)": "/ {
  s = $0; sub(/^[ \t]*"[a-z_]+": "/, "", s); sub(/",?[ \t]*$/, "", s); out = ""; bad = 0
  while ((i = index(s, "\\")) > 0) { c = substr(s, i + 1, 1); if (c != "\"" && c != "\\" && c != "/") { bad = 1; break }; out = out substr(s, 1, i - 1) c; s = substr(s, i + 2) }
  print d " " (bad ? "?" : "+" out s)
}`;

/**
 * DISKS_AWK's lines for the read-write disks only: a disk's object in libxl's JSON has
 * `"readwrite": 1` (after its `pdev_path` as libxl writes it; any order is read), and no such
 * line when read-only or a cdrom. Printed at the object's closing brace.
 */
const DISKS_RW_AWK = String.raw`${DOMID_AWK} { d = $0; gsub(/[^0-9]/, "", d); next }
/\{[ 	]*$/ { p = ""; rw = 0 }
/^[ 	]*"(pdev_path|target)": "/ {
  s = $0; sub(/^[ 	]*"[a-z_]+": "/, "", s); sub(/",?[ 	]*$/, "", s); out = ""; bad = 0
  while ((i = index(s, "\\")) > 0) { c = substr(s, i + 1, 1); if (c != "\"" && c != "\\" && c != "/") { bad = 1; break }; out = out substr(s, 1, i - 1) c; s = substr(s, i + 2) }
  p = (bad ? "?" : "+" out s)
}
/^[ 	]*"readwrite": *(1|true)/ { rw = 1 }
/^[ 	]*\}/ { if (p != "" && rw) print d " " p; p = ""; rw = 0 }`;

/**
 * Delete a volume if it is still the one created and no domain uses it (volumeUsers); a link
 * is never followed, a volume already gone is fine.
 */
export function deleteVolume(v: { path: string; volumeGroup?: string | null; name: string }, identity: string): string {
  // lvremove -y of an origin of classic (COW) snapshots removes them with it: refused, naming
  // them. (Thin snapshots do not depend on their origin: it may go.)
  const lv = shellQuote(`${v.volumeGroup}/${v.name}`);
  const del = v.volumeGroup
    ? `a=$(lvs --noheadings -o lv_attr ${lv} 2>/dev/null | tr -d ' ')\ncase "$a" in o*) echo "it is the origin of snapshots: $(lvs --noheadings -o lv_name,origin ${shellQuote(v.volumeGroup)} 2>/dev/null | awk -v o=${shellQuote(v.name)} '$2 == o { printf "%s ", $1 }')" >&2; exit ${EXIT.originHasSnapshots} ;; esac\nlvremove -y -q ${lv} >&2`
    : `rm -f ${shellQuote(v.path)}`;
  return `${stillOurs(v, identity, "done")}\n${volumeUsers(v)}\n${del}`;
}

/**
 * Free space (MiB) where a volume would go: the pool directory's file system (its nearest
 * existing parent), or the volume group, then its extent size (MiB).
 */
export function freeSpace(v: { dir?: string | null; volumeGroup?: string | null }): string {
  if (v.volumeGroup) return `vgs --noheadings --nosuffix --units m -o vg_free,vg_extent_size ${shellQuote(v.volumeGroup)}`;
  return `d=${shellQuote(v.dir ?? "/")}; while [ ! -d "$d" ]; do d=$(dirname "$d"); done; df -Pk "$d" | awk 'NR == 2 { print int($4 / 1024) }'`;
}

// ------------------------------------------------------------------ files
// A file uploaded by xen_file: streamed on stdin into a temporary file beside its final name,
// checked, then renamed. Identified like a file volume (device:inode), with its mtime to tell
// cheaply whether it changed; a path that is a symbolic link is never written or removed.

/**
 * The start of an upload's stdin: a marker, then the size of the bytes that follow it (fixed
 * length). The host keeps the file only if exactly that many bytes arrive; the sender holds back
 * its last bytes (or, for an empty file, this header) until it knows they are the ones the plan
 * read (uploadStream in local-source.ts), so a sender that finds otherwise cuts the upload off.
 */
export const UPLOAD_MARK = "cdktf-xen-upload";
export const uploadHeader = (size: number) => Buffer.from(`${UPLOAD_MARK} ${String(size).padStart(20)}\n`);

const statLine = (p: string) => `stat -c 'file %d:%i:%.9Y %s' ${p}`;
/**
 * A shell test: is the regular file at `p` still the one this provider wrote (`identity`,
 * `dev:ino:mtime`)? Its device and inode — written to in place, it is still ours — and, where the
 * host's stat tells a file's birth (GNU stat's %W; busybox's does not), born no later than the
 * write that identity saw: a file removed and another created in its place may get the freed
 * inode number (ext4 reuses them at once), but it is born after that write.
 */
function isOurs(p: string, identity: string): string {
  const [dev, ino, mtime] = identity.split(":").map((x) => x.replace(/[^0-9.]/g, ""));
  // The birth, as stat prints it (seconds, a dot, 9 digits), made an integer of nanoseconds by dropping the dot.
  const born = mtime ? ` && { b=$(stat -c %.9W ${p} 2>/dev/null); case "$b" in [1-9]*.[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]) ` +
    `[ "$(printf %s "$b" | tr -d .)" -le ${nanoseconds(mtime)} ] ;; *) true ;; esac; }` : "";
  return `{ [ -f ${p} ] && [ "$(stat -c %d:%i ${p})" = ${dev}:${ino} ]${born}; }`;
}

/**
 * Upload a file to `path` in `dir` from stdin (uploadHeader, then the bytes): into a fresh
 * temporary file `.<name>.XXXXXX` beside it, its size checked against the header, then renamed
 * over `path`. Anything short of that removes the temporary file: a stream cut off (fewer bytes
 * than the header said — also what a sender that found its source changed does), a write that
 * failed (a full disk), a signal. The bytes are not hashed here: SSH's integrity check covers the
 * way, and the sender vouches for what it sent (hashing here cost 1.1 s per GiB on top of the
 * write, bench/upload.mjs). With `identity` (an update), what is at `path` must still be the file
 * this provider wrote; without, nothing may be there. Prints what statFile prints of the new file.
 */
export function uploadFile(dir: string, path: string, name: string, identity: string | null): string {
  const d = shellQuote(dir), p = shellQuote(path), shown = path.replace(/["\\$`]/g, "");
  const check = identity
    ? `ours() { if [ -L ${p} ]; then echo "${shown} is a symbolic link; it is left alone" >&2; exit ${EXIT.notOurs}; fi; ` +
      `if [ -e ${p} ]; then ${isOurs(p, identity)} || { echo "${shown} is no longer the file this provider wrote; it is left alone" >&2; exit ${EXIT.notOurs}; }; fi; }`
    : `ours() { if [ -e ${p} ] || [ -L ${p} ]; then echo "${shown} already exists" >&2; exit ${EXIT.nameTaken}; fi; }`;
  const cut = (why: string) => `{ rm -f "$tmp"; echo "${why}" >&2; exit ${EXIT.uploadCut}; }`;
  return [
    // The client may be gone (a dropped connection): what follows must still clean up.
    `trap '' PIPE; set -f`,
    `mkdir -p ${d} || exit ${EXIT.cannotWrite}`,
    safeDir(dir, "directory"),
    check,
    `ours`,
    `tmp=$(mktemp ${shellQuote(`${dir.replace(/\/+$/, "")}/.${name}.`)}XXXXXX) || exit ${EXIT.cannotWrite}`,
    `trap 'rm -f "$tmp"; exit 143' TERM HUP INT`,
    // The header: read byte by byte by the shell, so the bytes after it are left for cat.
    `IFS=' ' read -r m n || m=`,
    `[ "$m" = ${UPLOAD_MARK} ] && case "$n" in ''|*[!0-9]*) false ;; esac || ${cut("the upload arrived without its header")}`,
    // cat, not head -c: cat reads 128 KiB at a time, head 8 KiB (1 GiB took 1.2 s longer with
    // head here). The sender never sends more than the header says; a failed write (a full
    // disk) is cat's own complaint.
    `e=$(cat 2>&1 > "$tmp"); got=$(stat -c %s "$tmp") || got=0`,
    `if [ "$got" != "$n" ]; then`,
    `  [ -z "$e" ] || { rm -f "$tmp"; echo "cannot write in ${dir.replace(/["\\$`]/g, "")}: $e" >&2; exit ${EXIT.uploadWrite}; }`,
    `  ${cut("the upload was cut off: $got of $n bytes arrived")}`,
    `fi`,
    // Checked again right before the rename: the upload took a while.
    `ours`,
    `mv -f "$tmp" ${p} || { rm -f "$tmp"; exit ${EXIT.cannotWrite}; }`,
    statLine(p),
  ].join("\n");
}

/**
 * What is at a file's path: `file <dev:ino:mtime> <size>` (statFile's words), then, when that
 * is not `expected` (`<identity> <size>`: the file changed, or nothing is expected), its
 * `sha256 <hex>`; or `symlink`, `other`, `absent`. The hash is read only when the file moved.
 */
export function fileRead(path: string, expected: string | null): string {
  const p = shellQuote(path);
  const hash = `h=$(sha256sum < ${p}) || exit 1; echo "sha256 \${h%% *}"`;
  return `if [ -L ${p} ]; then echo symlink; elif [ -f ${p} ]; then s=$(stat -c '%d:%i:%.9Y %s' ${p}) || exit 1; echo "file $s"; ` +
    // Its birth, where stat tells it (GNU's does): sameFile tells a file made in its place by it.
    `b=$(stat -c %.9W ${p} 2>/dev/null) && echo "born $b"; ` +
    `${expected ? `[ "$s" = ${shellQuote(expected)} ] || { ${hash}; }` : hash}; elif [ -e ${p} ]; then echo other; else echo absent; fi`;
}

/** Remove a file only if it is still the one written (isOurs: `identity`'s device and inode, born no later than its write); a link is never followed. Prints removed, absent, symlink or `other <dev:ino>`. */
export function deleteFile(path: string, identity: string): string {
  const p = shellQuote(path);
  return `if [ -L ${p} ]; then echo symlink; elif [ ! -e ${p} ]; then echo absent; ` +
    `elif ${isOurs(p, identity)}; then rm -f ${p} || exit ${EXIT.cannotWrite}; echo removed; ` +
    `else echo "other $(stat -c %d:%i ${p})"; fi`;
}

// ------------------------------------------------------------------ host checks
/** The lines of the host-check probe (read by parseProbe in host-reads.ts). */
export const PROBE = Object.fromEntries(["host", "gic", "dmesg", "bridge", "mem", "qemu", "path", "dir", "entry", "kernel", "later"].map((t) => [t, `@${t}:${NONCE}`])) as
  Record<"host" | "gic" | "dmesg" | "bridge" | "mem" | "qemu" | "path" | "dir" | "entry" | "kernel" | "later", string>;
/** A directory with more entries than this is not listed; only the asked paths in it are. */
export const PROBE_DIR_LIMIT = 4000;
/**
 * The largest kernel image read for its notes (bytes): one alone, as base64 (4/3 of it),
 * stays well under the output cap of a command (MAX_OUTPUT_BYTES, 64 MiB).
 */
export const PROBE_KERNEL_LIMIT = 40 * 1024 * 1024;
/**
 * The kernel bytes one probe sends at most (but always its first kernel): 24 MiB, 32 MiB as
 * base64, half the output cap. The kernels past it are named `later`, for another round trip.
 */
export const PROBE_KERNEL_BATCH = 24 * 1024 * 1024;

/**
 * One round trip for the host checks: with `host`, what the host has (dom0's GIC, Xen's
 * GIC boot lines, the bridges, memory, xl's autoballoon setting, and the QEMU libxl would
 * start as a device model: the path built into libxenlight, and what is there); what each path is;
 * every entry of each directory (so the siblings other guests ask about later are
 * known without asking again); and the bytes of each kernel, for its ELF notes — as many
 * as PROBE_KERNEL_BATCH allows, by their sizes on the host; the rest are named for the next.
 */
export function probeScript(req: { host: boolean; paths: string[]; dirs: string[]; kernels: string[] }): string {
  const P = PROBE;
  const lines = [
    // What a path is, following links as xl does when it opens it.
    `k() { if [ -b "$1" ]; then t=block; elif [ -f "$1" ]; then t=file; elif [ -d "$1" ]; then t=dir; elif [ -e "$1" ]; then t=other; else t=absent; fi; x=-; [ -f "$1" ] && [ -x "$1" ] && x=x; }`,
    // An entry whose name has a line break is not one a guest can name (the plan refuses
    // control characters in paths): left out, so it cannot pass for other lines.
    `nl='\n'`,
  ];
  if (req.host) {
    lines.push(
      `echo ${P.host}`,
      // One grep over the device tree's nodes, then only the GIC's: a process per node took
      // 2.4 s of the probe on an emulated host (44 nodes).
      `grep -l gic /proc/device-tree/*/compatible 2>/dev/null | while read -r c; do printf '${P.gic} %s\\n' "$(tr '\\0' ' ' < "$c")"; done`,
      `xl dmesg 2>/dev/null | grep -E 'GICv[23]' | head -n 20 | sed 's/^/${P.dmesg} /'`,
      `for b in /sys/class/net/*; do [ -d "$b/bridge" ] && printf '${P.bridge} %s\\n' "\${b##*/}"; done`,
      `command -v ovs-vsctl >/dev/null 2>&1 && ovs-vsctl list-br 2>/dev/null | sed 's/^/${P.bridge} /'`,
      `xl info 2>/dev/null | grep -E '^(total_memory|free_memory|xen_commandline)' | sed 's/^/${P.mem} /'`,
      `xl list 0 2>/dev/null | awk 'NR == 2 { print "${P.mem} dom0_memory : " $(NF-3) }'`,
      `sed -n 's/^[[:space:]]*autoballoon[[:space:]]*=[[:space:]]*/${P.mem} autoballoon : /p' /etc/xen/xl.conf 2>/dev/null | tr -d '"'`,
      // libxl starts QEMU_XEN_PATH, fixed when Xen was built (Debian: /usr/libexec/xen-qemu-system-i386,
      // upstream's default <libexec>/xen/bin/qemu-system-i386): read from the library xl loads.
      `for l in $(ldd "$(command -v xl)" 2>/dev/null | sed -n 's/.*libxenlight[^ ]* => \\(\\/[^ ]*\\).*/\\1/p') /usr/lib/*/libxenlight.so.* /usr/lib*/libxenlight.so.* /usr/local/lib*/libxenlight.so.*; do ` +
        `[ -f "$l" ] || continue; q=$(grep -ao '/[-_./A-Za-z0-9]*/[-_.A-Za-z0-9]*qemu-system-[-_A-Za-z0-9]*' "$l" | head -n 1); ` +
        `[ -n "$q" ] && { k "$q"; printf '${P.qemu} %s %s %s\\n' "$t" "$x" "$q"; }; break; done`,
    );
  }
  for (const p of req.paths) lines.push(`k ${shellQuote(p)}; printf '${P.path} %s %s %s\\n' "$t" "$x" ${shellQuote(p)}`);
  for (const d of req.dirs) {
    const q = shellQuote(d);
    lines.push(`printf '${P.dir} %s\\n' ${q}; set -- ${q}/* ${q}/.[!.]*; if [ $# -le ${PROBE_DIR_LIMIT} ]; then for f in "$@"; do [ -e "$f" ] || [ -L "$f" ] || continue; case "$f" in *"$nl"*) continue ;; esac; k "$f"; printf '${P.entry} %s %s %s\\n' "$t" "$x" "\${f##*/}"; done; else echo '${P.entry} too-many'; fi`);
  }
  if (req.kernels.length) lines.push("kb=0");
  for (const p of req.kernels) {
    const q = shellQuote(p);
    // $s: the size of a kernel it reads ("" for one it does not); $kb: the bytes sent so far.
    lines.push(`s=; [ -f ${q} ] && s=$(wc -c < ${q} | tr -d ' ') && [ "$s" -le ${PROBE_KERNEL_LIMIT} ] 2>/dev/null || s=`,
      `if [ -n "$s" ] && [ $kb -gt 0 ] && [ $((kb + s)) -gt ${PROBE_KERNEL_BATCH} ]; then printf '${P.later} %s\\n' ${q}; ` +
      `else printf '${P.kernel} %s\\n' ${q}; if [ -n "$s" ]; then kb=$((kb + s)); base64 < ${q} | tr -d '\\n'; fi; echo; fi`);
  }
  lines.push("exit 0");
  return lines.join("\n");
}
