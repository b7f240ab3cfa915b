// A stream of large buffers through ssh2 (an upload) allocates fresh ones all the time: each
// chunk read, each 32 KiB packet encrypted from it. V8 frees their memory (outside its heap)
// only at a collection of the young generation, which their small wrapper objects fill slowly:
// tens of MB of spent buffers piled up before one ran, and each new buffer was fresh memory
// from the kernel (page faults). A young-generation collection every 2 MiB sent keeps the
// memory flat and reuses it warm. 1 GiB through xen_file to a loopback host (bench/upload.mjs):
// 2.1-2.4 s instead of 2.9-3.3 s, the provider's CPU 1.7-1.9 s instead of 2.6 s, its peak
// RSS 100-102 MB instead of 109-125 MB (1 MiB collected: the same; 4 MiB: slower).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Bytes sent between two collections. */
export const COLLECT_EVERY = 2 * 1024 * 1024;

let collect: ((o: { type: "minor" }) => void) | null | undefined;

/** A collection of the young generation, where this Node allows one (else nothing). */
export function collectYoung(): void {
  if (collect === undefined) {
    try {
      // Exposes gc() to contexts made from now on; this process's own global is left as it is.
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as typeof collect;
    } catch {
      collect = null;
    }
  }
  try {
    collect?.({ type: "minor" });
  } catch {
    collect = null;
  }
}

/** Counts what `stream` gives and collects the young generation every COLLECT_EVERY bytes of it. */
export function collectWhileStreaming(stream: NodeJS.EventEmitter): void {
  let since = 0;
  stream.on("data", (chunk: { length: number }) => {
    since += chunk.length;
    if (since >= COLLECT_EVERY) {
      since = 0;
      collectYoung();
    }
  });
}
