// xen_domain: one guest on one host. Schema, then ValidateConfig, Plan, Apply
// (create / update / delete), Read and Import — in that order.
import { containsUnknown, isUnknown, Unknown, type CtyValue } from "../provider/cty";
import {
  error, warning, type Diagnostic, type Obj, type Path, type Resource, type Result, type Schema,
} from "../provider/framework";
import {
  refused, resolveDomain, rulesFor, specFromAttributes, type Finding, type GuestType, type HostFacts, type Resolution,
} from "../xen";
import { randomUUID } from "node:crypto";
import { SshError } from "../ssh";
import { configPath, HostError, type DomainOnHost, type Fleet } from "./fleet";
import { createGuest, EXIT, LOCK_HOLDER, locked, onOwnGuest, removeOwnConfig, uuidLine, writeConfig } from "./host-scripts";

const str = (description: string) => ({ type: "string" as const, optional: true, description });
const replaces = "Changing it replaces the domain.";

export const domainSchema: Schema = {
  version: 0,
  block: {
    description: "A Xen guest (domain) created with `xl create` on a host of the provider. The plan resolves its type the way libxl will on that host's Xen version and architecture.",
    attributes: {
      id: { type: "string", computed: true, description: "`<host>/<name>`." },
      host: { type: "string", required: true, description: `The \`name\` of a \`host\` block of the provider. ${replaces}` },
      name: { type: "string", required: true, description: `The domain name (xl.cfg \`name\`). ${replaces}` },
      type: {
        type: "string", optional: true, computed: true,
        description: "The guest type as written in xl.cfg: `pv`, `pvh` or `hvm`; unset for the host's default (x86: pv; Arm 4.12+: pvh). " +
          "On Arm 4.12+, `pv` is accepted and runs as PVH (plan warns). A change that changes `effective_type` replaces the domain.",
      },
      kernel: str(`Path on the host of the kernel to boot. ${replaces}`),
      ramdisk: str(`Path on the host of the initial ramdisk. ${replaces}`),
      cmdline: str(`Kernel command line; replaces \`root\` and \`extra\`. ${replaces}`),
      root: str(`Root device, appended to the command line as \`root=\`. ${replaces}`),
      extra: str(`Extra kernel command line text. ${replaces}`),
      bootloader: str(`Bootloader to run in dom0 (e.g. \`pygrub\`) instead of \`kernel\`. ${replaces}`),
      firmware: str(`Firmware to boot (e.g. \`uefi\`, \`pvgrub64\`); not together with \`kernel\` for pv/pvh. ${replaces}`),
      memory: { type: "number", required: true, description: "Memory in MiB. On x86, changes within `maxmem` apply in place (`xl mem-set`); on Arm a change replaces the domain (`xl mem-set` is not usable there)." },
      maxmem: { type: "number", optional: true, computed: true, description: `Maximum memory in MiB. Default: \`memory\`. ${replaces}` },
      vcpus: { type: "number", optional: true, computed: true, description: "vCPUs online at start. Default: 1. Changes within `maxvcpus` apply in place (`xl vcpu-set`)." },
      maxvcpus: { type: "number", optional: true, computed: true, description: `Maximum vCPUs. Default: \`vcpus\`. ${replaces}` },
      on_poweroff: str(`Action when the guest powers off: destroy, restart, rename-restart, preserve, coredump-destroy, coredump-restart, soft-reset. ${replaces}`),
      on_reboot: str(`Action when the guest reboots (same values). ${replaces}`),
      on_crash: str(`Action when the guest crashes (same values). ${replaces}`),
      gic_version: str(`Arm only: the guest's interrupt controller, \`native\`, \`v2\` or \`v3\` (v2 limits the guest to 8 vCPUs). ${replaces}`),
      vuart: str(`Arm only: \`sbsa_uart\` gives the guest an emulated SBSA UART. ${replaces}`),
      pvshim: { type: "bool", optional: true, description: `x86 PVH only: run a PV kernel inside the PVH shim. ${replaces}` },
      pvshim_path: str(`x86 only: path of the shim binary. ${replaces}`),
      pvshim_cmdline: str(`x86 only: the shim's command line. ${replaces}`),
      pvshim_extra: str(`x86 only: extra shim command line text. ${replaces}`),
      xl_config: {
        type: ["map", "string"], optional: true,
        description: "Other xl.cfg keys. Each value is written the way xl reads that key: integer keys bare, string keys quoted, " +
          "list keys (disk, vif, ...) from `jsonencode([...])` or a single string. Keys are checked against the key table of the " +
          `host's Xen version and architecture: an unknown key or one of the other architecture is a warning. ${replaces}`,
      },
      shutdown_timeout: { type: "number", optional: true, computed: true, description: "Seconds to wait for `xl shutdown -w` on destroy before `xl destroy`. 0 destroys at once. Default: 60." },
      effective_type: { type: "string", computed: true, description: "The type the guest runs as (libxl's, from xenstore `/libxl/<domid>/type`), known at plan time from the model." },
      domid: { type: "number", computed: true, description: "The domain id." },
      uuid: { type: "string", computed: true, description: "The domain's UUID." },
      config: {
        type: "string", computed: true, sensitive: true,
        description: "The xl.cfg text written on the host (the provider adds the guest's `uuid` line). Sensitive: it can carry " +
          "values from sensitive inputs (a `vncpasswd` in `xl_config`, a token in `cmdline`), which the provider cannot tell apart.",
      },
    },
    blocks: {
      timeouts: {
        nesting: "single",
        block: {
          description: "How long each change may take on the host, as durations like `30s`, `10m` or `1h`. A change that takes longer fails with an error naming the host and the command.",
          attributes: {
            create: { type: "string", optional: true, description: "Waiting for the host-side lock, writing the config and `xl create`. Default: `10m`." },
            update: { type: "string", optional: true, description: "`xl mem-set`, `xl vcpu-set` and rewriting the config. Default: `10m`." },
            delete: { type: "string", optional: true, description: "`xl destroy` and removing the config, after `shutdown_timeout`. Default: `10m`." },
          },
        },
      },
    },
  },
};

/** Attributes that cannot change on a running domain. */
const REPLACE_ON_CHANGE = [
  "host", "name", "kernel", "ramdisk", "cmdline", "root", "extra", "bootloader", "firmware", "maxmem", "maxvcpus",
  "on_poweroff", "on_reboot", "on_crash", "gic_version", "vuart", "pvshim", "pvshim_path", "pvshim_cmdline", "pvshim_extra",
  "xl_config", "effective_type",
] as const;

const DEFAULT_SHUTDOWN_TIMEOUT = 60;
/** The longest wait this provider accepts for any one step (a day), in seconds. */
const MAX_WAIT_SECONDS = 86_400;
const DEFAULT_TIMEOUT_SECONDS = 600;
/** Beyond the lock wait: time for the command itself to answer once the lock is ours. */
const SLACK_SECONDS = 5;

/** A duration as Terraform's timeouts blocks write them ("90s", "10m", "1h30m"), in seconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!m || text.trim() === "") return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

type Step = "create" | "update" | "delete";

function timeoutOf(o: Obj, step: Step): number {
  const t = o.timeouts as Obj | null | undefined;
  const v = t && typeof t === "object" ? t[step] : null;
  const secs = typeof v === "string" ? parseDuration(v) : null;
  return secs && secs > 0 ? Math.min(secs, MAX_WAIT_SECONDS) : DEFAULT_TIMEOUT_SECONDS;
}

/** The domain this provider must never shut down, destroy or adopt. */
const isDom0 = (d: { domid: number; name: string }) => d.domid === 0 || d.name === "Domain-0";

const toDiag = (f: Finding): Diagnostic =>
  f.severity === "error" ? error(f.summary, f.detail, f.path) : warning(f.summary, f.detail, f.path);

const hostDiag = (e: unknown, path: Path = ["host"]): Diagnostic => {
  const msg = e instanceof Error ? e.message : String(e);
  const summary = e instanceof SshError || e instanceof HostError ? "Cannot use the Xen host" : "Unexpected failure";
  return error(summary, msg, path);
};

/** The sizes as the plan records them: what the config says, else xl's defaults. */
function sizesOf(config: Obj): Obj {
  const vcpus = config.vcpus ?? 1;
  return {
    vcpus,
    maxvcpus: config.maxvcpus ?? vcpus,
    maxmem: config.maxmem ?? config.memory,
    shutdown_timeout: config.shutdown_timeout ?? DEFAULT_SHUTDOWN_TIMEOUT,
  };
}

export function xenDomain(fleet: Fleet): Resource {
  /**
   * host/name pairs planned by this process, with the config each was planned from. The
   * engine plans each resource instance once per run (a plan or an apply starts its own
   * provider processes) — and once more, with no prior state, the create half of a
   * replacement. Any other second plan of a pair is a second resource claiming the guest.
   */
  const plannedNames = new Map<string, { config: string; replacing: boolean }>();

  /** A diagnostic when another resource already planned this host/name. */
  function claimName(config: Obj, prior: Obj | null): Diagnostic | null {
    if (typeof config.host !== "string" || typeof config.name !== "string") return null;
    const key = `${config.host}\0${config.name}`;
    const text = JSON.stringify(config);
    const seen = plannedNames.get(key);
    if (seen && seen.replacing && prior === null && seen.config === text) {
      seen.replacing = false;
      return null;
    }
    if (seen) {
      return error(`Two xen_domain resources declare the guest "${config.name}" on host "${config.host}"`,
        "A name is unique on a host: one of them would fail to create, or both would manage one guest. Give each resource its own name.", ["name"]);
    }
    plannedNames.set(key, { config: text, replacing: false });
    return null;
  }

  /** Host facts for planning; a diagnostic on `host` when they cannot be had. */
  async function factsFor(host: CtyValue): Promise<HostFacts | Diagnostic> {
    if (typeof host !== "string") return error("host is not known", undefined, ["host"]);
    try {
      return await fleet.facts(host);
    } catch (e) {
      return hostDiag(e);
    }
  }

  function resolve(o: Obj, facts: HostFacts): Resolution {
    return resolveDomain(specFromAttributes(o), facts);
  }

  /** The type attribute to record: what was written, or the prior one if it means the same. */
  function plannedType(config: Obj, prior: Obj | null, facts: HostFacts, effective: GuestType | null): CtyValue {
    if (config.type !== null) return config.type;
    if (prior && typeof prior.type === "string" && effective) {
      const same = resolveDomain({ ...specFromAttributes(config), type: prior.type }, facts).effectiveType === effective;
      if (same) return prior.type;
    }
    return null;
  }

  /** Our guest on the host: the domain with the uuid this provider created or imported, never dom0. */
  async function ownGuest(host: string, uuid: CtyValue, fresh = true): Promise<DomainOnHost | undefined> {
    if (typeof uuid !== "string" || uuid === "") return undefined;
    if (fresh) fleet.changed(host);
    return (await fleet.list(host)).find((d) => d.uuid === uuid && !isDom0(d) && !d.incomplete);
  }

  function stateFrom(base: Obj, d: DomainOnHost): Obj {
    // xl caps memory at a lower maxmem: that is what was asked for, not drift.
    const capped = typeof base.maxmem === "number" && typeof base.memory === "number"
      && base.maxmem < base.memory && d.memory <= base.maxmem;
    return {
      ...base,
      id: `${String(base.host)}/${String(base.name)}`,
      domid: d.domid,
      uuid: d.uuid,
      memory: capped ? base.memory : d.memory,
      maxmem: capped ? base.maxmem : d.maxmem,
      vcpus: d.vcpus,
      maxvcpus: d.maxvcpus,
      effective_type: d.effectiveType,
    };
  }

  /** Declared facts planned this change: before touching the host, it must still match them. */
  async function checkDeclaredFacts(host: string): Promise<Diagnostic | null> {
    const h = fleet.host(host);
    if (!h.declaredFacts) return null;
    const mismatch = factsMismatch(h.declaredFacts, await fleet.liveFactsOf(h));
    return mismatch ? error(`Host "${host}" does not match its declared facts`,
      `${mismatch}. Nothing was changed. Update the facts block (and review the plan) before applying.`, ["host"]) : null;
  }

  /** A change script under the host-side lock; a lock that stays taken is an error naming its holder. */
  async function lockedRun(host: string, label: string, body: string, seconds: number, stdin?: string) {
    const h = fleet.host(host);
    let r;
    try {
      r = await fleet.exec(host, locked(h.configDir, seconds, body), { stdin, timeoutMs: (seconds + SLACK_SECONDS) * 1000 });
    } catch (e) {
      if (!(e instanceof SshError) || (e.kind !== "dropped" && e.kind !== "timeout")) throw e;
      throw new SshError(e.kind, `host "${host}": ${e.kind === "timeout" ? `\`${label}\` did not finish within ${seconds + SLACK_SECONDS} s` :
        `the connection dropped while running \`${label}\``}; its outcome is unknown`);
    }
    if (r.code === EXIT.lockTimeout) {
      const holder = r.stderr.split("\n").find((l) => l.startsWith(LOCK_HOLDER))?.slice(LOCK_HOLDER.length).trim() ?? "unknown";
      throw new HostError(`host "${host}": another change holds the host-side lock ${h.configDir}/.lock (${holder}); ` +
        `gave up after ${seconds} s. Nothing was changed. Try again when it is done.`);
    }
    if (r.code === EXIT.noFlock || r.code === EXIT.cannotWrite || r.code === EXIT.cannotCheck) {
      throw new HostError(`host "${host}": ${r.stderr.trim() || `cannot use ${h.configDir}`}`);
    }
    return r;
  }

  async function create(planned: Obj): Promise<Result<Obj | null>> {
    const host = planned.host as string;
    const name = planned.name as string;
    const diags: Diagnostic[] = [];
    const facts = await factsFor(host);
    if (!("machine" in facts)) return { value: null, diagnostics: [facts] };
    const h = fleet.host(host);
    const r = resolve(planned, facts);
    if (refused(r) || !r.config) return { value: null, diagnostics: r.findings.map(toDiag) };

    // The guest's uuid is ours: the one thing that tells our guest from any other of that name.
    const uuid = randomUUID();
    const path = configPath(h.configDir, name);
    const seconds = timeoutOf(planned, "create");
    let res;
    try {
      res = await lockedRun(host, `xl create ${path}`, createGuest(name, path), seconds, `${r.config}${uuidLine(uuid)}\n`);
    } catch (e) {
      // The outcome is unknown: make sure no half-created guest of ours stays behind.
      return afterInterruptedCreate(planned, uuid, r.config, e);
    } finally {
      fleet.changed(host);
    }
    if (res.code === EXIT.nameTaken) {
      return { value: null, diagnostics: [error(`A domain named "${name}" already exists on host "${host}" (${res.stderr.trim()})`,
        `It is not one this configuration created, so it is left alone. Import it with: terraform import <address> ${host}/${name}`, ["name"])] };
    }
    if (res.code !== 0) {
      // xl destroys what it half-made itself; check for our uuid all the same.
      const cleanup = await destroyOwnAfterFailure(host, uuid);
      return { value: null, diagnostics: [error(`xl create failed on host "${host}" (exit ${res.code})`,
        xlMessage(res.stderr || res.stdout) + (cleanup.length ? "" : "\nNo domain was left behind."), ["name"]), ...cleanup] };
    }
    const warnings = xlMessage(res.stderr);
    if (warnings) diags.push(warning(`xl create printed warnings on host "${host}"`, warnings, ["type"]));
    const state: Obj = { ...planned, uuid, domid: null, config: r.config };
    let d: DomainOnHost | undefined;
    try {
      d = await ownGuest(host, uuid);
      // Listed by `xl list` but not yet by `xl list -l`: libxl is still storing its config.
      for (let i = 0; i < 20 && !d && (await fleet.list(host)).some((x) => x.incomplete && x.name === name); i++) {
        await sleep(500);
        d = await ownGuest(host, uuid);
      }
    } catch (e) {
      // It runs; only reading it back failed. Record it, so nothing runs untracked.
      diags.push(warning(`Guest "${name}" was created on host "${host}" but could not be read back`,
        `${(e as Error).message}. It is recorded in state with uuid ${uuid}; the next refresh reads it.`, ["name"]));
      return { value: state, diagnostics: diags };
    }
    if (!d) {
      return { value: null, diagnostics: [...diags, error(`xl create succeeded but no domain "${name}" is listed on host "${host}"`,
        "The guest may have exited at once (check on_poweroff / the guest console).", ["name"])] };
    }
    if (d.effectiveType && d.effectiveType !== planned.effective_type) {
      diags.push(error(`The host runs "${name}" as ${d.effectiveType}, not ${String(planned.effective_type)} as planned`,
        "The model of this Xen version disagrees with the host: please report it. The state records what runs."));
    }
    return { value: { ...stateFrom(state, d), effective_type: d.effectiveType ?? planned.effective_type }, diagnostics: diags };
  }

  /**
   * `xl create` was interrupted (dropped connection, timeout): destroy our guest if it
   * exists; when the host cannot be asked, record it as created (the engine taints it,
   * and the next apply replaces or forgets it by its uuid) rather than lose track of it.
   */
  async function afterInterruptedCreate(planned: Obj, uuid: string, config: string, cause: unknown): Promise<Result<Obj | null>> {
    const host = planned.host as string;
    const why = hostDiag(cause, ["name"]);
    try {
      const d = await ownGuest(host, uuid);
      if (d) await destroyOwn(host, d, timeoutOf(planned, "create"));
      await fleet.exec(host, removeOwnConfig(configPath(fleet.host(host).configDir, planned.name as string), uuid));
      return { value: null, diagnostics: [why, warning(`Nothing was left on host "${host}"`,
        d ? `The guest that xl create started (uuid ${uuid}) was destroyed.` : "No guest of this create is running.")] };
    } catch (e) {
      return { value: { ...planned, uuid, domid: null, config }, diagnostics: [why, error(`Could not check host "${host}" for the guest being created`,
        `${(e as Error).message}. It is recorded in state with uuid ${uuid}, so the next apply finds it (or finds it gone) by that uuid.`, ["name"])] };
    }
  }

  /** After a failed create: destroy a guest with our uuid, should one exist. */
  async function destroyOwnAfterFailure(host: string, uuid: string): Promise<Diagnostic[]> {
    try {
      const d = await ownGuest(host, uuid);
      if (d) await destroyOwn(host, d, DEFAULT_TIMEOUT_SECONDS);
      return [];
    } catch (e) {
      return [error(`Could not check host "${host}" for a half-created domain with uuid ${uuid}`,
        `${(e as Error).message}. Check with \`xl list -v\` on the host.`)];
    }
  }

  /**
   * xl destroy of our guest, checked on the host to still be ours; with `configFile`, the
   * config written for it goes in the same step (a run cut short after the destroy leaves
   * no file that a later refresh would never clean up).
   */
  async function destroyOwn(host: string, d: DomainOnHost, seconds: number, configFile?: string): Promise<void> {
    const body = onOwnGuest(d.domid, d.uuid, ["xl", "destroy", String(d.domid)]) +
      (configFile ? ` && { ${removeOwnConfig(configFile, d.uuid)}; }` : "");
    const r = await lockedRun(host, `xl destroy ${d.domid}`, body, seconds);
    fleet.changed(host);
    if (r.code !== 0 && r.code !== EXIT.notOurs) {
      throw new HostError(`host "${host}": xl destroy ${d.domid} failed (exit ${r.code}): ${xlMessage(r.stderr)}`);
    }
  }

  async function update(prior: Obj, planned: Obj): Promise<Result<Obj | null>> {
    const host = planned.host as string;
    const d = await ownGuest(host, prior.uuid);
    if (!d) {
      return { value: prior, diagnostics: [error(`Domain "${String(prior.name)}" is no longer on host "${host}"`,
        "It was destroyed outside of Terraform. Run plan again: it will offer to create it.")] };
    }
    const id = String(d.domid);
    const seconds = timeoutOf(planned, "update");
    const steps: [string, string[]][] = [];
    if (planned.memory !== prior.memory) steps.push(["memory", ["xl", "mem-set", id, `${String(planned.memory)}m`]]);
    if (planned.vcpus !== prior.vcpus) steps.push(["vcpus", ["xl", "vcpu-set", id, String(planned.vcpus)]]);
    let current = { ...prior };
    for (const [attr, argv] of steps) {
      const r = await lockedRun(host, argv.join(" "), onOwnGuest(d.domid, d.uuid, argv), seconds);
      fleet.changed(host);
      if (r.code === EXIT.notOurs) {
        return { value: current, diagnostics: [error(`Domain "${String(prior.name)}" is no longer on host "${host}"`, r.stderr.trim(), [attr])] };
      }
      if (r.code !== 0) {
        return { value: current, diagnostics: [error(`${argv.slice(0, 2).join(" ")} failed on host "${host}" (exit ${r.code})`, xlMessage(r.stderr), [attr])] };
      }
      current = { ...current, [attr]: planned[attr] };
    }
    const h = fleet.host(host);
    if (typeof planned.config === "string" && planned.config !== prior.config) {
      const r = await lockedRun(host, "writing the config", writeConfig(configPath(h.configDir, planned.name as string)), seconds, `${planned.config}${uuidLine(d.uuid)}\n`);
      if (r.code !== 0) throw new HostError(`host "${host}": cannot write the config: ${r.stderr.trim() || `exit ${r.code}`}`);
    }
    return { value: { ...planned, domid: d.domid, uuid: d.uuid }, diagnostics: [] };
  }

  async function remove(prior: Obj): Promise<Result<Obj | null>> {
    const host = prior.host as string;
    const h = fleet.host(host);
    if (prior.domid === 0 || prior.name === "Domain-0") {
      return { value: prior, diagnostics: [error("Refusing to destroy Domain-0", "Domain-0 is the host's control domain; this provider never shuts it down or destroys it. Remove it from state with `terraform state rm`.")] };
    }
    const d = await ownGuest(host, prior.uuid);
    if (d) {
      const timeout = typeof prior.shutdown_timeout === "number" ? Math.min(prior.shutdown_timeout, MAX_WAIT_SECONDS) : DEFAULT_SHUTDOWN_TIMEOUT;
      if (timeout > 0) {
        try {
          await fleet.exec(host, onOwnGuest(d.domid, d.uuid, ["xl", "shutdown", "-w", String(d.domid)]), { timeoutMs: timeout * 1000 });
        } catch (e) {
          if (!(e instanceof SshError && e.kind === "timeout")) throw e;
        }
      }
      const still = await ownGuest(host, d.uuid);
      if (still) await destroyOwn(host, still, timeoutOf(prior, "delete"), configPath(h.configDir, prior.name as string));
      // A destroyed domain can stay listed while Xen tears it down; a replacement of the
      // same name must not find it there.
      for (let i = 0; i < 40 && (await ownGuest(host, d.uuid)); i++) await sleep(250);
    }
    if (typeof prior.uuid === "string") {
      await fleet.exec(host, removeOwnConfig(configPath(h.configDir, prior.name as string), prior.uuid));
    }
    return { value: null, diagnostics: [] };
  }

  return {
    schema: domainSchema,

    validate(config) {
      const d: Diagnostic[] = [];
      for (const k of ["memory", "maxmem", "vcpus", "maxvcpus", "shutdown_timeout"] as const) {
        const v = config[k];
        if (typeof v === "number" && (!Number.isSafeInteger(v) || v < 0)) {
          d.push(error(`${k} must be a whole, non-negative number`, `Got ${v}.`, [k]));
        }
      }
      if (typeof config.shutdown_timeout === "number" && config.shutdown_timeout > MAX_WAIT_SECONDS) {
        d.push(error(`shutdown_timeout must be at most ${MAX_WAIT_SECONDS} seconds (a day)`, `Got ${config.shutdown_timeout}.`, ["shutdown_timeout"]));
      }
      const t = config.timeouts;
      if (t && typeof t === "object" && !isUnknown(t)) {
        for (const step of ["create", "update", "delete"] as const) {
          const v = (t as Obj)[step];
          if (typeof v !== "string") continue;
          const secs = parseDuration(v);
          if (secs === null || secs === 0 || secs > MAX_WAIT_SECONDS) {
            d.push(error(`timeouts.${step} must be a duration like "30s", "10m" or "1h" (at most 24h)`, `Got "${v}".`, ["timeouts", step]));
          }
        }
      }
      if (config.name === "Domain-0") {
        d.push(error("name must not be Domain-0", "Domain-0 is the host's control domain; this provider never manages it.", ["name"]));
      }
      return d;
    },

    async plan({ prior, proposed, config }) {
      const diags: Diagnostic[] = [];
      const facts = await factsFor(config.host);
      if (!("machine" in facts)) return { planned: proposed, requiresReplace: [], diagnostics: [facts] };

      const clash = claimName(config, prior);
      if (clash) return { planned: proposed, requiresReplace: [], diagnostics: [clash] };

      // Optional+computed sizes follow the config (or xl's defaults), not the prior state.
      const planned: Obj = { ...proposed, ...sizesOf(config) };
      planned.id = typeof config.host === "string" && typeof config.name === "string" ? `${config.host}/${config.name}` : Unknown;
      if (containsUnknown(config as CtyValue)) {
        // Part of the config is known only at apply: resolve what is known, later.
        planned.effective_type = Unknown;
        planned.config = Unknown;
        planned.type = config.type ?? (prior?.type ?? null);
      } else {
        let r = resolve(config, facts);
        planned.type = plannedType(config, prior, facts, r.effectiveType);
        // A type kept from the prior state (same effective type) is what the file says.
        if (planned.type !== config.type && !refused(r)) r = resolve({ ...config, type: planned.type }, facts);
        diags.push(...r.findings.map(toDiag));
        if (refused(r)) return { planned: proposed, requiresReplace: [], diagnostics: diags };
        planned.effective_type = r.effectiveType;
        planned.config = r.config;
      }

      const requiresReplace: Path[] = [];
      if (prior) {
        for (const k of REPLACE_ON_CHANGE) {
          if (!sameValue(prior[k], planned[k])) requiresReplace.push([k]);
        }
        if (!rulesFor(facts.machine).memorySetLive && !sameValue(prior.memory, planned.memory)) requiresReplace.push(["memory"]);
        if (requiresReplace.length === 0) {
          planned.domid = prior.domid;
          planned.uuid = prior.uuid;
          const maxmem = planned.maxmem as number, maxvcpus = planned.maxvcpus as number;
          if (typeof planned.memory === "number" && planned.memory > maxmem && planned.memory !== prior.memory) {
            diags.push(error(`memory (${planned.memory}) cannot grow above maxmem (${maxmem}) in place`, "Raise maxmem too (which replaces the domain).", ["memory"]));
          }
          if (typeof planned.vcpus === "number" && planned.vcpus > maxvcpus) {
            diags.push(error(`vcpus (${planned.vcpus}) cannot exceed maxvcpus (${maxvcpus})`, undefined, ["vcpus"]));
          }
        } else {
          planned.domid = Unknown;
          planned.uuid = Unknown;
          const claim = typeof config.host === "string" && typeof config.name === "string" ? plannedNames.get(`${config.host}\0${config.name}`) : undefined;
          if (claim) claim.replacing = true;
        }
      } else {
        planned.domid = Unknown;
        planned.uuid = Unknown;
      }
      return { planned, requiresReplace, diagnostics: diags };
    },

    async apply({ prior, planned }) {
      try {
        if (planned === null) return prior ? await remove(prior) : { value: null, diagnostics: [] };
        const stale = await checkDeclaredFacts(planned.host as string);
        if (stale) return { value: prior, diagnostics: [stale] };
        if (prior === null) return await create(planned);
        return await update(prior, planned);
      } catch (e) {
        return { value: prior, diagnostics: [hostDiag(e)] };
      }
    },

    async read(state) {
      const host = state.host as string;
      try {
        if (typeof state.uuid !== "string" || state.uuid === "") {
          return { value: state, diagnostics: [error(`The state of "${String(state.name)}" has no uuid`,
            `Without it the provider cannot tell its guest from another of that name. Import it again: terraform import <address> ${host}/${String(state.name)}`)] };
        }
        const domains = await fleet.list(host);
        const d = domains.find((x) => x.uuid === state.uuid && !isDom0(x) && !x.incomplete);
        if (!d && domains.some((x) => x.incomplete && x.name === state.name)) {
          return { value: state, diagnostics: [error(`Guest "${String(state.name)}" on host "${host}" is listed by xl list but not by xl list -l`,
            "A domain of that name is being created (or was made without libxl), so whether it is this guest cannot be told now. The state is kept as it was; run the plan again.")] };
        }
        if (!d) {
          const stranger = domains.find((x) => x.name === state.name);
          return { value: null, diagnostics: stranger ? [warning(`Guest "${String(state.name)}" is gone from host "${host}"`,
            `A domain of the same name runs there (domid ${stranger.domid}, uuid ${stranger.uuid}), but it is not the guest this ` +
            `configuration manages (uuid ${state.uuid}), so it is left alone. Import it, or remove it, before the next apply creates the guest again.`)] : [] };
        }
        if (d.effectiveType === null) {
          return { value: state, diagnostics: [error(`Cannot read the type guest "${String(state.name)}" runs as on host "${host}"`,
            `xenstore has no /libxl/${d.domid}/type. The state is kept as it was.`)] };
        }
        return { value: stateFrom(state, d), diagnostics: [] };
      } catch (e) {
        return { value: state, diagnostics: [hostDiag(e)] };
      }
    },

    async importState(id) {
      const slash = id.indexOf("/");
      if (slash <= 0 || slash === id.length - 1) {
        return { value: null, diagnostics: [error("Import id must be <host>/<name>", `Got "${id}".`)] };
      }
      const host = id.slice(0, slash);
      const name = id.slice(slash + 1);
      try {
        const d = (await fleet.list(host)).find((x) => x.name === name);
        if (!d) return { value: null, diagnostics: [error(`No domain named "${name}" on host "${host}"`, "Check `xl list` on the host.")] };
        if (d.incomplete) return { value: null, diagnostics: [error(`"${name}" on host "${host}" is still being created`, "xl list -l does not show it yet; import it once it runs.")] };
        if (isDom0(d)) {
          return { value: null, diagnostics: [error("Domain-0 cannot be imported",
            "Domain-0 is the host's control domain: managing it would let a destroy power off the host and every guest on it.")] };
        }
        if (d.effectiveType === null) {
          return { value: null, diagnostics: [error(`Cannot read the type "${name}" runs as on host "${host}"`, `xenstore has no /libxl/${d.domid}/type.`)] };
        }
        const base: Obj = Object.fromEntries(Object.keys(domainSchema.block.attributes).map((k) => [k, null]));
        Object.assign(base, {
          host, name,
          type: d.writtenType,
          kernel: d.kernel, ramdisk: d.ramdisk, cmdline: d.cmdline, bootloader: d.bootloader,
          memory: d.memory,
          shutdown_timeout: DEFAULT_SHUTDOWN_TIMEOUT,
          timeouts: null,
        });
        const state = stateFrom(base, d);
        const facts = await fleet.facts(host);
        const r = resolve(state, facts);
        state.config = r.config ?? "";
        return { value: state, diagnostics: r.findings.filter((f) => f.severity === "warning").map(toDiag) };
      } catch (e) {
        return { value: null, diagnostics: [hostDiag(e)] };
      }
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function sameValue(a: CtyValue | undefined, b: CtyValue | undefined): boolean {
  if (isUnknown(a) || isUnknown(b)) return false;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** xl's messages, without empty lines and its "Parsing config from" banner. */
function xlMessage(text: string): string {
  return text.split("\n").map((l) => l.trimEnd()).filter((l) => l && !l.startsWith("Parsing config from ")).join("\n");
}

/** Why declared facts do not describe the live host, or null. */
export function factsMismatch(declared: HostFacts, live: HostFacts): string | null {
  const out: string[] = [];
  if (declared.machine !== live.machine) out.push(`arch is ${live.machine}, declared ${declared.machine}`);
  const dv = declared.xenVersion, lv = live.xenVersion;
  const declaredParts = dv.text.split(".").length;
  const sameVersion = dv.major === lv.major && dv.minor === lv.minor && (declaredParts < 3 || dv.patch === lv.patch);
  if (!sameVersion) out.push(`xen_version is ${lv.text}, declared ${dv.text}`);
  const caps = (c: string[]) => [...c].sort().join(" ");
  if (caps(declared.xenCaps) !== caps(live.xenCaps)) out.push(`xen_caps is "${live.xenCaps.join(" ")}", declared "${declared.xenCaps.join(" ")}"`);
  return out.length ? out.join("; ") : null;
}
