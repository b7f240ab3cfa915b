// The xen_host data source: a host's facts and what the model says it can run.
import { error, type DataSource, type Schema } from "../provider/framework";
import { supportedTypes } from "../xen";
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
      supported_types: { type: ["list", "string"], computed: true, description: "The types guests run as on this host, per the model (e.g. [\"pvh\"] on Arm 4.12+, [\"hvm\", \"pv\", \"pvh\"] on x86 with hardware virtualisation)." },
    },
  },
};

export function xenHost({ reads }: HostAccess): DataSource {
  return {
    schema: hostSchema,
    async read(config) {
      const name = config.name as string;
      try {
        const f = await reads.facts(name);
        return {
          value: {
            name,
            id: name,
            arch: f.machine,
            xen_version: f.xenVersion.text,
            xen_caps: f.xenCaps.join(" "),
            virt_caps: f.virtCaps.join(" "),
            total_memory: f.totalMemory ?? null,
            free_memory: f.freeMemory ?? null,
            nr_cpus: f.nrCpus ?? null,
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
