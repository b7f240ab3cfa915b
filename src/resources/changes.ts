// What xen_domain and xen_volume share of a change on a host: how long it may take (the
// resource's `timeouts` block) and running it under the host-side lock within that time.
import type { Readable } from "node:stream";
import { isUnknown, type CtyValue } from "../provider/cty";
import { error, type Diagnostic, type NestedBlockSchema } from "../provider/framework";
import { SshError, type ExecResult } from "../ssh";
import { EXIT, LOCK_FILE, LOCK_HOLDER, locked } from "./host-scripts";
import { HostError, type HostAccess } from "./hosts";

export const TIMEOUT_STEPS = ["create", "update", "delete"] as const;
export type TimeoutStep = (typeof TIMEOUT_STEPS)[number];
/** A `timeouts` block as the engine holds it: every step present, unset ones null. */
export type Timeouts = { [K in TimeoutStep]: string | null } | null;

/** The longest wait this provider accepts for any one step (a day), in seconds. */
export const MAX_WAIT_SECONDS = 86_400;
/** Beyond the lock wait: time for the command itself to answer once the lock is ours. */
export const SLACK_SECONDS = 5;

/** A duration as Terraform's timeouts blocks write them ("90s", "10m", "1h30m"), in seconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!m || text.trim() === "") return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** The seconds a step may take: its `timeouts` entry, else `fallback`. */
export function timeoutOf(o: { timeouts?: Timeouts }, step: TimeoutStep, fallback: number): number {
  const v = o.timeouts && typeof o.timeouts === "object" ? o.timeouts[step] : null;
  const secs = typeof v === "string" ? parseDuration(v) : null;
  return secs && secs > 0 ? Math.min(secs, MAX_WAIT_SECONDS) : fallback;
}

/** A resource's `timeouts` block, with what each step covers and its default. */
export function timeoutsBlock(steps: Record<TimeoutStep, string>): NestedBlockSchema {
  return {
    nesting: "single",
    block: {
      description: "How long each change may take on the host, as durations like `30s`, `10m` or `1h`. A change that takes longer fails with an error naming the host and the command.",
      attributes: Object.fromEntries(TIMEOUT_STEPS.map((s) => [s, { type: "string", optional: true, description: steps[s] }])),
    },
  };
}

/** The plan's check of a `timeouts` block: each duration well formed, more than 0, at most a day. */
export function checkTimeouts(t: CtyValue): Diagnostic[] {
  const d: Diagnostic[] = [];
  if (!t || typeof t !== "object" || isUnknown(t) || Array.isArray(t)) return d;
  for (const step of TIMEOUT_STEPS) {
    const v = (t as Record<string, CtyValue>)[step];
    if (typeof v !== "string") continue;
    const secs = parseDuration(v);
    if (secs === null || secs === 0 || secs > MAX_WAIT_SECONDS) {
      d.push(error(`timeouts.${step} must be a duration like "30s", "10m" or "1h" (at most 24h)`, `Got "${v}".`, ["timeouts", step]));
    }
  }
  return d;
}

/**
 * `body` under the host-side lock (with `guest`, that guest's lock too: see locked()),
 * waiting at most `seconds` for each lock, the command given that and SLACK_SECONDS more.
 * A lock held all that time is a HostError naming it and its holder (nothing was done); a
 * command that did not answer in time, or whose connection dropped, an SshError naming the
 * host and `label` (its outcome is unknown; `notRun` when it never left for the host).
 */
export async function lockedRun({ hosts, remote }: Pick<HostAccess, "hosts" | "remote">, host: string, label: string, body: string, seconds: number,
  opts: { guest?: string; stdin?: string; stdinStream?: Readable; runSeconds?: number } = {}): Promise<ExecResult> {
  const h = hosts.get(host);
  // The waits (the host's lock, and the guest's), and the change itself (bounded on the host
  // by `runSeconds` where it may take long, as a shutdown).
  const limit = (opts.guest === undefined ? 1 : 2) * seconds + (opts.runSeconds ?? 0) + SLACK_SECONDS;
  let r;
  try {
    r = await remote.exec(host, locked(h.configDir, seconds, body, opts.guest), { stdin: opts.stdin, stdinStream: opts.stdinStream, timeoutMs: limit * 1000 });
  } catch (e) {
    if (!(e instanceof SshError) || (e.kind !== "dropped" && e.kind !== "timeout")) throw e;
    if (e.notRun) {
      throw new SshError(e.kind, `host "${host}": \`${label}\` was not run: no connection to the host came free within ${limit} s ` +
        "(all were busy with other commands); nothing was changed", { notRun: true });
    }
    throw new SshError(e.kind, `host "${host}": ${e.kind === "timeout" ? `\`${label}\` did not finish within ${limit} s` :
      `the connection dropped while running \`${label}\``}; its outcome is unknown`);
  }
  if (r.code === EXIT.lockTimeout) {
    const said = (marker: string) => r.stderr.split("\n").find((l) => l.startsWith(marker))?.slice(marker.length).trim();
    const holder = said(LOCK_HOLDER) ?? "unknown", lock = said(LOCK_FILE) ?? `${h.configDir}/.lock`;
    throw new HostError(`host "${host}": another change holds the host-side lock ${lock} (${holder}); ` +
      `gave up after ${seconds} s. Nothing was changed. Try again when it is done.`);
  }
  return r;
}
