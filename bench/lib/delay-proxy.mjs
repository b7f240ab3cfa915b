// A TCP forwarder that adds latency: every chunk is passed on `oneWayMs` after it
// arrived, in order, in both directions (so a round trip gains 2 × oneWayMs). This
// machine's kernel has no sch_netem; this stands in for a WAN between the provider and
// its hosts. The delay can be changed between runs (setDelay).
import * as net from "node:net";

/** A delayed pipe from `from` to `to`: chunks keep their order and their spacing. */
function delayedPipe(from, to, delay) {
  const queue = [];
  let timer = null, ended = false;
  const flush = () => {
    timer = null;
    const now = Date.now();
    while (queue.length && queue[0].due <= now) {
      const { chunk } = queue.shift();
      if (chunk === null) { to.end(); return; }
      to.write(chunk);
    }
    if (queue.length) timer = setTimeout(flush, queue[0].due - now);
  };
  const push = (chunk) => {
    queue.push({ due: Date.now() + delay(), chunk });
    if (!timer) timer = setTimeout(flush, Math.max(0, queue[0].due - Date.now()));
  };
  from.on("data", push);
  from.on("end", () => { if (!ended) { ended = true; push(null); } });
}

/** Listen on 127.0.0.1:<free port>, forwarding to 127.0.0.1:`targetPort` with the delay. */
export async function delayProxy(targetPort, oneWayMs = 0) {
  let delay = oneWayMs;
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => { client.destroy(); upstream.destroy(); });
    }
    delayedPipe(client, upstream, () => delay);
    delayedPipe(upstream, client, () => delay);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: server.address().port,
    setDelay(ms) { delay = ms; },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
