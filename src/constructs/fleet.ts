// A fleet of Arm guests from one template, spread over a set of hosts, checked
// at synth with the same toolstack model the plan runs.
import { Construct } from "constructs";
import { Annotations } from "cdktf";
import { specFromAttributes, type HostFacts } from "../xen";
import { XenAnnotations } from "./annotations";
import { bootVolumeSpec, domainConfig, guestSpec, PROP_NAMES, uploadsOf, validateArmGuestFleetProps } from "./fleet-props";
import type { ArmGuestFleetProps } from "./guest-props";
import { XenHost } from "./host";
import { check, factsOf, isArm, message, unresolvedField } from "./model";
import { domain, file, volume } from "./xen";

/** The id of a model warning, to acknowledge it with XenAnnotations (e.g. `cdktf-xen:armPvRunsAsPvh`). */
const warningId = (id: string | undefined) => `cdktf-xen:${id ?? "model"}`;

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
 * annotations with stable ids (`[ack: cdktf-xen:armPvRunsAsPvh]`, to acknowledge with
 * `XenAnnotations.of(scope).acknowledgeWarning(id)`), with the same summaries the plan
 * prints — e.g. `type: GuestType.HVM` fails with "HVM guests are not possible on Arm".
 * For a host without facts synth cannot check, and an info annotation says so.
 */
export class ArmGuestFleet extends Construct {
  /** The guests, in index order. */
  public readonly guests: domain.Domain[];
  /** The guests' boot volumes (with `bootVolume`), in index order. */
  public readonly volumes: volume.Volume[] = [];
  /** The files uploaded for the guests (with `uploads`): per host that gets guests, kernel, ramdisk, image. */
  public readonly files: file.File[] = [];
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
    const fleetErrors = validateArmGuestFleetProps(this.node.path, props);
    this.node.addValidation({ validate: () => fleetErrors });
    const unchecked = this.noteHostsWithoutFacts(props.hosts);

    const prefix = props.namePrefix ?? id;
    this.guests = [];
    this.guestNames = [];
    this.placement = [];
    const effective = new Set<string>();
    let allResolved = props.hosts.length > 0 && unchecked === 0 && fleetErrors.length === 0;

    const uploads = uploadsOf(props);
    const placed = new Map<XenHost, Map<string, file.File>>();
    /** The host's uploaded files, made when its first guest is placed. */
    const filesOn = (host: XenHost) => {
      let made = placed.get(host);
      if (!made) {
        made = new Map(uploads.map((u) => [u.kind, new file.File(this, `${host.name}-${u.kind}`, {
          provider: host.provider.alias ? host.provider : undefined,
          host: host.name, source: u.source, directory: props.uploads!.directory, name: u.name, unpack: u.unpack,
        })]));
        placed.set(host, made);
        this.files.push(...made.values());
      }
      return made;
    };

    for (let n = 0; n < props.count && props.hosts.length; n++) {
      const host = props.hosts[n % props.hosts.length];
      const name = `${prefix}-${n}`;
      const spec = guestSpec(props, name, host, n);
      const boot = bootVolumeSpec(props, name, host);
      const files = filesOn(host);
      const image = files.get("image");
      const root = boot ? new volume.Volume(this, `${name}-volume`, {
        provider: host.provider.alias ? host.provider : undefined,
        ...(domainConfig(boot) as unknown as volume.VolumeConfig),
        ...(image ? { dependsOn: [image] } : {}),
      }) : undefined;
      if (root) this.volumes.push(root);
      // The paths are written as they will be (the model checks them at synth); the order comes from dependsOn.
      const before = [...(root ? [root] : []), ...[files.get("kernel"), files.get("ramdisk")].filter((f): f is file.File => f !== undefined)];
      const guest = new domain.Domain(this, name, {
        provider: host.provider.alias ? host.provider : undefined,
        ...domainConfig(spec),
        ...(before.length ? { dependsOn: before } : {}),
      });
      this.guests.push(guest);
      this.guestNames.push(name);
      this.placement.push(host);

      const facts = factsOf(host).facts;
      if (!facts || !isArm(facts)) continue;
      const type = this.checkGuest(guest, spec, name, host, facts);
      if (type) effective.add(type);
      else allResolved = false;
    }
    this.effectiveType = allResolved && effective.size === 1 ? [...effective][0] : undefined;
  }

  /**
   * The IPv4 addresses of guest `n`'s interface `vif` (default the first), as the provider reads
   * them (a guest agent's, or dom0's neighbour table): a list token, known after apply. With a
   * `waitForIp` on that interface, apply has waited for one.
   */
  public ipv4AddressesOf(index: number, vif = 0): string[] {
    return this.guest(index).vif.get(vif).ipv4Addresses;
  }

  /** The IPv6 addresses of guest `n`'s interface `vif` (default the first); see ipv4AddressesOf. */
  public ipv6AddressesOf(index: number, vif = 0): string[] {
    return this.guest(index).vif.get(vif).ipv6Addresses;
  }

  private guest(index: number): domain.Domain {
    const g = this.guests[index];
    if (!g) throw new Error(`ArmGuestFleet ${this.node.path} has no guest ${index} (it has ${this.guests.length}).`);
    return g;
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

  /** An info annotation for each host whose guests synth cannot check; how many there are. */
  private noteHostsWithoutFacts(hosts: XenHost[]): number {
    const without = new Set(hosts.filter((h) => !factsOf(h).facts));
    for (const h of without) Annotations.of(this).addInfo(factsOf(h).unknown ?? `Host "${h.name}" has no usable facts; synth cannot check its guests.`);
    return without.size;
  }

  /**
   * The model's word on one guest: errors fail synth, warnings are annotations. The
   * type it runs as, or undefined when synth cannot tell (a token) or the model refuses it.
   */
  private checkGuest(guest: domain.Domain, values: Record<string, unknown>, name: string, host: XenHost, facts: HostFacts): string | undefined {
    const spec = specFromAttributes(values);
    const token = unresolvedField(spec);
    if (token) {
      Annotations.of(guest).addInfo(`${PROP_NAMES[token.split(".")[0]] ?? token} is only known at deploy time (a token), so synth cannot check guest ${name}; the plan does.`);
      return undefined;
    }
    const res = check(spec, facts);
    const where = `guest ${name} on host ${host.name}, Xen ${facts.xenVersion.text} ${facts.machine}`;
    const errors = res.findings.filter((f) => f.severity === "error").map((f) => message(f, PROP_NAMES, where));
    for (const f of res.findings) if (f.severity === "warning") XenAnnotations.of(guest).addWarningV2(warningId(f.id), message(f, PROP_NAMES, where));
    if (errors.length) guest.node.addValidation({ validate: () => errors });
    return res.effectiveType ?? undefined;
  }
}
