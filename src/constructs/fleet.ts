// A fleet of Arm guests from one template, spread over a set of hosts, checked
// at synth with the same toolstack model the plan runs.
import { Construct } from "constructs";
import { Annotations, Token } from "cdktf";
import type { DomainSpec } from "../xen";
import { XenHost } from "./host";
import { check, factsOf, isArm, message, unresolvedField, type PropNames } from "./model";
import { domain } from "./xen";

/** A guest type as written in xl.cfg (`type = ...`). */
export enum GuestType {
  /** Paravirtualised. On Arm (Xen 4.12+) libxl runs it as PVH, with a warning. */
  PV = "pv",
  /** PVH: hardware virtualisation without a device model. What Arm guests are. */
  PVH = "pvh",
  /** Fully virtualised, with firmware and a device model. Not possible on Arm. */
  HVM = "hvm",
}

/** What the guest does when it powers off, reboots or crashes (xl.cfg `on_*`). */
export enum GuestAction {
  DESTROY = "destroy",
  RESTART = "restart",
  RENAME_RESTART = "rename-restart",
  PRESERVE = "preserve",
  COREDUMP_DESTROY = "coredump-destroy",
  COREDUMP_RESTART = "coredump-restart",
  SOFT_RESET = "soft-reset",
}

/** Properties of an {@link ArmGuestFleet}. */
export interface ArmGuestFleetProps {
  /** The Arm hosts to spread the guests over, in order (see {@link ArmGuestFleet}). At least one. */
  readonly hosts: XenHost[];
  /** How many guests. */
  readonly count: number;
  /**
   * Guests are named `<namePrefix>-<n>`, n = 0 … count-1.
   * @default - the construct id
   */
  readonly namePrefix?: string;
  /** Memory of each guest, in MiB. */
  readonly memoryMib: number;
  /**
   * Maximum memory of each guest, in MiB. On Arm it cannot be above `memoryMib`
   * (no populate-on-demand: xl create fails).
   * @default - memoryMib
   */
  readonly maxMemoryMib?: number;
  /**
   * vCPUs of each guest.
   * @default 1
   */
  readonly vcpus?: number;
  /**
   * Maximum vCPUs of each guest (vCPUs can be added up to it in place).
   * @default - vcpus
   */
  readonly maxVcpus?: number;
  /** Path of the guest kernel on the hosts (shared by all guests). */
  readonly kernel: string;
  /**
   * Path of the initial ramdisk on the hosts.
   * @default - none
   */
  readonly ramdisk?: string;
  /**
   * Kernel command line.
   * @default - none
   */
  readonly cmdline?: string;
  /**
   * The guest type to write into xl.cfg.
   * @default - none written: Arm guests run as PVH (Xen 4.12+), which is what an Arm guest is
   */
  readonly type?: GuestType;
  /**
   * Arm GIC version the guests see: `default`, `v2` or `v3`.
   * @default - xl's default (the host's GIC)
   */
  readonly gicVersion?: string;
  /**
   * Arm virtual UART: `sbsa_uart`.
   * @default - none
   */
  readonly vuart?: string;
  /**
   * @default GuestAction.DESTROY (xl's default)
   */
  readonly onPoweroff?: GuestAction;
  /**
   * @default GuestAction.RESTART (xl's default)
   */
  readonly onReboot?: GuestAction;
  /**
   * @default GuestAction.DESTROY (xl's default)
   */
  readonly onCrash?: GuestAction;
  /**
   * Other xl.cfg keys, checked against xl's key table for each host's Xen version.
   * @default - none
   */
  readonly xlConfig?: { [key: string]: string };
  /**
   * Seconds `xl shutdown -w` may take on destroy before `xl destroy`; 0 destroys at once.
   * @default 60
   */
  readonly shutdownTimeout?: number;
}

/** Where a fleet prop's value lands in the model's (xl.cfg) terms. */
const PROPS: PropNames = {
  name: "namePrefix", type: "type", kernel: "kernel", ramdisk: "ramdisk", cmdline: "cmdline",
  memory: "memoryMib", maxmem: "maxMemoryMib", vcpus: "vcpus", maxvcpus: "maxVcpus",
  on_poweroff: "onPoweroff", on_reboot: "onReboot", on_crash: "onCrash",
  gic_version: "gicVersion", vuart: "vuart", xl_config: "xlConfig", host: "hosts",
};

/**
 * N Arm guests from one template, spread over a set of hosts.
 *
 * **Names.** Guest n (0-based) is named `<namePrefix>-<n>`.
 *
 * **Spreading: round-robin.** Guest n goes to `hosts[n % hosts.length]`. A guest's
 * host depends only on its index and the host list, so growing or shrinking the
 * fleet never moves an existing guest; reordering, adding or removing hosts does
 * (moved guests are replaced).
 *
 * **Arm defaults.** No `type` is written, so each guest runs as PVH (Xen 4.12+).
 *
 * **Synth-time checks.** For every host with declared facts, each guest is resolved
 * with the toolstack model the provider's plan uses (`resolveDomain` of src/xen):
 * the model's errors fail synth (node validation), its warnings become warning
 * annotations, with the same summaries the plan prints — e.g. `type: GuestType.HVM`
 * fails with "HVM guests are not possible on Arm". For a host without facts synth
 * cannot check, and an info annotation says so.
 */
export class ArmGuestFleet extends Construct {
  /** The guests, in index order. */
  public readonly guests: domain.Domain[];
  /** The guests' names, in index order. */
  public readonly guestNames: string[];
  /**
   * The type every guest runs as, per the model; undefined when some host's facts
   * are not declared, or the model refuses a guest.
   */
  public readonly effectiveType?: string;
  private readonly placement: XenHost[];

  constructor(scope: Construct, id: string, props: ArmGuestFleetProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? id;
    const fleetErrors: string[] = [];
    this.node.addValidation({ validate: () => fleetErrors });

    if (!props.hosts.length) fleetErrors.push("hosts: an ArmGuestFleet needs at least one host.");
    const count = props.count;
    if (Token.isUnresolved(count) || !Number.isInteger(count) || count < 0) {
      throw new Error(`ArmGuestFleet ${this.node.path}: count must be a whole number known at synth (got ${count}).`);
    }

    const noFacts = new Set<XenHost>();
    for (const h of props.hosts) {
      const r = factsOf(h);
      if (!r.facts) noFacts.add(h);
      else if (!isArm(r.facts)) {
        fleetErrors.push(`hosts: host "${h.name}" is ${r.facts.machine}, not Arm; an ArmGuestFleet places guests on aarch64 or armv7l hosts only.`);
      }
    }
    for (const h of noFacts) Annotations.of(this).addInfo(factsOf(h).unknown ?? `Host "${h.name}" has no usable facts; synth cannot check its guests.`);

    this.guests = [];
    this.guestNames = [];
    this.placement = [];
    const effective = new Set<string>();
    let allResolved = props.hosts.length > 0 && noFacts.size === 0 && fleetErrors.length === 0;

    for (let n = 0; n < count && props.hosts.length; n++) {
      const host = props.hosts[n % props.hosts.length];
      const name = `${prefix}-${n}`;
      const guest = new domain.Domain(this, name, {
        provider: host.provider.alias ? host.provider : undefined,
        host: host.name,
        name,
        type: props.type,
        kernel: props.kernel,
        ramdisk: props.ramdisk,
        cmdline: props.cmdline,
        memory: props.memoryMib,
        maxmem: props.maxMemoryMib,
        vcpus: props.vcpus,
        maxvcpus: props.maxVcpus,
        gicVersion: props.gicVersion,
        vuart: props.vuart,
        onPoweroff: props.onPoweroff,
        onReboot: props.onReboot,
        onCrash: props.onCrash,
        xlConfig: props.xlConfig,
        shutdownTimeout: props.shutdownTimeout,
      });
      this.guests.push(guest);
      this.guestNames.push(name);
      this.placement.push(host);

      const facts = factsOf(host).facts;
      if (!facts || !isArm(facts)) continue;
      const spec: DomainSpec = {
        name, type: props.type, kernel: props.kernel, ramdisk: props.ramdisk, cmdline: props.cmdline,
        memory: props.memoryMib, maxmem: props.maxMemoryMib, vcpus: props.vcpus, maxvcpus: props.maxVcpus,
        gic_version: props.gicVersion, vuart: props.vuart,
        on_poweroff: props.onPoweroff, on_reboot: props.onReboot, on_crash: props.onCrash,
        xl_config: props.xlConfig,
      };
      const token = unresolvedField(spec);
      if (token) {
        Annotations.of(guest).addInfo(`${PROPS[token.split(".")[0]] ?? token} is only known at deploy time (a token), so synth cannot check guest ${name}; the plan does.`);
        allResolved = false;
        continue;
      }
      const res = check(spec, facts);
      const where = `guest ${name} on host ${host.name}, Xen ${facts.xenVersion.text} ${facts.machine}`;
      const errors = res.findings.filter((f) => f.severity === "error").map((f) => message(f, PROPS, where));
      for (const f of res.findings) if (f.severity === "warning") Annotations.of(guest).addWarning(message(f, PROPS, where));
      if (errors.length) guest.node.addValidation({ validate: () => errors });
      if (res.effectiveType) effective.add(res.effectiveType);
      else allResolved = false;
    }
    this.effectiveType = allResolved && effective.size === 1 ? [...effective][0] : undefined;
  }

  /** The host guest `n` is placed on (round-robin over `hosts`). */
  public hostOf(index: number): XenHost {
    const h = this.placement[index];
    if (!h) throw new Error(`ArmGuestFleet ${this.node.path} has no guest ${index} (it has ${this.placement.length}).`);
    return h;
  }

  /** The guests placed on `host`, in index order. */
  public guestsOn(host: XenHost): domain.Domain[] {
    return this.guests.filter((_, i) => this.placement[i] === host);
  }
}
