// xen_domain: one guest on one host. Schema, then ValidateConfig, Plan, Apply
// (create / update / delete), Read and Import — in that order.
import { containsUnknown, isUnknown, Unknown, type CtyValue } from "../provider/cty";
import {
  error, warning, type Diagnostic, type Obj, type Path, type Resource, type Result, type Schema,
} from "../provider/framework";
import {
  refused, resolveDomain, rulesFor, specFromAttributes, type Finding, type GuestType, type HostFacts, type Resolution,
} from "../xen";
import { SshError } from "../ssh";
import { configPath, HostError, type DomainOnHost, type Fleet } from "./fleet";

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
      config: { type: "string", computed: true, description: "The xl.cfg text written on the host." },
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

  /** Find our guest: by uuid first (stable), else by name (re-created out of band). */
  function findGuest(domains: DomainOnHost[], state: Obj): DomainOnHost | undefined {
    return domains.find((d) => typeof state.uuid === "string" && d.uuid === state.uuid)
      ?? domains.find((d) => d.name === state.name && d.domid !== 0);
  }

  async function guestByUuid(host: string, uuid: CtyValue, name: CtyValue): Promise<DomainOnHost | undefined> {
    fleet.changed(host);
    const domains = await fleet.list(host);
    return domains.find((d) => d.uuid === uuid) ?? (uuid ? undefined : domains.find((d) => d.name === name));
  }

  function stateFrom(base: Obj, d: DomainOnHost): Obj {
    // xl caps memory at a lower maxmem: that is what was asked for, not drift.
    const capped = typeof base.maxmem === "number" && typeof base.memory === "number"
      && base.maxmem < base.memory && d.memory === base.maxmem;
    return {
      ...base,
      id: `${String(base.host)}/${String(base.name)}`,
      domid: d.domid,
      uuid: d.uuid,
      memory: capped ? base.memory : d.memory,
      maxmem: d.maxmem,
      vcpus: d.vcpus,
      maxvcpus: d.maxvcpus,
      effective_type: d.effectiveType ?? d.writtenType ?? base.effective_type ?? null,
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

  async function create(planned: Obj): Promise<Result<Obj | null>> {
    const host = planned.host as string;
    const name = planned.name as string;
    const diags: Diagnostic[] = [];
    const facts = await factsFor(host);
    if (!("machine" in facts)) return { value: null, diagnostics: [facts] };
    const h = fleet.host(host);
    const r = resolve(planned, facts);
    if (refused(r) || !r.config) return { value: null, diagnostics: r.findings.map(toDiag) };

    const before = await fleet.list(host);
    const clash = before.find((d) => d.name === name);
    if (clash) {
      return { value: null, diagnostics: [error(`A domain named "${name}" already exists on host "${host}" (domid ${clash.domid})`,
        `Import it with: terraform import <address> ${host}/${name}`, ["name"])] };
    }
    const path = configPath(h.configDir, name);
    await fleet.writeFile(host, path, r.config);
    let res;
    try {
      res = await fleet.run(host, ["xl", "create", path]);
    } catch (e) {
      // The outcome is unknown: make sure no half-created domain stays behind.
      const cleanup = await destroyNamedAfterFailure(host, name, before);
      await fleet.removeFile(host, path).catch(() => {});
      return { value: null, diagnostics: [hostDiag(e), ...cleanup] };
    } finally {
      fleet.changed(host);
    }
    if (res.code !== 0) {
      const cleanup = await destroyNamedAfterFailure(host, name, before);
      await fleet.removeFile(host, path).catch(() => {});
      return { value: null, diagnostics: [error(`xl create failed on host "${host}" (exit ${res.code})`,
        xlMessage(res.stderr || res.stdout) + "\nNo domain was left behind.", ["name"]), ...cleanup] };
    }
    const warnings = xlMessage(res.stderr);
    if (warnings) diags.push(warning(`xl create printed warnings on host "${host}"`, warnings, ["type"]));
    const d = (await fleet.list(host)).find((x) => x.name === name);
    if (!d) {
      return { value: null, diagnostics: [...diags, error(`xl create succeeded but no domain "${name}" is listed on host "${host}"`,
        "The guest may have exited at once (check on_poweroff / the guest console).", ["name"])] };
    }
    const state = { ...stateFrom(planned, d), config: r.config };
    if (d.effectiveType && d.effectiveType !== planned.effective_type) {
      diags.push(error(`The host runs "${name}" as ${d.effectiveType}, not ${String(planned.effective_type)} as planned`,
        "The model of this Xen version disagrees with the host: please report it. The state records what runs."));
    }
    return { value: state, diagnostics: diags };
  }

  /** After a failed or interrupted create: destroy a domain of that name that was not there before. */
  async function destroyNamedAfterFailure(host: string, name: string, before: DomainOnHost[]): Promise<Diagnostic[]> {
    try {
      fleet.changed(host);
      const now = await fleet.list(host);
      const leftover = now.find((d) => d.name === name && !before.some((b) => b.uuid === d.uuid));
      if (leftover) {
        await fleet.run(host, ["xl", "destroy", String(leftover.domid)]);
        fleet.changed(host);
      }
      return [];
    } catch (e) {
      return [error(`Could not check host "${host}" for a half-created domain "${name}"`,
        `${(e as Error).message}. Check with \`xl list\` on the host.`)];
    }
  }

  async function update(prior: Obj, planned: Obj): Promise<Result<Obj | null>> {
    const host = planned.host as string;
    const d = await guestByUuid(host, prior.uuid, prior.name);
    if (!d) {
      return { value: prior, diagnostics: [error(`Domain "${String(prior.name)}" is no longer on host "${host}"`,
        "It was destroyed outside of Terraform. Run plan again: it will offer to create it.")] };
    }
    const id = String(d.domid);
    const steps: [string, string[]][] = [];
    if (planned.memory !== prior.memory) steps.push(["memory", ["xl", "mem-set", id, `${String(planned.memory)}m`]]);
    if (planned.vcpus !== prior.vcpus) steps.push(["vcpus", ["xl", "vcpu-set", id, String(planned.vcpus)]]);
    let current = { ...prior };
    for (const [attr, argv] of steps) {
      const r = await fleet.run(host, argv);
      fleet.changed(host);
      if (r.code !== 0) {
        return { value: current, diagnostics: [error(`${argv.slice(0, 2).join(" ")} failed on host "${host}" (exit ${r.code})`, xlMessage(r.stderr), [attr])] };
      }
      current = { ...current, [attr]: planned[attr] };
    }
    const h = fleet.host(host);
    if (typeof planned.config === "string" && planned.config !== prior.config) {
      await fleet.writeFile(host, configPath(h.configDir, planned.name as string), planned.config);
    }
    return { value: { ...planned, domid: d.domid, uuid: d.uuid }, diagnostics: [] };
  }

  async function remove(prior: Obj): Promise<Result<Obj | null>> {
    const host = prior.host as string;
    const d = await guestByUuid(host, prior.uuid, prior.name);
    const h = fleet.host(host);
    if (d) {
      const id = String(d.domid);
      const timeout = typeof prior.shutdown_timeout === "number" ? prior.shutdown_timeout : DEFAULT_SHUTDOWN_TIMEOUT;
      if (timeout > 0) {
        try {
          await fleet.run(host, ["xl", "shutdown", "-w", id], { timeoutMs: timeout * 1000 });
        } catch (e) {
          if (!(e instanceof SshError && e.kind === "timeout")) throw e;
        }
      }
      // guestByUuid lists the host afresh each time.
      const still = await guestByUuid(host, d.uuid, prior.name);
      if (still) {
        const r = await fleet.run(host, ["xl", "destroy", String(still.domid)]);
        if (r.code !== 0) {
          return { value: prior, diagnostics: [error(`xl destroy failed on host "${host}" (exit ${r.code})`, xlMessage(r.stderr))] };
        }
      }
      // A destroyed domain can stay listed while Xen tears it down; a replacement of the
      // same name must not find it there.
      for (let i = 0; i < 40 && (await guestByUuid(host, d.uuid, prior.name)); i++) await sleep(250);
    }
    await fleet.removeFile(host, configPath(h.configDir, prior.name as string));
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
      return d;
    },

    async plan({ prior, proposed, config }) {
      const diags: Diagnostic[] = [];
      const facts = await factsFor(config.host);
      if (!("machine" in facts)) return { planned: proposed, requiresReplace: [], diagnostics: [facts] };

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
          if (typeof planned.memory === "number" && planned.memory > maxmem) {
            diags.push(error(`memory (${planned.memory}) cannot grow above maxmem (${maxmem}) in place`, "Raise maxmem too (which replaces the domain).", ["memory"]));
          }
          if (typeof planned.vcpus === "number" && planned.vcpus > maxvcpus) {
            diags.push(error(`vcpus (${planned.vcpus}) cannot exceed maxvcpus (${maxvcpus})`, undefined, ["vcpus"]));
          }
        } else {
          planned.domid = Unknown;
          planned.uuid = Unknown;
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
        const d = findGuest(await fleet.list(host), state);
        if (!d) return { value: null, diagnostics: [] };
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
        const base: Obj = Object.fromEntries(Object.keys(domainSchema.block.attributes).map((k) => [k, null]));
        Object.assign(base, {
          host, name,
          type: d.writtenType,
          kernel: d.kernel, ramdisk: d.ramdisk, cmdline: d.cmdline, bootloader: d.bootloader,
          memory: d.memory,
          shutdown_timeout: DEFAULT_SHUTDOWN_TIMEOUT,
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
