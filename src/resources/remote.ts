// Commands on the hosts over pooled SSH connections (src/ssh): the one place a
// command leaves this process. A read that lost its connection is asked once more;
// a change is never repeated (its outcome is unknown).
import type { Readable } from "node:stream";
import { Pool, SshError, type ExecResult } from "../ssh";
import { log, logs } from "../provider/log";
import { HostError, type Hosts } from "./hosts";

export interface ExecOptions {
  stdin?: string;
  /** stdin streamed from a Readable (an upload), with backpressure. */
  stdinStream?: Readable;
  timeoutMs?: number;
}

export class Remote {
  private readonly pool = new Pool();
  private stopped = false;

  constructor(private readonly hosts: Hosts) {}

  async exec(name: string, command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    if (this.stopped) throw new SshError("stopped", "the provider was asked to stop");
    const h = this.hosts.get(name);
    if (!h.ssh) {
      throw new HostError(`host "${name}" has no address: it is declared for planning only (facts), so this provider cannot reach it`);
    }
    const started = Date.now();
    const r = await this.pool.exec(h.ssh, command, opts);
    if (logs("debug")) log("debug", "ran on host", { host: name, command: command.slice(0, 200), exit: r.code, ms: Date.now() - started, ...(opts.stdinStream ? { stdin: "stream" } : {}) });
    return r;
  }

  /** A command that changes nothing: run again once if the connection dropped under it. */
  async read(name: string, command: string, timeoutMs?: number): Promise<ExecResult> {
    const opts = timeoutMs === undefined ? {} : { timeoutMs };
    try {
      return await this.exec(name, command, opts);
    } catch (e) {
      if (!(e instanceof SshError && e.kind === "dropped")) throw e;
      log("warn", "connection dropped during a read; trying once more", { host: name });
      return this.exec(name, command, opts);
    }
  }

  /** StopProvider: refuse new commands, drop the connections (in-flight commands fail). */
  stop() {
    this.stopped = true;
    this.pool.closeAll();
  }

  close() {
    this.pool.closeAll();
  }
}
