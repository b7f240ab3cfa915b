// xen_volume: storage a guest boots from, on one host — a raw image file in a pool
// directory (sparse; optionally a copy of a base image already on the host) or an LVM
// logical volume. Its `path` feeds a xen_domain's `disk.target`. Grows in place; a shrink
// is refused at plan; destroy refuses a volume a guest on the host uses (by the disk's
// identity, not its spelling), and only ever removes the file or LV it created (by
// identity), never through a symbolic link.
import { isUnknown, Unknown } from "../provider/cty";
import { error, warning, type Diagnostic, type Resource, type Schema } from "../provider/framework";
import { volumeAllowFindings } from "./allow";
import { DEFAULT_COMMAND_TIMEOUT_MS, SshError } from "../ssh";
import { checkVolume, lvmNumber, lvStateSize, parseSourceProbe, planCopy, refused, vgMissing, volumeGrowth, volumePath, type Finding, type SourceFacts, type VolumeSpec } from "../xen";
import { checkTimeouts, lockedRun, timeoutOf, timeoutsBlock, type Timeouts, type TimeoutStep } from "./changes";
import { createFileVolume, createLv, createLvCopy, deleteVolume, EXIT, freeSpace, growVolume, sourceProbe, volumeRead } from "./host-scripts";
import { HostError, type HostAccess } from "./hosts";

export interface VolumeState {
  id: string | null;
  host: string;
  name: string;
  pool_dir: string | null;
  volume_group: string | null;
  thin_pool: string | null;
  size: number | null;
  source: string | null;
  copy: string | null;
  path: string | null;
  identity: string | null;
  timeouts: Timeouts;
}

const MIB = 1024 * 1024;

export const volumeSchema: Schema = {
  version: 0,
  block: {
    description: "Storage for a guest on a Xen host: a raw image file in `pool_dir` (sparse, optionally a copy of `source`) " +
      "or an LVM logical volume in `volume_group`. Use its `path` as a `disk` block's `target`.",
    attributes: {
      id: { type: "string", computed: true, description: "`<host><path>`: the host's name, then the absolute path (`arm1/var/lib/xen/images/web-0.raw`).", useStateForUnknown: true },
      host: { type: "string", required: true, requiresReplace: true, description: "The `name` of a `host` block of the provider. Changing it replaces the volume." },
      name: { type: "string", required: true, requiresReplace: true, description: "The file or logical volume name: letters, digits, `.`, `_`, `+`, `-`. Changing it replaces the volume." },
      pool_dir: { type: "string", optional: true, requiresReplace: true, description: "The directory on the host for a file volume (absolute; made if missing). The provider creates, grows and deletes files only here. Changing it replaces the volume." },
      volume_group: { type: "string", optional: true, requiresReplace: true, description: "The LVM volume group for a logical volume. Changing it replaces the volume." },
      thin_pool: { type: "string", optional: true, computed: true, requiresReplace: true, description: "A thin pool of `volume_group` to make the logical volume in (`lvcreate -V <size> -T <group>/<pool>`): it takes room from the pool only as it is written, its `size` may be more than the pool has, and volumes made from it (`source` = its `path`) are thin snapshots. A `source` that is not a thin LV of this pool is written onto it with `dd conv=sparse` (`copy` = `sparse`): blocks of zeros are not written, and the pool does not provide them. Read back otherwise: a thin snapshot's is its origin's pool, a thick LV's null. Changing it replaces the volume." },
      size: { type: "number", optional: true, computed: true, description: "Size in MiB. Grows in place (`truncate` / `lvextend`); shrinking is refused. An LV gets whole extents of its volume group (4 MiB by default: 10 makes 12), and the state keeps the size declared while the LV is that rounded up. Default: the size of `source`." },
      source: { type: "string", optional: true, requiresReplace: true, description: "The volume's initial content: the absolute path of a file on the host — a base image, typically a `xen_file`'s `path`, so one upload serves every volume made from it — or, for a logical volume, of another LV (`/dev/<group>/<lv>`, e.g. a `xen_volume`'s `path`). Copied the cheapest way the host offers (see `copy`); the volume is independent of it afterwards. The source must exist at apply and no running guest may have it as a read-write disk. Changing it replaces the volume; new content at the same path (a `xen_file` updated) does not: the volume keeps its data (use `lifecycle { replace_triggered_by = [xen_file.<name>] }` to start afresh from it)." },
      copy: { type: "string", computed: true, description: "How the volume is made from `source`, known at plan where the provider can ask the host: `reflink` (a file on the same reflink-capable file system — btrfs, or xfs made with reflink=1: `cp --reflink=always`, no data copied), `sparse` (another file: `cp --sparse=always`, zeros left as holes), `thin-snapshot` (an LV of a thin pool in the same volume group: `lvcreate -s`, an independent thin volume), or `full` (onto a logical volume otherwise: every byte written with dd, since a new LV holds whatever its extents held before). Null without `source`." },
      path: { type: "string", computed: true, useStateForUnknown: true, description: "The volume's path on the host (`<pool_dir>/<name>` or `/dev/<volume_group>/<name>`), for `disk.target`." },
      identity: { type: "string", computed: true, useStateForUnknown: true, description: "What the host says identifies the volume created (a file's `device:inode:birth time` — the birth time where the host's stat(1) tells it —, an LV's uuid): the provider grows and deletes only that one." },
    },
    blocks: {
      timeouts: timeoutsBlock({
        create: "Waiting for the host-side lock, and making the file (copying `source`) or the LV. Default: the host's `command_timeout`.",
        update: "Waiting for the host-side lock, and growing the volume. Default: the host's `command_timeout`.",
        delete: "Waiting for the host-side lock, checking that no guest uses the volume, and removing it. Default: the host's `command_timeout`.",
      }),
    },
  },
};

const toDiag = (f: Finding): Diagnostic => (f.severity === "error" ? error(f.summary, f.detail, f.path) : warning(f.summary, f.detail, f.path));

const specOf = (o: { name: unknown; pool_dir?: unknown; volume_group?: unknown; thin_pool?: unknown; size?: unknown; source?: unknown }): VolumeSpec => ({
  name: typeof o.name === "string" ? o.name : "",
  pool_dir: typeof o.pool_dir === "string" ? o.pool_dir : null,
  volume_group: typeof o.volume_group === "string" ? o.volume_group : null,
  thin_pool: typeof o.thin_pool === "string" ? o.thin_pool : null,
  size: typeof o.size === "number" ? o.size : null,
  source: typeof o.source === "string" ? o.source : null,
});

/** What the host said of a volume: identity and size (MiB; an LV's with its VG's extent size and thin pool), or why there is none. */
type Seen = { identity: string; size: number; extent?: number; pool?: string | null } | { absent: true } | { other: string };

type Free = { free: number; extent: number | null } | null | "no-vg";

/** The size the state keeps for a volume seen, `declared` MiB asked for (lvStateSize: LVM's extents round it up). */
const keptSize = (seen: { size: number; extent?: number }, declared: number | null | undefined) =>
  seen.extent === undefined ? seen.size : lvStateSize(declared, seen.size, seen.extent);

/** Whether the volume seen is the one created: the same identity, or an older state's without the birth time. */
const sameVolume = (stored: string, seen: string) => stored === seen || seen.startsWith(`${stored}:`);

function parseSeen(stdout: string): Seen {
  const line = stdout.trim().split("\n").pop() ?? "";
  const f = /^file (\d+:\d+)(?::(\S*))? (\d+)$/.exec(line);
  // The birth time only where stat(1) could tell it (not 0, not its format letter).
  if (f) return { identity: f[2] && /^\d+(\.\d+)?$/.test(f[2]) && Number(f[2]) > 0 ? `${f[1]}:${f[2]}` : f[1], size: Math.ceil(Number(f[3]) / MIB) };
  const l = /^lv (\S+) (<?[\d.]+)(?: (<?[\d.]+))?(?: (\S+))?$/.exec(line);
  if (l) {
    const extent = l[3] === undefined ? NaN : lvmNumber(l[3]);
    return { identity: l[1], size: Math.round(lvmNumber(l[2])), ...(extent > 0 ? { extent } : {}), pool: l[4] ?? null };
  }
  if (line === "absent") return { absent: true };
  return { other: line === "symlink" ? "a symbolic link" : line === "other" ? "not a regular file" : `unreadable (${line})` };
}

export function xenVolume({ hosts, remote, reads }: HostAccess): Resource<VolumeState> {
  /** host/path pairs planned in this process: two volumes must not be one. */
  const planned = new Map<string, string>();
  const freeCache = new Map<string, Promise<Free>>();
  const probeCache = new Map<string, Promise<SourceFacts | null>>();

  const where = (o: VolumeState) => ({ path: volumePath(specOf(o)), volumeGroup: o.volume_group, name: o.name });

  /** A change under the whole host's lock, within the step's timeout (else the host's command_timeout): the lock wait and the command. */
  function run(o: VolumeState, step: TimeoutStep, label: string, script: string) {
    const ssh = hosts.get(o.host).ssh;
    const seconds = timeoutOf(o, step, Math.ceil((ssh?.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS) / 1000));
    return lockedRun({ hosts, remote }, o.host, label, script, seconds);
  }

  /**
   * Free MiB where the volume would go (and a volume group's extent size), once per host and
   * place per process; null when the host cannot say, "no-vg" when LVM says the volume group
   * does not exist.
   */
  function free(host: string, v: VolumeSpec): Promise<Free> {
    const key = `${host}\0${v.volume_group ?? v.pool_dir}`;
    let p = freeCache.get(key);
    if (!p) {
      p = remote.read(host, freeSpace({ dir: v.pool_dir, volumeGroup: v.volume_group }))
        .then((r) => {
          if (r.code !== 0) return v.volume_group && vgMissing(r.stderr, v.volume_group) ? "no-vg" as const : null;
          const [n, extent] = r.stdout.trim().split(/\s+/).map(lvmNumber);
          return n === undefined || Number.isNaN(n) ? null : { free: Math.floor(n), extent: extent !== undefined && extent > 0 ? extent : null };
        }, () => null);
      freeCache.set(key, p);
    }
    return p;
  }

  /** What the host says of a volume's source and pool (sourceProbe), once per host, source and pool per process; null when it cannot say. */
  function probe(host: string, v: VolumeSpec): Promise<SourceFacts | null> {
    const key = `${host}\0${v.source}\0${v.pool_dir ?? ""}`;
    let p = probeCache.get(key);
    if (!p) {
      p = remote.read(host, sourceProbe(v.source!, v.pool_dir ?? null)).then((r) => (r.code === 0 ? parseSourceProbe(r.stdout) : null), () => null);
      probeCache.set(key, p);
    }
    return p;
  }

  return {
    schema: volumeSchema,

    validate: (config) => checkTimeouts(config.timeouts),

    async modifyPlan({ prior, config, planned: plan, replacing }) {
      if (isUnknown(config.name) || isUnknown(config.pool_dir) || isUnknown(config.volume_group) || isUnknown(config.thin_pool) || isUnknown(config.size) || isUnknown(config.source)) {
        plan.path = Unknown;
        plan.copy = config.source === null ? null : Unknown;
        if (config.thin_pool === null) plan.thin_pool = prior ? prior.thin_pool : Unknown;
        return [];
      }
      const spec = specOf(config);
      // Not declared, the pool the LV is in stays what was read back (before replacing() is asked).
      if (config.thin_pool === null && prior) plan.thin_pool = prior.thin_pool;
      const findings = checkVolume(spec, prior ? { size: prior.size } : null);
      if (refused({ findings })) return findings.map(toDiag);
      if (typeof config.host === "string") {
        const denied = volumeAllowFindings(config.host, hosts.get(config.host).allow, config.source);
        if (denied.length) return denied;
      }
      const path = volumePath(spec);
      plan.path = path;
      plan.id = `${String(config.host)}${path}`;
      if (config.size === null) plan.size = prior && prior.source === config.source ? prior.size : Unknown;
      const key = `${String(config.host)}\0${path}`;
      if (planned.has(key) && planned.get(key) !== JSON.stringify(config)) {
        return [error(`Two xen_volume resources declare ${path} on host "${String(config.host)}"`, "Give each volume its own name or place.", ["name"])];
      }
      planned.set(key, JSON.stringify(config));
      // A guest planned with this volume as a disk finds it there at create.
      const onHost = reads.plannedVolumes.get(String(config.host)) ?? new Set<string>();
      reads.plannedVolumes.set(String(config.host), onHost.add(path));
      const diags: Diagnostic[] = [];
      const host = hosts.get(String(config.host));
      // How the copy is made: kept from the state while the volume stays; asked of the host for a new one.
      if (spec.source === null) plan.copy = null;
      else if (prior && !replacing()) plan.copy = prior.copy;
      else if (!host.ssh) plan.copy = Unknown;
      else {
        const facts = await probe(host.name, spec);
        if (!facts) plan.copy = Unknown;
        else {
          const thinPool = reads.plannedThin.get(host.name)?.get(spec.source!);
          const { copy, findings: f } = planCopy(spec, facts, thinPool ? { thinPool } : onHost.has(spec.source!));
          if (refused({ findings: f })) return f.map(toDiag);
          plan.copy = copy;
        }
      }
      // Not declared, for a new volume: read back after the create (a thin snapshot's pool is its origin's).
      if (config.thin_pool === null && (!prior || replacing())) {
        plan.thin_pool = spec.volume_group && (plan.copy === "thin-snapshot" || isUnknown(plan.copy)) ? Unknown : null;
      }
      // A thin volume made by this plan: volumes from it planned later are thin snapshots.
      if (spec.thin_pool && !prior) {
        const thins = reads.plannedThin.get(host.name) ?? new Map<string, string>();
        reads.plannedThin.set(host.name, thins.set(path, spec.thin_pool));
      }
      const growth = (spec.size ?? 0) - (prior?.size ?? 0);
      // A thin volume takes its room from its thin pool, as it is written, not from the group.
      // (A declared thin_pool is the planned one; an undeclared one is the pool read back, or unknown for a new thin snapshot.)
      const thin = plan.copy === "thin-snapshot" || typeof plan.thin_pool === "string";
      if (growth > 0 && host.ssh && !thin) {
        const avail = await free(host.name, spec);
        if (avail === "no-vg") {
          diags.push(error(`Volume group "${spec.volume_group}" does not exist on host "${host.name}"`,
            `LVM on the host says: Volume group "${spec.volume_group}" not found. Create it there (vgcreate), or name one the host has (vgs lists them).`, ["volume_group"]));
        } else if (avail !== null && volumeGrowth(prior?.size, spec.size ?? 0, avail.extent) > avail.free) {
          const need = volumeGrowth(prior?.size, spec.size ?? 0, avail.extent);
          diags.push(error(`size ${spec.size} MiB does not fit on host "${host.name}"`,
            `${prior ? `Growing by ${need} MiB needs` : `It needs ${need} MiB,`} more than the ${avail.free} MiB free ${spec.volume_group ? `in volume group ${spec.volume_group}` : `where ${spec.pool_dir} is`}.`, ["size"]));
        }
      } else if (growth > 0 && !host.ssh) {
        diags.push(warning(`Free space on host "${host.name}" was not checked`, "The host has declared facts and no address; apply checks nothing more than the host's own tools do.", ["size"]));
      }
      return diags;
    },

    async create(p) {
      const spec = specOf(p);
      const path = volumePath(spec);
      const copy = isUnknown(p.copy) || typeof p.copy !== "string" ? null : p.copy;
      const script = spec.volume_group
        ? spec.source
          ? createLvCopy(spec.volume_group, spec.name, spec.size ?? null, spec.source, copy ?? "full", spec.thin_pool ?? null)
          : createLv(spec.volume_group, spec.name, spec.size ?? 0, spec.thin_pool ?? null)
        : createFileVolume(spec.pool_dir!, path, spec.size ?? null, spec.source ?? null, copy);
      reads.changed(p.host);
      const r = await run(p, "create", `creating ${path}`, script);
      const where = `host "${p.host}"`;
      const said = r.stderr.trim();
      if (r.code === EXIT.nameTaken || /already exists/.test(said)) {
        return { value: null, diagnostics: [error(`${path} already exists on ${where}`,
          "It is not a volume this configuration created, so it is left alone. Import it with: terraform import <address> " + `${p.host}${path}`, ["name"])] };
      }
      if (r.code === EXIT.volumeSource) return { value: null, diagnostics: [error(`Cannot make ${path} from ${spec.source} on ${where}`, `${said}. Nothing was created.`, [/size is smaller/.test(said) ? "size" : "source"])] };
      if (r.code === EXIT.sourceInUse || r.code === EXIT.domainBuilding) {
        const who = said.split("\n").filter((l) => l.startsWith("guest ")).join("; ");
        return { value: null, diagnostics: [error(`source ${spec.source} is in use on ${where}`,
          `${who}. A copy made now would catch it mid-write: shut the guest down or give it the disk read-only, then apply again. Nothing was created.`, ["source"])] };
      }
      if (r.code === EXIT.copyFailed) {
        const full = /No space left|insufficient free space/i.test(said);
        return { value: null, diagnostics: [error(full ? `No space left for ${path} on ${where}` : `Cannot copy ${spec.source} to ${path} on ${where}`,
          `${said}. The partial copy was removed; nothing is at ${path}.`, [full ? "size" : "source"])] };
      }
      if (spec.volume_group && /insufficient free space/.test(said)) {
        return { value: null, diagnostics: [error(`Volume group ${spec.volume_group} has no room for ${path} on ${where}`, `${said}. Nothing was created.`, ["size"])] };
      }
      if (r.code !== 0) return { value: null, diagnostics: [error(`Cannot create ${path} on ${where} (exit ${r.code})`, said, [spec.source ? "source" : "name"])] };
      const seen = parseSeen(r.stdout);
      if (!("identity" in seen)) return { value: null, diagnostics: [error(`Created ${path} on ${where} but cannot read it back`, r.stdout.trim())] };
      const made = /^copy (\S+)$/m.exec(r.stdout)?.[1] ?? null;
      return { value: { ...p, id: `${p.host}${path}`, path, identity: seen.identity, size: keptSize(seen, spec.size), copy: spec.source ? made ?? copy : null, thin_pool: seen.pool ?? null }, diagnostics: [] };
    },

    async read(s) {
      const r = await remote.read(s.host, volumeRead(where(s)));
      const seen = parseSeen(r.stdout);
      if ("absent" in seen) return { value: null, diagnostics: [] };
      if ("other" in seen) {
        return { value: null, diagnostics: [warning(`Volume ${s.path} on host "${s.host}" is gone`, `What is at that path now is ${seen.other}, not the volume this configuration created; it is left alone.`)] };
      }
      if (s.identity && !sameVolume(s.identity, seen.identity)) {
        return { value: null, diagnostics: [warning(`Volume ${s.path} on host "${s.host}" was replaced`,
          `It is no longer the one this configuration created (${s.identity}, now ${seen.identity}); the new one is left alone. Import it, or remove it, before the next apply creates the volume again.`)] };
      }
      return { value: { ...s, size: keptSize(seen, s.size), identity: seen.identity, ...(seen.pool !== undefined ? { thin_pool: seen.pool } : {}) }, diagnostics: [] };
    },

    async update(prior, p) {
      if (typeof p.size !== "number" || p.size === prior.size) return { value: { ...p, identity: prior.identity, path: prior.path }, diagnostics: [] };
      const r = await run(p, "update", `growing ${prior.path}`, growVolume(where(prior), prior.identity ?? "", p.size));
      if (r.code !== 0) return { value: prior, diagnostics: [error(`Cannot grow ${prior.path} on host "${p.host}" (exit ${r.code})`, r.stderr.trim(), ["size"])] };
      const seen = parseSeen(r.stdout);
      return { value: { ...p, identity: prior.identity, path: prior.path, size: "size" in seen ? keptSize(seen, p.size) : p.size }, diagnostics: [] };
    },

    async delete(prior) {
      const path = prior.path ?? volumePath(specOf(prior));
      reads.changed(prior.host);
      if (!prior.identity) return { value: null, diagnostics: [warning(`Volume ${path} was never read back`, "Without its identity the provider cannot tell it is its own; it is left on the host.")] };
      // Whether a guest uses it is decided on the host, under the lock, by the file's or LV's
      // identity (deleteVolume): a path compared here would miss dir//f or a link, and go stale.
      const r = await run(prior, "delete", `deleting ${path}`, deleteVolume(where(prior), prior.identity));
      const who = r.stderr.trim().split("\n").filter((l) => l.startsWith("guest ")).join("; ");
      if (r.code === EXIT.volumeInUse) {
        return { value: prior, diagnostics: [error(`${path} is in use on host "${prior.host}"`,
          `${who}. Destroy the guest or detach the disk first; nothing was deleted.`)] };
      }
      if (r.code === EXIT.domainBuilding) {
        return { value: prior, diagnostics: [error(`Cannot tell whether ${path} is in use on host "${prior.host}"`,
          `${who}: its disks cannot be read until it is, so nothing was deleted. Run destroy again once it is built.`)] };
      }
      if (r.code === EXIT.originHasSnapshots) {
        return { value: prior, diagnostics: [error(`${path} on host "${prior.host}" has snapshots`,
          `${r.stderr.trim()}. lvremove would remove them with it; nothing was deleted. Remove the snapshots first (or lvconvert --merge one).`)] };
      }
      if (r.code === EXIT.notOurs) return { value: null, diagnostics: [warning(`${path} on host "${prior.host}" was not deleted`, `${r.stderr.trim()}. It is left alone and forgotten.`)] };
      if (r.code !== 0) return { value: prior, diagnostics: [error(`Cannot delete ${path} on host "${prior.host}" (exit ${r.code})`, r.stderr.trim())] };
      return { value: null, diagnostics: [] };
    },

    async importState(id) {
      const slash = id.indexOf("/");
      const host = id.slice(0, slash), path = id.slice(slash);
      if (slash <= 0 || path.length < 2 || path.split("/").includes("..")) {
        return { value: null, diagnostics: [error("Import id must be <host><absolute path>, like arm1/var/lib/xen/images/web-0.raw", `Got "${id}".`)] };
      }
      const lv = /^\/dev\/([^/]+)\/([^/]+)$/.exec(path);
      const base = lv
        ? { pool_dir: null, volume_group: lv[1], name: lv[2], thin_pool: null as string | null }
        : { pool_dir: path.slice(0, path.lastIndexOf("/")) || "/", volume_group: null, name: path.slice(path.lastIndexOf("/") + 1), thin_pool: null as string | null };
      let r = await remote.read(host, volumeRead({ path, volumeGroup: base.volume_group, name: base.name }));
      let seen = parseSeen(r.stdout);
      if (lv && "absent" in seen) { // /dev/<dir>/<file> that is not an LV: a file volume after all
        Object.assign(base, { pool_dir: `/dev/${lv[1]}`, volume_group: null });
        r = await remote.read(host, volumeRead({ path, volumeGroup: null, name: base.name }));
        seen = parseSeen(r.stdout);
      }
      if (!("identity" in seen)) return { value: null, diagnostics: [error(`No volume at ${path} on host "${host}"`, "absent" in seen ? "Nothing is there." : `It is ${seen.other}.`)] };
      return { value: { id, host, ...base, thin_pool: seen.pool ?? null, size: seen.size, source: null, copy: null, path, identity: seen.identity, timeouts: null }, diagnostics: [] };
    },

    failure: (e) => error(e instanceof SshError || e instanceof HostError ? "Cannot use the Xen host" : "Unexpected failure", e instanceof Error ? e.message : String(e), ["host"]),
  };
}


