// The xen_domains data source: every guest on a host, managed or not, as it
// runs — so a pipeline can see guests nobody declared.
import { error, type DataSource, type Schema } from "../provider/framework";
import type { HostAccess } from "./hosts";

const domainType = ["object", {
  name: "string", domid: "number", uuid: "string",
  written_type: "string", effective_type: "string",
  memory: "number", maxmem: "number", vcpus: "number", maxvcpus: "number",
}] as const;

export const domainsSchema: Schema = {
  version: 0,
  block: {
    description: "Every guest on a host (`xl list -l` plus the effective type from xenstore), whether or not Terraform manages it. Domain-0 is left out.",
    attributes: {
      host: { type: "string", required: true, description: "The `name` of a `host` block of the provider (one with an address)." },
      id: { type: "string", computed: true, description: "The host name." },
      domains: {
        type: ["list", domainType as any],
        computed: true,
        description: "Guests by domid: `name`, `domid`, `uuid`, `written_type` (c_info.type of `xl list -l`: the type as written), " +
          "`effective_type` (xenstore `/libxl/<domid>/type`: what runs), `memory`/`maxmem` (MiB), `vcpus` (online), `maxvcpus`.",
      },
    },
  },
};

export function xenDomains({ reads }: HostAccess): DataSource {
  return {
    schema: domainsSchema,
    async read(config) {
      const host = config.host as string;
      try {
        const list = await reads.list(host);
        return {
          value: {
            host,
            id: host,
            domains: list.filter((d) => d.domid !== 0 && !d.incomplete).sort((a, b) => a.domid - b.domid).map((d) => ({
              name: d.name, domid: d.domid, uuid: d.uuid,
              written_type: d.writtenType, effective_type: d.effectiveType,
              memory: d.memory, maxmem: d.maxmem, vcpus: d.vcpus, maxvcpus: d.maxvcpus,
            })),
          },
          diagnostics: [],
        };
      } catch (e) {
        return { value: config, diagnostics: [error("Cannot list the domains of the Xen host", (e as Error).message, ["host"])] };
      }
    },
  };
}
