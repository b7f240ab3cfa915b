// The hosts of the provider configuration, by name: how to reach each (or that it
// is plan-only), its declared facts, and where guest configs go on it.
import type { SshTarget } from "../ssh";
import type { HostFacts } from "../xen";
import type { HostAllow } from "./allow";
import type { HostReads } from "./host-reads";
import type { Remote } from "./remote";

export interface HostConfig {
  name: string;
  /** Absent for a plan-only host (declared facts, no address). */
  ssh?: SshTarget;
  declaredFacts?: HostFacts;
  configDir: string;
  /** What configurations may make root run or read in dom0 there (its allow block); absent: anything xl takes. */
  allow?: HostAllow;
}

/** A host that cannot be used: undeclared, unreachable by design, or answering wrongly. */
export class HostError extends Error {}

export class Hosts {
  private readonly byName = new Map<string, HostConfig>();

  /** Declare a host (ConfigureProvider). */
  set(host: HostConfig): void {
    this.byName.set(host.name, host);
  }

  /** The host of that name; a HostError listing the declared ones when there is none. */
  get(name: string): HostConfig {
    const h = this.byName.get(name);
    if (!h) {
      const known = [...this.byName.keys()];
      throw new HostError(`host "${name}" is not declared in the provider configuration` +
        (known.length ? ` (declared: ${known.join(", ")})` : " (no host blocks are declared)"));
    }
    return h;
  }
}

/** What the resources and data sources use of the hosts: who they are, commands on them, and what they report. */
export interface HostAccess {
  hosts: Hosts;
  remote: Remote;
  reads: HostReads;
}
