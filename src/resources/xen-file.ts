// xen_file: a file from the machine running terraform (a kernel, an initrd, a raw disk
// image, an ISO) placed on a host, in a directory the resource declares, over the
// provider's SSH connection.
//
// - The plan reads the local source (its sha256, and the sha256 and size of what will be
//   written: decompressed, when it is unpacked), so a changed local file is a diff there.
// - The upload is one command under the host-side lock: the bytes stream on stdin (constant
//   memory, backpressure) into a temporary file beside the final name, which the host renames
//   only once the size the plan read (sent first) has arrived. The sender holds its last bytes
//   back until it knows it sent what the plan read, and cuts the stream off when not. A stream
//   cut off, a full disk or a signal leaves no file at the final name and removes the
//   temporary one (kill -9 of the host's shell aside).
// - Compressed sources (gzip, xz, zstd) are unpacked here, not on the host: it needs
//   nothing but coreutils.
// - Refresh stats the file (identity `dev:inode:mtime` and size); only when they moved does
//   the host hash it: a file changed on the host is drift, and the next apply uploads again.
// - The file is the provider's by its device and inode: an update or a destroy acts only on
//   that file, never through a symbolic link, never on a file someone put in its place.
// - Written mode 0600, owned by the SSH user: xl (root) reads it; a disk image may hold secrets.
import { resolve as resolvePath } from "node:path";
import { isUnknown, Unknown } from "../provider/cty";
import { error, warning, type Diagnostic, type Resource, type Schema } from "../provider/framework";
import { DEFAULT_COMMAND_TIMEOUT_MS, SshError } from "../ssh";
import { checkFileDestination, checkUnpack, defaultFileName, dirProblem, filePath, parseFileSeen, sameFile, type Finding, type Packing } from "../xen";
import { fileAllowFindings } from "./allow";
import { checkTimeouts, lockedRun, timeoutOf, timeoutsBlock, type Timeouts, type TimeoutStep } from "./changes";
import { deleteFile, EXIT, fileRead, uploadFile } from "./host-scripts";
import { HostError, type HostAccess } from "./hosts";
import { cachedDigest, inspectSource, uploadStream, type Digest } from "./local-source";

export interface FileState {
  id: string | null;
  host: string;
  source: string;
  directory: string;
  name: string | null;
  unpack: string | null;
  source_sha256: string | null;
  sha256: string | null;
  path: string | null;
  size: number | null;
  identity: string | null;
  timeouts: Timeouts;
}

export const fileSchema: Schema = {
  version: 0,
  block: {
    description: "A file from the machine running terraform (a kernel, an initrd, a raw disk image, an ISO) placed on a Xen host, in `directory`, over the provider's SSH connection. " +
      "It is streamed (constant memory), written to a temporary name beside its final one and renamed only once all of it arrived, and only if it is what the plan read (a source changed since is refused): an upload cut off leaves nothing at `path`. " +
      "A gzip, xz or zstd source can be unpacked on the way (locally: the host needs no decompressor). " +
      "A changed local file plans an update; a file changed on the host is drift, found by its identity, size and mtime at each refresh (hashed on the host only when those moved), and uploaded again. " +
      "Update and destroy act only on the file this resource wrote (by device and inode), never through a symbolic link. The file is written with mode 0600, owned by the SSH user.",
    attributes: {
      id: { type: "string", computed: true, useStateForUnknown: true, description: "`<host><path>`: the host's name, then the file's absolute path (`arm1/var/lib/xen/boot/vmlinuz`)." },
      host: { type: "string", required: true, requiresReplace: true, description: "The `name` of a `host` block of the provider. Changing it replaces the file." },
      source: { type: "string", required: true, description: "The local file to place (a path on the machine running terraform; relative paths are from its working directory, e.g. `\"${path.module}/vmlinuz\"`). It must be a regular file (a link to one is followed). The plan reads it whole to hash it; a change to it plans an update." },
      directory: { type: "string", required: true, requiresReplace: true, description: "The absolute directory on the host the file goes in (made if missing; owned by root or the SSH user and writable by no one else). On a host with an `allow` block it must be one of `allow.volume_sources` or inside one. Changing it replaces the file." },
      name: { type: "string", optional: true, computed: true, requiresReplace: true, description: "The file's name in `directory`: letters, digits, `.`, `_`, `+`, `-`, starting with a letter or digit, no `/` or `..`. Default: the base name of `source`, without `.gz`, `.xz` or `.zst` when it is unpacked. Changing it replaces the file." },
      unpack: { type: "string", optional: true, description: "Whether to decompress `source` on the way: `true` (it must be gzip, xz or zstd, by its first bytes), `false`, or `\"auto\"` (when its first bytes say gzip, xz or zstd). Decompression happens on the machine running terraform. Default: false." },
      source_sha256: { type: "string", computed: true, description: "The sha256 of `source` as the plan read it. The upload checks the source still has it (else: plan again)." },
      sha256: { type: "string", computed: true, description: "The sha256 of the file on the host: what was written (the decompressed bytes when unpacked), or what refresh found there after the file changed on the host (drift: the next apply uploads it again)." },
      path: { type: "string", computed: true, description: "The file's path on the host, `<directory>/<name>`: for a `xen_domain`'s `kernel`, `ramdisk` or a `disk` block's `target`." },
      size: { type: "number", computed: true, description: "The file's size on the host, in bytes." },
      identity: { type: "string", computed: true, description: "What the host says identifies the file written, `device:inode:mtime`: update and destroy act only on that device and inode; a changed mtime or size makes refresh hash the file again." },
    },
    blocks: {
      timeouts: timeoutsBlock({
        create: "Waiting for the host-side lock, and the upload. Default: the host's `command_timeout`.",
        update: "Waiting for the host-side lock, and the upload. Default: the host's `command_timeout`.",
        delete: "Waiting for the host-side lock, and removing the file. Default: the host's `command_timeout`.",
      }),
    },
  },
};

const toDiag = (f: Finding): Diagnostic => (f.severity === "error" ? error(f.summary, f.detail, f.path) : warning(f.summary, f.detail, f.path));

/** The packing to undo for `unpack` and what the source's first bytes say. */
const unpacking = (unpack: string | null, sniffed: Packing | null): Packing | null => (unpack === "true" || unpack === "auto" ? sniffed : null);

export function xenFile({ hosts, remote, reads }: HostAccess): Resource<FileState> {
  /** host/path pairs planned in this process: two files must not be one. */
  const planned = new Map<string, string>();
  /** The plan's reads of sources, per path and what stat says of it: a source is read once per process. */
  const digests = new Map<string, Promise<Digest>>();

  function run(o: FileState, step: TimeoutStep, label: string, script: string, stdin?: import("node:stream").Readable) {
    const ssh = hosts.get(o.host).ssh;
    const seconds = timeoutOf(o, step, Math.ceil((ssh?.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS) / 1000));
    return lockedRun({ hosts, remote }, o.host, label, script, seconds, { stdinStream: stdin });
  }

  /** Upload the source to the planned path (over the file `identity` names, in an update). */
  async function upload(p: FileState, identity: string | null, step: TimeoutStep) {
    const path = p.path!;
    const source = resolvePath(p.source);
    const src = await inspectSource(source);
    if ("problem" in src) return { value: null, diagnostics: [error(`source ${p.source} ${src.problem}`, "It was there when the plan read it.", ["source"])] };
    const packing = unpacking(p.unpack, src.packing);
    // What the plan read (the bytes sent must be those); read now if the plan could not, and kept,
    // so the stream need not hash the same bytes again (uploadStream).
    let planned: Digest;
    if (typeof p.sha256 === "string" && typeof p.source_sha256 === "string" && typeof p.size === "number") planned = { sha256: p.sha256, sourceSha256: p.source_sha256, size: p.size };
    else {
      try {
        planned = await cachedDigest(source, packing);
      } catch (e) {
        return { value: null, diagnostics: [error(`Cannot read source ${p.source}${packing ? ` as ${packing}` : ""}`, (e as Error).message, [packing ? "unpack" : "source"])] };
      }
    }
    const up = uploadStream(source, packing, planned);
    let r;
    try {
      r = await run(p, step, `uploading ${path}`, uploadFile(p.directory, path, p.name!, identity), up.stream);
    } catch (e) {
      if (e instanceof SshError && !e.notRun) {
        throw new SshError(e.kind, `${e.message}. The host removes a temporary file it was writing when its stdin is cut off; nothing is at ${path} unless the upload had finished.`);
      }
      throw e;
    }
    // The sender cuts the upload off when its source is not what the plan read: the host keeps nothing then.
    const problem = up.problem();
    if (problem && r.code !== 0) return { value: null, diagnostics: [error(`Cannot upload ${p.source} to host "${p.host}"`, `${problem}. Nothing was written at ${path}.`, ["source"])] };
    const where = `${path} on host "${p.host}"`;
    if (r.code === EXIT.nameTaken) {
      return { value: null, diagnostics: [error(`${where} already exists`, "It is not a file this configuration wrote, so it is left alone. Remove it, or choose another name or directory.", ["name"])] };
    }
    if (r.code === EXIT.notOurs) return { value: null, diagnostics: [error(`${where} was not written`, `${r.stderr.trim()}.`, ["name"])] };
    if (r.code === EXIT.uploadWrite) {
      const full = /No space left/i.test(r.stderr);
      return { value: null, diagnostics: [error(full ? `No space left in ${p.directory} on host "${p.host}"` : `Cannot write in ${p.directory} on host "${p.host}"`,
        `${r.stderr.trim()}. The partial file was removed; nothing was written at ${path}.`, ["directory"])] };
    }
    if (r.code === EXIT.uploadCut) {
      return { value: null, diagnostics: [error(`The upload to ${where} did not arrive whole`, `${r.stderr.trim()}. It was discarded; nothing was written at ${path}.`, ["source"])] };
    }
    if (r.code !== 0) return { value: null, diagnostics: [error(`Cannot upload to ${where} (exit ${r.code})`, r.stderr.trim(), ["directory"])] };
    // The bytes the host kept are the planned ones (the sender checked them before their last bytes left).
    const seen = parseFileSeen(r.stdout);
    if (!("identity" in seen) || seen.size !== planned.size) return { value: null, diagnostics: [error(`Uploaded ${where} but cannot read it back`, r.stdout.trim())] };
    return { value: { ...p, id: `${p.host}${path}`, identity: seen.identity, size: seen.size, sha256: planned.sha256 }, diagnostics: [] };
  }

  return {
    schema: fileSchema,

    validate(config) {
      const d = checkTimeouts(config.timeouts);
      // The rest is checked at plan, with the local source: one plan shows every problem.
      if (typeof config.unpack === "string") d.push(...checkUnpack(config.unpack).map(toDiag));
      return d;
    },

    async modifyPlan({ prior, config, planned: plan, replacing }) {
      const unknown = () => {
        for (const k of ["source_sha256", "sha256", "size", "identity"] as const) plan[k] = Unknown;
        if (isUnknown(config.name) || config.name === null) plan.name = Unknown;
        plan.path = Unknown;
        plan.id = Unknown;
      };
      if ([config.source, config.directory, config.name, config.unpack, config.host].some(isUnknown)) {
        unknown();
        return [];
      }
      const source = String(config.source), directory = String(config.directory), unpack = (config.unpack as string | null) ?? "false";
      const diags: Diagnostic[] = checkUnpack(unpack).map(toDiag);
      if (diags.length) return diags;
      const local = resolvePath(source);
      const src = await inspectSource(local);
      if ("problem" in src) return [error(`source ${source} ${src.problem}`, local === source ? undefined : `Read as ${local}.`, ["source"])];
      if (unpack === "true" && !src.packing) return [error(`source ${source} is not gzip, xz or zstd`, "Its first bytes are none of theirs; set unpack = false to place it as it is.", ["unpack"])];
      const packing = unpacking(unpack, src.packing);
      const name = typeof config.name === "string" ? config.name : defaultFileName(source, packing);
      const findings = checkFileDestination(directory, name, typeof config.name === "string");
      if (findings.some((f) => f.severity === "error")) return findings.map(toDiag);
      const host = String(config.host);
      const denied = fileAllowFindings(host, hosts.get(host).allow, directory);
      if (denied.length) return denied;
      const path = filePath(directory, name);
      plan.name = name;
      plan.path = path;
      plan.id = `${host}${path}`;
      const key = `${host}\0${path}`;
      if (planned.has(key) && planned.get(key) !== JSON.stringify(config)) {
        return [error(`Two xen_file resources declare ${path} on host "${host}"`, "Give each file its own name or directory.", ["name"])];
      }
      planned.set(key, JSON.stringify(config));
      // A guest planned with this file as its kernel, ramdisk or disk finds it there at create.
      const onHost = reads.plannedVolumes.get(host) ?? new Set<string>();
      reads.plannedVolumes.set(host, onHost.add(path));

      const dkey = JSON.stringify([local, packing, src.size]);
      let dg = digests.get(dkey);
      if (!dg) digests.set(dkey, (dg = cachedDigest(local, packing)));
      let d: Digest;
      try {
        d = await dg;
      } catch (e) {
        digests.delete(dkey);
        return [error(`Cannot read source ${source}${packing ? ` as ${packing}` : ""}`, (e as Error).message, [packing ? "unpack" : "source"])];
      }
      plan.source_sha256 = d.sourceSha256;
      plan.sha256 = d.sha256;
      plan.size = d.size;
      // The same bytes already there (and no new place): nothing to upload, the file keeps its identity.
      plan.identity = prior && !replacing() && prior.sha256 === d.sha256 && prior.identity ? prior.identity : Unknown;
      return [];
    },

    create: (p) => upload(p, null, "create"),

    async read(s) {
      if (!s.path) return { value: s, diagnostics: [] };
      const r = await remote.read(s.host, fileRead(s.path, s.identity && s.size !== null ? `${s.identity} ${s.size}` : null));
      const seen = parseFileSeen(r.stdout);
      const where = `${s.path} on host "${s.host}"`;
      if ("absent" in seen) return { value: null, diagnostics: [] };
      if ("other" in seen) return { value: null, diagnostics: [warning(`File ${where} is gone`, `What is at that path now is ${seen.other}, not the file this configuration wrote; it is left alone.`)] };
      if (s.identity && !sameFile(s.identity, seen.identity, seen.born)) {
        return { value: null, diagnostics: [warning(`File ${where} was replaced`,
          `It is no longer the one this configuration wrote (${s.identity}, now ${seen.identity}); the new one is left alone. Remove it before the next apply uploads the file again.`)] };
      }
      return { value: { ...s, identity: seen.identity, size: seen.size, sha256: seen.sha256 ?? s.sha256 }, diagnostics: [] };
    },

    async update(prior, p) {
      if (prior.identity && p.sha256 === prior.sha256 && p.path === prior.path) {
        return { value: { ...p, identity: prior.identity, size: prior.size }, diagnostics: [] };
      }
      reads.changed(p.host);
      const r = await upload(p, prior.identity, "update");
      return r.value ? r : { value: prior, diagnostics: r.diagnostics };
    },

    async delete(prior) {
      const path = prior.path;
      reads.changed(prior.host);
      if (!path || !prior.identity) return { value: null, diagnostics: [warning(`File ${path ?? prior.name} was never read back`, "Without its identity the provider cannot tell it is its own; it is left on the host.")] };
      const r = await run(prior, "delete", `deleting ${path}`, deleteFile(path, prior.identity));
      if (r.code !== 0) return { value: prior, diagnostics: [error(`Cannot delete ${path} on host "${prior.host}" (exit ${r.code})`, r.stderr.trim())] };
      const said = r.stdout.trim().split("\n").pop() ?? "";
      if (said === "symlink") return { value: null, diagnostics: [warning(`${path} on host "${prior.host}" was not deleted`, "It is a symbolic link now, not the file this configuration wrote; links are never followed. It is left alone and forgotten.")] };
      if (said.startsWith("other")) return { value: null, diagnostics: [warning(`${path} on host "${prior.host}" was not deleted`, `It is no longer the file this configuration wrote (${prior.identity}, now ${said.slice(6)}). It is left alone and forgotten.`)] };
      return { value: null, diagnostics: [] };
    },

    // Adopting a file already on the host: from then on it is this resource's (by its device and
    // inode); the next plan uploads the source over it only if their bytes differ.
    async importState(id) {
      const slash = id.indexOf("/");
      const host = id.slice(0, slash), path = id.slice(slash);
      const cut = path.lastIndexOf("/");
      const directory = path.slice(0, cut), name = path.slice(cut + 1);
      if (slash <= 0 || dirProblem(directory) || checkFileDestination(directory, name, true).length) {
        return { value: null, diagnostics: [error("Import id must be <host><absolute path>, like arm1/var/lib/xen/boot/vmlinuz", `Got "${id}".`)] };
      }
      const seen = parseFileSeen((await remote.read(host, fileRead(path, null))).stdout);
      if (!("identity" in seen)) return { value: null, diagnostics: [error(`No file at ${path} on host "${host}"`, "absent" in seen ? "Nothing is there." : `It is ${seen.other}.`)] };
      return { value: { id, host, source: "", directory, name, unpack: null, source_sha256: null, sha256: seen.sha256, path, size: seen.size, identity: seen.identity, timeouts: null }, diagnostics: [] };
    },

    failure: (e) => error(e instanceof SshError || e instanceof HostError ? "Cannot use the Xen host" : "Unexpected failure", e instanceof Error ? e.message : String(e), ["host"]),
  };
}
