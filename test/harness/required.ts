// What a README claim depends on and this machine may lack: the second engine (OpenTofu),
// Python with venv (the jsii wheel), a real host of one kind. In CI (CI=true) a missing one
// fails the run unless its opt-out variable says to skip it; elsewhere it is skipped loudly.
// Every skip is written to $CDKTF_XEN_SKIPS, which scripts/test.sh prints at the end of a run.
import { appendFileSync } from "node:fs";

/**
 * Whether to run what needs `what`: true when it is here; false (a skip, logged) when it is
 * missing and the run may go on without it; throws in CI when it is missing and not opted out.
 */
export function required(what: string, here: boolean, optOut: string, why: string): boolean {
  if (here) return true;
  const optedOut = process.env[optOut] === "1";
  if (process.env.CI === "true" && !optedOut) {
    throw new Error(`${what} is missing: ${why}. CI does not run without it; set ${optOut}=1 to skip it on purpose.`);
  }
  skipped(`${what}: ${why}${optedOut ? ` (${optOut}=1)` : ""}`);
  return false;
}

/** Something a run leaves out on purpose (an opt-out), recorded for the run's last lines. */
export function skipped(line: string): void {
  console.warn(`SKIPPED ${line}`);
  if (process.env.CDKTF_XEN_SKIPS) appendFileSync(process.env.CDKTF_XEN_SKIPS, `${line}\n`);
}
