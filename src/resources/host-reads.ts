// What the hosts report, read once per process (one engine phase): `xl info` as host
// facts, and the listing of every domain with its effective type. A change on a host
// drops its listing; the next read asks again.
import { shellCommand } from "../ssh";
import { factsFromXlInfo, parseAutostart, parseListing, type DomainOnHost, type HostFacts } from "../xen";
import { HostError, type HostConfig, type Hosts } from "./hosts";
import { LISTING_EXIT, listingScript } from "./host-scripts";
import type { Remote } from "./remote";

/** Memoise a promise per host; a failed one is forgotten, so the next call asks again. */
function cached<T>(map: Map<string, Promise<T>>, name: string, make: () => Promise<T>): Promise<T> {
  let p = map.get(name);
  if (!p) {
    p = make();
    map.set(name, p);
    p.catch(() => map.delete(name));
  }
  return p;
}

interface Listing {
  domains: DomainOnHost[];
  autostart: ReturnType<typeof parseAutostart>;
}

export class HostReads {
  private readonly liveFacts = new Map<string, Promise<HostFacts>>();
  private readonly listings = new Map<string, Promise<Listing>>();

  constructor(private readonly hosts: Hosts, private readonly remote: Remote) {}

  /** Host facts: declared in the config (no SSH), or `xl info` once per process. */
  async facts(name: string): Promise<HostFacts> {
    const h = this.hosts.get(name);
    return h.declaredFacts ?? this.liveFactsOf(h);
  }

  /** `xl info` from the host itself, whatever is declared. */
  liveFactsOf(h: HostConfig): Promise<HostFacts> {
    return cached(this.liveFacts, h.name, async () => {
      const r = await this.remote.read(h.name, shellCommand(["xl", "info"]));
      if (r.code !== 0) throw new HostError(`host "${h.name}": xl info failed (exit ${r.code}): ${r.stderr.trim()}`);
      try {
        return factsFromXlInfo(r.stdout);
      } catch (e) {
        throw new HostError(`host "${h.name}": ${(e as Error).message}`);
      }
    });
  }

  /** Every domain on the host, with its effective type (one SSH round trip, cached). */
  async list(name: string): Promise<DomainOnHost[]> {
    return (await cached(this.listings, name, () => this.listOnce(name))).domains;
  }

  /** xendomains' directory and its links, from the same round trip; null when the host's listing had none. */
  async autostart(name: string): Promise<Listing["autostart"]> {
    return (await cached(this.listings, name, () => this.listOnce(name))).autostart;
  }

  /** Forget the cached listing after a change on the host. */
  changed(name: string) {
    this.listings.delete(name);
  }

  private async listOnce(name: string): Promise<Listing> {
    const r = await this.remote.read(name, listingScript());
    if (r.code !== 0) {
      const what = LISTING_EXIT[r.code] ?? "the listing";
      throw new HostError(`host "${name}": ${what} failed (exit ${r.code}): ${r.stderr.trim() || "no message"}`);
    }
    try {
      return { domains: parseListing(r.stdout), autostart: parseAutostart(r.stdout) };
    } catch (e) {
      throw new HostError(`host "${name}": ${(e as Error).message}`);
    }
  }
}
