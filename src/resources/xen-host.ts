// The xen_host data source: a host's facts and what the model says it can run.
import { error, type DataSource, type Schema } from "../provider/framework";
import { availableMemory, supportedTypes } from "../xen";
import type { HostAccess } from "./hosts";

export const hostSchema: Schema = {
  version: 0,
  block: {
    description: "Facts of a Xen host of the provider (live `xl info`, or the declared facts of a plan-only host) and the guest types it can run.",
    attributes: {
      name: { type: "string", required: true, description: "The `name` of a `host` block of the provider." },
      id: { type: "string", computed: true, description: "The host name." },
      arch: { type: "string", computed: true, description: "`machine`: x86_64, aarch64 or armv7l." },
      xen_version: { type: "string", computed: true, description: "`xen_version`, e.g. 4.17.7." },
      xen_caps: { type: "string", computed: true, description: "`xen_caps`, space-separated." },
      virt_caps: { type: "string", computed: true, description: "`virt_caps`, space-separated (empty before 4.12 or when declared without it)." },
      total_memory: { type: "number", computed: true, description: "MiB; null for a host known only by declared facts." },
      free_memory: { type: "number", computed: true, description: "MiB; null for a host known only by declared facts." },
      nr_cpus: { type: "number", computed: true, description: "Physical CPUs; null for a host known only by declared facts." },
      gic_version: { type: "string", computed: true, description: "Arm: the host's GIC as dom0's device tree and Xen's boot messages show it, \"v2\" or \"v3\"; null on x86, for a plan-only host, or when dom0 cannot tell." },
      gic_v2_compatible: { type: "bool", computed: true, description: "Arm: whether the host's GICv3 can give guests a GICv2 (`gic_version = \"v2\"`); null when Xen's boot messages no longer say, on x86, or for a host with declared facts." },
      bridges: { type: ["list", "string"], computed: true, description: "The host's network bridges (Linux and Open vSwitch), sorted; null for a host with declared facts." },
      dom0_memory: { type: "number", computed: true, description: "MiB that Domain-0 has; null for a host with declared facts." },
      available_memory: { type: "number", computed: true, description: "MiB Xen can give to new guests: free memory, plus what xl may balloon Domain-0 down by when autoballooning is on; null for a host with declared facts." },
      guest_memory: { type: ["map", "number"], computed: true, description: "MiB of each running guest (Domain-0 excluded), by name; null for a host with declared facts." },
      supported_types: { type: ["list", "string"], computed: true, description: "The types guests run as on this host, per the model (e.g. [\"pvh\"] on Arm 4.12+, [\"hvm\", \"pv\", \"pvh\"] on x86 with hardware virtualisation)." },
    },
  },
};

export function xenHost({ hosts, reads }: HostAccess): DataSource {
  /** What the host checks read of a reachable host: its GIC, bridges and memory, and its guests. */
  async function live(name: string) {
    // A host with declared facts is not asked at plan.
    const h = hosts.get(name);
    if (!h.ssh || h.declaredFacts) return null;
    const [{ side }, domains] = await Promise.all([reads.inventory(name, { paths: [], kernels: [] }), reads.list(name)]);
    return { side, guests: domains.filter((d) => d.domid !== 0) };
  }
  return {
    schema: hostSchema,
    async read(config) {
      const name = config.name as string;
      try {
        const [f, l] = await Promise.all([reads.facts(name), live(name)]);
        const side = l?.side;
        return {
          value: {
            name,
            id: name,
            arch: f.machine,
            xen_version: f.xenVersion.text,
            xen_caps: f.xenCaps.join(" "),
            virt_caps: f.virtCaps.join(" "),
            total_memory: side?.totalMemory ?? f.totalMemory ?? null,
            free_memory: side?.freeMemory ?? f.freeMemory ?? null,
            nr_cpus: f.nrCpus ?? null,
            gic_version: side?.gic?.version ?? null,
            gic_v2_compatible: side?.gic?.v2Compat ?? null,
            bridges: side?.bridges ? [...side.bridges].sort() : null,
            dom0_memory: side?.dom0Memory ?? null,
            available_memory: side ? availableMemory(side) : null,
            guest_memory: l ? Object.fromEntries(l.guests.map((d) => [d.name, d.memory])) : null,
            supported_types: supportedTypes(f),
          },
          diagnostics: [],
        };
      } catch (e) {
        return { value: config, diagnostics: [error("Cannot read the Xen host", (e as Error).message, ["name"])] };
      }
    },
  };
}
