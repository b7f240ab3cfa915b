// go-plugin's side of the start: refuse to run unless an engine started us (the magic
// cookie) with a protocol we speak, and the one line on stdout that tells the engine
// where to connect.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
const PROTOCOL = "6";

/** Exit with go-plugin's message unless this process was started by an engine offering protocol 6. */
export function requireEngine(): void {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write(
      "This binary is a plugin. These are not meant to be executed directly.\n" +
      "Please execute the program that consumes these plugins (terraform or tofu), which will\n" +
      "load any plugins automatically.\n",
    );
    process.exit(1);
  }
  const versions = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? PROTOCOL).split(",").map((v) => v.trim());
  if (!versions.includes(PROTOCOL)) {
    process.stderr.write(`terraform-provider-xen speaks plugin protocol ${PROTOCOL}; the engine offered ${versions.join(",")}\n`);
    process.exit(1);
  }
}

/** A private directory for the server's unix socket, where the engine asks for it. */
export function socketDirectory(): { dir: string; socket: string } {
  const dir = mkdtempSync(join(process.env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), "tf-xen-"));
  return { dir, socket: join(dir, "plugin.sock") };
}

/** The handshake line: core version, protocol, network, address, grpc, and the server certificate (AutoMTLS). */
export function announce(socket: string, certificate: string): void {
  process.stdout.write(`1|${PROTOCOL}|unix|${socket}|grpc|${certificate}\n`);
}
