// Waiting for guests' addresses (a vif's wait_for_ip): one poller per host for the whole
// provider process, so the guests of one apply that wait on a host — however many — cost one
// command per poll there (addressPollScript: each domain still ours, then the addresses).
// Polls back off from POLL_FIRST_MS to POLL_MAX_MS; each waiter has its own deadline; a poll
// that fails (the connection dropped even after the retry, xenstore down, a reply cut short)
// is tried again at the next poll, and the third failure in a row ends every wait on that
// host with the error. A poll that does not answer within POLL_COMMAND_MS counts as failed.
import { parseAddressReading, type AddressReading } from "../xen";
import { ADDRESS_MARKERS, addressPollScript } from "./host-scripts";
import { HostError } from "./hosts";
import type { Remote } from "./remote";

export const POLL_FIRST_MS = 1000;
export const POLL_MAX_MS = 5000;
export const POLL_BACKOFF = 1.5;
export const POLL_COMMAND_MS = 30_000;
export const POLL_FAILURES = 3;

export type WaitOutcome =
  | { outcome: "done"; reading: AddressReading }
  | { outcome: "timeout"; reading: AddressReading | null; polls: number }
  | { outcome: "gone"; vm: string | null };

interface Waiter {
  domid: number;
  vm: string;
  deadline: number;
  /** Whether the reading ends this wait. */
  done(r: AddressReading): boolean;
  last: AddressReading | null;
  polls: number;
  resolve(o: WaitOutcome): void;
  reject(e: Error): void;
}

class HostPolls {
  readonly waiters = new Set<Waiter>();
  running = false;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

export class AddressPoller {
  private readonly byHost = new Map<string, HostPolls>();
  /** Polls run, per host (for the logs and the tests). */
  readonly polls = new Map<string, number>();

  constructor(private readonly remote: Remote) {}

  /**
   * Wait until `done` says a reading is enough for the guest with domain id `domid` and uuid
   * `uuid`, or `timeoutMs` has passed, or the domain is no longer that guest. Rejects with a
   * HostError naming the host when its polls keep failing.
   */
  wait(host: string, domid: number, uuid: string, timeoutMs: number, done: (r: AddressReading) => boolean): Promise<WaitOutcome> {
    let p = this.byHost.get(host);
    if (!p) this.byHost.set(host, (p = new HostPolls()));
    const polls = p;
    return new Promise<WaitOutcome>((resolve, reject) => {
      polls.waiters.add({ domid, vm: `/vm/${uuid}`, deadline: Date.now() + timeoutMs, done, last: null, polls: 0, resolve, reject });
      if (!polls.running) {
        polls.running = true;
        this.loop(host, polls).finally(() => { polls.running = false; });
      }
    });
  }

  private async loop(host: string, p: HostPolls): Promise<void> {
    let delay = POLL_FIRST_MS;
    let failures = 0;
    let lastError: Error | null = null;
    while (p.waiters.size) {
      const earliest = Math.min(...[...p.waiters].map((w) => w.deadline));
      await sleep(Math.min(delay, earliest - Date.now()));
      delay = Math.min(delay * POLL_BACKOFF, POLL_MAX_MS);
      const now = Date.now();
      for (const w of p.waiters) {
        if (w.deadline > now) continue;
        p.waiters.delete(w);
        if (w.polls === 0 && lastError) w.reject(lastError);
        else w.resolve({ outcome: "timeout", reading: w.last, polls: w.polls });
      }
      if (!p.waiters.size) break;
      const batch = [...p.waiters];
      const domids = [...new Set(batch.map((w) => w.domid))].sort((a, b) => a - b);
      let reading: AddressReading;
      try {
        this.polls.set(host, (this.polls.get(host) ?? 0) + 1);
        const r = await this.remote.read(host, addressPollScript(domids), POLL_COMMAND_MS);
        if (r.code !== 0) throw new HostError(`host "${host}": reading the guests' addresses failed (exit ${r.code}): ${r.stderr.trim() || "no message"}`);
        try {
          reading = parseAddressReading(r.stdout, ADDRESS_MARKERS, domids, true);
        } catch (e) {
          throw new HostError(`host "${host}": ${(e as Error).message}`);
        }
        failures = 0;
      } catch (e) {
        lastError = e instanceof HostError ? e : new HostError(`host "${host}": while waiting for the guests' addresses: ${(e as Error).message}`);
        if (++failures >= POLL_FAILURES) {
          for (const w of batch) { p.waiters.delete(w); w.reject(lastError); }
          failures = 0;
        }
        continue;
      }
      for (const w of batch) {
        w.polls++;
        w.last = reading;
        const vm = reading.vm.get(w.domid) ?? null;
        if (vm !== w.vm) { p.waiters.delete(w); w.resolve({ outcome: "gone", vm }); continue; }
        if (w.done(reading)) { p.waiters.delete(w); w.resolve({ outcome: "done", reading }); }
      }
    }
  }
}
