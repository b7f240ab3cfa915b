// Logs go to stderr as hclog-shaped JSON lines, which the engine re-emits at
// their level (TF_LOG_PROVIDER=DEBUG shows them). stdout is the handshake only.
// Callers must never pass secrets (keys, passwords) as fields.
export type Level = "trace" | "debug" | "info" | "warn" | "error";

export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  const line = {
    "@level": level,
    "@message": message,
    "@module": "xen",
    "@timestamp": new Date().toISOString(),
    ...fields,
  };
  process.stderr.write(JSON.stringify(line) + "\n");
}
