// Logs go to stderr as hclog-shaped JSON lines, which the engine re-emits at
// their level (TF_LOG_PROVIDER=DEBUG shows them). stdout is the handshake only.
// Callers must never pass secrets (keys, passwords) as fields.
export type Level = "trace" | "debug" | "info" | "warn" | "error";

const RANK: Record<Level, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

/**
 * The lowest level the engine keeps: its TF_LOG_PROVIDER, else TF_LOG (inherited by this
 * process; JSON and unknown values mean trace, as in the engine). With neither set the
 * engine drops every provider line, so trace, debug and info are not even formatted;
 * warnings and errors are rare and always written.
 */
function threshold(env: NodeJS.ProcessEnv = process.env): number {
  const v = (env.TF_LOG_PROVIDER || env.TF_LOG || "").trim().toLowerCase();
  if (v === "" || v === "off") return RANK.warn;
  return v in RANK ? RANK[v as Level] : RANK.trace;
}

let keep: number | undefined;

/** Whether a line of this level is written (for callers whose fields cost something to build). */
export function logs(level: Level): boolean {
  return RANK[level] >= (keep ??= threshold());
}

export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (!logs(level)) return;
  const line = {
    "@level": level,
    "@message": message,
    "@module": "xen",
    "@timestamp": new Date().toISOString(),
    ...fields,
  };
  process.stderr.write(JSON.stringify(line) + "\n");
}
